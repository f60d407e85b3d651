"""The pdfplumber adapter: the only module that imports pdfplumber or pdfminer.

Contract: :func:`read_pdf_words` takes PDF bytes and returns positioned words per page as
plain, picklable data (:class:`RawPage`), or raises an :class:`~analyzer.errors.InputError`.
It runs inside the isolated worker process (:mod:`analyzer.isolation`), so it may be slow or
crash on hostile input without harming the caller. It never logs or raises document content:
pdfminer's own messages echo the file's bytes, so they are never passed on.
"""

from __future__ import annotations

import contextlib
import io
import itertools
import logging
import re
from typing import Any

import pdfplumber
from pdfminer.layout import LTAnno, LTContainer
from pdfminer.pdfdocument import PDFPasswordIncorrect, PDFXRefFallback
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSLiteral
from pdfminer.utils import decode_text
from pdfplumber.pdf import PDF
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException
from pdfplumber.utils.text import WordExtractor

from analyzer import errors
from analyzer.fields import FormField, field_words
from analyzer.orientation import (
    QUARTER_TURNS,
    Box,
    beside_upright,
    pieces_of,
    turn_box,
    turned_size,
    unturn_box,
)
from analyzer.pieces import (
    LINE_Y_TOLERANCE_PT,
    RawDocument,
    RawLink,
    RawPage,
    RawWord,
    Spaces,
    joins,
    merge,
    rejoin_letter_spaced,
    rejoin_unspaced,
    restack_letters,
    with_markers,
)
from analyzer.visibility import char_turn, duplicate_glyphs, glyph_size, visibility

__all__ = ["MAX_CHARS", "MAX_PAGES", "RawDocument", "RawLink", "RawPage", "RawWord", "read_pdf_words"]

MAX_PAGES = 10
"""Pages a resume may have; more is refused (too_many_pages) before any page is parsed."""
MAX_CHARS = 100_000
"""Characters kept over the whole document, each word counted with the space after it (a flood
of one-letter words is half spaces); beyond it the text is cut and a warning given."""
WORD_X_TOLERANCE_PT = 1.5
"""Gap (points) below which characters join into a word. pdfplumber's default of 3 glues the
tight inter-word spacing of LaTeX output ("inJavaandPython"); 1.5 keeps it apart."""
MARKER_MAX_SIZE_PT = 6.0
"""A filled shape at most this wide and tall (points) may be a list marker drawn as a path
(browsers draw CSS list discs that way), not as a '•' glyph."""
MAX_MARKER_SHAPES = 400
"""Marker shapes considered per page (hostile files may hold millions of paths)."""
ICON_FONT_MARKERS = ("dingbat", "fontawesome", "awesome", "wingding", "webding", "icon", "glyph",
                     "material", "ionicons", "symbol")
"""Substrings of font names whose glyphs are icons, not text (lower case)."""

MAX_PAGE_SIDE_PT = 14_400.0
"""The largest page side (points) PDF allows in default units (200 inches): a larger box is
broken, and the page's text is placed by its own extent."""
MAX_FORM_FIELDS = 200
"""Form fields read per page (a hostile form may hold millions of widgets)."""
_HIDDEN_FIELD_FLAGS = 1 | 2 | 32
"""Annotation flags Invisible, Hidden and NoView: a viewer does not show the field."""
_FONT_SIZE = re.compile(rb"(\d+(?:\.\d+)?)\s+Tf")
"""The font size in a field's default appearance ('/Helv 10 Tf 0 g')."""

# pdfminer logs parser complaints that quote raw document bytes: silence it entirely.
for _name in ("pdfminer", "pdfplumber"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def _is_icon_font(fontname: str) -> bool:
    lowered = fontname.lower()
    return any(marker in lowered for marker in ICON_FONT_MARKERS)


def _is_bold(fontname: str) -> bool:
    lowered = fontname.lower()
    return "bold" in lowered or "black" in lowered or "heavy" in lowered or "semibold" in lowered


def _text_box(page: pdfplumber.page.Page) -> tuple[float, float, float, float] | None:
    """The box of the page's characters when its crop box holds none of them, else None.

    A reversed or empty box ('/MediaBox [612 792 0 0]', '[0 0 0 0]') is one viewers repair
    and show, but pdfminer places the text by the raw box and pdfplumber crops by the
    normalised one: every character would be 'outside', and the resume read as a scan."""
    try:
        raw = [float(v) for v in page.page_obj.cropbox]
    except (TypeError, ValueError):
        return None
    # Only a box drawn backwards or with no area: a sound box with all its text outside is
    # a page of hidden text, and stays unread.
    if len(raw) != 4 or (raw[0] < raw[2] and raw[1] < raw[3]):
        return None
    chars = page.chars
    if not chars:
        return None
    x0, top, x1, bottom = (float(v) for v in page.cropbox)
    if x1 - x0 > 0 and bottom - top > 0 and any(
            x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
            for c in chars):
        return None
    return (min(float(c["x0"]) for c in chars), min(float(c["top"]) for c in chars),
            max(float(c["x1"]) for c in chars), max(float(c["bottom"]) for c in chars))


def _chars_and_box(page: pdfplumber.page.Page,
                   ) -> tuple[list[dict[str, Any]], tuple[float, float, float, float] | None]:
    """The page's characters and, when its box is broken, the box of its text instead."""
    chars = page.chars
    if chars and max(float(page.width), float(page.height)) > MAX_PAGE_SIDE_PT:
        chars = _rebased(chars)
        return chars, (min(float(c["x0"]) for c in chars), 0.0,
                       max(float(c["x1"]) for c in chars), max(float(c["bottom"]) for c in chars))
    return chars, _text_box(page)


def _add_fields(out: list[RawWord], annots: list[dict[str, Any]], left: float, top: float,
                budget: int) -> tuple[int, int]:
    """Append the words of the visible filled-in form fields to ``out`` (a fillable template
    saved unflattened keeps its text there, not on the page); the budget left and the
    characters of hidden fields."""
    fields: list[FormField] = []
    hidden = 0
    with contextlib.suppress(*_OPTIONAL_PART_ERRORS):
        fields, hidden = _form_fields(annots, left, top)
    for field in fields:
        for raw in field_words(field):
            if budget <= 0:
                return budget, hidden
            budget -= len(raw.text) + 1
            out.append(raw)
    return budget, hidden


def _rebased(chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Characters placed down from the highest one by their baselines, for a page box larger
    than any page: measured from the top of a box 1e21 points tall, every position rounds
    to the same number and the text reads scrambled."""
    highest = max(float(char["y1"]) for char in chars)
    return [{**char, "top": highest - float(char["y1"]), "bottom": highest - float(char["y0"]),
             "doctop": highest - float(char["y1"])} for char in chars]


def _drawing_order(page: pdfplumber.page.Page) -> dict[str, list[int]] | None:
    """For each kind of page object ('char', 'rect', 'curve', 'image'), the position in the
    page's drawing order of each object of ``page.objects[kind]``, in that list's order;
    None when the two walks disagree. pdfplumber keeps each kind in a list of its own, so
    which of a glyph and a shape was painted last is lost; it is what hides a glyph under a
    box drawn over it."""
    order: dict[str, list[int]] = {}
    stack = [iter(page.layout._objs)]  # the list pdfplumber walks for page.objects
    position = 0
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
        elif isinstance(item, LTContainer):
            stack.append(iter(item._objs))
        elif not isinstance(item, LTAnno):
            kind = type(item).__name__.removeprefix("LT").lower()
            order.setdefault(kind, []).append(position)
            position += 1
    objects = page.objects
    if any(len(order.get(kind, ())) != len(objects.get(kind, ()))
           for kind in ("char", "rect", "curve", "image")):
        return None
    return order


def _word_boxes(chars: list[dict[str, Any]], left: float, top: float, width: float,
                height: float) -> tuple[list[tuple[dict[str, Any], Box]], int]:
    """pdfplumber's words of ``chars`` with their boxes relative to the page box's corner
    (``left``, ``top``), and the quarter turns of the page's main text direction.

    Text is grouped into words in its own direction: a page printed sideways or upside down
    (its text matrix turned) reads in the frame of its main direction, and a run in another
    direction (a vertical side label) reads as a word at the top of the span it covers,
    instead of letters scattered over lines. Ordinary pages skip all of this.
    """
    extractor = WordExtractor(
        x_tolerance=WORD_X_TOLERANCE_PT, y_tolerance=LINE_Y_TOLERANCE_PT,
        keep_blank_chars=False, use_text_flow=False, extra_attrs=["fontname", "size"],
    )
    groups: dict[int, list[dict[str, Any]]] = {}
    for char in chars:
        groups.setdefault(char_turn(char), []).append(char)
    if not groups or list(groups) == [0]:
        return [(word, (float(word["x0"]) - left, float(word["x1"]) - left,
                        float(word["top"]) - top, float(word["bottom"]) - top))
                for word in extractor.extract_words(chars)], 0
    main = max(groups, key=lambda turns: (len(groups[turns]), turns == 0))
    frame_width, frame_height = turned_size(width, height, main)
    out: list[tuple[dict[str, Any], Box]] = []
    across: list[tuple[dict[str, Any], Box, float]] = []  # turned pieces, with their span's end
    for turns, group in sorted(groups.items()):
        relative = (turns - main) % QUARTER_TURNS
        turned = []
        for char in group:
            x0, x1, char_top, bottom = turn_box(
                (float(char["x0"]) - left, float(char["x1"]) - left,
                 float(char["top"]) - top, float(char["bottom"]) - top), turns, width, height)
            turned.append({**char, "x0": x0, "x1": x1, "top": char_top, "bottom": bottom,
                           "doctop": char_top, "upright": True, "size": glyph_size(char)})
        words = extractor.extract_words(turned)
        if relative == 0:
            out.extend((word, _box(word)) for word in words)
            continue
        # Across the main text: each of its lines becomes one piece of text placed where its
        # span starts, one line high, so it reads as a line of its own.
        for line in (piece for whole in _lines_of(words) for piece in pieces_of(whole)):
            own = (min(_box(w)[0] for w in line), max(_box(w)[1] for w in line),
                   min(_box(w)[2] for w in line), max(_box(w)[3] for w in line))
            x0, x1, line_top, span_end = unturn_box(own, relative, frame_width, frame_height)
            bottom = line_top + (x1 - x0) if relative % 2 else span_end
            joined = {**line[0], "text": " ".join(str(w["text"]) for w in line)}
            across.append((joined, (x0, x1, line_top, bottom), span_end))
    return out + beside_upright(across, [box for _, box in out]), main


def _box(word: dict[str, Any]) -> Box:
    return float(word["x0"]), float(word["x1"]), float(word["top"]), float(word["bottom"])


def _lines_of(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """``words`` (as extracted: line by line, left to right) grouped into their lines."""
    lines: list[list[dict[str, Any]]] = []
    for word in words:
        if lines and abs(float(word["top"]) - float(lines[-1][-1]["top"])) <= LINE_Y_TOLERANCE_PT:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def _page_words(page: pdfplumber.page.Page, budget: int, annots: list[dict[str, Any]],
                ) -> tuple[list[RawWord], int, int, tuple[float, float]]:
    """The page's visible words (and markers, and filled-in form fields among ``annots``), the
    budget left, the hidden characters, and the page's (width, height) as its main text reads."""
    chars, box = _chars_and_box(page)
    order = _drawing_order(page) or {}
    visible = visibility(page.objects, page.cropbox, box, order)
    glyph_order = order.get("char", [])
    if len(glyph_order) != len(chars):
        glyph_order = [-1] * len(chars)  # unknown: nothing counts as drawn over it
    hidden = {id(char) for char, drawn in zip(chars, glyph_order, strict=True)
              if not visible(char, drawn)}
    # A glyph drawn again on top of itself (fake bold, a form drawn many times) is one glyph:
    # 'JJJooorrrdddaaannn' read as nothing. Not when glyphs have no width (a font whose widths
    # could not be read): then every letter of a word sits at one spot, 'Example' as 'Eamp'.
    dropped = hidden | duplicate_glyphs([char for char in chars if id(char) not in hidden])
    if dropped:  # one filtering pass for both, and none on an ordinary page
        chars = [char for char in chars if id(char) not in dropped]
    # Positions come in the page box's own coordinates; a box whose origin is not (0, 0)
    # ('/MediaBox [200 -200 812 592]') would put the text off a page that starts at 0.
    left, top = float(page.bbox[0]), float(page.bbox[1])
    width, height = float(page.width), float(page.height)
    if box is not None:
        left, top, width, height = box[0], box[1], box[2] - box[0], box[3] - box[1]
    words, main = _word_boxes(chars, left, top, width, height)
    out: list[RawWord] = []
    for word, (x0, x1, word_top, bottom) in words:
        text = str(word["text"])
        if budget <= 0:
            break
        budget -= len(text) + 1  # the word and the space that follows it in the text
        fontname = str(word.get("fontname", ""))
        raw = RawWord(
            text=text, x0=x0, x1=x1, top=word_top, bottom=bottom,
            size=round(float(word.get("size", 0.0)), 1),
            bold=_is_bold(fontname), icon_font=_is_icon_font(fontname),
        )
        if out and joins(out[-1], raw):
            out[-1] = merge(out[-1], raw)
        else:
            out.append(raw)
    budget, hidden_fields = _add_fields(out, annots, left, top, budget)
    # Drawn list markers are found in page coordinates, so only on a page read upright.
    shapes = _marker_shapes(page, left, top) if main == 0 else []
    spaces = Spaces(chars, left, top)
    if main == 0 and spaces.written():  # spaces are found in page coordinates
        out = rejoin_unspaced(rejoin_letter_spaced(out, spaces), spaces)
    else:
        out = rejoin_letter_spaced(out)
    out = restack_letters(out)
    return (with_markers(out, shapes), budget, len(hidden) + hidden_fields,
            turned_size(width, height, main))


def _field_value(data: dict[str, Any]) -> str | None:
    """The text a widget shows: its field's value (on the widget, or on the field it is a kid
    of), for text and choice fields only; None for buttons, signatures and empty fields."""
    field: dict[str, Any] | None = data
    kind = value = None
    for _ in range(3):  # a widget, its field, the field's parent: no deeper (cycles)
        if not isinstance(field, dict):
            break
        kind = kind or field.get("FT")
        value = value if value is not None else field.get("V")
        field = resolve1(field.get("Parent"))
    if not isinstance(kind, PSLiteral) or kind.name not in {"Tx", "Ch"}:
        return None
    value = resolve1(value)
    if isinstance(value, list):  # a multiple-choice field's choices
        value = b"\n".join(item for item in value if isinstance(item, bytes))
    if isinstance(value, bytes):
        return decode_text(value)
    return value if isinstance(value, str) else None


def _form_fields(annots: list[dict[str, Any]], left: float,
                 top: float) -> tuple[list[FormField], int]:
    """The visible filled-in text fields among a page's annotations, at most MAX_FORM_FIELDS,
    in the coordinates of its words (relative to its box's corner ``left``, ``top``), and the
    characters of the fields hidden from view."""
    fields: list[FormField] = []
    hidden = 0
    for annot in itertools.islice(annots, MAX_FORM_FIELDS):
        data = annot.get("data")
        if not isinstance(data, dict) or getattr(data.get("Subtype"), "name", None) != "Widget":
            continue
        text = _field_value(data)
        if not text or not text.strip():
            continue
        flags = resolve1(data.get("F"))
        if isinstance(flags, int) and flags & _HIDDEN_FIELD_FLAGS:
            hidden += len(text)
            continue
        appearance = resolve1(data.get("DA"))
        size = _FONT_SIZE.search(appearance) if isinstance(appearance, bytes) else None
        fields.append(FormField(
            text=text, x0=float(annot["x0"]) - left, top=float(annot["top"]) - top,
            x1=float(annot["x1"]) - left, bottom=float(annot["bottom"]) - top,
            size=float(size.group(1)) if size else 0.0))
    return fields, hidden


def _marker_shapes(page: pdfplumber.page.Page, left: float,
                   top: float) -> list[tuple[float, float, float]]:
    """(x1, vertical centre, size) of small filled shapes on the page, at most
    MAX_MARKER_SHAPES of them, relative to the page box's corner (``left``, ``top``)."""
    shapes = []
    for shape in itertools.chain(page.curves, page.rects):
        width, height = shape["x1"] - shape["x0"], shape["bottom"] - shape["top"]
        if shape.get("fill") and 0 < width <= MARKER_MAX_SIZE_PT and 0 < height <= MARKER_MAX_SIZE_PT:
            shapes.append((float(shape["x1"]) - left, (shape["top"] + shape["bottom"]) / 2 - top,
                           float(width)))
            if len(shapes) >= MAX_MARKER_SHAPES:
                break
    return shapes


def _page_links(page: pdfplumber.page.Page, annots: list[dict[str, Any]]) -> list[RawLink]:
    links = []
    for link in annots:
        uri = link.get("uri")
        if isinstance(uri, bytes):
            uri = uri.decode("latin-1", "replace")
        if isinstance(uri, str) and uri:
            links.append(RawLink(uri=uri.strip(),
                                 top=float(link.get("top", 0.0)) - float(page.bbox[1])))
    return links


def _annotations(page: pdfplumber.page.Page) -> list[dict[str, Any]]:
    """The page's annotations (links, form fields), read once; none when they are broken."""
    with contextlib.suppress(*_OPTIONAL_PART_ERRORS):
        return list(page.annots)
    return []


def _page_extras(page: pdfplumber.page.Page,
                 annots: list[dict[str, Any]]) -> tuple[list[RawLink], int]:
    """A page's links and image count. Both are optional: a broken annotation or image
    dictionary (an annotation that refers to itself) costs them, not the page's text."""
    links: list[RawLink] = []
    images = 0
    with contextlib.suppress(*_OPTIONAL_PART_ERRORS):
        links = _page_links(page, annots)
    with contextlib.suppress(*_OPTIONAL_PART_ERRORS):
        images = len(page.images)
    return links, images


_OPTIONAL_PART_ERRORS = (RecursionError, TypeError, ValueError, KeyError, IndexError,
                         AttributeError, PdfminerException, MalformedPDFException)
"""What a broken optional structure raises (not MemoryError: that is the whole file's)."""


def _shadowed(pdf: PDF, data: bytes) -> bool:
    """Whether a later revision may hide behind the one read: the cross-reference table was
    unusable (pdfminer rebuilt it, and stops at the first trailer) and the file has more than
    one end of file. Viewers follow the last revision, so a file built this way shows one text
    and would be scored on another ('cat a.pdf b.pdf', an update with a broken table)."""
    return (any(isinstance(xref, PDFXRefFallback) for xref in pdf.doc.xrefs)
            and data.count(b"%%EOF") > 1)


def _count_pages(pdf: PDF) -> int:
    """Count page leaves lazily, stopping past the cap, so a huge page tree costs nothing."""
    return sum(1 for _ in itertools.islice(PDFPage.create_pages(pdf.doc), MAX_PAGES + 1))


def _open(data: bytes) -> PDF:
    try:
        return pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        raise _mapped(exc) from None


def _mapped(exc: PdfminerException) -> errors.AnalyzerError:
    """The error code for an exception pdfplumber wrapped (its cause is in ``args[0]``)."""
    cause = exc.args[0] if exc.args else None
    if isinstance(cause, PDFPasswordIncorrect):
        return errors.EncryptedError()
    if isinstance(cause, MemoryError):
        return errors.ResourceLimitError()
    return errors.MalformedPdfError()


def _close(pdf: PDF) -> None:
    # PDF.close() walks pdf.pages, which loads every page object: for a refused 100k-page file
    # that is seconds and hundreds of MB. Close the stream alone when pages were never loaded.
    if hasattr(pdf, "_pages"):
        pdf.close()
    else:
        pdf.stream.close()


def read_pdf_words(data: bytes) -> RawDocument:
    """Words, links and image counts of every page of the PDF ``data``.

    Raises EncryptedError, TooManyPagesError, MalformedPdfError or ResourceLimitError; other
    failures of the parser are mapped to MalformedPdfError. Exception chains are cut (``from
    None``) because pdfminer's messages can quote document content.
    """
    try:
        pdf = _open(data)
        try:
            if _count_pages(pdf) > MAX_PAGES:
                raise errors.TooManyPagesError()
            pages: list[RawPage] = []
            budget = MAX_CHARS
            for number, page in enumerate(pdf.pages, start=1):
                annots = _annotations(page)
                words, budget, hidden, (width, height) = _page_words(page, budget, annots)
                links, images = _page_extras(page, annots)
                pages.append(RawPage(
                    number=number, width=width, height=height,
                    words=tuple(words), links=tuple(links), images=images, hidden_chars=hidden,
                ))
                page.close()
            return RawDocument(pages=tuple(pages), truncated=budget <= 0,
                               shadowed=_shadowed(pdf, data))
        finally:
            with contextlib.suppress(Exception):  # pdfminer can raise anything from close()
                _close(pdf)
    except errors.AnalyzerError:
        raise
    except MemoryError:
        raise errors.ResourceLimitError() from None
    except PdfminerException as exc:
        raise _mapped(exc) from None
    except Exception:  # noqa: BLE001 - TypeError, RecursionError, IndexError… escape pdfminer
        raise errors.MalformedPdfError() from None
