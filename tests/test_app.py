"""The dashboard through Streamlit's AppTest: uploads, errors, job target, coach, weights."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[1] / "streamlit_app.py")
TIMEOUT = 60


def _app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    return at


def _upload(at: AppTest, path: Path, mime: str = "application/pdf") -> AppTest:
    at.file_uploader(key="resume").set_value((path.name, path.read_bytes(), mime)).run()
    assert not at.exception
    return at


def _metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_start_page_invites_an_upload() -> None:
    at = _app()
    assert any("Upload a resume" in info.value for info in at.info)
    assert any("nothing is stored" in caption.value for caption in at.caption)


def test_good_pdf_shows_fit_metrics_and_tabs(pdf_dir: Path) -> None:
    at = _upload(_app(), pdf_dir / "persona_business_pm.pdf")
    metrics = _metrics(at)
    assert "Product Manager fit" in metrics
    assert "Technical Product Manager fit" in metrics
    assert metrics["Product Manager fit"].endswith("/100")
    assert [t.label for t in at.tabs] == ["Overview", "Skills", "Gaps", "Learning plan", "What we read"]
    assert not at.error


@pytest.mark.parametrize(("name", "code"), [("encrypted.pdf", "encrypted"), ("not_a_pdf.pdf", "not_pdf"),
                                            ("image_only.pdf", "no_text"), ("truncated.pdf", "malformed"),
                                            ("eleven_pages.pdf", "too_many_pages")])
def test_bad_files_show_a_friendly_error(pdf_dir: Path, name: str, code: str) -> None:
    at = _upload(_app(), pdf_dir / name)
    assert len(at.error) == 1
    assert f"`{code}`" in at.error[0].value
    assert "Traceback" not in at.error[0].value
    assert not _metrics(at)


def test_sample_then_clear_my_data() -> None:
    at = _app()
    at.button(key="sample").click().run()
    assert "Product Manager fit" in _metrics(at)
    at.button(key="clear").click().run()
    assert not at.exception
    assert not _metrics(at)


def test_job_description_adds_a_custom_role() -> None:
    at = _app()
    at.button(key="sample").click().run()
    job = ("Senior Product Manager\nRequirements:\n- Product strategy and roadmapping\n"
           "- SQL and A/B testing\n- Stakeholder management\nNice to have:\n- Figma\n- Pricing experience\n")
    at.text_area(key="job_text").set_value(job).run()
    assert not at.exception
    assert "Target job fit" in _metrics(at)


def test_weights_override_changes_the_score() -> None:
    at = _app()
    at.button(key="sample").click().run()
    before = _metrics(at)["Product Manager fit"]
    at.slider(key="w_coverage").set_value(1.0).run()
    after = _metrics(at)["Product Manager fit"]
    assert before != after


def test_coach_adds_clients_and_compares_versions(pdf_dir: Path) -> None:
    at = _app()
    at.radio(key="mode").set_value("Career coach").run()
    at.text_input(key="new_client").set_value("Client A").run()
    at.button(key="add_client").click().run()
    _upload(at, pdf_dir / "persona_marketer.pdf")
    _upload(at, pdf_dir / "persona_business_pm.pdf")
    assert not at.exception
    tables = [df.value for df in at.dataframe]
    assert any("client" in table.columns for table in tables)
    assert any("delta" in table.columns for table in tables)
