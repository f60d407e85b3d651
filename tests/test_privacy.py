"""Privacy canary: a resume's content and its file name never reach a log, stderr or a file.

A synthetic resume carries a unique canary string (in its name line, a bullet, the skills and
an e-mail address) and is uploaded under a file name holding a second canary. It goes through
the CLI (in process, and as a subprocess with -v), the API and the dashboard (AppTest). Then:
no log record of any logger at DEBUG, no stderr, and no file modified since the test started
under the project folder, the temp folder or the home folder contains either canary, in its
contents or its path. The only files allowed to hold them are the inputs this test wrote.
"""

from __future__ import annotations

import io
import logging
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

from analyzer import AnalyzerError, analyze, read_document
from analyzer.cli import main as cli_main

pytestmark = pytest.mark.slow

CANARY = "Qzvlorpt Canary 7F3A9C"
"""Unique content: appears nowhere in the code base, taxonomy or any real text."""
NAME_CANARY = "Wexhollin-Filename-52D1"
"""Unique file-name part: an uploaded file's name is usually the person's name."""
CONTENT_TOKEN = CANARY.split(maxsplit=1)[0].lower()
NAME_TOKEN = NAME_CANARY.split("-", maxsplit=1)[0].lower()
"""Searched case-insensitively: the content token also hides in the e-mail address."""
PROJECT = Path(__file__).resolve().parents[1]
APP = str(PROJECT / "streamlit_app.py")
MAX_SCAN_BYTES = 20 * 1024 * 1024
SKIP_DIRS = {"/proc", "/sys", "/dev"}

RESUME_LINES = [
    f"{CANARY}",
    f"Senior Product Manager · {CANARY.lower().replace(' ', '.')}@example.com · 555-0142",
    "SUMMARY",
    f"Product manager who shipped the {CANARY} platform to 2 million users.",
    "EXPERIENCE",
    "Senior Product Manager, Example Corp — Jan 2020 – Present",
    f"• Led the {CANARY} roadmap with engineering and design; grew retention by 18%.",
    "• Ran A/B testing and SQL analysis for pricing; owned stakeholder management.",
    "Product Analyst, Sample Ltd — 2016 – 2019",
    "• Built dashboards in Tableau and wrote user stories in Jira.",
    "EDUCATION",
    "BSc Computer Science, Example University, 2016",
    "SKILLS",
    f"SQL, Python, Jira, roadmapping, A/B testing, {CANARY}",
]


def _resume_text() -> str:
    return "\n".join(RESUME_LINES) + "\n"


def _resume_pdf() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER, invariant=1)
    canvas.setTitle("Resume")  # no canary in the metadata either: it must not matter
    y = LETTER[1] - 72
    for line in RESUME_LINES:
        canvas.setFont("Helvetica-Bold" if line.isupper() else "Helvetica", 11)
        canvas.drawString(72, y, line.replace("·", "-").replace("•", "-").replace("—", "-")
                          .replace("–", "-"))
        y -= 16
    canvas.save()
    return buffer.getvalue()


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken record still counts with its raw parts
            message = f"{record.msg} {record.args}"
        self.messages.append(f"{record.name} {message} {record.exc_text or ''} {record.args!r}")


@pytest.fixture
def every_log(caplog: pytest.LogCaptureFixture) -> Iterator[_Records]:
    """Every logger, existing or created later, at DEBUG into one handler (plus caplog)."""
    caplog.set_level(logging.DEBUG)
    handler = _Records()
    root = logging.getLogger()
    loggers = [root, *(logging.getLogger(name) for name in list(logging.Logger.manager.loggerDict))]
    saved = [(logger, logger.level, logger.disabled) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.disabled = False
        logger.addHandler(handler)
    try:
        yield handler
    finally:
        for logger, level, disabled in saved:
            logger.setLevel(level)
            logger.disabled = disabled
            logger.removeHandler(handler)
        # Loggers created during the test propagate to root; they need no cleanup.
        handler.messages += [record.getMessage() for record in caplog.records]


def _assert_clean(text: str, where: str) -> None:
    lowered = text.lower()
    assert CONTENT_TOKEN not in lowered, f"resume content leaked into {where}"
    assert NAME_TOKEN not in lowered, f"file name leaked into {where}"


def _files_with_canary(marker: Path, allowed: set[Path]) -> list[str]:
    """Files changed after ``marker`` under the project, temp and home folders whose path or
    contents hold a canary (GNU find does the walk: it is ~20x faster than os.walk)."""
    roots = sorted({str(PROJECT), tempfile.gettempdir(), str(Path.home())})
    listing = subprocess.run(
        ["find", *roots, "-xdev", "(", "-path", "/proc", "-o", "-path", "/sys", ")", "-prune",
         "-o", "-type", "f", "-newer", str(marker), "-print0"],
        capture_output=True, timeout=120, check=False).stdout
    needles = [token.encode(encoding) for token in (CONTENT_TOKEN, NAME_TOKEN)
               for encoding in ("utf-8", "utf-16-le")]
    found: list[str] = []
    for raw in sorted(set(listing.split(b"\0")) - {b""}):
        path = Path(os.fsdecode(raw))
        if path in allowed:
            continue
        if NAME_TOKEN in str(path).lower():
            found.append(f"{path} (name)")
            continue
        try:
            if path.stat().st_size > MAX_SCAN_BYTES:
                continue
            data = path.read_bytes().lower()
        except OSError:
            continue
        if any(needle in data for needle in needles):
            found.append(str(path))
    return found


@pytest.fixture(scope="module")
def marker(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("privacy-marker") / "started"
    path.write_bytes(b"")
    time.sleep(0.05)  # files written after this are strictly newer
    return path


@pytest.fixture(scope="module")
def inputs(marker: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, set[Path]]:
    folder = tmp_path_factory.mktemp("privacy-inputs")
    pdf = folder / f"resume-{NAME_CANARY}.pdf"
    txt = folder / f"resume-{NAME_CANARY}.txt"
    bad = folder / f"broken-{NAME_CANARY}.pdf"
    pdf.write_bytes(_resume_pdf())
    txt.write_text(_resume_text(), encoding="utf-8")
    bad.write_bytes(b"%PDF-1.7\n" + f"1 0 obj ({CANARY}) endobj trailer".encode() + b"\xff" * 64)
    return pdf, txt, bad, {pdf, txt, bad}


def test_the_canary_resume_is_really_read(inputs: tuple[Path, Path, Path, set[Path]]) -> None:
    pdf, txt, _, _ = inputs
    assert CANARY in read_document(pdf).text
    assert CANARY in read_document(txt).text


def test_api_logs_no_content(inputs: tuple[Path, Path, Path, set[Path]], every_log: _Records,
                             capfd: pytest.CaptureFixture[str]) -> None:
    pdf, txt, bad, _ = inputs
    for source in (pdf.read_bytes(), txt.read_bytes(), pdf, txt, _resume_text()):
        report = analyze(source, include_text=True)
        assert report.document is not None
        assert CANARY in report.document.text
    with pytest.raises(AnalyzerError) as info:
        analyze(bad)
    _assert_clean(info.value.message, "an error message")
    _assert_clean(str(info.value), "an error's text")
    assert every_log.messages, "logging was not captured"
    _assert_clean("\n".join(every_log.messages), "a log record")
    _out, err = capfd.readouterr()
    _assert_clean(err, "stderr")


def test_the_shared_vocabulary_keeps_no_resume_words() -> None:
    """spaCy's vocabulary is shared by every analysis in a server process: words it learns
    from one resume (names, addresses) must not stay in it, nor make it grow per upload."""
    from analyzer.nlp import get_matcher
    from skills_taxonomy import load_taxonomy

    strings = get_matcher(load_taxonomy()).nlp.vocab.strings
    analyze(_resume_text())  # warm: the first analysis may build the matcher
    before = len(strings)
    report = analyze(_resume_text())
    assert report.skills, "the canary resume has skills"
    analyze("Yxomdrel Plavinski\nyxomdrel@example.org\nSkills: Python, SQL, Qorvathic")
    assert len(strings) == before
    for word in (*CANARY.split(), "Yxomdrel", "yxomdrel@example.org", "Qorvathic"):
        assert word not in strings, word
        assert word.lower() not in strings, word


@pytest.mark.parametrize("command", [["analyze", "--format", "json", "--include-text"],
                                     ["analyze", "--format", "markdown"], ["text"]])
def test_cli_in_process_logs_no_content(inputs: tuple[Path, Path, Path, set[Path]],
                                        every_log: _Records, capsys: pytest.CaptureFixture[str],
                                        command: list[str]) -> None:
    pdf, txt, bad, _ = inputs
    for path in (pdf, txt):
        assert cli_main(["-v", *command[:1], str(path), *command[1:]]) == 0
        out, err = capsys.readouterr()
        assert out.strip()
        _assert_clean(err, "CLI stderr")
    assert cli_main(["-v", command[0], str(bad)]) == 3
    out, err = capsys.readouterr()
    assert err.startswith("error [")
    _assert_clean(out + err, "CLI output for a broken file")
    _assert_clean("\n".join(every_log.messages), "a log record")


def test_cli_subprocess_stderr_has_no_content(inputs: tuple[Path, Path, Path, set[Path]]) -> None:
    pdf, _, bad, _ = inputs
    env = {**os.environ, "PYTHONWARNINGS": "default"}
    for path, expected in ((pdf, 0), (bad, 3)):
        result = subprocess.run(
            [sys.executable, "-m", "analyzer", "-v", "analyze", str(path), "--format", "json"],
            capture_output=True, text=True, timeout=120, check=False, cwd=PROJECT, env=env)
        assert result.returncode == expected, result.stderr[-2000:]
        assert "isolation.parsed" in result.stderr
        _assert_clean(result.stderr, "the CLI's stderr")


def _resume_uploader(at: Any) -> Any:
    """The resume uploader: key "resume", or "resume_<nonce>[_<bump>]" (a new key empties it)."""
    found = [u for u in at.file_uploader if re.fullmatch(r"resume(?:_\d+){0,2}", u.key or "")]
    assert len(found) == 1, [u.key for u in at.file_uploader]
    return found[0]


def test_dashboard_keeps_content_in_session_only(inputs: tuple[Path, Path, Path, set[Path]],
                                                 every_log: _Records,
                                                 capfd: pytest.CaptureFixture[str]) -> None:
    from streamlit.testing.v1 import AppTest

    pdf, txt, bad, _ = inputs
    at = AppTest.from_file(APP, default_timeout=90)
    at.run()
    assert not at.exception
    for path, mime in ((pdf, "application/pdf"), (txt, "text/plain")):
        _resume_uploader(at).set_value((path.name, path.read_bytes(), mime)).run()
        assert not at.exception
        assert not at.error, [e.value for e in at.error]
        assert any("fit" in metric.label for metric in at.metric)
    _resume_uploader(at).set_value((bad.name, bad.read_bytes(), "application/pdf")).run()
    assert not at.exception
    assert at.error
    for element in at.error:
        _assert_clean(element.value, "the dashboard's error message")
    _assert_clean("\n".join(every_log.messages), "a log record")
    _out, err = capfd.readouterr()
    _assert_clean(err, "stderr")


def test_no_file_written_holds_the_canary(inputs: tuple[Path, Path, Path, set[Path]],
                                         marker: Path) -> None:
    """Runs last in this module: every upload above is done by now."""
    leaked = _files_with_canary(marker, inputs[3])
    assert not leaked, f"canary found in files: {leaked}"
