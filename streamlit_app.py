"""Resume Gap Analyzer — the Streamlit dashboard (a thin client of the ``analyzer`` package).

Layout and widgets only: every number, gap, plan step and comparison comes from ``analyzer``.

Privacy: uploads live only in this browser session's memory (``st.session_state``); nothing is
written to disk, logged, or shared between users. ``st.cache_resource`` holds only the packaged
taxonomy and its matcher, never resume data; ``st.cache_data`` is not used at all.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import re
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import streamlit as st

from analyzer import DEFAULT_CONFIG, AnalyzerError, ScoringConfig, __version__, config_from_mapping
from analyzer.report import markdown_from_dict
from analyzer.samples import sample_resume
from analyzer.session import (
    MAX_CLIENTS,
    MAX_SESSION_BYTES,
    MAX_VERSIONS,
    compare_reports,
    export_session,
    import_session,
)
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
GAPS_SHOWN = 12
"""Gaps listed per role before 'Show all': the most important first, the rest on request."""
GAP_LABELS = {"missing": "Missing", "hidden": "Hidden: rewrite, don't relearn", "weak": "Weak: strengthen"}
ROLE_COLOURS = ["#3b5bdb", "#e8590c", "#212529", "#ae3ec9", "#1098ad"]
"""PM blue, TPM orange, then near-black for a target job: green next to orange was 1.04:1 in
lightness, the same colour to a red-green colour-blind reader."""
SIDE_COLOURS = {"Leans PM": "#3b5bdb", "Balanced": "#868e96", "Leans TPM": "#e8590c"}
CHART_TEXT = {
    "axis": {"labelColor": "#343a40", "titleColor": "#343a40"},
    "legend": {"labelColor": "#343a40", "titleColor": "#343a40"},
}
"""Chart text in near-black: the theme's grey (#808495) is 3.7:1 on white, under WCAG AA's 4.5:1
for 12 px text; #343a40 is 11.5:1."""
PRIVACY_NOTICE = (":material/lock: Private: your resume is read in memory only to build this report, "
                  "never stored, logged or shared.")
UNEXPECTED = ("Something unexpected went wrong. Your data is safe; try again, export the resume "
              "again as PDF, or use **Clear my data** to start over.")
logger = logging.getLogger("resume_gap.app")
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]|<>~$:])")
_MARKDOWN_LINE_START = re.compile(r"(?m)^(\s*)([#>+\-])")
_MARKDOWN_ORDERED = re.compile(r"(?m)^(\s*\d+)([.)])")
"""'2019. Joined' would start an ordered list; its punctuation is escaped ('2019\\.'), since a
backslash before a digit is printed as is."""

st.set_page_config(page_title="Resume Gap Analyzer — PM & TPM fit", page_icon=":material/explore:",
                   layout="wide")


def _build_engine() -> Taxonomy:
    import pandas  # noqa: F401 - imported here, off the first page's critical path

    from analyzer import analyze
    from analyzer.isolation import prewarm

    taxonomy = load_taxonomy()
    analyze("Warm-up\nSKILLS\nSQL", taxonomy=taxonomy)
    prewarm()
    # Streamlit runs a full garbage collection after every script run (runner.postScriptGC);
    # walking the ~1M long-lived objects of the libraries, taxonomy and matcher made it 40 % of
    # the server's CPU per upload. Frozen, they are skipped; garbage made later (sessions,
    # resumes) is collected as before, and frozen objects are still freed by reference counting.
    # Whatever else is alive at this moment (the first page view, so at most a session's
    # widgets) stays out of cycle collection for good: a bounded, one-off cost.
    gc.freeze()
    return taxonomy


@st.cache_resource(show_spinner=False)
def _engine_future() -> Future[Taxonomy]:
    """Start building the engine in the background on the first page view, so the page shows
    at once and the NLP imports, matcher and warm PDF workers are ready by the first upload."""
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="engine-warm-up")
    future = executor.submit(_build_engine)
    executor.shutdown(wait=False)
    return future


def engine() -> Taxonomy:
    """The packaged taxonomy with its matcher built, and warm PDF workers (shared, read-only)."""
    future = _engine_future()
    if future.done() and future.exception() is not None:
        _engine_future.clear()  # try again on the next run instead of failing forever
    return future.result()


@st.cache_resource(show_spinner=False)
def extension_schema() -> str:
    return json.dumps(json_schema(), indent=2)


def md(text: object) -> str:
    """``text`` escaped for st.markdown: resume content must never become markup, links,
    LaTeX (``$``), colour or icon directives (``:``)."""
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", str(text))
    escaped = _MARKDOWN_ORDERED.sub(r"\1\\\2", escaped)
    return _MARKDOWN_LINE_START.sub(r"\1\\\2", escaped)


def unbullet(sentence: str) -> str:
    """A resume line without its leading bullet glyph (we draw our own lists)."""
    return sentence.lstrip("•·▪◦‣●○■□➢➤►-–—* \t")


def state() -> Any:
    """This browser session's state (the only place resume data is kept)."""
    defaults: dict[str, Any] = {
        "clients": {DEFAULT_CLIENT: []}, "active": DEFAULT_CLIENT, "cache": {}, "job_cache": {},
        "extension": None, "use_sample": False, "nonce": 0, "bumps": {}, "last_upload": None,
        "flash": None,
    }
    for key, value in defaults.items():
        st.session_state.setdefault(key, value)
    return st.session_state


def widget_key(name: str) -> str:
    """Key of a file uploader. A new key empties it: Clear my data changes every uploader's
    (``nonce``), a client switch only the resume uploader's (``bumps``)."""
    s = state()
    return f"{name}_{s['nonce']}_{s['bumps'].get(name, 0)}"


def reset_uploads() -> None:
    """Empty the resume uploader (a new client starts without the previous client's file)."""
    s = state()
    s["bumps"]["resume"] = s["bumps"].get("resume", 0) + 1
    s["use_sample"] = False
    s["last_upload"] = None


def clear_my_data() -> None:
    nonce = state()["nonce"]
    for key in list(st.session_state.keys()):
        del st.session_state[key]
    st.session_state["nonce"] = nonce + 1
    st.session_state["flash"] = ("success", "Your uploads and results were cleared.")


# ---------------------------------------------------------------------------------- sidebar


def sidebar() -> tuple[str, Any]:
    export_slot = None
    with st.sidebar:
        st.header("Settings", anchor=False)
        mode = st.radio("Mode", ["Job seeker", "Career coach"], key="mode", horizontal=True,
                        help="Career coach mode keeps several clients and versions of their resumes, "
                             "compares versions and saves the session to a file.")
        if mode == "Career coach":
            export_slot = coach_controls()
        with st.expander("Scoring weights", icon=":material/tune:"):
            weights_controls()
        with st.expander("Custom taxonomy or role file", icon=":material/extension:"):
            extension_controls()
        st.button("Clear my data", key="clear", icon=":material/delete:", on_click=clear_my_data,
                  help="Forget every upload, client and result of this session now.")
        with st.expander("About", icon=":material/info:"):
            future = _engine_future()
            version = future.result().version if future.done() and not future.exception() else "…"
            st.caption(f"Analyzer {__version__} · taxonomy {version}. Deterministic scoring: "
                       "no AI model and no network in the scoring path.")
            if future.done() and not future.exception():
                for line in future.result().attribution:
                    st.caption(line)
    return str(mode), export_slot


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
    if name not in s["clients"] and len(s["clients"]) >= MAX_CLIENTS:
        s["flash"] = ("warning", f"A session holds at most {MAX_CLIENTS} clients: export this session "
                                 "and start a new one.")
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
    s["active"] = next((name for name, versions in s["clients"].items() if versions),
                       next(iter(s["clients"])))
    s["client_select"] = s["active"]
    reset_uploads()
    versions = sum(len(v) for v in s["clients"].values())
    s["flash"] = ("success", f"Session loaded: {len(s['clients'])} client(s), {versions} version(s).")


def coach_controls() -> Any:
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
        export_slot = st.empty()
        st.file_uploader("Session file", type=["json"], key=widget_key("import_session"),
                         max_upload_size=MAX_SESSION_BYTES // 2**20)
        st.button("Load session", key="load_session", on_click=load_session, icon=":material/upload:")
    return export_slot


def export_button(slot: Any) -> None:
    """Filled in at the end of the run, so the file includes the version just uploaded."""
    slot.download_button("Export session (JSON)", data=export_session(public_clients()),
                         file_name="resume-gap-session.json", mime="application/json",
                         on_click="ignore", key="export_session", icon=":material/download:")


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
    "w_lean_pm": DEFAULT_CONFIG.lean_floor["pm"],
    "w_lean_tpm": DEFAULT_CONFIG.lean_floor["tpm"],
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
    st.slider("Coverage that fills an area", 0.2, 1.0, step=0.05, key="w_coverage",
              help="Share of each responsibility area's weighted skills (strategy, ideation, "
                   "roadmapping, features, go-to-market, soft skills) a resume needs to show for "
                   "that area to count in full; the skills score weighs the areas.")
    lean_help = ("Share of the skills score kept when the resume shows nothing of the side the "
                 "role leans to ({}); 1 turns this off.")
    st.slider("Skills kept without business work (PM)", 0.0, 1.0, step=0.05, key="w_lean_pm",
              help=lean_help.format("customers, market, competitors, go-to-market partners"))
    st.slider("Skills kept without technical work (TPM)", 0.0, 1.0, step=0.05, key="w_lean_tpm",
              help=lean_help.format("system design, APIs, technical specs, technology choices"))
    st.slider("Share of the score from skills", 0.0, 1.0, step=0.05, key="w_share",
              help="The rest comes from recruiter signals: titles, years, degree, certifications.")
    if not any(st.session_state[key] for key in ("w_core", "w_important", "w_nice")):
        st.warning("All skill weights are 0, so skills no longer count: the score comes from "
                   "recruiter signals only.", icon=":material/warning:")
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
            "target_coverage": values["w_coverage"], "skills_share": values["w_share"],
            "lean_floor": {"pm": values["w_lean_pm"], "tpm": values["w_lean_tpm"]}}


def extension_controls() -> None:
    s = state()
    st.caption("Add or replace skills, roles and learning steps with one JSON file "
               "(`{\"skills\": [...], \"roles\": [...], \"steps\": [...]}`).")
    upload = st.file_uploader("Extension file", type=["json"], key=widget_key("extension_file"))
    st.download_button("Extension format (JSON Schema)", data=extension_schema(),
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
    st.markdown(":small[Target a specific job (optional)]")
    with st.expander("Paste or upload a job description", icon=":material/work:"):
        st.caption("Paste or upload a job ad to get a **Target job** fit next to PM and TPM.")
        text = st.text_area("Job description", key=widget_key("job_text"), height=150,
                            placeholder="Paste the job description here…")
        upload = st.file_uploader("…or upload it (.txt or .pdf)", type=["txt", "pdf"],
                                  key=widget_key("job_file"))
    return str(text or ""), upload


def job_role(text: str, upload: Any, taxonomy: Taxonomy) -> tuple[Any, str]:
    """The custom role built from the job description, and its text ("" when none)."""
    from analyzer import read_document, role_from_job

    s = state()
    if upload is not None:
        data = upload.getvalue()
        key = hashlib.sha256(data).hexdigest()
        if key not in s["job_cache"]:
            s["job_cache"] = {key: read_document(data, filename=upload.name).text}
        text = s["job_cache"][key]
    if not text.strip():
        return None, ""
    key = hashlib.sha256(text.encode() + b"\0" + json.dumps(s["extension"]).encode()).hexdigest()
    cached = s.get("job_role")
    if cached is None or cached[0] != key:
        cached = (key, role_from_job(text, taxonomy=taxonomy, role_id="job", name="Target job"))
        s["job_role"] = cached
    return cached[1], text


def run_analysis(data: bytes | str, name: str, job: tuple[str, Any]) -> dict[str, Any] | None:
    """Analyse one resume (cached per session by content and settings); None on error."""
    from analyzer import analyze, read_document

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
            st.caption("Nothing was kept. Remove this file (×) to upload another one or to try "
                       "the sample resume.")
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
        labels = {v["label"] for v in versions}
        last = versions[-1]["label"] if versions else "v0"
        number = int(last[1:]) + 1 if re.fullmatch(r"v\d+", last) else len(versions) + 1
        while f"v{number}" in labels:
            number += 1
        versions.append({"label": f"v{number}", "digest": resume_digest, "report": public})
        del versions[:-MAX_VERSIONS]  # a session file holds at most MAX_VERSIONS per client
        s["last_upload"] = upload_id


# ---------------------------------------------------------------------------------- report


def role_colours(roles: dict[str, Any]) -> dict[str, list[str]]:
    names = [fit["name"] for fit in roles.values()]
    return {"domain": names, "range": [ROLE_COLOURS[i % len(ROLE_COLOURS)] for i in range(len(names))]}


def headline(report: dict[str, Any]) -> None:
    roles = report["roles"]
    best = roles.get(report["best_fit"], {}).get("name")
    public = {k: v for k, v in report.items() if k != "document"}
    with st.container(horizontal=True):
        for fit in roles.values():
            st.metric(f"{fit['name']} fit", f"{fit['score']:g}/100", fit["band"], delta_color="off",
                      delta_arrow="off", help=fit["explanation"], border=True)
        if best:
            short = {"pm": "PM", "tpm": "TPM"}.get(report["best_fit"], best)
            st.metric("Best fit", short, lean(report["positioning"]["pm_tpm_axis"]), delta_color="off",
                      delta_arrow="off", border=True, help=f"{best}. {report['positioning']['summary']}")
        with st.container(width="content", gap="small"):
            st.download_button("Report (Markdown)", data=markdown_from_dict(public),
                               file_name="resume-gap-report.md", mime="text/markdown", on_click="ignore",
                               key="download_md", icon=":material/download:", width="stretch")
            st.download_button("Report (JSON)", data=json.dumps(public, indent=2, ensure_ascii=False),
                               file_name="resume-gap-report.json", mime="application/json",
                               on_click="ignore", key="download_json", icon=":material/data_object:",
                               width="stretch")


def lean(value: float) -> str:
    return "Balanced" if abs(value) < 0.1 else ("Leans TPM" if value > 0 else "Leans PM")


def overview(report: dict[str, Any]) -> None:
    # Charts are Vega-Lite specs with their data inline: no Altair object building and schema
    # validation on every rerun (~50 ms per chart), and no DataFrame to serialise.
    roles = report["roles"]
    positioning = report["positioning"]
    axis = positioning["pm_tpm_axis"]
    dims = positioning["dimensions"]
    rows = [{"dimension": f"Overall {axis:+.2f}", "value": axis, "side": lean(axis)}] + [
        {"dimension": f"{name.capitalize()} {d['value']:+.2f}", "value": d["value"], "side": lean(d["value"])}
        for name, d in dims.items()]
    left, right = st.columns(2, gap="large")
    with left:
        st.header("PM ↔ TPM positioning", anchor=False)
        bars = {"mark": {"type": "bar", "cornerRadius": 3}, "encoding": {
            "x": {"field": "value", "type": "quantitative", "scale": {"domain": [-1, 1]},
                  "axis": {"values": [-1, -0.5, 0, 0.5, 1], "title": "business PM ← → technical TPM",
                           "labelExpr": "datum.value == -1 ? 'PM' : datum.value == 1 ? 'TPM' "
                                        ": format(datum.value, '+.1f')"}},
            "y": {"field": "dimension", "type": "nominal", "sort": None, "title": None,
                  "axis": {"labelLimit": 200}},
            "color": {"field": "side", "type": "nominal", "title": None, "legend": {"orient": "bottom"},
                      "scale": {"domain": list(SIDE_COLOURS), "range": list(SIDE_COLOURS.values())}},
            "tooltip": [{"field": "dimension", "type": "nominal"},
                        {"field": "value", "type": "quantitative", "format": "+.2f"},
                        {"field": "side", "type": "nominal"}]}}
        zero = {"mark": {"type": "rule", "color": "#495057", "aria": False},  # decorative: no ARIA role
                "encoding": {"x": {"datum": 0, "type": "quantitative"}}}
        described = "; ".join(f"{r['dimension']} ({r['side']})" for r in rows)
        st.vega_lite_chart({"data": {"values": rows}, "layer": [bars, zero], "config": CHART_TEXT},
                           width="stretch",
                           height=70 + 34 * len(rows), key="chart_positioning",
                           alt="PM to TPM positioning from -1 (business PM) to +1 (technical TPM): "
                               f"{described}.")
        st.caption(md(positioning["summary"]))
        with st.expander("Evidence behind the positioning"):
            for name, dim in dims.items():
                pm_side = "; ".join(dim["pm_evidence"]) or "none found"
                tpm_side = "; ".join(dim["tpm_evidence"]) or "none found"
                st.markdown(f"**{md(name.capitalize())} ({dim['value']:+.2f})**  \n"
                            f"PM side: {md(pm_side)}  \nTPM side: {md(tpm_side)}")
    with right:
        st.header("Fit by responsibility", anchor=False)
        resp = [{"role": fit["name"], "responsibility": RESPONSIBILITY_LABELS.get(r, r), "score": v}
                for fit in roles.values() for r, v in fit["subscores"]["responsibility"].items()]
        chart = {"config": CHART_TEXT, "data": {"values": resp},
                 "mark": {"type": "bar", "cornerRadiusEnd": 2}, "encoding": {
            "y": {"field": "responsibility", "type": "nominal", "title": None,
                  "sort": list(RESPONSIBILITY_LABELS.values()), "axis": {"labelLimit": 160}},
            "yOffset": {"field": "role", "type": "nominal"},
            "x": {"field": "score", "type": "quantitative", "scale": {"domain": [0, 100]},
                  "title": "score (0–100)"},
            "color": {"field": "role", "type": "nominal", "title": None, "scale": role_colours(roles),
                      "legend": {"orient": "bottom", "direction": "vertical", "labelLimit": 300}},
            "tooltip": [{"field": "role", "type": "nominal"}, {"field": "responsibility", "type": "nominal"},
                        {"field": "score", "type": "quantitative"}]}}
        described = "; ".join(f"{r['role']} {r['responsibility']} {r['score']:g}" for r in resp)
        st.vega_lite_chart(chart, width="stretch", height=110 + 20 * len(resp), key="chart_responsibility",
                        alt=f"Score out of 100 per product responsibility for each role: {described}.")
    st.header("Score breakdown", anchor=False)
    floors = report["config"].get("lean_floor") or {}  # reports before schema 1.1 have none
    ranges = [f"{100 * floors[tilt]:.0f}–100 % ({name})"
              for tilt, name in (("tpm", "TPM"), ("pm", "PM")) if floors.get(tilt, 1.0) < 1]
    kept = (f", and keep {' and '.join(ranges)} of themselves by how much of the role's own "
            "side is shown: technical work for the TPM, customers and market for the PM"
            if ranges else "")
    st.caption("Fit = skills × share of skills + recruiter signals × the rest. Skills fill each "
               f"responsibility area separately (see the chart above){kept}. By category: "
               "weighted coverage of the role's technical, business and soft skills (0–100).")
    st.markdown(markdown_table(breakdown_rows(roles)))
    signals = signals_rows(roles)
    if signals:
        with st.expander("Recruiter signals: what we counted"):
            st.markdown(markdown_table(signals))


def breakdown_rows(roles: dict[str, Any]) -> list[dict[str, str]]:
    """The score breakdown with one column per role and one row per measure: two or three
    narrow columns fit a phone's width, where one column per measure (seven) ran off it."""
    fits = list(roles.values())
    measures: list[tuple[str, list[float]]] = [
        ("Fit", [f["score"] for f in fits]), ("Skills", [f["skills_score"] for f in fits]),
        ("Recruiter signals", [f["signals_score"] for f in fits]),
    ]
    if fits and all(f.get("lean") is not None for f in fits):  # reports before schema 1.1 have none
        measures.append(("Own side shown (%)", [round(100 * f["lean"]) for f in fits]))
    for category in fits[0]["subscores"]["category"] if fits else ():
        measures.append((f"{category.capitalize()} skills",
                         [f["subscores"]["category"][category] for f in fits]))
    return [{"score": label, **{f["name"]: f"{v:g}" for f, v in zip(fits, values, strict=True)}}
            for label, values in measures]


def markdown_table(rows: list[dict[str, Any]]) -> str:
    """A Markdown table of ``rows`` (columns in first-seen order), every cell escaped.

    The overview draws its small tables this way instead of ``st.table``: a first-time
    visitor's browser then need not fetch and compile Streamlit's 0.7 MB Arrow table module
    before the first results appear (0.1–0.2 s of main-thread time per new session)."""
    columns = list(dict.fromkeys(key for row in rows for key in row))

    def cell(value: object) -> str:
        return md(" ".join(str(value).split()))  # one line: a newline would end the row

    lines = ["| " + " | ".join(cell(c) for c in columns) + " |", "|" + " --- |" * len(columns)]
    lines += ["| " + " | ".join(cell(row.get(c, "")) for c in columns) + " |" for row in rows]
    return "\n".join(lines)


def signals_rows(roles: dict[str, Any]) -> list[dict[str, str]]:
    """One row per recruiter signal: its value for each role, then the evidence counted."""
    rows: dict[str, dict[str, str]] = {}
    evidence: dict[str, str] = {}
    for fit in roles.values():
        for signal in fit.get("signals", []):
            row = rows.setdefault(signal["name"], {"signal": signal["name"].capitalize()})
            row[fit["name"]] = f"{signal['value']:.0%}"
            evidence.setdefault(signal["name"], signal.get("evidence") or "—")
    return [{**row, "evidence": evidence[name]} for name, row in rows.items()]


def skills_tab(report: dict[str, Any]) -> None:
    import pandas as pd

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
        "proof": unbullet(s["mentions"][0]["sentence"]) if s["mentions"] else ""} for s in shown]),
        hide_index=True, key="skills_table", row_height=32,
        column_config={
            "skill": st.column_config.TextColumn(width="medium", pinned=True),
            "category": st.column_config.TextColumn(width="small"),
            "confidence": st.column_config.ProgressColumn(min_value=0, max_value=1, format="percent",
                                                          width="small"),
            "evidence": st.column_config.TextColumn(
                width="medium", help="certified, demonstrated (used in experience), listed, mentioned, "
                                    "or inferred from a tool"),
            "mentions": st.column_config.NumberColumn(width="small"),
            "proof": st.column_config.TextColumn(width="large",
                                                 help="The strongest sentence that shows it")})
    st.header("Why we think so", anchor=False)
    names = [s["name"] for s in shown]
    picked = st.selectbox("Show the evidence for", names, key="skill_pick")
    skill = shown[names.index(picked)] if picked in names else shown[0]
    with st.container(border=True):
        st.markdown(f"**{md(skill['name'])}** · {skill['category']} · confidence {skill['confidence']:.0%} "
                    f"· {skill['evidence']}")
        for mention in skill["mentions"][:5]:
            sentence, text = unbullet(mention["sentence"]), mention["text"]
            at = sentence.find(text)
            shown_sentence = (md(sentence) if at < 0 else
                              md(sentence[:at]) + f"**{md(text)}**" + md(sentence[at + len(text):]))
            st.markdown(f"- {shown_sentence}  \n  :gray[{md(mention['section'])} · {md(mention['match'])} "
                        f"match {mention['score']:g}]")
        if skill["explanation"]:
            st.caption("Score: " + md("; ".join(skill["explanation"])))


def gaps_tab(report: dict[str, Any]) -> None:
    import pandas as pd

    st.caption("**Missing**: no evidence yet. **Hidden**: you have it but it is only implied by a "
               "tool or a related skill, only listed or hedged — rewrite, don't relearn. "
               "**Weak**: shown, but thinly. Sorted by priority: the skill's weight times the "
               "credit still missing.")
    for key, fit in report["roles"].items():
        gaps = fit["missing"]
        st.header(f"{fit['name']} · {fit['score']:g}/100", anchor=False)
        if not gaps:
            st.success("No gaps: every skill of this profile is shown.", icon=":material/check_circle:")
            continue
        kinds = {k: sum(1 for g in gaps if g["kind"] == k) for k in GAP_LABELS}
        st.caption(" · ".join(f"{n} {k}" for k, n in kinds.items() if n)
                   + f" · evidence for {len(fit['matched'])} profile skills")
        shown = gaps
        if len(gaps) > GAPS_SHOWN and not st.toggle(f"Show all {len(gaps)} gaps",
                                                     key=f"all_gaps_{key}"):
            shown = gaps[:GAPS_SHOWN]
        st.dataframe(pd.DataFrame([{
            "skill": g["name"], "gap": GAP_LABELS.get(g["kind"], g["kind"]), "weight": g["weight"],
            "priority": g["importance"], "what to do": g["advice"]} for g in shown]),
            hide_index=True, key=f"gaps_{key}", height=280,
            column_config={"priority": st.column_config.NumberColumn(format="%.1f"),
                           "what to do": st.column_config.TextColumn(width="large")})


def plan_tab(report: dict[str, Any]) -> None:
    plan = report["learning_plan"]
    others = report.get("other_plans") or {}  # reports before schema 1.2 have none
    roles = report["roles"]
    if others and report["best_fit"] in roles:
        keys = [report["best_fit"], *(key for key in others if key in roles)]
        chosen = st.radio("Plan for", keys, key=widget_key("plan_for"), horizontal=True,
                          format_func=lambda key: roles[key]["name"]
                          + (" (best fit)" if key == report["best_fit"] else ""),
                          help="What to learn next when aiming for this role.")
        plan = plan if chosen == report["best_fit"] else others[chosen]
    if not plan:
        st.success("No learning steps: every profile skill is already shown.", icon=":material/check_circle:")
    else:
        hours = sum(step["hours"] for step in plan)
        st.caption(f"{len(plan)} steps, about {hours:g} hours in all, ranked by fit gained for the "
                   "time it takes (gain ÷ √hours, so a long step worth much still makes the list). "
                   "Each gain is the exact re-scored difference if you do that step alone. At most "
                   "two steps are rewrites of what you already have; the Gaps tab lists them all.")
    for step in plan:
        with st.container(border=True):
            gain = f":green[+{step['projected_gain']:g} fit points]"
            st.subheader(f"{step['rank']}. {md(step['name'])}", anchor=False)
            st.markdown(f"{gain} · ~{step['hours']:g} h · {md(step['cost'])}")
            st.markdown(f"{md(step['why'])}  \n**Do:** {md(step['action'])}")
            url = step.get("url") or ""
            link = f" — [{md(url)}]({url})" if re.match(r"https?://[^\s()]+$", url) else ""
            st.markdown(f"**Resource:** {md(step['resource'])} ({md(step['resource_type'])}){link}")
            st.markdown(f"**Then add a line like:** _{md(step['resume_line'])}_")
    if report["advice"]:
        st.header("Resume advice", anchor=False)
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
            st.caption(f"Read as: {section['kind'].replace('_', ' ')}")
            st.text(text[section["start"]:section["end"]].strip())


def show_report(report: dict[str, Any], coach: bool) -> None:
    headline(report)
    labels = TABS + ([COACH_TAB] if coach else [])
    if st.session_state.get("tab") not in labels:
        st.session_state.pop("tab", None)
    # Lazy tabs: only the open tab is computed and sent, so results show sooner after an
    # upload; switching tabs reruns the script on the cached report.
    tabs = st.tabs(labels, key="tab", on_change="rerun")
    views = [overview, skills_tab, gaps_tab, plan_tab, read_tab]
    for tab, view in zip(tabs, views, strict=False):
        if tab.open is not False:
            with tab:
                view(report)
    if coach and tabs[-1].open is not False:
        with tabs[-1]:
            coach_views()


# ----------------------------------------------------------------------------------- coach


def coach_views() -> None:
    import pandas as pd

    s = state()
    latest = {name: versions[-1] for name, versions in s["clients"].items() if versions}
    if not latest:
        st.info("No clients with a resume yet. Pick or add a client in the sidebar, then upload "
                "their resume: each upload becomes a version you can compare.", icon=":material/group:")
        return
    st.header("Clients", anchor=False)
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
    st.header(f"Compare versions — {md(s['active'])}", anchor=False)
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
        for role in diff["roles"].values():
            st.metric(f"{role['name']}: {before} → {after}", f"{role['after']:g}/100",
                      f"{role['delta']:+g} points", border=True)
    st.dataframe(pd.DataFrame([{
        "role": r["name"], "before": r["before"], "after": r["after"], "delta": r["delta"],
        "band": f"{r['band_before']} → {r['band_after']}",
        "gaps closed": len(r["gaps_closed"]), "gaps opened": len(r["gaps_opened"])}
        for r in diff["roles"].values()]), hide_index=True, key="cmp_table",
        column_config={"delta": st.column_config.NumberColumn(format="%+.1f")})
    for role in diff["roles"].values():
        with st.expander(f"{role['name']}: {len(role['gaps_closed'])} gaps closed, "
                         f"{len(role['gaps_opened'])} opened"):
            st.markdown(f"**Closed:** {md(', '.join(role['gaps_closed']) or 'none')}  \n"
                        f"**Opened:** {md(', '.join(role['gaps_opened']) or 'none')}")
    with st.expander(f"Skills: {len(diff['skills_added'])} added, {len(diff['skills_removed'])} "
                     "no longer found"):
        st.markdown(f"**Added:** {md(', '.join(diff['skills_added']) or 'none')}  \n"
                    f"**No longer found:** {md(', '.join(diff['skills_removed']) or 'none')}")


# ------------------------------------------------------------------------------------ main


def flash() -> None:
    message = state()["flash"]
    if message:
        kind, text = message
        {"success": st.success, "warning": st.warning, "error": st.error}[kind](md(text))
        state()["flash"] = None


def current_report(upload: Any, job: tuple[str, Any], coach: bool) -> dict[str, Any] | None:
    """The report to show: the upload's, the sample's, or (coach) the client's latest version."""
    s = state()
    if upload is not None:
        s["use_sample"] = False
        data: bytes | str = upload.getvalue()
        report = run_analysis(data, upload.name, job)
        if report is not None:
            remember_version(str(upload.file_id), data, report)
        return report
    if s["use_sample"]:
        data = sample_resume()
        report = run_analysis(data, "sample.txt", job)
        if report is not None:
            # Not saved as a version: in coach mode it would pose as the client's resume.
            st.caption(":material/description: Showing the sample resume of a fictional product manager.")
        return report
    if coach and s["clients"].get(s["active"]):
        version = s["clients"][s["active"]][-1]
        st.caption(f":material/history: Showing {md(version['label'])} of {md(s['active'])}, "
                   "saved earlier in this session.")
        return dict(version["report"])
    return None


def main() -> None:
    s = state()
    mode, export_slot = sidebar()
    coach = mode == "Career coach"
    st.title("Resume Gap Analyzer")
    st.markdown("How well does your resume fit a **Product Manager** or a **Technical Product Manager** "
                "role — and what should you learn next?")
    st.caption(PRIVACY_NOTICE)
    flash()
    if coach:
        st.markdown(f":material/person: Uploads are saved as versions of **{md(s['active'])}** "
                    "(change the client in the sidebar).")
    left, right = st.columns([3, 2], gap="medium")
    with left:
        upload = st.file_uploader(f"Upload a resume (PDF or .txt, up to {MAX_UPLOAD_MB} MB)",
                                  # .docx is accepted only to be answered with the analyzer's
                                  # "save it as PDF" message instead of the uploader's MIME error.
                                  type=["pdf", "txt", "docx"], key=widget_key("resume"),
                                  max_upload_size=MAX_UPLOAD_MB)
        if upload is None and st.button("Try a sample resume", key="sample", icon=":material/description:"):
            s["use_sample"] = True
    with right:
        job = job_inputs()
    report = current_report(upload, job, coach)
    if report is not None:
        try:
            show_report(report, coach)
        except (KeyError, TypeError, ValueError, AttributeError):
            if "document" in report:  # a fresh analysis: a bug, for the last guard below
                raise
            # A saved report, from an imported session file, can be malformed this way.
            st.error("This report could not be displayed: the session file it came from is "
                     "damaged or from an incompatible version.", icon=":material/error:")
    elif upload is None:
        st.info("Upload a resume, or try the sample, to see the PM and TPM fit, the skills found "
                "with their proof, the gaps and a learning plan.", icon=":material/upload_file:")
        if coach:
            coach_views()
    if export_slot is not None:
        export_button(export_slot)


try:
    main()
except Exception as exc:  # the last guard: a friendly message, never a traceback
    if st.get_option("global.appTest"):
        raise  # under AppTest, let the test see the real error
    logger.error("app.unexpected_error", extra={"error_type": type(exc).__name__})  # never content
    st.error(UNEXPECTED, icon=":material/error:")
