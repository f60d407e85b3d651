"""The pdfplumber adapter: the only module that imports pdfplumber or pdfminer.

Contract: :func:`read_pdf_words` takes PDF bytes and returns positioned words per page as
plain, picklable data (:class:`RawPage`), or raises an :class:`~analyzer.errors.InputError`.
It runs inside the isolated worker process (:mod:`analyzer.isolation`), so it may be slow or
crash on hostile input without harming the caller. It never logs or raises document content:
pdfminer's own messages echo the file's bytes, so they are never passed on.
"""

from __future__ import annotations

import bisect
import contextlib
import heapq
import io
import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfpage import PDFPage
from pdfplumber.pdf import PDF
from pdfplumber.utils.exceptions import PdfminerException
from pdfplumber.utils.text import WordExtractor

from analyzer import errors
from analyzer.orientation import QUARTER_TURNS, Box, text_turn, turn_box, turned_size, unturn_box

MAX_PAGES = 10
"""Pages a resume may have; more is refused (too_many_pages) before any page is parsed."""
MAX_CHARS = 100_000
"""Characters kept over the whole document; beyond it the text is cut and a warning given."""
WORD_X_TOLERANCE_PT = 1.5
"""Gap (points) below which characters join into a word. pdfplumber's default of 3 glues the
tight inter-word spacing of LaTeX output ("inJavaandPython"); 1.5 keeps it apart."""
LINE_Y_TOLERANCE_PT = 2.0
"""Vertical slack (points) for characters to count as one line inside a word."""
FONT_SPLIT_MAX_GAP_PT = 0.3
"""Two pieces of one word abut: at most this gap (points) apart. A real word space leaves a
gap of a space's width (2-3 pt at resume sizes)."""
LETTER_SPACED_MIN_RUN = 4
"""Single characters in a row that make a letter-spaced line ('S U M M A R Y'); fewer are
left alone (initials, 'A B' of a table)."""
LETTER_SPACED_MAX_GAP_EM = 1.2
"""Largest gap (ems of the font size) between two characters of a letter-spaced line,
spaces between its words included (CSS letter-spacing up to about 0.4em)."""
LETTER_SPACED_MIN_PIECES = 3
"""Capital pieces in a row with no space glyph between them that make letter-spaced text
('CERTIFIC' + 'AT' + 'IONS' around a kerned pair)."""
WORD_GAP_FACTOR = 1.6
"""In a letter-spaced line, a gap this many times the smallest one separates two words."""
MARKER_MAX_SIZE_PT = 6.0
"""A filled shape at most this wide and tall (points) may be a list marker drawn as a path
(browsers draw CSS list discs that way), not as a '•' glyph."""
MARKER_MAX_GAP_PT = 14.0
"""Largest gap (points) from a marker shape to the first word of its item."""
MAX_MARKER_SHAPES = 400
"""Marker shapes considered per page (hostile files may hold millions of paths)."""
MIN_VISIBLE_TEXT_PT = 3.0
"""Text smaller than this (points) is not read: nobody can see it on the page, so it can only
be hidden keywords (a known trick against resume screeners)."""
WHITE_LEVEL = 0.95
"""A fill colour with every component at least this light (0..1; CMYK inverted) is white."""
MAX_BACKGROUND_SHAPES = 200
"""Filled shapes and images considered as backgrounds that make white text visible."""
DUPLICATE_GLYPH_TOLERANCE_PT = 1.0
"""Two identical glyphs of one font and size this close (points) are one glyph printed twice."""
MIN_LETTER_GAP_PT = 0.3
"""Floor of the smallest gap (points) when telling letter gaps from word gaps."""
MIN_SPACE_GLYPHS = 10
"""Space glyphs on a page (count) that show its producer writes the spaces between words (word
processors, browsers; not LaTeX): then a gap without a space is no word break."""
SPACED_PAGE_LETTER_GAP_EM = 0.4
"""On such a page, the largest gap (ems of the font size) between two pieces of one word with
no space glyph between them: letter-spaced and small-capital headings ('E X P E R I E N C E'
expanded 2 pt, a kerned 'AT' inside) are one word; table cells and tab stops are further
apart."""
ICON_FONT_MARKERS = ("dingbat", "fontawesome", "awesome", "wingding", "webding", "icon", "glyph",
                     "material", "ionicons", "symbol")
"""Substrings of font names whose glyphs are icons, not text (lower case)."""

# pdfminer logs parser complaints that quote raw document bytes: silence it entirely.
for _name in ("pdfminer", "pdfplumber"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


@dataclass(frozen=True, slots=True)
class RawWord:
    """A word as positioned on the page (points; origin top-left)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    icon_font: bool


@dataclass(frozen=True, slots=True)
class RawLink:
    uri: str
    top: float


@dataclass(frozen=True, slots=True)
class RawPage:
    """One page's words, links and image count."""

    number: int
    width: float
    height: float
    words: tuple[RawWord, ...]
    links: tuple[RawLink, ...]
    images: int
    hidden_chars: int = 0
    """Characters left out as invisible: white on the white page, or too small to read."""


@dataclass(frozen=True, slots=True)
class RawDocument:
    pages: tuple[RawPage, ...]
    truncated: bool


def _is_icon_font(fontname: str) -> bool:
    lowered = fontname.lower()
    return any(marker in lowered for marker in ICON_FONT_MARKERS)


def _is_bold(fontname: str) -> bool:
    lowered = fontname.lower()
    return "bold" in lowered or "black" in lowered or "heavy" in lowered or "semibold" in lowered


def _joins(previous: RawWord, word: RawWord) -> bool:
    """Pieces of one word that pdfplumber split: where the font or size changes
    (``extra_attrs``: a glyph from a fallback font, 'Boğaziçi'; small capitals, 'E' 14 pt then
    'XPERIENCE' 9.7 pt) or at a zero-width blank (a soft hyphen as Chromium writes it:
    'roadm' + 'apping'). Pieces that touch on one baseline are one word again (a space between
    two words always leaves a gap); icon glyphs stay apart from text."""
    gap = word.x0 - previous.x1
    return (
        abs(gap) <= FONT_SPLIT_MAX_GAP_PT
        # Zero-width words (a font whose widths could not be read: every glyph at one spot)
        # touch everything; pdfplumber split them at real spaces, so they stay apart.
        and previous.x1 > previous.x0 and word.x1 > word.x0
        and abs(word.bottom - previous.bottom) <= LINE_Y_TOLERANCE_PT
        and word.icon_font == previous.icon_font
    )


class _Spaces:
    """Where a page's space glyphs are, to tell a letter gap from a word gap."""

    def __init__(self, chars: list[dict[str, Any]], left: float, top: float) -> None:
        found = sorted(((float(c["x0"]) + float(c["x1"])) / 2 - left,
                        (float(c["top"]) + float(c["bottom"])) / 2 - top)
                       for c in chars if str(c["text"]).isspace())
        self.xs = [x for x, _ in found]
        self.ys = [y for _, y in found]

    def written(self) -> bool:
        return len(self.xs) >= MIN_SPACE_GLYPHS

    def abut(self, previous: RawWord, word: RawWord, *,
             limit_em: float = SPACED_PAGE_LETTER_GAP_EM) -> bool:
        """Two pieces of one word: on one baseline, at most ``limit_em`` apart, with no space
        glyph between them (small capitals 'E' + 'XPERIENCE' expanded, a kerned 'AT' in a
        letter-spaced heading)."""
        gap = word.x0 - previous.x1
        if (not 0 <= gap <= limit_em * max(previous.size, word.size)
                or abs(word.bottom - previous.bottom) > LINE_Y_TOLERANCE_PT
                or word.icon_font != previous.icon_font):
            return False
        return not self.between(previous, word)

    def between(self, previous: RawWord, word: RawWord) -> bool:
        """Whether a space glyph lies between two pieces on one line."""
        lo = bisect.bisect_left(self.xs, previous.x1 - LINE_Y_TOLERANCE_PT)
        hi = bisect.bisect_right(self.xs, word.x0 + LINE_Y_TOLERANCE_PT)
        return any(word.top <= self.ys[i] <= word.bottom for i in range(lo, hi))


def _merge(previous: RawWord, word: RawWord) -> RawWord:
    main = previous if len(previous.text) >= len(word.text) else word
    return RawWord(
        text=previous.text + word.text, x0=previous.x0, x1=max(previous.x1, word.x1),
        top=min(previous.top, word.top), bottom=max(previous.bottom, word.bottom),
        size=main.size, bold=main.bold, icon_font=previous.icon_font,
    )


def _is_white(color: object) -> bool:
    if not isinstance(color, tuple) or not color or not all(isinstance(c, int | float) for c in color):
        return False
    if len(color) == 4:  # CMYK: white is no ink
        return all(float(c) <= 1 - WHITE_LEVEL for c in color)
    return all(float(c) >= WHITE_LEVEL for c in color)


def _glyph_size(char: dict[str, Any]) -> float:
    """A glyph's size across its line (points). pdfminer gives the box's height, which for a
    glyph turned a quarter is its advance: an 'l' of 11 pt text would measure 2.4 pt."""
    if text_turn(char.get("matrix")) % 2:
        return float(char["x1"]) - float(char["x0"])
    return float(char.get("size", 0.0))


def _visibility(page: pdfplumber.page.Page) -> Callable[[dict[str, Any]], bool]:
    """Whether a character can be seen: characters too small to read, outside the crop box,
    or white on no darker filled shape or image (white on the white page), cannot."""
    # The largest dark shapes first: a coloured header band or sidebar, not the icons in it.
    shapes = [(float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"]))
              for o in itertools.chain(
                  (o for o in itertools.chain(page.rects, page.curves)
                   if o.get("fill") and not _is_white(o.get("non_stroking_color"))),
                  page.images)]
    backgrounds = heapq.nlargest(MAX_BACKGROUND_SHAPES, shapes,
                                 key=lambda box: (box[2] - box[0]) * (box[3] - box[1]))
    crop = tuple(float(v) for v in page.cropbox)

    def visible(obj: dict[str, Any]) -> bool:
        if _glyph_size(obj) < MIN_VISIBLE_TEXT_PT:
            return False
        middle_x, middle_y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        if not (crop[0] <= middle_x <= crop[2] and crop[1] <= middle_y <= crop[3]):
            return False  # outside the crop box: viewers do not show it
        if not _is_white(obj.get("non_stroking_color")):
            return True
        return any(x0 <= middle_x <= x1 and top <= middle_y <= bottom
                   for x0, top, x1, bottom in backgrounds)

    return visible


def _duplicate_glyphs(chars: list[dict[str, Any]]) -> set[int]:
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
        groups.setdefault(text_turn(char.get("matrix")), []).append(char)
    if not groups or list(groups) == [0]:
        return [(word, (float(word["x0"]) - left, float(word["x1"]) - left,
                        float(word["top"]) - top, float(word["bottom"]) - top))
                for word in extractor.extract_words(chars)], 0
    main = max(groups, key=lambda turns: (len(groups[turns]), turns == 0))
    frame_width, frame_height = turned_size(width, height, main)
    out: list[tuple[dict[str, Any], Box]] = []
    for turns, group in sorted(groups.items()):
        relative = (turns - main) % QUARTER_TURNS
        turned = []
        for char in group:
            x0, x1, char_top, bottom = turn_box(
                (float(char["x0"]) - left, float(char["x1"]) - left,
                 float(char["top"]) - top, float(char["bottom"]) - top), turns, width, height)
            turned.append({**char, "x0": x0, "x1": x1, "top": char_top, "bottom": bottom,
                           "doctop": char_top, "upright": True, "size": _glyph_size(char)})
        words = extractor.extract_words(turned)
        if relative == 0:
            out.extend((word, _box(word)) for word in words)
            continue
        # Across the main text: each of its lines becomes one piece of text placed where its
        # span starts, one line high, so it reads as a line of its own.
        for line in _lines_of(words):
            own = (min(_box(w)[0] for w in line), max(_box(w)[1] for w in line),
                   min(_box(w)[2] for w in line), max(_box(w)[3] for w in line))
            x0, x1, line_top, bottom = unturn_box(own, relative, frame_width, frame_height)
            if relative % 2:
                bottom = line_top + (x1 - x0)
            joined = {**line[0], "text": " ".join(str(w["text"]) for w in line)}
            out.append((joined, (x0, x1, line_top, bottom)))
    return out, main


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


def _page_words(page: pdfplumber.page.Page,
                budget: int) -> tuple[list[RawWord], int, int, tuple[float, float]]:
    """The page's visible words (and markers), the budget left, the hidden characters, and
    the page's (width, height) as its main text reads."""
    visible = _visibility(page)
    chars = page.chars
    hidden = {id(char) for char in chars if not visible(char)}
    # A glyph drawn again on top of itself (fake bold, a form drawn many times) is one glyph:
    # 'JJJooorrrdddaaannn' read as nothing. Not when glyphs have no width (a font whose widths
    # could not be read): then every letter of a word sits at one spot, 'Example' as 'Eamp'.
    dropped = hidden | _duplicate_glyphs([char for char in chars if id(char) not in hidden])
    if dropped:  # one filtering pass for both, and none on an ordinary page
        chars = [char for char in chars if id(char) not in dropped]
    # Positions come in the page box's own coordinates; a box whose origin is not (0, 0)
    # ('/MediaBox [200 -200 812 592]') would put the text off a page that starts at 0.
    left, top = float(page.bbox[0]), float(page.bbox[1])
    width, height = float(page.width), float(page.height)
    words, main = _word_boxes(chars, left, top, width, height)
    out: list[RawWord] = []
    for word, (x0, x1, word_top, bottom) in words:
        text = str(word["text"])
        if budget <= 0:
            break
        budget -= len(text)
        fontname = str(word.get("fontname", ""))
        raw = RawWord(
            text=text, x0=x0, x1=x1, top=word_top, bottom=bottom,
            size=round(float(word.get("size", 0.0)), 1),
            bold=_is_bold(fontname), icon_font=_is_icon_font(fontname),
        )
        if out and _joins(out[-1], raw):
            out[-1] = _merge(out[-1], raw)
        else:
            out.append(raw)
    # Drawn list markers are found in page coordinates, so only on a page read upright.
    shapes = _marker_shapes(page, left, top) if main == 0 else []
    spaces = _Spaces(chars, left, top)
    if main == 0 and spaces.written():  # spaces are found in page coordinates
        out = _rejoin_unspaced(_rejoin_letter_spaced(out, spaces), spaces)
    else:
        out = _rejoin_letter_spaced(out)
    return (_with_markers(out, shapes), budget, len(hidden),
            turned_size(width, height, main))


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


def _with_markers(words: list[RawWord], shapes: list[tuple[float, float, float]]) -> list[RawWord]:
    """``words`` with a '•' word before each item whose list marker is a drawn shape: a small
    filled shape just left of a word, vertically inside it, on a line of body-size text
    (a decorative dot beside a larger or bold heading is not a bullet)."""
    if not shapes or not words:
        return words
    body = sorted(w.size for w in words)[len(words) // 2]
    by_x = sorted(range(len(words)), key=lambda i: words[i].x0)
    lefts = [words[i].x0 for i in by_x]
    starts: dict[int, RawWord] = {}
    for x1, middle, size in shapes:
        # Only the words starting within reach of the shape (a binary search, not a scan).
        lo, hi = bisect.bisect_left(lefts, x1), bisect.bisect_right(lefts, x1 + MARKER_MAX_GAP_PT)
        for index in sorted(by_x[lo:hi]):
            word = words[index]
            before = words[index - 1] if index else None
            follows = (before is not None and before.x1 <= word.x0 and before.x1 > x1 - size
                       and abs(before.bottom - word.bottom) <= LINE_Y_TOLERANCE_PT)
            if (word.top <= middle <= word.bottom and not word.bold and not follows
                    and word.size <= body + LINE_Y_TOLERANCE_PT):
                starts[index] = RawWord(text="•", x0=x1 - size, x1=x1, top=word.top,
                                        bottom=word.bottom, size=word.size, bold=False,
                                        icon_font=False)
                break
    out: list[RawWord] = []
    for index, word in enumerate(words):
        if index in starts:
            out.append(starts[index])
        out.append(word)
    return out


def _spaced(previous: RawWord, word: RawWord) -> bool:
    """Two single characters of one letter-spaced line, side by side."""
    gap = word.x0 - previous.x1
    return (len(previous.text) == 1 and len(word.text) == 1 and previous.text.isalnum()
            and word.text.isalnum() and previous.size == word.size
            and abs(word.bottom - previous.bottom) <= LINE_Y_TOLERANCE_PT
            and 0 < gap <= LETTER_SPACED_MAX_GAP_EM * max(word.size, 1.0))


def _rejoin_letter_spaced(words: list[RawWord], spaces: _Spaces | None = None) -> list[RawWord]:
    """Letter-spaced text ('S U M M A R Y', 'W O R K   E X P E R I E N C E': CSS
    letter-spacing wider than the word tolerance) as text again: a run of single characters is
    one word whose text has a space where its words break: where a gap is clearly wider than
    the typical letter gap, or a space glyph lies (``spaces``, when the page writes them). One
    word, not several: its word gaps are as wide as a column gutter ('WORK' | 'EXPERIENCE'
    would read as two cells)."""
    out: list[RawWord] = []
    start = 0
    while start < len(words):
        end = start + 1
        while end < len(words) and _spaced(words[end - 1], words[end]):
            end += 1
        run = words[start:end]
        start = end
        if len(run) < LETTER_SPACED_MIN_RUN:
            out.extend(run)
            continue
        gaps = [b.x0 - a.x1 for a, b in itertools.pairwise(run)]
        # The typical letter gap, not the smallest: a kerned pair ('AT') is narrower.
        letter_gap = max(sorted(gaps)[len(gaps) // 2], MIN_LETTER_GAP_PT)
        breaks = [gap > WORD_GAP_FACTOR * letter_gap
                  or (spaces is not None and spaces.between(a, b))
                  for gap, (a, b) in zip(gaps, itertools.pairwise(run), strict=True)]
        text = run[0].text + "".join((" " if cut else "") + word.text
                                     for word, cut in zip(run[1:], breaks, strict=True))
        first, last = run[0], run[-1]
        out.append(RawWord(text=text, x0=first.x0, x1=last.x1, top=min(w.top for w in run),
                           bottom=max(w.bottom for w in run), size=first.size, bold=first.bold,
                           icon_font=first.icon_font))
    return out


def _rejoin_unspaced(words: list[RawWord], spaces: _Spaces) -> list[RawWord]:
    """On a page that writes its spaces, capitals set apart by letter spacing as one word:
    a chain of neighbouring pieces with no space glyph between them (:meth:`_Spaces.abut`),
    all without lower-case letters, joined when there are three or more, one piece is a
    single letter or the sizes differ (small capitals: 'E' + 'XPERIENCE'; 'EDUC' + 'AT' +
    'I' + 'O' + 'N' around a kerned pair). Lower-case text is left alone: a gap without a
    space glyph there is a word break some producers draw by position ('to' +
    'Kubernetes')."""
    out: list[RawWord] = []
    chain: list[RawWord] = []

    def flush() -> None:
        letter_spaced = (len(chain) >= LETTER_SPACED_MIN_PIECES
                         or any(len(piece.text) == 1 for piece in chain)
                         or len({piece.size for piece in chain}) > 1)
        if len(chain) > 1 and letter_spaced:
            merged = chain[0]
            for piece in chain[1:]:
                merged = _merge(merged, piece)
            out.append(merged)
        else:
            out.extend(chain)
        chain.clear()

    for word in words:
        if chain and not any(ch.islower() for ch in word.text) and spaces.abut(chain[-1], word):
            chain.append(word)
            continue
        flush()
        if any(ch.islower() for ch in word.text):
            out.append(word)
        else:
            chain.append(word)
    flush()
    return out


def _page_links(page: pdfplumber.page.Page) -> list[RawLink]:
    links = []
    for link in page.hyperlinks:
        uri = link.get("uri")
        if isinstance(uri, bytes):
            uri = uri.decode("latin-1", "replace")
        if isinstance(uri, str) and uri:
            links.append(RawLink(uri=uri.strip(),
                                 top=float(link.get("top", 0.0)) - float(page.bbox[1])))
    return links


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
                words, budget, hidden, (width, height) = _page_words(page, budget)
                pages.append(RawPage(
                    number=number, width=width, height=height,
                    words=tuple(words), links=tuple(_page_links(page)), images=len(page.images),
                    hidden_chars=hidden,
                ))
                page.close()
            return RawDocument(pages=tuple(pages), truncated=budget <= 0)
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
