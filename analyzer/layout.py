"""Reading order from word positions: rows, column gutters, header bands.

Pure geometry on :class:`~analyzer.pdf_reader.RawWord` boxes, no PDF library. A page is cut
into horizontal *zones*: rows that cross the column gutter (a header band with the name and
contact line, a full-width footer) are full-width zones; runs of rows between them are column
zones, emitted left column first, then right. A sidebar is a column like any other, so its
lines stay together instead of interleaving with the main column line by line.

A gap between words is only a gutter when both sides hold real, left-aligned text: a column of
right-aligned dates next to job titles (a common single-column layout) is not a column.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from analyzer.pdf_reader import RawPage, RawWord
from analyzer.sections import heading_kind

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
        return all(word.bold for word in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0


@dataclass(frozen=True, slots=True)
class PageLayout:
    lines: tuple[LayoutLine, ...]
    columns: int


def _rows(words: Sequence[RawWord]) -> list[list[RawWord]]:
    rows: list[list[RawWord]] = []
    bounds: list[tuple[float, float]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        height = max(word.bottom - word.top, 0.1)
        if bounds:
            top, bottom = bounds[-1]
            overlap = min(bottom, word.bottom) - max(top, word.top)
            if overlap >= ROW_OVERLAP_RATIO * min(height, bottom - top):
                rows[-1].append(word)
                bounds[-1] = (min(top, word.top), max(bottom, word.bottom))
                continue
        rows.append([word])
        bounds.append((word.top, word.bottom))
    return [sorted(row, key=lambda w: w.x0) for row in rows]


def _aligned_share(values: Sequence[float]) -> float:
    """Share of ``values`` within tolerance of one of the two commonest values."""
    if not values:
        return 0.0
    buckets = Counter(round(v / ALIGN_TOLERANCE_PT) for v in values)
    top = [bucket for bucket, _ in buckets.most_common(2)]
    near = sum(1 for v in values if any(abs(v / ALIGN_TOLERANCE_PT - b) <= 1 for b in top))
    return near / len(values)


def _side_is_column(segments: Sequence[Sequence[RawWord]]) -> bool:
    if len(segments) < COLUMN_MIN_ROWS:
        return False
    starts = [seg[0].x0 for seg in segments]
    ends = [seg[-1].x1 for seg in segments]
    left_aligned = _aligned_share(starts)
    # Right-aligned runs (dates, locations) share their right edge, not their left one.
    return left_aligned >= COLUMN_MIN_LEFT_ALIGNED and left_aligned >= _aligned_share(ends)


def _split(row: Sequence[RawWord], gutter: tuple[float, float]) -> tuple[list[RawWord], list[RawWord], bool]:
    start, end = gutter
    left = [w for w in row if w.x1 <= start + 0.5]
    right = [w for w in row if w.x0 >= end - 0.5]
    crossing = len(left) + len(right) < len(row)
    return left, right, crossing


def _candidate_gutters(rows: Sequence[Sequence[RawWord]], width: float) -> list[tuple[float, float]]:
    bins = int(width) + 1
    coverage = [0] * bins
    for row in rows:
        covered = bytearray(bins)
        for word in row:
            for x in range(max(0, int(word.x0)), min(bins, int(word.x1) + 1)):
                covered[x] = 1
        for x, flag in enumerate(covered):
            coverage[x] += flag
    allowed = max(1, int(GUTTER_MAX_CROSSING_SHARE * len(rows)))
    lo, hi = int(width * GUTTER_SEARCH_MARGIN), int(width * (1 - GUTTER_SEARCH_MARGIN))
    runs: list[tuple[float, float]] = []
    run_start: int | None = None
    for x in range(lo, hi + 1):
        free = x < bins and coverage[x] <= allowed
        if free and run_start is None:
            run_start = x
        elif not free and run_start is not None:
            if x - run_start >= GUTTER_MIN_WIDTH_PT:
                runs.append((float(run_start), float(x)))
            run_start = None
    if run_start is not None and hi + 1 - run_start >= GUTTER_MIN_WIDTH_PT:
        runs.append((float(run_start), float(hi + 1)))
    return sorted(runs, key=lambda r: r[0] - r[1])  # widest first


def find_gutter(rows: Sequence[Sequence[RawWord]], width: float) -> tuple[float, float] | None:
    """The vertical strip separating two text columns, or None for a single-column page."""
    total_chars = sum(len(w.text) for row in rows for w in row)
    if total_chars == 0 or len(rows) < 2 * COLUMN_MIN_ROWS:
        return None
    for gutter in _candidate_gutters(rows, width):
        lefts, rights = [], []
        for row in rows:
            left, right, crossing = _split(row, gutter)
            if crossing:
                continue
            if left:
                lefts.append(left)
            if right:
                rights.append(right)
        left_chars = sum(len(w.text) for seg in lefts for w in seg)
        right_chars = sum(len(w.text) for seg in rights for w in seg)
        if min(left_chars, right_chars) < COLUMN_MIN_CHAR_SHARE * total_chars:
            continue
        if _side_is_column(lefts) and _side_is_column(rights):
            return gutter
    return None


LOCAL_MIN_ROWS = 2
"""A side-by-side grid inside one column (two jobs next to each other) needs this many rows."""
LOCAL_MIN_CHAR_SHARE = 0.15
"""Each side of a local grid holds at least this share of the grid's characters (0..1)."""

Interval = tuple[float, float]


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
    return [(a, b) for a, b in gaps if b - a >= GUTTER_MIN_WIDTH_PT]


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


def _is_heading_row(row: Sequence[RawWord]) -> bool:
    return heading_kind(" ".join(word.text for word in row)) is not None


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
    if min(left_chars, right_chars) < LOCAL_MIN_CHAR_SHARE * (left_chars + right_chars):
        return False
    right_starts = _mode_share([seg[0].x0 for seg in rights])
    # Right-aligned dates or places beside a job title share their right edge: not a column.
    return (_mode_share([seg[0].x0 for seg in lefts]) >= COLUMN_MIN_LEFT_ALIGNED
            and right_starts >= COLUMN_MIN_LEFT_ALIGNED
            and right_starts > _mode_share([seg[-1].x1 for seg in rights]))


def _local_blocks(rows: Sequence[Sequence[RawWord]]) -> list[list[list[RawWord]]]:
    """Split one column's rows into blocks, reading local side-by-side grids column-wise."""
    if not rows:
        return []
    lo = min(w.x0 for row in rows for w in row)
    hi = max(w.x1 for row in rows for w in row)
    margin = (hi - lo) * GUTTER_SEARCH_MARGIN
    blocks: list[list[list[RawWord]]] = [[]]
    index = 0
    while index < len(rows):
        free = [] if _is_heading_row(rows[index]) else _free(rows[index], lo + margin, hi - margin)
        end = index + 1
        while free and end < len(rows) and not _is_heading_row(rows[end]):
            narrowed = _intersect(free, _free(rows[end], lo + margin, hi - margin))
            if not narrowed:
                break
            free, end = narrowed, end + 1
        zone = rows[index:end]
        gutter = max(free, key=lambda gap: gap[1] - gap[0]) if free else None
        if gutter is not None and end - index >= LOCAL_MIN_ROWS and _valid_grid(zone, gutter):
            splits = [_split(row, gutter) for row in zone]
            blocks.append([left for left, _, _ in splits if left])
            blocks.append([right for _, right, _ in splits if right])
            blocks.append([])
            index = end
        else:
            blocks[-1].append(list(rows[index]))
            index += 1
    return [block for block in blocks if block]


def _emit(rows: Sequence[Sequence[RawWord]], block: int, out: list[LayoutLine]) -> None:
    previous_bottom: float | None = None
    for row in rows:
        if not row:
            continue
        top = min(w.top for w in row)
        gap = -1.0 if previous_bottom is None else top - previous_bottom
        out.append(LayoutLine(words=tuple(row), block=block, gap_above=gap))
        previous_bottom = max(w.bottom for w in row)


def order_page(page: RawPage) -> PageLayout:
    """The page's lines in reading order, each tagged with its block number."""
    rows = _rows([w for w in page.words if w.text.strip()])
    gutter = find_gutter(rows, page.width)
    columns: list[list[list[RawWord]]] = []
    if gutter is None:
        columns.append([list(row) for row in rows])
    else:
        # Each zone is [full-width rows] or [left rows, right rows].
        zone_kind: str | None = None
        for row in rows:
            left, right, crossing = _split(row, gutter)
            kind = "full" if crossing else "columns"
            if kind != zone_kind:
                columns.extend([[]] if crossing else [[], []])
                zone_kind = kind
            if crossing:
                columns[-1].append(list(row))
                continue
            if left:
                columns[-2].append(left)
            if right:
                columns[-1].append(right)
    lines: list[LayoutLine] = []
    number = 0
    for column in columns:
        for block_rows in _local_blocks(column):
            _emit(block_rows, number, lines)
            number += 1
    return PageLayout(lines=tuple(lines), columns=1 if gutter is None else 2)
