"""The resume-gap command line: outputs, exit codes, one-line errors without content."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer.cli import main


def test_text_json_has_documented_fields(pdf_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["text", str(pdf_dir / "single_column.pdf"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"text", "pages", "sections", "lines", "links", "warnings"} <= set(data)
    assert data["pages"] == 2
    for section in data["sections"]:
        assert {"kind", "heading", "start", "end"} <= set(section)
    for line in data["lines"]:
        assert data["text"][line["start"]:line["end"]] == line["text"]


def test_text_plain_labels_sections(pdf_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["text", str(pdf_dir / "header_band.pdf")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("[header]\n")
    assert "\n[experience]\nEXPERIENCE\n" in out


@pytest.mark.parametrize(("name", "code"), [("encrypted.pdf", "encrypted"),
                                            ("not_a_pdf.pdf", "not_pdf"),
                                            ("image_only.pdf", "no_text")])
def test_input_errors_exit_3_with_one_line(pdf_dir: Path, capsys: pytest.CaptureFixture[str],
                                           name: str, code: str) -> None:
    assert main(["text", str(pdf_dir / name)]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"error [{code}]: ")
    assert err.count("\n") == 1
    assert name not in err


def test_missing_file_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["text", str(tmp_path / "nope.pdf")]) == 3
    assert "error [input_error]" in capsys.readouterr().err


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run([sys.executable, "-m", "analyzer", "--version"], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0
    assert result.stdout.startswith("resume-gap ")
