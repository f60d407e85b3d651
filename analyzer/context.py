"""Context rules that decide whether an alias match is a real skill mention.

Each rule is a small pure function on the text around a match, so it can be tested alone:
negation ("no experience with Java"), hedges ("familiar with"), hyphen and ampersand compounds
("C-suite", "Go-to-market", "R&D"), employer names ("Oracle India Pvt Ltd", "at Salesforce"),
names of organisations, publications and degrees ("Journal of Human Security", "BA in
English"), job titles ("Sales Associate", "Head of Marketing"), place names ("Tamil Nadu"),
school grades ("English (A)"), publication references, and list items (where ambiguous words
such as "Excel", "Swift" or "sales" may be skills: "Word, Excel, PowerPoint").
"""

from __future__ import annotations

import re

NEGATION_WINDOW_CHARS = 60
"""How far back (characters, within the clause) a negation or hedge cue reaches."""
CITATION_WINDOW_CHARS = 160
"""How far around a match (characters) an author list and a cited year make it a reference."""
WORD_BANK_MIN_VERBS = 4
"""Capitalised '-ed' words among the match and two words either side that make a word bank."""
LIST_SEPARATOR_MIN = 2
"""A line with at least this many separators (, | • ; /) may be a list of items."""
MAX_LIST_ITEM_WORDS = 4
"""...if its items are short: the median item has at most this many words. A sentence with
commas ('Organized and updated student records, professional development records, ...') has
longer pieces than a list ('Python, SQL, Jira')."""

_NEGATION = re.compile(
    r"\b(?:no|not|never|without|lack(?:s|ing|ed)?|none|nor|n't|zero|absence\s+of)\b"
    r"(?:\s+\w+){0,4}\s*$|"
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
    # On the same line only: a year on the line below is the next field of a list, not a date
    # attached to this name.
    r"^[ \t]*(?:,|\||-|–|—)?[ \t]*(?:\(|\|)?[ \t]*"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+)?"
    r"(?:19|20)\d\d", re.IGNORECASE)
_CONTACT_MARK = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.|\+?\d[\d ().-]{7,}\d|"
    r"\b(?:linkedin|github|gitlab|stack ?overflow|twitter|behance|dribbble|medium|portfolio)\b",
    re.IGNORECASE)
_RESULT_MARK = re.compile(r"[%$€£]")
CONTACT_MARKS_MIN = 2
"""A line with this many contact marks (e-mail, URL, phone, profile names) is a contact line."""
CONTACT_LINE_MAX_WORDS = 15
"""Contact lines are short; a longer line (a whole CV pasted as one line) is content."""
_SEPARATORS = re.compile(r"[,|•;·]|/(?!\w{1,2}\b)")
_ITEM_BREAK = re.compile(
    r"[,|•;·:()\[\]●▪■◆➢►✓*\uf000-\uf0ff]|/(?!\w{1,2}\b)|\s[-–—]\s|[.!?](?:\s|$)|\s(?:and|&)\s|"
    r"(?:\\x[0-9a-f]{2})+",
    re.IGNORECASE)
"""Where list items end. The last alternative is a bullet written out as escaped bytes
('\\xe2\\x80\\xa2'), as in text that went through a bytes repr."""
_SKILL_ADJECTIVE = re.compile(
    r"\b(?:excellent|good|strong|effective|great|outstanding|exceptional|solid|superb|"
    r"proven|advanced|fluent)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_SKILLS_NOUN = re.compile(r"(?:\s*(?:,|/|&|\band\b)?\s*[\w-]+){0,3}?\s+(?:skills?|abilities)\b",
                          re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-Z][\w.&'’+#-]*|of|for|and|in|on|the|&")
_INSTITUTION_WORDS = frozenset({
    "institute", "institution", "association", "journal", "division", "department", "school",
    "college", "university", "society", "council", "conference", "symposium", "forum",
    "academy", "center", "centre", "committee", "foundation", "ministry", "bureau", "agency",
    "award", "awards", "magazine", "press", "club", "board", "federation", "union", "proceedings",
    "group", "workgroup", "lab", "laboratory", "program", "programme", "panel", "coalition",
    "consortium", "force", "taskforce", "inc", "inc.",
    "corporation", "ltd", "ltd.", "llc",
    "bachelor", "bachelors", "master", "masters", "b.a.", "b.a", "ba", "b.s.", "bs", "bsc",
    "b.sc", "b.sc.", "m.a.", "ma", "m.s.", "ms", "msc", "m.sc", "m.sc.", "mba", "ph.d.", "phd",
    "ph.d", "diploma", "degree", "major", "minor", "doctorate", "hons", "(hons)", "b.com",
    "bcom", "m.com", "gcse", "a-level", "levels",
})
"""Words that make a capitalised name an organisation, publication or degree: 'Institute for
Communication Research', 'Journal of Human Security', 'Bachelor of Arts in English'."""
_TITLE_HEADS = frozenset({
    "manager", "associate", "assistant", "representative", "advisor", "adviser", "director",
    "executive", "officer", "specialist", "coordinator", "consultant", "intern", "teacher",
    "tutor", "lecturer", "professor", "instructor", "trainer", "head", "lead", "leader",
    "supervisor", "clerk", "agent", "administrator", "analyst", "strategist", "planner",
    "vp", "president", "chair", "fellow", "trainee", "apprentice", "partner", "writer",
    "editor", "producer", "designer", "engineer", "developer", "professional",
})
"""Words that end a job title: 'Sales Associate', 'Marketing Manager', 'English Teacher'."""
_GRADE_AFTER = re.compile(r"\s*\(\s*[A-E][+*-]?\s*\)")
_AUTHOR = re.compile(r"\b[A-Z][a-z]+,\s(?:[A-Z]\.\s?){1,3}(?:,|&|and|\()")
_INITIALS_AUTHOR = re.compile(r"\b[A-Z][a-z]+ [A-Z]{1,2}(?:,|\.)")
"""An author in Vancouver style ('Edwards C,', 'Smith JA.')."""
_VOLUME_YEAR = re.compile(r"\b(?:19|20)\d\d\s*[;:.]\s*\d")
"""A citation's year followed by its volume or pages ('2010;12:34')."""
_TEST_TYPES = re.compile(
    r"(?:\s*(?:,|/|&|\band\b|\bor\b)\s*[\w-]+){1,6}?\s+(?:testing|tests?)\b", re.IGNORECASE)
"""More list items, the last one right before 'testing' ('…, E2E and Regression Testing');
'coding and testing' (nothing between 'and' and 'testing') is two activities."""
_STATE_AFTER = re.compile(r"((?:\s+[A-Z][a-z]+){1,3}),\s*[A-Z]{2}(?![\w-])")
_CITED_YEAR = re.compile(r"\((?:19|20)\d\d[a-z]?(?:,\s*\w+)?\)")
_LEAD_IN = re.compile(
    r"^.*\b(?:in|with|of|using|on|for|incl(?:uding|\.)?|e\.g\.|such as|like|(?:very\s+)?"
    r"(?:good|strong|basic|advanced|excellent|fluent))\s+$|^\s*(?:and|or|&)\s+",
    re.IGNORECASE)
_PAST_VERB = re.compile(r"[A-Z][a-z]+ed")
_LANGUAGE_LEVELS = frozenset({
    "native", "fluent", "fluently", "good", "basic", "intermediate", "advanced", "professional",
    "conversational", "proficient", "proficiency", "mother", "excellent", "beginner",
    "elementary", "working", "full", "limited", "bilingual", "read", "write", "speak", "and",
    "language", "languages", "spoken", "written", "first", "second", "business", "very",
    "medium", "average", "expert", "upper", "lower", "pre", "mothertongue",
})
"""Words after a language name that describe the candidate's level, not a place."""
_TITLE_OPENERS = frozenset({"head", "director", "vp", "manager", "chief", "president"})
"""'Head of Marketing', 'Director of Sales': a title word before 'of'."""
_CATEGORY_LABEL = re.compile(
    r"[ \t]*(?:[\w+#/&.-]+[ \t]+){0,2}?(?:[\w+#/&.-]*[ \t]+)?"
    r"(?:languages?|skills?|tools?|technolog(?:y|ies)|databases?|systems?|platforms?|frameworks?"
    r"|software|packages?|environments?|utilities|applications?)?[ \t]*(?::|[-–—][ \t])",
    re.IGNORECASE)
_CATEGORY_NOUN = re.compile(
    r"(?:languages?|skills?|tools?|technolog(?:y|ies)|databases?|systems?|platforms?|frameworks?"
    r"|software|packages?|environments?|utilities|applications?)$", re.IGNORECASE)
_LINE_MARKER = re.compile(r"^[\s*•◦▪●○■□➢✓✔>·-]*")
LABEL_MAX_WORDS = 4
"""Words in a category label ('Programming Languages', 'Computer Skills')."""
_SEASON_WORDS = frozenset({
    "spring", "summer", "fall", "autumn", "winter", "semester", "semesters", "term", "terms",
    "quarter", "season", "seasons", "break", "session", "intake",
})
ACRONYM_MIN_CHARS, ACRONYM_MAX_CHARS = 2, 6
"""Length range (characters) of an all-capitals match read as an acronym."""
_EXPANSION = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z -]{2,80}?)\s*\)")
_EXPANSION_FILLERS = frozenset({"of", "and", "for", "the", "in", "on", "to", "&"})
_YEAR = re.compile(r"(?:19|20)\d\d|'\d\d|20xx", re.IGNORECASE)
QUOTED_TITLE_MIN_WORDS = 3
"""A quoted run of at least this many words around a match is a title (paper, talk, thesis)."""
QUOTED_TITLE_MAX_CHARS = 200
_OPEN_QUOTES, _CLOSE_QUOTES = "“„«\"", "”»\""


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


def is_contact_line(line: str) -> bool:
    """'LinkedIn GitHub StackOverflow', 'ana@example.com | github.com/ana': profile links, not skills."""
    return (len(line.split()) <= CONTACT_LINE_MAX_WORDS
            and len(_CONTACT_MARK.findall(line)) >= CONTACT_MARKS_MIN)


def looks_like_employer(text: str, start: int, end: int, line_start: int) -> bool:
    """The match names an organisation: 'Oracle India Pvt Ltd', 'at Salesforce', 'Snowflake | 2021'."""
    after = text[end:end + 40]
    before = text[line_start:start]
    return bool(
        _COMPANY_SUFFIX.match(after)
        or _EMPLOYER_CUE.search(before)
        or _EMPLOYER_VERB_CUE.match(after)
    )


def _items(line: str) -> list[tuple[int, int, bool]]:
    """(start, end, ends_sentence) of the pieces of ``line`` between item breaks."""
    pieces = []
    left = 0
    for match in _ITEM_BREAK.finditer(line):
        pieces.append((left, match.start(), match.group(0)[:1] in ".!?"))
        left = match.end()
    pieces.append((left, len(line), True))
    return [(a, b, stop) for a, b, stop in pieces if line[a:b].strip()]


def in_list_item(line: str, start: int, end: int, *, skills_section: bool = False) -> bool:
    """The match (offsets into ``line``) is, or nearly is, an item of a list.

    Items are the pieces between item breaks (, | • ; : ( ) bullets, ' and ', sentence ends).
    The piece holding the match must have at most MAX_LIST_ITEM_WORDS words, and a neighbouring
    piece in the same sentence must be short too ('Word, Excel, PowerPoint'); in a skills
    section the short piece alone is enough. 'Python, SQL' yes; 'boosted sales to AT&T' no.
    """
    items = _items(line)
    index = next((i for i, (a, b, _) in enumerate(items) if a <= start and end <= b), None)
    if index is None:
        return False
    a, b, _ = items[index]
    short = len(line[a:b].split()) <= MAX_LIST_ITEM_WORDS
    if skills_section and short:
        return True
    previous = items[index - 1] if index > 0 and not items[index - 1][2] else None
    following = items[index + 1] if index + 1 < len(items) and not items[index][2] else None
    # 'experience in C, C++': a long piece whose last words are the match still opens a list.
    if not short and not (following and not line[end:b].strip()):
        return False
    # A neighbour reporting a result ('top 5% of submissions', '$2M ARR') is prose, not an item.
    return any(n is not None and len(line[n[0]:n[1]].split()) <= MAX_LIST_ITEM_WORDS
               and not _RESULT_MARK.search(line[n[0]:n[1]])
               for n in ((previous if short else None), following))


def names_a_skill(line: str, start: int, end: int) -> bool:
    """The words around the match say it is a skill: 'excellent communication', 'communication
    and interpersonal skills', 'strong analytical skills'."""
    return bool(_SKILL_ADJECTIVE.search(line[max(0, start - 30):start])
                or _SKILLS_NOUN.match(line[end:end + 50]))


def _name_run(line: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """Capitalised words (with 'of', 'for', 'in' … between them) right before and after a match."""
    before: list[str] = []
    for word in reversed(line[:start].split()):
        if not _NAME_WORD.fullmatch(word):
            break
        before.insert(0, word)
    after: list[str] = []
    for word in line[end:].split():
        if not _NAME_WORD.fullmatch(word.rstrip(",;:")):
            break
        after.append(word.rstrip(",;:"))
        if word != word.rstrip(",;:"):
            break
    return before, after


def in_citation(text: str, start: int, end: int) -> bool:
    """The match is in a publication reference: an author list ('Ye, Y., & Maxwell, M. E.')
    with a year in parentheses ('(2015, November)') or a second author around it. A paper's
    topic is not a skill."""
    window = text[max(0, start - CITATION_WINDOW_CHARS):end + CITATION_WINDOW_CHARS]
    author = _AUTHOR.search(window)
    if author is not None and (_CITED_YEAR.search(window) or _AUTHOR.search(window, author.end())):
        return True
    return len(_INITIALS_AUTHOR.findall(window)) >= 2 and bool(_VOLUME_YEAR.search(window))


def in_quoted_title(line: str, start: int, end: int) -> bool:
    """The match is inside a quoted title of several words: '“A Survey of SIP Peering”',
    '"Use of Social Media in Direct Practice"'. Resumes quote titles of papers, talks and
    theses; their topics are not the candidate's skills."""
    opening = max(line.rfind(q, max(0, start - QUOTED_TITLE_MAX_CHARS), start) for q in _OPEN_QUOTES)
    if opening < 0:
        return False
    closing = min((i for q in _CLOSE_QUOTES
                   if (i := line.find(q, end, end + QUOTED_TITLE_MAX_CHARS)) >= 0), default=-1)
    if closing < 0 or line.count('"', 0, opening) % 2:  # that '"' closes an earlier quote
        return False
    return len(line[opening + 1:closing].split()) >= QUOTED_TITLE_MIN_WORDS


def is_category_label(line: str, start: int, end: int) -> bool:
    """The match names the category of the list that follows it, not a skill: 'Programming
    languages: C, SQL', 'Computer Skills - MS Office, Excel', 'Testing tools: Selenium'. The
    label opens the line and ends with a category noun; a list (two or more items) follows.
    'Communication skills: excellent written and verbal' is a claim, not a label."""
    opening = _LINE_MARKER.match(line)
    if opening is None or line[opening.end():start].strip():
        return False
    label = _CATEGORY_LABEL.match(line, end)
    if label is None:
        return False
    name = (line[start:end] + line[end:label.end()]).rstrip(" \t:-–—")
    if len(name.split()) > LABEL_MAX_WORDS or not _CATEGORY_NOUN.search(name):
        return False
    rest = line[label.end():]
    return bool(_SEPARATORS.search(rest)) and len(split_items(rest)) >= 2


def acronym_expansion(line: str, start: int, end: int) -> str | None:
    """The words an acronym match is spelled out as right after it, when their initials spell
    it: 'GCP (Global Career Program)' -> 'Global Career Program'; None otherwise."""
    acronym = line[start:end]
    if not (ACRONYM_MIN_CHARS <= len(acronym) <= ACRONYM_MAX_CHARS and acronym.isalpha()
            and acronym.isupper()):
        return None
    match = _EXPANSION.match(line, end)
    if match is None:
        return None
    words = [w for w in re.split(r"[\s-]+", match.group(1)) if w]
    initials = "".join(w[0] for w in words if w.lower() not in _EXPANSION_FILLERS)
    return match.group(1) if initials.upper() == acronym else None


def names_a_test_type(line: str, start: int, end: int) -> bool:
    """The match is one of a list of test types sharing the head noun 'testing': 'Functional,
    Integration and Regression Testing', 'unit/integration tests'."""
    return _TEST_TYPES.match(line, end) is not None and "test" not in line[start:end].lower()


def in_place_name_with_state(line: str, start: int, end: int) -> bool:
    """A capitalised match that starts a place name with a US state code: 'Spring Lake Park,
    MN', 'Java Center, TX' (not 'Python Developer, NY': a job title)."""
    if not line[start:end][:1].isupper():
        return False
    match = _STATE_AFTER.match(line, end)
    return match is not None and not any(
        word.lower() in _TITLE_HEADS for word in match.group(1).split())


def is_season(text: str, start: int, end: int) -> bool:
    """The match is a season or a term, not a skill: 'Spring 2021', 'Spring & Fall Semesters',
    'Winter and Spring track'."""
    if text[start:end].lower() not in _SEASON_WORDS:
        return False
    around = [*text[max(0, start - 20):start].split()[-2:], *text[end:end + 20].split()[:2]]
    return any(word.strip(",.;:()&").lower() in _SEASON_WORDS or _YEAR.fullmatch(word.strip(",.;:()"))
               for word in around)


def is_bare_item(line: str, start: int, end: int) -> bool:
    """An ambiguous word counts only as (nearly) a whole item: at most one other word in its
    item besides a lead-in ('proficient in', 'knowledge of', 'using'). 'Sales, Marketing' and
    'Retail Marketing' yes; 'managing sales orders', 'a communications firm' no."""
    items = _items(line)
    item = next(((a, b) for a, b, _ in items if a <= start and end <= b), None)
    if item is None:
        return False
    before = _LEAD_IN.sub("", line[item[0]:start])
    return len(before.split()) + len(line[end:item[1]].split()) <= 1


def in_word_bank(line: str, start: int, end: int) -> bool:
    """The match is one of a run of capitalised past-tense verbs, a template's word bank
    ('Migrated Minimized Monitored Motivated Negotiated'), not a claim."""
    before = line[max(0, start - 40):start].split()[-2:]
    after = line[end:end + 40].split()[:2]
    words = [*before, line[start:end], *after]
    return sum(1 for w in words if _PAST_VERB.fullmatch(w)) >= WORD_BANK_MIN_VERBS


def in_organisation_name(line: str, start: int, end: int) -> bool:
    """A capitalised match inside the name of an organisation, publication or degree:
    'Institute for Communication Research', 'Journal of Human Security', 'BA (Hons) English'."""
    if not line[start:end][:1].isupper():
        return False
    before, after = _name_run(line, start, end)
    words = {w.lower().strip("(),.;:") for w in (*before, *after)}
    if words & _INSTITUTION_WORDS:
        return True
    # The last word of a name that a role's dates follow: 'Acme Robotics (Mar 2019 – Present)'.
    return bool(before and not after and _EMPLOYER_VERB_CUE.match(line[end:end + 40]))


def is_school_grade(text: str, start: int, end: int) -> bool:
    """A school subject with its grade, or the grade itself: 'English (A)', 'Geography (C)'."""
    if text[start - 1:start] == "(" and text[end:end + 1] == ")" and end - start == 1:
        return True
    return _GRADE_AFTER.match(text, end) is not None


def in_place_name(line: str, start: int, end: int) -> bool:
    """A language name that is part of a capitalised name: 'Tamil Nadu', 'English Literature',
    'French Riviera' (not 'English Native', 'Spanish (fluent)')."""
    after = line[end:end + 30].split()
    if not after or not line[start:end][:1].isupper():
        return False
    word = after[0]
    return (word[:1].isupper() and word.isalpha() and len(word) > 1 and not word.isupper()
            and word.lower() not in _LANGUAGE_LEVELS)


def in_job_title(line: str, start: int, end: int) -> bool:
    """A capitalised match that is the field of a job title: 'Sales Associate', 'Marketing
    Manager', 'Head of Marketing', 'Customer Service Representative'."""
    if not line[start:end][:1].isupper():
        return False
    before, after = _name_run(line, start, end)
    if after and after[0].lower().strip("(),") in _TITLE_HEADS and after[0][:1].isupper():
        return True
    return (len(before) >= 2 and before[-1] == "of"
            and before[-2].lower() in _TITLE_OPENERS and before[-2][:1].isupper())


def is_list_like(line: str) -> bool:
    """A line of short items: 'Python, SQL, Jira' or 'Figma | Miro | Notion'."""
    if len(_SEPARATORS.findall(line)) < LIST_SEPARATOR_MIN:
        return False
    sizes = sorted(len(piece.split()) for piece in _SEPARATORS.split(line) if piece.strip())
    return bool(sizes) and sizes[(len(sizes) - 1) // 2] <= MAX_LIST_ITEM_WORDS


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
