"""Publication references and titles: when a match is a word of a paper, a talk, a book or a
project's title rather than a skill the candidate states.

Resumes cite papers ('Ye, Y., & Maxwell, M. E. (2015)', 'Edwards C, Ross S. 2010;12:34'), write
reference lines without authors ('… Archives of Control Sciences, 20(4):417-433'), quote
titles ('“A Survey of SIP Peering”') and label them ('Thesis title: …'). A paper's or talk's
topic is not a skill. Each rule is a small pure function on the text around a match.
"""

from __future__ import annotations

import bisect
import re

CITATION_WINDOW_CHARS = 160
"""How far around a match (characters) an author list and a cited year make it a reference."""

_AUTHOR = re.compile(r"\b[A-Z][a-z]+,\s(?:[A-Z]\.\s?){1,3}(?:,|&|and|\()")
_INITIALS_AUTHORS = re.compile(r"\b[A-Z][a-z]+ [A-Z]{1,2}, ?[A-Z][a-z]+ [A-Z]{1,2}[,.]")
"""Two authors in a row, Vancouver style ('Edwards C, Ross S,'); not 'Power BI, Azure ML'
alone (see _VOLUME_YEAR)."""
AUTHOR_LIST_MAX_AUTHORS = 12
"""Authors read in a Vancouver list (more are 'et al.'); the bound keeps hostile text linear."""
_AUTHOR_LIST = re.compile(
    r"(?:^|(?<=[.•▪●■)\d][ \t])|(?<=[.•▪●■)\d][ \t]{2}))"
    rf"(?:[A-Z][a-z'’-]+ [A-Z]{{1,2}}, ?){{1,{AUTHOR_LIST_MAX_AUTHORS - 1}}}"
    r"[A-Z][a-z'’-]+ [A-Z]{1,2}\.[ \t]+[A-Z]", re.MULTILINE)
"""Authors in Vancouver style ending in a stop and the title's first letter ('Marsh TK, Ode
PL. Teaching …'), opening a reference: at a line's start, or after a bullet, a number or the
previous reference's stop. A list of names ('Power BI, Azure ML, Python') does not end so,
and one after a label ('Skills: Power BI, Azure ML. Tableau') opens no reference."""
_VOLUME_YEAR = re.compile(r"\b(?:19|20)\d\d ?;\s*\d")
"""A citation's year followed by a semicolon and its volume ('2010;12:34'), not a date
('2019.03')."""

_CITED_YEAR = re.compile(r"\((?:19|20)\d\d[a-z]?(?:,\s*\w+)?\)")
_TALK_KIND = (r"(?=[jirpk])\b(?:juried|invited|refereed|peer-reviewed|keynote|poster)\s+"
              r"(?:presentation|paper|talk|session|address)\b")
"""A talk's or paper's kind, as a reference gives it ('…, juried presentation, Louisville')."""

QUOTED_TITLE_MIN_WORDS = 3
"""A quoted run of at least this many words around a match is a title (paper, talk, thesis)."""

QUOTED_TITLE_MAX_CHARS = 200
"""How far from a match (characters) its opening and closing quotes may be."""
_TITLE_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "of", "for", "in", "on", "to", "with", "without", "and", "or", "is", "are",
    "from", "by", "at", "into", "through", "using", "via", "as", "when", "how", "what", "why",
    "not", "about", "toward", "towards", "between", "under", "over", "vs", "versus", "beyond",
    "across", "within", "can", "do", "does",
})
"""Words a title of a paper, talk or thesis holds ('A Survey of SIP Peering', 'Less is More
when …') and a quoted name of a product or document does not ('« NUnit .Net 2.0 »', '« Data
Access Object (DAO) »', '“Software design document”')."""
OPEN_QUOTES, _CLOSE_QUOTES = "“„«\"", "”»\""
"""Marks that open a quoted title, and those that close one."""


class Citations:
    """Where a document's author lists, cited years and volume numbers are, found once, so
    asking about each match costs a few bisections instead of regex searches.

    A match is in a publication reference when, within CITATION_WINDOW_CHARS of it, there is
    an author ('Ye, Y., & Maxwell, M. E.') with a year in parentheses ('(2015, November)'), a
    second author or a talk's kind ('juried presentation'); or two authors in Vancouver style
    ('Edwards C, Ross S,') with a volume year ('2010;12:34'). A paper's topic is not a skill."""

    def __init__(self, text: str) -> None:
        self._spans = {name: [m.span() for m in pattern.finditer(text)] for name, pattern in (
            ("author", _AUTHOR), ("year", _CITED_YEAR), ("initials", _INITIALS_AUTHORS),
            ("volume", _VOLUME_YEAR), ("talk", re.compile(_TALK_KIND, re.IGNORECASE)))}
        self._starts = {name: [a for a, _ in spans] for name, spans in self._spans.items()}
        self._text = text
        self._marks: list[tuple[int, int, str | None]] | None = None

    def _inside(self, name: str, lo: int, hi: int) -> list[tuple[int, int]]:
        spans, starts = self._spans[name], self._starts[name]
        first = bisect.bisect_left(starts, lo)
        last = bisect.bisect_right(starts, hi)
        return [span for span in spans[first:last] if span[1] <= hi]

    def around(self, start: int, end: int) -> bool:
        """The match at ``start:end`` is in a publication reference."""
        lo, hi = max(0, start - CITATION_WINDOW_CHARS), end + CITATION_WINDOW_CHARS
        authors = self._inside("author", lo, hi)
        if authors and (len(authors) > 1 or self._inside("year", lo, hi)
                        or self._inside("talk", lo, hi)):
            return True
        return bool(self._inside("initials", lo, hi) and self._inside("volume", lo, hi))

    def in_reference(self, start: int, end: int) -> bool:
        """The match at ``start:end`` is in a bibliographic reference: a title followed by its
        venue, volume and pages ('… using genetic algorithm. Archives of Control Sciences,
        20(4):417, 2010', '"Operations management in the new Millennium", presented at …
        Proceedings', 'Marsh TK, Ode PL. Teaching survey design online. Presented at the
        Regional Health Meeting'), even with no author list in prose style or quotes. Read in
        the text around the match, not its line: a reference wraps, and a flattened document
        cuts it at its runs of spaces. The marks are found once per document, when a match
        first asks."""
        if self._marks is None:
            # An author list in Vancouver style is a mark of its own, case-sensitive where
            # the other marks are not.
            self._marks = sorted([*reference_marks(self._text),
                                  *((*m.span(), "authors") for m in _AUTHOR_LIST.finditer(self._text))],
                                 key=lambda mark: mark[:2])
        return marks_make_a_reference(self._marks, start, end)


_VOLUME_ISSUE_PAGES_MARK = r"\b\d+\s?\(\d+\)\s?:\s?\d+"
_PRESENTED_AT_MARK = r"\bpresented\s+at\b"
_VOLUME_ISSUE_MARK = r"(?<=[;,][ \t])\d{1,3}\s?\(\d{1,2}\)|(?<=;)\d{1,3}\s?\(\d{1,2}\)"
"""A journal's volume and issue with no pages after them, after the year's or the journal's
separator ('(2015); 13 (3)', '2012;48(1)', 'Journal, 13(3)'); not a count in prose ('Coached 3
(2) junior analysts'). Listed after the marks that read the pages too, so those match first
where they can."""
_VENUE_MARK = r"\b(?:conference(?![ \t]+(?:room|call|calls|bridge))|symposium|annual\s+meeting)\b"
"""A talk's venue; not a conference room or call."""
_TALK_MARKS = (_PRESENTED_AT_MARK, _TALK_KIND, _VENUE_MARK)
"""Marks of one talk ('presented at', a talk's kind, its venue): together they count once."""
_BIBLIOGRAPHIC_MARKS = (
    r"\b(?:vol|no)\.\s?\d+",                      # Vol. 8, No. 1
    r"\bpp\.?\s?\d+|\bpages?\s\d+",                # pp 581-592, pages 87-94
    _VOLUME_ISSUE_PAGES_MARK,                       # 20(4):417 (decisive: see below)
    r"\b\d+\(\d+\),\s?\d+",                         # 13(2), 121
    r"\bV\.?\s?\d+,?\s?N\.?\s?\d+\b",               # V6, N6
    r"\(eds?\.\)",                                 # (ed.)
    _PRESENTED_AT_MARK,
    r"\bproceedings\b",
    r"\bjournal\b",
    r"\bdoi\b|\bisbn\b",
    r"\bissue\s+\d+",                               # The Monad.Reader, Issue 20
    r"\btechnical\s+report\b|\bself-published\b",
    r"\bet\s+al\b",
    _VOLUME_ISSUE_MARK,
    r"\b(?:acm|ieee|sigplan|springer|elsevier)\b",   # a publisher or a society's venue
    r"\bedited\s+by\b",                            # edited by R. Michael Alvarez
    r"\b(?:university|academic)\s+press\b",        # Cambridge University Press
    r"\beds?\.,",                                   # Salvatore Babones, ed., Fundamentals of …
    r"(?<=[a-z] )(?-i:Publications|Publishers)\b",    # Los Angeles: Sage Publications
    r"\bpublication\s+in\s+the\b",                  # Presentation and publication in the …
    r"(?<=[.,”\"]\s)(?-i:In\s+(?=[A-Z]))",            # '…2016. In Computational Social Science'
    _TALK_KIND,  # '…Exceptional Children, juried presentation, Charleston, SC'
    _VENUE_MARK,
)
_BIBLIOGRAPHIC = re.compile(
    # The lookahead skips positions where no mark can start: a digit, a bracket, or a word's
    # first letter that some mark opens with (every word mark opens at a word boundary).
    "(?=[\\d(]|\\b[vnpjdieuatskrc])(?:"
    + "|".join(f"(?P<m{i}>{mark})" for i, mark in enumerate(_BIBLIOGRAPHIC_MARKS))
    + ")", re.IGNORECASE)
"""One pass over the window finds every kind of mark (the group name says which)."""
_VOLUME_ISSUE_PAGES = f"m{_BIBLIOGRAPHIC_MARKS.index(_VOLUME_ISSUE_PAGES_MARK)}"
"""The group of the mark 'volume(issue):pages' ('20(4):417'), a reference on its own."""
_TALK_GROUPS = frozenset(f"m{_BIBLIOGRAPHIC_MARKS.index(mark)}" for mark in _TALK_MARKS)
"""The groups of the talk marks."""


def _kind(group: str | None) -> str | None:
    """A mark's kind for counting distinct marks: the talk marks are one kind."""
    return "talk" if group in _TALK_GROUPS else group


BIBLIOGRAPHIC_MIN = 2
"""Distinct bibliographic marks (volume, pages, '(ed.)', 'presented at', 'Journal' …) around a
match that make its text a reference."""


def reference_marks(text: str) -> list[tuple[int, int, str | None]]:
    """Every bibliographic mark of ``text`` (start, end, kind), found in one pass, so that each
    match asks :func:`marks_make_a_reference` instead of scanning again."""
    return [(mark.start(), mark.end(), _kind(mark.lastgroup)) for mark in _BIBLIOGRAPHIC.finditer(text)]


def marks_make_a_reference(marks: list[tuple[int, int, str | None]], start: int, end: int) -> bool:
    """At least BIBLIOGRAPHIC_MIN distinct kinds of ``marks`` (or one 'volume(issue):pages')
    lie within CITATION_WINDOW_CHARS of the match at ``start:end``."""
    lo, hi = start - CITATION_WINDOW_CHARS, end + CITATION_WINDOW_CHARS
    first = bisect.bisect_left(marks, (lo, -1, None))
    kinds: set[str | None] = set()
    for mark_start, mark_end, kind in marks[first:]:
        if mark_start >= hi:
            break
        if mark_end > hi:
            continue
        kinds.add(kind)
        if len(kinds) >= BIBLIOGRAPHIC_MIN or kind == _VOLUME_ISSUE_PAGES:
            return True
    return False


_TITLE_LABEL = re.compile(r"\b(?:title|thesis|dissertation)\s*:", re.IGNORECASE)


def after_title_label(line: str, start: int) -> bool:
    """The match follows a 'Title:' or 'Thesis:' label on its line ('Thesis title: …', 'UG
    PROJECT TITLE: Memory Bounded Anytime Heuristic Search', 'Job Title: …', 'Thesis:
    Orthogonal wavelet synthesis based on signal processing'): it names the work, not the
    candidate's skill."""
    lo = max(0, start - QUOTED_TITLE_MAX_CHARS)
    return line.find(":", lo, start) >= 0 and _TITLE_LABEL.search(line, lo, start) is not None


_PROJECT_NAME = re.compile(
    r"\b(?i:project(?:\s+name)?)\s*:\s*(?:[A-Z0-9][\w&.'’-]*\s+|&\s+|-\s+){0,5}\Z")
"""A project label and the capitalised words of the name up to the match ('Project: Arrow
Unity', 'Project: Extended Enterprise B2B Transformation')."""
_WORK_NOUN_AFTER = re.compile(
    r"(?:[ \t]+[A-Z0-9][\w&.'’-]*){0,3}[ \t]+(?:Migration|Implementation|Rollout|Upgrade|"
    r"Deployment|Modernization|Modernisation|Integration|Development|Automation|Adoption)\b")
"""Work done with the technology, later in the project's name."""
PROJECT_NAME_REACH_CHARS = 80
"""How far before a match (characters) its project's label may stand."""


def in_project_name(line: str, start: int, end: int) -> bool:
    """The match is a word of a project's name after its label ('Project: SPED Integration',
    'Project Name: Arrow Unity'): the name, not a skill. What the project was built with
    follows in lower-case words ('Project: iSocial, a social network in PHP and MySQL')."""
    lo = max(0, start - PROJECT_NAME_REACH_CHARS)
    if "roject" not in line[lo:start] or _PROJECT_NAME.search(line, lo, start) is None:
        return False
    # A project named for its work on the technology ('Project: AWS Cloud Migration') shows
    # that technology.
    return _WORK_NOUN_AFTER.match(line, end) is None


_TALK_TOPIC = re.compile(
    r"\b(?:(?i:paper|multimedia|poster)\s+(?i:presentations?|talks?)(?:\s+(?i:on|about)\b)?"
    r"|(?:Seminars?|Webinars?|Lectures?)(?:\s+cum\s+[\w ]{1,30}?)?"
    r"\s*(?:\b(?i:on|about)\b|[:–-]))[^.;:•\n]{0,80}\Z")
"""A student's or a conference's kind of talk, or a seminar's or a lecture's, and 'on' (or a
colon or dash) before the match, in its clause. Not a workshop: one works there."""
_GIVEN_BY_THE_CANDIDATE = re.compile(
    r"\b(?i:conducted|delivered|gave|given|taught|teach|presented|hosted|ran|led|facilitated)\b")
"""The candidate gave the talk ('Conducted a workshop on Python'): its topic is their skill."""
_TALK_WORD = re.compile("resentation|alk|eminar|ebinar|ecture")
"""A word of a talk's kind, looked for before the full pattern."""
TALK_TOPIC_REACH_CHARS = 120
"""How far before a match (characters) 'Paper presentations on' may stand."""


def names_a_talks_topic(line: str, start: int) -> bool:
    """The match is the topic of a talk given ('Paper Presentations on Applications of
    Robotics', 'Multimedia presentations on Artificial Intelligence and Robotics'): a title's
    words, not a skill shown."""
    lo = max(0, start - TALK_TOPIC_REACH_CHARS)
    window = line[lo:start]
    if _TALK_WORD.search(window) is None:  # the cheap test first
        return False
    talk = _TALK_TOPIC.search(line, lo, start)
    return talk is not None and _GIVEN_BY_THE_CANDIDATE.search(line, lo, talk.start()) is None


_OPENS_A_WORD = re.compile(r'(?<![^\s(\[{,;:])"(?=\w)')
"""A straight quote at a word's start: after a space or an opening bracket, before a letter."""


def _unclosed_curly(text: str) -> bool:
    """``text`` opens more curly quotes ('“', '„', '«') than it closes."""
    return sum(text.count(q) for q in "“„«") > sum(text.count(q) for q in "”»")


def in_quoted_title(line: str, start: int, end: int) -> bool:
    """The match is inside a quoted title of several words: '“A Survey of SIP Peering”',
    '"Use of Social Media in Direct Practice"'. Resumes quote titles of papers, talks and
    theses; their topics are not the candidate's skills. A doubled quote, as text exported
    through a CSV file writes one ('""Operations management in the new Millennium""'), is one
    mark."""
    if '""' in line:
        line = line.replace('""', ' "')  # same length: offsets hold
    opening = max(line.rfind(q, max(0, start - QUOTED_TITLE_MAX_CHARS), start) for q in OPEN_QUOTES)
    if opening < 0:
        return False
    closing = min((i for q in _CLOSE_QUOTES
                   if (i := line.find(q, end, end + QUOTED_TITLE_MAX_CHARS)) >= 0), default=-1)
    # A straight quote opens a title where a word starts after it; one that ends a word
    # closes an earlier quote ('“Pathways" (Programmer) … in C++') or marks inches ('27"').
    line_start = line.rfind("\n", 0, opening) + 1
    if closing < 0 or (line[opening] == '"' and (
            not _OPENS_A_WORD.match(line, opening)
            or _unclosed_curly(line[line_start:opening]))):
        return False
    if any(q in line[opening + 1:start] for q in _CLOSE_QUOTES):  # two quotes, match between
        return False
    words = [word.strip(",.:;!?()").lower() for word in line[opening + 1:closing].split()]
    return len(words) >= QUOTED_TITLE_MIN_WORDS and not _TITLE_FUNCTION_WORDS.isdisjoint(words)
