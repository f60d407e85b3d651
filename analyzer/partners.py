"""Units and partners: a skill's word that names a team or function the candidate dealt with.

Contract: each function takes the text (or a line of it) and a match's offsets and says
whether the match names another unit of people ('the QA team', 'Product Marketing, Field
Marketing and Sales Management teams', 'finance, IT and field sales') rather than a skill of
the candidate's. Working *with* such a unit is evidence of collaboration, which the
collaboration skills read from their own phrases ('worked with marketing'); the unit's field is
not the candidate's skill. Pure functions on strings, no state.
"""

from __future__ import annotations

import re

UNIT_BEFORE_CHARS = 40
"""How far before a match (characters) 'from the' is looked for."""
PARTNER_BEFORE_CHARS = 90
"""How far before a match (characters) the 'with' opening a list of partners is looked for."""
PARTNER_AFTER_CHARS = 100
"""How far after a match (characters) the unit's noun closing a list of partners is looked for."""
MEMBER_BEFORE_CHARS = 30
"""How far before 'with' (characters) a role held ('as an analyst') is looked for."""
FUNCTIONS_IN_LIST_MIN = 2
"""Other items of a 'with' list that must be business functions ('operations, finance') for
the list to name partners when no unit's noun closes it."""

_UNIT_AFTER = re.compile(r"[ \t]+(?:department|dept\.?|division|office|team)s?\b(?![ \t]*[a-z])",
                         re.IGNORECASE)
"""A unit's noun ending the phrase ('the Documentation department.'); not 'unit tests' or
'Active Directory groups'."""
_UNIT_BEFORE = re.compile(
    r"(?:\bfrom|\bby|\b(?:report|reported|reporting|escalated|presented|submitted|handed)"
    r"\s+(?:\w+\s+)?to)\s+(?:the|our|my|their|its)\s+(?:[\w&-]+\s+)?\Z", re.IGNORECASE)
"""'from the', 'by the', 'reported to the': a unit dealt with, not one joined ('transferred
to the DevOps team')."""

_WITH = re.compile(r"\bwith\b", re.IGNORECASE)
_LIST_WORD = r"[A-Za-z][\w&/.+#-]*+"
"""A word of a list (possessive: a word is never split, so a long line cannot make the
list's pattern backtrack)."""
_UNIT_CLOSE = re.compile(
    rf"(?:(?:[ \t]*[,&/][ \t]*|[ \t]+){_LIST_WORD}){{0,8}}?[ \t]+"
    r"(?:teams?|departments?|dept\.?|groups|divisions?|functions)\b"
    r"(?![ \t]+(?:lead|leads|leader|leaders|manager|managers|head|heads|building|work)\b)",
    re.IGNORECASE)
"""The rest of the list up to the unit's noun that closes it ('Field Marketing and Sales
Management teams', ' backup team'), each word after a space or a separator; a unit's lead or
head is a role ('QA team lead')."""
_NOT_IN_LIST = frozenset({
    "to", "for", "on", "in", "by", "at", "of", "into", "from", "using", "via", "through",
    "which", "that", "who", "where", "while", "when", "over", "under", "across", "within",
    "is", "are", "was", "were", "be", "been", "as",
})
"""Words that end a list of partners: prepositions, relatives and verbs ('with Java to build
the platform team's …'). 'as' ends one too, except in 'such as'."""
_BUSINESS_FUNCTIONS = frozenset({
    "finance", "operations", "legal", "hr", "it", "marketing", "sales", "engineering",
    "procurement", "support", "product", "design", "qa", "security", "logistics", "accounting",
    "management", "executives", "leadership", "purchasing", "compliance", "manufacturing",
    "development", "r&d", "customs",
})
"""A company's functions, named as partners ('Worked with operations, finance, IT and …')."""
_LIST_GOES_ON = re.compile(r"(?:,|&|\band)[ \t]*\Z", re.IGNORECASE)
"""A line ending in a list's separator: the list wraps onto the next line."""
_TAIL_END = re.compile(r"[.;:()•]|\b(?:to|for|on|in|by|at|using|which|that)\b")
"""What ends the items after the match in a list with no unit's noun."""
_ITEM_SPLIT = re.compile(r"[ \t]*(?:,|&|/|\band\b)[ \t]*", re.IGNORECASE)


def names_a_unit(text: str, start: int, end: int) -> bool:
    """The match names a unit the candidate dealt with: 'records from the Documentation
    department', 'reported to the QA team lead', 'approved by the Security group'. Working
    in or heading a unit ('in the Marketing department', 'head of the QA team') stays a claim;
    working with one is read by :func:`names_a_partner`."""
    unit = _UNIT_AFTER.match(text, end)
    return unit is not None and _UNIT_BEFORE.search(
        text, max(0, start - UNIT_BEFORE_CHARS), start) is not None


def names_a_partner(line: str, start: int, end: int, *, own_item: bool = False,
                    next_line: str = "") -> bool:
    """The match names a team or function the candidate works with: 'Worked with the UNIX
    backup team', 'Aligned closely with stakeholders like Product Marketing, Field Marketing
    and Sales Management teams', 'Worked with operations, finance, IT and field sales'. The
    list opens with 'with' and either a unit's noun closes it or other items of it are a
    company's functions. 'Worked with Java and SQL Server to build …' names tools. With
    ``own_item`` (a technology's name), the unit's noun must close the match's own item ('with
    the UNIX backup team'): in 'with Python, SQL and data engineering teams' the noun is the
    last item's, and in 'with HubSpot sales teams' the tool is the team's. A list that wraps
    ('… Sales Consulting and' / 'Sales Management teams') runs on into ``next_line``."""
    lead = _list_lead(line, start)
    if lead is None:
        return False
    # Only the text just after the match is read: a hostile line may be very long.
    after = line[end:end + PARTNER_AFTER_CHARS]
    if next_line and len(after) < PARTNER_AFTER_CHARS and _LIST_GOES_ON.search(after):
        after = f"{after.rstrip()} {next_line[:PARTNER_AFTER_CHARS].strip()}"
    close = _UNIT_CLOSE.match(after)
    if close is not None and not _ends_the_list(close.group()) and not (
            own_item and _tools_team(close.group())):
        return True
    tail = _TAIL_END.split(after, maxsplit=1)[0]
    items = [item.strip().lower() for item in _ITEM_SPLIT.split(lead + " , " + tail)]
    return sum(1 for item in items if item in _BUSINESS_FUNCTIONS) >= FUNCTIONS_IN_LIST_MIN


def after_with(line: str, start: int) -> bool:
    """'with' stands within PARTNER_BEFORE_CHARS before the match: the cheap test that most
    matches fail, before :func:`names_a_partner` reads the list."""
    lo = max(0, start - PARTNER_BEFORE_CHARS)
    return line.find("with", lo, start) >= 0 or line.find("With", lo, start) >= 0


def _list_lead(line: str, start: int) -> str | None:
    """The list's items before the match, after the nearest 'with' (None: no 'with' opens a
    list the match is in)."""
    openers = list(_WITH.finditer(line, max(0, start - PARTNER_BEFORE_CHARS), start))
    if not openers:
        return None
    opener = openers[-1]
    if _MEMBER_BEFORE.search(line, max(0, opener.start() - MEMBER_BEFORE_CHARS),
                             opener.start()):
        return None
    lead = line[opener.end():start]
    words = re.findall(r"[\w&]+", lead)
    if any(_ends_a_list(word) for word in words if word != "as") or (
            "as" in words and "such" not in words):
        return None
    return lead


def _tools_team(rest: str) -> bool:
    """Between a technology and the unit's noun, another item ('Python, SQL and data
    engineering teams') or a company's function ('HubSpot sales teams': the team's tool) makes
    the unit not the technology's own."""
    words = re.findall(r"[\w&]+", rest.lower())[:-1]
    return _ITEM_SPLIT.search(rest) is not None or any(w in _BUSINESS_FUNCTIONS for w in words)


def _ends_the_list(rest: str) -> bool:
    """A word in ``rest`` (before the unit's noun) ends the list: 'with Java to build the
    platform team'."""
    return any(_ends_a_list(word) for word in re.findall(r"[\w&]+", rest)[:-1])


def _ends_a_list(word: str) -> bool:
    """A preposition, relative or verb ('to', 'which', 'built', 'delivered') ends a list of
    partners."""
    return word.lower() in _NOT_IN_LIST or (bool(_VERB.fullmatch(word))
                                            and word not in _BUSINESS_FUNCTIONS)


_VERB = re.compile(r"[a-z]{3,}(?:ed|ing)|built|led|ran|made|wrote|drove|grew|set|took")
"""A verb in lower case ('delivered', 'built', 'mentoring'): a new clause, not a partner's
name ('with onsite folks and leading and mentoring the offshore team')."""
_MEMBER_BEFORE = re.compile(r"\bas\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?\s*\Z", re.IGNORECASE)
"""'Worked as an analyst with the Accounts Payable team': 'with' after a role is 'in'."""
