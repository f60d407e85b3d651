"""Roles told in sentences: a narrative resume's titles and years (judgment review 11)."""

from __future__ import annotations

from datetime import date

import pytest

from analyzer import document_from_text, extract_skills
from analyzer.narrative import narrated_roles
from analyzer.signals import Signals, read_signals
from skills_taxonomy import load_taxonomy

TODAY = date(2026, 11, 27)


@pytest.mark.parametrize(("sentence", "role", "years"), [
    ("For the past four years I have been the product manager responsible for dispatch.",
     "the product manager", 4.0),
    ("Before Greenroute I spent three years as a business analyst at Alder Insurance.",
     "a business analyst", 3.0),
    ("I've been a technical product manager for 6 years.", "a technical product manager", 6.0),
    ("Over the last two years, I have served as the product owner of the app.",
     "the product owner of the app", 2.0),
])
def test_roles_stated_in_sentences(sentence: str, role: str, years: float) -> None:
    assert [(found.role, found.years) for found in narrated_roles(sentence)] == [(role, years)]


@pytest.mark.parametrize("sentence", [
    "Ten years of experience as a product manager.",  # a claim, not a first-person role
    "I spent 400 years as a product manager.",  # no such career
    "For the past four years the team has been the best in the company.",
])
def test_no_role_is_read_from_other_sentences(sentence: str) -> None:
    assert narrated_roles(sentence) == []


NARRATIVE = ("Nadia Roe\nnadia@example.com\nCAREER STORY\n"
             "For the past four years I have been the product manager responsible for the "
             "dispatch suite at Greenroute, where I wrote the strategy and built the roadmap.\n"
             "Before Greenroute I spent three years as a business analyst at Alder Insurance, "
             "where I gathered requirements from underwriters.\n"
             "EDUCATION\nBSc Business Administration, 2015\n")


def _signals(text: str) -> Signals:
    document = document_from_text(text)
    return read_signals(document, extract_skills(document, today=TODAY), load_taxonomy(),
                        today=TODAY)


def test_a_narrative_resume_has_titles_and_years() -> None:
    signals = _signals(NARRATIVE)
    assert signals.total_years == 7.0
    assert signals.product_years == 4.0
    assert "product_manager" in {title.id for title in signals.titles}


def test_dated_roles_are_not_counted_again_from_a_summary_sentence() -> None:
    dated = ("Nadia Roe\nSUMMARY\nFor the past four years I have been the product manager of "
             "the dispatch suite.\nEXPERIENCE\nProduct Manager, Greenroute, 2022 - Present\n"
             "- Built the dispatch roadmap.\n")
    signals = _signals(dated)
    assert signals.total_years < 5.5
    assert signals.product_years < 5.5
