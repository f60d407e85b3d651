"""Validity on realistic synthetic resumes: the orderings a recruiter would agree with."""

from __future__ import annotations

import pytest
from conftest import TODAY

from analyzer import Report, analyze
from analyzer.config import DEFAULT_CONFIG
from analyzer.documents import document_from_text
from analyzer.extraction import extract_skills
from analyzer.fit import score_role
from analyzer.plan import completed_hit
from analyzer.signals import read_signals
from skills_taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def reports(personas: dict[str, str]) -> dict[str, Report]:
    return {key: analyze(text, today=TODAY) for key, text in personas.items()}


def score(report: Report, role: str) -> float:
    return report.role(role).score


def test_business_pm_fits_pm_best(reports: dict[str, Report]) -> None:
    pm = reports["business_pm"]
    assert score(pm, "pm") > score(pm, "tpm")
    assert score(pm, "pm") > score(reports["software_engineer"], "pm")
    assert pm.best_fit == "pm"
    assert pm.positioning.axis < 0


def test_engineer_is_closer_to_tpm(reports: dict[str, Report]) -> None:
    engineer = reports["software_engineer"]
    assert score(engineer, "tpm") > score(engineer, "pm")
    assert engineer.positioning.axis > 0


def test_technical_pm_sits_on_the_technical_side(reports: dict[str, Report]) -> None:
    tpm = reports["technical_pm"]
    assert tpm.positioning.axis > reports["business_pm"].positioning.axis
    assert tpm.positioning.axis > 0
    assert score(tpm, "tpm") > score(reports["software_engineer"], "tpm")


def test_marketer_is_far_from_tpm(reports: dict[str, Report]) -> None:
    marketer = reports["marketer"]
    assert score(marketer, "tpm") < score(marketer, "pm")
    assert score(marketer, "tpm") < score(reports["technical_pm"], "tpm") - 20
    assert marketer.role("tpm").band in {"Early", "Partial"}


def test_program_manager_is_not_a_product_manager(reports: dict[str, Report]) -> None:
    program = reports["technical_program_manager"]
    signals = dict(program.recruiter_signals)
    assert signals["tpm_acronym"] == "program"
    title = next(v for n, v, _ in program.role("tpm").signals if n == "title")
    assert title < 1.0
    assert score(program, "tpm") < score(reports["technical_pm"], "tpm")


def test_new_graduate_is_early(reports: dict[str, Report]) -> None:
    graduate = reports["new_graduate"]
    assert max(score(graduate, "pm"), score(graduate, "tpm")) < min(
        score(reports["business_pm"], "pm"), score(reports["technical_pm"], "tpm"))


@pytest.mark.parametrize("key", ["business_pm", "technical_pm", "software_engineer", "marketer",
                                 "data_analyst", "new_graduate", "technical_program_manager"])
def test_top_plan_step_gains_what_it_projects(personas: dict[str, str], reports: dict[str, Report],
                                              key: str) -> None:
    report = reports[key]
    assert 1 <= len(report.learning_plan) <= DEFAULT_CONFIG.plan_length
    step = report.learning_plan[0]
    taxonomy = load_taxonomy()
    document = document_from_text(personas[key])
    hits = {h.id: h for h in extract_skills(document, taxonomy=taxonomy, today=TODAY)}
    signals = read_signals(document, list(hits.values()), taxonomy, today=TODAY)
    role = taxonomy.roles[step.role]
    before = score_role(role, hits, signals, taxonomy, DEFAULT_CONFIG).score
    hits[step.skill_id] = completed_hit(step.skill_id, taxonomy, DEFAULT_CONFIG)
    after = score_role(role, hits, signals, taxonomy, DEFAULT_CONFIG).score
    assert after - before == pytest.approx(step.projected_gain, abs=0.11)
    assert step.projected_gain > 0


def test_reports_are_deterministic(personas: dict[str, str]) -> None:
    first = analyze(personas["technical_pm"], today=TODAY).to_dict()
    second = analyze(personas["technical_pm"], today=TODAY).to_dict()
    assert first == second


@pytest.mark.parametrize("key", ["business_pm", "technical_pm", "marketer", "new_graduate"])
def test_showing_the_top_step_on_the_resume_raises_the_fit(personas: dict[str, str],
                                                           reports: dict[str, Report], key: str) -> None:
    step = reports[key].learning_plan[0]
    before = score(reports[key], step.role)
    text = personas[key].replace(
        "\nEXPERIENCE\n",
        f"\nEXPERIENCE\nProduct Lead, Fernhill Studio (Jan 2025 – Present)\n"
        f"• Applied {step.name.lower()} on a pilot; cut cycle time 20%.\n", 1)
    after = score(analyze(text, today=TODAY), step.role)
    assert after - before >= 0.5 * step.projected_gain
