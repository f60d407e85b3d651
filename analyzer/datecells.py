"""Date ranges printed on two lines of a narrow date column, put back on one.

Contract: :func:`rejoin_stacked_dates` takes the rows of one text block (words left to right,
rows top to bottom) and returns them with every range that a narrow date cell broke after its
separator ('Feb 2023 –' / 'Present') made whole on the first row. Timeline and table layouts
print the dates in a column of their own, and a row of the page then holds half a range and
the role beside it ('Feb 2023 – Senior Product Manager' / 'Present Harborline Health'): no
range is found and the role's years are lost. Pure; the words are not changed, only moved.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from analyzer.pieces import RawWord
from analyzer.timeline import MONTH_PATTERN, OPEN_END

MAX_POINT_WORDS = 3
"""Words of one end of a range ('15 June 2021', 'Feb 2023', '2021')."""
CELL_TOLERANCE_PT = 2.0
"""How far (points) the end may reach into the text beside the date cell and still be the
cell's: the end's last word ends left of where the row's own text starts."""
_POINT = rf"(?:(?:\d{{1,2}}\s+)?{MONTH_PATTERN}\s+)?(?:19|20)\d\d|\d{{1,2}}[/.]\d{{4}}"
_MONTH_WORD = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
               r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
"""A month name alone, exactly: the timeline's looser pattern also reads 'Junior' and
'Marketing' as months, which only a year after them rules out."""
_OPEN = re.compile(rf"(?:{_POINT})\s*(?:[-–—~→]|->|to)(?:\s+{_MONTH_WORD})?", re.IGNORECASE)
"""The start of a range and its separator, the end (or the end's year) missing ('Feb 2023 –',
'2019 to', 'Aug 2017 – Dec')."""
_END = re.compile(rf"(?:{_POINT})|{OPEN_END}", re.IGNORECASE)
"""The end of a range, alone."""


def _text(words: Sequence[RawWord]) -> str:
    return " ".join(word.text for word in words)


def _open_prefix(row: Sequence[RawWord]) -> int:
    """How many of the row's first words are an open range ('Feb 2023 –'); 0 if none."""
    for count in range(min(len(row), 2 * MAX_POINT_WORDS), 1, -1):
        if _OPEN.fullmatch(_text(row[:count])):
            return count
    return 0


def _end_prefix(row: Sequence[RawWord], before: float) -> int:
    """How many of the row's first words are the end of a range that lies left of ``before``
    (inside the date cell); 0 if none."""
    for count in range(min(len(row), MAX_POINT_WORDS), 0, -1):
        if row[count - 1].x1 <= before + CELL_TOLERANCE_PT and _END.fullmatch(_text(row[:count])):
            return count
    return 0


def rejoin_stacked_dates(rows: Sequence[Sequence[RawWord]]) -> list[list[RawWord]]:
    """``rows`` with each range broken over two rows of a date cell whole on the first."""
    out = [list(row) for row in rows]
    for index in range(len(out) - 1):
        row, below = out[index], out[index + 1]
        opened = _open_prefix(row)
        if not opened or not below or (opened < len(row) and _END.fullmatch(row[opened].text)):
            continue  # no open range, or its end follows on the row ('Jan 2019 – Mar' '2022')
        # The end must sit in the date cell: left of the text that follows the open range on
        # this row (anywhere when the range is the whole row).
        limit = row[opened].x0 if opened < len(row) else float("inf")
        cell = row[opened - 1].x1 - row[0].x0  # the open range's width
        if below[0].x0 < row[0].x0 - cell - CELL_TOLERANCE_PT:
            continue  # starts a cell's width left of the cell: another column's line
        ended = _end_prefix(below, limit)
        if ended:
            out[index] = row[:opened] + below[:ended] + row[opened:]
            out[index + 1] = below[ended:]
    return [row for row in out if row]
