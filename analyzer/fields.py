"""Filled-in form fields as words on the page.

A resume made from a fillable template and saved without flattening keeps its text in the
form's fields: viewers draw each field's value in its box, but the page's own content holds
none of it, so the page reads as empty ("no text"). The PDF adapter hands each visible text
field over as a :class:`FormField` (its box in page coordinates and its value);
:func:`field_words` lays the value out as the words a viewer shows: one line per line of the
value, long lines wrapped at the box's width, left-aligned from the box's top-left corner.

Positions inside a field are estimates (the glyph widths of the field's font are not read):
they only need to keep the words of a field in their order, in their box, and apart from
other columns' words.
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.pieces import RawWord

AVERAGE_GLYPH_EM = 0.5
"""Average glyph width as a share (0..1) of the font size (Helvetica's lower case is ~0.5)."""
LINE_SPACING = 1.2
"""Distance between the baselines of a field's lines, as a multiple of the font size."""
FIELD_PADDING_PT = 2.0
"""Inset (points) of a field's text from its box, as viewers draw it."""
DEFAULT_FIELD_SIZE_PT = 10.0
"""Font size (points) when the field's appearance names none or asks for auto-size (0)."""
MIN_FIELD_SIZE_PT = 4.0
"""Smallest font size (points) a field's value is laid out with."""


@dataclass(frozen=True, slots=True)
class FormField:
    """A visible text field: its box (points, origin top-left of the page box) and value."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    """The font size of the field's appearance (points); 0 when it is sized to fit."""


def _size(field: FormField) -> float:
    if field.size > 0:
        return max(MIN_FIELD_SIZE_PT, field.size)
    # Auto-sized: one line fills the box's height, within reason.
    height = field.bottom - field.top - 2 * FIELD_PADDING_PT
    return max(MIN_FIELD_SIZE_PT, min(DEFAULT_FIELD_SIZE_PT, height / LINE_SPACING))


def _wrapped(line: str, capacity: int) -> list[list[str]]:
    """The words of ``line`` in rows of at most ``capacity`` characters (a longer word alone)."""
    rows: list[list[str]] = [[]]
    used = 0
    for word in line.split():
        if rows[-1] and used + 1 + len(word) > capacity:
            rows.append([])
            used = 0
        used += len(word) + (1 if rows[-1] else 0)
        rows[-1].append(word)
    return [row for row in rows if row]


def field_words(field: FormField) -> list[RawWord]:
    """The words of a field's value as a viewer lays them out in its box.

    Lines of the value stay lines; a line longer than the box is wide wraps at word
    boundaries. Words are ordered line by line, left to right.
    """
    size = _size(field)
    glyph = size * AVERAGE_GLYPH_EM
    left = field.x0 + FIELD_PADDING_PT
    capacity = max(1, int((field.x1 - field.x0 - 2 * FIELD_PADDING_PT) / glyph))
    words: list[RawWord] = []
    row_top = field.top + FIELD_PADDING_PT
    for line in field.text.splitlines():
        for row in _wrapped(line, capacity) or [[]]:
            x = left
            for word in row:
                width = len(word) * glyph
                words.append(RawWord(text=word, x0=x, x1=x + width, top=row_top,
                                     bottom=row_top + size, size=round(size, 1),
                                     bold=False, icon_font=False))
                x += width + glyph
            row_top += size * LINE_SPACING
    return words
