"""The Document model: offsets, sections, links, for PDFs and plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer import Document, NotPdfError, document_from_text, read_document
from analyzer.sections import heading_kind

GOOD = ["single_column.pdf", "two_column.pdf", "sidebar_left.pdf", "sidebar_right.pdf",
        "header_band.pdf", "tight_kerning.pdf", "icons_bullets.pdf", "hyphenation.pdf",
        "owner_password_only.pdf"]


def _check_offsets(document: Document) -> None:
    for line in document.lines:
        assert document.text[line.start:line.end] == line.text
    for section in document.sections:
        assert 0 <= section.start <= section.end <= len(document.text)
    starts = [s.start for s in document.sections]
    assert starts == sorted(starts)


@pytest.mark.parametrize("name", GOOD)
def test_pdf_offsets_are_exact(pdf_dir: Path, name: str) -> None:
    _check_offsets(read_document(pdf_dir / name))


@pytest.mark.parametrize(("heading", "kind"), [
    ("Top Skills", "skills"), ("Core Competencies", "skills"),
    ("Programs, Skills, Software", "skills"), ("Tools & Technologies", "skills"),
    ("Professional Experience", "experience"), ("Work History", "experience"),
    ("Leadership", "other"), ("Certifications & Training", "certifications"),
    ("Additional", "other"), ("EDUCATION", "education"), ("Summary:", "summary"),
    ("Selected Projects", "projects"), ("COMPUTER SKILLS", "skills"), ("IT Skills", "skills"),
    ("Technical Knowledge:", "skills"), ("Project Management", None),
    ("Led the product roadmap.", None), ("Experience with Jira and Confluence", None),
    # A compound names its last noun; an overview, a coordination or an 'of' phrase its first.
    ("CAREER OBJECTIVE", "summary"), ("Career Summary", "summary"),
    ("EDUCATIONAL QUALIFICATION", "education"), ("Academic Projects", "projects"),
    ("Skills Summary", "skills"), ("Education & Certifications", "education"),
    ("Summary of Qualifications", "summary"), ("Career History", "experience"),
    ("Academic Background", "education"), ("Career", "experience"),
    # An academic CV's sections.
    ("ACADEMIC APPOINTMENTS", "experience"), ("RESEARCH PROJECTS", "projects"),
    ("Teaching Experience", "experience"), ("TEACHING", "experience"), ("GRANTS", "other"),
    ("Research", None), ("Industry Experience", "experience"),
    # A year makes a line an item: a certificate's wrapped tail, not a heading.
    ("Certification, 2022", None), ("Certificate 2021", None),
    # Design review 4: headings real resumes use that opened no section.
    ("PROFESSIONAL BACKGROUND", "experience"), ("Positions Held", "experience"),
    ("Educational Background", "education"), ("SKILLS MATRIX", "skills"),
    ("Technical Background", "skills"),
    # Judgment review 8: headings in other languages, alone or beside the English one.
    ("BERUFSERFAHRUNG / PROFESSIONAL EXPERIENCE", "experience"), ("EXPÉRIENCE", "experience"),
    ("FORMATION", "education"), ("Formação acadêmica", "education"),
    ("Experiencia laboral", "experience"), ("KENNTNISSE / SKILLS", "skills"),
    ("Sales / Marketing", None),
    ("BOARD & ADVISORY", "other"), ("Achievements", "projects"),
    # Design review 6: the summary in German and French ('Profil'), Spanish ('Perfil').
    ("PROFIL", "summary"), ("Kurzprofil", "summary"), ("Perfil profesional", "summary"),
    # Judgment review 11: a career told in prose, terse engineers' headings.
    ("CAREER NARRATIVE", "experience"), ("My Journey", "experience"), ("SCHOOL", "education"),
    ("TECH", "skills"), ("Professional Trainings", "certifications"),
    # Project-style resumes: what was done with the projects.
    ("Projects Undertaken", "projects"), ("PROJECTS HANDLED", "projects"),
    ("Projects Worked On", "projects"), ("Worked on", None),
])
def test_heading_vocabulary(heading: str, kind: str | None) -> None:
    assert heading_kind(heading) == kind


def test_an_unknown_heading_in_capitals_ends_the_skills_list() -> None:
    # Judgment review 11: a heading the vocabulary does not know ('WHERE I HAVE WORKED') left a
    # career told in paragraphs inside the skills section above it, every skill 'listed'.
    text = ("Jane Roe\nSKILLS\nSQL, Jira, Figma\n\nWHERE I HAVE WORKED\n"
            "For six years I have run the payments roadmap at Lumen, working with sales and "
            "engineering every week.\n\nEDUCATION\nBSc Economics, 2015\n")
    sections = {line.text[:20]: (line.section, line.heading)
                for line in document_from_text(text).lines}
    assert sections["WHERE I HAVE WORKED"] == ("other", True)
    assert sections["For six years I have"] == ("other", False)
    assert sections["SQL, Jira, Figma"] == ("skills", False)


def test_a_list_of_skills_in_capitals_stays_in_the_skills_section() -> None:
    # The same shape without a paragraph under it is an item: 'PROJECT MANAGEMENT' in a
    # one-per-line list of skills in capitals.
    text = "Jane Roe\nSKILLS\nPROJECT MANAGEMENT\nDATA ANALYSIS\nSQL AND PYTHON\n"
    assert [line.section for line in document_from_text(text).lines][1:] == ["skills"] * 4


def test_text_document_keeps_offsets_of_the_input() -> None:
    text = "Ana Ruiz\r\nana@example.com\r\n\r\nSKILLS\r\nSQL, Jira\r\n\r\nExperience\r\nPM at X\r\n"
    document = document_from_text(text)
    _check_offsets(document)
    assert document.text == text
    assert [(s.kind, s.heading) for s in document.sections] == [
        ("header", ""), ("skills", "SKILLS"), ("experience", "Experience")]
    assert document.links[0].kind == "email"


ESCAPED_MARKS = [
    # (text as given, the same text as a document reads it)
    (r"\xe2\x80\xa2 SQL \xe2\x80\xa2 Jira", "•            SQL •            Jira"),
    (r"Smith, \xe2\x80\x9cA Survey\xe2\x80\x9d, 2019",
     "Smith,            “A Survey”           , 2019"),
    (r"PMP\xc2\xae  nbsp\xc2\xa0here", "PMP®         nbsp        here"),
    # Letters stay as written: a word is never split and a skill's text is the input's.
    (r"Resum\xc3\xa9 writing", r"Resum\xc3\xa9 writing"),
    (r"Master\xe2\x80\x99s degree", r"Master\xe2\x80\x99s degree"),
    # A hyphen or an apostrophe inside a word keeps the word whole, next to an escaped letter too.
    (r"T\xe2\x80\x91SQL, SSIS", r"T\xe2\x80\x91SQL, SSIS"),
    (r"Andr\xc3\xa9\xe2\x80\x99s notes", r"Andr\xc3\xa9\xe2\x80\x99s notes"),
    # An escaped ASCII character and bytes that are not UTF-8 stay as written.
    (r"CI\x2fCD \xff\xfe \xe2\x80", r"CI\x2fCD \xff\xfe \xe2\x80"),
    ("no escapes at all", "no escapes at all"),
]


@pytest.mark.parametrize(("given", "read"), ESCAPED_MARKS)
def test_marks_written_as_escaped_bytes_are_read_in_place(given: str, read: str) -> None:
    # Text that went through a bytes repr; offsets must stay offsets into the text as given.
    document = document_from_text(f"Ana Ruiz\nSkills\n{given}\n")
    _check_offsets(document)
    assert document.text == f"Ana Ruiz\nSkills\n{read}\n"
    assert len(document.text) == len(f"Ana Ruiz\nSkills\n{given}\n")


def test_inline_heading_opens_a_section() -> None:
    document = document_from_text("Jo Park\nSummary\nBuilder.\nSkills: SQL, Python\n")
    assert document.section_at(document.text.index("SQL")) == "skills"


def test_two_column_reads_columns_in_order(pdf_dir: Path) -> None:
    document = read_document(pdf_dir / "two_column.pdf")
    assert document.columns == 2
    assert any(w.code == "multi_column" for w in document.warnings)
    text = document.text
    # Every EXPERIENCE line comes before EDUCATION, never interleaved on one line.
    assert "EXPERIENCE EDUCATION" not in text
    assert text.index("Larkspur Payments") < text.index("EDUCATION")


def test_tight_kerning_keeps_spaces(pdf_dir: Path) -> None:
    text = read_document(pdf_dir / "tight_kerning.pdf").text
    assert "Led roadmap planning in Java and Python for payments" in text
    assert "inJava" not in text


def test_hyphenation_is_repaired(pdf_dir: Path) -> None:
    text = read_document(pdf_dir / "hyphenation.pdf").text
    assert "management" in text
    assert "manage-" not in text
    assert "stakeholders" in text
    assert "cross-functional" in text


def test_icons_and_ligatures_are_normalised(pdf_dir: Path) -> None:
    document = read_document(pdf_dir / "icons_bullets.pdf")
    text = document.text
    assert "\uf0b7" not in text
    assert "ﬁ" not in text
    assert "\xa0" not in text
    assert "financial" in text
    assert "workflow" in text
    assert "“" not in text
    assert "’" not in text
    assert all(not line.text.startswith(("▪", "–", "-")) for line in document.lines)


def test_links_are_structured(pdf_dir: Path) -> None:
    links = read_document(pdf_dir / "single_column.pdf").links
    kinds = {link.kind for link in links}
    assert {"email", "linkedin", "github"} <= kinds
    assert all(link.uri for link in links)


@pytest.mark.parametrize(("heading", "kind", "topic"), [
    ("REFEREES", "other", "references"), ("References", "other", "references"),
    ("Reference", None, None), ("Selected Publications", "other", "publications"),
    ("Bibliography", "other", "publications"), ("Selected Papers", "other", "publications"),
    ("Hobbies & Interests", "other", "interests"), ("Personal Interests", "other", "interests"),
    ("Professional Interests", "other", None), ("Research Interests", "other", None),
    ("Interests and Skills", "other", None), ("Languages and Interests", "other", None),
    ("Tech Stack", "skills", None), ("Awards", "other", None),
    # 'Personal', 'Other' and 'Additional' qualify a noun beside them, and a 'Languages'
    # heading with a technical word lists programming languages.
    ("PERSONAL SUMMARY", "summary", None), ("Personal Profile", "summary", None),
    ("OTHER SKILLS AND STRENGTHS", "skills", None),
    ("Technical and Personal Skills", "skills", None), ("Special Skills", "skills", None),
    ("Languages and Software", "skills", None), ("Computer Languages", "skills", None),
    ("Languages/Technologies", "skills", None), ("Personal Details", "other", None),
    ("Additional Information", "other", None), ("Languages", "other", None),
    ("Executive Summary", "summary", None),
    # Talks beside publications are the same list; talks alone are the candidate's to tell.
    ("Publications / Presentations", "other", "publications"), ("Invited Talks", "other", None),
])
def test_heading_kind_and_topic(heading: str, kind: str | None, topic: str | None) -> None:
    from analyzer.sections import heading_kind, heading_topic

    assert heading_kind(heading) == kind
    assert heading_topic(heading) == topic


def test_a_windows_1252_text_file_is_read_as_text() -> None:
    # Notepad and Word in a Western locale save .txt as Windows-1252, not UTF-8.
    text = "José Núñez – Product Manager\nSKILLS\nSQL, roadmapping\n"
    document = read_document(text.encode("cp1252"), filename="resume.txt")
    assert document.text.startswith("José Núñez – Product Manager")


def test_binary_bytes_are_not_taken_for_windows_1252_text() -> None:
    data = bytes(range(128, 256)) * 20 + b"SKILLS SQL"
    with pytest.raises(NotPdfError) as raised:
        read_document(data, filename="resume.txt")
    assert raised.value.code == "not_pdf"


def test_skill_group_labels_on_their_own_line_stay_in_skills() -> None:
    # Bug: 'Languages' or 'Leadership' alone on a line under SKILLS opened an 'other' section,
    # so the skills after it lost their list context ('Go', 'R' were dropped).
    text = ("Ana Example\nSKILLS\nLanguages\nPython, Go, R\nLeadership\nMentoring, hiring\n"
            "Data & cloud\nBigQuery, AWS\nINTERESTS\nChess, hiking\n")
    document = document_from_text(text)
    assert [(s.kind, s.heading) for s in document.sections] == [
        ("header", ""), ("skills", "SKILLS"), ("other", "INTERESTS")]


@pytest.mark.parametrize(("text", "start", "end"), [
    # A month ending a range counts in full ('Jan'19 – Mar'22' ends with March), as does the
    # month a running range is in; a year alone ends in January (eighth session).
    ("Duration: 15/06/2021 to Till Date", 2021 + 5 / 12, 2026 + 11 / 12),  # day first
    ("01/08/2019 to 10/06/2021", 2019 + 7 / 12, 2021 + 6 / 12),
    ("06/15/2019 - 03/20/2021", 2019 + 5 / 12, 2021 + 3 / 12),  # US order: 15 is no month
    ("15 June 2021 - till date", 2021 + 5 / 12, 2026 + 11 / 12),
    ("03.2018 – today", 2018 + 2 / 12, 2026 + 11 / 12),
    ("Jun 2019 - Present", 2019 + 5 / 12, 2026 + 11 / 12),
    ("2019 to date", 2019.0, 2026 + 11 / 12),
    # Judgment-review finding: year first with '~', as Korea, Japan and China write it.
    ("2021.03 ~ Now", 2021 + 2 / 12, 2026 + 11 / 12),
    ("2019.01 ~ 2021.02", 2019.0, 2021 + 2 / 12),
    ("2020/09 – 2023/06", 2020 + 8 / 12, 2023 + 6 / 12),
    ("2018 – 2021-22", 2018.0, 2021.0),  # an academic year's tail is no month
    # Judgment review, round 4: a month with an apostrophe and two digits, as Indian
    # resumes often write it (an India marketplace PM read 0 years).
    ("Apr'22 - Till Date", 2022 + 3 / 12, 2026 + 11 / 12),
    # Judgment review 12: ranges drawn with an arrow (a developer-tools TPM read 0 years).
    ("Mar 2021 → Present", 2021 + 2 / 12, 2026 + 11 / 12),
    ("Jan 2018 -> Feb 2021", 2018.0, 2021 + 2 / 12),
    ("Jan'19 – Mar'22", 2019.0, 2022 + 3 / 12),
    ("Jun’98 – Dec’03", 1998 + 5 / 12, 2004.0),
    # Design review 4: a running range written with its start only, and quarters.
    ("Senior Product Owner, N26, since 03/2021", 2021 + 2 / 12, 2026 + 11 / 12),
    ("Product Owner (Since March 2020)", 2020 + 2 / 12, 2026 + 11 / 12),
    ("Senior Product Owner, N26, 03/2021 –", 2021 + 2 / 12, 2026 + 11 / 12),
    ("Product Manager, Jan 2019 –\nDec 2021", 2019.0, 2022.0),  # the end on the next line
    ("PM, Acme, Q3 2019 – Q2 2021", 2019.5, 2021.5),  # a quarter ends with its third month
    # Judgment review 8: 'present' in German, Portuguese and French.
    ("Product Owner, 03/2019 - heute", 2019 + 2 / 12, 2026 + 11 / 12),
    ("Gerente de Produto, 2022 – atual", 2022.0, 2026 + 11 / 12),
    ("Chef de produit, 09/2020 – aujourd'hui", 2020 + 8 / 12, 2026 + 11 / 12),
    # Design review 5: year first with a hyphen between, as Chinese resumes write it.
    ("2019.07-2021.06 | Hangzhou Example Technology | Product Manager", 2019.5, 2021.5),
    ("2021.07-Present | Example Co. | Product Manager", 2021.5, 2026 + 11 / 12),
    # Design review 6: month names in French, German, Spanish and Italian (a French CV read
    # 5.9 of about 11 years).
    ("Chef de produit, déc. 2015 – août 2019", 2015 + 11 / 12, 2019 + 8 / 12),
    ("Chargée de produit, févr. 2012 – juil. 2014", 2012 + 1 / 12, 2014 + 7 / 12),
    ("Produktmanagerin, März 2017 – Dez. 2020", 2017 + 2 / 12, 2021.0),
    ("Product Owner, Okt 2014 – Mai 2016", 2014 + 9 / 12, 2016 + 5 / 12),
    ("Gerente de producto, enero 2018 – diciembre 2020", 2018.0, 2021.0),
    ("Responsable produit, avr. 2016 – juin 2018", 2016 + 3 / 12, 2018 + 6 / 12),
])
def test_date_ranges_as_the_world_writes_them(text: str, start: float, end: float) -> None:
    from datetime import date

    from analyzer.timeline import find_ranges

    (found,) = find_ranges(text, today=date(2026, 11, 26))
    assert (found.start, found.end) == (pytest.approx(start), pytest.approx(end))


def test_since_in_a_sentence_is_no_range() -> None:
    from datetime import date

    from analyzer.timeline import find_ranges

    assert find_ranges("Maintained the billing service since 2015 for 3 teams.",
                       today=date(2026, 11, 26)) == []


def test_a_resume_without_headings_reads_its_dated_roles_as_experience() -> None:
    # Judgment-review finding: a terse resume that prints only its roles (no 'Experience'
    # heading) had no experience at all: 0 product years, 14 points.
    text = ("Tomasz Example\ntomasz@example.com | Chicago, IL\n\n"
            "Senior Product Manager, Example Payments (Feb 2021 – Present)\n"
            "• Checkout for 40k merchants. Conversion +11%.\n\n"
            "Product Manager, Example Payments (Jun 2018 – Jan 2021)\n"
            "• Merchant onboarding. Time to first payment 9 days -> 2.\n\n"
            "BS Economics, Example University (2011 – 2015)\n")
    document = document_from_text(text)
    kinds = {line.text.strip(): line.section for line in document.lines if line.text.strip()}
    assert kinds["Senior Product Manager, Example Payments (Feb 2021 – Present)"] == "experience"
    assert kinds["• Merchant onboarding. Time to first payment 9 days -> 2."] == "experience"
    assert kinds["BS Economics, Example University (2011 – 2015)"] == "education"
    assert kinds["Tomasz Example"] == "header"


def test_a_narrative_resume_without_headings_reads_its_roles_as_experience() -> None:
    # Judgment review 8: roles told in paragraphs, each title over a line of dates, with no
    # Experience heading: 0 years, and a Head of Product scored 26 for PM.
    from datetime import date

    from analyzer.timeline import experience_years

    text = ("Siobhan Example\nsiobhan@example.com\n\n"
            "Head of Product, Kindred Super\n2019 – 2025\n\n"
            "I built the product function from two product managers to a team of nine and set "
            "the product vision and the three-year strategy with the board.\n\n"
            "Senior Product Manager, Bankwest Digital\n2015 – 2019\n"
            "Owned online home-loan applications and ran customer interviews and usability "
            "testing with the delivery team.\n\nEDUCATION\nBCom, University of Melbourne, 2011\n")
    document = document_from_text(text)
    kinds = {line.text: line.section for line in document.lines}
    assert kinds["Head of Product, Kindred Super"] == "experience"
    assert experience_years(document, today=date(2026, 11, 26)) == 10.0


def test_a_role_with_a_line_about_its_employer_is_experience_without_a_heading() -> None:
    # Judgment review: under a heading the reader does not know ('What I did'), a founder's
    # role line followed by a line about the company before its bullets was left in the
    # summary: four years as founder counted as 'mentioned' (PM 23.9; 43.5 when read).
    text = ("Ana Example\nana@example.com\n\nWhat I did\n\n"
            "FIELDNOTE — Co-founder & CEO      2020 – 2024\n"
            "Scheduling software for HVAC contractors. Seed-funded ($3.2M), 14 people,\n"
            "acquired by ServiceLoop in 2024.\n"
            "- Talked to 150+ contractors before writing a line of code.\n\n"
            "ServiceLoop — Head of Product      2024 – Present\n"
            "- Own the integration of Fieldnote into the ServiceLoop suite.\n\n"
            "Kessler HVAC — Design Engineer      2012 – 2016\n"
            "A family firm of 40 people.\n"
            "Designed rooftop units with field service.\n\n"
            "Education\nB.S. Mechanical Engineering, Cal Poly, 2012\n")
    kinds = {line.text.strip(): line.section for line in document_from_text(text).lines}
    assert kinds["FIELDNOTE — Co-founder & CEO      2020 – 2024"] == "experience"
    assert kinds["acquired by ServiceLoop in 2024."] == "experience"
    assert kinds["- Talked to 150+ contractors before writing a line of code."] == "experience"
    assert kinds["Ana Example"] == "header"


@pytest.mark.parametrize(("heading", "after", "kind"), [
    # Judgment review 6: plain text writes the experience heading in sentence case; a
    # returning teacher's six product years were summary text.
    ("Product experience", "Product Manager, Gradebook Labs\nAugust 2012 – June 2016\n", "experience"),
    ("Startup experience", "Founder, Example Co (2019 – 2022)\n", "experience"),
    # Without a dated role after it, such a line is as often a skills-list item.
    ("Commercial experience", "Web development\nPython, SQL\n", "skills"),
])
def test_an_experience_heading_in_sentence_case_opens_experience(heading: str, after: str,
                                                                 kind: str) -> None:
    text = f"Jane Example\n\nSKILLS\nRoadmapping, SQL\n{heading}\n\n{after}"
    section_of = {line.text: line.section for line in document_from_text(text).lines}
    assert section_of[heading] == kind


@pytest.mark.parametrize("invisible", ["\u034f", "\ufe0f", "\u17b4", "\u180b", "\u3164", "\uffa0",
                                        "\u2800", "\U000e0100"])
def test_invisible_characters_inside_a_word_are_dropped(invisible: str) -> None:
    # Hostile review, eighth session: characters that print as nothing survived cleaning
    # and hid 'Jira' from the matcher (about ten skills lost per character used).
    from analyzer.cleaning import clean_word

    assert clean_word(f"Ji{invisible}ra") == "Jira"


@pytest.mark.parametrize("heading", ["— EXPERIENCE —", "[ EXPERIENCE ]", "EXPERIENCE ———",
                                     "– Experience –", "01 — EXPERIENCE"])
def test_a_heading_framed_by_rules_or_brackets_opens_its_section(heading: str) -> None:
    # Design review 4: '— EXPERIENCE —' opened no section, so the title stayed in the header
    # with 0 years and a degree's dates counted as work.
    text = (f"Sofia Example\nsofia@example.com\n{heading}\nSenior Product Manager\n"
            "Duolingo, New York · Sept 2018 – Current\n- Own the onboarding growth area.\n"
            "— EDUCATION —\nBA Psychology\nNew York University · 2012 – 2016\n")
    kinds = [s.kind for s in document_from_text(text).sections]
    assert kinds[1:] == ["experience", "education"]


def test_a_bulleted_word_in_a_list_is_no_framed_heading() -> None:
    text = "Jane\n\nSKILLS\n- Leadership\n- Communication\n"
    assert [s.kind for s in document_from_text(text).sections] == ["header", "skills"]


def test_a_dot_leader_glued_to_a_date_is_spacing() -> None:
    # Design review 5: a tab leader of dots glued to 'Associate' and the year made one long
    # token, cut into 60-character pieces: '201 9', and five years lost.
    from analyzer.cleaning import clean_line

    assert clean_line(["Senior", "Associate" + "." * 80 + "2019", "–", "2021"]) == (
        "Senior Associate 2019 – 2021")


def test_key_achievements_under_each_role_stay_in_experience() -> None:
    # Judgment review 12: an Australian CV gives each role 'Key achievements:'; read as a
    # Projects section, the roles after the first were no experience (5.8 years of 9.7).
    text = ("Jane Roe\nEXPERIENCE\nSenior Product Manager, Acme, Mar 2020 – Present\n"
            "- Owned the roadmap.\nKey achievements:\n- Grew revenue 20%.\n"
            "Product Manager, Beta, Jan 2016 – Feb 2020\n- Wrote PRDs.\nKey achievements:\n"
            "- Launched in 3 markets.\nEDUCATION\nBSc Economics, 2015\n")
    sections = [line.section for line in document_from_text(text).lines]
    assert sections[1:10] == ["experience"] * 9
    alone = "Jane Roe\nSUMMARY\nProduct leader.\nSELECTED ACHIEVEMENTS\n- Grew revenue 20%.\n"
    assert document_from_text(alone).lines[3].section == "projects"
