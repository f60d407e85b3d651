"""Which way text runs on a page, and turning boxes so that it reads left to right.

Contract: pure geometry over boxes ``(x0, x1, top, bottom)`` in points, origin top-left, y
down (pdfplumber's convention). A *turn* is a quarter turn counter-clockwise of the text's
baseline from the page's x axis: 0 upright, 1 reading bottom to top, 2 upside down, 3 reading
top to bottom. :func:`turn_box` maps a box into the frame where text of that turn is upright;
:func:`unturn_box` maps it back. :func:`pieces_of` and :func:`beside_upright` place text turned
across an upright page (side labels). No PDF library is imported here.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from typing import Any

QUARTER_TURNS = 4
"""Directions text can run in (0-3 quarter turns); other angles round to the nearest."""

Box = tuple[float, float, float, float]
"""(x0, x1, top, bottom) in points, origin top-left."""
TURNED_PIECE_GAP_EM = 1.5
"""In text turned across the page, a gap wider than this many ems between two words ends a
piece of text (a word space is about a quarter em; letter-spaced labels stay under one)."""
MAX_ALIGNED_PIECES = 200
"""Pieces of turned text per page that are aligned with the upright line beside them."""


def text_turn(matrix: Sequence[float] | None) -> int:
    """The quarter turns (0-3) of a glyph's baseline, from its text matrix (a, b, c, d, e, f).

    A missing, short or non-finite matrix counts as upright: such a glyph is read as before.
    """
    if matrix is None or len(matrix) < 2:
        return 0
    a, b = float(matrix[0]), float(matrix[1])
    if b == 0 and a > 0:
        return 0  # upright text, nearly every glyph: no trigonometry (checked per character)
    if not (math.isfinite(a) and math.isfinite(b)) or (a == 0 and b == 0):
        return 0
    return round(math.degrees(math.atan2(b, a)) / 90) % QUARTER_TURNS


def turned_size(width: float, height: float, turns: int) -> tuple[float, float]:
    """The page's (width, height) seen from the frame of ``turns``."""
    return (height, width) if turns % 2 else (width, height)


def turn_box(box: Box, turns: int, width: float, height: float) -> Box:
    """``box`` (on a page ``width`` by ``height``) in the frame where text of ``turns`` is
    upright: along the text becomes x, the next line's direction becomes y."""
    x0, x1, top, bottom = box
    if turns == 1:  # reading upwards: along the text is up the page, the next line is right
        return height - bottom, height - top, x0, x1
    if turns == 2:  # upside down
        return width - x1, width - x0, height - bottom, height - top
    if turns == 3:  # reading downwards: along the text is down the page, the next line left
        return top, bottom, width - x1, width - x0
    return box


def unturn_box(box: Box, turns: int, width: float, height: float) -> Box:
    """The inverse of :func:`turn_box` for the same page ``width`` and ``height``."""
    back = (QUARTER_TURNS - turns) % QUARTER_TURNS
    turned_width, turned_height = turned_size(width, height, turns)
    return turn_box(box, back, turned_width, turned_height)


def pieces_of(line: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """A turned line cut where the gap between two words is wider than TURNED_PIECE_GAP_EM:
    labels turned in one strip share the coordinate across their text, so each label beside
    its own section would otherwise be one line ('EDUCATION EXPERIENCE'). An empty line has
    no pieces."""
    if not line:
        return []
    pieces = [[line[0]]]
    for word in line[1:]:
        previous = pieces[-1][-1]
        em = max(float(previous.get("size") or 0), float(word.get("size") or 0))
        if float(word["x0"]) - float(previous["x1"]) > TURNED_PIECE_GAP_EM * em:
            pieces.append([word])
        else:
            pieces[-1].append(word)
    return pieces


def _line_spans(upright: list[Box]) -> list[tuple[float, float]]:
    """The vertical spans of the upright lines: word spans that overlap merged, top to bottom."""
    merged: list[tuple[float, float]] = []
    for top, bottom in sorted((top, bottom) for _, _, top, bottom in upright):
        if merged and top < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
        else:
            merged.append((top, bottom))
    return merged


def _usual_gap(lines: list[tuple[float, float]]) -> float | None:
    """The median gap between consecutive ``lines`` (None for fewer than two)."""
    gaps = sorted(lines[i][0] - lines[i - 1][1] for i in range(1, len(lines)))
    return gaps[len(gaps) // 2] if gaps else None


def _section_start(lines: list[tuple[float, float]], usual: float | None, start: float,
                   floor: float) -> float:
    """Where the section a label beside ``start`` heads begins: ``start`` when the line there
    follows a section gap (a label set level with its section); else, for a label centred on
    its section, the top of the line after the widest gap between ``floor`` (the previous
    label's end) and ``start``, when that gap is wider than SECTION_GAP_FACTOR ``usual``
    line gaps (:func:`_usual_gap`)."""
    tops = [top for top, _ in lines]
    at = bisect.bisect_left(tops, start)
    if at <= 0 or at >= len(lines) or usual is None:
        return start
    if lines[at][0] - lines[at - 1][1] > SECTION_GAP_FACTOR * usual:
        return start
    best, where = SECTION_GAP_FACTOR * usual, start
    for index in range(at - 1, 0, -1):
        if lines[index][0] < floor:
            break
        gap = lines[index][0] - lines[index - 1][1]
        if gap > best:
            best, where = gap, lines[index][0]
    return where


SECTION_GAP_FACTOR = 1.5
"""A gap between two lines wider than this many usual line gaps separates two sections."""


def beside_upright(across: list[tuple[dict[str, Any], Box, float]],
                    upright: list[Box]) -> list[tuple[dict[str, Any], Box]]:
    """Turned pieces with their one-line boxes moved up to the upright line their span starts
    beside: a label turned beside its section and set a little lower than the section's first
    line heads the section instead of splitting it after that line. Only words whose top lies
    within the tallest word's height above a piece's start are looked at (bisection), and only
    for pages of at most MAX_ALIGNED_PIECES pieces (labels are few; a flood of turned text
    keeps its places)."""
    if not upright or len(across) > MAX_ALIGNED_PIECES:
        return [(word, box) for word, box, _ in across]
    spans = sorted((top, bottom) for _, _, top, bottom in upright)
    tops = [top for top, _ in spans]
    tallest = max(bottom - top for top, bottom in spans)
    lines = _line_spans(upright)
    usual = _usual_gap(lines)
    ends = sorted(span_end for _, _, span_end in across)
    out = []
    for word, (x0, x1, top, bottom), span_end in across:
        first = top
        index = bisect.bisect_left(tops, top) - 1
        while index >= 0 and tops[index] >= top - tallest:
            word_top, word_bottom = spans[index]
            if word_bottom > top and word_top < span_end:
                first = word_top
            index -= 1
        # A label longer than a line may be centred on its section ('EXPERIENCE' turned
        # beside the middle of a long section): its section starts at the gap above.
        if span_end - top > 2 * tallest:
            floor = max((end for end in ends if end <= top), default=float("-inf"))
            first = _section_start(lines, usual, first, floor)
        out.append((word, (x0, x1, first, bottom - top + first)))
    return out
