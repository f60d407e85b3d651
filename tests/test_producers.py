"""PDFs as other producers write them read like their text (one regression test per quirk).

Each PDF is built in memory with ReportLab (a test dependency) from fictional content, so the
test shows the producer's own way of writing the page, not a hand-made imitation.
"""

from __future__ import annotations

import io
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    FrameBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Table,
)

from analyzer import extract_skills, read_document
from analyzer.signals import read_signals
from skills_taxonomy import load_taxonomy

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
BULLET_ITEM = ParagraphStyle("item", parent=BODY, leftIndent=10, bulletFontName="Helvetica")
HEADING = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=12, leading=16)


def _build(flowables: list[Paragraph | Table]) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=LETTER).build(flowables)
    return out.getvalue()


def test_reportlab_bullets_in_a_standard_font_stay_bullets() -> None:
    # Producer review: ReportLab writes '•' in Helvetica as WinAnsi code 127, which PDF
    # readers show as a bullet and pdfminer as '(cid:127)'. Dropped, short bullets read as
    # role lines: 'Promoted to Product Manager in 2023' gave 7.7 product years to an analyst.
    items = ["Promoted to Product Manager in 2023", "Backup Product Owner for checkout",
             "Built Looker dashboards for the growth team."]
    data = _build([Paragraph("Robin Ash", HEADING), Paragraph("EXPERIENCE", HEADING),
                   Paragraph("Product Analyst, Verdant Apps, Mar 2019 - Present", BODY),
                   *(Paragraph(item, BULLET_ITEM, bulletText="\u2022") for item in items)])
    document = read_document(data)
    assert [f"\u2022 {item}" for item in items] == document.text.splitlines()[-3:]
    assert not document.warnings  # a bullet is a mapped glyph, not an unmapped one
    signals = read_signals(document, extract_skills(document), load_taxonomy(),
                           today=date(2026, 11, 26))
    assert signals.product_years == 0


NARROW = ParagraphStyle("narrow", fontName="Helvetica", fontSize=9.5, leading=12)


def _sidebar_pdf(sidebar: list[Paragraph], main: list[Paragraph]) -> bytes:
    out = io.BytesIO()
    width, height = A4
    document = BaseDocTemplate(out, pagesize=A4)
    document.addPageTemplates([PageTemplate(frames=[
        Frame(30, 30, 120, height - 60), Frame(170, 30, width - 200, height - 60)])])
    document.build([*sidebar, FrameBreak(), *main])
    return out.getvalue()


def test_items_wrapped_in_a_narrow_frame_are_one_line_each() -> None:
    # Producer review: in a 120 pt sidebar, items that wrap after one or two words
    # ('Stakeholder' / 'Management', 'Google Project' / 'Management Certificate') or whose
    # tail is a heading word ('Nielsen Norman Group UX' / 'Certification') stayed in pieces:
    # the skills and certificates were lost. Items that fit stay apart.
    items = ["Professional Scrum Product Owner", "Google Project Management Certificate",
             "Nielsen Norman Group UX Certification", "Stakeholder Management",
             "Customer Journey Mapping", "Jira", "Figma"]
    data = _sidebar_pdf(
        [Paragraph("CERTIFICATIONS", HEADING), *(Paragraph(item, NARROW) for item in items[:3]),
         Paragraph("SKILLS", HEADING), *(Paragraph(item, NARROW) for item in items[3:])],
        [Paragraph("EXPERIENCE", HEADING),
         Paragraph("Product Manager, Harbor Apps, Jan 2019 - Present", NARROW),
         Paragraph("Led discovery and the roadmap for the mobile banking app.", NARROW)])
    lines = read_document(data).text.splitlines()
    assert all(item in lines for item in items)
    found = {hit.id for hit in extract_skills(read_document(data))}
    assert {"stakeholder_management", "customer_journey_mapping"} <= found


def test_a_group_label_after_a_list_that_fills_its_line_stays_a_label() -> None:
    # A label in body type ('Leadership') under a list line that ran out of room is the next
    # group's label, not the list's wrapped tail (a word-processor review's sidebar).
    data = _sidebar_pdf(
        [Paragraph("SKILLS", HEADING), Paragraph("Tools", NARROW),
         Paragraph("HubSpot, Marketo, Jira, Figma, Miro, Canva", NARROW),
         Paragraph("Leadership", NARROW), Paragraph("budget management, agency management", NARROW)],
        [Paragraph("EXPERIENCE", HEADING),
         Paragraph("Marketing Manager, Tidewell, Feb 2019 - Present", NARROW),
         *(Paragraph(text, NARROW) for text in (
             "Led a team of four and a $2.4M budget across paid search, social and events.",
             "Launched the go-to-market campaign for a product line that reached $3M revenue.",
             "Built attribution reporting in Google Analytics and moved spend to better channels.",
             "Ran market research and customer interviews to position the brand for new buyers."))])
    lines = read_document(data).text.splitlines()
    assert lines[:5] == ["SKILLS", "Tools", "HubSpot, Marketo, Jira, Figma, Miro, Canva",
                         "Leadership", "budget management, agency management"]


def test_an_entry_header_table_with_left_aligned_dates_reads_row_by_row() -> None:
    # Producer review: an entry header set as a two-cell table (ReportLab's Table, Typst's
    # grid) keeps its cells left-aligned, so the dates and places beside the titles looked
    # like a column of their own; short bullets never crossed it. Read column-wise, every
    # date came after all the titles and the product years were 0 (truth 5.5).
    flowables: list[Paragraph | Table] = [Paragraph("Casey Morrow", HEADING),
                                          Paragraph("EXPERIENCE", HEADING)]
    for title, dates, employer, place, bullets in (
            ("Technical Product Manager", "Jun 2020 - Dec 2025", "Lumen Grid", "Austin, TX",
             ("Owns the public API roadmap.", "Runs design reviews.", "Defined SLAs with SRE.")),
            ("Software Engineer", "Aug 2015 - May 2020", "Cartwright Labs", "Dallas, TX",
             ("Built Go services on AWS.", "Led the Kafka migration."))):
        flowables.append(Table([[Paragraph(f"<b>{title}</b>", BODY), Paragraph(dates, BODY)],
                                [Paragraph(f"<i>{employer}</i>", BODY), Paragraph(place, BODY)]],
                               colWidths=[400, 130]))
        flowables += [Paragraph(bullet, BULLET_ITEM, bulletText="-") for bullet in bullets]
    document = read_document(_build(flowables))
    lines = document.text.splitlines()
    assert "Technical Product Manager Jun 2020 - Dec 2025" in lines
    assert "Cartwright Labs Dallas, TX" in lines
    signals = read_signals(document, extract_skills(document), load_taxonomy(),
                           today=date(2026, 11, 26))
    assert signals.product_years == pytest.approx(5.5, abs=0.1)


def test_two_columns_under_a_centred_header_are_read_column_by_column() -> None:
    # Design review, round 3: a centred name, title and contact line and a full-width summary
    # cross the gutter of the two columns below them on more rows than a column layout may
    # have crossing it; read row by row, the experience column fell under the SKILLS heading
    # set beside its own, and the resume read 0 years (10.2 in its text).
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=LETTER)
    width, height = LETTER
    canvas.setFont("Helvetica-Bold", 20)
    canvas.drawCentredString(width / 2, height - 50, "Olumide Example")
    canvas.setFont("Helvetica", 11)
    canvas.drawCentredString(width / 2, height - 70, "Product Manager")
    canvas.drawCentredString(width / 2, height - 85, "name@example.com | +1 303 555 0147 | Denver, CO")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(50, height - 110, "Product manager for developer tools and APIs, former "
                                         "developer advocate, who ships")
    canvas.drawString(50, height - 123, "SDKs, documentation and onboarding flows that developers "
                                         "adopt and recommend.")
    left = ["EXPERIENCE", "Product Manager", "Stonechat API, Denver, CO | Sep 2021 - Present",
            "- Own SDKs and API documentation; raised activation 35%.",
            "- Wrote PRDs with the platform team.", "Software Engineer",
            "Rimrock Digital, Boulder | Jun 2016 - Jan 2019",
            "- Built Node.js services and GraphQL APIs."]
    right = ["SKILLS", "Roadmapping, PRDs", "JavaScript, Python", "Jira, Figma", "EDUCATION",
             "B.S. Computer Science", "Front Range University", "2012 - 2016"]
    for x, column in ((50, left), (420, right)):
        for index, text in enumerate(column):
            canvas.setFont("Helvetica-Bold" if text.isupper() else "Helvetica", 10)
            canvas.drawString(x, height - 160 - 14 * index, text)
    canvas.save()
    document = read_document(out.getvalue())
    section_of = {line.text: line.section for line in document.lines}
    assert section_of["Stonechat API, Denver, CO | Sep 2021 - Present"] == "experience"
    assert section_of["Roadmapping, PRDs"] == "skills"
    assert section_of["B.S. Computer Science"] == "education"


def test_a_word_hyphenated_across_a_page_break_is_one_word() -> None:
    # Design review 5: 'instrumentation dash-' at the foot of page 1 and 'boards, …' at the
    # head of page 2 read 'dash- boards', and the dashboards skill was lost.
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER)
    lines = ["Jane Example", "EXPERIENCE", "Product Manager, Acme, 2019 - 2024",
             *[f"- Shipped feature number {i} for the payments team with engineering." for i in range(44)],
             "- Introduced customer surveys and instrumentation dash-"]
    y = 760
    for text in lines:
        canvas.drawString(72, y, text)
        y -= 15
    canvas.showPage()
    canvas.drawString(72, 760, "boards, increasing adoption of tracing from 20% to 75%.")
    canvas.showPage()
    canvas.save()
    text = read_document(buffer.getvalue()).text
    assert "instrumentation dashboards, increasing" in text


def test_a_footer_that_starts_on_page_two_is_dropped() -> None:
    # Design review 5: Word's 'different first page' prints the footer from page 2 on; page
    # 3's copy was dropped as a repeat of page 2's, page 2's stayed in the last section.
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER)
    for page in range(3):
        if page == 0:
            canvas.drawString(72, 760, "Thomas Example")
            canvas.drawString(72, 745, "EXPERIENCE")
        for i in range(30):
            canvas.drawString(72, 720 - 15 * i, f"- Page {page + 1} shipped feature {i} with the team.")
        if page > 0:
            canvas.drawString(72, 30, "thomas.footer@example.com · +49 89 5550 1234")
        canvas.showPage()
    canvas.save()
    text = read_document(buffer.getvalue()).text
    assert "thomas.footer@example.com" not in text
    assert "Page 3 shipped feature 29" in text


def test_a_word_hyphenated_across_a_column_break_is_one_word() -> None:
    # Design review 6: newspaper columns broke 'advis-' at the foot of the first column and
    # 'ory board.' at the head of the second; 'customer advis- ory board' lost the customer
    # interviews it shows.
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER)
    canvas.setFont("Helvetica", 9)
    left = ["Jane Example", "EXPERIENCE", "Product Manager, Acme, 2019 - 2024",
            *[f"- Shipped feature {i} with the payments team." for i in range(30)],
            "- Introduced quarterly reviews and a customer advis-"]
    right = ["ory board that met every quarter.", "- Owned the roadmap for payments.",
             *[f"- Ran experiment {i} on checkout." for i in range(20)]]
    for x, lines in ((50, left), (320, right)):
        y = 760
        for text in lines:
            canvas.drawString(x, y, text)
            y -= 15
    canvas.showPage()
    canvas.save()
    text = read_document(buffer.getvalue()).text
    assert "a customer advisory board that met" in text


def test_a_turned_label_centred_on_its_section_heads_it() -> None:
    # Design review 6: section labels turned a quarter in the margin and centred on their
    # sections started several lines into them, so the first role stayed in the summary
    # (10.5 years read as 5.6).
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LETTER)
    canvas.setFont("Helvetica", 9.5)
    y = 740.0
    canvas.drawString(80, y, "Jane Example")
    sections = [("SUMMARY", ["Program manager with eight years in infrastructure programs."]),
                ("EXPERIENCE", ["Senior Program Manager | Oakridge | Raleigh, NC",
                                "Jan 2022 - Present", "- Ran the security program for 14 teams.",
                                "- Built the program roadmap and the risk register.",
                                "- Led the migration of 90 workloads to the cloud.",
                                "Program Manager | Brightwater | Durham, NC",
                                "Mar 2018 - Dec 2021", "- Coordinated releases for 8 teams.",
                                "- Managed a $4M budget for monitoring tools."]),
                ("EDUCATION", ["MS Electrical Engineering, Example University, 2014 - 2016",
                               "BS Electrical Engineering, Example University, 2010 - 2014",
                               "Thesis on low-power wireless sensor networks"])]
    for label, lines in sections:
        y -= 30
        top = y + 10
        for text in lines:
            canvas.drawString(80, y, text)
            y -= 12
        middle = (top + y + 12) / 2
        canvas.saveState()
        canvas.translate(62, middle)
        canvas.rotate(90)
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawCentredString(0, 0, label)
        canvas.restoreState()
        canvas.setFont("Helvetica", 9.5)
    canvas.showPage()
    canvas.save()
    document = read_document(buffer.getvalue())
    section_of = {line.text: line.section for line in document.lines}
    assert section_of["Senior Program Manager | Oakridge | Raleigh, NC"] == "experience"
    assert section_of["MS Electrical Engineering, Example University, 2014 - 2016"] == "education"
    assert section_of["Program manager with eight years in infrastructure programs."] == "summary"


def _filled_form(fields: list[tuple[str, str, float, float, float, float, int]]) -> bytes:
    """A one-page fillable form saved unflattened: (name, value, x, y, width, height, flags)."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(50, 800, "Curriculum Vitae")
    for name, value, x, y, width, height, flags in fields:
        canvas.acroForm.textfield(name=name, value=value, x=x, y=y, width=width, height=height,
                                  fieldFlags="multiline" if "\n" in value else "",
                                  annotationFlags=flags, borderWidth=0, fontSize=10)
    canvas.save()
    return out.getvalue()


FORM_EXPERIENCE = ("EXPERIENCE\nSenior Product Manager, Lumen Apps, 2019 - 2024\n"
                   "Owned the checkout roadmap and wrote PRDs with engineering.\n"
                   "Ran customer interviews and A/B tests with Python and SQL.")


def test_a_filled_in_form_reads_its_fields() -> None:
    # Hostile review: a resume from a fillable template, saved without flattening, keeps its
    # text in form fields; the page's content holds only the labels, so it read as "no text".
    data = _filled_form([("name", "Mara Quill", 50, 760, 300, 20, 4),
                         ("experience", FORM_EXPERIENCE, 50, 560, 480, 120, 4)])
    document = read_document(data)
    lines = document.text.splitlines()
    assert "Mara Quill" in lines
    assert "Senior Product Manager, Lumen Apps, 2019 - 2024" in lines
    assert {"roadmapping", "python", "sql"} <= {hit.id for hit in extract_skills(document)}


def test_a_form_field_hidden_from_view_is_not_read() -> None:
    # A hidden field (annotation flag Hidden) is invisible in every viewer: keywords there are
    # stuffing, like white or tiny text.
    data = _filled_form([("name", "Mara Quill", 50, 760, 300, 20, 4),
                         ("experience", FORM_EXPERIENCE, 50, 560, 480, 120, 4),
                         ("stuffing", "Kubernetes Terraform Rust", 50, 400, 480, 20, 4 | 2)])
    document = read_document(data)
    assert "Kubernetes" not in document.text
    assert "kubernetes" not in {hit.id for hit in extract_skills(document)}


def test_form_fields_side_by_side_are_two_columns() -> None:
    # Fields laid out as a sidebar and a main column read one column after the other, each
    # field's lines in order, not interleaved line by line.
    sidebar = "SKILLS\nJira\nFigma\nSQL"
    data = _filled_form([("name", "Mara Quill", 50, 770, 300, 20, 4),
                         ("sidebar", sidebar, 40, 560, 140, 120, 4),
                         ("experience", FORM_EXPERIENCE, 200, 560, 360, 120, 4)])
    text = read_document(data).text
    assert "Senior Product Manager, Lumen Apps, 2019 - 2024" in text.splitlines()
    assert text.index("Jira") < text.index("Figma") < text.index("SQL")


def test_a_later_pages_header_with_the_name_and_more_is_running() -> None:
    # Design round 7: a two-page resume whose page 2 header prints the name with a title and
    # an address ('Dana Okafor - Senior Product Manager  dana@example.com') kept the header
    # between two bullets, where it read as a title held. Three-page files were right.
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=LETTER)
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(72, 740, "Dana Okafor")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(72, 722, "dana@example.com | Austin, TX")
    y = 690
    canvas.drawString(72, y, "EXPERIENCE")
    canvas.drawString(72, y - 16, "Product Manager, Lumen Apps, 2019 - 2024")
    y -= 32
    while y > 80:
        canvas.drawString(80, y, "- Ran discovery interviews with clinic managers each week.")
        y -= 14
    canvas.showPage()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(72, 760, "Dana Okafor - Senior Technical Product Manager   dana@example.com")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(80, 700, "- Wrote the PRDs for the scheduling API with engineering.")
    canvas.drawString(72, 670, "EDUCATION")
    canvas.drawString(72, 654, "BSc Economics, Example University, 2015")
    canvas.showPage()
    canvas.save()
    document = read_document(out.getvalue())
    assert not [line.text for line in document.lines if "Senior Technical" in line.text]
    assert "• Wrote the PRDs for the scheduling API with engineering." in document.text
    assert document.lines[0].text == "Dana Okafor"


def _stacked_page(rows: list[tuple[str, str]]) -> bytes:
    """One line per row: a letter (or '') in a strip at the left, then the row's text."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=LETTER)
    canvas.setFont("Helvetica-Bold", 16)
    canvas.drawString(110, 740, "Yusuf Example")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(110, 724, "yusuf@example.com | Seattle, WA")
    y = 690
    for letter, text in rows:
        if letter:
            canvas.setFont("Helvetica-Bold", 10)
            canvas.drawCentredString(75, y, letter)
            canvas.setFont("Helvetica", 10)
        if text:
            canvas.drawString(110, y, text)
        y -= 12 if letter or text else 20
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def test_a_section_title_stacked_one_letter_per_line_is_a_heading() -> None:
    # Design round 7: titles printed downwards, one capital per line in a strip beside the
    # section ('S' / 'K' / 'I' / 'L' / 'L' / 'S'), were glued letter by letter to the lines
    # beside them: no section opened, and product years fell from 5.7 to 2.9.
    body = ["Product Manager, Puget Devtools, Mar 2021 - Present",
            "- Own the code review roadmap; weekly active developers up 40%.",
            "- Ran developer interviews and wrote PRDs."]
    rows = [(letter, body[index] if index < len(body) else "")
            for index, letter in enumerate("EXPERIENCE")]
    rows += [("", "")] + [(letter, "Jira, Figma, SQL" if index == 0 else "")
                          for index, letter in enumerate("SKILLS")]
    document = read_document(_stacked_page(rows))
    headings = {line.text: line.section for line in document.lines if line.heading}
    assert headings == {"EXPERIENCE": "experience", "SKILLS": "skills"}
    assert "Product Manager, Puget Devtools, Mar 2021 - Present" in document.text.splitlines()


def test_a_column_of_grades_beside_subjects_is_no_stacked_word() -> None:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=LETTER)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(72, 740, "Amira Example")
    canvas.drawString(72, 710, "EDUCATION")
    for index, (subject, grade) in enumerate([("Mathematics", "A"), ("Physics", "B"),
                                              ("Chemistry", "A"), ("English", "C")]):
        canvas.drawString(72, 694 - 12 * index, subject)
        canvas.drawString(200, 694 - 12 * index, grade)
    canvas.showPage()
    canvas.save()
    text = read_document(out.getvalue()).text
    assert "ABAC" not in text
    assert "Physics B" in text
