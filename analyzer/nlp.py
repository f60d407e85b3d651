"""The spaCy adapter: the only module that imports spaCy.

Contract: :func:`get_matcher` builds, once per taxonomy, a blank English pipeline (no trained
model is needed or loaded) with tokenizer fixes for skill names and two phrase matchers built
from every taxonomy alias: case-insensitive on a plural-folding ``NORM`` (see
:func:`match_norm`) and case-sensitive (``ORTH``) for aliases flagged ``case``.
:meth:`SkillMatcher.find` returns alias matches as character spans, overlaps resolved
longest-first. The matcher is shared read-only across threads and sessions.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.lang.en import English
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer  # type: ignore[import-not-found]  # Cython, no stub
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from skills_taxonomy import Alias, Taxonomy

logger = logging.getLogger(__name__)

SYMBOL_SPECIAL_CASES = ("C#", "c#", "F#", "f#", "C#.NET", "ASP.NET", ".NET", "VB.NET")
"""Tokens the default English tokenizer would split ('C#' -> 'C', '#')."""
MAX_PLURAL_SOURCE_CHARS = 3
"""Words of at most this many characters (+1 for the 's') are never folded from a plural:
'AWS', 'SaaS' and 'iOS' stay as they are."""

PLURALS_OF_THEIR_OWN = frozenset({"securities", "customs", "futures", "goods", "premises", "damages", "arms"})
"""Plurals that name something other than their singular ('securities regulation' is finance,
not security; 'customs' a border agency, 'futures' contracts): never folded."""


@dataclass(frozen=True, slots=True)
class AliasMatch:
    """A matched alias: character span in the text and the alias it matched."""

    start: int
    end: int
    alias: Alias


class _SkillDefaults(English.Defaults):  # type: ignore[misc,valid-type]  # a class attribute
    # Given to the tokenizer when it is built: setting them afterwards would re-validate the
    # 1,300 English special cases once per attribute (a third of the build time).
    # An opening bracket glued to a name starts a note ('Eclipse[Pydev plugin]', 'SQL(Oracle)').
    infixes = (*(English.Defaults.infixes or ()), r"[/|]", r"(?<=[a-zA-Z])[,;:](?=[a-zA-Z])",
               r"(?<=[a-zA-Z+#])[\[(](?=\w)")
    # A footnote mark glued to a word ('$40M ARR¹', 'Kubernetes†') is not part of it.
    # A one-letter word ending a sentence or list ('Java, C++, C.') is the letter: English
    # keeps 'C.' whole as an initial, which a one-letter skill would never match.
    suffixes = (*(English.Defaults.suffixes or ()), r"[¹²³⁴⁵⁶⁷⁸⁹⁰†‡]+[.,;:!?)]*",
                r"(?<=^[A-Z])\.",
                # A dash glued to a word before a level ('Spanish- Intermediate').
                r"(?<=[a-zA-Z])-+")
    # URLs would swallow 'React.js/TypeScript' whole; resumes rarely need URL tokens.
    url_match = None


class _SkillEnglish(English):  # type: ignore[no-untyped-call]  # spaCy's __init_subclass__
    Defaults = _SkillDefaults


def _make_nlp() -> Language:
    """A blank English pipeline (no trained model) with the tokenizer fixes for skill names."""
    nlp: Language = _SkillEnglish()
    # Matching reads only ORTH and the NORM set by _normed: computing the other lexical
    # attributes (shape, prefix, like_num...) for each of ~8,000 new words would be a third
    # of the pattern-building time.
    nlp.vocab.lex_attr_getters = {}  # type: ignore[attr-defined]  # Cython attribute, no stub
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for text in SYMBOL_SPECIAL_CASES:
        tokenizer.add_special_case(text, [{"ORTH": text}])
    return nlp


def _variants(alias: Alias) -> set[str]:
    """Surface forms an alias is matched by: a hyphenated alias spaced and joined ('e-mail':
    'e mail', 'email'). Hyphens between letters never reach the matcher (see
    :meth:`SkillMatcher.find`), so the hyphenated form itself is kept only where a hyphen
    touches a digit or symbol ('x86-64'). A case-sensitive alias written as capitalised words
    ('Oracle', 'After Effects') is also matched in capitals, as lists written in capitals
    spell it ('ORACLE (3 years)'); the extractor accepts that form only in such a list.
    Other mixed case carries meaning and gets no capital form ('MoSCoW', 'SAFe', 'PoC')."""
    text = alias.text
    forms = {text}
    if "-" in text:
        forms = {text.replace("-", " "), text.replace("-", "")}
        if _INTRAWORD_HYPHEN.sub(" ", text) != text.replace("-", " "):
            forms.add(text)
    if alias.mode == "case" and text.istitle() and not text.isupper():
        forms |= {form.upper() for form in forms}
    return forms


def match_norm(word: str) -> str:
    """The key a token is matched on: lower case, a regular plural folded to its singular.

    Applied to patterns and text alike, so 'APIs', 'dashboards' and 'user stories' match the
    aliases 'API', 'dashboard' and 'user story' without one pattern per plural.
    """
    lowered = word.lower()
    if (len(lowered) <= MAX_PLURAL_SOURCE_CHARS + 1 or not lowered.isalpha()
            or lowered in PLURALS_OF_THEIR_OWN):
        return lowered
    if lowered.endswith("ies"):
        return lowered[:-3] + "y"
    if lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")):
        return lowered[:-1]
    return lowered


_PLAIN_FORM = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")
_INTRAWORD_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
"""A hyphen between two letters: compound words are matched as spaced words, so 'a
build-versus-buy call' meets the alias 'build versus buy' and 'e-mail' meets 'e mail'."""


def _space_hyphens(text: str) -> str:
    """``text`` with each hyphen between two letters made a space (same length). A loop over
    the hyphens: a regular expression with lookarounds tried every position of the text."""
    at = text.find("-")
    if at < 0:
        return text
    chars: list[str] | None = None
    while at >= 0:
        if 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha():
            if chars is None:
                chars = list(text)
            chars[at] = " "
        at = text.find("-", at + 1)
    return text if chars is None else "".join(chars)


def _pattern_doc(nlp: Language, tokenizer: Tokenizer, form: str) -> Doc:
    """The tokens of an alias form, as the tokenizer would split it.

    Plain words split on single spaces tokenize to themselves unless a word is a tokenizer
    special case ('cannot'), so those are built directly (most aliases; ~10x faster than the
    tokenizer); anything else goes through the tokenizer.
    """
    if _PLAIN_FORM.fullmatch(form):
        words = form.split(" ")
        if not any(word in tokenizer.rules or word.lower() in tokenizer.rules for word in words):
            return Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
    doc: Doc = tokenizer(form)
    return doc


def _normed(doc: Doc) -> Doc:
    norms: dict[str, str] = {}  # words repeat; this call's own, so nothing outlives it
    for token in doc:
        text = token.text
        norm = norms.get(text)
        if norm is None:
            norm = norms[text] = match_norm(text)
        token.norm_ = norm
    return doc


class SkillMatcher:
    """Phrase matchers over every alias of a taxonomy. Thread-safe for concurrent reads."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        started = time.perf_counter()
        self.nlp = _make_nlp()
        tokenizer = self.nlp.tokenizer
        assert isinstance(tokenizer, Tokenizer)
        self._lower = PhraseMatcher(self.nlp.vocab, attr="NORM")
        self._case = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        # One matcher key per skill (adding patterns costs per key); the alias behind a match
        # is found again from the matched tokens, as the matcher compared them.
        self._aliases: dict[tuple[str, tuple[str, ...]], Alias] = {}
        lower: dict[str, list[Doc]] = {}
        case: dict[str, list[Doc]] = {}
        count = 0
        for alias in taxonomy.aliases:
            for form in sorted(_variants(alias)):
                doc = _pattern_doc(self.nlp, tokenizer, form)
                if alias.mode == "case":
                    case.setdefault(alias.skill_id, []).append(doc)
                    self._aliases.setdefault((alias.skill_id, tuple(t.text for t in doc)), alias)
                else:
                    lower.setdefault(alias.skill_id, []).append(_normed(doc))
                    self._aliases.setdefault((alias.skill_id, tuple(t.norm_ for t in doc)), alias)
                count += 1
        for skill_id, docs in lower.items():
            self._lower.add(skill_id, docs)
        for skill_id, docs in case.items():
            self._case.add(skill_id, docs)
        # Tokenizing touches the shared Vocab/StringStore; serialise calls that tokenize.
        self._lock = threading.Lock()
        logger.info("nlp.matcher_built patterns=%d seconds=%.3f", count, time.perf_counter() - started)

    def find(self, text: str) -> list[AliasMatch]:
        """Alias matches in ``text``, non-overlapping, the longest winning, in text order."""
        # A memory zone: the strings and lexemes this text adds to the shared vocabulary (a
        # resume's names, e-mail addresses, every unseen word) are evicted when it ends, so
        # the server's memory does not grow per upload and keeps no resume words. Nothing
        # spaCy-owned leaves the block.
        with self._lock, self.nlp.memory_zone():
            # Same length, so the tokens' offsets are the text's own (a rebuilt Doc's matches
            # are mapped back through the tokens kept).
            full = self.nlp.make_doc(_space_hyphens(text))
            # A doubled space inside a name ('Power  Point', 'time  management', as justified
            # PDF text flattens) is one space: its whitespace token is left out of the words
            # matched. A longer run is a column gap and still parts two cells.
            kept: list[Token] | None = None  # the tokens matched, when not all of them
            if _DOUBLED_BETWEEN_WORDS.search(text) is None:  # the usual case, and cheap
                doc = _normed(full)
            else:
                kept = [t for t in full if not (t.is_space and t.text == _DOUBLED_SPACE)]
                doc = _normed(Doc(self.nlp.vocab, words=[t.text for t in kept],
                                  spaces=[bool(t.whitespace_) for t in kept]))
            spans = [
                Span(doc, start, end, label=match_id, kb_id=kind)
                for kind, matcher in (("lower", self._lower), ("case", self._case))
                for match_id, start, end in matcher(doc)
            ]
            out = []
            for span in sorted(filter_spans(spans), key=lambda s: s.start):
                skill_id = self.nlp.vocab.strings[span.label]
                tokens = tuple(t.text if span.kb_id_ == "case" else t.norm_ for t in span)
                start, end = span.start_char, span.end_char
                if kept is not None:
                    first, last = kept[span.start], kept[span.end - 1]
                    start, end = first.idx, last.idx + len(last.text)
                out.append(AliasMatch(start=start, end=end,
                                      alias=self._aliases[(skill_id, tokens)]))
            return out


_DOUBLED_BETWEEN_WORDS = re.compile(r"[^\s]  (?! )")
_DOUBLED_SPACE = " "
"""The whitespace token spaCy makes of the second of two spaces between words."""
MATCHER_CACHE_SIZE = 8
"""Matchers kept (one per taxonomy in use); least recently used ones are dropped."""
_matchers: OrderedDict[int, tuple[Taxonomy, SkillMatcher]] = OrderedDict()
_matchers_lock = threading.Lock()


def get_matcher(taxonomy: Taxonomy) -> SkillMatcher:
    """The cached matcher of ``taxonomy`` (built on first use, ~0.5 s for 9,000 aliases).

    Keyed by identity: taxonomies are immutable and cached by their loader, and the entry
    keeps its taxonomy alive so the id cannot be reused while it is cached.
    """
    with _matchers_lock:
        entry = _matchers.get(id(taxonomy))
        if entry is None or entry[0] is not taxonomy:
            entry = (taxonomy, SkillMatcher(taxonomy))
            _matchers[id(taxonomy)] = entry
        _matchers.move_to_end(id(taxonomy))
        while len(_matchers) > MATCHER_CACHE_SIZE:
            _matchers.popitem(last=False)
        return entry[1]


SENTENCE_SEARCH_CHARS = 300
"""How far (characters) to look for a sentence's line breaks: evidence sentences are short,
and an unbounded search is quadratic on text without line breaks."""


def sentence_bounds(text: str, offsets: Iterable[int]) -> dict[int, tuple[int, int]]:
    """For each offset, the (start, end) of its sentence: its line, run on over the lines a
    wrapped sentence continues on (see :func:`_continued`), cut at '. ', '; ', '! ', and never
    more than SENTENCE_SEARCH_CHARS either side of the offset."""
    bounds: dict[int, tuple[int, int]] = {}
    for offset in offsets:
        lo = max(0, offset - SENTENCE_SEARCH_CHARS)
        hi = min(len(text), offset + SENTENCE_SEARCH_CHARS)
        line_start = text.rfind("\n", lo, offset) + 1 or lo
        line_end = text.find("\n", offset, hi)
        line_end = hi if line_end == -1 else line_end
        # A sentence wrapped onto the next line (plain text keeps its line breaks) runs on:
        # 'wrote the PRD, ran 8 user interviews,' / '  and worked with 2 engineers …'.
        while line_start > lo and _continued(text, text.rfind("\n", lo, line_start - 1) + 1 or lo,
                                             line_start - 1):
            line_start = text.rfind("\n", lo, line_start - 1) + 1 or lo
        while line_end < hi and _continued(text, line_start, line_end):
            following = text.find("\n", line_end + 1, hi)
            line_end = hi if following == -1 else following
        start, end = line_start, line_end
        for match in _SENTENCE_END.finditer(text, line_start, line_end):
            if match.end() <= offset:
                start = match.end()
            elif match.start() >= offset:
                end = match.start() + 1
                break
        bounds[offset] = (start, end)
    return bounds


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)%])[.!?;]\s+(?=[A-Z•])")
_CONTINUATION = re.compile(r"[ \t]*[a-z][a-z]")
"""A line that goes on with a lower-case word (of two letters or more: 'o' is a bullet)."""


def _continued(text: str, line_start: int, line_end: int) -> bool:
    """The line ``text[line_start:line_end]`` (``line_end`` at its line break) wraps: it does
    not end a sentence or a clause, and the next line goes on in lower case."""
    line = text[line_start:line_end].rstrip()
    return (bool(line) and not line.endswith((".", "!", "?", ";", ":"))
            and _CONTINUATION.match(text, line_end + 1) is not None)
