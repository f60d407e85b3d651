"""The dashboard through Streamlit's AppTest: uploads, errors, job target, coach, weights,
downloads, session export/import, custom taxonomy, clearing data.

AppTest runs the script in-process; download buttons are checked through the bytes Streamlit
stored for them (the media file storage is recorded by the ``downloads`` fixture).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pytest
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest

from analyzer import DEFAULT_CONFIG

APP = Path(__file__).resolve().parents[1] / "streamlit_app.py"
TIMEOUT = 60
JOB = ("Senior Product Manager\nRequirements:\n- Product strategy and roadmapping\n"
       "- SQL and A/B testing\n- Stakeholder management\nNice to have:\n- Figma\n- Pricing experience\n")
EXTENSION = {"roles": [{"id": "growth_pm", "name": "Growth PM", "description": "A coach's custom role.",
                        "skills": [{"skill": "experimentation", "weight": "core",
                                    "responsibility": "features"}]}]}


Downloads = dict[str, tuple[bytes, str | None]]


class _RecordingStorage(MemoryMediaFileStorage):
    """Media storage that also keeps every file in a shared dict, so tests can read downloads."""

    files: dict[str, tuple[bytes, str | None]] = {}  # noqa: RUF012 - shared across instances

    def load_and_get_id(self, path_or_data: str | bytes, mimetype: str, kind: object,
                        filename: str | None = None) -> str:
        file_id = super().load_and_get_id(path_or_data, mimetype, kind, filename)  # type: ignore[arg-type]
        self.files[file_id] = (self.get_file(file_id).content, filename)
        return file_id


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, tuple[bytes, str | None]]]:
    _RecordingStorage.files.clear()
    monkeypatch.setattr("streamlit.testing.v1.app_test.MemoryMediaFileStorage", _RecordingStorage)
    yield _RecordingStorage.files
    _RecordingStorage.files.clear()


def _download(at: AppTest, key: str, files: dict[str, tuple[bytes, str | None]],
              file_name: str | None = None) -> bytes:
    """The bytes behind download button ``key`` (and check its file name)."""
    url = at.download_button(key=key).proto.url
    data, name = files[url.rsplit("/", 1)[-1].split(".")[0]]
    if file_name is not None:
        assert name == file_name
    return data


def _app() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    at.run()
    _ok(at)
    return at


def _ok(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not any("Something unexpected" in e.value for e in at.error)


def _uploader(at: AppTest, name: str = "resume"):  # type: ignore[no-untyped-def]
    """The file uploader whose key is ``name_<nonce>_<bump>`` (a new key empties it)."""
    found = [u for u in at.file_uploader if re.fullmatch(rf"{name}_\d+_\d+", u.key or "")]
    assert len(found) == 1, [u.key for u in at.file_uploader]
    return found[0]


def _upload(at: AppTest, path: Path | None = None, *, name: str = "", data: bytes = b"",
            mime: str = "application/pdf") -> AppTest:
    if path is not None:
        name, data = path.name, path.read_bytes()
    _uploader(at).set_value((name, data, mime)).run()
    _ok(at)
    return at


def _open_tab(at: AppTest, label: str) -> AppTest:
    """Switch the report tab (tabs are lazy: only the open one is rendered)."""
    at.session_state["tab"] = label
    at.run()
    _ok(at)
    return at


def _metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def _score(at: AppTest, role: str = "Product Manager") -> float:
    return float(_metrics(at)[f"{role} fit"].split("/")[0])


def test_start_page_invites_an_upload() -> None:
    at = _app()
    assert any("Upload a resume" in info.value for info in at.info)
    assert any("never stored" in caption.value for caption in at.caption)
    assert at.button(key="sample").label == "Try a sample resume"
    assert not _metrics(at)


def test_the_app_never_caches_resume_data_across_users() -> None:
    source = APP.read_text(encoding="utf-8")
    assert not re.search(r"st\.cache_data\s*[(\n]|@st\.cache_data", source)


def test_good_pdf_shows_fit_metrics_tabs_and_downloads(pdf_dir: Path, downloads: Downloads) -> None:
    at = _upload(_app(), pdf_dir / "persona_business_pm.pdf")
    metrics = _metrics(at)
    assert set(metrics) == {"Product Manager fit", "Technical Product Manager fit", "Best fit"}
    assert metrics["Best fit"] == "PM"
    assert all(re.fullmatch(r"\d+(\.\d)?/100", metrics[f"{role} fit"])
               for role in ("Product Manager", "Technical Product Manager"))
    assert [t.label for t in at.tabs] == ["Overview", "Skills", "Gaps", "Learning plan", "What we read"]
    assert not at.error
    report = json.loads(_download(at, "download_json", downloads, "resume-gap-report.json"))
    assert report["roles"]["pm"]["score"] == _score(at)
    assert report["roles"]["tpm"]["score"] == _score(at, "Technical Product Manager")
    assert "document" not in report  # the resume text never goes into a download
    markdown = _download(at, "download_md", downloads, "resume-gap-report.md").decode("utf-8")
    assert "Product Manager" in markdown
    assert f"{report['roles']['pm']['score']:g}" in markdown


def test_what_we_read_shows_sections(pdf_dir: Path) -> None:
    at = _open_tab(_upload(_app(), pdf_dir / "two_column.pdf"), "What we read")
    assert any("Two-column layout" in w.value for w in at.warning)
    assert any("EXPERIENCE" in t.value for t in at.text)


@pytest.mark.parametrize(("name", "code"), [("encrypted.pdf", "encrypted"), ("not_a_pdf.pdf", "not_pdf"),
                                            ("image_only.pdf", "no_text"), ("truncated.pdf", "malformed"),
                                            ("eleven_pages.pdf", "too_many_pages"), ("empty.pdf", "empty")])
def test_bad_files_show_a_friendly_error(pdf_dir: Path, name: str, code: str) -> None:
    at = _upload(_app(), pdf_dir / name)
    assert len(at.error) == 1
    assert f"`{code}`" in at.error[0].value
    assert "We could not analyse this file" in at.error[0].value
    assert "Traceback" not in at.error[0].value
    assert not _metrics(at)


@pytest.mark.parametrize(("name", "data", "mime", "code"), [
    ("big.pdf", b"%PDF-1.4\n" + b"0" * (5 * 1024 * 1024 + 10), "application/pdf", "too_large"),
    ("binary.txt", b"\x00\x01\x02garbage\x00\x9f\x80", "text/plain", "not_pdf"),
])
def test_bad_bytes_show_a_friendly_error(name: str, data: bytes, mime: str, code: str) -> None:
    at = _upload(_app(), name=name, data=data, mime=mime)
    assert len(at.error) == 1
    assert f"`{code}`" in at.error[0].value


def test_app_keeps_working_after_a_bad_file(pdf_dir: Path) -> None:
    at = _upload(_app(), pdf_dir / "encrypted.pdf")
    assert at.error
    _upload(at, pdf_dir / "persona_technical_pm.pdf")
    assert not at.error
    assert "Technical Product Manager fit" in _metrics(at)


def test_text_resume_content_is_never_rendered_as_markup() -> None:
    text = ("Alex Doe\nEXPERIENCE\nProduct Manager, Acme (2019 - 2024)\n"
            "- Grew revenue from $2M to $3M with SQL dashboards [click](javascript:alert(1)) <b>x</b>\n"
            "SKILLS\nSQL, roadmapping, stakeholder management\n")
    at = _open_tab(_upload(_app(), name="resume.txt", data=text.encode(), mime="text/plain"), "Skills")
    at.selectbox(key="skill_pick").set_value("SQL & data querying").run()
    evidence = [m.value for m in at.markdown if "SQL" in m.value and "revenue" in m.value]
    assert evidence
    assert all("\\$2M" in value and "\\[click\\]" in value and "\\<b\\>" in value for value in evidence)


def test_sample_then_clear_my_data_empties_everything(pdf_dir: Path) -> None:
    at = _app()
    at.button(key="sample").click().run()
    assert "Product Manager fit" in _metrics(at)
    at.button(key="clear").click().run()
    _ok(at)
    assert not _metrics(at)
    at = _upload(at, pdf_dir / "persona_business_pm.pdf")
    first_key = _uploader(at).key
    assert _metrics(at)
    at.button(key="clear").click().run()
    _ok(at)
    assert not _metrics(at)
    assert _uploader(at).key != first_key  # a fresh, empty uploader
    assert _uploader(at).value is None
    assert at.session_state["cache"] == {}
    assert all(not versions for versions in at.session_state["clients"].values())
    assert any("cleared" in s.value for s in at.success)


def test_job_description_adds_a_custom_role() -> None:
    at = _app()
    at.button(key="sample").click().run()
    _job_box(at).set_value(JOB).run()
    _ok(at)
    assert "Target job fit" in _metrics(at)


def _job_box(at: AppTest):  # type: ignore[no-untyped-def]
    """The job description box, whose key changes with Clear my data (``job_text_<nonce>_0``)."""
    found = [t for t in at.text_area if re.fullmatch(r"job_text_\d+_\d+", t.key or "")]
    assert len(found) == 1, [t.key for t in at.text_area]
    return found[0]


def test_clear_my_data_forgets_the_job_description() -> None:
    at = _app()
    at.button(key="sample").click().run()
    _job_box(at).set_value(JOB).run()
    assert "Target job fit" in _metrics(at)
    at.button(key="clear").click().run()
    _ok(at)
    assert not _job_box(at).value
    at.button(key="sample").click().run()
    assert "Target job fit" not in _metrics(at)


def test_unusable_job_description_is_a_warning_not_an_error() -> None:
    at = _app()
    at.button(key="sample").click().run()
    _job_box(at).set_value("We are hiring. Apply now.").run()
    _ok(at)
    assert any("Job description not used" in w.value for w in at.warning)
    assert "Target job fit" not in _metrics(at)
    assert "Product Manager fit" in _metrics(at)


def test_job_description_upload(pdf_dir: Path) -> None:
    at = _app()
    at.button(key="sample").click().run()
    _uploader(at, "job_file").set_value(("job.txt", JOB.encode(), "text/plain")).run()
    _ok(at)
    assert "Target job fit" in _metrics(at)


def test_weights_override_changes_the_score_and_resets() -> None:
    at = _app()
    at.button(key="sample").click().run()
    before = _score(at)
    at.slider(key="w_coverage").set_value(1.0).run()
    changed = _score(at)
    assert changed < before  # a full fit now needs all the profile's evidence
    at.button(key="reset_weights").click().run()
    _ok(at)
    assert at.slider(key="w_coverage").value == pytest.approx(DEFAULT_CONFIG.target_coverage)
    assert _score(at) == before


def test_the_lean_sliders_set_the_share_kept_without_the_roles_side() -> None:
    at = _app()
    at.button(key="sample").click().run()
    kept = [c.value for c in at.caption if "of the role's own side" in c.value]
    assert kept
    assert f"keep {100 * DEFAULT_CONFIG.lean_floor['tpm']:.0f}–100 % (TPM)" in kept[0]
    assert f"{100 * DEFAULT_CONFIG.lean_floor['pm']:.0f}–100 % (PM)" in kept[0]
    at.slider(key="w_lean_pm").set_value(1.0).run()
    at.slider(key="w_lean_tpm").set_value(1.0).run()
    _ok(at)
    assert not [c.value for c in at.caption if "of the role's own side" in c.value]
    at.slider(key="w_lean_tpm").set_value(0.2).run()
    assert [c.value for c in at.caption if "keep 20–100 % (TPM) of" in c.value]


def test_custom_taxonomy_adds_a_role() -> None:
    at = _app()
    _uploader(at, "extension_file").set_value(("coach.json", json.dumps(EXTENSION).encode(),
                                               "application/json")).run()
    _ok(at)
    assert any("growth_pm" in s.value for s in at.success)
    at.button(key="sample").click().run()
    assert "Growth PM fit" in _metrics(at)


def test_invalid_custom_taxonomy_is_explained() -> None:
    at = _app()
    bad = {"skills": [{"id": "x_y", "name": "X", "category": "technical", "subcategory": "nope",
                       "description": "Invalid subcategory here."}]}
    bad_file = ("bad.json", json.dumps(bad).encode(), "application/json")
    _uploader(at, "extension_file").set_value(bad_file).run()
    _ok(at)
    assert any("subcategory" in e.value for e in at.error)
    at.button(key="sample").click().run()
    assert set(_metrics(at)) == {"Product Manager fit", "Technical Product Manager fit", "Best fit"}


def _coach_with_two_versions(pdf_dir: Path) -> AppTest:
    at = _app()
    at.radio(key="mode").set_value("Career coach").run()
    at.text_input(key="new_client").set_value("Client A").run()
    at.button(key="add_client").click().run()
    _ok(at)
    assert at.selectbox(key="client_select").value == "Client A"
    _upload(at, pdf_dir / "persona_marketer.pdf")
    _upload(at, pdf_dir / "persona_business_pm.pdf")
    return at


def test_coach_adds_clients_and_compares_versions(pdf_dir: Path) -> None:
    at = _open_tab(_coach_with_two_versions(pdf_dir), "Clients & versions")
    assert [t.label for t in at.tabs][-1] == "Clients & versions"
    versions = at.session_state["clients"]["Client A"]
    assert [v["label"] for v in versions] == ["v1", "v2"]
    tables = [df.value for df in at.dataframe]
    clients = next(t for t in tables if "client" in t.columns)
    assert list(clients["client"]) == ["Client A"]
    assert clients["versions"].iloc[0] == 2
    compare = next(t for t in tables if "delta" in t.columns)
    pm = compare[compare["role"] == "Product Manager"].iloc[0]
    assert pm["after"] == versions[1]["report"]["roles"]["pm"]["score"]
    assert pm["before"] == versions[0]["report"]["roles"]["pm"]["score"]
    assert pm["delta"] == pytest.approx(pm["after"] - pm["before"], abs=0.11)
    assert pm["delta"] > 0  # the PM persona fits PM better than the marketer
    assert pm["gaps closed"] > 0
    assert any(e.label.startswith("Product Manager: ") and "gaps closed" in e.label for e in at.expander)
    assert any("v1 → v2" in m.label for m in at.metric)


def test_coach_switching_client_does_not_copy_the_upload(pdf_dir: Path) -> None:
    at = _coach_with_two_versions(pdf_dir)
    _uploader(at, "extension_file").set_value(("coach.json", json.dumps(EXTENSION).encode(),
                                               "application/json")).run()
    at.selectbox(key="client_select").set_value("Client 1").run()
    _ok(at)
    assert at.session_state["clients"]["Client 1"] == []
    assert _uploader(at).value is None
    assert _uploader(at, "extension_file").value is not None  # the coach's taxonomy stays
    at.selectbox(key="client_select").set_value("Client A").run()
    assert any("v2 of Client A" in c.value for c in at.caption)  # the saved report is shown
    assert "Product Manager fit" in _metrics(at)


def test_the_sample_resume_is_never_saved_as_a_clients_version(pdf_dir: Path) -> None:
    at = _coach_with_two_versions(pdf_dir)
    _uploader(at).set_value(None).run()
    at.button(key="sample").click().run()
    _ok(at)
    assert "Product Manager fit" in _metrics(at)
    assert [v["label"] for v in at.session_state["clients"]["Client A"]] == ["v1", "v2"]


def test_weights_change_rescores_a_version_instead_of_adding_one(pdf_dir: Path) -> None:
    at = _open_tab(_coach_with_two_versions(pdf_dir), "Clients & versions")
    at.slider(key="w_share").set_value(1.0).run()
    _ok(at)
    versions = at.session_state["clients"]["Client A"]
    assert len(versions) == 2
    assert versions[1]["report"]["config"]["skills_share"] == 1.0
    assert any("different weights" in w.value for w in at.warning)


def test_session_export_then_import(pdf_dir: Path, downloads: Downloads) -> None:
    at = _coach_with_two_versions(pdf_dir)
    exported = _download(at, "export_session", downloads, "resume-gap-session.json")
    session = json.loads(exported)
    assert session["format"] == "resume-gap-session"
    assert [v["label"] for v in session["clients"]["Client A"]] == ["v1", "v2"]
    assert set(session["clients"]["Client A"][0]) == {"label", "report"}
    assert "document" not in session["clients"]["Client A"][0]["report"]  # no resume text

    fresh = _app()
    fresh.radio(key="mode").set_value("Career coach").run()
    _uploader(fresh, "import_session").set_value(("session.json", exported, "application/json")).run()
    fresh.button(key="load_session").click().run()
    _ok(fresh)
    assert any("Session loaded" in s.value for s in fresh.success)
    assert list(fresh.session_state["clients"]) == ["Client 1", "Client A"]
    assert fresh.selectbox(key="client_select").value == "Client A"  # the first with versions
    assert "Product Manager fit" in _metrics(fresh)
    _open_tab(fresh, "Clients & versions")
    assert any("delta" in df.value.columns for df in fresh.dataframe)
    _open_tab(fresh, "What we read")
    assert any("not kept in saved sessions" in i.value for i in fresh.info)


def test_importing_a_bad_session_file_is_explained() -> None:
    at = _app()
    at.radio(key="mode").set_value("Career coach").run()
    _uploader(at, "import_session").set_value(("x.json", b'{"format": "nope"}', "application/json")).run()
    at.button(key="load_session").click().run()
    _ok(at)
    assert any("not a resume-gap session" in e.value for e in at.error)


def test_every_tab_renders_for_a_report(pdf_dir: Path) -> None:
    at = _upload(_app(), pdf_dir / "persona_new_graduate.pdf")
    for label in ("Skills", "Gaps", "Learning plan", "What we read", "Overview"):
        _open_tab(at, label)
        assert not at.error
    _open_tab(at, "Gaps")
    assert any("what to do" in df.value.columns for df in at.dataframe)
    _open_tab(at, "Learning plan")
    assert any("fit points" in m.value for m in at.markdown)


def test_gaps_show_the_most_important_first_and_all_on_request(pdf_dir: Path) -> None:
    at = _open_tab(_upload(_app(), pdf_dir / "persona_new_graduate.pdf"), "Gaps")
    tables = [df.value for df in at.dataframe if "what to do" in df.value.columns]
    assert [len(t) for t in tables] == [12, 12]
    total = len(at.session_state["cache"][next(iter(at.session_state["cache"]))]["roles"]["pm"]["missing"])
    at.toggle(key="all_gaps_pm").set_value(True).run()
    tables = [df.value for df in at.dataframe if "what to do" in df.value.columns]
    assert len(tables[0]) == total > 12
    # A missing skill's advice says what to do (its learning step), not only that it is missing.
    from skills_taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    steps = {skill.name: taxonomy.learning[skill.id].action for skill in taxonomy.skills.values()
             if skill.id in taxonomy.learning}
    missing = tables[0][tables[0]["gap"] == "Missing"]
    with_steps = [(name, advice) for name, advice in zip(missing["skill"], missing["what to do"],
                                                          strict=True) if name in steps]
    assert with_steps
    assert all(advice.endswith(steps[name]) for name, advice in with_steps)


def test_versions_per_client_stay_within_what_a_session_file_accepts(pdf_dir: Path) -> None:
    from analyzer.session import MAX_VERSIONS

    at = _app()
    at.radio(key="mode").set_value("Career coach").run()
    for number in range(MAX_VERSIONS + 2):
        text = f"Alex Doe\nEXPERIENCE\nProduct Manager (2019 - 2024)\nSKILLS\nSQL, roadmapping {number}\n"
        _upload(at, name=f"v{number}.txt", data=text.encode(), mime="text/plain")
    labels = [v["label"] for v in at.session_state["clients"]["Client 1"]]
    assert len(labels) == MAX_VERSIONS
    assert labels[0] == "v3"
    assert labels[-1] == f"v{MAX_VERSIONS + 2}"


def test_charts_have_text_alternatives_and_the_report_data(pdf_dir: Path) -> None:
    at = _upload(_app(), pdf_dir / "persona_technical_pm.pdf")
    charts = [chart.proto for chart in at.get("vega_lite_chart")]
    assert len(charts) == 2
    positioning, responsibility = (pa.ipc.open_stream(chart.data.data).read_all().to_pylist()
                                   for chart in charts)
    assert charts[0].alt.startswith("PM to TPM positioning")
    assert "Overall +" in charts[0].alt
    assert "Product Manager Strategy" in charts[1].alt
    assert positioning[0]["side"] == "Leans TPM"
    assert {row["role"] for row in responsibility} == {"Product Manager", "Technical Product Manager"}
    assert json.loads(charts[1].spec)["encoding"]["x"]["scale"]["domain"] == [0, 100]
    # Axis and legend text at WCAG AA contrast on white (the theme's grey was 3.7:1).
    for chart in charts:
        config = json.loads(chart.spec)["config"]
        for part in ("axis", "legend"):
            for key in ("labelColor", "titleColor"):
                assert _contrast_on_white(config[part][key]) >= 4.5, (part, key)


def _contrast_on_white(colour: str) -> float:
    """WCAG contrast ratio of a #rrggbb colour against white."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)


def test_a_damaged_report_in_a_session_file_is_explained(pdf_dir: Path, downloads: Downloads) -> None:
    at = _coach_with_two_versions(pdf_dir)
    session = json.loads(_download(at, "export_session", downloads))
    del session["clients"]["Client A"][1]["report"]["positioning"]
    fresh = _app()
    fresh.radio(key="mode").set_value("Career coach").run()
    _uploader(fresh, "import_session").set_value(("s.json", json.dumps(session).encode(),
                                                  "application/json")).run()
    fresh.button(key="load_session").click().run()
    fresh.selectbox(key="client_select").set_value("Client A").run()
    assert not fresh.exception
    assert any("could not be displayed" in e.value for e in fresh.error)


def test_score_breakdown_table_shows_each_roles_scores(pdf_dir: Path, downloads: Downloads) -> None:
    at = _upload(_app(), pdf_dir / "persona_technical_pm.pdf")
    report = json.loads(_download(at, "download_json", downloads, "resume-gap-report.json"))
    tables = [m.value for m in at.markdown if m.value.startswith("| score |")]
    assert len(tables) == 1
    # Cells are escaped Markdown ('43\\.4'); compare what the reader sees.
    rows = [[re.sub(r"\\(.)", r"\1", cell.strip()) for cell in line.strip("|").split("|")]
            for line in tables[0].splitlines()]
    assert rows[1] == ["---"] * len(rows[0])
    roles = list(report["roles"].values())
    assert rows[0] == ["score", *(fit["name"] for fit in roles)]  # one narrow column per role
    by_measure = {row[0]: row[1:] for row in rows[2:]}
    assert by_measure["Fit"] == [f"{fit['score']:g}" for fit in roles]
    assert by_measure["Skills"] == [f"{fit['skills_score']:g}" for fit in roles]
    assert by_measure["Recruiter signals"] == [f"{fit['signals_score']:g}" for fit in roles]
    assert by_measure["Technical skills"] == [f"{fit['subscores']['category']['technical']:g}"
                                              for fit in roles]
    assert by_measure["Own side shown (%)"] == [f"{round(100 * fit['lean'])}" for fit in roles]
    signals = [m.value for m in at.markdown if m.value.startswith("| signal |")]
    assert len(signals) == 1
    assert signals[0].splitlines()[0].endswith("| evidence |")
    first = report["roles"]["pm"]["signals"][0]
    assert any(line.startswith(f"| {first['name'].capitalize()} | {first['value']:.0%} |")
               for line in signals[0].splitlines())


def test_the_plan_can_be_for_the_role_one_aims_at() -> None:
    # Plan review (ninth session): the plan followed the best-scoring role; a business PM who
    # wants to become a TPM got a PM plan. The other role's plan is one click away.
    at = _app()
    at.button(key="sample").click().run()
    _open_tab(at, "Learning plan")
    radio = next(r for r in at.radio if r.label == "Plan for")
    assert len(radio.options) == 2
    best = [h.value for h in at.subheader]
    radio.set_value(radio.options[1]).run()
    _ok(at)
    other = [h.value for h in at.subheader]
    assert other
    assert other != best
