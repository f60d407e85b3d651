"""The rapidfuzz adapter: the only module that imports rapidfuzz.

Contract: :class:`FuzzyIndex` holds the normalised fuzzy-eligible aliases of a taxonomy and
resolves candidate phrases to them with ``fuzz.ratio`` (whole-string edit similarity) and
``fuzz.token_sort_ratio`` (word order), never ``WRatio``/``partial_ratio``/``token_set_ratio``,
which score 90-100 for 'java'/'javascript' and any word subset (see docs/benchmarks.md). One
vectorised ``process.cdist`` call per candidate length. A hit must keep the phrase's short words
('embedded pc' never resolves to 'embedded c') and may not add or drop a leading part
('architecture' never resolves to 'rearchitecture').
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

FUZZY_CUTOFF = 92
"""Minimum similarity (0-100). At 88, 'user experience'~'customer experience' and 'ROI
analysis'~'risk analysis' match; 92 keeps them apart while catching typos and variants."""
SHORT_WORD_CHARS = 2
"""Words this short ('c', 'pc', 'r', 'go', 'ui') carry the meaning of a phrase, so a candidate
and an alias must share them exactly: 'embedded pc' is not 'embedded c'."""
MAX_LENGTH_DIFFERENCE_SHARE = 0.2
"""A candidate and an alias may differ in length by at most this share of the longer (0..1)."""
CHOICE_SETUP_COMPARISONS = 3
"""What preparing one alias for a ``cdist`` call costs, in comparisons of one candidate with
one alias (measured with rapidfuzz 3: one candidate against 2,600 aliases takes 100 us, each
further candidate 25 us more). Used only to group candidates; results do not depend on it."""
MIN_REORDERED_WORDS = 3
"""A candidate matches an alias with its words in another order only from this many words on;
two words swapped change the head noun ('document design', 'design document')."""
MIN_PREFIX_CHARS = 1
"""A candidate that is an alias minus (or plus) a leading part this long or longer is another
word, not a typo: 'architecture' is not 're-architecture', 'scaling' not 'upscaling', 'sports'
not 'esports'."""


@dataclass(frozen=True, slots=True)
class FuzzyHit:
    """Candidate ``index`` resolved to alias ``alias_index`` with ``score`` (0-100)."""

    index: int
    alias_index: int
    score: float


ACRONYM_CHARS = 3
"""An alias's words this short are mostly acronyms ('gcp', 'sql', 'ibm'): a candidate must
spell each of them ('CPR Certification' is no misspelt 'GCP Certification'), though maybe
glued to the next word ('SQL2000')."""


def _keeps_acronyms(candidate: str, alias: str) -> bool:
    return all(word in candidate for word in alias.split()
               if SHORT_WORD_CHARS < len(word) <= ACRONYM_CHARS)


STEM_CHARS = 4
"""Letters two words must share at their start to be endings of one stem ('allocating',
'allocate')."""
WORD_EDITS_PER_CHARS = 4
"""A word of a candidate may differ from the alias's word in the same place by one edit per
this many characters of the longer (at least one): 'stakeholdr' is 'stakeholder', 'global'
is no 'goal'."""


def _words_close(candidate: str, alias: str) -> bool:
    """Word by word, the candidate is a typo of the alias, not another word: the whole-string
    score can hide a word changed outright ('Global setting' ~ 'goal setting')."""
    words, wanted = candidate.split(), alias.split()
    if len(words) != len(wanted):
        return True  # spacing differs ('road-mapping', 'Bit Bucket'): the score decides

    def close(word: str, want: str) -> bool:
        # A typo, or another ending of the same stem ('working' for 'works').
        return (Levenshtein.distance(word, want)
                <= max(1, max(len(word), len(want)) // WORD_EDITS_PER_CHARS)
                or word[:STEM_CHARS] == want[:STEM_CHARS])

    # In the alias's order, or in another ('editing videos' for 'video editing').
    return (all(close(w, a) for w, a in zip(words, wanted, strict=True))
            or all(close(w, a) for w, a in zip(sorted(words), sorted(wanted), strict=True)))


def _short_words(phrase: str) -> frozenset[str]:
    return frozenset(word for word in phrase.split() if len(word) <= SHORT_WORD_CHARS)


def _word_sorted(phrase: str) -> str:
    """The phrase's words in sorted order: ``fuzz.ratio`` on these is ``token_sort_ratio``."""
    return " ".join(sorted(phrase.split()))


def _prefixed(a: str, b: str) -> bool:
    """One of ``a`` and ``b`` is the other with a leading part of MIN_PREFIX_CHARS or more."""
    shorter, longer = sorted((a, b), key=len)
    return len(longer) - len(shorter) >= MIN_PREFIX_CHARS and longer.endswith(shorter)


def _may_reorder(candidate: str) -> bool:
    """Whether ``candidate`` may match an alias with its words in another order. Two words in
    another order are another thing ('document design' is no 'design document', 'Tools
    JDeveloper' no 'developer tools'): the head noun comes last. A verb before its object is
    the same work ('editing videos', 'video editing'); from three words on, order may vary."""
    words = candidate.split()
    return len(words) >= MIN_REORDERED_WORDS or (bool(words) and words[0].endswith("ing"))


class FuzzyIndex:
    """Normalised alias strings, searched together. Immutable after construction."""

    def __init__(self, keys: Sequence[str]) -> None:
        self.keys: tuple[str, ...] = tuple(keys)
        self._short = [_short_words(key) for key in self.keys]
        # Aliases sorted by length: the length guard leaves each candidate a contiguous slice
        # of them (a tenth of the taxonomy or less) instead of all 6,600. token_sort_ratio is
        # ratio over word-sorted strings; sorting each alias's words once here saves doing it
        # in every call.
        lengths = np.array([len(key) for key in self.keys], dtype=np.int64)
        self._order = np.argsort(lengths, kind="stable")
        self._lengths = lengths[self._order]
        self._by_length = [self.keys[i] for i in self._order]
        self._sorted_by_length = [_word_sorted(self.keys[i]) for i in self._order]

    def _slice(self, length: int) -> tuple[int, int]:
        """Indices (into the length-sorted aliases) of those within the length guard of a
        candidate of ``length``: ``|a - b| <= MAX_LENGTH_DIFFERENCE_SHARE * max(a, b)``."""
        keep = 1 - MAX_LENGTH_DIFFERENCE_SHARE
        low = math.ceil(length * keep - 1e-9)
        high = math.floor(length / keep + 1e-9)
        return (int(np.searchsorted(self._lengths, low, side="left")),
                int(np.searchsorted(self._lengths, high, side="right")))

    @staticmethod
    def _groups(slices: Sequence[tuple[int, int]]) -> list[list[int]]:
        """Candidate indices grouped by length (``slices`` are the candidates' alias slices),
        so that one ``cdist`` call serves a group.

        Each call prepares every alias of its slice once, then compares it with each query:
        merging two neighbouring lengths pays when the union slice costs less than the two
        apart (cost = slice size x (CHOICE_SETUP_COMPARISONS + queries))."""

        def cost(group: list[int]) -> int:
            # Slices grow with length, so a group's union runs from its first to its last.
            return ((slices[group[-1]][1] - slices[group[0]][0])
                    * (CHOICE_SETUP_COMPARISONS + len(group)))

        groups: list[list[int]] = []
        for index in sorted(range(len(slices)), key=lambda i: slices[i]):
            if groups and cost([*groups[-1], index]) <= cost(groups[-1]) + cost([index]):
                groups[-1].append(index)
            else:
                groups.append([index])
        return groups

    def resolve(self, candidates: Sequence[str]) -> list[FuzzyHit]:
        """Best alias for each candidate scoring at least FUZZY_CUTOFF, within the length guard
        (ties go to the alias listed first, as in the taxonomy)."""
        if not candidates or not self.keys:
            return []
        slices = [self._slice(len(candidate)) for candidate in candidates]
        hits = []
        for indices in self._groups(slices):
            start, end = slices[indices[0]][0], slices[indices[-1]][1]
            if start == end:
                continue
            queries = [candidates[i] for i in indices]
            ratio = process.cdist(queries, self._by_length[start:end], scorer=fuzz.ratio,
                                  dtype=np.uint8, score_cutoff=FUZZY_CUTOFF, workers=1)
            # Only the candidates whose words may come in another order are compared word-
            # sorted: a second matrix for all of them cost as much as the first.
            reordered = {row: at for at, row in enumerate(
                row for row, query in enumerate(queries) if _may_reorder(query))}
            ordered = (process.cdist([_word_sorted(queries[row]) for row in reordered],
                                     self._sorted_by_length[start:end], scorer=fuzz.ratio,
                                     dtype=np.uint8, score_cutoff=FUZZY_CUTOFF, workers=1)
                       if reordered else None)
            for row, index in enumerate(indices):
                candidate = candidates[index]
                # The group's slice is the union of its members': keep this one's own guard.
                low, high = slices[index]
                at = reordered.get(row)
                scores = (ratio[row] if ordered is None or at is None
                          else np.maximum(ratio[row], ordered[at]))[low - start:high - start]
                score = int(scores.max()) if scores.size else 0
                if score < FUZZY_CUTOFF:
                    continue
                best = int(self._order[low:high][scores == score].min())
                if (_short_words(candidate) == self._short[best]
                        and _keeps_acronyms(candidate, self.keys[best])
                        and _words_close(candidate, self.keys[best])
                        and not _prefixed(candidate, self.keys[best])):
                    hits.append(FuzzyHit(index=index, alias_index=best, score=float(score)))
        hits.sort(key=lambda hit: hit.index)
        return hits
