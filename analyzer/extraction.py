"""Skill extraction: alias matches + context rules + fuzzy resolution + relations -> SkillHits.

Contract: :func:`extract_skills` takes a Document (or plain text, read as a ``.txt`` resume
whose offsets stay those of the text as given) and returns the skills it evidences, each with
a confidence in [0, 1], an evidence kind, the mentions behind it (``text[start:end]`` equals
the mention's text) and a plain-language explanation. Deterministic for a given ``today``.
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from analyzer import aims, citations, context, lists, names, senses, titles
from analyzer.confidence import add_related, score_skill, strongest_first
from analyzer.descriptions import description_spans
from analyzer.documents import EMAIL_PATTERN, document_from_text
from analyzer.fuzzy import FuzzyHit, FuzzyIndex
from analyzer.lists import DECORATION
from analyzer.models import Document, Line, Mention, SkillHit
from analyzer.nlp import get_matcher, sentence_bounds
from analyzer.phrasings import find_phrasings, merge_matches
from analyzer.readings import SHORT_ALIAS_CHARS, readings
from analyzer.sections import SectionTopic, heading_topic
from analyzer.timeline import line_years
from skills_taxonomy import Alias, Skill, Taxonomy, load_taxonomy, normalise_alias

MIN_FUZZY_CANDIDATE_CHARS, MAX_FUZZY_CANDIDATE_CHARS = 4, 60
MAX_FUZZY_CANDIDATE_WORDS = 6
MAX_FUZZY_CANDIDATES = 500
"""List items compared fuzzily per document, at most (a resume has far fewer)."""
MAX_MENTIONS_PER_SKILL = 20
"""Mentions kept per skill; more add nothing to the evidence and cost time on hostile text."""
MAX_REJECTIONS_PER_ALIAS = 200
"""Matches of one alias set aside before the rest are skipped unread: a resume never holds
so many ('C C C …' in hostile text would otherwise run every context rule 30,000 times)."""
_OPEN_QUOTE = re.compile(f"[{citations.OPEN_QUOTES}]")
ROW_LABEL_REACH_LINES = 6
"""How many label lines a table's first value line (': …') may follow."""
ROW_LABEL_MAX_EXTRA_WORDS = 2
"""Words a row label may have after the match ('Version Control Tools')."""
LONG_LINE_CHARS = 600
"""Lines longer than this are seen by the context rules through a window around the match."""
CONTEXT_WINDOW_CHARS = 300
"""Half-width of that window (characters)."""
_LIST_BEFORE = re.compile(r"[,;|•&/+][ \t]*\Z")
"""A list's separator right before a match."""
WRAP_GAP_MAX_CHARS = 2
"""Characters between two lines of one wrapped phrase: a newline, or the two spaces a
flattened text wrote for it (a wider run of spaces is a column gap)."""
MAX_TOKEN_CHARS = 40
"""Runs without whitespace longer than this are broken (for the tokenizer only) so hostile
text cannot stall it; offsets are unchanged."""

_ABBREVIATIONS = {
    "mgmt": "management", "mgt": "management", "mngmt": "management", "dev": "development",
    "mktg": "marketing", "eng": "engineering", "ops": "operations", "req": "requirements",
    "reqs": "requirements", "biz": "business", "dept": "department", "&": "and",
    "comms": "communications", "analysis/": "analysis",
}
_URLISH = re.compile(
    rf"(?:https?://|www\.)\S+|{EMAIL_PATTERN}"
    r"|(?<![\w-])[\w-]{1,63}\.(?:com|io|org|me|dev|(?-i:net))\b(?:/\S*)?",
    re.IGNORECASE)
"""Web and e-mail addresses: a match inside one is not a skill ('github.com/jane'). A bare
'name.net' that the match holds whole ('ASP.NET', 'ASP.NET MVC') is the skill, not an
address, and '.NET' or '.Net' is Microsoft's platform ('Visual Basic.NET', 'Visual
Studio.Net'): addresses are written in lower case."""
_LABEL_GAP = re.compile(r"[ \t]*[:|–-]?[ \t]*")
"""Between a profile label and its address: 'LinkedIn: https://…', 'GIT https://…'."""
MIN_LINK_LABEL_CHARS = 3
"""A label this long or longer may name the site of the address after it."""
_CID = re.compile(r"\(cid:\d+\)")
_CONTINUATION = re.compile(r"\n(?:(?<=[\w,]\n)(?=[a-z])|(?<=[^\n]{39}[A-Za-z]\n)(?=[A-Z][a-z]))")
"""A line break inside a wrapped sentence: before a word in lower case, or, after a long line
that ends in a word (a wrap, not a list of short lines), before a capitalised word
('… Microsoft Test Manager, Continuous' / 'Integration and deployment'). The line break
comes first in the pattern, so a search skips to each one instead of trying the lookbehinds
at every position (thirty times faster, the same matches)."""
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")


@dataclass(frozen=True, slots=True)
class _Found:
    skill_id: str
    mention: Mention
    year: float | None


def sanitize_for_tokenizer(text: str) -> str:
    """Same-length copy of ``text`` that is safe to tokenize and match.

    '(cid:N)' is blanked, long runs are cut, and a line break inside a wrapped sentence (see
    _CONTINUATION: 'stakeholder\nmanagement') becomes a space so phrases match across it.
    """
    text = _CID.sub(lambda m: " " * len(m.group(0)), text)
    text = _CONTINUATION.sub(" ", text)
    return _LONG_RUN.sub(
        lambda m: "".join(" " if (i + 1) % MAX_TOKEN_CHARS == 0 else ch
                          for i, ch in enumerate(m.group(0))), text)


class _Lines:
    def __init__(self, document: Document) -> None:
        self.lines = document.lines
        self.starts = [line.start for line in document.lines]

    def at(self, offset: int) -> Line | None:
        index = bisect.bisect_right(self.starts, offset) - 1
        if index < 0:
            return None
        line = self.lines[index]
        return line if line.start <= offset <= line.end else None

    def following(self, line: Line, count: int) -> tuple[Line, ...]:
        """Up to ``count`` lines after ``line``, in order (any section)."""
        index = bisect.bisect_left(self.starts, line.start)
        return self.lines[index + 1:index + 1 + count]

    def around(self, line: Line) -> tuple[Line | None, Line | None]:
        """The lines just before and after ``line`` in its section (None at an edge)."""
        index = bisect.bisect_left(self.starts, line.start)
        before = self.lines[index - 1] if index > 0 else None
        after = self.lines[index + 1] if index + 1 < len(self.lines) else None
        return (before if before is not None and before.section == line.section else None,
                after if after is not None and after.section == line.section else None)


_LEVEL_WORDS = re.compile(r"\b(?:native|fluent|bilingual|basic|beginner|elementary|intermediate|"
                          r"advanced|professional|proficient|proficiency|working|conversational|"
                          r"mother\s+tongue|[ABC][12])\b", re.IGNORECASE)
"""Words that give a listed item's level ('Spanish – C1 (fluent)')."""
_NEXT_WORD = re.compile(r"[ \t]*(?:,|/|&|\band\b|\bor\b)[ \t]*(?P<word>[^\W\d_]+)")
_PREVIOUS_WORD = re.compile(r"(?P<word>[^\W\d_]+)[ \t]*(?:,|/|&|\band\b|\bor\b)[ \t]*$")
WORD_COLUMN_REACH = 2
"""Single-word lines read on each side of a single-word match to spot a word bank."""
PAIR_WINDOW_CHARS = 40
"""How far back (characters) the language before a paired one is looked for."""


def _unhyphenated(text: str) -> str:
    return re.sub(r"[\s-]+", "", text.lower())


def _expand(text: str) -> str:
    return " ".join(_ABBREVIATIONS.get(word, word) for word in normalise_alias(text).split())


FUZZY_CACHE_SIZE = 8
"""Per-taxonomy indexes kept (one per taxonomy in use); least recently used ones are dropped."""


@dataclass(frozen=True, slots=True)
class _TaxonomyIndex:
    """What extraction derives from a taxonomy once: the fuzzy index over its fuzzy-matched
    aliases, and the lower-case names of its spoken languages."""

    taxonomy: Taxonomy
    fuzzy: FuzzyIndex
    fuzzy_aliases: tuple[Alias, ...]
    languages: frozenset[str]


_index_cache: OrderedDict[int, _TaxonomyIndex] = OrderedDict()
_index_lock = threading.Lock()


def _taxonomy_index(taxonomy: Taxonomy) -> _TaxonomyIndex:
    with _index_lock:
        cached = _index_cache.get(id(taxonomy))
        if cached is None or cached.taxonomy is not taxonomy:
            aliases = tuple(a for a in taxonomy.aliases if a.mode == "fuzzy")
            languages = frozenset(alias.text.lower() for alias in taxonomy.aliases
                                  if taxonomy.skills[alias.skill_id].kind == "language")
            cached = _index_cache[id(taxonomy)] = _TaxonomyIndex(
                taxonomy, FuzzyIndex([_expand(a.text) for a in aliases]), aliases, languages)
        _index_cache.move_to_end(id(taxonomy))
        while len(_index_cache) > FUZZY_CACHE_SIZE:
            _index_cache.popitem(last=False)
        return cached


def _fuzzy_index(taxonomy: Taxonomy) -> tuple[FuzzyIndex, tuple[Alias, ...]]:
    index = _taxonomy_index(taxonomy)
    return index.fuzzy, index.fuzzy_aliases


class _Extractor:
    def __init__(self, document: Document, taxonomy: Taxonomy, today: date) -> None:
        self.document = document
        self.text = document.text
        self.taxonomy = taxonomy
        self.lines = _Lines(document)
        self.years = line_years(document, today=today)
        self.urls = [m.span() for m in _URLISH.finditer(self.text)]
        self.url_starts = [a for a, _ in self.urls]
        self.employers: set[str] = set()
        self.alias_spans: list[tuple[int, int]] = []
        self.tool_starts: frozenset[int] = frozenset()
        self.aims = aims.Aims(self.text)
        self.safe = sanitize_for_tokenizer(self.text)
        self._reader_labels: dict[int, bool] = {}
        self._sentences: dict[tuple[int, int], tuple[str, bool]] = {}
        self._acronyms: dict[str, str] | None = None
        self._line_facts: dict[tuple[str, int], bool] = {}
        self.name_line_start = next((line.start for line in document.lines
                                     if line.section == "header" and line.text.strip()), -1)
        self.headline_start = _headline_start(document)
        self.citations = citations.Citations(self.text)
        self.quote_marks = [m.start() for m in _OPEN_QUOTE.finditer(self.text)]
        self.topics = [(section.start, section.end, topic) for section in document.sections
                       if (topic := heading_topic(section.heading)) is not None]
        self.descriptions = description_spans(document, today=today)
        self.description_starts = [a for a, _ in self.descriptions]

    def _described(self, start: int) -> bool:
        """Whether ``start`` lies in a project description (a client's system described)."""
        index = bisect.bisect_right(self.description_starts, start) - 1
        return index >= 0 and start < self.descriptions[index][1]

    def _topic(self, offset: int) -> SectionTopic | None:
        return next((topic for start, end, topic in self.topics if start <= offset < end), None)

    def _in_url(self, start: int, end: int) -> bool:
        # Addresses do not overlap each other: only the last two starting before ``end`` can
        # overlap the match (bisect, so hostile text full of addresses stays linear).
        index = bisect.bisect_left(self.url_starts, end)
        return any(a < end and start < b and not start <= a < b <= end
                   for a, b in self.urls[max(0, index - 2):index])

    def _vertical_item(self, line: Line, start: int, end: int) -> bool:
        """The match is the whole line, give or take a level ('Spanish (C1)', 'Polish ●●●●○'),
        and a line beside it in its section names another language: a list printed one item
        per line ('English' / 'Spanish' / 'German' under Languages). Used for spoken languages
        only: elsewhere a word alone on a line is as often a label or a heading."""
        rest = _LEVEL_WORDS.sub("", line.text[:start] + line.text[end:])
        if rest.strip(DECORATION):
            return False
        return any(other is not None and not other.heading
                   and _LEVEL_WORDS.sub("", other.text).strip(DECORATION).lower()
                   in _taxonomy_index(self.taxonomy).languages
                   for other in self.lines.around(line))

    def _line_fact(self, fact: str, line: Line, read: Callable[[Line], bool]) -> bool:
        """``read(line)``, a fact about the whole line, read once per line and fact."""
        key = (fact, line.start)
        cached = self._line_facts.get(key)
        if cached is None:
            cached = self._line_facts[key] = read(line)
        return cached

    def _is_contact_line(self, line: Line) -> bool:
        """:func:`~analyzer.context.is_contact_line` of the line, read once per line: a
        skills line holds many tools, each asking."""
        return self._line_fact("contact line", line, _reads_as_contact_line)

    def _titles_a_role(self, line: Line) -> bool:
        """:meth:`_reads_as_role_title`, read once per line."""
        return self._line_fact("role title", line, self._reads_as_role_title)

    def _reads_as_role_title(self, line: Line) -> bool:
        """The line is a role's title over its employer in a resume export's role heading
        ('Business Development Rep' / 'Oracle -' / 'September 2011 to April 2013', 'SAP as a
        Consultant' / 'SAP Basis -' / 'May 2012 to Present'): the title, not evidence."""
        text = line.text.strip()
        if (not text or len(text.split()) > ROLE_TITLE_MAX_WORDS
                or any(mark in text for mark in ".;:•,")):
            return False
        following = self.lines.following(line, 2)
        return (len(following) == 2 and following[0].section == line.section
                and context.ends_an_employer_field(following[0].text, following[1].text))

    def _fills_employer_field(self, line: Line) -> bool:
        """:meth:`_reads_as_employer_field`, read once per line."""
        return self._line_fact("employer field", line, self._reads_as_employer_field)

    def _reads_as_employer_field(self, line: Line) -> bool:
        """The whole line is a resume export's employer field, its dates on the line below
        ('Oracle, Business Objects -' / 'June 2015 to Present', 'SAP FI -  Pune, Maharashtra
        -' / 'June 2016 to Present'): every word of it is the employer's, wherever the match
        stands in it."""
        after = self.lines.around(line)[1]
        return after is not None and context.ends_an_employer_field(line.text, after.text)

    def _names_a_dated_place(self, line: Line) -> bool:
        """:meth:`_reads_as_dated_place`, read once per line."""
        return self._line_fact("dated place", line, self._reads_as_dated_place)

    def _reads_as_dated_place(self, line: Line) -> bool:
        """The line is an employer's name and place ('INSTRUMENTATION SOLUTIONS, Sao Paulo,
        Brazil') with a role's dates on the line before or after it ('1986 to 1990')."""
        # A skills section's line of three names is a list ('Java, Spring, Hibernate').
        return line.section != "skills" and names.is_name_and_place_line(line.text) and any(
            other is not None and names.opens_with_dates(other.text)
            for other in self.lines.around(line))

    def _is_document_title(self, line: Line) -> bool:
        """:func:`~analyzer.names.is_document_title` of the line, read once per line."""
        return self._line_fact("document title", line, _reads_as_document_title)

    def _next_line_text(self, line: Line) -> str:
        """The text of the line after ``line`` in its section ('' at an edge)."""
        after = self.lines.around(line)[1]
        return "" if after is None else after.text

    def _with_continuation(self, line: Line, *, end: int) -> tuple[str, int]:
        """The line's text with the rest of its sentence on the lines around it, and where the
        line's own text starts in it. The next line is joined when it opens in lower case ('…
        monitoring and improving code' / 'coverage'), when the line ends with a comma or
        another joining mark ('Executing, Monitoring,' / 'Controlling, Closing'), when it
        leaves a bracket open ('(configuration for Text' / 'Determination, …)'), or when the
        match, ending at ``end`` (an offset in the line), ends the line ('for the Dataverse' /
        'Network Project': the name may go on) or runs onto the next ('Operating System' /
        'Design, Compilers'); the line before when it ends with no stop ('Some of the APIs I
        used in this app are' / 'Twitter, …', a flattened document cut at its runs of
        spaces). So a cue the sentence carries on another line is read."""
        before, after = self.lines.around(line)
        text, offset = line.text, 0
        if before is not None and before.text.rstrip()[-1:].isalnum():
            text, offset = f"{before.text} {text}", len(before.text) + 1
        if after is not None and end > len(line.text):
            # The match spans the break: offsets past the line's end must still point at the
            # same characters of the next line.
            text = f"{text[:offset]}{_joined_in_place(line, after)}"
        elif after is not None and (after.text[:1].islower()
                                    or line.text.rstrip()[-1:] in _CONTINUING_ENDS
                                    or end >= len(line.text.rstrip())
                                    or line.text.count("(") > line.text.count(")")):
            text = f"{text} {after.text}"
        return text, offset

    def _title_wraps(self, line: Line, start: int, end: int, *, technical: bool,
                     trait: bool) -> bool:
        """The match ends its line (or runs onto the next, as a wrapped phrase matches) and the
        job title it opens goes on there: 'being named Customer' / 'Service Representative of
        the Month', '2 years as a Help Desk' / 'Troubleshooting Technician'. Read as
        :func:`~analyzer.titles.in_title` over both lines; offsets in ``line`` hold. Not for a
        tool: its product's name goes on as often ('Microsoft Exchange' / 'System Manager')."""
        if line.text[end:].strip():
            return False  # most matches: words follow on the line
        # A line that is the match alone is a name or a heading, the next line its own
        # ('E-Commerce Platform' / 'Project Lead'), not a sentence wrapping.
        if not line.text[:start].strip(DECORATION):
            return False
        # The last item of a list is no title's field ('QC, Jira' / 'Project Lead, QA').
        if _LIST_BEFORE.search(line.text, 0, start) or lists.is_list_like(line.text):
            return False
        after = self.lines.around(line)[1]
        if (after is None or after.heading or len(after.text) > LONG_LINE_CHARS
                or not 0 < after.start - line.end <= WRAP_GAP_MAX_CHARS
                or self.text[line.end:after.start].strip(" \t") not in {"", "\n"}):
            return False
        return titles.in_title(_joined_in_place(line, after), start, end,
                               technical=technical, trait=trait)

    def _in_other_field(self, line: Line, start: int, end: int, alias: Alias) -> bool:
        """:func:`senses.in_other_field` over the match's sentence, read across the lines it
        wraps onto (``start`` and ``end`` are offsets in the line)."""
        text, offset = self._with_continuation(line, end=end)
        return senses.in_other_field(text, start + offset, end + offset, alias.other_sense)

    def _row_label(self, line: Line, start: int, end: int) -> bool:
        """The match is a row label of a two-column table read column by column: the line is
        the label alone ('RDBMS', 'Configuration Management') and, past a few more such
        labels, the values follow, each opening with its colon (': Oracle 8i, SQL Server')."""
        if (line.text[:start].strip(DECORATION) or ":" in line.text
                or len(line.text[end:].split()) > ROW_LABEL_MAX_EXTRA_WORDS):
            return False
        labels = 1
        following = self.lines.following(line, 2 * ROW_LABEL_REACH_LINES)
        for at, other in enumerate(following[:ROW_LABEL_REACH_LINES]):
            if other.section != line.section or other.heading:
                return False
            stripped = other.text.strip()
            if stripped.startswith(":"):
                # As many values as labels from this one on: a value above a label
                # ('IBM Clear Case' / 'Client' / ': Canada Pacific') is no label.
                values = itertools.takewhile(lambda v: v.text.lstrip().startswith(":"),
                                             following[at:])
                return sum(1 for _ in values) >= labels
            if ":" in stripped or len(stripped.split()) > lists.LABEL_MAX_WORDS:
                return False
            labels += 1
        return False

    def _labels_one_tool(self, line: Line, start: int, end: int) -> bool:
        """The match is a row's label whose value, after its colon, is one named tool:
        'DBMS: Oracle 11g', 'Continuous Integration: Jenkins'. (Two or more names are
        :func:`~analyzer.lists.labels_a_list`'s.)"""
        colon = lists.label_colon_end(line.text, start, end)
        return colon is not None and line.start + colon in self.tool_starts

    def _under_reader_label(self, line: Line) -> bool:
        """The line, or the line its list runs on from (ending in a comma), is labelled for the
        reader ('Market Your Skills: Interpersonal,' / 'Analytical, Leadership')."""
        cached = self._reader_labels.get(line.start)
        if cached is None:
            before, _ = self.lines.around(line)
            cached = self._reader_labels[line.start] = lists.addresses_the_reader(line.text) or (
                before is not None and before.text.rstrip().endswith(",")
                and lists.addresses_the_reader(before.text))
        return cached

    def _in_word_column(self, line: Line, start: int, end: int) -> bool:
        """The match is the whole line and the lines around it are single words too: a word
        bank printed one word per line ('Classified' / 'Coached' / 'Collected')."""
        if line.text.strip() != line.text[start:end]:
            return False

        def single_words(step: int) -> list[str]:
            words: list[str] = []
            other: Line | None = line
            counted = 0
            while other is not None and counted < WORD_COLUMN_REACH:
                other = self.lines.around(other)[step]
                if other is None or len(other.text.split()) != 1:
                    break
                words.append(other.text.strip())
                # An alphabetical bank's index letter ('N' / 'Negotiated' / 'O') is no word.
                counted += not lists.is_index_letter(words[-1])
            return words

        before, after = single_words(0)[::-1], single_words(1)
        head = " ".join([*before, ""])
        joined = f"{head}{line.text[start:end]} {' '.join(after)}"
        return lists.in_word_bank(joined, len(head), len(head) + end - start)

    def _paired_language(self, line: str, start: int, end: int) -> bool:
        """Another spoken language stands beside the match, joined by 'and', '&', '/' or a
        comma: 'skills in English and Spanish', 'intermediate Spanish and French'. Two
        languages named together are a list of two, in a sentence too."""
        languages = _taxonomy_index(self.taxonomy).languages
        after = _NEXT_WORD.match(line, end)
        before = _PREVIOUS_WORD.search(line[max(0, start - PAIR_WINDOW_CHARS):start])
        return any(word is not None and word.group("word").lower() in languages
                   for word in (after, before))

    def _in_wrapped_name(self, line: Line, start: int, end: int) -> bool:
        """The match is in an organisation's or publication's name that wraps onto the next
        line ('… Partnership for Public Service Federal Advisor Training' / 'Conference'), or
        began on the line before (a long line ending in 'of', 'for', 'and' …, or any line
        before one opening with them: 'College of Computing' / '& Digital Media')."""
        before, after = self.lines.around(line)
        # A huge neighbour (a CV pasted as one line, hostile text) is no wrapped name's other
        # half, and reading it for every match would be quadratic.
        before = before if before is None or len(before.text) <= LONG_LINE_CHARS else None
        after = after if after is None or len(after.text) <= LONG_LINE_CHARS else None
        text = line.text
        if before is not None and ((len(before.text) >= names.WRAPPED_LINE_MIN_CHARS
                                    and names.ends_in_connector(before.text))
                                   or names.starts_with_connector(text)):
            offset = len(before.text) + 1
            if names.in_organisation_name(f"{before.text} {text}", start + offset, end + offset):
                return True
        return (after is not None and len(text) >= names.WRAPPED_LINE_MIN_CHARS
                and (names.starts_with_institution(after.text) or names.ends_in_connector(text))
                and names.in_organisation_name(f"{text} {after.text}", start, end))

    def _labels_address(self, start: int, end: int) -> bool:
        """The match labels the web address right after it, on that site ('LinkedIn:
        https://linkedin.com/in/…', 'GIT https://github.com/…'): a profile link, not a skill.
        'MVC www.example.com/code' (a code sample) and 'PMP jane@example.com' stay."""
        gap = _LABEL_GAP.match(self.text, end)
        at = gap.end() if gap is not None else end
        index = bisect.bisect_left(self.url_starts, at)
        if index == len(self.url_starts) or self.url_starts[index] != at:
            return False
        address = self.text[at:self.urls[index][1]].lower()
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", address).split("/", 1)[0]
        name = re.sub(r"\W", "", self.text[start:end].lower())
        # A part of the site's name starts with the label ('GIT' before github.com,
        # 'LinkedIn' before in.linkedin.com); a one- or two-letter label ('C' before
        # gitlab.com/jane/c-libs) is too short to tell.
        return ("@" not in address and len(name) >= MIN_LINK_LABEL_CHARS
                and any(label.startswith(name) for label in host.split(".")))

    def _mention(self, start: int, end: int, line: Line, match: str, score: float,
                 sentence: tuple[int, int]) -> Mention:
        cached = self._sentences.get(sentence)
        if cached is None:
            # Several skills share a sentence: clean and read it once.
            text = " ".join(self.text[sentence[0]:sentence[1]].split())
            cached = self._sentences[sentence] = (text, context.has_outcome(text))
        sentence_text, outcome = cached
        return Mention(
            text=self.text[start:end], start=start, end=end, section=line.section,
            sentence=sentence_text, match=match,  # type: ignore[arg-type]
            # Cues are read within the line: a flattened document's lines share one text line.
            score=score, hedged=context.is_hedged(line.text, start - line.start),
            outcome=outcome,
        )

    def _accept(self, alias: Alias, start: int, end: int, line: Line) -> bool:
        if len(line.text) > LONG_LINE_CHARS:
            # Context rules look at the neighbourhood; on a huge line (a CV pasted as one line,
            # or hostile text) give them a window so each check stays cheap.
            lo, hi = max(line.start, start - CONTEXT_WINDOW_CHARS), min(line.end, end + CONTEXT_WINDOW_CHARS)
            line = replace(line, text=self.text[lo:hi], start=lo, end=hi)
        return self._rejection(alias, start, end, line) is None

    def _rejection(self, alias: Alias, start: int, end: int, line: Line) -> str | None:
        """Why the match is not a skill mention, or None when it is."""
        skill = self.taxonomy.skills[alias.skill_id]
        reason = readings(self, alias, skill, start, end, line)
        if reason is not None:
            return reason
        if skill.kind == "tool" and context.looks_like_employer(self.text, start, end, line.start):
            self.employers.add(skill.id)
            return "employer"
        return None

    def _in_quoted_title(self, start: int, end: int) -> bool:
        """The match is inside a quoted title, looked for in the text around it rather than in
        its line: a title wraps, and a flattened document cuts it into pieces at its runs of
        spaces."""
        lo = max(0, start - citations.QUOTED_TITLE_MAX_CHARS)
        first = bisect.bisect_left(self.quote_marks, lo)
        if first == len(self.quote_marks) or self.quote_marks[first] >= start:
            return False  # no opening quote before the match: the cheap test first
        # Start at a line's start when one is near, so quotes are counted from it.
        line_start = self.text.rfind("\n", max(0, lo - citations.QUOTED_TITLE_MAX_CHARS), lo) + 1
        lo = line_start or lo
        window = self.text[lo:end + citations.QUOTED_TITLE_MAX_CHARS]
        return citations.in_quoted_title(window, start - lo, end - lo)

    def _spelled_otherwise(self, skill: Skill, start: int, end: int) -> bool:
        """The acronym is spelled out right beside it, or where the document defines it, and
        the words share nothing with the skill's name, aliases or description: 'GCP (Global
        Career Program)' is not Google Cloud, nor is every later 'GCP' of that document; 'SQL
        (Structured Query Language)' is SQL. Read in the text around the match, not its line:
        a flattened document cuts '(Good Clinical  Practice) GCP' at the gap."""
        expansion = self._expansion_at(start, end)
        if expansion is None:
            acronym = self.text[start:end]
            if not senses.is_acronym(acronym):
                return False
            expansion = self._defined_acronyms().get(acronym)
        if expansion is None:
            return False
        known = " ".join([skill.name, skill.description,
                          *(a.text for a in skill.aliases)]).lower()
        words = {w for w in re.findall(r"[a-z]+", expansion.lower()) if len(w) > SHORT_ALIAS_CHARS}
        return not any(re.search(rf"\b{re.escape(w.rstrip('s'))}", known) for w in words)

    def _expansion_at(self, start: int, end: int) -> str | None:
        """The words the acronym at ``start:end`` is spelled out as right beside it."""
        lo = max(0, start - senses.EXPANSION_REACH_CHARS)
        window = self.text[lo:end + senses.EXPANSION_REACH_CHARS]
        return senses.acronym_expansion(window, start - lo, end - lo)

    def _defined_acronyms(self) -> dict[str, str]:
        """Each acronym the document spells out beside a bracket ('Public Sector Management
        (PSM)', 'GCP (Global Career Program)'), with its first spelling; found once."""
        if self._acronyms is None:
            self._acronyms = {}
            candidates = itertools.islice(_BRACKETED_ACRONYM.finditer(self.text),
                                          MAX_ACRONYM_CANDIDATES)
            for found in candidates:
                group = found.lastgroup or "acronym"
                start, end = found.span(group)
                expansion = self._expansion_at(start, end)
                if expansion is not None:
                    self._acronyms.setdefault(found.group(group), expansion)
        return self._acronyms

    def _number_changed(self, alias: Alias, start: int, end: int) -> bool:
        """A one-word business or soft-skill alias matched in the other grammatical number.

        Plurals are folded so 'dashboards' and 'APIs' match, but for these words the number
        often changes the meaning: 'Sale, Manchester' is not 'sales', 'Oracle Communications'
        not 'communication', 'in partnership with' not 'partnerships', 'survey' not
        'surveys'. The taxonomy lists both forms where both mean the skill."""
        skill = self.taxonomy.skills[alias.skill_id]
        if " " in alias.text:
            # A closed compound written open ('team work' for 'teamwork') is never plural
            # before its head: 'maintenance teams work' is a clause.
            joined = alias.text.replace(" ", "").lower()
            return (any(other.text.lower() == joined for other in skill.aliases)
                    and _plural_before_head(self.text[start:end], alias.text))
        if skill.category == "technical":
            return False
        # Hyphenated aliases also match spaced and joined ('pre-sales': 'presales'); both
        # numbers fold to one pattern, so any alias of the skill may be the one written.
        surface = _unhyphenated(self.text[start:end])
        return surface != _unhyphenated(alias.text) and not any(
            _unhyphenated(other.text) == surface for other in skill.aliases)

    def exact(self) -> list[_Found]:
        matcher = get_matcher(self.taxonomy)
        matches = merge_matches(matcher.find(self.safe), find_phrasings(self.safe, self.taxonomy))
        accepted = []
        per_skill: dict[str, int] = defaultdict(int)
        # Every alias matched, kept or not: a fuzzy reading of an item must keep a known
        # name's words ('Oracle Communications', Oracle set aside, is no 'oral communication').
        self.alias_spans = sorted((match.start, match.end) for match in matches)
        skills = self.taxonomy.skills
        self.tool_starts = frozenset(match.start for match in matches
                                     if skills[match.alias.skill_id].kind == "tool")
        rejected: dict[str, int] = defaultdict(int)
        for match in matches:
            if (per_skill[match.alias.skill_id] >= MAX_MENTIONS_PER_SKILL
                    or rejected[match.alias.text] >= MAX_REJECTIONS_PER_ALIAS):
                continue
            line = self.lines.at(match.start)
            if (line is not None and not self._number_changed(match.alias, match.start, match.end)
                    and self._accept(match.alias, match.start, match.end, line)):
                accepted.append((match, line))
                per_skill[match.alias.skill_id] += 1
            else:
                rejected[match.alias.text] += 1
        bounds = sentence_bounds(self.safe, [m.start for m, _ in accepted])
        found = []
        for match, line in accepted:
            mention = self._mention(match.start, match.end, line, "exact", 100.0, bounds[match.start])
            # An alias may name more than one skill ('technical roadmap'): one mention for each.
            found += [_Found(skill_id, mention, self.years.get(line.start))
                      for skill_id in (match.alias.skill_id, *match.alias.also)]
        return found

    def _fuzzy_reading_holds(self, alias: Alias, start: int, end: int) -> bool:
        """The item at ``start``/``end`` may be read as ``alias``: it names no person the alias
        does not ('Enterprise Architect' is no misspelt 'Enterprise architecture'), and every
        name an exact alias matched inside it is a word of the alias ('Windows Azure' may be
        Azure, 'Oracle Communications' may not be oral communication)."""
        if titles.ends_in_a_person(self.text[start:end]) and not titles.ends_in_a_person(alias.text):
            return False
        wanted = set(_expand(alias.text).split())
        index = bisect.bisect_left(self.alias_spans, (start, start))
        for a, b in self.alias_spans[index:]:
            if a >= end:
                break
            if b <= end and not set(_expand(self.text[a:b]).split()) <= wanted:
                return False
        return True

    def fuzzy(self, covered: list[tuple[int, int]]) -> list[_Found]:
        index, aliases = _fuzzy_index(self.taxonomy)
        candidates: list[tuple[int, int, Line]] = []
        keys: list[str] = []
        spans = sorted(covered)
        starts = [a for a, _ in spans]
        reach = list(itertools.accumulate((b for _, b in spans), max))

        def is_covered(start: int, end: int) -> bool:
            index = bisect.bisect_left(starts, end)
            return index > 0 and reach[index - 1] > start

        for line in self.document.lines:
            content_from = line.text.find(":") + 1 if line.heading else 0
            if ((line.heading and content_from == 0)
                    or not (line.section == "skills" or lists.is_list_like(line.text))):
                continue
            for offset, item in lists.split_items(line.text):
                if offset < content_from:
                    continue
                start = line.start + offset
                end = start + len(item)
                words = item.split()
                if (not MIN_FUZZY_CANDIDATE_CHARS <= len(item) <= MAX_FUZZY_CANDIDATE_CHARS
                        or len(words) > MAX_FUZZY_CANDIDATE_WORDS
                        or is_covered(start, end)):
                    continue
                candidates.append((start, end, line))
                keys.append(_expand(item))
                if len(candidates) >= MAX_FUZZY_CANDIDATES:
                    break
        found = []
        # Resolve each distinct phrase once (hostile text repeats one item thousands of times).
        unique = list(dict.fromkeys(keys))
        resolved = {unique[hit.index]: hit for hit in index.resolve(unique)}
        hits = [FuzzyHit(index=i, alias_index=resolved[key].alias_index, score=resolved[key].score)
                for i, key in enumerate(keys) if key in resolved]
        # The context rules of exact matches hold for fuzzy ones too (labels, names, negation).
        hits = [hit for hit in hits
                if self._fuzzy_reading_holds(aliases[hit.alias_index], *candidates[hit.index][:2])
                and self._accept(aliases[hit.alias_index], *candidates[hit.index])]
        bounds = sentence_bounds(self.safe, [candidates[h.index][0] for h in hits])
        for hit in hits:
            start, end, line = candidates[hit.index]
            alias = aliases[hit.alias_index]
            mention = self._mention(start, end, line, "fuzzy", hit.score, bounds[start])
            found += [_Found(skill_id, mention, self.years.get(line.start))
                      for skill_id in (alias.skill_id, *alias.also)]
        return found


_CONTINUING_ENDS = frozenset(",;&/")
"""How a line ends when its sentence or list goes on on the next line ('Executing,
Monitoring,' / 'Controlling, Closing')."""
HEADLINE_BLOCK_LINES = 3
"""The lines with text a headline is read in: the name, the headline, the contact line."""
HEADLINE_SEARCH_LINES = 12
"""Lines read from the top of a document for its name, headline and contact lines (blank
lines between them included)."""


def _headline_start(document: Document) -> int:
    """Where the resume's headline line starts (:func:`~analyzer.titles.is_headline`): the
    second line with text, in the header, under a person's name; -1 when there is none."""
    top = [line for line in document.lines[:HEADLINE_SEARCH_LINES]
           if line.text.strip()][:HEADLINE_BLOCK_LINES]
    if len(top) < HEADLINE_BLOCK_LINES or top[1].section != "header":
        return -1
    name, headline, below = top
    return (headline.start if names.is_person_name(name.text)
            and titles.is_headline(headline.text, below.text) else -1)


def _joined_in_place(line: Line, after: Line) -> str:
    """``line`` and the line ``after`` it as one text, the break between them (a newline, or
    the spaces a flattened text wrote for it) made spaces, so that an offset in the line and
    past its end points at the same characters as in the document."""
    return f"{line.text}{' ' * max(1, after.start - line.end)}{after.text}"


def _reads_as_contact_line(line: Line) -> bool:
    return context.is_contact_line(line.text)


def _reads_as_document_title(line: Line) -> bool:
    return names.is_document_title(line.text)


ROLE_TITLE_MAX_WORDS = 8
"""Words of a role's title on its own line in a resume export's role heading."""
_BRACKETED_ACRONYM = re.compile(r"\((?P<acronym>[A-Z]{2,6})\)|\b(?P<acronym2>[A-Z]{2,6})[ \t]*\(")
"""An acronym in brackets after its words ('… Management (PSM)') or before its words in
brackets ('GCP (Global …')."""
MAX_ACRONYM_CANDIDATES = 500
"""Bracketed acronyms read from one document at most (a hostile text may hold thousands)."""


def _plural_before_head(surface: str, alias: str) -> bool:
    """A word before the last of a phrase matched in the plural where the alias has it
    singular: 'teams work' for 'team work'. Plurals are folded so that 'user stories' matches
    'user story'."""
    words, wanted = surface.lower().split(), alias.lower().split()
    return len(words) == len(wanted) and any(
        word != want and word.rstrip("s") == want.rstrip("s") and word.endswith("s")
        for word, want in zip(words[:-1], wanted[:-1], strict=True))


def extract_skills(source: Document | str, *, taxonomy: Taxonomy | None = None,
                   today: date | None = None) -> list[SkillHit]:
    """The skills ``source`` evidences, most confident first (ties by name).

    ``taxonomy`` defaults to the packaged one; ``today`` (default: the current date) anchors
    'Present' in date ranges and staleness.
    """
    document = source if isinstance(source, Document) else document_from_text(source)
    taxonomy = taxonomy or load_taxonomy()
    today = today or date.today()
    extractor = _Extractor(document, taxonomy, today)
    exact = extractor.exact()
    fuzzy = extractor.fuzzy([(f.mention.start, f.mention.end) for f in exact])
    by_skill: dict[str, list[_Found]] = defaultdict(list)
    for item in (*exact, *fuzzy):
        if item.skill_id not in extractor.employers:
            by_skill[item.skill_id].append(item)
    hits: dict[str, SkillHit] = {}
    for skill_id, found in by_skill.items():
        skill = taxonomy.skills[skill_id]
        confidence, evidence, last_used, notes = score_skill(
            [f.mention for f in found], [f.year for f in found if f.year is not None],
            skill_kind=skill.kind, category=skill.category, today=today)
        hits[skill_id] = SkillHit(
            id=skill.id, name=skill.name, category=skill.category, subcategory=skill.subcategory,
            kind=skill.kind, confidence=confidence, evidence=evidence,
            mentions=strongest_first(f.mention for f in found),
            last_used=last_used, explanation=notes,
        )
    add_related(hits, taxonomy)
    return sorted(hits.values(), key=lambda h: (-h.confidence, h.name))
