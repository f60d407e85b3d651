"""Context rules that decide whether an alias match is a real skill mention.

Each rule is a small pure function on the text around a match, so it can be tested alone:
negation ("no experience with Java"), hedges ("familiar with"), hyphen and ampersand compounds
("C-suite", "Go-to-market", "R&D"), employer names ("Oracle India Pvt Ltd", "at Salesforce"),
contact lines, passives, outcomes. Rules about whose thing a match names (another party's
users, traits, products, purposes) live in :mod:`analyzer.parties`, rules about lists (items,
labels, word banks) in :mod:`analyzer.lists`, names of organisations and places in
:mod:`analyzer.names`, other senses of a word (seasons, test types, acronyms) in
:mod:`analyzer.senses`.
"""

from __future__ import annotations

import re

from analyzer.names import EMPLOYER_DATES_AFTER
from analyzer.timeline import MONTH_PATTERN

NEGATION_WINDOW_CHARS = 60
"""How far back (characters, within the clause) a negation or hedge cue reaches."""

_NEGATION = re.compile(
    # The lookahead only skips positions where no cue can start (a third of the time).
    r"(?=[nwlza])(?:"
    r"\bnon-$|"  # 'non-Drupal programmers', 'non-SAP systems'
    r"\b(?:no|not|never|without|lack(?:s|ing|ed)?|none|nor|n't|zero|absence\s+of)\b"
    r"(?:\s+\w+){0,4}\s*$|"
    r"\b(?:no|not|never|without)\s+(?:prior\s+|professional\s+|any\s+|hands-on\s+)?"
    r"(?:experience|knowledge|exposure|background)\s+(?:with|in|of)\s+(?:[\w#+./-]+\s*(?:,|or|and)?\s*){0,4}$)",
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
_CLAUSE_BREAK = re.compile(r"(?=[.;:!?()\n•bw])(?:[.;:!?()\n•]|\bbut\b|\bwhile\b|\bwhereas\b)",
                           re.IGNORECASE)
_COMPANY_SUFFIX = re.compile(
    r"^\s*(?:,\s*)?(?:(?i:inc|inc\.|ltd|ltd\.|llc|llp|plc|corp|corp\.|gmbh|s\.a\.|pvt|co\.)"
    r"|(?=[A-Z])(?i:corporation|ag|private\s+limited|limited|company|technologies|labs|group|"
    r"india|usa|uk|emea|apac|software\s+(?:pvt|inc|ltd)|systems\s+(?:inc|ltd|pvt)))(?!\w)",
)
"""A company suffix or region right after the match, as a whole word ('Oracle India', 'SAP
Labs'; not 'BigQuery, Apache Airflow', whose 'Apac' is no region). A suffix that is an
ordinary word is capitalised, as in a name: 'J2EE technologies' and 'the SAP group of
modules' are no companies."""
_CARE_OF = re.compile(r"/[oO](?![\w/])")
"""'C/o Mr. Rao': care of, in an address."""
_LIKE_AFTER = re.compile(r"-like\b", re.IGNORECASE)
"""'a backbone.js-like framework' ('Kanban-style boards' and 'Scrum-style sprints' are the
method itself, so only '-like')."""
EMPLOYER_LINE_CHARS = 100
"""How far after a match (characters) an Indeed-style place and dates are read."""
_PLACE_THEN_DATE = re.compile(
    # An Indeed-style role line: 'Technical Support Engineer SAP - Bengaluru, Karnataka - May
    # 2015 to Present' (the dates may wrap to the next line): the name before a place ('City,
    # Region') and dates is the employer's. A year alone must start a range ('2012 to 2015'):
    # 'Tableau – Desktop Specialist – 2021' is a certificate.
    r"^[ \t]*(?:-|–|—|\|)[ \t]*[A-Z][\w.'’]*(?:[ \t][A-Z][\w.'’]*){0,3}"
    r",[ \t]*[A-Z][\w.'’]*(?:[ \t][A-Z][\w.'’]*){0,3}[ \t]*(?:-|–|—|\|)\s{0,4}"
    rf"(?:(?i:{MONTH_PATTERN})[ \t]+(?:19|20)\d\d"
    r"|(?:19|20)\d\d[ \t]*(?:-|–|—|(?i:to))[ \t]*(?:(?:19|20)\d\d|(?i:present|now|current)))")
_EMPLOYER_CUE = re.compile(r"(?:\bat|@|\bjoined|\bworked\s+for)\s*$", re.IGNORECASE)
_CONTACT_MARKS_BUT_EMAIL = (
    r"https?://|www\.|\+?\d[\d ().-]{7,}\d|"
    r"\b(?:linkedin|github|gitlab|stack ?overflow|twitter|behance|dribbble|medium|portfolio)\b")
_CONTACT_MARK = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|" + _CONTACT_MARKS_BUT_EMAIL, re.IGNORECASE)
_CONTACT_MARK_NO_AT = re.compile(_CONTACT_MARKS_BUT_EMAIL, re.IGNORECASE)
"""The same marks for a line without '@', where no e-mail address can be: the address's
pattern, tried at every letter of a line, was most of the rule's cost."""
CONTACT_MARKS_MIN = 2
"""A line with this many contact marks (e-mail, URL, phone, profile names) is a contact line."""
CONTACT_LINE_MAX_WORDS = 15
"""Contact lines are short; a longer line (a whole CV pasted as one line) is content."""


def clause_before(text: str, start: int) -> str:
    """The text of the current clause before ``start``, at most NEGATION_WINDOW_CHARS long."""
    window = text[max(0, start - NEGATION_WINDOW_CHARS):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end():] if breaks else window
_ON_REQUEST = re.compile(r"\b(?:available|furnished)\s+(?:up)?on\s+request\b", re.IGNORECASE)
"""'… furnished upon request' ('analyses provided on request' is work, so not 'provided')."""


def labels_a_handle(text: str, end: int, *, messaging: bool = False) -> bool:
    """The match labels the candidate's handle on it: 'Skype: nael.khader91', 'GitHub:
    jdoe-dev', 'Twitter Handle' (a contact detail, not a tool used); not versions ('Windows:
    95, 98', 'Oracle: 11g', 'AWS: EC2'): a handle has three letters or more. A ``messaging``
    tool (one a resume gives an account on: Skype, Slack) takes any one account name after
    its label, wherever the line goes on ('Skype: SomeSkypeName • Links', 'Skype ID:
    jane_doe (weekdays)'), or alone on the next line ('GitHub' / '• johndoe'); a list after
    the colon ('GitHub: Actions, Pages') is no name."""
    if _HANDLE_AFTER.match(text, end) is not None or names_a_handle(text, end):
        return True
    if not messaging:
        return False
    if _HANDLE_LINE_AFTER.match(text, end) is not None:
        return True
    found = _ACCOUNT_AFTER.match(text, end)
    return found is not None and not text.startswith(",", found.end())


_HANDLE_LINE_AFTER = re.compile(
    r"[ \t]*\r?\n[ \t]*(?:[•·▪◦*-][ \t]*)?@?[a-z][\w.-]{2,}[ \t]*(?:\r?\n|\Z)")
"""The tool's name ends its line and the next line is one account name alone, maybe bulleted
('GitHub' / '• johndoe', as a 'Profiles' block prints label and handle): a profile's label.
A handle is written in lower case; a tool list one a line goes on with capitals ('GitHub' /
'Jenkins')."""


def names_a_handle(text: str, end: int) -> bool:
    """The match names a contact handle ('Twitter Handle'), whatever the skill."""
    return _HANDLE_WORD.match(text, end) is not None


_HANDLE_WORD = re.compile(r"[ \t]+(?:Handle\b|handle(?=[ \t]*(?:[:•|,]|$)))(?![ \t]+(?i:time|times|rate))",
                          re.MULTILINE)
"""'Twitter Handle': the label of a contact detail."""


_ACCOUNT_AFTER = re.compile(
    r"(?:[ \t]+(?i:id|name|handle|username))?[ \t]*:[ \t]*[\w.@+-]+(?=\s|$|[\"”|•,;)])")
"""A messaging tool's label, its colon and one account name ('Skype ID: jane_doe_77')."""
_HANDLE_AFTER = re.compile(
    # The label, maybe with its noun ('Skype name:'), then a handle of three letters or more.
    r"(?:[ \t]+(?i:name|id|username|user\s+name|handle))?[ \t]*:[ \t]*"
    r"(?=(?:[\d.@+_-]*[A-Za-z]){3})(?:[a-z][\w.@+-]*|[\w.@+-]*[\d._@][\w.@+-]*)"
    r"(?=[ \t]*(?:$|[,;|]|[ \t]{2}))",
    re.MULTILINE)


def is_on_request_note(text: str, start: int, end: int) -> bool:
    """The match's clause is a closing note ('References and supporting documentation
    furnished upon request'): boilerplate about the application, not skills."""
    after = text[end:end + NEGATION_WINDOW_CHARS]
    if "equest" not in after.lower():  # the cheap test first
        return False
    clause_end = _CLAUSE_BREAK.search(after)
    clause = clause_before(text, start) + text[start:end] + after[:clause_end.start() if clause_end else None]
    return _ON_REQUEST.search(clause) is not None


def is_negated(text: str, start: int) -> bool:
    """'No experience with Java', 'not Python': a negation cue earlier in the same clause."""
    return _NEGATION.search(clause_before(text, start)) is not None


def is_hedged(text: str, start: int) -> bool:
    """'Familiar with SQL', 'basic knowledge of Python', 'exposure to AWS'."""
    return _HEDGE.search(clause_before(text, start)) is not None


def in_compound(text: str, start: int, end: int) -> bool:
    """The match is one part of a hyphen or ampersand compound (C-suite, Go-to-market, R&D), a
    name's initial (John C. Smith) or a letter-spaced heading's split capital ('C ONSTRUCTION').

    Only short matches are checked (a long alias inside a compound is still the skill).
    """
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    glued_after = len(after) == 2 and after[0] in "-&'" and after[1].isalnum()
    glued_before = len(before) == 2 and before[1] in "-&" and before[0].isalnum()
    # 'C/o' (care of) in an address is not the C language.
    care_of = end - start == 1 and _CARE_OF.match(text, end) is not None
    # 'R & D', 'M & A', 'P & L': two letters joined by a spaced ampersand are one abbreviation.
    spaced = end - start == 1 and (
        _LETTER_AFTER.match(text, end) is not None
        or _LETTER_BEFORE.search(text, max(0, start - SPACED_AMPERSAND_CHARS), start) is not None)
    # 'Lisa R. Hirschhorn', 'Seidman R. Physician-targeted': a letter and a full stop inside
    # a line are an initial; only a list's last item ends its line ('Java, C++, C.').
    initial = end - start == 1 and _INITIAL_STOP.match(text, end) is not None
    return glued_after or glued_before or care_of or spaced or initial or (
        end - start == 1 and _letter_spaced(text, start, end))


def _letter_spaced(text: str, start: int, end: int) -> bool:
    """A capital set apart from the rest of its word, as a letter-spaced heading splits it
    ('C ONSTRUCTION E XECUTIVE'): the letter and capitals follow, and the line splits another
    word so."""
    if _CAPS_RUN.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return len(_SPLIT_CAPITAL.findall(line)) >= LETTER_SPACED_MIN_WORDS


_CAPS_RUN = re.compile(r" [A-Z]{3,}\b")
_SPLIT_CAPITAL = re.compile(r"(?<![\w&])[A-Z] [A-Z]{3,}\b")
LETTER_SPACED_MIN_WORDS = 3
"""Words split after their first capital that make a line letter-spaced (a list in capitals,
'LANGUAGES: C JAVA PYTHON R SQL', has fewer such pairs)."""


_INITIAL_STOP = re.compile(r"\.(?![ \t]*(?:\n|\Z)|[ \t]{2})")
"""A full stop after a letter that neither ends the line nor is followed by a column gap."""
_LETTER_AFTER = re.compile(r"[ \t]{1,3}&[ \t]{1,3}[A-Za-z](?![\w&'+#-])")
_LETTER_BEFORE = re.compile(r"(?<![\w&'-])[A-Za-z][ \t]{1,3}&[ \t]{1,3}\Z")
"""A letter and a spaced ampersand right before or after a one-letter match ('R & D'); not a
language after it ('C & C++')."""
SPACED_AMPERSAND_CHARS = 8
"""The longest 'X & ' before a one-letter match (characters): a letter, spaces, '&', spaces."""


def is_passive(text: str, start: int, end: int) -> bool:
    """A verb in the passive with its doer ('mentored by an alumni solicitor', 'was coached
    by the director'): the candidate received what the verb names, they did not do it."""
    return (text[start:end].lower() in _RECEIVED_VERBS
            and _BY_AGENT.match(text, end) is not None)


_RECEIVED_VERBS = frozenset({"mentored", "coached", "trained", "supervised", "managed", "led",
                             "interviewed", "taught", "advised", "guided", "negotiated"})
"""Verbs whose passive says the candidate received the skill's work ('mentored by a
solicitor'); adjectives that end in '-ed' ('PMP certified by PMI', 'motivated by') are no
passives of a skill."""


_BY_AGENT = re.compile(r"[ \t]+by[ \t]+(?!(?:me|myself|us)\b)", re.IGNORECASE)


def in_hyphen_compound(text: str, end: int) -> bool:
    """An ambiguous name glued by a hyphen to a term's head is part of that term ('Access-List'
    on a Cisco router is an access control list, not Microsoft Access); a tool's adjective
    ('Excel-based') or a package ('Flask-RESTful') is still the tool."""
    glued = _GLUED_WORD.match(text, end)
    return glued is not None and glued.group(1).lower() in _GLUED_TERM_HEADS


_GLUED_WORD = re.compile(r"-([A-Za-z]+)\b")
_GLUED_TERM_HEADS = frozenset({
    "list", "lists", "control", "controls", "point", "points", "level", "levels", "layer",
    "layers", "key", "keys", "token", "tokens", "port", "ports", "mode", "modes", "group",
    "groups", "rights", "right", "time"})
"""Words that, glued after an ambiguous name, make another term ('Access-List',
'Access-Control', 'Mode-Key'); a package's name reads on ('Flask-RESTful',
'Angular-Material')."""


def is_comparison(text: str, end: int) -> bool:
    """'a backbone.js-like framework': something like the tool, not the tool."""
    return _LIKE_AFTER.match(text, end) is not None


def is_contact_line(line: str) -> bool:
    """'LinkedIn GitHub StackOverflow', 'ana@example.com | github.com/ana': profile links, not skills."""
    marks = _CONTACT_MARK if "@" in line else _CONTACT_MARK_NO_AT
    return (len(line.split()) <= CONTACT_LINE_MAX_WORDS
            and len(marks.findall(line)) >= CONTACT_MARKS_MIN)


def looks_like_employer(text: str, start: int, end: int, line_start: int) -> bool:
    """The match names an organisation: 'Oracle India Pvt Ltd', 'at Salesforce', 'Snowflake | 2021'."""
    after = text[end:end + 40]
    before = text[line_start:start]
    return bool(
        _COMPANY_SUFFIX.match(after)
        or _EMPLOYER_CUE.search(before)
        or EMPLOYER_DATES_AFTER.match(after)
        or _PLACE_THEN_DATE.match(text[end:end + EMPLOYER_LINE_CHARS])
    )


def in_employer_slot(text: str, end: int) -> bool:
    """What follows the match is a role's place and dates or its dates alone, as after an
    employer's name: 'SAP ABAP - Kolkata, West Bengal - March 2011 to April 2018' (a resume
    export's 'Employer - City, Region - Dates' line whose employer field holds a skill)."""
    after = text[end:end + EMPLOYER_LINE_CHARS]
    # After a dash only: 'FORTRAN (1995)' in a course list and a list's last item beside a
    # column's dates ('Market research    June 2008') are no employer lines.
    return (_DASH.match(after) is not None and bool(
        EMPLOYER_DATES_AFTER.match(after) or _PLACE_THEN_DATE.match(after))
    ) or _DASH_THEN_DATES_BELOW.match(after) is not None


def ends_an_employer_field(line: str, next_line: str) -> bool:
    """``line`` is a resume export's employer field ('Oracle -', 'Infosys LTD -  MAHARASHTRA,
    IN -'), ending in its dash, and ``next_line`` holds the role's dates."""
    return (_EMPLOYER_FIELD.fullmatch(line.strip()) is not None
            and _DATES_LINE.match(next_line) is not None)


_EMPLOYER_FIELD = re.compile(r"[^\s.;:•][^.;:•]{0,80}?[ \t]+[-–—]")
"""An employer, maybe its place, then a dash ending the line."""
_DATES_LINE = re.compile(rf"\s{{0,4}}(?i:{MONTH_PATTERN})[a-z]*\.?[ \t]+(?:19|20)\d\d")
"""A line opening with a month and a year."""
_DASH = re.compile(r"[ \t]*[-–—][ \t]")
_DASH_THEN_DATES_BELOW = re.compile(
    rf"[ \t]*[-–—][ \t]*\n\s{{0,4}}(?i:{MONTH_PATTERN})[a-z]*\.?[ \t]+(?:19|20)\d\d")
"""An Indeed export's employer field ending in its dash, the dates on the line below ('SAP
ABAP -' / 'December 2011 to March 2012')."""


def has_outcome(sentence: str) -> bool:
    """The sentence reports a measurable result: a number with %, currency, x, or a count. A
    year is no result: every dated role line would report one."""
    return bool(_OUTCOME.search(sentence))


_OUTCOME = re.compile(r"\d+(?:\.\d+)?\s*(?:%|x\b|k\b|m\b|\+|pts?\b|points\b|pp\b|bps\b)"
                      r"|[$€£]\s?\d|\b(?!(?:19|20)\d\d\b)\d{2,}\b", re.IGNORECASE)
