"""Word-sense rules: when an alias match names something other than the candidate's skill.

Each rule is a small pure function on the text around a match, so it can be tested alone:
school grades ("English (A)"), seasons ("Spring 2021"), test types ("Integration and
Regression Testing"), acronyms spelled out as something else ("GCP (Global Career
Program)"), a word's other field ("GCP and ICH guidelines"), people named or counted ("2 QA
engineers"), audiences ("presented to senior leadership"). Names of organisations, places and
people are in :mod:`analyzer.names`, publication references and titles in
:mod:`analyzer.citations`, job titles in :mod:`analyzer.titles`.
"""

from __future__ import annotations

import functools
import re

from analyzer.names import NEXT_WORD_CHARS, words_after

_GRADE_AFTER = re.compile(r"\s*\(\s*[A-E][+*-]?\s*\)")
_TEST_TYPE_WORD = (r"(?:unit|integration|regression|functional|system|systems|acceptance|"
                   r"performance|load|stress|smoke|sanity|e2e|end-to-end|usability|security|"
                   r"penetration|exploratory|manual|automated|automation|api|ui|gui|black-box|"
                   r"white-box|mobile|web|cross-browser|compatibility|localization|"
                   r"localisation|accessibility|contract|component|database|uat|beta|alpha)")
"""Words that name a kind of test."""
_TEST_TYPES = re.compile(
    rf"(?:\s*+(?:,|/|&|\band\b|\bor\b)\s*+{_TEST_TYPE_WORD}(?![\w-])){{1,6}}?\s+(?:testing|tests?)\b",
    re.IGNORECASE)
"""More test types, the last one right before 'testing' ('…, E2E and Regression Testing');
'coding and testing' (nothing between 'and' and 'testing') is two activities. Every item
names a kind of test: 'SQL, Jira, Usability testing' is SQL, Jira and usability testing.
Possessive quantifiers: 'x-and-x-and-…' must not backtrack exponentially."""
_TEST_KIND = re.compile(r"integration|regression|functional|system|systems|acceptance|performance|"
                        r"load|stress|smoke|sanity|e2e|end-to-end|usability|security|penetration|"
                        r"exploratory|compatibility|localization|localisation|accessibility|uat|"
                        r"beta|alpha", re.IGNORECASE)
_TESTING_BEFORE = re.compile(r"\b(?:testing|tests?)\b[^().;:\n]{0,40}$", re.IGNORECASE)
"""'testing' before a bracketed list of its kinds, right before or with a few words between:
'testing (BVT, …)', 'Perform testing - self and independent (Functional, Integration, …)'."""
TEST_TYPES_WINDOW_CHARS = 120
"""How far after a match (characters) the list of test types may run."""
_SEASON_WORDS = frozenset({
    "spring", "summer", "fall", "autumn", "winter", "semester", "semesters", "term", "terms",
    "quarter", "season", "seasons", "break", "session", "intake",
})
ACRONYM_MIN_CHARS, ACRONYM_MAX_CHARS = 2, 6
"""Length range (characters) of an all-capitals match read as an acronym."""
_EXPANSION = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z -]{2,80}?)\s*\)")
_BRACKETED = re.compile(r"\s*\)")
_BEFORE_BRACKET = re.compile(r"([A-Za-z][A-Za-z &-]{2,80})\(\s*$")
"""The words before an opening bracket that holds an acronym, to read them as its expansion."""
EXPANSION_REACH_CHARS = 90
"""How far from an acronym (characters) its bracketed expansion may reach."""
_BRACKETS_BEFORE = re.compile(r"\(\s*([A-Za-z][A-Za-z -]{2,80}?)\s*\)\s*$")
"""An expansion in brackets right before an acronym: '(Good Clinical Practice) GCP'."""
_EXPANSION_FILLERS = frozenset({"of", "and", "for", "the", "in", "on", "to", "&"})
_YEAR = re.compile(r"(?:19|20)\d\d|'\d\d|20xx", re.IGNORECASE)
_TWO_DIGITS_CLOSED = re.compile(r"\d\d\)[,.;:]?")
SEASON_WINDOW_CHARS = 20
"""How far either side of a season word (characters) its neighbours are read."""


def is_acronym(text: str) -> bool:
    """``text`` is shaped like an acronym: ACRONYM_MIN_CHARS to ACRONYM_MAX_CHARS capitals."""
    return (ACRONYM_MIN_CHARS <= len(text) <= ACRONYM_MAX_CHARS and text.isalpha()
            and text.isupper())


def acronym_expansion(line: str, start: int, end: int) -> str | None:
    """The words an acronym match is spelled out as, right after it or right before it in
    brackets, when their initials spell it: 'GCP (Global Career Program)' and 'Public Sector
    Management (PSM)' give those words; None otherwise."""
    acronym = line[start:end]
    if not is_acronym(acronym):
        return None
    # 'GCP (Global Career Program)', or '(Good Clinical Practice) GCP': the expansion in
    # brackets right after or right before the acronym.
    bracketed = _EXPANSION.match(line, end) or _BRACKETS_BEFORE.search(line[:start])
    if bracketed is not None:
        return bracketed.group(1) if _spells(bracketed.group(1), acronym) else None
    if _BRACKETED.match(line, end) is None or (before := _BEFORE_BRACKET.search(line[:start])) is None:
        return None
    # Walk back over the words before the bracket until their initials are as long as the
    # acronym ('Programs in Public Sector Management (PSM)' stops at 'Public').
    words = re.split(r"[\s-]+", before.group(1).strip())
    initials = ""
    for index in range(len(words) - 1, -1, -1):
        if not words[index] or words[index].lower() in _EXPANSION_FILLERS:
            continue  # '' where a dash ends the words ('Quality Control - (QC)')
        initials = words[index][0] + initials
        if len(initials) == len(acronym):
            return " ".join(words[index:]) if initials.upper() == acronym else None
    return None


def _spells(words: str, acronym: str) -> bool:
    """The initials of ``words`` (fillers such as 'of' and 'and' left out) spell ``acronym``."""
    initials = "".join(w[0] for w in re.split(r"[\s-]+", words)
                       if w and w.lower() not in _EXPANSION_FILLERS)
    return initials.upper() == acronym


def names_a_test_type(line: str, start: int, end: int) -> bool:
    """The match is one of a list of test types sharing the head noun 'testing': 'Functional,
    Integration and Regression Testing', 'unit/integration tests', or listed in brackets right
    after it: 'testing (BVT, Functional, Regression, Integration, System)'."""
    if "test" in line[start:end].lower():
        return False
    if _TEST_TYPES.match(line[end:end + TEST_TYPES_WINDOW_CHARS]) is not None:
        return True
    opening = line.rfind("(", max(0, start - TEST_TYPES_WINDOW_CHARS), start)
    return (opening >= 0 and ")" not in line[opening:start] and is_test_kind(line[start:end])
            and _TESTING_BEFORE.search(line, 0, opening) is not None)


def is_test_kind(text: str) -> bool:
    """``text`` is a word that names a kind of test and nothing one builds ('Integration',
    'Security', 'UAT'; not 'API' or 'Mobile', whose tests still show the thing tested)."""
    return _TEST_KIND.fullmatch(text) is not None


_TECHNICAL_LABEL = re.compile(
    r"(?:^[\s•*–-]*|[.;•|]\s*)(?:operating\s+systems?|os|platforms?|tools|technologies|frameworks|databases|"
    r"software|environments?|ides?|servers|hardware|rtos)\s*:[^:.;|•]*$", re.IGNORECASE)
"""A list labelled as technical items: 'Operating Systems: Integrity, AMX RTOS'."""


def in_technical_list(line: str, start: int) -> bool:
    """The match is an item of a list labelled technical ('Operating Systems: Integrity'):
    there a soft-skill word names a product ('Integrity' the RTOS)."""
    return _TECHNICAL_LABEL.search(line, 0, start) is not None


_FUNDING_ROUND = re.compile(r"\bseries\s+$", re.IGNORECASE)
"""'Series C', 'Series B funding': a letter after 'Series' names a funding round."""
_AUDIENCE_BEFORE = re.compile(
    r"\b(?:shar|present|report|updat|brief|escalat|pitch|communicat|review|sync|demo|"
    r"recommend|sent|send|walk)\w*\b[^.;:\n]{0,40}?\b(?:with|to|from|by)\s+"
    r"(?:the\s+|our\s+|my\s+)?(?:senior\s+|executive\s+|company\s+)?$", re.IGNORECASE)
"""'share findings with product leadership', 'presented to senior leadership': the people
something is shared with or presented to (not 'an analyst with leadership and …')."""


_LEADERSHIP_QUALITIES = frozenset({"position", "positions", "role", "roles", "skills", "skill",
                                   "experience", "qualities", "abilities", "capabilities",
                                   "development", "training", "style", "potential"})
"""Words after 'leadership' that make it the candidate's ('with leadership positions')."""


_SELF_ASSESSMENT = re.compile(r"[—–:(-]\s*(?:basic|independent|proficient)\s+user\b",
                              re.IGNORECASE)
"""Europass self-assessment levels ('Content creation — Independent user')."""


SELF_ASSESSMENT_MIN_RATINGS = 2
"""User-level ratings on a line that make it a self-assessment grid ('Salesforce (proficient
user), negotiation' is one tool rated in a list of skills)."""


def in_self_assessment_grid(line: str) -> bool:
    """The line rates areas of digital competence on Europass's user levels ('Information
    processing — Proficient user; Content creation — Independent user'): areas of computer
    use rated, not business or soft skills shown (a language rated so stays a language)."""
    return len(_SELF_ASSESSMENT.findall(line)) >= SELF_ASSESSMENT_MIN_RATINGS


_DECISION_VERBS = frozenset({"adopted", "approved", "endorsed", "agreed", "signed", "funded",
                             "chose", "picked", "accepted", "backed", "greenlit", "greenlighted",
                             "asked", "requested", "mandated", "decided", "wanted"})
"""What a leadership group does as people ('a strategy that leadership adopted')."""
_LEADERSHIP_GROUPS = frozenset({"team", "teams", "group", "council", "committee", "forum"})
"""Words after 'leadership' that make it a group of people ('the leadership team')."""
_GROUP_BEFORE = re.compile(r"\b(?:with|to|from|by|for)\s+(?:the\s+|our\s+|my\s+)?"
                           r"(?:senior\s+|executive\s+|company\s+)?$", re.IGNORECASE)


_OTHERS_LEADERS = re.compile(
    r"\b(?:client|clients|customer|customers|internal|company|partner|school|district|"
    r"university|hospital|agency)(?:'s|’s|s'|s’)?\s+(?:senior\s+|executive\s+)?\Z",
    re.IGNORECASE)
"""Words that make 'leadership' another party's leaders: 'communication with client
leadership', 'notifications to high level internal leadership'."""


def is_funding_round(text: str, start: int, end: int) -> bool:
    """A one-letter match after 'Series' is a funding round ('Series C, HR SaaS'), not C."""
    return end - start == 1 and _FUNDING_ROUND.search(text, max(0, start - 8), start) is not None


def names_an_audience(text: str, start: int, end: int) -> bool:
    """The match is a leadership group someone reports or presents to ('shared findings with
    product leadership', 'presented to senior leadership'), not the skill of leading."""
    if not text[start:end].lower().endswith("leadership"):
        return False
    after = words_after(text, end)
    following = after[0].strip(",.;:()").lower() if after else ""
    if following in _LEADERSHIP_QUALITIES:
        return False
    # 'a strategy that leadership adopted'; 'client leadership': another party's leaders.
    if following in _DECISION_VERBS or _OTHERS_LEADERS.search(
            text, max(0, start - AUDIENCE_WINDOW_CHARS), start) is not None:
        return True
    # 'Provide leadership opportunities for school administrators': others are to lead.
    if following in {"opportunities", "opportunity"}:
        given = words_after(text, end, 2)
        return len(given) == 2 and given[1].lower() in {"for", "to"}
    if following in _LEADERSHIP_GROUPS:  # 'to the leadership team': people, whatever the verb
        return _GROUP_BEFORE.search(text, max(0, start - AUDIENCE_WINDOW_CHARS), start) is not None
    return _AUDIENCE_BEFORE.search(text, max(0, start - AUDIENCE_WINDOW_CHARS), start) is not None


def is_season(text: str, start: int, end: int) -> bool:
    """The match is a season or a term, not a skill: 'Spring 2021', 'Spring & Fall Semesters',
    'Winter and Spring track'."""
    if text[start:end].lower() not in _SEASON_WORDS:
        return False
    before = text[max(0, start - SEASON_WINDOW_CHARS):start].split()[-2:]
    after = text[end:end + SEASON_WINDOW_CHARS].split()[:2]

    def season(word: str) -> bool:
        return word.strip(",.;:()").lower() in _SEASON_WORDS

    def linked(words: list[str]) -> list[str]:  # the next word, or the one after '&'/'and'
        return words[1:2] if words[:1] in (["&"], ["and"]) else words[:1]

    # A year right after ('Spring 2021') or a season next to it ('Spring & Fall', 'Winter
    # and Spring'); 'Spring in 2021' and '2019: Spring, Hibernate' are the framework.
    # A bracketed term with a two-digit year ('(Spring 08)') and a template's '[year]' too.
    bracketed = (text[start - 1:start] == "(" and bool(after)
                 and _TWO_DIGITS_CLOSED.fullmatch(after[0]) is not None)
    return ((bool(after) and (_YEAR.fullmatch(after[0].strip(",.;:()")) is not None
                              or after[0].lower().startswith("[year]") or bracketed))
            or any(season(w) for w in linked(after))
            or any(season(w) for w in linked(before[::-1])))


_FIELD_NOUNS = frozenset({
    "engineering", "technology", "technologies", "systems", "networks", "protocols",
    "satellites", "satellite",
})
"""Nouns that make a soft-skill word the first half of a technical field's name."""
_FIELD_QUALIFIERS = frozenset({"data", "it", "network", "serial", "wireless", "satellite",
                               "optical", "radio", "mobile", "telecom", "multimedia", "health",
                               "mass", "media"})
"""Words that make a soft-skill word before them a technical field: 'IT communication',
'serial communication', 'wireless communications'."""
_PEOPLE_NOUNS = frozenset({"staff", "personnel", "employees", "users"})
"""Nouns that make a business skill word name a group of people ('marketing staff')."""
AUDIENCE_WINDOW_CHARS = 80
"""How far before a match (characters) 'shared the findings with the senior …' is read."""


def names_a_field(line: str, start: int, end: int) -> bool:
    """The match is the first half of a technical field's name, not a soft skill: 'Electronics
    and Communication Engineering', 'Information and Communication Technology'."""
    after = words_after(line, end, 2)
    # Capitalised, as a field's name is ('Communication Engineering'); 'customer-centric
    # systems' and 'innovative technology' describe things the candidate built. The field's
    # noun ends the name: 'Mentoring Engineering Teams' is mentoring.
    word = after[0].strip(",.;:()") if after else ""
    ends = len(after) < 2 or after[0][-1:] in ",.;:)" or not after[1][:1].isupper()
    return word[:1].isupper() and word.lower() in _FIELD_NOUNS and ends


def names_a_document(text: str, end: int) -> bool:
    """The match names a project document or a campaign, not the skill: 'Communication
    Plans', 'a communication matrix', 'a marketing & communication campaign' (deliverables,
    not talking well)."""
    return _DOCUMENT_AFTER.match(text, end) is not None


_DOCUMENT_AFTER = re.compile(r"[ \t]+(?:plans?|matrix|matrices|templates?|campaigns?)\b",
                             re.IGNORECASE)


def qualified_as_field(text: str, start: int) -> bool:
    """A technical word right before the match makes it a field: 'IT communication',
    'serial communication', 'wireless communications'. Only spaces between them, or a line
    break before a lower-case match (a wrapped line): 'IT, communication and …' is a list and
    'sales data' on one line and 'Communication:' on the next are two things."""
    before = text[max(0, start - NEXT_WORD_CHARS):start]
    gap = len(before) - len(before.rstrip())
    if gap == 0 or ("\n" in before[len(before) - gap:] and not text[start:start + 1].islower()):
        return False
    words = before.split()
    return bool(words) and words[-1].lower() in _FIELD_QUALIFIERS


def names_people(line: str, start: int, end: int) -> bool:
    """The match names a group of people the candidate worked with or for, not a skill:
    'designers and project management staff', 'used by sales and marketing staff'."""
    after = words_after(line, end)
    return bool(after) and after[0].strip(",.;:()").lower() in _PEOPLE_NOUNS


def counts_people(line: str, start: int, end: int) -> bool:
    """The match is the field of people counted: 'managed 4 developers, 2 QA engineers',
    'a team of 6 Java developers'. It is their role, not the candidate's skill."""
    people_after = _PEOPLE_AFTER.match(line, end) is not None
    if not people_after and _LAST_PEOPLE_AFTER.match(line, end) is None:
        return False  # most matches: no people named after
    if _PEOPLE_LIST_BEFORE.search(line, max(0, start - PEOPLE_LIST_CHARS), start):
        return True  # 'led a team of 8 business analysts, testers, and HL7 specialists'
    lo = max(0, start - COUNT_BEFORE_CHARS)
    count = _COUNT_BEFORE.search(line, lo, start) if people_after else None
    # 'one of 3 Android developers', 'part of a team of 6 React developers': the candidate
    # is one of those people.
    return count is not None and _ONE_OF.search(line, max(0, count.start() - COUNT_BEFORE_CHARS),
                                                 count.start()) is None


_COUNT_BEFORE = re.compile(
    r"(?:\b\d{1,4}\+?|\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|several|dozens\s+of|team\s+of))"
    r"[ \t]+(?:(?i:senior|junior|offshore|onsite|contract|full-time)[ \t]+)?"
    r"(?:[\w.+#-]+[ \t]*/[ \t]*)?\Z")
_PEOPLE_AFTER = re.compile(
    r"(?:[ \t]*/[ \t]*[\w.+#-]+)?[ \t]+(?i:engineers|developers|testers|analysts|consultants|"
    r"architects|administrators|admins|programmers|designers|specialists|resources|DBAs)\b")
_ROLE_PLURALS = (r"(?i:engineers|developers|testers|analysts|consultants|architects|"
                 r"administrators|admins|programmers|designers|specialists|managers|DBAs)")
_PEOPLE_LIST_BEFORE = re.compile(
    r"(?:\b\d{1,4}\+?|\bteam\s+of)[ \t]+(?:\d{1,4}[ \t]+)?(?:people[ \t]+including[ \t]+)?"
    rf"(?:(?:[\w-]+[ \t]+){{0,2}}{_ROLE_PLURALS},?[ \t]+(?:and[ \t]+)?)+\Z")
"""A count and a list of people before the match ('team of 8 business analysts, testers, and')."""
_LAST_PEOPLE_AFTER = re.compile(rf"[ \t]+and[ \t]+[\w-]+[ \t]+{_ROLE_PLURALS}\b")
"""The list's last item, people, after the match ('HL7 and network specialists')."""
PEOPLE_LIST_CHARS = 120
"""How far before a match (characters) a counted list of people may start."""
_ONE_OF = re.compile(r"\b(?:one\s+of(?:\s+the)?|part\s+of(?:\s+(?:a|the))?(?:\s+team\s+of)?"
                     r"|member\s+of\s+(?:a|the)\s+team\s+of)\s*\Z", re.IGNORECASE)
"""What makes the candidate one of the people counted."""
COUNT_BEFORE_CHARS = 30
"""How far before a match (characters) the count of people is looked for."""


def is_school_grade(text: str, start: int, end: int) -> bool:
    """A school subject with its grade, or the grade itself: 'English (A)', 'Geography (C)'."""
    if text[start - 1:start] == "(" and text[end:end + 1] == ")" and end - start == 1:
        return True
    return _GRADE_AFTER.match(text, end) is not None


_DELIVERY_WORDS = frozenset({"program", "programme", "release", "migration", "delivery",
                            "implementation", "rollout", "roll-out", "deployment", "transition",
                            "cutover", "upgrade", "integration", "project"})
"""What a plan of delivery is for ('the program roadmap', 'the migration roadmap'): a schedule
a programme manager keeps, not a product's roadmap."""


def plans_delivery(text: str, start: int) -> bool:
    """The word before the match names a delivery plan: 'the program roadmap', 'a release
    roadmap' (the order work ships in, not what the product should be)."""
    words = text[max(0, start - 20):start].split()
    return bool(words) and words[-1].lower().strip("(,") in _DELIVERY_WORDS


_CLAUSE_END = re.compile(r"[.!?](?=\s)|[•▪●■◦]|\s[|–—]\s")
"""Where a sentence or list item ends inside a line: the other sense must be in the same one
(a semicolon does not end it: 'enterprise deals; ran demos and proofs of concept')."""


CUE_AROUND_CHARS = 40
"""How far either side of a match (characters) a cue that takes the match in may reach."""


@functools.lru_cache(maxsize=256)
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    # A space in a cue stands for any run of spaces ('my  work' in text flattened by a PDF).
    words = "|".join(re.escape(cue).replace(r"\ ", r"\s+")
                     for cue in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE)


def in_other_field(line: str, start: int, end: int, cues: tuple[str, ...]) -> bool:
    """The sentence around the match holds a word of another field where the alias means
    something else ('GCP and ICH guidelines' in a clinical trial: Good Clinical Practice;
    'AWS D1.1 welding code': the American Welding Society). ``cues`` come from the taxonomy
    (``other_sense``); the sentence ends at '.', '!', '?' or a bullet within the line."""
    if not cues:
        return False
    lo = max((m.end() for m in _CLAUSE_END.finditer(line, 0, start)), default=0)
    after = _CLAUSE_END.search(line, end)
    hi = after.start() if after else len(line)
    pattern = _cue_pattern(cues)
    if pattern.search(line, lo, start) is not None or pattern.search(line, end, hi) is not None:
        return True
    # A cue that takes the match in ('Sales orders' for 'Sales'): longer than the match.
    around = pattern.finditer(line, max(lo, start - CUE_AROUND_CHARS), min(hi, end + CUE_AROUND_CHARS))
    return any(cue.start() <= start and end <= cue.end() and cue.end() - cue.start() > end - start
               for cue in around)


_ANOTHER_PRODUCT = re.compile(r"[ \t]([A-Z][\w+#.-]*)")
"""One space, then a capitalised name: 'Oracle IDM', 'Apache Tiles' ('Oracle  Java', a column
gap, starts another cell)."""
VENDOR_PRODUCT_WORDS = frozenset({"Server", "Servers", "Database", "Databases", "DB", "DBA",
                                  "Web", "HTTP", "HTTPD"})
"""Words after a vendor's name that still name its flagship ('Oracle Server', 'Apache Web')."""


def names_another_product(text: str, end: int) -> bool:
    """A vendor's name (an alias marked ``vendor``) ending at ``end`` is followed by another of
    its products' names ('Oracle Transportation Management', 'Oracle IDM', 'Apache Tiles'),
    not the product the alias stands for alone ('Oracle, SQL Server', 'Oracle 11g')."""
    found = _ANOTHER_PRODUCT.match(text, end)
    return found is not None and found.group(1).rstrip(".,") not in VENDOR_PRODUCT_WORDS


_SYSTEM_ITEM = r"[\w.+#-]+(?:[ \t]+[\w.+#-]+){0,2}"
"""One system's name in an administrator's list, up to three words ('PI', 'HP storage')."""
_LIST_JOIN = r"\s*(?:,|&|/|\band\b)\s*"
"""What joins two systems' names (a list may wrap onto the next line after it)."""
_OPERATED_SYSTEMS_AFTER = re.compile(
    rf"(?:[ \t]+[\d.]+)?(?P<more>(?:{_LIST_JOIN}{_SYSTEM_ITEM})*?)[ \t]+"
    r"(?:systems|servers|instances|landscapes|boxes|machines|hosts)\b", re.IGNORECASE)
"""The rest of the list after the match (a release number may follow it: 'CRM 7.31') up to the
plural head every name shares: '…, SRM, CRM, and PI systems', '… and HP storage servers'."""
_NEXT_SYSTEM = re.compile(rf"{_LIST_JOIN}[\w.+#-]")
"""Another system's name right after the match: 'SOA and DOO/GOP'."""
_HEAD_WORDS = ("systems", "servers", "instances", "landscapes", "boxes", "machines", "hosts")
"""The plural heads :data:`_OPERATED_SYSTEMS_AFTER` ends with."""
_HOST_WORDS = ("server", "system", "database", "instance")
"""The objects an operation may follow in :data:`_OPERATION_BEFORE` ('Server Health Check')."""
_OPERATION_STEMS = ("monitor", "health", "incident", "patch", "backup", "backing", "restor",
                    "housekeeping", "refresh", "upgrad", "decommission", "provisioning")
"""The stems of the operations in :data:`_OPERATION_BEFORE`."""
_OPERATION_BEFORE = re.compile(
    r"(?P<host>\b(?:servers?|systems?|databases?|instances?)[ \t]+(?:performance[ \t]+)?)?"
    r"\b(?:monitor(?:ing|ed|s)?|health[ \t-]+checks?|incident[ \t]+management|incidents|"
    r"patch(?:ing|ed|es)?|backups?|backing[ \t]+up|restor(?:e|es|ed|ing)|housekeeping|"
    r"refresh(?:es|ed|ing)?|upgrad(?:e|es|ed|ing)|decommission(?:ed|ing)?|provisioning)"
    rf"[ \t]+(?:for|of|on|across)[ \t]+(?:(?:the|all|our)[ \t]+)?"
    rf"(?P<items>(?:{_SYSTEM_ITEM}{_LIST_JOIN})*(?:{_SYSTEM_ITEM}[ \t]*\()?)\Z", re.IGNORECASE)
"""An operation an administrator runs on systems (its object may stand before it: 'Server
Health Check for'), then the list's names before the match: 'Performance Monitoring for ECC, ',
'incident management for Windows,\\n'; the match may gloss the name before it in brackets
('for SOA and DOO/GOP (SCM)')."""
OPERATED_SYSTEMS_REACH_CHARS = 80
"""How far (characters) either way of the match the operation and the list's head are read."""


def names_an_operated_system(text: str, start: int, end: int) -> bool:
    """The match is one of several systems an administrator runs an operation on: a name the
    list's plural head noun shares ('Performance Monitoring for ECC, BI, SRM, CRM, and PI
    systems', 'incident management for Windows, SQL and HP storage servers') or a name in the
    list an operation on servers or systems is for ('daily Server Health Check for SOA and
    DOO/GOP'). The system is named for its type or product (an SAP BI system, SQL Server
    machines), not for the skill of building it. A lone name is ambiguous ('maintenance
    support for ETL systems' is ETL work), so at least one other system must be listed with
    it; only a concept or a language should be asked about (a tool listed is a tool used:
    'Windows servers')."""
    # A plain substring test first: an operation on systems is rare, and the regular
    # expressions below are slow to fail on every match of a skills list.
    before = text[max(0, start - OPERATED_SYSTEMS_REACH_CHARS):start]
    if not _mentions(before, _OPERATION_STEMS):
        return False
    after = text[end:end + OPERATED_SYSTEMS_REACH_CHARS]
    head = _OPERATED_SYSTEMS_AFTER.match(after) if _mentions(after, _HEAD_WORDS) else None
    if head is None and not _mentions(before, _HOST_WORDS):
        return False
    operation = _OPERATION_BEFORE.search(before)
    if operation is None:
        return False
    if head is None:
        return operation.group("host") is not None and bool(
            operation.group("items") or _NEXT_SYSTEM.match(after))
    return bool(operation.group("items") or head.group("more"))


def _mentions(window: str, words: tuple[str, ...]) -> bool:
    """Whether any of ``words`` (lower case) occurs in ``window``, in any case."""
    lowered = window.lower()
    return any(word in lowered for word in words)
