"""Resume Gap Analyzer — the Streamlit dashboard (a thin client of the ``analyzer`` package).

Privacy: uploads live only in this session's memory (``st.session_state``); nothing is written
to disk, logged, or shared between users. ``st.cache_resource`` holds only the taxonomy and
the matcher, never resume data.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from analyzer import (
    DEFAULT_CONFIG,
    AnalyzerError,
    ScoringConfig,
    __version__,
    analyze,
    config_from_mapping,
    read_document,
    role_from_job,
)
from analyzer.isolation import prewarm
from analyzer.report import markdown_from_dict
from analyzer.samples import sample_resume
from analyzer.session import compare_reports, export_session, import_session
from skills_taxonomy import Taxonomy, load_taxonomy

MAX_UPLOAD_MB = 5
MAX_CACHED_REPORTS = 8
"""Reports kept per browser session (the newest), so memory stays bounded."""
RESPONSIBILITY_LABELS = {
    "strategy": "Strategy", "ideation": "Ideation", "roadmapping": "Roadmapping",
    "features": "Features", "go_to_market": "Go-to-market", "soft": "Soft skills",
}
PRIVACY_NOTICE = ("🔒 Your resume is read in memory on this server only to compute this report: "
                  "nothing is stored, logged or shared, and it is gone when you clear your data "
                  "or close the tab.")

st.set_page_config(page_title="Resume Gap Analyzer — PM & TPM fit", page_icon="🧭", layout="wide")


@st.cache_resource(show_spinner=False)
def engine() -> Taxonomy:
    """The packaged taxonomy with its matcher built, and warm PDF workers (shared, read-only)."""
    taxonomy = load_taxonomy()
    analyze("Warm-up\nSKILLS\nSQL", taxonomy=taxonomy)
    prewarm()
    return taxonomy


def state() -> Any:
    defaults: dict[str, Any] = {"clients": {"Me": []}, "active": "Me", "cache": {},
                                "weights": {}, "extension": None, "use_sample": False}
    for key, value in defaults.items():
        st.session_state.setdefault(key, value)
    return st.session_state


def current_taxonomy() -> Taxonomy:
    extension = state()["extension"]
    if extension is None:
        return engine()
    return load_taxonomy(extensions=[extension])


def current_config() -> ScoringConfig:
    weights = state()["weights"]
    return config_from_mapping(weights) if weights else DEFAULT_CONFIG


def sidebar() -> str:
    with st.sidebar:
        st.header("Resume Gap Analyzer")
        mode = st.radio("Mode", ["Job seeker", "Career coach"], key="mode", horizontal=True)
        if mode == "Career coach":
            coach_controls()
        with st.expander("Scoring weights"):
            weights_controls()
        with st.expander("Custom taxonomy or role file"):
            extension_controls()
        if st.button("🧹 Clear my data", key="clear", help="Forget every upload and result now"):
            for key in list(st.session_state.keys()):
                del st.session_state[key]
            st.rerun()
        with st.expander("About"):
            taxonomy = engine()
            st.caption(f"Analyzer {__version__} · taxonomy {taxonomy.version}")
            for line in taxonomy.attribution:
                st.caption(line)
    return str(mode)


def coach_controls() -> None:
    s = state()
    names = list(s["clients"])
    s["active"] = st.selectbox("Client", names, index=names.index(s["active"]) if s["active"] in names else 0,
                               key="client_select")
    new_name = st.text_input("New client name", key="new_client", max_chars=60)
    if st.button("Add client", key="add_client") and new_name.strip():
        s["clients"].setdefault(new_name.strip(), [])
        s["active"] = new_name.strip()
        st.rerun()
    st.download_button("Export session (JSON)", data=export_session(s["clients"]),
                       file_name="resume-gap-session.json", mime="application/json",
                       on_click="ignore", key="export_session")
    upload = st.file_uploader("Import session", type=["json"], key="import_session")
    if upload is not None and st.button("Load session", key="load_session"):
        try:
            s["clients"] = import_session(upload.getvalue()) or {"Me": []}
            s["active"] = next(iter(s["clients"]))
            st.success("Session loaded.")
        except AnalyzerError as exc:
            st.error(exc.message)


def weights_controls() -> None:
    s = state()
    base = DEFAULT_CONFIG
    core = st.slider("Weight of core skills", 0.0, 6.0, float(base.weight_values["core"]), 0.5, key="w_core")
    important = st.slider("Weight of important skills", 0.0, 6.0, float(base.weight_values["important"]),
                          0.5, key="w_important")
    nice = st.slider("Weight of nice-to-have skills", 0.0, 6.0, float(base.weight_values["nice"]), 0.5,
                     key="w_nice")
    coverage = st.slider("Coverage that counts as a full fit", 0.2, 1.0, base.target_coverage, 0.05,
                         key="w_coverage")
    share = st.slider("Share of the score from skills (rest: recruiter signals)", 0.0, 1.0,
                      base.skills_share, 0.05, key="w_share")
    s["weights"] = {"weight_values": {"core": core, "important": important, "nice": nice},
                    "target_coverage": coverage, "skills_share": share}


def extension_controls() -> None:
    s = state()
    upload = st.file_uploader("Extension JSON (skills, roles, learning steps)", type=["json"],
                              key="extension_file")
    if upload is None:
        s["extension"] = None
        return
    extension = ("custom taxonomy", upload.getvalue().decode("utf-8", errors="replace"))
    try:
        taxonomy = load_taxonomy(extensions=[extension])
    except AnalyzerError as exc:
        st.error(exc.message)
        s["extension"] = None
        return
    s["extension"] = extension
    st.success(f"Loaded: {len(taxonomy.skills)} skills, roles: {', '.join(taxonomy.roles)}")


def job_role(taxonomy: Taxonomy) -> tuple[Any, str]:
    with st.expander("🎯 Target a job description (optional)"):
        text = st.text_area("Paste the job description", key="job_text", height=160)
        upload = st.file_uploader("…or upload it (.txt or .pdf)", type=["txt", "pdf"], key="job_file")
    if upload is not None:
        text = read_document(upload.getvalue(), filename=upload.name).text
    if not text.strip():
        return None, ""
    return role_from_job(text, taxonomy=taxonomy, role_id="job", name="Target job"), text


def run_analysis(data: bytes | str, name: str) -> dict[str, Any] | None:
    s = state()
    taxonomy = current_taxonomy()
    config = current_config()
    try:
        role, job_text = job_role(taxonomy)
    except AnalyzerError as exc:
        st.error(f"Job description: {exc.message}")
        role, job_text = None, ""
    digest = hashlib.sha256(
        (data if isinstance(data, bytes) else data.encode()) + job_text.encode()
        + json.dumps(s["weights"], sort_keys=True).encode() + repr(s["extension"] is not None).encode()
    ).hexdigest()
    cached = s["cache"].get(digest)
    if cached is not None:
        return dict(cached)
    with st.status("Analysing your resume…", expanded=False) as status:
        try:
            status.update(label="Reading the file…")
            document = read_document(data, filename=name) if isinstance(data, bytes) else data
            status.update(label="Finding skills and scoring fit…")
            report = analyze(document, taxonomy=taxonomy, config=config,
                             extra_roles=[role] if role else [], include_text=True).to_dict()
        except AnalyzerError as exc:
            status.update(label="We could not analyse this file", state="error")
            st.error(f"**{exc.message}** (code: `{exc.code}`)")
            return None
        except Exception:  # noqa: BLE001 - never show a traceback to a user
            status.update(label="Unexpected problem", state="error")
            st.error("Something unexpected went wrong while analysing this file. Try exporting "
                     "the resume again as PDF, or paste it as text.")
            return None
        status.update(label="Done", state="complete")
    s["cache"][digest] = report
    while len(s["cache"]) > MAX_CACHED_REPORTS:
        s["cache"].pop(next(iter(s["cache"])))
    client_versions = s["clients"].setdefault(s["active"], [])
    if not any(v.get("digest") == digest for v in client_versions):
        client_versions.append({"label": f"v{len(client_versions) + 1}", "digest": digest,
                                "report": {k: v for k, v in report.items() if k != "document"}})
    return report


def overview(report: dict[str, Any]) -> None:
    roles = report["roles"]
    columns = st.columns(len(roles) + 1)
    for column, fit in zip(columns, roles.values(), strict=False):
        column.metric(f"{fit['name']} fit", f"{fit['score']:g}/100", fit["band"], delta_color="off",
                      help=fit["explanation"])
    best = roles[report["best_fit"]]["name"] if report["best_fit"] in roles else "—"
    columns[-1].metric("Best fit", best)
    axis = report["positioning"]["pm_tpm_axis"]
    points = pd.DataFrame(
        [{"label": "Overall", "value": axis}]
        + [{"label": name.capitalize(), "value": d["value"]}
           for name, d in report["positioning"]["dimensions"].items()])
    chart = alt.Chart(points).mark_circle(size=160).encode(
        x=alt.X("value:Q", scale=alt.Scale(domain=[-1, 1]),
                title="← business-leaning PM        technical-leaning TPM →"),
        y=alt.Y("label:N", title=None, sort=None), color=alt.Color("label:N", legend=None),
        tooltip=["label", alt.Tooltip("value:Q", format="+.2f")],
    ).properties(height=200)
    st.subheader("PM ↔ TPM positioning")
    st.altair_chart(chart, width="stretch",
                    alt=f"Positioning axis {axis:+.2f}; {report['positioning']['summary']}")
    st.caption(report["positioning"]["summary"])
    for name, dim in report["positioning"]["dimensions"].items():
        with st.expander(f"{name.capitalize()}: {dim['value']:+.2f}"):
            st.markdown("**PM side:** " + ("; ".join(dim["pm_evidence"]) or "no evidence"))
            st.markdown("**TPM side:** " + ("; ".join(dim["tpm_evidence"]) or "no evidence"))
    rows = [{"role": fit["name"], "responsibility": RESPONSIBILITY_LABELS.get(r, r), "score": v}
            for fit in roles.values() for r, v in fit["subscores"]["responsibility"].items()]
    bars = alt.Chart(pd.DataFrame(rows)).mark_bar().encode(
        x=alt.X("responsibility:N", title=None, sort=list(RESPONSIBILITY_LABELS.values())),
        xOffset="role:N", y=alt.Y("score:Q", scale=alt.Scale(domain=[0, 100])),
        color="role:N", tooltip=["role", "responsibility", "score"])
    st.subheader("By responsibility")
    st.altair_chart(bars, width="stretch", alt="Subscores per responsibility for each role")
    cat = pd.DataFrame([{"role": f["name"], **f["subscores"]["category"],
                         "skills": f["skills_score"], "recruiter signals": f["signals_score"]}
                        for f in roles.values()])
    st.dataframe(cat, hide_index=True)


def skills_tab(report: dict[str, Any]) -> None:
    skills = report["skills"]
    query = st.text_input("Search skills", key="skill_search")
    categories = st.multiselect("Categories", ["technical", "business", "soft"],
                                default=["technical", "business", "soft"], key="skill_categories")
    shown = [s for s in skills if s["category"] in categories
             and (not query or query.lower() in s["name"].lower())]
    st.dataframe(pd.DataFrame([{
        "skill": s["name"], "category": s["category"], "confidence": s["confidence"],
        "evidence": s["evidence"], "proof": s["mentions"][0]["sentence"] if s["mentions"] else ""}
        for s in shown]), hide_index=True,
        column_config={"confidence": st.column_config.ProgressColumn(min_value=0, max_value=1)})
    for s in shown[:25]:
        with st.expander(f"{s['name']} — {s['confidence']:.2f} ({s['evidence']})"):
            for m in s["mentions"][:3]:
                sentence = m["sentence"].replace(m["text"], f"**{m['text']}**", 1)
                st.markdown(f"- {sentence}  \n  _{m['section']} · {m['match']} {m['score']:g}_")
            st.caption("; ".join(s["explanation"]))


def gaps_tab(report: dict[str, Any]) -> None:
    for key, fit in report["roles"].items():
        st.subheader(fit["name"])
        gaps = pd.DataFrame([{"skill": g["name"], "kind": g["kind"], "weight": g["weight"],
                              "importance": g["importance"], "what to do": g["advice"]}
                             for g in fit["missing"]])
        st.dataframe(gaps, hide_index=True, key=f"gaps_{key}")


def plan_tab(report: dict[str, Any]) -> None:
    if not report["learning_plan"]:
        st.info("No learning steps: the profile is covered.")
    for step in report["learning_plan"]:
        with st.container(border=True):
            st.markdown(f"**{step['rank']}. {step['name']}** · +{step['projected_gain']:g} fit points · "
                        f"~{step['hours']:g} h · {step['cost']}")
            st.markdown(f"{step['why']}  \n**Do:** {step['action']}")
            link = f" — [{step['url']}]({step['url']})" if step["url"] else ""
            st.markdown(f"**Resource:** {step['resource']} ({step['resource_type']}){link}")
            st.markdown(f"**Then add:** _{step['resume_line']}_")
    if report["advice"]:
        st.subheader("Resume advice")
        for line in report["advice"]:
            st.markdown(f"- {line}")


def read_tab(report: dict[str, Any]) -> None:
    for warning in report["warnings"]:
        st.warning(warning["message"])
    document = report.get("document")
    if not document:
        return
    text = document["text"]
    for section in document["sections"]:
        st.markdown(f"**{section['kind']}** — {section['heading'] or '(no heading)'}")
        st.text(text[section["start"]:section["end"]])


def show_report(report: dict[str, Any]) -> None:
    overview_tab, skills, gaps, plan, read = st.tabs(
        ["Overview", "Skills", "Gaps", "Learning plan", "What we read"])
    with overview_tab:
        overview(report)
    with skills:
        skills_tab(report)
    with gaps:
        gaps_tab(report)
    with plan:
        plan_tab(report)
    with read:
        read_tab(report)
    public = {k: v for k, v in report.items() if k != "document"}
    left, right = st.columns(2)
    left.download_button("⬇️ Report (Markdown)", data=markdown_from_dict(public),
                         file_name="resume-gap-report.md", mime="text/markdown", on_click="ignore",
                         key="download_md")
    right.download_button("⬇️ Report (JSON)", data=json.dumps(public, indent=2, ensure_ascii=False),
                          file_name="resume-gap-report.json", mime="application/json",
                          on_click="ignore", key="download_json")


def coach_views() -> None:
    s = state()
    latest = {name: versions[-1]["report"] for name, versions in s["clients"].items() if versions}
    if latest:
        st.subheader("Clients")
        st.dataframe(pd.DataFrame([
            {"client": name, **{f"{fit['name']}": fit["score"] for fit in r["roles"].values()},
             "best fit": r["best_fit"], "PM↔TPM": r["positioning"]["pm_tpm_axis"]}
            for name, r in latest.items()]), hide_index=True, key="client_table")
    versions = s["clients"].get(s["active"], [])
    if len(versions) >= 2:
        st.subheader(f"Compare versions — {s['active']}")
        labels = [v["label"] for v in versions]
        before = st.selectbox("Before", labels, index=len(labels) - 2, key="cmp_before")
        after = st.selectbox("After", labels, index=len(labels) - 1, key="cmp_after")
        diff = compare_reports(versions[labels.index(before)]["report"],
                               versions[labels.index(after)]["report"])
        st.dataframe(pd.DataFrame([{"role": r["name"], "before": r["before"], "after": r["after"],
                                    "delta": r["delta"], "gaps closed": ", ".join(r["gaps_closed"])}
                                   for r in diff["roles"].values()]), hide_index=True, key="cmp_table")


def main() -> None:
    s = state()
    mode = sidebar()
    st.title("🧭 Resume Gap Analyzer")
    st.markdown("How close is your resume to a **Product Manager** or a **Technical Product "
                "Manager** role — why, and what should you learn next?")
    st.caption(PRIVACY_NOTICE)
    upload = st.file_uploader("Upload your resume (PDF or .txt, up to 5 MB)", type=["pdf", "txt"],
                              key="resume", max_upload_size=MAX_UPLOAD_MB)
    if st.button("Try a sample resume", key="sample"):
        s["use_sample"] = True
    report = None
    if upload is not None:
        s["use_sample"] = False
        report = run_analysis(upload.getvalue(), upload.name)
    elif s["use_sample"]:
        report = run_analysis(sample_resume(), "sample.txt")
    if report is not None:
        show_report(report)
    elif upload is None and not s["use_sample"]:
        st.info("Upload a resume or try the sample to see your PM and TPM fit.")
    if mode == "Career coach":
        coach_views()


main()
