"""Reading order from word positions: rows, column gutters, header bands, local grids.

Pure geometry on :class:`~analyzer.pdf_reader.RawWord` boxes, no PDF library. A page is cut
into horizontal *zones*: rows that cross the column gutter (a header band with the name and
contact line, a full-width footer) are full-width zones; runs of rows between them are column
zones, emitted left column first, then right. A sidebar is a column like any other, so its
lines stay together instead of interleaving with the main column line by line. When one
column starts lower than the other and the rows above it carry the page's largest type (the
name), those rows are read first as a header band.

Gutters are found from an interval sweep over word spans (cost grows with words, not page
width): strips no row crosses are tried before strips a few header rows cross. A gap is only
a gutter when both sides read as columns: left-aligned or centred text. A column of
right-aligned dates next to job titles (a common single-column layout) is not a column.

Inside a column, rows beside each other that form a grid (two jobs side by side) are read
grid-column by grid-column; a known heading set in the left margin beside its first line
becomes a line of its own; page counters in the top/bottom band ("Jane Roe – 1/2") are dropped.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from analyzer.cleaning import clean_word
from analyzer.datecells import rejoin_stacked_dates
from analyzer.pieces import LINE_Y_TOLERANCE_PT, RawPage, RawWord
from analyzer.sections import BULLET_GLYPHS, MAX_HEADING_CHARS, MAX_HEADING_WORDS, heading_kind
from analyzer.timeline import NO_CUTOFF, find_ranges

ROW_OVERLAP_RATIO = 0.5
"""Two boxes share a row when they overlap vertically by this share of the smaller height."""
GUTTER_MIN_WIDTH_PT = 7.0
"""Narrowest empty vertical strip (points) that can separate two columns."""
GUTTER_SEARCH_MARGIN = 0.12
"""Gutters are looked for between 12 % and 88 % of the page width (fraction)."""
GUTTER_MAX_CROSSING_SHARE = 0.08
"""Share of rows that may cross a gutter (header lines, a full-width footer): 0..1."""
COLUMN_MIN_CHAR_SHARE = 0.08
"""Each column must hold at least this share of the page's characters (0..1)."""
COLUMN_MIN_ROWS = 3
"""Each column must have at least this many rows."""
ALIGN_TOLERANCE_PT = 3.0
"""Line starts within this distance (points) count as one left edge."""
COLUMN_MIN_LEFT_ALIGNED = 0.5
"""Share of a column's lines that must start at one of its two commonest left edges (0..1)."""
FLUSH_RIGHT_MIN_ALIGNED = 0.8
"""Share of a flush-right run's lines (0..1) that must end at one edge to be a sidebar."""
FLUSH_RIGHT_MIN_ROWS = 6
"""A flush-right sidebar has at least this many lines (a few right-aligned cells are not one)."""
FLUSH_RIGHT_MIN_ROW_SHARE = 0.4
"""Share of the rows (0..1) a flush-right sidebar holds text on: date and place cells beside
job titles sit on one row of each entry, a quarter of the rows or fewer."""
DATED_SHARE_OF_DATE_RUNS = 0.3
"""A flush-right run with at least this share of lines holding a year (0..1) is the dates and
places printed beside job titles, not a sidebar."""
META_CELL_GAP_RATIO = 0.6
"""A gap above a left-side line wider than this share of its height starts a new cell."""
META_CELL_MAX_LINES = 4
"""A meta cell (employer, city, dates) holds at most this many lines."""
META_CELL_MAX_WORDS = 6
"""Words on a line of a meta cell ('Northgate Bank of the Rockies', 'Mar 2022 – Present')."""
META_MIN_CELLS = 2
"""Entries a meta column must have to be read entry by entry."""
BULLET_START = re.compile(rf"^[{BULLET_GLYPHS}]")
"""A line that opens with a bullet glyph: an entry's bullet, not its title."""
ENTRY_CELL_MAX_WORDS = 5
"""An entry header's cell is short: 'May 2021 – Present', 'Denver, CO', 'Remote'."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\bpresent\b", re.IGNORECASE)
"""A year or an open end: what the dates printed beside job titles hold."""


@dataclass(frozen=True, slots=True)
class LayoutLine:
    """Words of one visual line in one block, left to right."""

    words: tuple[RawWord, ...]
    block: int
    gap_above: float
    """Vertical distance (points) to the previous line of the same block; -1 for the first."""

    @property
    def top(self) -> float:
        return min(word.top for word in self.words)

    @property
    def size(self) -> float:
        return max(word.size for word in self.words)

    @property
    def bold(self) -> bool:
        """Every word with a letter is bold: an icon or emoji set before a heading ('📌 Skills')
        comes from a regular font and does not make the heading regular."""
        lettered = [word for word in self.words
                    if not word.icon_font and any(ch.isalpha() for ch in word.text)]
        return all(word.bold for word in lettered or self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0


@dataclass(frozen=True, slots=True)
class PageLayout:
    lines: tuple[LayoutLine, ...]
    columns: int
    running: frozenset[str] = frozenset()
    """Keys (:func:`running_key`) of this page's rows that a later page may repeat as a running
    header or footer: the rows in its top and bottom bands, and on the first page its first
    RUNNING_FIRST_ROWS rows (the name and contact line)."""
    names: frozenset[str] = frozenset()
    """On the first page, the keys of its first RUNNING_FIRST_ROWS rows of two words or more:
    a later page's header may print them with more ('Name — Title  email')."""


MAX_OPEN_ROWS = 6
"""Rows a word may still join (the most recent ones): staggered columns keep two or three rows
open at once; a bound keeps a page of thousands of stacked words linear."""


def _rows(words: Sequence[RawWord]) -> list[list[RawWord]]:
    """The page's words grouped into visual rows, each left to right, rows top to bottom.

    A word joins the open row whose first word it overlaps most vertically (by half the
    smaller height or more), never a row that already holds a word where it stands: two
    words of one line never overlap horizontally. Comparing with the row's first word, not
    the union of its words, keeps a tall heading in one column from chaining two lines of
    the other into one (staggered baselines in sidebars and three-column grids)."""
    rows: list[list[RawWord]] = []
    seeds: list[tuple[float, float]] = []
    spans: list[list[tuple[float, float]]] = []  # per row, its words' x-intervals, sorted
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        height = max(word.bottom - word.top, 0.1)
        best, best_overlap = -1, 0.0
        for index in range(max(0, len(rows) - MAX_OPEN_ROWS), len(rows)):
            top, bottom = seeds[index]
            overlap = min(bottom, word.bottom) - max(top, word.top)
            if (overlap >= ROW_OVERLAP_RATIO * min(height, max(bottom - top, 0.1))
                    and overlap > best_overlap and not _collides(spans[index], word)):
                best, best_overlap = index, overlap
        if best < 0:
            rows.append([word])
            seeds.append((word.top, word.bottom))
            spans.append([(word.x0, word.x1)])
        else:
            rows[best].append(word)
            bisect.insort(spans[best], (word.x0, word.x1))
    # Rows that sit side by side without sharing any x (a title and its right-aligned dates, a
    # sidebar line beside a main-column line) are one row again, as they were printed.
    merged: list[list[RawWord]] = []
    bounds: list[tuple[float, float]] = []
    taken: list[list[tuple[float, float]]] = []  # per merged row, its words' x-intervals
    for index in sorted(range(len(rows)), key=lambda i: seeds[i][0]):
        row = rows[index]
        top, bottom = min(w.top for w in row), max(w.bottom for w in row)
        if merged:
            last_top, last_bottom = bounds[-1]
            overlap = min(bottom, last_bottom) - max(top, last_top)
            if (overlap >= ROW_OVERLAP_RATIO * max(min(bottom - top, last_bottom - last_top), 0.1)
                    and not any(_collides(taken[-1], word) for word in row)):
                merged[-1].extend(row)
                bounds[-1] = (min(top, last_top), max(bottom, last_bottom))
                taken[-1] = sorted(taken[-1] + spans[index])
                continue
        merged.append(list(row))
        bounds.append((top, bottom))
        taken.append(list(spans[index]))
    return [sorted(row, key=lambda w: w.x0) for row in merged]


ROW_COLLISION_SHARE = 0.5
"""Share of the narrower word's width two words must overlap horizontally to be on two lines
(kerned or overprinted glyphs of one line touch or overlap a little)."""


def _collides(spans: list[tuple[float, float]], word: RawWord) -> bool:
    """Whether ``word`` overlaps a word of the row horizontally (``spans`` sorted by x0)."""
    at = bisect.bisect_left(spans, (word.x0, word.x1))
    width = max(word.x1 - word.x0, 0.1)
    for x0, x1 in spans[max(0, at - 1):at + 1]:
        if min(x1, word.x1) - max(x0, word.x0) > ROW_COLLISION_SHARE * min(width, max(x1 - x0, 0.1)):
            return True
    return False


def _shares(values: Sequence[float]) -> float:
    """Share of ``values`` within tolerance of one of the two commonest values."""
    if not values:
        return 0.0
    buckets = Counter(round(v / ALIGN_TOLERANCE_PT) for v in values)
    top = [bucket for bucket, _ in buckets.most_common(2)]
    near = sum(1 for v in values if any(abs(v / ALIGN_TOLERANCE_PT - b) <= 1 for b in top))
    return near / len(values)


_aligned_share = _shares


def _side_is_column(segments: Sequence[Sequence[RawWord]], rows: int) -> bool:
    """A run of row segments reads as a column: its lines share a left edge or a centre.

    Right-aligned runs of dates beside job titles share their right edge instead, and are not
    a column. Centred sidebars (name, skills with a level) are, and so is a flush-right
    sidebar (a mirrored sidebar against the gutter): text on most of the ``rows`` of the
    page, mostly not dated, where date cells sit on one row of each entry.
    """
    if len(segments) < COLUMN_MIN_ROWS:
        return False
    starts = [seg[0].x0 for seg in segments]
    ends = [seg[-1].x1 for seg in segments]
    centres = [(seg[0].x0 + seg[-1].x1) / 2 for seg in segments]
    aligned = max(_shares(starts), _shares(centres))
    right = _shares(ends)
    if aligned >= COLUMN_MIN_LEFT_ALIGNED and aligned >= right:
        return True
    dated = sum(1 for seg in segments if _YEAR.search(" ".join(w.text for w in seg)))
    return (right >= FLUSH_RIGHT_MIN_ALIGNED and len(segments) >= FLUSH_RIGHT_MIN_ROWS
            and len(segments) >= FLUSH_RIGHT_MIN_ROW_SHARE * rows
            and dated < DATED_SHARE_OF_DATE_RUNS * len(segments))


def _split(row: Sequence[RawWord], gutter: tuple[float, float]) -> tuple[list[RawWord], list[RawWord], bool]:
    start, end = gutter
    left = [w for w in row if w.x1 <= start + 0.5]
    right = [w for w in row if w.x0 >= end - 0.5]
    crossing = len(left) + len(right) < len(row)
    return left, right, crossing


def _spans(row: Sequence[RawWord]) -> list[tuple[float, float]]:
    """The row's inked x-intervals: word boxes merged where they touch or overlap."""
    spans: list[tuple[float, float]] = []
    for word in sorted(row, key=lambda w: w.x0):
        if spans and word.x0 <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], word.x1))
        else:
            spans.append((word.x0, word.x1))
    return spans


def _coverage(rows: Sequence[Sequence[RawWord]]) -> list[tuple[float, float, int]]:
    """Piecewise-constant count of rows inked at each x: ``(start, end, rows)`` pieces.

    A sweep over span edges, so the cost grows with the number of words, not the page width.
    """
    events: list[tuple[float, int]] = []
    for row in rows:
        for start, end in _spans(row):
            events.append((start, 1))
            events.append((end, -1))
    events.sort()
    pieces: list[tuple[float, float, int]] = []
    count = 0
    previous = 0.0
    for x, delta in events:
        if x > previous:
            pieces.append((previous, x, count))
        count += delta
        previous = x
    pieces.append((previous, float("inf"), 0))
    return pieces


def _free_runs(pieces: Sequence[tuple[float, float, int]], level: int, lo: float,
               hi: float) -> list[tuple[float, float]]:
    """Maximal x-runs inside [lo, hi] crossed by at most ``level`` rows, wide enough."""
    runs: list[tuple[float, float]] = []
    run_start: float | None = None
    for start, _end, count in pieces:
        if count <= level:
            if run_start is None:
                run_start = start
            continue
        if run_start is not None:
            runs.append((run_start, start))
            run_start = None
    if run_start is not None:
        runs.append((run_start, float("inf")))
    clipped = [(max(a, lo), min(b, hi)) for a, b in runs]
    return [(a, b) for a, b in clipped if b - a >= GUTTER_MIN_WIDTH_PT]


Interval = tuple[float, float]

MAX_CROSSING_LEVELS = 16
"""Crossing rows tried at most (the share above allows ~8 on a real page of ~100 rows): each
level is a sweep over the page, and a hostile page of 9,000 rows would allow 720."""
MAX_GUTTER_CANDIDATES = 40
"""Candidate gutters checked at most per page, widest and least crossed first. A real two-column
page's gutter comes among the first few; a page of thousands of scattered words offers one
per gap, each checked against every row (45-65 s in the reader's process before this cap)."""


def _candidate_gutters(rows: Sequence[Sequence[RawWord]], extent: Interval) -> list[tuple[float, float]]:
    """Empty vertical strips: those no row crosses first, then those one row crosses, and so
    on up to the allowed share of crossing rows; widest first within each level. A strip is
    only as wide as its level allows, so a header line crossing it cannot widen it."""
    pieces = _coverage(rows)
    margin = (extent[1] - extent[0]) * GUTTER_SEARCH_MARGIN
    lo, hi = extent[0] + margin, extent[1] - margin
    allowed = min(MAX_CROSSING_LEVELS, max(1, int(GUTTER_MAX_CROSSING_SHARE * len(rows))))
    out: list[tuple[float, float]] = []
    for level in range(allowed + 1):
        runs = sorted(_free_runs(pieces, level, lo, hi), key=lambda r: r[0] - r[1])
        out.extend(run for run in runs if run not in out)
        if len(out) >= MAX_GUTTER_CANDIDATES:
            break
    return out[:MAX_GUTTER_CANDIDATES]


def _inked(text: str) -> int:
    return sum(ch.isalnum() for ch in text)


def find_gutter(rows: Sequence[Sequence[RawWord]], width: float, *,
                start: float = 0.0) -> tuple[float, float] | None:
    """The vertical strip separating two text columns of the rows between ``start`` and
    ``width`` (a page, or one column of it), or None when they form a single column."""
    total_chars = sum(len(w.text) for row in rows for w in row)
    if total_chars == 0 or len(rows) < 2 * COLUMN_MIN_ROWS:
        return None
    for gutter in _candidate_gutters(rows, (start, width)):
        lefts, rights = [], []
        for row in rows:
            left, right, crossing = _split(row, gutter)
            if crossing:
                continue
            if left:
                lefts.append(left)
            if right:
                rights.append(right)
        # Letters and digits only: a strip of rating dots ('●●●●○') beside skill names is no
        # column of text.
        left_chars = sum(_inked(w.text) for seg in lefts for w in seg)
        right_chars = sum(_inked(w.text) for seg in rights for w in seg)
        if min(left_chars, right_chars) < COLUMN_MIN_CHAR_SHARE * total_chars:
            continue
        if (_side_is_column(lefts, len(rows)) and _side_is_column(rights, len(rows))
                and not _entry_cells(rows, gutter) and _meta_bands(rows, gutter) is None):
            return gutter
    return None


LOCAL_MAX_ROW_GAPS = 8
"""Rows with more wide gaps than this take no part in local grid detection."""
LOCAL_MAX_ZONE_ROWS = 80
"""A local grid zone grows to at most this many rows (bounds the search on hostile pages)."""
LOCAL_MAX_INTERSECTIONS = 4000
"""Row-gap intersections per column before the grid search stops (the rest is read as plain
rows). A real column needs a few hundred; scattered words would need rows x zone rows."""
GRID_MAX_DEPTH = 2
"""Times a side of a local grid is split again (a grid of up to four columns)."""
GRID_MAX_COLUMNS = 4
"""Columns a grid of lists may have (bounds its rows' length and the heading row's parts)."""
_NOT_A_LIST_ROW = re.compile(rf"(?:19|20)\d\d|[{BULLET_GLYPHS}]\s|[.!?]\s*$")
"""A year, a bullet or a sentence's end: a row of a table of roles, not of a list."""
GRID_LIST_SHARE = 0.75
"""Share (0..1) of a grid's rows that must be rows of list items for a grid of lists."""
GRID_ITEM_MAX_WORDS = 3
"""Words of one list item in a grid of lists ('English (native)', 'Go-to-market')."""
LOCAL_MIN_ROWS = 2
"""A side-by-side grid inside one column (two jobs next to each other) needs this many rows."""
LOCAL_MIN_CHAR_SHARE = 0.15
"""Each side of a local grid holds at least this share of the grid's characters (0..1)."""



def _free(row: Sequence[RawWord], lo: float, hi: float) -> list[Interval]:
    """Horizontal gaps of a row within [lo, hi] wide enough to be a gutter."""
    gaps: list[Interval] = []
    edge = lo
    for word in row:
        if word.x0 - edge >= GUTTER_MIN_WIDTH_PT:
            gaps.append((edge, min(word.x0, hi)))
        edge = max(edge, word.x1)
    if hi - edge >= GUTTER_MIN_WIDTH_PT:
        gaps.append((edge, hi))
    wide = [(a, b) for a, b in gaps if b - a >= GUTTER_MIN_WIDTH_PT]
    # A row with many wide gaps is a table or scattered words, never two text columns; it
    # would also make the zone search cost gaps^2 per row (a hostile-PDF finding).
    return wide if len(wide) <= LOCAL_MAX_ROW_GAPS else []


def _intersect(first: Sequence[Interval], second: Sequence[Interval]) -> list[Interval]:
    out = []
    for a0, a1 in first:
        for b0, b1 in second:
            start, end = max(a0, b0), min(a1, b1)
            if end - start >= GUTTER_MIN_WIDTH_PT:
                out.append((start, end))
    return out


def _mode_share(values: Sequence[float]) -> float:
    buckets = Counter(round(v / ALIGN_TOLERANCE_PT) for v in values)
    return buckets.most_common(1)[0][1] / len(values) if values else 0.0


def _row_text(row: Sequence[RawWord]) -> str:
    """The row as cleaned text (ligatures lost as NUL repaired, icons dropped)."""
    return " ".join(text for word in row if (text := clean_word(word.text, icon_font=word.icon_font)))


def _is_heading_row(row: Sequence[RawWord]) -> bool:
    # Cheap bounds first: headings are a few short words (icons may add a glyph or two).
    if len(row) > 2 * MAX_HEADING_WORDS or sum(len(w.text) for w in row) > 2 * MAX_HEADING_CHARS:
        return False
    return heading_kind(_row_text(row)) is not None


def _leading_cell(row: list[RawWord]) -> tuple[list[RawWord], list[RawWord]] | None:
    """The words before the row's first gap of gutter width, and the rest; None without one."""
    for index in range(1, len(row)):
        if row[index].x0 - row[index - 1].x1 >= GUTTER_MIN_WIDTH_PT:
            return row[:index], row[index:]
    return None


def _split_leading_heading(row: list[RawWord],
                           cell: tuple[list[RawWord], list[RawWord]] | None) -> list[list[RawWord]]:
    """A heading set in a left margin beside its first content line becomes its own row.

    ("Experience    Creative Solutions Inc.    2019 to Present"): the words before the first
    gap of gutter width (``cell``, :func:`_leading_cell`) form a known heading, and the rest is
    the section's first line.
    """
    return [cell[0], cell[1]] if cell is not None and _is_heading_row(cell[0]) else [row]


_CONTINUING_WORDS = frozenset({"&", "and", "of", "/", "+", "-", "–"})
"""Words a wrapped heading's second line may start with."""
MARGIN_ALIGN_PT = 3.0
"""How far apart (points) the left edges, right edges or centres of two stacked margin cells
may be (margin headings are set flush left, flush right or centred)."""


def _aligned(upper: Sequence[RawWord], lower: Sequence[RawWord]) -> bool:
    a0, a1, b0, b1 = upper[0].x0, upper[-1].x1, lower[0].x0, lower[-1].x1
    return min(abs(a0 - b0), abs(a1 - b1), abs((a0 + a1) - (b0 + b1)) / 2) <= MARGIN_ALIGN_PT


def _split_margin_headings(rows: list[list[RawWord]]) -> list[list[RawWord]]:
    """Every row's margin heading split off (:func:`_split_leading_heading`), and a heading
    the margin's width wrapped over two rows put back together ('Professional' / 'Experience',
    'Education' / '& Training', each beside a content line): its two cells become one heading
    row before both content lines."""
    out: list[list[RawWord]] = []
    cells = [_leading_cell(row) for row in rows]
    index = 0
    while index < len(rows):
        row = rows[index]
        if index + 1 < len(rows):
            first, second = cells[index], cells[index + 1]
            if (first is not None and second is not None
                    and _aligned(first[0], second[0])
                    # Set tight, as a wrapped line is: not two headings a section apart.
                    and second[0][0].top - first[0][0].bottom <= first[0][0].bottom - first[0][0].top
                    # A heading of its own stays one, unless the next cell continues it
                    # ('Education' / '& Training'; not 'Profile' / 'Professional', whose
                    # heading goes on below).
                    and (not _is_heading_row(first[0])
                         or second[0][0].text.lower() in _CONTINUING_WORDS)
                    and _is_heading_row(first[0] + second[0])):
                out += [first[0] + second[0], first[1], second[1]]
                index += 2
                continue
        out += _split_leading_heading(row, cells[index])
        index += 1
    return out


PAGE_FURNITURE_BAND = 0.08
"""Top and bottom share of the page height (0..1) where running headers/footers sit."""
_PAGE_NUMBER = re.compile(r"(?:^|\s)(?:page\s*)?(\d{1,2})(?:\s*(?:/|of)\s*\d{1,2})?$", re.IGNORECASE)


RUNNING_FIRST_ROWS = 2
"""Rows at the top of the first page (the name, the contact line) that later pages repeat as a
running header."""
MIN_RUNNING_KEY_LETTERS = 4
"""Letters a row needs before it can count as a repeated running header (not a lone 'CV')."""
_NOT_KEY = re.compile(r"[^a-z]+")


def running_key(text: str) -> str:
    """What a running header or footer keeps from page to page: its letters (page numbers and
    separators change or vary)."""
    return _NOT_KEY.sub(" ", text.lower()).strip()


def _holds_a_name(key: str, row: Sequence[RawWord], page: RawPage, names: frozenset[str]) -> bool:
    """A row in the top band of a later page that prints the first page's name line (with a
    title or an address beside it): a running header."""
    return (page.number > 1 and min(w.top for w in row) <= PAGE_FURNITURE_BAND * page.height
            and any(f" {name} " in f" {key} " for name in names))


def _in_band(row: Sequence[RawWord], page: RawPage) -> bool:
    band = PAGE_FURNITURE_BAND * page.height
    return min(w.top for w in row) <= band or max(w.bottom for w in row) >= page.height - band


def _is_page_furniture(row: Sequence[RawWord], page: RawPage) -> bool:
    """A running footer or header: a page counter ("John Doe – 1/2", "Page 2 of 3") in the
    top or bottom band of the page, numbered as this page."""
    if not _in_band(row, page):
        return False
    match = _PAGE_NUMBER.search(_row_text(row))
    return match is not None and int(match.group(1)) == page.number and (
        "/" in match.group(0) or "of" in match.group(0).lower()
        or "page" in match.group(0).lower() or len(row) == 1)


def _valid_grid(rows: Sequence[Sequence[RawWord]], gutter: Interval) -> bool:
    lefts, rights = [], []
    for row in rows:
        left, right, _ = _split(row, gutter)
        if left:
            lefts.append(left)
        if right:
            rights.append(right)
    if len(lefts) < LOCAL_MIN_ROWS or len(rights) < LOCAL_MIN_ROWS:
        return False
    left_chars = sum(len(w.text) for seg in lefts for w in seg)
    right_chars = sum(len(w.text) for seg in rights for w in seg)
    if (min(left_chars, right_chars) < LOCAL_MIN_CHAR_SHARE * (left_chars + right_chars)
            or _entry_cells(rows, gutter)):
        return False
    right_starts = _mode_share([seg[0].x0 for seg in rights])
    # Right-aligned dates or places beside a job title share their right edge: not a column.
    return (_mode_share([seg[0].x0 for seg in lefts]) >= COLUMN_MIN_LEFT_ALIGNED
            and right_starts >= COLUMN_MIN_LEFT_ALIGNED
            and right_starts > _mode_share([seg[-1].x1 for seg in rights]))


def _entry_cells(rows: Sequence[Sequence[RawWord]], gutter: Interval) -> bool:
    """The right side holds only the cells of entry headers: date ranges and places set beside a
    title or employer, left-aligned in a grid cell ('May 2021 – Present' /
    'Denver, CO' beside 'Brightloop' / 'Senior Product Manager', the bullets below running
    under the left side only). Read row by row, each cell stays with its entry."""
    beside = alone = dated = 0
    for row in rows:
        left, right, crossing = _split(row, gutter)
        if crossing:
            continue
        if right:
            if not left or len(right) > ENTRY_CELL_MAX_WORDS:
                return False
            beside += 1
            dated += bool(find_ranges(" ".join(w.text for w in right), today=NO_CUTOFF))
        elif left:
            alone += 1
    # The left side runs on alone (bullets, a description); two grids of short dated cells
    # side by side (two degrees next to each other) are a real grid.
    return beside > 0 and alone > 0 and dated >= DATED_SHARE_OF_DATE_RUNS * beside


def _meta_bands(rows: Sequence[Sequence[RawWord]], gutter: Interval) -> list[list[Sequence[RawWord]]] | None:
    """The zone cut into one band per entry when its left side is a meta column: cells of a
    few short lines (employer, city, dates) set apart by space, each beside the first line of an
    entry on the right (its title, not a bullet), at least DATED_SHARE_OF_DATE_RUNS of them
    with a date range. Read band by band, each entry's meta cell stays with its title and
    bullets; None for any other grid (read side by side, as a whole)."""
    starts: list[int] = []  # row index of each left cell's first line
    previous_bottom: float | None = None
    for index, row in enumerate(rows):
        left, right, crossing = _split(row, gutter)
        if not left or crossing or not (starts or right):
            # A row with nothing on the left (or across both sides) ends a cell; rows before
            # the first entry (a name, a heading) are no cell.
            previous_bottom = None
            continue
        if len(left) > META_CELL_MAX_WORDS or BULLET_START.match(left[0].text):
            return None  # a meta cell holds short lines, no bullets: this is a text column
        top = min(w.top for w in left)
        height = max(w.bottom for w in left) - top
        if previous_bottom is None or top - previous_bottom > META_CELL_GAP_RATIO * max(height, 1.0):
            if not right or BULLET_START.match(right[0].text):
                return None  # a cell beside nothing, or beside a bullet: no entry header
            starts.append(index)
        elif index - starts[-1] >= META_CELL_MAX_LINES:
            return None
        previous_bottom = max(w.bottom for w in left)
    if len(starts) < META_MIN_CELLS:
        return None
    bounds = [*starts, len(rows)]
    cells = [" ".join(w.text for row in rows[a:b] for w in _split(row, gutter)[0])
             for a, b in itertools.pairwise(bounds)]
    dated = sum(bool(find_ranges(cell, today=NO_CUTOFF)) for cell in cells)
    if dated < DATED_SHARE_OF_DATE_RUNS * len(cells):
        return None
    head = [list(rows[:starts[0]])] if starts[0] else []
    return [*head, *(list(rows[a:b]) for a, b in itertools.pairwise(bounds))]


def _local_blocks(rows: Sequence[Sequence[RawWord]], *,
                  depth: int = 0) -> list[list[list[RawWord]]]:
    """Split one column's rows into blocks, reading local side-by-side grids column-wise.

    A grid of three or more columns splits at its widest gap, then each side is read the
    same way again (up to GRID_MAX_DEPTH times); a row of headings right above a grid, one
    over each column ('PRODUCT  TOOLS  LANGUAGES'), is split with it, each heading read
    before its column."""
    if not rows:
        return []
    lo = min(w.x0 for row in rows for w in row)
    hi = max(w.x1 for row in rows for w in row)
    margin = (hi - lo) * GUTTER_SEARCH_MARGIN
    heading = [_is_heading_row(row) for row in rows]
    gaps = [[] if head else _free(row, lo + margin, hi - margin)
            for row, head in zip(rows, heading, strict=True)]
    blocks: list[list[list[RawWord]]] = [[]]
    index = 0
    budget = LOCAL_MAX_INTERSECTIONS
    while index < len(rows):
        free = gaps[index] if budget > 0 else []
        end = index + 1
        while free and end < len(rows) and not heading[end] and end - index < LOCAL_MAX_ZONE_ROWS:
            budget -= 1
            narrowed = _intersect(free, gaps[end])
            if not narrowed:
                break
            free, end = narrowed, end + 1
        zone = rows[index:end]
        # The widest common gap may be a margin with words on one side only (a margin
        # heading's lane beside cards): try the gaps from the widest down.
        gutter = next((gap for gap in sorted(free, key=lambda gap: gap[0] - gap[1])
                       if _valid_grid(zone, gap)), None) if end - index >= LOCAL_MIN_ROWS else None
        if gutter is not None:
            # Only a grid of lists (skills, tools, languages: short items, no dates) is read
            # column by column all the way down; a table of roles keeps its rows together.
            lists = _list_grid(zone)
            taken, head = _heading_row_above(blocks[-1])
            if head is not None and ((lists and index > 0 and heading[index - 1]
                                      and _heads_columns(head, gutter))
                                     or _heads_columns(head, gutter, named=True)):
                del blocks[-1][-taken:]  # the headings row goes with its columns
                zone = [head, *zone]
            for band in _meta_bands(zone, gutter) or [list(zone)]:
                splits = [_split(row, gutter) for row in band]
                for side in ([left for left, _, _ in splits if left],
                             [right for _, right, _ in splits if right]):
                    blocks.extend(_local_blocks(side, depth=depth + 1)
                                  if lists and depth < GRID_MAX_DEPTH else [side])
            blocks.append([])
            index = end
        else:
            blocks[-1].append(list(rows[index]))
            index += 1
    return [block for block in blocks if block]


def _list_grid(rows: Sequence[Sequence[RawWord]]) -> bool:
    """The grid's cells are list items: most rows (GRID_LIST_SHARE) hold a few short items,
    no year, no bullet and no sentence end (a table of roles has all three; a line above the
    grid may join its zone)."""
    listed = sum(1 for row in rows if len(row) <= GRID_ITEM_MAX_WORDS * GRID_MAX_COLUMNS
                 and not _NOT_A_LIST_ROW.search(_row_text(row)))
    return listed >= GRID_LIST_SHARE * len(rows)


def _heading_row_above(rows: Sequence[Sequence[RawWord]]) -> tuple[int, list[RawWord] | None]:
    """The last row of ``rows``, joined with the rows before it on the same line (a margin
    heading split off it: 'SKILLS' | 'EDUCATION'), and how many rows it takes."""
    if not rows or not rows[-1]:
        return 0, None
    top = min(w.top for w in rows[-1])
    taken = 1
    while (taken < min(len(rows), GRID_MAX_COLUMNS) and rows[-taken - 1]
           and abs(min(w.top for w in rows[-taken - 1]) - top) <= LINE_Y_TOLERANCE_PT):
        taken += 1
    return taken, sorted((w for row in rows[-taken:] for w in row), key=lambda w: w.x0)


def _heads_columns(row: Sequence[RawWord], gutter: Interval, *, named: bool = False) -> bool:
    """A row of headings set over a grid's columns: words on both sides of its gutter, none
    across it; with ``named``, each side a section heading of the vocabulary ('EDUCATION' over
    one column, 'SKILLS' over the other: two sections side by side, whatever they hold)."""
    left, right, crossing = _split(row, gutter)
    return bool(left) and bool(right) and not crossing and (not named or all(
        heading_kind(_row_text(side)) is not None for side in (left, right)))


def _emit(rows: Sequence[Sequence[RawWord]], block: int, out: list[LayoutLine]) -> None:
    previous_bottom: float | None = None
    for row in rejoin_stacked_dates(rows):
        if not row:
            continue
        top = min(w.top for w in row)
        gap = -1.0 if previous_bottom is None else top - previous_bottom
        out.append(LayoutLine(words=tuple(row), block=block, gap_above=gap))
        previous_bottom = max(w.bottom for w in row)


def _column_zones(rows: Sequence[list[RawWord]], gutter: Interval) -> list[list[list[RawWord]]]:
    """Cut the page into zones: full-width rows, or a left and a right column of rows.

    A column zone whose first rows hold text on one side only, among them the page's largest
    type (the name atop a sidebar layout), starts with those rows as a band of their own: the
    header is read first even when the sidebar beside it starts lower.
    """
    largest = max((w.size for row in rows for w in row if _named(w)), default=0.0)
    # Each zone is (full rows, [], []) or ([], left rows, right rows).
    zones: list[tuple[list[list[RawWord]], list[list[RawWord]], list[list[RawWord]]]] = []
    zone_kind: bool | None = None
    for row in rows:
        left, right, crossing = _split(row, gutter)
        if crossing is not zone_kind:
            zones.append(([], [], []))
            zone_kind = crossing
        if crossing:
            zones[-1][0].append(list(row))
            continue
        if left:
            zones[-1][1].append(left)
        if right:
            zones[-1][2].append(right)
    out: list[list[list[RawWord]]] = []
    for full, lefts, rights in zones:
        if full:
            out.append(full)
            continue
        out.extend(part for part in _leading_band(lefts, rights, largest) if part)
    return out


MONOGRAM_MAX_CHARS = 3
"""Words this short in the page's largest type are a monogram ('LO'), not the name."""


def _named(word: RawWord) -> bool:
    """Whether ``word`` may be part of the name line: longer than a monogram's initials."""
    return len(word.text.strip(".")) > MONOGRAM_MAX_CHARS


def _leading_band(left: list[list[RawWord]], right: list[list[RawWord]],
                  largest: float) -> tuple[list[list[RawWord]], list[list[RawWord]], list[list[RawWord]]]:
    if not left or not right:
        return [], left, right
    left_top = min(w.top for w in left[0])
    right_top = min(w.top for w in right[0])
    early, late = (right, left) if right_top < left_top else (left, right)
    late_top = max(left_top, right_top)
    count = 0
    while count < len(early) and max(w.bottom for w in early[count]) <= late_top:
        count += 1
    band = early[:count]
    if band and any(_named(w) and w.size >= largest for row in band for w in row):
        rest = early[count:]
        return (band, rest, late) if early is left else (band, late, rest)
    # Both columns start at the top: the name still comes first when it opens one column,
    # with the lines under it up to that column's first heading (title, contact).
    for side, other in ((left, right), (right, left)):
        intro = list(itertools.takewhile(lambda row: not _is_heading_row(row), side))
        if intro and intro[0] and any(_named(w) and w.size >= largest for w in intro[0]):
            rest = side[len(intro):]
            return (intro, rest, other) if side is left else (intro, other, rest)
    return [], left, right


MAX_LAYOUT_ROWS = 400
"""Rows of a page above which columns and grids are not searched. A dense resume page holds
about 80 rows; the column and grid searches grow with rows times gaps, and a hostile page of
9,000 scattered one-letter rows kept the reader's process busy for 45-65 s (outside the
parser's resource limits)."""


MAX_BANNER_ROWS = 12
"""Rows a header band (name, title, contact, a summary) above the columns may take."""


def _banner_ends(rows: Sequence[Sequence[RawWord]]) -> list[int]:
    """Where a header band may end: the rows within the first MAX_BANNER_ROWS that hold two
    columns' headings side by side ('EXPERIENCE      SKILLS')."""
    # Cheap first: the row must open and close with a heading, with a gutter-wide gap between.
    return [index for index, row in enumerate(rows[:MAX_BANNER_ROWS + 1])
            if index and len(row) >= 2
            and any(b.x0 - a.x1 >= GUTTER_MIN_WIDTH_PT for a, b in itertools.pairwise(row))
            and any(_is_heading_row(row[:count]) for count in (1, 2))
            and any(_is_heading_row(row[-count:]) for count in (1, 2))]


def _gutter_below_banner(rows: Sequence[Sequence[RawWord]], banner: int,
                         width: float) -> Interval | None:
    """The gutter of two text columns below a header band (rows ``:banner``, which may cross
    it): the columns open side by side with a heading each, no row below crosses it, and
    neither side is a column of dates (right-aligned date cells, a meta or timeline column),
    which the page-wide search keeps as they are."""
    gutter = find_gutter(rows[banner:], width)
    if gutter is None:
        return None
    splits = [_split(row, gutter) for row in rows]
    left, right, _ = splits[banner]
    # The columns open side by side, each with its heading ('EXPERIENCE' | 'SKILLS').
    if (not left or not right or not _is_heading_row(left) or not _is_heading_row(right)
            or any(crossing for _, _, crossing in splits[banner:])):
        return None
    lefts = [left for left, _, _ in splits[banner:] if left]
    rights = [right for _, right, _ in splits[banner:] if right]
    for segments in (lefts, rights):
        dated = sum(len(seg) <= ENTRY_CELL_MAX_WORDS
                    and _YEAR.search(" ".join(w.text for w in seg)) is not None for seg in segments)
        if dated >= DATED_SHARE_OF_DATE_RUNS * len(segments):
            return None
    return gutter


def _on_page(page: RawPage) -> list[RawWord]:
    """The page's words inside its box (off-page words are invisible)."""
    return [w for w in page.words if w.text.strip() and w.x1 >= 0 and w.x0 <= page.width
            and w.bottom >= 0 and w.top <= page.height]


def _keyable(keys: Iterable[str]) -> frozenset[str]:
    """The running keys long enough to count as a repeated header or footer."""
    return frozenset(key for key in keys if len(key.replace(" ", "")) >= MIN_RUNNING_KEY_LETTERS)


def band_keys(page: RawPage) -> frozenset[str]:
    """Keys (:func:`running_key`) of the rows in the page's top and bottom bands: what a
    running header or footer on another page would repeat."""
    on_page = _on_page(page)
    if len(on_page) > MAX_BAND_KEY_WORDS:
        return frozenset()  # no resume page; bounded time
    return _keyable(running_key(_row_text(row)) for row in _rows(on_page) if _in_band(row, page))


MAX_BAND_KEY_WORDS = 5000
"""Words of a page beyond which its bands are not keyed (hostile pages)."""


def order_page(page: RawPage, *, running: frozenset[str] = frozenset(),
               names: frozenset[str] = frozenset()) -> PageLayout:
    """The page's lines in reading order, each tagged with its block number.

    Page counters in the top or bottom band ("John Doe – 1/2") are dropped, and so are rows in
    those bands that repeat an earlier page's running rows (``running``, see
    :attr:`PageLayout.running`): the name and contact line printed again atop page 2; and,
    after the first page, a row in the top band that holds the first page's name line with
    more words (``names``: 'Jane Roe — Senior Product Manager  jane@example.com').
    """
    on_page = _on_page(page)
    rows = [row for row in _rows(on_page) if not _is_page_furniture(row, page)]
    # Only rows in the bands (and page 1's first rows) can be running rows: key those alone.
    banded = [_in_band(row, page) for row in rows]
    keys = {index: running_key(_row_text(row)) for index, row in enumerate(rows)
            if banded[index] or (page.number == 1 and index < RUNNING_FIRST_ROWS)}
    mine = _keyable(keys.values())
    first = frozenset(key for index, key in keys.items()
                      if page.number == 1 and index < RUNNING_FIRST_ROWS and " " in key
                      and len(key.replace(" ", "")) >= MIN_RUNNING_KEY_LETTERS)
    if running or names:
        rows = [row for index, row in enumerate(rows)
                if not (banded[index] and (keys[index] in running
                                           or _holds_a_name(keys[index], row, page, names)))]
    lines: list[LayoutLine] = []
    if len(rows) > MAX_LAYOUT_ROWS:  # no resume page: read it top to bottom, in bounded time
        _emit(rows, 0, lines)
        return PageLayout(lines=tuple(lines), columns=1, running=mine, names=first)
    gutter = find_gutter(rows, page.width)
    if gutter is None:
        # A centred header (name, title, contact, a summary box) crosses the gutter of the
        # columns below it on many rows; look for the gutter below it.
        gutter = next((found for banner in _banner_ends(rows)
                       if (found := _gutter_below_banner(rows, banner, page.width)) is not None),
                      None)
    columns = [[list(row) for row in rows]] if gutter is None else _column_zones(rows, gutter)
    gutters = 0 if gutter is None else 1
    if gutter is not None:
        # A column may hold columns of its own (three-column grids): look once more inside
        # each zone, within its own edges.
        split_again: list[list[list[RawWord]]] = []
        for zone in columns:
            inner = find_gutter(zone, max(w.x1 for row in zone for w in row),
                                start=min(w.x0 for row in zone for w in row))
            split_again.extend([zone] if inner is None else _column_zones(zone, inner))
            gutters += inner is not None
        columns = split_again
    number = 0
    for column in columns:
        split = _split_margin_headings(column)
        for block_rows in _local_blocks(split):
            _emit(block_rows, number, lines)
            number += 1
    return PageLayout(lines=tuple(lines), columns=1 + gutters, running=mine, names=first)
