"""The report: JSON Schema validity, documented fields, Markdown, CLI analyze and batch."""

from __future__ import annotations

import csv
import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from conftest import TODAY

from analyzer import analyze, role_from_job
from analyzer.cli import main
from analyzer.session import compare_reports, export_session, import_session
from skills_taxonomy import load_taxonomy

SCHEMA = json.loads(resources.files("analyzer.schemas").joinpath("report.schema.json").read_text())
JOB = """Senior Technical Product Manager
Requirements:
- Must have experience with APIs and system design
- SQL required
- Roadmapping and stakeholder management
Nice to have:
- Kubernetes
- Figma is a plus
"""


def test_report_validates_and_has_documented_fields(personas: dict[str, str]) -> None:
    role = role_from_job(JOB, taxonomy=load_taxonomy())
    report = analyze(personas["technical_pm"], extra_roles=[role], today=TODAY).to_dict()
    jsonschema.validate(report, SCHEMA)
    assert set(report["roles"]) == {"pm", "tpm", "job"}
    assert -1 <= report["positioning"]["pm_tpm_axis"] <= 1
    assert report["best_fit"] in {"pm", "tpm"}
    assert "document" not in report
    for step in report["learning_plan"]:
        assert {"skill_id", "action", "resource", "hours", "projected_gain"} <= set(step)


def test_job_role_weights_follow_cue_phrases() -> None:
    role = role_from_job(JOB, taxonomy=load_taxonomy())
    weights = {item.skill_id: item.weight for item in role.skills}
    assert weights["sql"] == "core"
    assert weights["system_design"] == "core"
    assert weights["kubernetes"] == "nice"
    assert weights["figma"] == "nice"


GROWTH_JOB = """Growth Product Manager
Requirements:
- Strong SQL and experience with Amplitude
- Experimentation: A/B testing, funnels, retention analysis
- Roadmapping and prioritisation
Nice to have: Python, pricing experience
"""


def test_a_job_fit_misses_what_the_ad_requires_and_the_plan_teaches_it(
        personas: dict[str, str]) -> None:
    # The business PM persona shows no SQL, a core requirement of this ad.
    role = role_from_job(GROWTH_JOB, taxonomy=load_taxonomy())
    report = analyze(personas["business_pm"], extra_roles=[role], today=TODAY)
    job = report.role("job")
    assert "sql" in {gap.skill_id for gap in job.gaps if gap.kind == "missing"}
    assert job.score < 75
    job_steps = [step for step in report.learning_plan if step.role == "job"]
    assert "sql" in {step.skill_id for step in job_steps}
    assert all(step.projected_gain > 0 for step in job_steps)


def test_alternatives_in_a_job_ad_are_one_requirement() -> None:
    # From the browser review: 'Amplitude or Mixpanel' made both core requirements, so a
    # candidate with Amplitude was told Mixpanel was missing.
    role = role_from_job(GROWTH_JOB.replace("Amplitude", "Amplitude or Mixpanel"),
                         taxonomy=load_taxonomy())
    grouped = {item.skill_id: item.alternatives for item in role.skills}
    assert grouped["amplitude"] == ("mixpanel",)
    assert "mixpanel" not in grouped
    resume = ("Jane Example\nEXPERIENCE\nProduct Manager, Acme, 2019 - 2024\n"
              "- Ran funnel analyses in Mixpanel and wrote SQL for weekly reviews.\n")
    job = analyze(resume, extra_roles=[role], today=TODAY).role("job")
    gap_ids = {gap.skill_id for gap in job.gaps}
    assert "amplitude" not in gap_ids
    assert "mixpanel" not in gap_ids
    assert any(credit.name == "Amplitude Analytics or Mixpanel" and credit.credit > 0.5
               for credit in job.credits)


def test_text_offsets_in_report_point_into_the_input(personas: dict[str, str]) -> None:
    text = personas["business_pm"]
    report = analyze(text, today=TODAY).to_dict()
    for skill in report["skills"]:
        for mention in skill["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]


def test_markdown_report_is_readable(personas: dict[str, str]) -> None:
    markdown = analyze(personas["business_pm"], today=TODAY).to_markdown()
    assert markdown.startswith("# Resume gap report")
    assert "## What to learn next" in markdown
    assert "| Product Manager |" in markdown


def test_cli_analyze_json_matches_the_api(pdf_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(pdf_dir / "persona_business_pm.pdf"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, SCHEMA)
    api = analyze(pdf_dir / "persona_business_pm.pdf").to_dict()
    assert data["roles"]["pm"]["score"] == api["roles"]["pm"]["score"]
    assert data["skills"] == api["skills"]


def test_cli_analyze_with_job_and_weights(tmp_path: Path, personas: dict[str, str],
                                          capsys: pytest.CaptureFixture[str]) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text(personas["technical_pm"], encoding="utf-8")
    job = tmp_path / "platform_pm.txt"
    job.write_text(JOB, encoding="utf-8")
    weights = tmp_path / "weights.json"
    weights.write_text(json.dumps({"target_coverage": 0.9}), encoding="utf-8")
    assert main(["analyze", str(resume), "--job", str(job), "--format", "json"]) == 0
    default = json.loads(capsys.readouterr().out)
    assert main(["analyze", str(resume), "--job", str(job), "--weights", str(weights),
                 "--format", "json"]) == 0
    strict = json.loads(capsys.readouterr().out)
    assert "job" in default["roles"]
    assert strict["roles"]["tpm"]["skills_score"] < default["roles"]["tpm"]["skills_score"]
    assert main(["analyze", str(resume), "--format", "markdown"]) == 0
    assert "# Resume gap report" in capsys.readouterr().out


def test_bad_weights_file_exits_2(tmp_path: Path, personas: dict[str, str],
                                  capsys: pytest.CaptureFixture[str]) -> None:
    resume = tmp_path / "resume.txt"
    resume.write_text(personas["marketer"], encoding="utf-8")
    weights = tmp_path / "weights.json"
    weights.write_text('{"target_coverage": 7}', encoding="utf-8")
    assert main(["analyze", str(resume), "--weights", str(weights)]) == 2
    assert capsys.readouterr().err.startswith("error [invalid_config]: ")


def test_batch_writes_rows_and_error_rows(tmp_path: Path, pdf_dir: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("persona_marketer.pdf", "persona_technical_pm.pdf", "encrypted.pdf", "not_a_pdf.pdf"):
        (folder / name).write_bytes((pdf_dir / name).read_bytes())
    out = tmp_path / "results.csv"
    assert main(["batch", str(folder), "--out", str(out)]) == 0
    with out.open(encoding="utf-8") as handle:
        rows = {row["file"]: row for row in csv.DictReader(handle)}
    assert rows["encrypted.pdf"]["error_code"] == "encrypted"
    assert rows["not_a_pdf.pdf"]["error_code"] == "not_pdf"
    assert rows["persona_technical_pm.pdf"]["best_fit"] == "tpm"
    assert float(rows["persona_marketer.pdf"]["pm_score"]) > float(rows["persona_marketer.pdf"]["tpm_score"])
    assert rows["persona_marketer.pdf"]["pm_top_gaps"]


def test_session_round_trip_and_compare(personas: dict[str, str]) -> None:
    before = analyze(personas["new_graduate"], today=TODAY).to_dict()
    improved = (personas["new_graduate"]
                + "\nPROJECTS\n• Wrote user stories and a product roadmap for a campus app.\n")
    after = analyze(improved, today=TODAY).to_dict()
    clients = import_session(export_session({"Ana": [{"label": "v1", "report": before},
                                                     {"label": "v2", "report": after}]}))
    assert clients["Ana"][1]["report"] == after
    diff = compare_reports(before, after)
    assert diff["roles"]["pm"]["delta"] > 0
    assert "User stories & acceptance criteria" in diff["roles"]["pm"]["gaps_closed"]


@pytest.mark.parametrize("bad", ['{"format": "x"}', "nope", '{"format": "resume-gap-session", "version": 1, '
                                 '"clients": {"A": [{"label": "v1", "report": {"schema_version": "9.0"}}]}}'])
def test_bad_session_files_are_refused(bad: str) -> None:
    from analyzer import ConfigError

    with pytest.raises(ConfigError):
        import_session(bad)


def test_short_bullets_with_results_are_not_told_to_add_numbers() -> None:
    # Judgment review 11: a director's terse bullets ('+34% ARPA', 'Churn down 4 pts') were
    # not counted, so the advice said '6 of 6 experience lines report no result'.
    from analyzer import analyze

    terse = ("Sam Roe\nEXPERIENCE\nDirector of Product, Kestrel, 2019 - Present\n"
             "- Grew ARPA +34%\n- Churn down 4 pts\n- $2M to $19M ARR\n"
             "- Built the product team from scratch and ran weekly planning with sales.\n")
    assert not [a for a in analyze(terse).advice if "report no result" in a]
    vague = ("Sam Roe\nEXPERIENCE\nProduct Manager, Kestrel, 2019 - Present\n"
             "- Worked on the roadmap with the team\n- Helped sales with demos\n"
             "- Wrote requirements for new features\n")
    assert [a for a in analyze(vague).advice if a.startswith("3 of 3 experience lines")]
