"""Context rules that decide whether an alias match is a real skill mention.

Each rule is a small pure function on the text around a match, so it can be tested alone:
negation ("no experience with Java"), hedges ("familiar with"), hyphen and ampersand compounds
("C-suite", "Go-to-market", "R&D"), employer names ("Oracle India Pvt Ltd", "at Salesforce"),
and list-like lines (where ambiguous words such as "Excel" or "Swift" may be skills).
"""

from __future__ import annotations

import re

NEGATION_WINDOW_CHARS = 60
"""How far back (characters, within the clause) a negation or hedge cue reaches."""
LIST_SEPARATOR_MIN = 2
"""A line with at least this many separators (, | • ; /) is a list of items."""

_NEGATION = re.compile(
    r"\b(?:no|not|never|without|lack(?:s|ing)?|none|nor|n't|zero)\b(?:\s+\w+){0,4}\s*$|"
    r"\b(?:no|not|never|without)\s+(?:prior\s+|professional\s+|any\s+|hands-on\s+)?"
    r"(?:experience|knowledge|exposure|background)\s+(?:with|in|of)\s+(?:[\w#+./-]+\s*(?:,|or|and)?\s*){0,4}$",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:familiar(?:ity)?\s+with|basic\s+(?:knowledge|understanding|familiarity)\s+(?:of|in|with)|"
    r"exposure\s+to|exposed\s+to|some\s+(?:experience|knowledge|exposure)\s+(?:with|in|of|to)|"
    r"(?:currently\s+)?learning|beginner(?:'s)?\s+(?:in|with)?|limited\s+(?:experience|knowledge)"
    r"\s+(?:with|in|of)|introductory|aware(?:ness)?\s+of|interest(?:ed)?\s+in)"
    r"(?:\s+[\w#+./-]+,?){0,4}\s*(?:and\s+|or\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[.;:!?()\n•]|\bbut\b|\bwhile\b|\bwhereas\b", re.IGNORECASE)
_COMPANY_SUFFIX = re.compile(
    r"^\s*(?:,\s*)?(?:inc\b|inc\.|ltd\b|ltd\.|llc\b|llp\b|plc\b|corp\b|corp\.|corporation|"
    r"gmbh|ag\b|s\.a\.|pvt|private\s+limited|limited|co\.|company|technologies|labs\b|group\b|"
    r"india|usa|uk\b|emea|apac|software\s+(?:pvt|inc|ltd)|systems\s+(?:inc|ltd|pvt))",
    re.IGNORECASE,
)
_EMPLOYER_CUE = re.compile(r"(?:\bat|@|\bjoined|\bworked\s+for)\s*$", re.IGNORECASE)
_EMPLOYER_VERB_CUE = re.compile(
    r"^\s*(?:,|\||-|–|—)?\s*(?:\(|\|)?\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?"
    r"(?:19|20)\d\d", re.IGNORECASE)
_SEPARATORS = re.compile(r"[,|•;·]|/(?!\w{1,2}\b)")


def clause_before(text: str, start: int) -> str:
    """The text of the current clause before ``start``, at most NEGATION_WINDOW_CHARS long."""
    window = text[max(0, start - NEGATION_WINDOW_CHARS):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end():] if breaks else window


def is_negated(text: str, start: int) -> bool:
    """'No experience with Java', 'not Python': a negation cue earlier in the same clause."""
    return _NEGATION.search(clause_before(text, start)) is not None


def is_hedged(text: str, start: int) -> bool:
    """'Familiar with SQL', 'basic knowledge of Python', 'exposure to AWS'."""
    return _HEDGE.search(clause_before(text, start)) is not None


def in_compound(text: str, start: int, end: int) -> bool:
    """The match is one part of a hyphen or ampersand compound: C-suite, Go-to-market, R&D.

    Only short matches are checked (a long alias inside a compound is still the skill).
    """
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    glued_after = len(after) == 2 and after[0] in "-&'" and after[1].isalnum()
    glued_before = len(before) == 2 and before[1] in "-&" and before[0].isalnum()
    return glued_after or glued_before


def looks_like_employer(text: str, start: int, end: int, line_start: int) -> bool:
    """The match names an organisation: 'Oracle India Pvt Ltd', 'at Salesforce', 'Snowflake | 2021'."""
    after = text[end:end + 40]
    before = text[line_start:start]
    return bool(
        _COMPANY_SUFFIX.match(after)
        or _EMPLOYER_CUE.search(before)
        or _EMPLOYER_VERB_CUE.match(after)
    )


def is_list_like(line: str) -> bool:
    """A line of short items: 'Python, SQL, Jira' or 'Figma | Miro | Notion'."""
    return len(_SEPARATORS.findall(line)) >= LIST_SEPARATOR_MIN


def has_outcome(sentence: str) -> bool:
    """The sentence reports a measurable result: a number with %, currency, x, or a count."""
    return bool(re.search(r"\d+(?:\.\d+)?\s*(?:%|x\b|k\b|m\b|\+)|[$€£]\s?\d|\b\d{2,}\b", sentence,
                          re.IGNORECASE))


def split_items(line: str) -> list[tuple[int, str]]:
    """Items of a list-like line with their offsets in the line ('Python, SQL' -> two items)."""
    items = []
    position = 0
    for piece in re.split(r"([,|•;·()]|\s/\s|:\s|\s[-–—]\s|\band\b)", line):
        stripped = piece.strip()
        if stripped and not re.fullmatch(r"[,|•;·()]|/|:|[-–—]|and", stripped):
            items.append((position + piece.find(stripped), stripped))
        position += len(piece)
    return items
