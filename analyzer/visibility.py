"""Which glyphs of a page a reader can see.

Contract: pure functions over pdfplumber's object dictionaries (characters, rects, curves,
images), importing no PDF library. A glyph is hidden when it is too small to read, outside the
crop box, painted over by a filled shape or image drawn after it, or its light ink is too close
in colour to what lies under it (:mod:`analyzer.ink`); a glyph printed again on top of itself
(fake bold) is one glyph.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from analyzer.ink import WHITE_LUMINANCE, luminance, readable
from analyzer.orientation import QUARTER_TURNS, Box, text_turn

MIN_VISIBLE_TEXT_PT = 3.0
"""Text smaller than this (points) is not read: nobody can see it on the page, so it can only
be hidden keywords (a known trick against resume screeners)."""
GLYPH_EDGE_PT = 0.5
"""Slack (points) when a shape must hold a glyph's whole box to count as its background."""
MAX_BACKGROUND_SHAPES = 200
"""Filled shapes and images considered as what lies under (or over) a glyph, largest first."""
DUPLICATE_GLYPH_TOLERANCE_PT = 1.0
"""Two identical glyphs of one font and size this close (points) are one glyph printed twice."""
HALF_TURN = 2
"""Quarter turns in half a turn."""


def char_turn(char: dict[str, Any]) -> int:
    """The quarter turns of a glyph as a viewer shows it: its text matrix, turned half a turn
    more when the glyph advances backwards (a negative font size inside a flipped matrix, as
    some producers write upright text: the matrix alone says upside down)."""
    turns = text_turn(char.get("matrix"))
    advance = char.get("adv")
    if isinstance(advance, (int, float)) and advance < 0:
        return (turns + HALF_TURN) % QUARTER_TURNS
    return turns


def glyph_size(char: dict[str, Any]) -> float:
    """A glyph's size across its line (points). pdfminer gives the box's height, which for a
    glyph turned a quarter is its advance: an 'l' of 11 pt text would measure 2.4 pt."""
    if char_turn(char) % 2:
        return float(char["x1"]) - float(char["x0"])
    return float(char.get("size", 0.0))


def _backgrounds(objects: Mapping[str, Sequence[dict[str, Any]]],
                 order: Mapping[str, list[int]]) -> list[tuple[Box, float | None, int]]:
    """The page's largest filled shapes and images, at most MAX_BACKGROUND_SHAPES, with the
    luminance of their fill (None for an image) and their place in the drawing order (-1
    unknown), smallest first. Shapes as (x0, x1, top, bottom)."""
    found: list[tuple[Box, float | None, int]] = []
    for kind in ("rect", "curve", "image"):
        drawn = order.get(kind) or [-1] * len(objects.get(kind, ()))
        for obj, place in zip(objects.get(kind, ()), drawn, strict=True):
            if kind == "image" or obj.get("fill"):
                found.append(((float(obj["x0"]), float(obj["x1"]), float(obj["top"]),
                               float(obj["bottom"])),
                              None if kind == "image" else luminance(obj.get("non_stroking_color")),
                              place))

    def area(item: tuple[Box, float | None, int]) -> float:
        (x0, x1, top, bottom), _, _ = item
        return (x1 - x0) * (bottom - top)

    return sorted(heapq.nlargest(MAX_BACKGROUND_SHAPES, found, key=area), key=area)


def visibility(objects: Mapping[str, Sequence[dict[str, Any]]], cropbox: Sequence[float],
               text_box: tuple[float, float, float, float] | None,
               order: Mapping[str, list[int]]) -> Callable[[dict[str, Any], int], bool]:
    """Whether a character, drawn at a given place in the page's drawing order (-1 unknown),
    can be seen: characters too small to read, outside the crop box, painted over by a
    filled shape or image drawn after them, or too close in colour to what lies under them
    (the smallest filled shape holding the glyph's middle, else the white page; see
    :mod:`analyzer.ink`) cannot."""
    backgrounds = _backgrounds(objects, order)
    crop = text_box or tuple(float(v) for v in cropbox)

    def visible(obj: dict[str, Any], drawn: int) -> bool:
        if glyph_size(obj) < MIN_VISIBLE_TEXT_PT:
            return False
        middle_x, middle_y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        if not (crop[0] <= middle_x <= crop[2] and crop[1] <= middle_y <= crop[3]):
            return False  # outside the crop box: viewers do not show it
        under: float | None = WHITE_LUMINANCE
        found = False
        # Only a shape holding the whole glyph lies under (or over) it: a glyph-sized path is
        # the letter itself drawn as an outline, an icon or an underline, not a background.
        left, right = obj["x0"] + GLYPH_EDGE_PT, obj["x1"] - GLYPH_EDGE_PT
        high, low = obj["top"] + GLYPH_EDGE_PT, obj["bottom"] - GLYPH_EDGE_PT
        # Smallest first: a white card on a dark band, a chip on a panel.
        for (x0, x1, top, bottom), shade, place in backgrounds:
            if x0 <= left and right <= x1 and top <= high and low <= bottom:
                if drawn >= 0 and place > drawn:
                    return False  # a box or picture painted over the glyph
                if not found:
                    under, found = shade, True
        return readable(obj.get("non_stroking_color"), under)

    return visible


def duplicate_glyphs(chars: list[dict[str, Any]]) -> set[int]:
    """Ids of characters that repeat an earlier identical glyph (same text, font and size)
    within DUPLICATE_GLYPH_TOLERANCE_PT: one pass with a grid of tolerance-sized cells, each
    glyph compared with the neighbouring cells only. None when glyphs have no width (a font
    whose widths could not be read puts every letter of a word at one spot)."""
    if any(char["x1"] <= char["x0"] for char in chars):
        return set()
    tolerance = DUPLICATE_GLYPH_TOLERANCE_PT
    seen: dict[tuple[str, int, int], list[tuple[float, float, object]]] = {}
    duplicates: set[int] = set()
    for char in chars:
        x, top, text = char["x0"], char["top"], char["text"]
        cell_x, cell_y = int(x // tolerance), int(top // tolerance)
        glyph = (char.get("fontname"), char.get("size"))
        duplicate = False
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for px, py, other in seen.get((text, cell_x + dx, cell_y + dy), ()):
                    if other == glyph and abs(px - x) <= tolerance and abs(py - top) <= tolerance:
                        duplicate = True
                        break
        if duplicate:
            duplicates.add(id(char))
        else:
            seen.setdefault((text, cell_x, cell_y), []).append((x, top, glyph))
    return duplicates


