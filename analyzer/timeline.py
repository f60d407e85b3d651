"""Dates in resumes: role date ranges, which lines they cover, and years of experience.

Contract: pure functions over a :class:`~analyzer.models.Document`. "Present"/"Current" means
``today`` (passed in, so results are deterministic and testable). Ranges are in years as
floats (month precision when months are given).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date

from analyzer.models import Document

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # French, German, Spanish and Italian names where their first letters differ.
    "janv": 1, "fév": 2, "fev": 2, "févr": 2, "fevr": 2, "mär": 3, "mrz": 3, "mae": 3,
    "avr": 4, "abr": 4, "mai": 5, "juin": 6, "juil": 7, "aoû": 8, "aou": 8, "ago": 8,
    "okt": 10, "ott": 10, "dez": 12, "déc": 12, "dic": 12, "ene": 1, "gen": 1, "giu": 6,
    "lug": 7, "set": 9,
}
MONTH_PATTERN = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|"
                 r"févr?|fevr?|märz?|maerz|mrz|avr|abr|mai|juin|juil|août|aout|agosto|okt|"
                 r"déc|dez|dic|enero|genn|giugno|luglio|sett|ott)[a-zé]*\.?")
"""A month name or its abbreviation, in English, French, German, Spanish or Italian, lower
case (compile case-insensitively)."""
_MONTH = MONTH_PATTERN
OPEN_END = (r"present|current|now|today|ongoing|heute|aktuell|jetzt|aujourd['’]hui|actuel|"
            r"atual|actualidad|actual|hoy|oggi|presente|heden|obecnie")
"""The end of a range still running ('Jan 2021 – Present', '03/2019 – heute', '2022 – atual'),
lower case."""
_POINT = (rf"(?:(?P<{{p}}fy>(?:19|20)\d\d)[./-](?P<{{p}}fm>0?[1-9]|1[0-2])(?![\d./]|-\d{{{{1,2}}}}(?!\d))"
          rf"|(?P<{{p}}am>{_MONTH})\s?['’‘`]\s?(?P<{{p}}ay>\d\d)(?!\d)"
          rf"|(?:(?:\d{{{{1,2}}}}(?:st|nd|rd|th)?\s+)?(?P<{{p}}m>{_MONTH})\s+"
          rf"|(?P<{{p}}n>\d{{{{1,2}}}})[/.-](?:(?P<{{p}}n2>\d{{{{1,2}}}})[/.-])?"
          rf"|Q(?P<{{p}}q>[1-4])\s*)?(?P<{{p}}y>(?:19|20)\d\d))")
"""A point in time: a year, with a month name ('Jun 2021', '15 June 2021') or month number
('06/2021'), or a full date ('15/06/2021' day first, as most of the world writes it; a US
'06/15/2021' is read month first because 15 is no month), or year first ('2021.03',
'2021/03', as Korea, Japan, China and Hungary write it), or a month with an apostrophe and
two digits ("Apr'22", as Indian resumes often write it), or a quarter ('Q3 2019')."""
TWO_DIGIT_YEAR_PIVOT = 50
"""Two-digit years up to this are 20xx ("Apr'22"), later ones 19xx ("Jun'98")."""
_POINT_FIRST_CHARS = r"(?=[\djfmasondeglq])"
"""The characters a point can start with (a digit, a month name's first letter in any of the
languages above, the Q of a quarter): a lookahead that lets the range pattern skip every other
position cheaply, which halves its cost on a resume's text."""
_RANGE = re.compile(
    _POINT_FIRST_CHARS + _POINT.format(p="a") + r"\s*(?:-|–|—|~|〜|→|->|⟶|to|until|till)\s*(?:"
    + _POINT.format(p="b")
    + rf"|(?:(?:till|until|up\s*to)\s+)?(?P<now>{OPEN_END}|date))",
    re.IGNORECASE,
)
NO_CUTOFF = date.max
"""A ``today`` under which every plausible range counts: for telling whether a line holds a
date range at all (a role line, a date cell), not for measuring years."""
MONTHS_PER_YEAR = 12
MONTHS_PER_QUARTER = 3
EARLIEST_YEAR = 1960
"""Years before this are not career dates (birth years, founding years)."""


@dataclass(frozen=True, slots=True)
class DateRange:
    """A date range printed in the text, as fractional years."""

    start: float
    end: float
    offset: int
    """Character offset of the range in the document text."""
    current: bool


def _month_number(name: str) -> int:
    """1-12 for a month name or abbreviation as MONTH_PATTERN matches it ('Sept.', 'June')."""
    return _MONTHS.get(name[:4].lower().rstrip("."), _MONTHS.get(name[:3].lower(), 1))


def _point(match: re.Match[str], prefix: str) -> float | None:
    if (short := match.group(f"{prefix}ay")) is not None:
        month = _month_number(match.group(f"{prefix}am"))
        century = 2000 if int(short) <= TWO_DIGIT_YEAR_PIVOT else 1900
        return century + int(short) + (month - 1) / 12
    if (year_first := match.group(f"{prefix}fy")) is not None:
        month = int(match.group(f"{prefix}fm"))
        return int(year_first) + (month - 1) / 12 if 1 <= month <= MONTHS_PER_YEAR else None
    year = match.group(f"{prefix}y")
    if year is None:
        return None
    month_name, first, second = (match.group(f"{prefix}{key}") for key in ("m", "n", "n2"))
    month = 1
    if (quarter := match.group(f"{prefix}q")) is not None:
        month = MONTHS_PER_QUARTER * (int(quarter) - 1) + 1
    elif month_name:
        month = _month_number(month_name)
    elif first:
        numbers = [int(first)] if second is None else [int(second), int(first)]
        month = next((n for n in numbers if 1 <= n <= MONTHS_PER_YEAR), 0)
        if month == 0:
            return None  # '45/2021' is no date
    return int(year) + (month - 1) / 12


_YEAR = re.compile(r"(?:19|20)\d\d|['’‘`]\s?\d\d(?!\d)")
"""What every range's first point holds: a year, or an apostrophe and two digits."""
WINDOW_MIN_CHARS = 400
"""Texts at least this long are searched only around their years (see :func:`_windows`)."""


def _windows(text: str) -> list[tuple[int, int]]:
    """Merged spans of text around each year: from the start of the line before it to the end
    of the second line after it. Every range holds a year in its first point, and its end
    follows within a line or two; most of a resume's lines hold no year, and trying the range
    pattern at every position of them was most of its cost."""
    spans = []
    for match in _YEAR.finditer(text):
        start = text.rfind("\n", 0, max(0, text.rfind("\n", 0, match.start()))) + 1
        end = match.end()
        for _ in range(3):
            end = text.find("\n", end + 1)
            if end < 0:
                end = len(text)
                break
        spans.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in spans:  # already in text order
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _names_a_month(match: re.Match[str], prefix: str) -> bool:
    return any(match.group(f"{prefix}{key}") is not None for key in ("m", "n", "am", "fy"))


def _end_months(match: re.Match[str]) -> int:
    """How many months a range's end point spans: a quarter three, a month one (so do a
    running range's current month), a year alone none (read as its January)."""
    if match.group("now") is not None:
        return 1
    if match.group("bq") is not None:
        return MONTHS_PER_QUARTER
    return 1 if _names_a_month(match, "b") else 0


_SINCE_WORDS = r"\b(?:since|seit|depuis|desde|sinds)\s"
"""'Since' before a start date, in English, German, French, Spanish/Portuguese and Dutch."""
_SINCE = re.compile(_SINCE_WORDS + r"\s*" + _POINT.format(p="a")
                    + r"(?=[ \t]*(?:[)\]|]|$))", re.IGNORECASE | re.MULTILINE)
"""A running range written with its start only, ending a role line or its brackets: 'N26,
since 03/2021', '(Since March 2021)' (not 'used Python since 2015 to automate …')."""
_OPEN_DASH = re.compile(_POINT.format(p="a") + r"[ \t]*(?:-|–|—|→)[ \t]*$",
                        re.IGNORECASE | re.MULTILINE)
"""A running range written as its start and a dash ending the line ('03/2021 –')."""


_OPEN_CUES = re.compile(_SINCE_WORDS + r"|\d[ \t]*[-–—][ \t]*$",
                        re.IGNORECASE | re.MULTILINE)
"""What every open range holds; the full patterns run only on the lines around these (trying
them at every position of a resume cost more than the rest of the dates)."""


def _open_ranges(text: str, spans: list[tuple[int, int]]) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    for lo, hi in spans:
        for cue in _OPEN_CUES.finditer(text, lo, hi):
            start = text.rfind("\n", lo, cue.start()) + 1
            end = text.find("\n", cue.end())
            end = hi if end < 0 or end > hi else end
            pattern = _SINCE if cue.group(0)[:1].isalpha() else _OPEN_DASH
            found += pattern.finditer(text, start, end)
    return found


def find_ranges(text: str, *, today: date) -> list[DateRange]:
    """Every plausible date range in ``text`` (start ≤ end ≤ today + 1 year).

    A month ending a range counts in full, as resumes and LinkedIn mean it ('Oct 2017 – Sep
    2020' is three years, 'Mar 2021 – Mar 2021' a month), and so does the current month of a
    range still running; a year alone ('2019 – 2021') is read from January to January. A
    range still running may give only its start ('since 03/2021', '03/2021 –')."""
    now = today.year + (today.month - 1) / 12
    ranges = []
    spans_taken: list[tuple[int, int]] = []
    spans = _windows(text) if len(text) >= WINDOW_MIN_CHARS else [(0, len(text))]
    for match in (found for start, end in spans for found in _RANGE.finditer(text, start, end)):
        start = _point(match, "a")
        current = match.group("now") is not None
        end = now if current else _point(match, "b")
        if start is None or end is None or not (EARLIEST_YEAR <= start <= end <= now + 1):
            continue
        end += _end_months(match) / MONTHS_PER_YEAR
        ranges.append(DateRange(start=start, end=end, offset=match.start(), current=current))
        spans_taken.append((match.start(), match.end()))
    for match in _open_ranges(text, spans):
        start = _point(match, "a")
        if (start is None or not EARLIEST_YEAR <= start <= now
                or any(a < match.end() and match.start() < b for a, b in spans_taken)):
            continue  # part of a full range ('03/2021 –' with its end on the next line)
        ranges.append(DateRange(start=start, end=now + 1 / MONTHS_PER_YEAR,
                                offset=match.start(), current=True))
        spans_taken.append((match.start(), match.end()))
    return sorted(ranges, key=lambda r: r.offset)


def line_years(document: Document, *, today: date) -> dict[int, float]:
    """For each line start offset in dated sections, the end year of the role it belongs to.

    A range applies to its own line and the lines after it, until the next range or the end
    of the section; lines before the first range of a section take the first range (resumes
    print the title line before or after the dates).
    """
    ranges = find_ranges(document.text, today=today)
    years: dict[int, float] = {}
    for section in document.sections:
        if section.kind not in {"experience", "projects", "education"}:
            continue
        inside = [r for r in ranges if section.start <= r.offset < section.end]
        if not inside:
            continue
        for line in document.lines:
            if not section.start <= line.start < section.end:
                continue
            current = [r for r in inside if r.offset <= line.end]
            chosen = current[-1] if current else inside[0]
            years[line.start] = chosen.end
    return years


_BREAK = re.compile(r"\b(?:career\s+break|sabbatical|(?:parental|maternity|paternity|family|medical)\s+"
                    r"leave|caregiving|full-time\s+carer|gap\s+year|time\s+off)\b", re.IGNORECASE)
"""A period away from work, which a resume dates like a role ('Career break  Jun 2019 – Aug
2024'): honest, and no experience."""
_DATE_WORDS = re.compile(rf"{MONTH_PATTERN}|{OPEN_END}", re.IGNORECASE)
"""Words of a line that holds dates only (the year digits are stripped apart)."""


def _break_lines(text: str) -> tuple[list[int], set[int]]:
    """The offsets where ``text``'s lines start, and the indices of the lines whose ranges date
    a break: a line naming one, and a line of dates alone under it (the title above its
    dates). Each line is read once: one line may hold thousands of ranges."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    named = {bisect.bisect_right(starts, m.start()) - 1 for m in _BREAK.finditer(text)}
    below = set()
    for index in {i + 1 for i in named if i + 1 < len(starts)}:
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        if not _DATE_WORDS.sub("", text[starts[index]:end]).strip(" \t\n-–—~/.,()0123456789"):
            below.add(index)
    return starts, named | below


def experience_years(document: Document, *, today: date) -> float:
    """Years covered by the experience section's date ranges (overlaps counted once), less
    the ranges that date a career break."""
    spans = []
    for section in document.sections:
        if section.kind == "experience":
            text = document.text[section.start:section.end]
            starts, breaks = _break_lines(text)
            spans += [(r.start, r.end) for r in find_ranges(text, today=today)
                      if bisect.bisect_right(starts, r.offset) - 1 not in breaks]
    spans.sort()
    total, reach = 0.0, float("-inf")
    for start, end in spans:
        if end <= reach:
            continue
        total += end - max(start, reach)
        reach = end
    return round(total, 1)
