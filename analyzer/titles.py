"""Job titles: a skill's word inside a title is the title, not evidence ('Titles lie').

"Senior Python Developer", "Head of Marketing", "SAP CRM Functional Consultant", "Role: SAP
Basis Consultant", a headline's "Application Developer - SAP ABAP": the field named is the
job's, and what the candidate did shows in the work under it. Also the capitalised name runs
(:func:`name_run`) that titles and organisation names are read from.
"""

from __future__ import annotations

import re

_NAME_WORD = re.compile(r"[A-Z][\w.&'’+#-]*|of|for|and|in|on|the|&")
NAME_OPENERS = "\"“‘«(["
"""Marks that open a name: an opening quote or bracket."""

TITLE_HEADS = frozenset({
    "manager", "associate", "assistant", "representative", "advisor", "adviser", "director",
    "executive", "officer", "specialist", "coordinator", "consultant", "intern", "teacher",
    "tutor", "lecturer", "professor", "instructor", "trainer", "head", "lead", "leader",
    "supervisor", "clerk", "agent", "administrator", "analyst", "strategist", "planner",
    "vp", "president", "chair", "fellow", "trainee", "apprentice", "partner", "writer",
    "editor", "producer", "designer", "engineer", "developer", "professional",
    "technician", "architect", "programmer", "tester", "webmaster", "admin", "operator",
    "scholar", "paralegal",
})
"""Words that end a job title: 'Sales Associate', 'Marketing Manager', 'English Teacher'."""
_FIELD_TITLE_HEADS = frozenset({
    "developer", "engineer", "programmer", "administrator", "analyst", "architect",
    "consultant", "tester", "technician", "specialist", "manager", "intern", "trainee",
    "coordinator", "officer", "representative", "supervisor", "lead", "designer", "associate",
    "instructor", "trainer", "teacher", "tutor", "executive", "director", "webmaster",
    "paralegal",
})
"""Title heads after a technical field. Not 'producer', 'agent', 'editor', 'partner', 'admin',
'operator': a Kafka producer, a Jenkins agent, an HTML editor, the Django Admin and a
Kubernetes Operator are parts of the tools."""
_FIELD_ONLY_HEADS = frozenset({"assistant", "operator", "aide", "clerk", "admin"})
"""Title heads after a technical field that no tool's name ends in ('Data Entry Operator')."""
_HEADS = "|".join(sorted(TITLE_HEADS))
"""TITLE_HEADS as a pattern's alternatives."""
_TITLE_OPENERS = frozenset({"head", "director", "vp", "manager", "chief", "president",
                            "coordinator", "officer", "professor", "lecturer", "instructor",
                            "specialist", "supervisor", "administrator", "dean", "chair"})
"""'Head of Marketing', 'Director of Sales': a title word before 'of'."""


NAME_RUN_MAX_WORDS = 8
"""Words of a name read either side of a match ('Institute for Communication Research')."""
NAME_RUN_MAX_CHARS = 120
"""Characters either side of a match a name run is read from."""


def name_run(line: str, start: int, end: int, *,
             slash: bool = False) -> tuple[list[str], list[str]]:
    """Capitalised words (with 'of', 'for', 'in' … between them) right before and after a
    match, at most NAME_RUN_MAX_WORDS each side (a name is short; a hostile line of capitals
    must not make every match read the whole line)."""
    before: list[str] = []
    lo = max(0, start - NAME_RUN_MAX_CHARS)
    words = line[lo:start].split()
    if lo > 0 and words and not line[lo - 1].isspace():
        words = words[1:]  # a word the window cut is no word
    for word in reversed(words[-NAME_RUN_MAX_WORDS:]):
        if slash and word == "/":
            continue  # a title's parts on either side of a slash ('DIRECTOR OF FINANCE / …')
        # An opening quote or bracket starts the name: '"College of Computing & Digital Media'.
        core = word.lstrip(NAME_OPENERS)
        if not _NAME_WORD.fullmatch(core):
            break
        before.insert(0, core)
        if core != word:
            break
    after: list[str] = []
    for index, raw in enumerate(line[end:end + NAME_RUN_MAX_CHARS].split()[:NAME_RUN_MAX_WORDS]):
        # With ``slash``, a slash right after the match goes on to a title's next part
        # ('Project Management/Technical Lead'); otherwise, and later, a slash joins two
        # names ('Developer/Senior Systems Engineer'): the first ends there. A closing
        # bracket ends the name too.
        word = (raw[1:] if slash and index == 0 and raw.startswith("/")
                and line[end:end + 1] == "/" else raw)
        # A bracketed abbreviation glued to the head ends the name: 'Specialist(TS)' (not a
        # year: 'Program(2014)').
        core = _GLUED_ABBREVIATION.sub("", word.split("/", 1)[0]).rstrip(",;:)")
        if not _NAME_WORD.fullmatch(core):
            break
        after.append(core)
        if word != core:
            break
    return before, after


def in_title(line: str, start: int, end: int, *, technical: bool = False,
             trait: bool = False, tool: bool = False) -> bool:
    """The match is a job title's field in any of the ways a title is written: with its head
    (:func:`in_job_title`), after a title's comma or colon, or before a dash and a title."""
    return (in_job_title(line, start, end, technical=technical, trait=trait, tool=tool)
            or after_title_comma(line, start, end)
            or before_title_dash(line, start, end)
            or after_title_colon(line, start, end))


def in_job_title(line: str, start: int, end: int, *, technical: bool = False,
                 trait: bool = False, tool: bool = False) -> bool:
    """A capitalised match that is the field of a job title: 'Sales Associate', 'Marketing
    Manager', 'Head of Marketing', 'Customer Service Representative'.

    A head that names a person may stand a few capitalised words on ('Junior QA Engineer',
    'SAP CRM Functional Consultant'), and a business field's head may be in lower case when it
    ends the title ('Investment banking analyst'). With ``technical``, also a head in lower case
    or after a slash ('PHP/MySQL developer'), or before the field when the field ends the title
    ('Application Developer SAP ABAP, Kolkata'). With ``trait`` (a soft skill), only a head
    right after it: 'Self-motivated Special Education Teacher' is a trait and a title. A
    technical field that is no ``tool`` takes the heads a tool's name may end in too
    ('Network Administration Assistant', 'Data Entry Operator'; not 'Kubernetes Operator')."""
    if not line[start:end][:1].isupper():
        # A field in lower case before a head that ends the title ('Claims Manager and motor
        # underwriting manager', 'reported to the marketing manager, …'): the person's.
        return not technical and _lower_field_title(line, end)
    before, after = name_run(line, start, end, slash=True)
    if _CERTIFYING.intersection(word.lower() for word in (*before, *after)):
        return False  # 'AWS Certified Developer Amazon Web Services' names a certificate
    # A head right after the field ('Sales Associate'), or a head that names a person a few
    # capitalised words on ('SAP CRM Functional Consultant', 'Sales & Marketing Executive').
    reach = 1 if trait and after[:1] not in (["&"], ["and"]) else TITLE_FIELD_MAX_WORDS
    words = [word.lower().strip("(),.") for word in after[:reach]]
    head = next((index for index, word in enumerate(words)
                 if word in _FIELD_TITLE_HEADS or (index == 0 and not technical
                                                   and word in TITLE_HEADS)
                 or (index == 0 and technical and not tool and word in _FIELD_ONLY_HEADS)),
                None)
    if head is not None:
        # 'JBoss Developer Studio' and 'Java Developer tools' name products, whatever the case.
        raw = line[end:end + NAME_RUN_MAX_CHARS].split()[head + 1:head + 2]
        return not raw or raw[0].lower().strip(".,:;") not in _PRODUCT_WORDS
    # 'Head of Marketing', 'Coordinator of Primary Health Care': a title word, 'of' and up to
    # two more capitalised words of the field before the match.
    for at in range(1, min(len(before), OF_FIELD_MAX_WORDS + 1)):
        opener, link = before[-at - 1].lower(), before[-at].lower()
        if (((link == "of" and opener in _TITLE_OPENERS)
             or (link == "in" and opener in _PLACEMENTS))
                and before[-at - 1][:1].isupper()):
            return True
        # 'Head of the QA team' heads a team: a claim; 'Director of Sales and Marketing'
        # joins two fields.
        if not before[-at][:1].isupper() and link not in _FIELD_LINKS:
            break
    if technical:
        return _loose_technical_title(line, end, before, after)
    return _lower_field_title(line, end)


def _lower_field_title(line: str, end: int) -> bool:
    """A business field before a head in lower case that ends the line's title ('Investment
    banking analyst, 2005 - 2007'), or after a slash ('Customer service/advisor, summer');
    'with the marketing manager to plan' is a person, not a title."""
    if (slashed := _SLASH_HEAD.match(line, end)) is not None:
        return (slashed.group(1) in TITLE_HEADS
                and _TITLE_END.match(line, slashed.end()) is not None)
    follows = _LOWER_HEAD.match(line, end)
    return (follows is not None and follows.group(1) in _FIELD_TITLE_HEADS
            and _TITLE_END.match(line, follows.end()) is not None)


_SLASH_HEAD = re.compile(r"/([a-z]+)\b")
"""A title's head in lower case right after a slash ('Customer service/advisor')."""


def ends_in_a_person(phrase: str) -> bool:
    """The phrase's last word names a person in a role ('Enterprise Architect', 'Network
    Engineer'): a title, never a skill's variant spelling."""
    words = phrase.split()
    return bool(words) and words[-1].lower().strip(".,;:()") in TITLE_HEADS


def after_title_comma(line: str, start: int, end: int) -> bool:
    """The match is the field a title names after a comma, ending the title ('Project Lead,
    QA  McAfee Inc', 'MANAGER, PROGRAM MANAGEMENT', 'Specialist II, Marketing'): the line's
    title, not evidence. A list after a title ('Lead, QA and release', 'Data Engineer, Python,
    Spark') reads on."""
    lo = max(0, start - HEAD_COMMA_REACH_CHARS)
    if "," not in line[lo:start]:  # the cheap test first
        return False
    head = _HEAD_COMMA.search(line, lo, start)
    # The field ends the title's cell; a comma after it makes a list ('Data Engineer, Python,
    # Spark') whose items read on.
    return head is not None and _FIELD_END.match(line, end) is not None


_FIELD_END = re.compile(r"[ \t]*(?:$|[-–—|(]|[ \t]{2})", re.MULTILINE)
"""What ends a title's field: the line's end, a dash, a bar, a bracket or a column gap."""
_HEAD_COMMA = re.compile(
    rf"(?:^|[|•–—-])[ \t]*(?:[A-Z][\w.&/-]*[ \t]+){{0,3}}(?i:{_HEADS})"
    r"(?:[ \t]+(?:[IVX]{1,3}|\d))?,[ \t]*\Z", re.MULTILINE)
"""A title ending in its head and a comma at the start of a line or cell ('Project Lead, ',
'Senior Manager, ', 'Specialist II, ')."""
HEAD_COMMA_REACH_CHARS = 60
"""How far before a match (characters) a title and its comma are looked for."""


def before_title_dash(line: str, start: int, end: int) -> bool:
    """The match opens a line or cell and a dash and a title follow ('SAP - FI Support
    Consultant', 'Salesforce — Senior Administrator'): a headline's field, not evidence."""
    if not any(dash in line[end:end + DASH_REACH_CHARS] for dash in "-–—"):  # cheap test first
        return False
    if line[:start].strip(_CELL_OPENERS) and not _GAP_BEFORE.search(line, 0, start):
        return False
    title = _DASH_TITLE.match(line, end)
    # 'AWS - Certified Solutions Architect' names a certificate.
    return title is not None and not _CERTIFYING.intersection(title.group().lower().split())


DASH_REACH_CHARS = 4
"""How far after a match (characters) the dash before a title may stand."""


_CELL_OPENERS = " \t•▪●■◦*-–—|"
_GAP_BEFORE = re.compile(r"[ \t]{2,}\Z")
_DASH_TITLE = re.compile(
    rf"[ \t]*[-–—][ \t]*(?:[A-Z][\w&/.+#-]*[ \t]+){{0,3}}(?i:{_HEADS})\b"
    r"(?=[ \t]*(?:$|[ \t]{2}|[-–—][ \t]*[^\d\s]))", re.MULTILINE)
"""A dash and a title ending in its head ('- FI Support Consultant'), ending its line or cell;
not a credential dated after another dash ('Tableau – Desktop Specialist – 2021')."""


def after_title_colon(line: str, start: int, end: int) -> bool:
    """The match is in the short field a title names after a colon ('EXECUTIVE: SALES &
    MARKETING MANAGEMENT', 'Senior Manager: CVP & Innovation (SBS)'): the title's, not
    evidence. A sentence or a comma list after the colon ('Product Manager: led the roadmap
    …', 'Data Analyst: SQL, Python, Tableau') reads on."""
    if ":" not in line[:start]:  # the cheap test first
        return False
    title = _TITLE_COLON.search(line, 0, start)
    if title is None or line[title.end():start].count(":"):
        return False
    cell = _CELL_END.search(line, end)
    field = line[title.end():cell.start() if cell else len(line)]
    # A comma makes it a list of what the role used ('Data Analyst: SQL, Python, Tableau').
    return (len(field.split()) <= TITLE_COLON_FIELD_MAX_WORDS
            and field.count(",") < LIST_MIN_COMMAS and not _VERB_LIKE.search(field))


_TITLE_COLON = re.compile(
    rf"(?:^|[ \t]{{2}}|[•|])[ \t]*(?:[A-Z][\w&/.-]*[ \t]+){{0,3}}(?i:{_HEADS})"
    r"[ \t]*:[ \t]*")
_CELL_END = re.compile(r"[ \t]{2,}|[.;]\s")
_VERB_LIKE = re.compile(r"\b[a-z]+ed\b|\b(?:led|built|ran|drove|managed|for|with|to)\b")
LIST_MIN_COMMAS = 2
"""Commas that make a title's field a list of what the role used (one may part the field
from the employer: 'Intern: Media Relations, foodbloggersunite.org')."""
TITLE_COLON_FIELD_MAX_WORDS = 6
"""How many words the field after a title's colon may have to be part of the title."""


def after_role_label(line: str) -> bool:
    """The line is a role's field ('Role: SAP Basis Consultant', 'Designation - Java
    Developer'): what follows the label is a job title wherever the line stands."""
    return _ROLE_LABEL.match(line) is not None


_ROLE_LABEL = re.compile(r"[^\w]*(?:role|designation|job title|position held)\s*[:–—-]", re.IGNORECASE)


def is_bare_role_field(line: str) -> bool:
    """The line is a project block's role field whose colon the layout lost: 'Role Agile team
    Member, Testing, Security testing', 'Role Test Engineer (Arabic language)'. The whole value
    is the candidate's title. A value with a verb or a preposition ('Role Model for juniors',
    'Role Architected the API') is a sentence, not a title; with a colon, 'Role: built …' often
    states the work, so only the bare label counts here."""
    label = _BARE_ROLE_LABEL.match(line)
    return label is not None and _ANY_CASE_VERB_LIKE.search(line, label.end()) is None


_BARE_ROLE_LABEL = re.compile(r"[^\w]*(?:Role|Designation)[ \t]+(?=[A-Z])")
"""'Role' or 'Designation' in title case opening a line, a capitalised value after a space."""
_ANY_CASE_VERB_LIKE = re.compile(_VERB_LIKE.pattern, re.IGNORECASE)
"""_VERB_LIKE in any case: the value after a bare label opens in capitals ('Architected …')."""


def _loose_technical_title(line: str, end: int, before: list[str], after: list[str]) -> bool:
    """A head in lower case after the field ('PHP/MySQL developer'), or before a field that
    ends the title ('Application Developer SAP ABAP, Kolkata')."""
    if (follows := _LOWER_HEAD.match(line, end)) is not None and follows.group(1) in _FIELD_TITLE_HEADS:
        return True
    return (bool(before) and before[-1].lower() in _FIELD_TITLE_HEADS and not after
            and _TITLE_END.match(line, end) is not None)


_AFTER_HEADLINE_TITLE = re.compile(
    rf"\b(?:{'|'.join(sorted(_FIELD_TITLE_HEADS))})\s*[-–—]\s*(?:[\w&/.+#]+,?\s+){{0,3}}$",
    re.IGNORECASE)


def after_headline_title(line: str, start: int) -> bool:
    """The match follows a title and a dash, as in a resume's headline: 'Application Developer
    - SAP ABAP', 'software engineer - Oracle, Business Objects', 'Senior Systems Engineer -
    mainframe'. What follows is the employer or the title's field, not evidence of a skill."""
    return _AFTER_HEADLINE_TITLE.search(line[max(0, start - HEADLINE_REACH_CHARS):start]) is not None


HEADLINE_REACH_CHARS = 80
"""How far before a match (characters) a headline's title and dash are looked for."""


def is_headline(line: str, below: str) -> bool:
    """``line``, under the candidate's name (the caller's check), is the resume's headline
    when it is short and the contact details follow it (``below``: a town and region, an
    e-mail or a phone), as in 'Jane Doe' / 'IT Support' / 'Springfield, IL -
    jane@example.com'. A headline is the candidate's title ('Titles lie'): the field in it
    is not evidence. A list ('Python | Django | AWS', 'Java, SQL') names skills, not a title."""
    return (len(line.split()) <= HEADLINE_MAX_WORDS and _HEADLINE_LIST_MARK.search(line) is None
            and _CONTACT_DETAILS.search(below) is not None)


def states_a_claim(line: str, start: int) -> bool:
    """Words before the match in a headline make it a claim, not the title's field: 'Developer
    skilled in React', 'Analyst working with SQL'."""
    return _CLAIM_LEAD.search(line, 0, start) is not None


HEADLINE_MAX_WORDS = 8
"""Words of a headline, at most: a title is short, a wrapped summary line is longer."""
_HEADLINE_LIST_MARK = re.compile(r"[,;|•:]")
"""Marks of a list or a label: a headline has none ('IT Support', 'Head of Logistics')."""
_CONTACT_DETAILS = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.\w|\+?\d[\d ().-]{7,}\d"
    r"|^[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*,[ \t]*[A-Z]")
"""An e-mail, a phone number, or a line opening with a town and its region ('Pune,
Maharashtra'): the contact details under a headline. The e-mail is read from its first
character only: tried inside every run of letters it was quadratic on a long line."""
_CLAIM_LEAD = re.compile(r"\b(?i:in|with|using|on)\b")
"""A preposition that makes what follows the object of a claim ('skilled in React')."""
_LOWER_HEAD = re.compile(
    r"(?:\s*/\s*[\w.+#-]+|\s+(?:and|&)\s+[A-Z][\w.+#-]*){0,3}\s+([a-z]+)\b(?!\s*:)")
"""A title's head in lower case after the field, maybe after more fields joined by slashes or
'and' ('PHP developer', 'PHP/MySQL developer', 'SQL and SSIS developer'); not a label before a
list ('Java developer: Spring, Hibernate')."""
_TITLE_END = re.compile(r"\s*(?:$|[-–—,|(]|\s\s)")
"""What follows a title: its dates, employer or place after a dash, comma, bar or bracket."""
_CERTIFYING = frozenset({"certified", "certification", "certificate"})
"""Words that make a name with a title's head a certificate's ('Citrix Certified
Administrator')."""
_GLUED_ABBREVIATION = re.compile(r"(?<=\w)\([A-Za-z][^()]*\)?.*$")
_PRODUCT_WORDS = frozenset({"studio", "suite", "edition", "server", "tools", "tool", "toolkit", "kit",
                            "console", "platform", "workbench", "ide"})
_PLACEMENTS = frozenset({"internship", "apprenticeship", "traineeship", "placement", "intern",
                         "trainee", "apprentice"})
"""'Internship in IT Systems Administration': a placement and 'in' before its field."""
OF_FIELD_MAX_WORDS = 4
"""How many words before a match its title's 'of' may stand ('Coordinator of Primary Health
Care', 'Manager of Classroom Technology and Customer Service')."""
_FIELD_LINKS = frozenset({"and", "&"})
"""Words that join two fields of one title ('Director of Sales and Marketing')."""
TITLE_FIELD_MAX_WORDS = 3
"""How many capitalised words after a field its title's head may come ('Help Desk Support
Technician', 'SAP CRM Functional Consultant')."""
