"""Resume Gap Analyzer — the Streamlit dashboard (a thin client of the ``analyzer`` package).

Layout and widgets only: every number, gap, plan step and comparison comes from ``analyzer``.

Privacy: uploads live only in this browser session's memory (``st.session_state``); nothing is
written to disk, logged, or shared between users. ``st.cache_resource`` holds only the packaged
taxonomy and its matcher, never resume data; ``st.cache_data`` is not used at all.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
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
from skills_taxonomy import Taxonomy, json_schema, load_taxonomy

MAX_UPLOAD_MB = 5
# Reports kept per browser session (the newest), so memory stays bounded.
MAX_CACHED_REPORTS = 8
DEFAULT_CLIENT = "Client 1"
TABS = ["Overview", "Skills", "Gaps", "Learning plan", "What we read"]
COACH_TAB = "Clients & versions"
RESPONSIBILITY_LABELS = {
    "strategy": "Strategy", "ideation": "Ideation", "roadmapping": "Roadmapping",
    "features": "Features", "go_to_market": "Go-to-market", "soft": "Soft skills",
}
GAP_LABELS = {"missing": "Missing", "hidden": "Hidden: rewrite, don't relearn", "weak": "Weak: strengthen"}
ROLE_COLOURS = ["#3b5bdb", "#e8590c", "#2f9e44", "#ae3ec9", "#1098ad"]
SIDE_COLOURS = {"Leans PM": "#3b5bdb", "Balanced": "#868e96", "Leans TPM": "#e8590c"}
PRIVACY_NOTICE = (":material/lock: Your resume is read in memory on this server only to compute "
                  "this report: nothing is stored, logged or shared, and it is gone when you clear "
                  "your data or close the tab.")
UNEXPECTED = ("Something unexpected went wrong. Your data is safe; try again, export the resume "
              "again as PDF, or use **Clear my data** to start over.")
logger = logging.getLogger("resume_gap.app")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")

st.set_page_config(page_title="Resume Gap Analyzer — PM & TPM fit", page_icon=":material/explore:",
                   layout="wide")


@st.cache_resource(show_spinner=False)
def engine() -> Taxonomy:
    """The packaged taxonomy with its matcher built, and warm PDF workers (shared, read-only)."""
    taxonomy = load_taxonomy()
    analyze("Warm-up\nSKILLS\nSQL", taxonomy=taxonomy)
    prewarm()
    return taxonomy


def md(text: object) -> str:
    """``text`` escaped for st.markdown: resume content must never become markup or LaTeX."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def state() -> Any:
    """This browser session's state (the only place resume data is kept)."""
    defaults: dict[str, Any] = {
        "clients": {DEFAULT_CLIENT: []}, "active": DEFAULT_CLIENT, "cache": {}, "job_cache": {},
        "extension": None, "use_sample": False, "nonce": 0, "last_upload": None, "flash": None,
    }
    for key, value in defaults.items():
        st.session_state.setdefault(key, value)
    return st.session_state


def widget_key(name: str) -> str:
    """Key of a file uploader; a new key empties it (Clear my data, client switch)."""
    return f"{name}_{state()['nonce']}"


def reset_uploads() -> None:
    s = state()
    s["nonce"] += 1
    s["use_sample"] = False
    s["last_upload"] = None


def clear_my_data() -> None:
    nonce = state()["nonce"]
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    st.session_state["nonce"] = nonce + 1
    st.session_state["flash"] = ("success", "Your uploads and results were cleared.")


# ---------------------------------------------------------------------------------- sidebar


def sidebar() -> str:
    with st.sidebar:
        st.header("Settings")
        mode = st.radio("Mode", ["Job seeker", "Career coach"], key="mode", horizontal=True,
                        help="Career coach mode keeps several clients and versions of their resumes, "
                             "compares versions and saves the session to a file.")
        if mode == "Career coach":
            coach_controls()
        with st.expander("Scoring weights", icon=":material/tune:"):
            weights_controls()
        with st.expander("Custom taxonomy or role file", icon=":material/extension:"):
            extension_controls()
        st.button("Clear my data", key="clear", icon=":material/delete:", on_click=clear_my_data,
                  help="Forget every upload, client and result of this session now.")
        with st.expander("About", icon=":material/info:"):
            taxonomy = engine()
            st.caption(f"Analyzer {__version__} · taxonomy {taxonomy.version}. Deterministic scoring: "
                       "no AI model and no network in the scoring path.")
            for line in taxonomy.attribution:
                st.caption(line)
    return str(mode)


def switch_client() -> None:
    s = state()
    s["active"] = s["client_select"]
    reset_uploads()


def add_client() -> None:
    s = state()
    name = " ".join(str(s.get("new_client", "")).split())
    if not name:
        s["flash"] = ("warning", "Type the new client's name first.")
        return
    s["clients"].setdefault(name, [])
    s["active"] = name
    s["client_select"] = name
    s["new_client"] = ""
    reset_uploads()


def load_session() -> None:
    s = state()
    upload = s.get(widget_key("import_session"))
    if upload is None:
        s["flash"] = ("warning", "Choose a session file (.json) first.")
        return
    try:
        clients = import_session(upload.getvalue())
    except AnalyzerError as exc:
        s["flash"] = ("error", exc.message)
        return
    s["clients"] = clients or {DEFAULT_CLIENT: []}
    s["active"] = next(iter(s["clients"]))
    s["client_select"] = s["active"]
    reset_uploads()
    versions = sum(len(v) for v in s["clients"].values())
    s["flash"] = ("success", f"Session loaded: {len(s['clients'])} client(s), {versions} version(s).")


def coach_controls() -> None:
    s = state()
    names = list(s["clients"])
    if s.get("client_select") not in names:
        s["client_select"] = s["active"] if s["active"] in names else names[0]
    st.selectbox("Client", names, key="client_select", on_change=switch_client,
                 help="New uploads are saved as versions of this client.")
    s["active"] = s["client_select"]
    with st.container(horizontal=True, vertical_alignment="bottom"):
        st.text_input("New client", key="new_client", max_chars=60, placeholder="Name or initials")
        st.button("Add", key="add_client", on_click=add_client, icon=":material/person_add:")
    with st.expander("Save or load this session", icon=":material/save:"):
        st.caption("The file holds each client's reports (scores, skills, evidence sentences), "
                   "not the resumes.")
        st.download_button("Export session (JSON)", data=export_session(public_clients()),
                           file_name="resume-gap-session.json", mime="application/json",
                           on_click="ignore", key="export_session", icon=":material/download:")
        st.file_uploader("Session file", type=["json"], key=widget_key("import_session"))
        st.button("Load session", key="load_session", on_click=load_session, icon=":material/upload:")


def public_clients() -> dict[str, list[dict[str, Any]]]:
    """The clients as a session file holds them (label and report; no internal digests)."""
    return {name: [{"label": v["label"], "report": v["report"]} for v in versions]
            for name, versions in state()["clients"].items()}


WEIGHT_SLIDERS: dict[str, float] = {
    "w_core": DEFAULT_CONFIG.weight_values["core"],
    "w_important": DEFAULT_CONFIG.weight_values["important"],
    "w_nice": DEFAULT_CONFIG.weight_values["nice"],
    "w_coverage": DEFAULT_CONFIG.target_coverage,
    "w_share": DEFAULT_CONFIG.skills_share,
}


def reset_weights() -> None:
    for key, value in WEIGHT_SLIDERS.items():
        st.session_state[key] = float(value)


def weights_controls() -> None:
    for key, value in WEIGHT_SLIDERS.items():
        st.session_state.setdefault(key, float(value))
    st.caption("How the fit score is computed; see the README for every field.")
    st.slider("Core skills", 0.0, 6.0, step=0.5, key="w_core",
              help="How much a core skill of the role profile counts.")
    st.slider("Important skills", 0.0, 6.0, step=0.5, key="w_important")
    st.slider("Nice-to-have skills", 0.0, 6.0, step=0.5, key="w_nice")
    st.slider("Coverage that counts as a full fit", 0.2, 1.0, step=0.05, key="w_coverage",
              help="Share of the weighted profile evidence a resume needs for 100/100 on skills.")
    st.slider("Share of the score from skills", 0.0, 1.0, step=0.05, key="w_share",
              help="The rest comes from recruiter signals: titles, years, degree, certifications.")
    st.button("Reset to defaults", key="reset_weights", on_click=reset_weights,
              icon=":material/restart_alt:")


def current_weights() -> dict[str, Any]:
    """The slider values as a config override (empty when they are the defaults)."""
    s = st.session_state
    values = {key: float(s.get(key, default)) for key, default in WEIGHT_SLIDERS.items()}
    if values == {key: float(value) for key, value in WEIGHT_SLIDERS.items()}:
        return {}
    return {"weight_values": {"core": values["w_core"], "important": values["w_important"],
                              "nice": values["w_nice"]},
            "target_coverage": values["w_coverage"], "skills_share": values["w_share"]}


def extension_controls() -> None:
    s = state()
    st.caption("Add or replace skills, roles and learning steps with one JSON file "
               "(`{\"skills\": [...], \"roles\": [...], \"steps\": [...]}`).")
    upload = st.file_uploader("Extension file", type=["json"], key=widget_key("extension_file"))
    st.download_button("Extension format (JSON Schema)", data=json.dumps(json_schema(), indent=2),
                       file_name="extension.schema.json", mime="application/json", on_click="ignore",
                       key="download_schema", icon=":material/schema:")
    if upload is None:
        s["extension"] = None
        return
    extension = ("custom taxonomy", upload.getvalue().decode("utf-8", errors="replace"))
    try:
        taxonomy = load_taxonomy(extensions=[extension])
    except AnalyzerError as exc:
        st.error(exc.message, icon=":material/error:")
        s["extension"] = None
        return
    s["extension"] = extension
    st.success(f"Loaded: {len(taxonomy.skills)} skills; roles: {', '.join(taxonomy.roles)}.",
               icon=":material/check_circle:")


def current_taxonomy() -> Taxonomy:
    extension = state()["extension"]
    return engine() if extension is None else load_taxonomy(extensions=[extension])


def current_config() -> ScoringConfig:
    weights = current_weights()
    return config_from_mapping(weights) if weights else DEFAULT_CONFIG


# ----------------------------------------------------------------------------------- inputs


def job_inputs() -> tuple[str, Any]:
    """The job description widgets; returns (text, uploaded file or None)."""
    with st.expander("Target a specific job description (optional)", icon=":material/work:"):
        st.caption("Paste or upload a job ad to get a **Target job** fit next to PM and TPM.")
        text = st.text_area("Job description", key="job_text", height=150,
                            placeholder="Paste the job description here…")
        upload = st.file_uploader("…or upload it (.txt or .pdf)", type=["txt", "pdf"],
                                  key=widget_key("job_file"))
    return str(text or ""), upload


def job_role(text: str, upload: Any, taxonomy: Taxonomy) -> tuple[Any, str]:
    """The custom role built from the job description, and its text ("" when none)."""
    s = state()
    if upload is not None:
        data = upload.getvalue()
        key = hashlib.sha256(data).hexdigest()
        if key not in s["job_cache"]:
            s["job_cache"] = {key: read_document(data, filename=upload.name).text}
        text = s["job_cache"][key]
    if not text.strip():
        return None, ""
    return role_from_job(text, taxonomy=taxonomy, role_id="job", name="Target job"), text


def run_analysis(data: bytes | str, name: str, job: tuple[str, Any]) -> dict[str, Any] | None:
    """Analyse one resume (cached per session by content and settings); None on error."""
    s = state()
    taxonomy = current_taxonomy()
    config = current_config()
    try:
        role, job_text = job_role(job[0], job[1], taxonomy)
    except AnalyzerError as exc:
        st.warning(f"**Job description not used:** {md(exc.message)}", icon=":material/warning:")
        role, job_text = None, ""
    raw = data if isinstance(data, bytes) else data.encode()
    digest = hashlib.sha256(
        raw + b"\0" + job_text.encode() + b"\0" + json.dumps(current_weights(), sort_keys=True).encode()
        + b"\0" + json.dumps(s["extension"]).encode()).hexdigest()
    cached = s["cache"].get(digest)
    if cached is not None:
        return dict(cached)
    try:
        with st.spinner("Reading your resume and scoring the fit…"):
            document = read_document(data, filename=name) if isinstance(data, bytes) else data
            report = analyze(document, taxonomy=taxonomy, config=config,
                             extra_roles=[role] if role else [], include_text=True).to_dict()
    except AnalyzerError as exc:
        with st.container(border=True):
            st.error(f"**We could not analyse this file.** {md(exc.message)}  \n(code: `{exc.code}`)",
                     icon=":material/error:")
            st.caption("Nothing was kept. Upload another file, or try the sample resume.")
        return None
    except Exception:  # noqa: BLE001 - never show a traceback to a user
        st.error(f"**We could not analyse this file.** {UNEXPECTED}", icon=":material/error:")
        return None
    s["cache"][digest] = report
    while len(s["cache"]) > MAX_CACHED_REPORTS:
        s["cache"].pop(next(iter(s["cache"])))
    return report


def remember_version(upload_id: str, data: bytes | str, report: dict[str, Any]) -> None:
    """Keep the report as a version of the active client.

    A new upload adds a version (unless the same resume is already one of this client's); a
    rerun with new settings re-scores the version in place, so versions compare like for like.
    """
    s = state()
    resume_digest = hashlib.sha256(data if isinstance(data, bytes) else data.encode()).hexdigest()
    versions = s["clients"].setdefault(s["active"], [])
    public = {k: v for k, v in report.items() if k != "document"}
    for version in versions:
        if version.get("digest") == resume_digest:
            version["report"] = public
            s["last_upload"] = upload_id
            return
    if s["last_upload"] != upload_id:
        versions.append({"label": f"v{len(versions) + 1}", "digest": resume_digest, "report": public})
        s["last_upload"] = upload_id


# ---------------------------------------------------------------------------------- report


def role_colours(roles: dict[str, Any]) -> alt.Scale:
    names = [fit["name"] for fit in roles.values()]
    return alt.Scale(domain=names, range=ROLE_COLOURS[:len(names)] or ROLE_COLOURS)


def headline(report: dict[str, Any]) -> None:
    roles = report["roles"]
    with st.container(horizontal=True):
        for key, fit in roles.items():
            st.metric(f"{fit['name']} fit", f"{fit['score']:g}/100", fit["band"], delta_color="off",
                      delta_arrow="off", help=fit["explanation"], border=True)
    best = roles.get(report["best_fit"], {}).get("name")
    if best:
        st.markdown(f":material/star: **Best fit: {md(best)}.** {md(report['positioning']['summary'])}")
    public = {k: v for k, v in report.items() if k != "document"}
    with st.container(horizontal=True):
        st.download_button("Report (Markdown)", data=markdown_from_dict(public),
                           file_name="resume-gap-report.md", mime="text/markdown", on_click="ignore",
                           key="download_md", icon=":material/download:")
        st.download_button("Report (JSON)", data=json.dumps(public, indent=2, ensure_ascii=False),
                           file_name="resume-gap-report.json", mime="application/json",
                           on_click="ignore", key="download_json", icon=":material/data_object:")


def lean(value: float) -> str:
    return "Balanced" if abs(value) < 0.1 else ("Leans TPM" if value > 0 else "Leans PM")


def overview(report: dict[str, Any]) -> None:
    roles = report["roles"]
    positioning = report["positioning"]
    axis = positioning["pm_tpm_axis"]
    dims = positioning["dimensions"]
    rows = [{"dimension": f"Overall {axis:+.2f}", "value": axis, "side": lean(axis)}] + [
        {"dimension": f"{name.capitalize()} {d['value']:+.2f}", "value": d["value"], "side": lean(d["value"])}
        for name, d in dims.items()]
    left, right = st.columns(2, gap="large")
    with left:
        st.subheader("Where you sit between PM and TPM")
        bars = alt.Chart(pd.DataFrame(rows)).mark_bar(cornerRadius=3).encode(
            x=alt.X("value:Q", scale=alt.Scale(domain=[-1, 1]),
                    axis=alt.Axis(values=[-1, -0.5, 0, 0.5, 1], title="business PM ← → technical TPM",
                                  labelExpr="datum.value == -1 ? 'PM' : datum.value == 1 ? 'TPM' "
                                            ": format(datum.value, '+.1f')")),
            y=alt.Y("dimension:N", sort=None, title=None, axis=alt.Axis(labelLimit=200)),
            color=alt.Color("side:N", title=None, legend=alt.Legend(orient="bottom"),
                            scale=alt.Scale(domain=list(SIDE_COLOURS), range=list(SIDE_COLOURS.values()))),
            tooltip=[alt.Tooltip("dimension:N"), alt.Tooltip("value:Q", format="+.2f"), "side:N"])
        zero = alt.Chart(pd.DataFrame({"x": [0]})).mark_rule(color="#495057").encode(x="x:Q")
        described = "; ".join(f"{r['dimension']} ({r['side']})" for r in rows)
        st.altair_chart((bars + zero).properties(height=190), width="stretch",
                        alt=f"PM to TPM positioning from -1 (business PM) to +1 (technical TPM): {described}.")
        with st.expander("Evidence behind the positioning"):
            for name, dim in dims.items():
                pm_side = "; ".join(dim["pm_evidence"]) or "none found"
                tpm_side = "; ".join(dim["tpm_evidence"]) or "none found"
                st.markdown(f"**{md(name.capitalize())} ({dim['value']:+.2f})**  \n"
                            f"PM side: {md(pm_side)}  \nTPM side: {md(tpm_side)}")
    with right:
        st.subheader("Fit by responsibility")
        resp = [{"role": fit["name"], "responsibility": RESPONSIBILITY_LABELS.get(r, r), "score": v}
                for fit in roles.values() for r, v in fit["subscores"]["responsibility"].items()]
        chart = alt.Chart(pd.DataFrame(resp)).mark_bar(cornerRadiusTopLeft=2, cornerRadiusTopRight=2).encode(
            x=alt.X("responsibility:N", title=None, sort=list(RESPONSIBILITY_LABELS.values()),
                    axis=alt.Axis(labelAngle=0, labelLimit=90)),
            xOffset="role:N",
            y=alt.Y("score:Q", scale=alt.Scale(domain=[0, 100]), title="score (0–100)"),
            color=alt.Color("role:N", title=None, scale=role_colours(roles), legend=alt.Legend(orient="bottom")),
            tooltip=["role", "responsibility", "score"]).properties(height=240)
        described = "; ".join(f"{r['role']} {r['responsibility']} {r['score']:g}" for r in resp)
        st.altair_chart(chart, width="stretch",
                        alt=f"Score out of 100 per product responsibility for each role: {described}.")
    st.subheader("Score breakdown")
    st.dataframe(pd.DataFrame([{
        "role": f["name"], "fit": f["score"], "skills": f["skills_score"],
        "recruiter signals": f["signals_score"], **{k.capitalize(): v for k, v in f["subscores"]["category"].items()},
    } for f in roles.values()]), hide_index=True, key="breakdown",
        column_config={"fit": st.column_config.NumberColumn(help="The fit score (0–100)", format="%.1f"),
                       "skills": st.column_config.NumberColumn(help="Weighted coverage of the role's skills"),
                       "recruiter signals": st.column_config.NumberColumn(
                           help="Titles, years in product roles, degree and certifications")})
    signals = signals_table(roles)
    if signals is not None:
        with st.expander("Recruiter signals: what we counted"):
            st.dataframe(signals, hide_index=True, key="signals")


def signals_table(roles: dict[str, Any]) -> pd.DataFrame | None:
    rows: dict[str, dict[str, Any]] = {}
    for fit in roles.values():
        for signal in fit.get("signals", []):
            row = rows.setdefault(signal["name"], {"signal": signal["name"].capitalize()})
            row[fit["name"]] = f"{signal['value']:.0%}"
            row.setdefault("evidence", signal.get("evidence") or "—")
    return pd.DataFrame(list(rows.values())) if rows else None


def skills_tab(report: dict[str, Any]) -> None:
    skills = report["skills"]
    if not skills:
        st.info("We found no skills in this resume. Check **What we read**: if the text there is "
                "empty or garbled, export the resume again as a text-based PDF.", icon=":material/info:")
        return
    counts = {c: sum(1 for s in skills if s["category"] == c) for c in ("technical", "business", "soft")}
    st.caption(f"{len(skills)} skills found: {counts['technical']} technical, {counts['business']} business, "
               f"{counts['soft']} soft. Confidence rises with how the skill is shown: demonstrated in "
               "experience > listed > only mentioned or hedged.")
    left, right = st.columns([1, 2])
    query = left.text_input("Search skills", key="skill_search", placeholder="e.g. SQL")
    categories = right.multiselect("Categories", ["technical", "business", "soft"],
                                   default=["technical", "business", "soft"], key="skill_categories")
    shown = [s for s in skills if s["category"] in categories
             and (not query or query.lower() in s["name"].lower())]
    if not shown:
        st.info("No skill matches this search or filter.", icon=":material/search_off:")
        return
    st.dataframe(pd.DataFrame([{
        "skill": s["name"], "category": s["category"], "confidence": s["confidence"],
        "evidence": s["evidence"], "mentions": len(s["mentions"]),
        "proof": s["mentions"][0]["sentence"] if s["mentions"] else ""} for s in shown]),
        hide_index=True, key="skills_table",
        column_config={
            "confidence": st.column_config.ProgressColumn(min_value=0, max_value=1, format="percent"),
            "evidence": st.column_config.TextColumn(
                help="certified, demonstrated (used in experience), listed, mentioned, or inferred from a tool"),
            "proof": st.column_config.TextColumn(width="large", help="The first sentence that mentions it")})
    st.subheader("Why we think so")
    names = [s["name"] for s in shown]
    picked = st.selectbox("Show the evidence for", names, key="skill_pick")
    skill = shown[names.index(picked)] if picked in names else shown[0]
    with st.container(border=True):
        st.markdown(f"**{md(skill['name'])}** · {skill['category']} · confidence {skill['confidence']:.0%} "
                    f"· {skill['evidence']}")
        for mention in skill["mentions"][:5]:
            sentence, text = mention["sentence"], mention["text"]
            at = sentence.find(text)
            shown_sentence = (md(sentence) if at < 0 else
                              md(sentence[:at]) + f"**{md(text)}**" + md(sentence[at + len(text):]))
            st.markdown(f"- {shown_sentence}  \n  :gray[{md(mention['section'])} · {md(mention['match'])} "
                        f"match {mention['score']:g}]")
        if skill["explanation"]:
            st.caption("Score: " + md("; ".join(skill["explanation"])))


def gaps_tab(report: dict[str, Any]) -> None:
    st.caption("**Missing**: no evidence yet. **Hidden**: you have it but it is only implied by a tool, "
               "only listed or hedged — rewrite, don't relearn. **Weak**: shown, but thinly. "
               "Sorted by priority: the skill's weight times the credit still missing.")
    for key, fit in report["roles"].items():
        gaps = fit["missing"]
        st.subheader(f"{fit['name']} · {fit['score']:g}/100")
        if not gaps:
            st.success("No gaps: every skill of this profile is shown.", icon=":material/check_circle:")
            continue
        kinds = {k: sum(1 for g in gaps if g["kind"] == k) for k in GAP_LABELS}
        st.caption(" · ".join(f"{n} {k}" for k, n in kinds.items() if n)
                   + f" · evidence for {len(fit['matched'])} profile skills")
        st.dataframe(pd.DataFrame([{
            "skill": g["name"], "gap": GAP_LABELS.get(g["kind"], g["kind"]), "weight": g["weight"],
            "priority": g["importance"], "what to do": g["advice"]} for g in gaps]),
            hide_index=True, key=f"gaps_{key}", height=280,
            column_config={"priority": st.column_config.NumberColumn(format="%.1f"),
                           "what to do": st.column_config.TextColumn(width="large")})


def plan_tab(report: dict[str, Any]) -> None:
    plan = report["learning_plan"]
    if not plan:
        st.success("No learning steps: every profile skill is already shown.", icon=":material/check_circle:")
    else:
        hours = sum(step["hours"] for step in plan)
        st.caption(f"{len(plan)} steps, about {hours:g} hours in all, ranked by fit gained per hour. "
                   "Each gain is the exact re-scored difference if you do that step alone.")
    for step in plan:
        with st.container(border=True):
            st.markdown(f"**{step['rank']}. {md(step['name'])}** · :green[+{step['projected_gain']:g} fit points] "
                        f"· ~{step['hours']:g} h · {md(step['cost'])}")
            st.markdown(f"{md(step['why'])}  \n**Do:** {md(step['action'])}")
            url = step.get("url") or ""
            link = f" — [{md(url)}]({url})" if re.match(r"https?://[^\s()]+$", url) else ""
            st.markdown(f"**Resource:** {md(step['resource'])} ({md(step['resource_type'])}){link}")
            st.markdown(f"**Then add a line like:** _{md(step['resume_line'])}_")
    if report["advice"]:
        st.subheader("Resume advice")
        for line in report["advice"]:
            st.markdown(f"- {md(line)}")


def read_tab(report: dict[str, Any]) -> None:
    warnings = report.get("warnings") or []
    for warning in warnings:
        st.warning(md(warning["message"]), icon=":material/warning:")
    document = report.get("document")
    if not document:
        st.info("The resume text is not kept in saved sessions: only the report is.", icon=":material/info:")
        return
    if not warnings:
        st.success("No reading problems found.", icon=":material/check_circle:")
    sections = document["sections"]
    st.caption(f"{document.get('pages', 1)} page(s) · {document.get('columns', 1)} column(s) · "
               f"{len(sections)} sections · {len(document['text']):,} characters. This is the text in the "
               "order we read it: if something is missing or out of order here, the scores miss it too.")
    text = document["text"]
    for section in sections:
        with st.container(border=True):
            label = section["kind"].replace("_", " ").capitalize()
            heading = section["heading"] or "no heading"
            st.markdown(f"**{md(label)}** :gray[({md(heading)})]")
            st.text(text[section["start"]:section["end"]].strip())


def show_report(report: dict[str, Any], coach: bool) -> None:
    headline(report)
    labels = TABS + ([COACH_TAB] if coach else [])
    tabs = st.tabs(labels)
    for tab, view in zip(tabs, (overview, skills_tab, gaps_tab, plan_tab, read_tab), strict=False):
        with tab:
            view(report)
    if coach:
        with tabs[-1]:
            coach_views()


# ----------------------------------------------------------------------------------- coach


def coach_views() -> None:
    s = state()
    latest = {name: versions[-1] for name, versions in s["clients"].items() if versions}
    if not latest:
        st.info("No clients with a resume yet. Pick or add a client in the sidebar, then upload "
                "their resume: each upload becomes a version you can compare.", icon=":material/group:")
        return
    st.subheader("Clients")
    rows = []
    for name, version in latest.items():
        report = version["report"]
        roles = report.get("roles", {})
        rows.append({"client": name, "versions": len(s["clients"][name]), "latest": version["label"],
                     **{fit.get("name", key): fit.get("score") for key, fit in roles.items()},
                     "best fit": roles.get(report.get("best_fit"), {}).get("name", "—"),
                     "PM↔TPM": report.get("positioning", {}).get("pm_tpm_axis")})
    st.dataframe(pd.DataFrame(rows), hide_index=True, key="client_table",
                 column_config={"PM↔TPM": st.column_config.NumberColumn(
                     format="%+.2f", help="-1 business-leaning PM … +1 technical TPM")})
    versions = s["clients"].get(s["active"], [])
    st.subheader(f"Compare versions — {md(s['active'])}")
    if len(versions) < 2:
        st.info("Upload a revised resume for this client to compare it with the previous version.",
                icon=":material/compare_arrows:")
        return
    labels = [v["label"] for v in versions]
    left, right = st.columns(2)
    before = left.selectbox("Before", labels, index=len(labels) - 2, key="cmp_before")
    after = right.selectbox("After", labels, index=len(labels) - 1, key="cmp_after")
    old, new = versions[labels.index(before)]["report"], versions[labels.index(after)]["report"]
    diff = compare_reports(old, new)
    if old.get("config") != new.get("config"):
        st.warning("These versions were scored with different weights; deltas mix both changes.",
                   icon=":material/warning:")
    with st.container(horizontal=True):
        for key, role in diff["roles"].items():
            st.metric(f"{role['name']}: {before} → {after}", f"{role['after']:g}/100",
                      f"{role['delta']:+g} points", border=True)
    st.dataframe(pd.DataFrame([{
        "role": r["name"], "before": r["before"], "after": r["after"], "delta": r["delta"],
        "band": f"{r['band_before']} → {r['band_after']}",
        "gaps closed": ", ".join(r["gaps_closed"]) or "—", "gaps opened": ", ".join(r["gaps_opened"]) or "—"}
        for r in diff["roles"].values()]), hide_index=True, key="cmp_table",
        column_config={"delta": st.column_config.NumberColumn(format="%+.1f")})
    added = ", ".join(diff["skills_added"]) or "none"
    removed = ", ".join(diff["skills_removed"]) or "none"
    st.markdown(f"**Skills added:** {md(added)}  \n**Skills no longer found:** {md(removed)}")


# ------------------------------------------------------------------------------------ main


def flash() -> None:
    message = state()["flash"]
    if message:
        kind, text = message
        {"success": st.success, "warning": st.warning, "error": st.error}[kind](md(text))
        state()["flash"] = None


def main() -> None:
    s = state()
    mode = sidebar()
    coach = mode == "Career coach"
    st.title("Resume Gap Analyzer")
    st.markdown("How close is your resume to a **Product Manager** or a **Technical Product "
                "Manager** role — why, and what should you learn next?")
    st.caption(PRIVACY_NOTICE)
    flash()
    if coach:
        st.markdown(f":material/person: Uploads are saved as versions of **{md(s['active'])}** "
                    "(change the client in the sidebar).")
    upload = st.file_uploader(f"Upload a resume (PDF or .txt, up to {MAX_UPLOAD_MB} MB)", type=["pdf", "txt"],
                              key=widget_key("resume"), max_upload_size=MAX_UPLOAD_MB)
    left, right = st.columns([1, 4], vertical_alignment="top")
    if left.button("Try a sample resume", key="sample", icon=":material/description:"):
        s["use_sample"] = True
    with right:
        job = job_inputs()
    report: dict[str, Any] | None = None
    if upload is not None:
        s["use_sample"] = False
        data: bytes | str = upload.getvalue()
        report = run_analysis(data, upload.name, job)
        if report is not None:
            remember_version(str(upload.file_id), data, report)
    elif s["use_sample"]:
        data = sample_resume()
        report = run_analysis(data, "sample.txt", job)
        if report is not None:
            st.caption(":material/description: Showing the sample resume of a fictional product manager.")
            remember_version("sample", data, report)
    elif coach and s["clients"].get(s["active"]):
        version = s["clients"][s["active"]][-1]
        st.caption(f":material/history: Showing {md(version['label'])} of {md(s['active'])}, "
                   "saved earlier in this session.")
        report = version["report"]
    if report is not None:
        show_report(report, coach)
    elif upload is None:
        st.info("Upload a resume, or try the sample, to see the PM and TPM fit, the skills found "
                "with their proof, the gaps and a learning plan.", icon=":material/upload_file:")
        if coach:
            coach_views()


try:
    main()
except Exception as exc:  # noqa: BLE001 - the last guard: a friendly message, never a traceback
    if st.get_option("global.appTest"):
        raise  # under AppTest, let the test see the real error
    logger.error("app.unexpected_error", extra={"error_type": type(exc).__name__})  # never content
    st.error(UNEXPECTED, icon=":material/error:")
