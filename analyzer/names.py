"""Names: when an alias match is a word of a name, not a skill the candidate states.

Contract: each function takes a line of text (or the text) and a match's offsets and says
whether the match is a word of the name of an organisation, a publication, a programme, a
degree or a team ('Journal of Human Security', 'BA (Hons) English', 'Headend Embedded Software
Team'), of a place ('Tamil Nadu', 'Spring Lake Park, MN'), or of a person on a resume's first
line. Pure functions on strings, no state. The other senses of a word are in
:mod:`analyzer.senses`, publication titles in :mod:`analyzer.citations`, job titles in
:mod:`analyzer.titles`.
"""

from __future__ import annotations

import re

from analyzer.timeline import MONTH_PATTERN, OPEN_END
from analyzer.titles import NAME_OPENERS, TITLE_HEADS, name_run

EMPLOYER_DATES_AFTER = re.compile(
    # A role's dates right after a name ('Acme Robotics (Mar 2019 –', 'Snowflake | 2021').
    # On the same line only: a year on the line below is the next field of a list, not a date
    # attached to this name. A year after nothing but a space is a release ('SQL Server 2000',
    # 'Visual Studio 2008') unless it opens a range ('Acme 2019 - 2021').
    r"^[ \t]*(?:"
    r"(?:(?:,|\||-|–|—)[ \t]*(?:\(|\|)?|\(|\|)[ \t]*"
    rf"(?:{MONTH_PATTERN}[ \t]+)?(?:19|20)\d\d"
    rf"|{MONTH_PATTERN}[ \t]+(?:19|20)\d\d"
    r"|(?:19|20)\d\d(?=[ \t]*(?:-|–|—|to\b)[ \t]*(?:(?:19|20)\d\d|"
    rf"{OPEN_END}|{MONTH_PATTERN})))", re.IGNORECASE)
_INSTITUTION_WORDS = frozenset({
    "institute", "institution", "association", "journal", "division", "department", "school",
    "college", "university", "society", "council", "conference", "symposium", "forum",
    "academy", "center", "centre", "committee", "foundation", "ministry", "bureau", "agency",
    "award", "awards", "magazine", "press", "books", "publishers", "club", "board", "federation",
    "union", "proceedings",
    "group", "workgroup", "lab", "laboratory", "program", "programme", "panel", "coalition",
    "consortium", "force", "taskforce", "inc", "inc.", "alliance", "subcommittee", "dept",
    "dept.",
    "corporation", "ltd", "ltd.", "llc",
    "committees", "councils", "boards", "associations", "societies", "convention",
    "section", "sections", "summit", "chapter",
    "bachelor", "bachelors", "master", "masters", "b.a.", "b.a", "ba", "b.s.", "bs", "bsc",
    "b.sc", "b.sc.", "m.a.", "ma", "m.s.", "ms", "msc", "m.sc", "m.sc.", "mba", "ph.d.", "phd",
    "ph.d", "diploma", "degree", "major", "minor", "doctorate", "hons", "(hons)", "b.com",
    "bcom", "m.com", "gcse", "a-level", "levels",
})
"""Words that make a capitalised name an organisation, publication or degree: 'Institute for
Communication Research', 'Journal of Human Security', 'Bachelor of Arts in English'."""
_STATE_AFTER = re.compile(r"((?: [A-Z][a-z]+){1,3}), ?[A-Z]{2}(?![\w-])")
"""Capitalised words and a US state code, on single spaces (a layout's column gap is not a
place name)."""
_LANGUAGE_LEVELS = frozenset({
    "native", "fluent", "fluently", "good", "basic", "intermediate", "advanced", "professional",
    "conversational", "proficient", "proficiency", "mother", "excellent", "beginner",
    "elementary", "working", "full", "limited", "bilingual", "read", "write", "speak", "and",
    "language", "languages", "spoken", "written", "first", "second", "business", "very",
    "medium", "average", "expert", "upper", "lower", "pre", "mothertongue",
})
"""Words after a language name that describe the candidate's level, not a place."""


def in_place_name_with_state(line: str, start: int, end: int) -> bool:
    """A capitalised match that starts a place name with a US state code: 'Spring Lake Park,
    MN', 'Java Center, TX' (not 'Python Developer, NY': a job title)."""
    if not line[start:end][:1].isupper():
        return False
    # The match may be the whole town after a comma ('Great Pupil Elementary, Spring, TX'); a
    # code that ends the place then, as in a role line ('Java, PA' is no list's item).
    if line[:start].rstrip().endswith(",") and _TOWN_STATE_AFTER.match(line, end) is not None:
        return True
    # A town after a comma, its state a code that is also a word, then a year or a ZIP code:
    # 'Montgomery County Public Schools, Silver Spring, MD, 1991 to 1995'.
    if (_DATED_WORDLIKE_STATE.match(line, end) is not None
            and _TOWN_AFTER_COMMA.search(line, max(0, start - TOWN_WORDS_CHARS), start) is not None):
        return True
    match = _STATE_AFTER.match(line, end)
    return match is not None and not any(
        word.lower() in TITLE_HEADS for word in match.group(1).split())


WRAPPED_LINE_MIN_CHARS = 40
"""A line at least this long (characters) may have wrapped a name onto the next line."""
_CONNECTORS = frozenset({"of", "for", "on", "in", "and", "&", "the", "to"})
"""Words a wrapped name's first line can end in ('Journal of' / 'Human Security')."""


def ends_in_connector(line: str) -> bool:
    """The line ends in a word that a name continues after ('… Association for')."""
    words = line.split()
    return bool(words) and words[-1].lower() in _CONNECTORS


def starts_with_connector(line: str) -> bool:
    """The line opens with a word that continues a name from the line before ('& Digital
    Media' after 'College of Computing', a name a column gap cut in two)."""
    words = line.split()
    return bool(words) and words[0].lower() in _OPENING_CONNECTORS


_OPENING_CONNECTORS = frozenset({"of", "for", "and", "&"})


def starts_with_institution(line: str) -> bool:
    """The line opens with an institution word, capitalised ('Conference, 2019', 'Journal.')."""
    words = line.split()
    return (bool(words) and words[0][:1].isupper()
            and words[0].lower().strip("(),.;:") in _INSTITUTION_WORDS)


def in_organisation_name(line: str, start: int, end: int, *, next_text: str = "") -> bool:
    """A capitalised match inside the name of an organisation, publication or degree:
    'Institute for Communication Research', 'Journal of Human Security', 'BA (Hons) English'.
    ``next_text`` is what follows the line (a role's dates in the next cell)."""
    if not line[start:end][:1].isupper():
        return False
    before, after = name_run(line, start, end)
    words = {w.lower().strip("(),.;:-–") for w in (*before, *after)}
    # An institution's word in the name, or a school's noun in lower case after it ('BI
    # Norwegian Business school, Oslo').
    if words & _INSTITUTION_WORDS or (after and _SCHOOL_NOUN_AFTER.match(line, end) is not None):
        return True
    if _in_team_or_project_name(line, end, before) or _FIELDS_OF_A_UNIT.search(
            line, max(0, start - UNIT_NAME_REACH_CHARS), start) is not None:
        return True
    return _placed_or_dated(line, end, before, next_text)


EMPLOYER_DATES_REACH_CHARS = 40
"""How far after a name (characters) a role's dates are read ('Acme Robotics (Mar 2019 –')."""


def _placed_or_dated(line: str, end: int, before: list[str], next_text: str) -> bool:
    """What follows the name the match ends (``before`` are its words before the match) makes
    it an employer's or a school's: a legal suffix, a town and state, a role's dates."""
    # A name followed by its town and state is an employer's or a school's ('Creative Solutions,
    # Norfolk, VA', 'Donton Healthcare, Henderson, NV'); one word alone may be a list's item.
    # A company's legal suffix after a comma ('STRATEGIC MARKETING, INC, 1998 to 2008').
    if _LEGAL_SUFFIX.match(line, end):
        return True
    place = _NAME_AT_PLACE.match(line, end)
    # One word alone is a name when a role's dates follow its place ('ADP, Chicago, IL
    # September 2010 – November 2010').
    if place is not None and (before or place.group(1).strip()
                              or _DATES_AFTER_PLACE.match(line[place.end():] + next_text)):
        return True
    # A line that is nothing but a name, its town and state on the next line ('VERIZON
    # WIRELESS' / 'Orangeburg, NY', 'Teaching & Mentoring Communities' / 'Vincennes, IN | Nov
    # 2010'): an employer's or a school's block.
    if _PLACE_LINE_AFTER.match(next_text) is not None and _NAME_LINE.fullmatch(line) is not None:
        return True
    # The last word of a name that a role's dates follow: 'Acme Robotics (Mar 2019 – Present)',
    # or, with a right-aligned cell joined by one space, 'Cumberland Health Tech Aug 2019' (the
    # month is no word of the name).
    return bool(before and EMPLOYER_DATES_AFTER.match(line[end:end + EMPLOYER_DATES_REACH_CHARS]))


def is_name_and_place_line(line: str) -> bool:
    """The line is an organisation's name, its town and its region, maybe after a title:
    'INSTRUMENTATION SOLUTIONS, Sao Paulo, Brazil', 'L and S Prototype, Elmonte, Ca',
    'Editor/Proofreader, Express Publishing, Athens'. Capitalised words only, parted by a comma
    and a space (not 'Development,Testing,Support'); a caller confirms it by a role's dates
    beside it (:func:`opens_with_dates`), as no list of places says 'Athens' is a town."""
    return len(line) <= NAME_PLACE_LINE_MAX_CHARS and _NAME_AND_PLACE.fullmatch(line) is not None


def opens_with_dates(line: str) -> bool:
    """The line opens with a role's date range ('1986 to 1990', 'Sept. 2004-2005', 'May, 2013-
    September, 2014')."""
    return _OPENING_DATES.match(line) is not None


_CAPITAL_WORD = r"(?:[A-Z][\w&.'’/-]*|of|and|&|the|for)"
_CAPITAL_WORDS = rf"{_CAPITAL_WORD}(?:[ \t]+{_CAPITAL_WORD}){{0,3}}"
_NAME_AND_PLACE = re.compile(
    rf"[ \t]*{_CAPITAL_WORDS},[ \t]+{_CAPITAL_WORDS},[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{0,2}}"
    rf"(?:,[ \t]+{_CAPITAL_WORDS})?\.?[ \t]*")
"""Name, Town, Region or Title, Name, Town[, Region]: three fields at least (two may be a
list's items: 'Help Desk Support, Software Distribution'), the third in title case."""
NAME_PLACE_LINE_MAX_CHARS = 100
"""Characters of a name-and-place line, at most."""
_OPENING_DATES = re.compile(
    rf"\s{{0,4}}\(?(?:(?i:{MONTH_PATTERN})[a-z]*\.?,?[ \t]+)?(?:19|20)\d\d[ \t]*(?:[-–—]|(?i:to)\b)")


def _in_team_or_project_name(line: str, end: int, before: list[str]) -> bool:
    """The match, after the name's words ``before`` it, is in a team's, project's or
    initiative's name ending after it."""
    # A named team: 'mentorship program for MySQL Team', 'Headend Embedded Software Team'
    # (not 'Team Lead', 'Team Building': the word after 'Team' makes it something else).
    if (team := _NAMED_TEAM.match(line, end)) is not None and not (
            team.group().strip() == "Team" and before and before[-1].lower() in _ARTICLES):
        return True
    # A named project or initiative: 'Linux Documentation Project', 'The BI Initiative' (a
    # project of the candidate's in a field, 'the E-Commerce Project', stays: 'the' in
    # lower case before it).
    return _NAMED_PROJECT.match(line, end) is not None and not (
        before and before[-1] in _ARTICLES)


_LEGAL_SUFFIX = re.compile(r"[ \t]*,?[ \t]*(?i:inc|llc|ltd|corp|gmbh|plc|pvt)\b\.?(?![ \t]*[a-z])")
"""A company's legal form after its name ('…, Inc', ' LLC', ' Pvt')."""
_DATES_AFTER_PLACE = re.compile(
    rf"\s*[,|–—-]?\s*(?:\(?(?:{MONTH_PATTERN})\w*\.?[ \t]+)?(?:19|20)\d\d\b", re.IGNORECASE)
"""A role's dates after an employer's place ('  September 2010-', ' | 2019')."""
_SCHOOL_NOUN_AFTER = re.compile(
    r"(?:[ \t]+[A-Z][\w&'.-]*){1,4}[ \t]+(?:school|college|university|institute|academy)\b")
"""The rest of a name and a school's noun typed in lower case."""
_ARTICLES = frozenset({"the", "a", "an", "our", "my", "their"})
"""'part of the Agile Team' is a team working in Agile, not a team's name."""
_NAMED_TEAM = re.compile(
    r"(?:[ ][A-Z][\w-]*){0,3}[ ](?:Team\b(?![ \t]*[A-Za-z])|Unit\b(?=[ \t]+(?:at|of|in)\b))")
"""The rest of a team's name on single spaces, ending in 'Team' with no word after it, or a
unit's ending in 'Unit' and where it is ('Business Intelligence Unit at Infosys'; not 'Unit
Tests')."""
_FIELDS_OF_A_UNIT = re.compile(
    r"\b(?:School|College|Department|Faculty|Institute|Division|Office|Cent(?:er|re)|Ministry|"
    r"Bureau)\s+of\s+(?:[A-Z][\w&-]*(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and\s+|&\s+)?))+\Z")
"""A unit's name that lists its fields, up to the match: 'School of Education, Hospitality,
and Continuing Studies', 'Department of Information, Technology, and Telecommunications'."""
UNIT_NAME_REACH_CHARS = 80
"""How far before a match (characters) the start of a unit's name listing fields may be."""
_NAMED_PROJECT = re.compile(
    r"(?:[ ][A-Z][\w-]*){0,3}[ ](?:Project|Initiative)\b(?![ \t]*(?i:lead|leader|manager|"
    r"management|description|title|name|details|coordinator|scope|scoping|plan|planning|team|"
    r"teamwork|procurement|office)\b)")
"""The rest of a project's or initiative's name on single spaces, ending in 'Project' or
'Initiative' ('… Documentation Project'); not 'Project Lead' or 'Project Description'."""
_US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    "NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|Alabama|Alaska|Arizona|"
    "Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|"
    "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
    "Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
    "North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
    "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|"
    "Wyoming")
_WORDLIKE_CODES = frozenset({"MS", "IN", "OR", "ME", "OK", "HI", "ID", "CO", "DE", "MA", "MD",
                             "PA", "GA", "AR", "MT", "IA", "CT", "SC", "NE", "UT", "VA", "WA"})
"""State codes that are also words or abbreviations ('MS Office', 'English, MA', 'Google
Ads, GA', 'Blender, AR'): a bare town before them is no place unless other words say so."""
_TOWN_STATE_AFTER = re.compile(
    rf",[ \t]?(?:{'|'.join(c for c in _US_STATES.split('|') if c not in _WORDLIKE_CODES)})"
    rf"(?=\.?[ \t]*(?:$|\d|[|(]|[-–—][ \t]|[ \t]{{2}}(?i:{MONTH_PATTERN})))", re.MULTILINE)
"""A US state right after a town's name that ends the line or comes before a date, a ZIP
code, a bar, a bracket or a spaced dash: ', TX    July 2006', ', Texas'. Not 'C++, MS
Office' or 'Win 8, MS-DOS'."""
_DATED_WORDLIKE_STATE = re.compile(
    rf",[ \t]?(?:{'|'.join(sorted(_WORDLIKE_CODES))})\b,?[ \t]*(?:(?:19|20)\d\d|\d{{5}})")
_TOWN_AFTER_COMMA = re.compile(r",[ \t]*(?:[A-Z][a-z]+[ \t]+){0,2}\Z")
TOWN_WORDS_CHARS = 40
"""How far before a match (characters) the comma before its town's first words may stand."""
_NAME_AT_PLACE = re.compile(
    rf"((?:[ \t]*[ \t/][A-Z][\w&'.-]*){{0,4}})[,;][ \t]*(?:[A-Z][a-z]+[ \t]?){{1,3}},[ \t]*(?:{_US_STATES})"
    r"(?=[ \t]*(?:$|\d{5}|[-–—|(,.]|[ \t]{2}))", re.MULTILINE)
"""The rest of a capitalised name (two names may share it over a slash), then a comma or a
semicolon, a town and a US state that ends the line or comes before a ZIP code, punctuation
or a column gap: ', Norfolk, VA', ' Healthcare, Henderson, NV', ' Professional Services/Dollar
Group; Wayne, NJ',
' Factory, Burbank, California.' (not 'Excel, Word, MS Access': MS is no state there)."""
_NAME_LINE = re.compile(r"[ \t]*(?:[A-Z0-9][\w&.'’-]*|&)(?:[ \t]+(?:[A-Z0-9][\w&.'’-]*|of|for|and|"
                        r"the|in|&)){0,6}[ \t]*")
"""A line of a name alone: capitalised words, maybe joined by 'of', 'and', '&' …, and no
punctuation that would make it a list ('HTML, CSS') or a sentence."""
_PLACE_LINE_AFTER = re.compile(
    rf"(?:[ \t]*\r?\n|[ \t]{{2,}})[ \t]*[-–—]?[ \t]*(?:[A-Z][a-z]+[ \t]?){{1,3}},[ \t]*"
    rf"(?:{_US_STATES}|[A-Z]{{2,3}})\b\.?(?:[ \t]*(?:$|[|(–—-]|\d(?!\d{{4}}\b))|[ \t]{{2}})", re.MULTILINE)
"""The next line (or, in a flattened text, the next cell after a run of spaces) opens with a
town and its US state or a country's code ('Orangeburg, NY', '- Dubai, UAE'), then ends or
gives dates: the place of the name on the line above. Not a postal code ('Pleasantville, CA
94588'): a full address is the candidate's own, under their headline."""
NEXT_WORD_CHARS = 30
"""How far after a match (characters) the next word is read."""


def words_after(line: str, end: int, count: int = 1) -> list[str]:
    """Up to ``count`` words right after ``end`` (read within ``count`` × NEXT_WORD_CHARS)."""
    return line[end:end + count * NEXT_WORD_CHARS].split()[:count]


def in_place_name(line: str, start: int, end: int) -> bool:
    """A language name that is part of a capitalised name: 'Tamil Nadu', 'English Literature',
    'French Riviera' (not 'English Native', 'Spanish (fluent)')."""
    after = words_after(line, end)
    if not after or not line[start:end][:1].isupper():
        return False
    word = after[0]
    return (word[:1].isupper() and word.isalpha() and len(word) > 1 and not word.isupper()
            and word.lower() not in _LANGUAGE_LEVELS)


_NAME_PART = re.compile(r"[A-Z][a-z’']+(?:-[A-Z][a-z’']+)?|[A-Z]\.?")
"""A word of a name in title case ('Graham', 'Ruiz-Paz', 'A.')."""
_SURNAME_CAPS = re.compile(r"[A-Z][A-Z’'-]+")
"""A surname in capitals, as the last word of a name ('Jean DUPONT'). Any other all-capitals
word ('Tableau Power BI SQL') means the line is not a name."""
_DOCUMENT_WORDS = frozenset({"resume", "résumé", "cv", "curriculum", "vitae", "sample",
                             "template", "profile", "portfolio"})
"""Words of a document's title line ('Social Media Resume Sample'), not of a name."""
NAME_MAX_WORDS = 4
"""A person's name on a resume's first line: two to this many capitalised words."""


def after_nationality_label(line: str, start: int) -> bool:
    """The match follows a nationality's label ('Nationality: Greek', 'Citizenship:
    French'): a nationality, not a language claimed (the languages stand in their own list)."""
    return _NATIONALITY_LABEL.search(line, max(0, start - NATIONALITY_LABEL_CHARS),
                                     start) is not None


_NATIONALITY_LABEL = re.compile(r"\b(?i:nationality|citizenship|citizen\s+of)\s*[:\-–]?\s*\Z")
"""A nationality's label right before a match."""
NATIONALITY_LABEL_CHARS = 30
"""How far before a match (characters) a nationality's label may stand."""


def is_document_title(line: str) -> bool:
    """The line is a document's title ('Social Media Resume Sample', 'COMMUNICATIONS, MEDIA,
    MARKETING, SALES Resume Examples', 'Editor Resume Template'): a field named there is the
    template's subject, not a skill. A resume's or CV's word and at most
    DOCUMENT_TITLE_MAX_WORDS words; no sentence."""
    if len(line) > DOCUMENT_TITLE_MAX_CHARS or _RESUME_MARK.search(line) is None:
        return False  # most lines: a title is short and names the document
    words = re.findall(r"[^\W\d_][\w'’-]*", line.lower())
    return (0 < len(words) <= DOCUMENT_TITLE_MAX_WORDS
            and bool(_RESUME_WORDS.intersection(words))
            and not any(mark in line for mark in ".:;•"))


_RESUME_WORDS = frozenset({"resume", "résumé", "resumes", "cv", "vitae"})
_RESUME_MARK = re.compile(r"(?i:r[eé]sum[eé]|vitae)|CV")
"""A cheap first test for one of _RESUME_WORDS."""
DOCUMENT_TITLE_MAX_WORDS = 8
"""Words of a document's title line ('Sample resume for a marketing graduate')."""
DOCUMENT_TITLE_MAX_CHARS = 100
"""Characters of a document's title line, at most."""


def is_person_name(line: str) -> bool:
    """The line is only a person's name in title case ('Maximo Graham', 'Jane A. Doe'), as on
    a resume's first line: a product that is also a first name is not a skill there. A title
    ('Python Developer') is not a name."""
    words = line.strip(NAME_OPENERS + "”’»)] ").split()
    return (2 <= len(words) <= NAME_MAX_WORDS
            and all(_NAME_PART.fullmatch(word) for word in words[:-1])
            and bool(_NAME_PART.fullmatch(words[-1]) or _SURNAME_CAPS.fullmatch(words[-1]))
            and not any(word.lower() in TITLE_HEADS or word.lower() in _DOCUMENT_WORDS
                        for word in words))
