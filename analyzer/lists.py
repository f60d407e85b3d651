"""Lists: whether a match is an item of a list, and what a list's label is.

Ambiguous words ("Excel", "Swift", "sales") are skills only as list items ("Word, Excel,
PowerPoint"); a list's category label ("Programming languages: C, SQL") or a skill's name over
named tools ("Version Control: Git, SVN") is no claim; a word bank of action verbs is no list
of skills. Each rule is a small pure function on a line of text and the match's offsets in it.
"""

from __future__ import annotations

import re

from analyzer.cleaning import BULLET_CHARS

DECORATION = " \t•·●○◦■□▪★☆✓-–—:;,.()[]/|%0123456789"
"""What may surround an item alone on its line: bullets, rating glyphs, brackets, numbers."""
WORD_BANK_MIN_VERBS = 4
"""Capitalised '-ed' words among the match and two words either side that make a word bank."""
LIST_SEPARATOR_MIN = 2
"""A line with at least this many separators (, | • ; /) may be a list of items."""
MAX_LIST_ITEM_WORDS = 4
"""...if its items are short: the median item has at most this many words. A sentence with
commas ('Organized and updated student records, professional development records, ...') has
longer pieces than a list ('Python, SQL, Jira')."""
_RESULT_MARK = re.compile(r"[%$€£]")
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
_PAST_VERB = re.compile(r"[A-Z][a-z]+ed|Troubleshot|Led|Built|Wrote|Ran|Made|Drove|Grew|Won|"
                        r"Taught|Held|Kept|Met|Cut|Brought|Bought|Sold|Set|Took|Began|Gave|"
                        r"Spoke|Chose|Drew|Found|Sought|Thought|Oversaw|Undertook|Forecast")
"""A capitalised past verb, regular or not ('Negotiated', 'Troubleshot')."""
_INDEX_LETTER = re.compile(r"[A-Z]")
"""A letter alone, indexing an alphabetical list."""
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


def _items(line: str) -> list[tuple[int, int, bool]]:
    """(start, end, ends_sentence) of the pieces of ``line`` between item breaks."""
    pieces = []
    left = 0
    for match in _ITEM_BREAK.finditer(line):
        pieces.append((left, match.start(), match.group(0)[:1] in ".!?"))
        left = match.end()
    pieces.append((left, len(line), True))
    return [(a, b, stop) for a, b, stop in pieces if line[a:b].strip()]


def _item_at(items: list[tuple[int, int, bool]], start: int, end: int) -> int | None:
    """The index of the item holding the match, or None when the match spans a break."""
    return next((i for i, (a, b, _) in enumerate(items) if a <= start and end <= b), None)


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
    index = _item_at(items, start, end)
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


def is_category_label(line: str, start: int, end: int, *, named: bool = False) -> bool:
    """The match names the category of the list that follows it, not a skill: 'Programming
    languages: C, SQL', 'Computer Skills - MS Office, Excel', 'Testing tools: Selenium'. The
    label opens the line and ends with a category noun; a list (two or more items) follows.
    'Communication skills: excellent written and verbal' is a claim, not a label."""
    opening = _LINE_MARKER.match(line)
    if opening is None or line[opening.end():start].strip():
        return False
    label = _CATEGORY_LABEL.match(line, end)
    if label is None:
        # A product's name may end in a category noun ('Oracle Fusion Applications').
        return not named and _spaced_category_label(line, start, end)
    name = (line[start:end] + line[end:label.end()]).rstrip(" \t:-–—")
    if len(name.split()) > LABEL_MAX_WORDS or not _CATEGORY_NOUN.search(name):
        return False
    rest = line[label.end():]
    items = split_items(rest)
    if bool(_SEPARATORS.search(rest)) and len(items) >= 2:
        return True
    # One named item after a plural category noun ('Version Control Systems: GIT', 'Scripting
    # Languages: Shell Scripting'); 'Communication skills: excellent written and verbal' is a
    # claim (no name follows).
    return (len(items) == 1 and name.lower().endswith("s")
            and _NAME_ITEM.fullmatch(items[0][1].strip()) is not None)


def _spaced_category_label(line: str, start: int, end: int) -> bool:
    """A table's label in title case, ending in a category noun, before its list with only a
    space between ('Programming Language Core Java, J2EE, C, C++', 'Scripting Language
    PowerShell scripting, Shell scripting'): a row of a skills table whose column gap was
    lost."""
    label = line[start:end].split()
    at = end
    while not _title_category_noun(label[-1]) and len(label) < LABEL_MAX_WORDS:
        word = _FOLLOWING_WORD.match(line, at)
        if word is None:
            return False
        label.append(word.group(1))
        at = word.end()
    if not (_title_category_noun(label[-1]) and all(word[:1].isupper() for word in label)):
        return False
    rest = line[at:]
    return _SPACED_REST.match(rest) is not None and len(split_items(rest)) >= 2


_FOLLOWING_WORD = re.compile(r"[ \t]+(\S+)")
"""The words after a match, one by one."""


def _title_category_noun(word: str) -> bool:
    """The word is a category noun in title case ('Languages', 'Tools'), ending a row label."""
    return (word[:1].isupper() and word[1:].islower()
            and _CATEGORY_NOUN.fullmatch(word) is not None)


_SPACED_REST = re.compile(r"[ \t]+[A-Z0-9.]")
_LIST_LABEL = re.compile(r"(?:[ \t]*(?:/|&|and)?[ \t]+[A-Z][\w&/.-]*){0,3}"
                         r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:[ \t]*")
"""The rest of a label after the match and its colon: up to three capitalised words, maybe
joined by 'and', '&' or '/' ('Platform', 'and API', '/ Tools'), and a bracketed note ('(Rest
and Soap)')."""
_NAME_ITEM = re.compile(r"[A-Z0-9.][\w.+#!/&'-]*(?:[ \t]+[\w.+#!/&()'-]+){0,3}")
"""A list item that is a name: a capital first word and at most four words ('Rational
ClearCase', 'LinkedIn', 'MS Project')."""
LABEL_COLON_REACH_CHARS = 60
"""How far after a match (characters) its label's colon may be (two words and spaces)."""
_LIST_LABEL_MAX_WORDS_BEFORE = 2
"""Words of a segment's label that may stand before the match ('DWH & BI Platform:')."""


def label_colon_end(line: str, start: int, end: int) -> int | None:
    """Where the value after the match's label colon starts, when the match opens its line or
    segment as a label ('DBMS: Oracle 11g', '• Continuous Integration : Jenkins'); else None."""
    if ":" not in line[end:end + LABEL_COLON_REACH_CHARS]:
        return None  # most matches: no colon near
    segment = max(line.rfind(mark, 0, start) for mark in "•|;") + 1
    opening = _LINE_MARKER.match(line, segment)
    lead = line[opening.end() if opening else segment:start].split()
    if len([word for word in lead if word not in {"&", "and", "/"}]) > _LIST_LABEL_MAX_WORDS_BEFORE:
        return None
    label = _LIST_LABEL.match(line, end)
    return None if label is None else label.end()


def labels_a_list(line: str, start: int, end: int) -> bool:
    """The match is the label of a list of names: 'Social Media: LinkedIn, Facebook',
    'Configuration Management : Rational ClearCase, Perforce', 'DWH & BI Platform : SpagoBI &
    Kettle'. The label opens its line or segment; two or more names follow its colon, none
    opening with a verb ('Leadership: Led a team of 5, mentored 3' is a claim)."""
    value = label_colon_end(line, start, end)
    if value is None:
        return False
    rest = re.split(r"[•|;]", line[value:])[0].replace(" & ", ", ")
    items = [item for _, item in split_items(rest)]
    return (len(items) >= 2
            and all(_NAME_ITEM.fullmatch(item) and not _VERB_FORM.match(item) for item in items))


_VERB_FORM = re.compile(
    r"(?:[A-Z]?[a-z]+ed|Led|Ran|Built|Made|Wrote|Drove|Grew|Won|Set|Took|Sold|Taught|Held|Kept"
    r"|Met|Cut|Brought|Bought)\b|[A-Z]?[a-z]+ing\s+[a-z]")
"""An item opening with a past form ('Mentored', 'Led teams') or a gerund before a word in lower
case ('Managing teams') is a claim; 'Spring Boot' and 'Swing' are names."""


def is_bare_item(line: str, start: int, end: int) -> bool:
    """An ambiguous word counts only as (nearly) a whole item: at most one other word in its
    item besides a lead-in ('proficient in', 'knowledge of', 'using'). 'Sales, Marketing' and
    'Retail Marketing' yes; 'managing sales orders', 'a communications firm' no."""
    items = _items(line)
    index = _item_at(items, start, end)
    if index is None:
        return False
    a, b, _ = items[index]
    before = _LEAD_IN.sub("", line[a:start])
    # A dash after the name is no word: 'Spanish - Fluent' is a name and its level.
    after = [w for w in line[end:b].split() if any(c.isalnum() for c in w)]
    return len(before.split()) + len(after) <= 1


def addresses_the_reader(line: str) -> bool:
    """The line's label speaks to the reader ('Market Your Skills: Interpersonal, …', 'List
    your strengths:'): a guide's example list, not the candidate's claims."""
    return _READER_LABEL.match(line) is not None


_READER_LABEL = re.compile(r"\W*(?:[A-Za-z]+[ \t]+){0,3}your\b[^:\n]{0,40}:", re.IGNORECASE)


def is_index_letter(word: str) -> bool:
    """``word`` is one capital letter: an alphabetical word bank's index ('… Motivated N
    Negotiated …')."""
    return _INDEX_LETTER.fullmatch(word) is not None


def in_word_bank(line: str, start: int, end: int) -> bool:
    """The match is one of a run of capitalised past-tense verbs, a template's word bank
    ('Migrated Minimized Monitored Motivated Negotiated'), not a claim."""
    window = line[max(0, start - 50):end + 50]
    if "ed " not in window and not window.endswith("ed"):
        return False  # no regular past verb near: a bank holds several
    # An alphabetical bank's index letters ('… Translated Troubleshot U Updated …') are
    # skipped: they stand between the verbs.
    before = [w for w in line[max(0, start - 50):start].split() if not is_index_letter(w)]
    after = [w for w in line[end:end + 50].split() if not is_index_letter(w)]
    words = [*before[-2:], line[start:end], *after[:2]]
    return sum(1 for w in words if _PAST_VERB.fullmatch(w)) >= WORD_BANK_MIN_VERBS


_SERIES_AND = re.compile(r",[^,;|•]{1,60}?\s(?:and|&)\s")
"""The 'and' that ends a comma series ('interviews, research and analysis')."""
_LEADING_BULLET = re.compile(rf"^[\s{re.escape(''.join(sorted(BULLET_CHARS)))}]+")
"""A bullet opening a line, of any style ('•' after PDF cleaning; '▪', '➤', '✓', '–' as typed
in plain text): it marks an item, it does not separate two."""


def lists_or_states_work(line: str, start: int, end: int) -> bool:
    """The line lists names or states work rather than giving a title: it has separators
    (:func:`is_list_like`), opens with a label and its colon ('Computer: Unigraphics
    Autodesk Inventor …', no commas), holds the match alone (one name a line), or opens with a
    past verb ('Wrote the Python toolkit …')."""
    return (is_list_like(line) or _LABELLED_LINE.match(line) is not None
            or _OPENS_WITH_PAST_VERB.match(line) is not None
            or not (line[:start] + line[end:]).strip(DECORATION))


_LABELLED_LINE = re.compile(r"[\s•*-]*[A-Z][\w&/ -]{0,30}:[ \t]+[A-Z0-9]")
"""A line opening with a label and its colon, then a name."""
_OPENS_WITH_PAST_VERB = re.compile(rf"[\s•*-]*(?:{_PAST_VERB.pattern})\b")
"""A line opening with a capitalised past verb ('Wrote …', 'Led …')."""


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
