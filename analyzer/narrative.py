"""Roles told in sentences, with how long they lasted.

A narrative resume states its roles in prose and prints no role line with dates: 'For the
past four years I have been the product manager responsible for scheduling at Greenroute',
'Before Greenroute I spent three years as a business analyst at Alder Insurance'. Dates are
what the rest of the reader counts years from, so such a resume had no title held and no
years at all. :func:`narrated_roles` finds these statements: the words naming the role (for
the title patterns to read) and the years the sentence gives.

Only first-person statements with a number of years count: 'ten years of experience as a
product manager' in a summary is a claim the dated roles, when there are any, already show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "a couple of": 2, "a few": 3,
}
_COUNT = r"(?P<count>\d{1,2}(?:\.\d)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_ROLE = (r"(?P<role>(?:an?|the)\s+[^,.;:()]{3,80}?)"
         r"(?=\s+(?:at|for|in|with|on|responsible|where|who|and|leading|owning)\b|[,.;:(]|$)")
"""The role's words, up to where the sentence goes on about it ('at Acme', 'responsible for')."""
_STATEMENTS = (
    # 'For the past four years I have been the product manager responsible for …'
    re.compile(rf"\b(?:for|over|in)\s+the\s+(?:past|last)\s+{_COUNT}\s+years?,?\s+I(?:'ve|’ve|\s+have)"
               rf"\s+(?:been|worked\s+as|served\s+as)\s+{_ROLE}", re.IGNORECASE),
    # 'I spent three years as a business analyst at Alder Insurance', 'I worked five years as …'
    re.compile(rf"\bI\s+(?:spent|worked|served)\s+(?:the\s+)?{_COUNT}\s+years?\s+as\s+{_ROLE}",
               re.IGNORECASE),
    # 'I have been a product manager for six years'
    re.compile(rf"\bI(?:'ve|’ve|\s+have)\s+(?:been|worked\s+as|served\s+as)\s+"
               rf"(?P<role>(?:an?|the)\s+[^,.;:()]{{3,60}}?)\s+for\s+(?:the\s+(?:past|last)\s+)?"
               rf"{_COUNT}\s+years?\b", re.IGNORECASE),
)
MAX_NARRATED_YEARS = 40.0
"""Most years one stated role may count (a typo's '400 years' is none)."""


@dataclass(frozen=True, slots=True)
class NarratedRole:
    """A role a sentence says was held: the words naming it and the years stated."""

    role: str
    years: float
    start: int
    """Offset of the role's words in the text searched."""


def _years(count: str) -> float:
    lowered = count.lower()
    return float(_NUMBER_WORDS[lowered]) if lowered in _NUMBER_WORDS else float(lowered)


def narrated_roles(text: str) -> list[NarratedRole]:
    """Roles stated in first-person sentences of ``text`` with the years they lasted, in text
    order."""
    found: dict[int, NarratedRole] = {}
    for pattern in _STATEMENTS:
        for match in pattern.finditer(text):
            years = _years(match.group("count"))
            if 0 < years <= MAX_NARRATED_YEARS:
                found.setdefault(match.start("role"), NarratedRole(
                    role=match.group("role"), years=years, start=match.start("role")))
    return [found[start] for start in sorted(found)]
