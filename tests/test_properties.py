"""Property-based tests (hypothesis) of the text -> skills -> report path.

For any Unicode text: no exception but EmptyFileError (blank text), every mention's offsets
point at its text, every score stays in its range, the same input gives the same report, and
adversarial repetitions finish in bounded time. Example counts are modest so the module runs
in well under a minute; shrinking is off for the timing property (a slow input is reported as
found, not minimised for minutes).
"""

from __future__ import annotations

import json
import time
from datetime import date

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from analyzer import EmptyFileError, analyze, document_from_text, extract_skills
from analyzer.models import Document, Report, SkillHit

pytestmark = pytest.mark.slow

TODAY = date(2026, 11, 26)
ADVERSARIAL_BUDGET_SECONDS = 5.0
"""One adversarial text of up to 20k characters through extract_skills + analyze."""

COMMON = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Pieces that exercise the pipeline: headings, skills (short, symbolic, multi-word), dates,
# negation and hedges, list separators, bullets, icons, (cid:N), URLs, e-mail, odd Unicode.
PIECES = [
    "SKILLS", "Skills:", "EXPERIENCE", "Work History", "EDUCATION", "SUMMARY", "Projects",
    "Certifications", "SQL", "Python", "R", "Go", "C#", "C++", ".NET", "A/B testing", "Jira",
    "Confluence", "roadmap", "roadmapping", "stakeholder management", "product strategy",
    "go-to-market", "Google", "R&D", "C-suite", "Excel", "excellent", "React.js/TypeScript",
    "no experience with Java", "familiar with Tableau", "Jan 2019 – Present", "2015-2018",
    "2020 - now", "Senior Product Manager", "Technical Program Manager", "TPM", "PMP",
    "increased revenue by 25%", "$1.2M", "•", "-", "|", ",", ";", "/", "(cid:12)", "\uf0b7",
    "https://github.com/example", "alex@example.com", "linkedin.com/in/example", "é", "ﬁ",
    "\u200b", "\u00ad", "İ", "ß", "Σ", "日本語", "🙂", "\t", "  ", "\r\n", "\n", "\n\n",
    "used daily by", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH", "team of", "upon request",
]
resume_like = st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=120).map(
    lambda parts: " ".join(parts).replace(" \n ", "\n"))
any_text = st.text(max_size=1500) | resume_like


def _document(text: str) -> Document | None:
    try:
        return document_from_text(text)
    except EmptyFileError:
        assert not text[:100_000].strip()
        return None


def _check_mentions(text: str, hits: list[SkillHit]) -> None:
    for hit in hits:
        assert 0.0 <= hit.confidence <= 1.0
        assert hit.mentions
        for mention in hit.mentions:
            assert 0 <= mention.start <= mention.end <= len(text)
            assert text[mention.start:mention.end] == mention.text


def _check_scores(report: Report) -> None:
    assert report.roles
    for fit in report.roles:
        assert 0.0 <= fit.score <= 100.0
        assert 0.0 <= fit.skills_score <= 100.0
        assert 0.0 <= fit.signals_score <= 100.0
        for _, value in (*fit.subscores, *fit.category_scores):
            assert 0.0 <= value <= 100.0
    assert -1.0 <= report.positioning.axis <= 1.0
    for dimension in report.positioning.dimensions:
        assert -1.0 <= dimension.value <= 1.0
    for step in report.learning_plan:
        assert 0.0 <= step.projected_gain <= 100.0


@COMMON
@given(any_text)
def test_any_text_gives_a_valid_report(text: str) -> None:
    document = _document(text)
    if document is None:
        return
    hits = extract_skills(document, today=TODAY)
    _check_mentions(document.text, hits)
    report = analyze(document, today=TODAY)
    _check_mentions(document.text, list(report.skills))
    _check_scores(report)
    json.dumps(report.to_dict())  # serialisable


@COMMON
@given(resume_like)
def test_plain_text_input_keeps_offsets_into_the_given_text(text: str) -> None:
    try:
        hits = extract_skills(text, today=TODAY)
    except EmptyFileError:
        assert not text.strip()
        return
    _check_mentions(text[:100_000], hits)


@settings(COMMON, max_examples=25)
@given(any_text)
def test_same_input_same_report(text: str) -> None:
    document = _document(text)
    if document is None:
        return
    first = analyze(document, today=TODAY).to_dict()
    second = analyze(document_from_text(text), today=TODAY).to_dict()
    assert first == second


adversarial = st.tuples(
    st.text(alphabet="aZ0 .,;:-/|()&#@!?\n\t•é", min_size=1, max_size=12) | st.sampled_from(PIECES),
    st.integers(min_value=200, max_value=20_000),
).map(lambda pair: (pair[0] * (pair[1] // len(pair[0]) + 1))[:pair[1]])


@settings(COMMON, max_examples=30, phases=[Phase.explicit, Phase.generate])
@given(adversarial)
def test_adversarial_repetition_finishes_in_bounded_time(text: str) -> None:
    started = time.perf_counter()
    document = _document(text)
    if document is None:
        return
    report = analyze(document, today=TODAY)
    elapsed = time.perf_counter() - started
    assert elapsed < ADVERSARIAL_BUDGET_SECONDS, f"{len(text)} chars took {elapsed:.1f} s"
    _check_scores(report)
