"""Report renderers: JSON-ready dict (versioned schema) and Markdown for people.

Contract: :func:`report_to_dict` output validates against ``analyzer/schemas/report.schema.json``
(tested). Neither renderer includes the resume text unless the Report carries it.
"""

from __future__ import annotations

from typing import Any

from analyzer.models import PlanStep, Report, RoleFit

_RESPONSIBILITY_NAMES = {
    "strategy": "Strategy", "ideation": "Ideation", "roadmapping": "Roadmapping",
    "features": "Features", "go_to_market": "Go-to-market", "soft": "Soft skills",
}


def _role_dict(fit: RoleFit) -> dict[str, Any]:
    return {
        "name": fit.name, "score": fit.score, "band": fit.band, "explanation": fit.explanation,
        "skills_score": fit.skills_score, "signals_score": fit.signals_score, "lean": fit.lean,
        "signals": [{"name": n, "value": v, "evidence": e} for n, v, e in fit.signals],
        "subscores": {"responsibility": dict(fit.subscores), "category": dict(fit.category_scores)},
        "matched": [
            {"skill_id": c.skill_id, "name": c.name, "weight": c.weight, "credit": c.credit,
             "evidence": c.evidence, "responsibility": c.responsibility}
            for c in fit.credits if c.credit > 0
        ],
        "missing": [
            {"skill_id": g.skill_id, "name": g.name, "kind": g.kind, "weight": g.weight,
             "importance": g.importance, "advice": g.advice}
            for g in fit.gaps
        ],
    }


def _step_dict(step: PlanStep) -> dict[str, Any]:
    return {"rank": step.rank, "skill_id": step.skill_id, "name": step.name, "role": step.role,
            "gap": step.gap, "why": step.why, "action": step.action, "resource": step.resource,
            "resource_type": step.resource_type, "url": step.url, "hours": step.hours,
            "cost": step.cost, "resume_line": step.resume_line,
            "projected_gain": step.projected_gain}


def report_to_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data (schema ``report.schema_version``)."""
    data: dict[str, Any] = {
        "schema_version": report.schema_version,
        "analyzer_version": report.analyzer_version,
        "taxonomy_version": report.taxonomy_version,
        "analysed_on": report.analysed_on,
        "best_fit": report.best_fit,
        "roles": {fit.role: _role_dict(fit) for fit in report.roles},
        "positioning": {
            "pm_tpm_axis": report.positioning.axis,
            "summary": report.positioning.summary,
            "dimensions": {
                d.name: {"value": d.value, "pm_evidence": list(d.pm_evidence),
                         "tpm_evidence": list(d.tpm_evidence)}
                for d in report.positioning.dimensions
            },
        },
        "learning_plan": [_step_dict(step) for step in report.learning_plan],
        "other_plans": {role: [_step_dict(step) for step in steps]
                        for role, steps in report.other_plans},
        "skills": [hit.to_dict() for hit in report.skills],
        "recruiter_signals": dict(report.recruiter_signals),
        "advice": list(report.advice),
        "warnings": [{"code": w.code, "message": w.message} for w in report.warnings],
        "config": dict(report.config),
    }
    if report.document is not None:
        data["document"] = report.document.to_dict()
    return data


def report_to_markdown(report: Report) -> str:
    """A readable Markdown report: fit, positioning, plan, gaps, skills, advice."""
    return markdown_from_dict(report_to_dict(report))


def markdown_from_dict(data: dict[str, Any]) -> str:
    """Markdown from a report dict (as exported), so saved reports render the same way."""
    roles: dict[str, Any] = data["roles"]
    out = ["# Resume gap report", ""]
    best = roles.get(data["best_fit"])
    if best is not None:
        out += [f"**Best fit:** {best['name']} — {best['score']:g}/100 ({best['band']})", ""]
    out += ["## Fit", "", "| Role | Score | Band | Skills | Recruiter signals |", "|---|---|---|---|---|"]
    out += [f"| {f['name']} | {f['score']:g} | {f['band']} | {f['skills_score']:g} | {f['signals_score']:g} |"
            for f in roles.values()]
    out += ["", *(f"- {f['explanation']}" for f in roles.values()), ""]
    out += ["### By responsibility", "",
            "| Role | " + " | ".join(_RESPONSIBILITY_NAMES.values()) + " |",
            "|---|" + "---|" * len(_RESPONSIBILITY_NAMES)]
    out += [f"| {f['name']} | " + " | ".join(f"{f['subscores']['responsibility'].get(k, 0):g}"
                                             for k in _RESPONSIBILITY_NAMES) + " |"
            for f in roles.values()]
    positioning = data["positioning"]
    out += ["", "## PM ↔ TPM positioning", "",
            f"Axis: **{positioning['pm_tpm_axis']:+.2f}** (−1 business-leaning PM … +1 technical TPM). "
            f"{positioning['summary']}", ""]
    for name, dim in positioning["dimensions"].items():
        out.append(f"- **{name}** {dim['value']:+.2f}")
        out += [f"  - PM side: {e}" for e in dim["pm_evidence"]]
        out += [f"  - TPM side: {e}" for e in dim["tpm_evidence"]]
    out += ["", "## What to learn next", ""]
    for step in data["learning_plan"]:
        link = f" ({step['url']})" if step["url"] else ""
        out += [f"{step['rank']}. **{step['name']}** — +{step['projected_gain']:g} fit points, "
                f"~{step['hours']:g} h",
                f"   - Why: {step['why']}", f"   - Do: {step['action']}",
                f"   - Resource: {step['resource']}{link} ({step['resource_type']}, {step['cost']})",
                f"   - Then add to your resume: “{step['resume_line']}”"]
    if not data["learning_plan"]:
        out.append("No gaps with a learning step: the profile is covered.")
    for role, steps in (data.get("other_plans") or {}).items():  # since schema 1.2
        name = roles[role]["name"] if role in roles else role
        out += ["", f"### If you aim for {name} instead", ""]
        out += [f"{step['rank']}. **{step['name']}** — +{step['projected_gain']:g} fit points, "
                f"~{step['hours']:g} h: {step['action']}" for step in steps]
    for fit in roles.values():
        out += ["", f"## Gaps for {fit['name']}", ""]
        out += [f"- [{g['kind']}] **{g['name']}** ({g['weight']}): {g['advice']}"
                for g in fit["missing"][:12]]
    out += ["", "## Skills found", "", "| Skill | Category | Confidence | Evidence |", "|---|---|---|---|"]
    out += [f"| {h['name']} | {h['category']} | {h['confidence']:.2f} | {h['evidence']} |"
            for h in data["skills"]]
    if data["advice"]:
        out += ["", "## Resume advice", "", *(f"- {a}" for a in data["advice"])]
    out += ["", "## Recruiter signals", "", *(f"- {k}: {v}" for k, v in data["recruiter_signals"].items())]
    if data["warnings"]:
        out += ["", "## How the file was read", "", *(f"- {w['message']}" for w in data["warnings"])]
    out += ["", f"_Analyzer {data['analyzer_version']}, taxonomy {data['taxonomy_version']}, "
            f"report schema {data['schema_version']}, analysed {data['analysed_on']}._", ""]
    return "\n".join(out)
