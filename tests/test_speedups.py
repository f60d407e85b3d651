"""The shortcuts taken for speed give what the plain computation gives.

Phrasings run only around their cues, date ranges only around years, and fuzzy matching only
against aliases within the length guard; each is compared here with the plain, whole-text or
all-alias computation on real resume text.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from rapidfuzz import fuzz, process

from analyzer import document_from_text
from analyzer.fuzzy import FUZZY_CUTOFF, MAX_LENGTH_DIFFERENCE_SHARE
from analyzer.phrasings import find_phrasings
from analyzer.timeline import _RANGE, _names_a_month, _point, find_ranges
from skills_taxonomy import load_taxonomy

TODAY = date(2026, 11, 26)
EXTRA = [
    "Ran discovery with 35 service teams; launched the app with marketing and support.\n"
    "Looked at what our three main competitors charged. Tracked adoption weekly.\n"
    "Managed 6 product managers and 12 engineers. Set the 3-year plan. Killed the wallet.\n",
    "Jan 2019 -\nPresent Senior PM\n2017 – 2018\n\n2015.03 ~ 2016.02 and 12/2014 to 03/2015",
    "Prioritised a backlog of 140 items; groomed backlog with two teams; ran design reviews "
    "with staff engineers; evaluated vendor APM tools; decided what we would not build.",
]


@pytest.fixture(scope="module")
def texts(personas: dict[str, str]) -> list[str]:
    return [*personas.values(), *EXTRA]


def test_phrasings_around_cues_are_those_of_the_whole_text(texts: list[str]) -> None:
    taxonomy = load_taxonomy()
    for text in texts:
        for sample in (text, text.replace("\n", " ")):  # one long line too
            windowed = [(m.start, m.end, m.alias.skill_id) for m in find_phrasings(sample, taxonomy)]
            whole = [(m.start, m.end, m.alias.skill_id)
                     for m in find_phrasings(sample, taxonomy, windowed=False)]
            assert windowed == whole


def test_ranges_around_years_are_those_of_the_whole_text(texts: list[str]) -> None:
    now = TODAY.year + (TODAY.month - 1) / 12
    for text in texts:
        document_text = document_from_text(text).text
        whole = []
        for match in _RANGE.finditer(document_text):
            start, current = _point(match, "a"), match.group("now") is not None
            end = now if current else _point(match, "b")
            if start is not None and end is not None and 1960 <= start <= end <= now + 1:
                if current or _names_a_month(match, "b"):
                    end += 1 / 12  # a month ending a range counts in full
                whole.append((start, end, match.start()))
        assert [(r.start, r.end, r.offset) for r in find_ranges(document_text, today=TODAY)] == whole


def test_fuzzy_slices_give_the_all_alias_answer() -> None:
    from analyzer.extraction import _fuzzy_index

    index, _ = _fuzzy_index(load_taxonomy())
    candidates = ["stakeholder mgmt", "jira software", "product road mapping", "javascrpt",
                  "kubernetes", "user reserch", "agile scrum", "figma", "sql", "a b testing",
                  "data analysis", "customer interviews", "python3", "go to market", "xyz"]
    keys = list(index.keys)
    ratio = process.cdist(candidates, keys, scorer=fuzz.ratio, dtype=np.uint8,
                          score_cutoff=FUZZY_CUTOFF)
    ordered = process.cdist([" ".join(sorted(c.split())) for c in candidates],
                            [" ".join(sorted(k.split())) for k in keys], scorer=fuzz.ratio,
                            dtype=np.uint8, score_cutoff=FUZZY_CUTOFF)
    scores = np.maximum(ratio, ordered)
    lengths = np.array([len(c) for c in candidates])[:, None]
    key_lengths = np.array([len(k) for k in keys])[None, :]
    scores[np.abs(lengths - key_lengths) > MAX_LENGTH_DIFFERENCE_SHARE
           * np.maximum(lengths, key_lengths)] = 0
    expected = {i: (int(np.argmax(scores[i])), float(scores[i].max()))
                for i in range(len(candidates)) if scores[i].max() >= FUZZY_CUTOFF}
    found = {hit.index: (hit.alias_index, hit.score) for hit in index.resolve(candidates)}
    assert set(found) <= set(expected)
    assert all(expected[i] == found[i] for i in found)
    assert found  # the typos above do resolve
