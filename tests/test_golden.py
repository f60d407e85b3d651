"""Golden-text comparisons: each good fixture's text in reading order, compared exactly.

Regenerate after an intended change with ``resume-gap text FIXTURE > tests/golden/NAME.txt``
and review the diff line by line: a golden file is a claim about what a person reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import GOLDEN_DIR, PDF_DIR

from analyzer.cli import main

NAMES = sorted(path.stem for path in GOLDEN_DIR.glob("*.txt"))


def test_every_good_fixture_has_a_golden_file() -> None:
    assert set(NAMES) == {"single_column", "two_column", "sidebar_left", "sidebar_right",
                          "header_band", "tight_kerning", "icons_bullets", "hyphenation",
                          "owner_password_only", "web_typography"}


@pytest.mark.parametrize("name", NAMES)
def test_text_matches_golden(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["text", str(PDF_DIR / f"{name}.pdf")]) == 0
    expected = (GOLDEN_DIR / f"{name}.txt").read_text(encoding="utf-8")
    assert capsys.readouterr().out == expected


def test_regression_bullet_wrapped_across_lines_is_one_line(pdf_dir: Path) -> None:
    # Bug: a bullet wrapped by the layout stayed two lines ('streaming' / 'APIs.').
    text = (GOLDEN_DIR / "sidebar_right.txt").read_text(encoding="utf-8")
    assert "• Write technical specs and user stories with engineering for streaming APIs." in text


def test_regression_browser_typography_reads_as_words() -> None:
    # Bugs: CSS letter-spacing read as 'S K I L L S' (every letter a word, headings lost);
    # small caps as 'E DUCATION' (the size changes after the first letter); soft hyphens as
    # 'roadm apping' (Chromium writes them as zero-width blanks).
    text = (GOLDEN_DIR / "web_typography.txt").read_text(encoding="utf-8")
    for expected in ("ILSE MARCHBANK", "WORK EXPERIENCE", "EDUCATION", "SKILLS", "roadmapping",
                     "interviews", "Kubernetes"):
        assert expected in text, expected
    for broken in ("S K I", "E DUCATION", "roadm apping", "Kuber netes"):
        assert broken not in text, broken
    # List markers drawn as discs are bullets, and a bullet wrapped before a capital is one
    # line ('… Python and SQL' / 'Server, saving …' was two, and 'SQL Server' was lost).
    assert "• Automated weekly claims reporting in Python and SQL Server, saving" in text


def test_browser_typography_keeps_sections_and_skills(pdf_dir: Path) -> None:
    from analyzer import extract_skills, read_document

    document = read_document(pdf_dir / "web_typography.pdf")
    assert [s.kind for s in document.sections] == ["header", "experience", "education", "skills"]
    found = {hit.id for hit in extract_skills(document) if hit.evidence == "demonstrated"}
    assert {"roadmapping", "customer_interviews", "kubernetes", "sql_server"} <= found


def test_regression_list_across_page_break_is_joined() -> None:
    # Bug: the skills list broke at the page boundary ('Amplitude,' / 'Jira, …').
    text = (GOLDEN_DIR / "single_column.txt").read_text(encoding="utf-8")
    assert "SQL, Amplitude, Jira, Figma, Confluence" in text


def test_regression_dingbat_icons_are_not_bullets() -> None:
    # Bug: a ZapfDingbats pointing hand (extracted as '*') became a bullet.
    text = (GOLDEN_DIR / "icons_bullets.txt").read_text(encoding="utf-8")
    assert "\nlinkedin.com/in/noemie-castellane" in text
    assert "• linkedin" not in text


def test_regression_sidebar_name_comes_first() -> None:
    # Bug: the name at the top of the main column was read after the whole left sidebar.
    text = (GOLDEN_DIR / "sidebar_left.txt").read_text(encoding="utf-8")
    assert text.startswith("[header]\nInes Marchetti-Hale\nSenior Product Manager\n")
