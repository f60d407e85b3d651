"""Words as the PDF reader positions them, and the joining of a word's pieces.

Contract: plain, picklable data (:class:`RawWord` … :class:`RawDocument`) that crosses the
worker's pipe, and pure functions over lists of words that put back together what a PDF
splits apart: pieces of one word at a font or size change (:func:`joins`), letter-spaced
headings (:func:`rejoin_letter_spaced`), small capitals and kerned pairs on pages that write
their spaces (:func:`rejoin_unspaced`), list markers drawn as shapes (:func:`with_markers`).
No PDF library is imported here, so the layout code and tests use these without pdfplumber.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

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
"""In a letter-spaced line, a gap this many times the typical (median) letter gap separates
two words."""
MARKER_MAX_GAP_PT = 14.0
"""Largest gap (points) from a marker shape to the first word of its item."""
MIN_LETTER_GAP_PT = 0.3
"""Floor of the smallest gap (points) when telling letter gaps from word gaps."""
MIN_SPACE_GLYPHS = 10
"""Space glyphs on a page (count) that show its producer writes the spaces between words (word
processors, browsers; not LaTeX): then a gap without a space is no word break."""
MAX_SPACE_CANDIDATES = 64
"""Space glyphs in one narrow vertical strip looked at when testing a gap; more only happens on
a hostile page (a column of spaces), where the pieces are left apart."""
SPACED_PAGE_LETTER_GAP_EM = 0.4
"""On such a page, the largest gap (ems of the font size) between two pieces of one word with
no space glyph between them: letter-spaced and small-capital headings ('E X P E R I E N C E'
expanded 2 pt, a kerned 'AT' inside) are one word; table cells and tab stops are further
apart."""


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
    shadowed: bool = False
    """The file holds later revisions the reader could not follow (its cross-reference table
    is broken, so the first revision was read): a viewer may show other text."""


def joins(previous: RawWord, word: RawWord) -> bool:
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


class Spaces:
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
        if hi - lo > MAX_SPACE_CANDIDATES:
            return True  # a hostile column of spaces: never join here (and stay linear)
        return any(word.top <= self.ys[i] <= word.bottom for i in range(lo, hi))


def merge(previous: RawWord, word: RawWord) -> RawWord:
    main = previous if len(previous.text) >= len(word.text) else word
    return RawWord(
        text=previous.text + word.text, x0=previous.x0, x1=max(previous.x1, word.x1),
        top=min(previous.top, word.top), bottom=max(previous.bottom, word.bottom),
        size=main.size, bold=main.bold, icon_font=previous.icon_font,
    )


def with_markers(words: list[RawWord], shapes: list[tuple[float, float, float]]) -> list[RawWord]:
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


def rejoin_letter_spaced(words: list[RawWord], spaces: Spaces | None = None) -> list[RawWord]:
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


def rejoin_unspaced(words: list[RawWord], spaces: Spaces) -> list[RawWord]:
    """On a page that writes its spaces, capitals set apart by letter spacing as one word:
    a chain of neighbouring pieces with no space glyph between them (:meth:`Spaces.abut`),
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
                merged = merge(merged, piece)
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


STACK_MIN_LETTERS = 4
"""Capital letters stacked one per line that make a word printed downwards ('S' / 'K' / 'I' /
'L' / 'L' / 'S' beside a section)."""
STACK_X_TOLERANCE_PT = 2.0
"""How far apart (points) the centres of stacked letters may be."""
STACK_MAX_STEP_EM = 2.5
"""Largest distance between two stacked letters' tops, in ems of their size."""
MAX_STACK_LETTERS = 300
"""Lone capitals on a page beyond which no stacks are looked for (no resume has that many)."""
STACK_CLEARANCE_EM = 1.5
"""Space (ems) a stacked letter keeps from the text to its right: a small-caps word's first
letter ('P' of 'P ROJECT') touches the rest."""


def restack_letters(words: list[RawWord]) -> list[RawWord]:
    """Words printed downwards, one upright capital per line, as one word at the top of the
    stack: a section title stacked in a strip beside its section ('S' / 'K' / 'I' / 'L' / 'L' /
    'S' read as 'SKILLS'), which read letter by letter glued to the lines beside it.

    Letters stack when they share a centre line, follow each other at most STACK_MAX_STEP_EM
    apart, stand clear of the text to their right, and number at least STACK_MIN_LETTERS.
    """
    letters = [w for w in words if len(w.text) == 1 and w.text.isalpha() and w.text.isupper()]
    if not STACK_MIN_LETTERS <= len(letters) <= MAX_STACK_LETTERS:
        return words  # none, or no resume page (bounded time on hostile ones)
    lefts = sorted(words, key=lambda w: w.x0)
    starts = [w.x0 for w in lefts]

    def clear(letter: RawWord) -> bool:
        # Nothing close on its right, nothing at all on its left (a grades column beside its
        # subjects is no stack).
        reach = letter.x1 + STACK_CLEARANCE_EM * letter.size
        beside = lefts[:bisect.bisect_right(starts, reach)]
        return not any(other.top < letter.bottom and letter.top < other.bottom
                       and (other.x1 <= letter.x0 + LINE_Y_TOLERANCE_PT or other.x0 < reach)
                       for other in beside if other is not letter)

    def centre(word: RawWord) -> float:
        return (word.x0 + word.x1) / 2

    def stacked(candidates: Iterable[RawWord]) -> list[list[RawWord]]:
        stacks: list[list[RawWord]] = []
        for letter in sorted(candidates, key=lambda w: w.top):
            # Letters of a stack share a centre line ('I' is narrower than 'M').
            stack = next((s for s in stacks
                          if abs(centre(s[-1]) - centre(letter)) <= STACK_X_TOLERANCE_PT
                          and 0 < letter.top - s[-1].top <= STACK_MAX_STEP_EM * letter.size),
                         None)
            if stack is None:
                stacks.append([letter])
            else:
                stack.append(letter)
        return [s for s in stacks if len(s) >= STACK_MIN_LETTERS]

    # Clearance only for letters that stack at all (it reads the words around each).
    stacks = stacked(w for stack in stacked(letters) for w in stack if clear(w))
    if not stacks:
        return words
    restacked = {id(letter) for stack in stacks for letter in stack}
    out = [w for w in words if id(w) not in restacked]
    for stack in stacks:
        first = stack[0]
        out.append(RawWord(text="".join(letter.text for letter in stack), x0=first.x0,
                           x1=max(letter.x1 for letter in stack), top=first.top,
                           bottom=first.bottom, size=first.size, bold=first.bold,
                           icon_font=False))
    return out
