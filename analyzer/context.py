"""Context rules that decide whether an alias match is a real skill mention.

Each rule is a small pure function on the text around a match, so it can be tested alone:
negation ("no experience with Java"), hedges ("familiar with"), hyphen and ampersand compounds
("C-suite", "Go-to-market", "R&D"), employer names ("Oracle India Pvt Ltd", "at Salesforce"),
contact lines, word banks, a list's category label ("Programming languages: C, SQL") and list
items (where ambiguous words such as "Excel", "Swift" or "sales" may be skills: "Word, Excel,
PowerPoint"). Rules about what else a word may name (organisations, titles, places,
publications, seasons) live in :mod:`analyzer.senses`.
"""

from __future__ import annotations

import re

from analyzer.cleaning import BULLET_CHARS
from analyzer.senses import EMPLOYER_DATES_AFTER
from analyzer.timeline import MONTH_PATTERN

NEGATION_WINDOW_CHARS = 60
"""How far back (characters, within the clause) a negation or hedge cue reaches."""
WORD_BANK_MIN_VERBS = 4
"""Capitalised '-ed' words among the match and two words either side that make a word bank."""
LIST_SEPARATOR_MIN = 2
"""A line with at least this many separators (, | • ; /) may be a list of items."""
MAX_LIST_ITEM_WORDS = 4
"""...if its items are short: the median item has at most this many words. A sentence with
commas ('Organized and updated student records, professional development records, ...') has
longer pieces than a list ('Python, SQL, Jira')."""

_NEGATION = re.compile(
    # The lookahead only skips positions where no cue can start (a third of the time).
    r"(?=[nwlza])(?:"
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
_GROUP_OF = re.compile(r"\b(?:team|group|staff|crew|pool|department)\s+of\s+((?:[\w-]+\s+){0,2})$",
                       re.IGNORECASE)
"""'a team of highly motivated …': the (at most two) words between 'of' and the match."""
_GROUP_OF_BREAKS = frozenset({"through", "via", "with", "using", "by", "in", "for", "on"})
"""A preposition between 'team of' and the match ends the group: 'a team of 6 through
coaching' is the candidate coaching."""
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
"""Where list items end. The last alternative is a run of escaped bytes left as written
('Resum\\xc3\\xa9'): plain text decodes escaped marks in place (analyzer/escapes.py), but
text given to the extractor another way may still hold them."""
_SKILL_ADJECTIVE = re.compile(
    r"\b(?:excellent|good|strong|effective|great|outstanding|exceptional|solid|superb|"
    r"proven|advanced|fluent)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_SKILLS_NOUN = re.compile(r"(?:\s*(?:,|/|&|\band\b)?\s*[\w-]+){0,3}?\s+(?:skills?|abilities)\b",
                          re.IGNORECASE)
_LEAD_IN = re.compile(
    r"^.*\b(?:in|with|of|using|on|for|incl(?:uding|\.)?|e\.g\.|such as|like|(?:very\s+)?"
    r"(?:good|strong|basic|advanced|excellent|fluent))\s+$|^\s*(?:and|or|&)\s+",
    re.IGNORECASE)
_PAST_VERB = re.compile(r"[A-Z][a-z]+ed")
_CATEGORY_NOUNS = (r"(?:languages?|skills?|tools?|technolog(?:y|ies)|databases?|systems?|platforms?"
                   r"|frameworks?|software|packages?|environments?|utilities|applications?)")
"""Nouns that end a list's category label ('Programming languages', 'Testing tools')."""
_CATEGORY_LABEL = re.compile(
    rf"[ \t]*(?:[\w+#/&.-]+[ \t]+){{0,2}}?(?:[\w+#/&.-]*[ \t]+)?{_CATEGORY_NOUNS}?[ \t]*(?::|[-–—][ \t])",
    re.IGNORECASE)
_CATEGORY_NOUN = re.compile(rf"{_CATEGORY_NOUNS}$", re.IGNORECASE)
_LINE_MARKER = re.compile(r"^[\s*•◦▪●○■□➢✓✔>·-]*")
LABEL_MAX_WORDS = 4
"""Words in a category label ('Programming Languages', 'Computer Skills')."""


def clause_before(text: str, start: int) -> str:
    """The text of the current clause before ``start``, at most NEGATION_WINDOW_CHARS long."""
    window = text[max(0, start - NEGATION_WINDOW_CHARS):start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end():] if breaks else window


_USED_BY = re.compile(r"\bused\s+(?:\w+\s+)?by\s+")
"""'… is used daily by Facebook, Dropbox, Quora': the names after 'used by' are its users."""
_USER_NAME = re.compile(r"[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)?")
"""One user's name in that list: one or two capitalised words."""
_LIST_BREAK = re.compile(r",|\band\b")
USED_BY_MAX_NAMES = 6
"""Names after 'used by' read as a list of users, at most."""
_ON_REQUEST = re.compile(r"\b(?:available|furnished)\s+(?:up)?on\s+request\b", re.IGNORECASE)
"""'… furnished upon request' ('analyses provided on request' is work, so not 'provided')."""


def names_a_user(text: str, start: int) -> bool:
    """The match is one of the organisations a product is 'used by' ('Phabricator is used daily
    by Facebook, Dropbox'): a user of the product, not a skill of the candidate."""
    if " by " not in text[max(0, start - NEGATION_WINDOW_CHARS):start]:  # the cheap test first
        return False
    clause = clause_before(text, start)
    cues = list(_USED_BY.finditer(clause))
    if not cues:
        return False
    # A plain split, not one regex: names separated by optional commas let a pattern split
    # a run of capitals exponentially many ways.
    names = [name.strip() for name in _LIST_BREAK.split(clause[cues[-1].end():])]
    # The last piece is the text between the last separator and the match (usually empty).
    return (len(names) - 1 <= USED_BY_MAX_NAMES
            and all(not name or _USER_NAME.fullmatch(name) for name in names))


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
    """The match is one part of a hyphen or ampersand compound: C-suite, Go-to-market, R&D.

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
    return glued_after or glued_before or care_of or spaced


_LETTER_AFTER = re.compile(r"[ \t]{1,3}&[ \t]{1,3}[A-Za-z](?![\w&'+#-])")
_LETTER_BEFORE = re.compile(r"(?<![\w&'-])[A-Za-z][ \t]{1,3}&[ \t]{1,3}\Z")
"""A letter and a spaced ampersand right before or after a one-letter match ('R & D'); not a
language after it ('C & C++')."""
SPACED_AMPERSAND_CHARS = 8
"""The longest 'X & ' before a one-letter match (characters): a letter, spaces, '&', spaces."""


def is_comparison(text: str, end: int) -> bool:
    """'a backbone.js-like framework': something like the tool, not the tool."""
    return _LIKE_AFTER.match(text, end) is not None


def describes_others(text: str, start: int) -> bool:
    """'a team of highly motivated engineers': a trait of the people the candidate led or
    joined, not the candidate's own ('led a team of 6 through coaching' is the candidate's)."""
    group = _GROUP_OF.search(clause_before(text, start))
    return group is not None and not any(word.lower() in _GROUP_OF_BREAKS
                                         for word in group.group(1).split())


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
    return _DASH.match(after) is not None and bool(
        EMPLOYER_DATES_AFTER.match(after) or _PLACE_THEN_DATE.match(after))


_DASH = re.compile(r"[ \t]*[-–—][ \t]")


def _items(line: str) -> list[tuple[int, int, bool]]:
    """(start, end, ends_sentence) of the pieces of ``line`` between item breaks."""
    pieces = []
    left = 0
    for match in _ITEM_BREAK.finditer(line):
        pieces.append((left, match.start(), match.group(0)[:1] in ".!?"))
        left = match.end()
    pieces.append((left, len(line), True))
    return [(a, b, stop) for a, b, stop in pieces if line[a:b].strip()]


_CONTINUED_LIST = re.compile(r"[ \t]*[,;][ \t]*$")
"""A separator that ends the line: the list goes on on the next line."""
_CHIP_ROW = re.compile(r"[A-Z0-9.#+][\w.#+-]*(?:\s+[A-Z0-9.#+][\w.#+-]*)+")
"""A skills-section row of capitalised words with no separators: pills or chips ('Python Go R
SQL Excel Figma'), whose boxes the PDF's text does not keep. Prose has lower-case words."""


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
    if skills_section and (short or _CHIP_ROW.fullmatch(line[a:b].strip())):
        return True
    previous = items[index - 1] if index > 0 and not items[index - 1][2] else None
    following = items[index + 1] if index + 1 < len(items) and not items[index][2] else None
    if short and following is None and _CONTINUED_LIST.match(line, b):
        # 'experience in Java, C,' / 'Velocity, …': a list wrapped onto the next line.
        return True
    # 'experience in C, C++': a long piece whose last words are the match still opens a list.
    if not short and not (following and not line[end:b].strip()):
        return False
    # A neighbour reporting a result ('top 5% of submissions', '$2M ARR') is prose, not an item.
    return any(n is not None and len(line[n[0]:n[1]].split()) <= MAX_LIST_ITEM_WORDS
               and not _RESULT_MARK.search(line[n[0]:n[1]])
               for n in ((previous if short else None), following))


_BRACKETED_NOTE = re.compile(r"\([^()]*\d[^()]*\)")
"""A note in brackets on a list item: '(3 years)', '(Less than 1 year)', '(v10g)'."""
SHOUTED_ITEMS_MIN = 2
"""Items in capitals (counting the match's) that make a list one written in capitals."""
SHOUTED_ITEMS_MIN_SHARE = 0.5
"""Share (0..1) of a list's items that must open with a word in capitals."""


def in_shouted_list(line: str, start: int, end: int, *, skills_section: bool = False) -> bool:
    """The match is an item of a list written in capitals: 'JAVA (6 years), ORACLE (6 years),
    ACCESS (2 years)'. There capitals are the list's style, so 'ORACLE' is Oracle; in prose or
    a heading a word in capitals may be another ('ACCESS CONTROL', 'GO LIVE')."""
    if not in_list_item(line, start, end, skills_section=skills_section):
        return False
    # A note in brackets ('(Less than 1 year)') is no item; '(MS IIS, ASP, ACCESS)' are three.
    unbracketed = _BRACKETED_NOTE.sub(lambda m: " " * len(m.group()), line)
    openers = [words[0] for a, b, _ in _items(unbracketed)
               if (words := re.findall(r"[^\W\d_]{2,}", unbracketed[a:b]))]
    shouted = sum(1 for word in openers if word.isupper())
    return shouted >= SHOUTED_ITEMS_MIN and shouted >= SHOUTED_ITEMS_MIN_SHARE * len(openers)


def names_a_skill(line: str, start: int, end: int) -> bool:
    """The words around the match say it is a skill: 'excellent communication', 'communication
    and interpersonal skills', 'strong analytical skills'."""
    return bool(_SKILL_ADJECTIVE.search(line[max(0, start - 30):start])
                or _SKILLS_NOUN.match(line[end:end + 50]))


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


_LIST_LABEL = re.compile(r"(?:[ \t]+[A-Z][\w&/.-]*){0,2}[ \t]*:[ \t]*")
"""The rest of a label after the match (up to two capitalised words, 'Platform') and its colon."""
_NAME_ITEM = re.compile(r"[A-Z0-9.][\w.+#!/&'-]*(?:[ \t]+[\w.+#!/&()'-]+){0,3}")
"""A list item that is a name: a capital first word and at most four words ('Rational
ClearCase', 'LinkedIn', 'MS Project')."""
_LIST_LABEL_MAX_WORDS_BEFORE = 2
"""Words of a segment's label that may stand before the match ('DWH & BI Platform:')."""


def labels_a_list(line: str, start: int, end: int) -> bool:
    """The match is the label of a list of names: 'Social Media: LinkedIn, Facebook',
    'Configuration Management : Rational ClearCase, Perforce', 'DWH & BI Platform : SpagoBI &
    Kettle'. The label opens its line or segment; two or more names follow its colon, none
    opening with a verb ('Leadership: Led a team of 5, mentored 3' is a claim)."""
    segment = max(line.rfind(mark, 0, start) for mark in "•|;") + 1
    opening = _LINE_MARKER.match(line, segment)
    lead = line[opening.end() if opening else segment:start].split()
    if len([word for word in lead if word != "&"]) > _LIST_LABEL_MAX_WORDS_BEFORE:
        return False
    label = _LIST_LABEL.match(line, end)
    if label is None:
        return False
    rest = re.split(r"[•|;]", line[label.end():])[0].replace(" & ", ", ")
    items = [item for _, item in split_items(rest)]
    return (len(items) >= 2
            and all(_NAME_ITEM.fullmatch(item) and not _VERB_FORM.match(item) for item in items))


_VERB_FORM = re.compile(
    r"(?:[A-Z]?[a-z]+ed|Led|Ran|Built|Made|Wrote|Drove|Grew|Won|Set|Took|Sold|Taught|Held|Kept"
    r"|Met|Cut|Ran|Brought|Bought)\b|[A-Z]?[a-z]+ing\s+[a-z]")
"""An item opening with a past form ('Mentored', 'Led teams') or a gerund before a word in lower
case ('Managing teams') is a claim; 'Spring Boot' and 'Swing' are names."""


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


_SERIES_AND = re.compile(r",[^,;|•]{1,60}?\s(?:and|&)\s")
"""The 'and' that ends a comma series ('interviews, research and analysis')."""
_LEADING_BULLET = re.compile(rf"^[\s{re.escape(''.join(sorted(BULLET_CHARS)))}]+")
"""A bullet opening a line, of any style ('•' after PDF cleaning; '▪', '➤', '✓', '–' as typed
in plain text): it marks an item, it does not separate two."""


def is_list_like(line: str) -> bool:
    """A line of short items: 'Python, SQL, Jira' or 'Figma | Miro | Notion'. A bullet opening
    the line is not a separator: '• Managed the backlog for two teams; ran sprint reviews.' is
    a sentence."""
    line = _LEADING_BULLET.sub("", line)
    separators = len(_SEPARATORS.findall(line))
    if separators < LIST_SEPARATOR_MIN:
        # 'X, Y and Z' is three items when every one is short ('Conducted customer
        # interviews, user research and competitive analysis'), not when the first is a clause
        # ('Defined the vision and roadmap with compliance, marketing and engineering').
        series = _SERIES_AND.search(line)
        if separators + (series is not None) < LIST_SEPARATOR_MIN or series is None:
            return False
        items = [*_SEPARATORS.split(line[:series.start()]),
                 *re.split(r"\s(?:and|&)\s", line[series.start() + 1:])]
        return all(len(item.split()) <= MAX_LIST_ITEM_WORDS for item in items)
    sizes = sorted(len(piece.split()) for piece in _SEPARATORS.split(line) if piece.strip())
    return bool(sizes) and sizes[(len(sizes) - 1) // 2] <= MAX_LIST_ITEM_WORDS


def has_outcome(sentence: str) -> bool:
    """The sentence reports a measurable result: a number with %, currency, x, or a count. A
    year is no result: every dated role line would report one."""
    return bool(_OUTCOME.search(sentence))


_OUTCOME = re.compile(r"\d+(?:\.\d+)?\s*(?:%|x\b|k\b|m\b|\+|pts?\b|points\b|pp\b|bps\b)"
                      r"|[$€£]\s?\d|\b(?!(?:19|20)\d\d\b)\d{2,}\b", re.IGNORECASE)


_QUOTE_MARKS = "\"“”„‘’«»"


def split_items(line: str) -> list[tuple[int, str]]:
    """Items of a list-like line with their offsets in the line ('Python, SQL' -> two items)."""
    items = []
    position = 0
    for piece in re.split(r"([,|•;·()]|\s/\s|:\s|\s[-–—]\s|\band\b)", line):
        # Quotes around an item are not part of it ('“Mediation”').
        stripped = piece.strip().strip(_QUOTE_MARKS).strip()
        if stripped and not re.fullmatch(r"[,|•;·()]|/|:|[-–—]|and", stripped):
            items.append((position + piece.find(stripped), stripped))
        position += len(piece)
    return items


_ANOTHERS = re.compile(
    r"(?:\b(?:their|his|her)|\b(?:client|customer|partner|manager|boss|agency)(?:'s|’s|s'|s’))"
    r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""A possessive of another party before a match, with up to two words between ('a client's
product strategy', 'part of their quarterly planning')."""
_OTHERS_USE = re.compile(
    r"\b(?:that|which)\s+(?:the|our|their|its)?\s*(?:[\w-]+\s+){0,2}"
    r"(?:team|teams|managers?|leads|leadership|engineers|designers|executives|stakeholders)"
    r"\s+(?:used|uses|use|relied\s+on|rely\s+on)\s+to\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
"""Work another party did with what the candidate made: 'research that the product team used to
prioritise the roadmap' (the prioritising is theirs)."""
ANOTHERS_WINDOW_CHARS = 60
"""How far back (characters) another party's possessive may stand."""
_MODIFIED_NOUNS = frozenset({"items", "item", "ideas", "idea", "requests", "candidates",
                             "themes", "slots", "slot", "features", "feature", "module",
                             "modules"})
"""Nouns a one-word skill can qualify without being the work ('three became roadmap items',
'shipped budgeting features': a feature for budgeting)."""


_EMPLOYER_FOCUS = re.compile(
    r"(?:\b(?:company|companies|firm|consultancy|agency|startup|start-up|provider|organi[sz]ation|"
    r"vendor|manufacturer|retailer)\b[^.;•\n]{0,60}?\bspeciali[sz](?:ing|es|ed)\s+in"
    r"|\bprovider\s+of)\b[^.;•\n]*$", re.IGNORECASE)
"""What an organisation specialises in: 'a consultancy specializing in predictive models,
business intelligence …', 'a provider of payroll software'. Not a person ('Product leader
specializing in fintech' is the candidate)."""
EMPLOYER_FOCUS_WINDOW_CHARS = 160
"""How far before a match (characters) the organisation and its 'specializing in' are read."""


def describes_an_organisation(text: str, start: int) -> bool:
    """The match is in what an organisation (an employer, a client) specialises in, not what the
    candidate did there."""
    window = text[max(0, start - EMPLOYER_FOCUS_WINDOW_CHARS):start]
    lowered = window.lower()
    # Cheap test first: this runs for every match.
    return (any(cue in lowered for cue in ("speciali", "provider of"))
            and _EMPLOYER_FOCUS.search(window) is not None)


def owned_by_another(text: str, start: int) -> bool:
    """The match is someone else's thing: 'supported a client's product strategy', 'a digest
    that is part of their quarterly planning' (the candidate fed it; the planning is theirs)."""
    lo = max(0, start - ANOTHERS_WINDOW_CHARS)
    window = text[lo:start].lower()
    if " to " in window and _OTHERS_USE.search(text, lo, start) is not None:
        return True
    # Cheap test first: this runs for every business match.
    if "'" not in window and "’" not in window and not any(
            word in window for word in ("their", "his ", "her ")):
        return False
    return _ANOTHERS.search(text, lo, start) is not None


def qualifies_a_noun(text: str, start: int, end: int) -> bool:
    """The match only qualifies the next noun: 'roadmap items', 'roadmap ideas' (what was
    delivered or dropped, not the plan), 'budgeting features' (what the product does). A verb
    in the past tense takes the noun as its object: 'prioritised requests from forty teams'."""
    if text[start:end].lower().endswith("ed"):
        return False
    after = text[end:end + 20].split(maxsplit=1)
    return bool(after) and after[0].strip(",.;:").lower() in _MODIFIED_NOUNS


_COMPETITORS_BEFORE = re.compile(
    r"\b(?:competitors?|rivals?|competition|competing\s+(?:products|tools|vendors|apps))"
    r"\s*(?:\(|:|,?\s+(?:such\s+as|like|including|incl\.|e\.g\.,?))\s*"
    r"(?:[\w.&'’ -]{1,30}?(?:,|\s+and|\s+or|\s*/)\s*){0,6}$", re.IGNORECASE)
"""A list of competitors up to the match: 'competitors (Twilio, Vonage, MessageBird)',
'competitors such as Asana and Monday.com'."""
COMPETITOR_WINDOW_CHARS = 200
"""How far back (characters) a list of competitors may start."""


def names_a_competitor(text: str, start: int) -> bool:
    """The tool is named as a competitor, not one the candidate used."""
    lo = max(0, start - COMPETITOR_WINDOW_CHARS)
    window = text[lo:start].lower()
    if "compet" not in window and "rival" not in window:  # cheap test first: every tool
        return False
    return _COMPETITORS_BEFORE.search(text, lo, start) is not None
