"""Unit tests for reading order (layout), section labelling and cleaning on synthetic input."""

from __future__ import annotations

import pytest

from analyzer.cleaning import clean_word, repair_hyphenation
from analyzer.layout import _candidate_gutters, _coverage, _rows, find_gutter, order_page
from analyzer.pdf_reader import RawPage, RawWord
from analyzer.sections import LineStyle, heading_kind, label_sections

CHAR_PT = 5.0
LINE_PT = 14.0


def word(text: str, x0: float, top: float, *, size: float = 10.0, bold: bool = False) -> RawWord:
    return RawWord(text=text, x0=x0, x1=x0 + CHAR_PT * len(text), top=top, bottom=top + size,
                   size=size, bold=bold, icon_font=False)


def line(text: str, x0: float, top: float, **style: object) -> list[RawWord]:
    out, x = [], x0
    for token in text.split():
        out.append(word(token, x, top, **style))  # type: ignore[arg-type]
        x = out[-1].x1 + CHAR_PT
    return out


def page(*lines: list[RawWord], number: int = 1) -> RawPage:
    return RawPage(number=number, width=600.0, height=800.0,
                   words=tuple(w for ln in lines for w in ln), links=(), images=0)


def texts(p: RawPage) -> list[str]:
    return [" ".join(w.text for w in ln.words) for ln in order_page(p).lines]


SIDEBAR = [f"skill item {i}" for i in range(8)]
MAIN = [f"main column sentence number {i} with words" for i in range(8)]


def sidebar_page(*, centred: bool, wide_row: bool) -> RawPage:
    rows = [line("Jane Roe", 250, 20, size=20)]
    for i, (left, right) in enumerate(zip(SIDEBAR, MAIN, strict=True)):
        top = 80 + i * LINE_PT
        x = 100 - CHAR_PT * len(left) / 2 if centred else 20
        rows += [line(left, x, top), line(right, 220, top)]
    if wide_row:  # a sidebar line reaching close to the main column (no crossing)
        rows.append(line("a much longer sidebar line", 20, 80 + 8 * LINE_PT))
    return page(*rows)


@pytest.mark.parametrize(("centred", "wide_row"), [(False, False), (True, False), (False, True)])
def test_sidebar_columns_are_read_one_after_the_other(centred: bool, wide_row: bool) -> None:
    result = texts(sidebar_page(centred=centred, wide_row=wide_row))
    assert result[0] == "Jane Roe"
    assert result[1:9] == SIDEBAR
    assert result[-8:] == MAIN
    assert order_page(sidebar_page(centred=centred, wide_row=wide_row)).columns == 2


DATES = ["2019 – 2021", "Jan 2019 – Present", "March 2015 – May 2017", "2012"]


def test_right_aligned_dates_are_not_a_column() -> None:
    rows = []
    for i in range(8):
        rows += [line(f"Job title number {i}", 40, 40 + i * LINE_PT),
                 line(DATES[i % len(DATES)], 0, 40 + i * LINE_PT)]
    # right-align the dates at x1 = 560
    shifted = [[RawWord(w.text, w.x0 + 560 - r[-1].x1, w.x1 + 560 - r[-1].x1, w.top, w.bottom,
                        w.size, w.bold, w.icon_font) for w in r] if r[0].text[0].isdigit()
                or r[0].text in {"Jan", "March"} else r for r in rows]
    p = page(*shifted)
    assert find_gutter(_rows(list(p.words)), p.width) is None
    assert order_page(p).columns == 1


def test_margin_heading_is_split_from_its_first_line() -> None:
    p = page(line("Experience", 10, 100), line("Acme Corp, Engineer", 125, 100),
             line("Built things", 125, 114))
    assert texts(p) == ["Experience", "Acme Corp, Engineer", "Built things"]


def test_header_band_beside_lower_sidebar_is_read_first() -> None:
    rows = [line("Jane Roe", 220, 20, size=20), line("Product manager", 220, 45)]
    for i, (left, right) in enumerate(zip(SIDEBAR, MAIN, strict=True)):
        rows += [line(left, 20, 90 + i * LINE_PT), line(right, 220, 90 + i * LINE_PT)]
    result = texts(page(*rows))
    assert result[:2] == ["Jane Roe", "Product manager"]
    assert result[2:10] == SIDEBAR


@pytest.mark.parametrize(("footer", "dropped"), [
    ("Jane Roe – 1/2", True), ("Page 1 of 2", True), ("Jane Roe – 2/2", False),
    ("Available 1/2 time", False),
])
def test_page_counters_in_the_footer_band_are_dropped(footer: str, dropped: bool) -> None:
    p = page(line("Body text here", 40, 100), line(footer, 250, 780))
    assert (footer not in texts(p)) is dropped


def test_heading_with_lost_ligature_breaks_a_local_grid() -> None:
    rows = [line("Alpha one", 10, 100), line("Beta", 305, 100),
            line("Alpha two words", 10, 114), line("Beta two more words", 305, 114),
            line("Certi\x00cations", 270, 130),
            line("Gamma one", 10, 146), line("Delta", 305, 146),
            line("Gamma two words", 10, 160), line("Delta two more words", 305, 160)]
    result = texts(page(*rows))
    assert result == ["Alpha one", "Alpha two words", "Beta", "Beta two more words",
                      "Certi\x00cations", "Gamma one", "Gamma two words", "Delta",
                      "Delta two more words"]


def test_coverage_is_interval_based_and_gutters_prefer_uncrossed_strips() -> None:
    rows = [line("left words", 20, 10 * i) + line("right words", 300, 10 * i) for i in range(10)]
    rows.append(line("a header crossing the middle of the page", 150, 200))
    pieces = _coverage(rows)
    assert all(start < end for start, end, _ in pieces)
    assert len(pieces) <= 4 * sum(len(r) for r in rows) + 1
    gutters = _candidate_gutters(rows, (0.0, 600.0))
    # The strip no row crosses stops where the header starts; the wider one it crosses is
    # only tried later.
    uncrossed = next(g for g in gutters if g[0] < 150)
    assert uncrossed[1] == 150
    assert gutters.index(uncrossed) < gutters.index(next(g for g in gutters if g[1] == 300))


@pytest.mark.parametrize(("text", "kind"), [
    ("Professional Experience", "experience"), ("SKILLS", "skills"), ("Education:", "education"),
    ("Invited Talks", "other"), ("Certifications & Training", "certifications"),
    ("Work: 5 years", None), ("Built a thing.", None),
])
def test_heading_vocabulary(text: str, kind: str | None) -> None:
    assert heading_kind(text) == kind


def styles(*items: tuple[str, float, bool]) -> list[LineStyle]:
    return [LineStyle(text, size, bold, -1.0 if i == 0 else 2.0)
            for i, (text, size, bold) in enumerate(items)]


def test_unknown_heading_in_the_documents_heading_style() -> None:
    labels = label_sections(styles(
        ("Jane Roe", 30, True), ("Education", 14, False), ("BSc Physics", 10, False),
        ("Experience", 14, False), ("Engineer at Acme", 10, False),
        ("Open Source Work Highlights Now", 14, False), ("Maintainer of a library", 10, False),
        ("and of several other widely used packages for data work", 10, False),
    ))
    assert labels[5] == ("other", True)
    assert labels[6] == ("other", False)


def test_unheaded_summary_paragraph_in_the_header() -> None:
    labels = label_sections(styles(
        ("Jane Roe", 20, True),
        ("Product manager with ten years of experience in building and shipping", 10, False),
        ("consumer apps at scale.", 10, False),
        ("jane@example.com +1 555 0100", 10, False),
        ("Experience", 12, True), ("Acme", 10, False),
    ))
    assert [kind for kind, _ in labels] == [
        "header", "summary", "summary", "header", "experience", "experience"]


def test_languages_sub_list_stays_in_skills() -> None:
    labels = label_sections([LineStyle("Skills"), LineStyle("Languages: Python, Go"),
                             LineStyle("Experience"), LineStyle("Languages: French")])
    assert [kind for kind, _ in labels] == ["skills", "skills", "experience", "other"]


@pytest.mark.parametrize(("raw", "clean"), [
    ("Certi\x00cations", "Certifications"), ("work\x00ow", "workflow"), ("Pro\x00les", "Profiles"),
    ("plain", "plain"), ("(cid:12)word", "word"), ("\uf0b7", "•"), ("“quoted”", '"quoted"'),
    ("\ue000", ""),
])
def test_clean_word(raw: str, clean: str) -> None:
    assert clean_word(raw) == clean


@pytest.mark.parametrize(("lines", "expected"), [
    (["manage-", "ment of teams"], ["management", "of teams"]),
    (["cross-", "functional teams"], ["cross-functional", "teams"]),
    (["end-", "Next item"], ["end-", "Next item"]),
    # A one-letter prefix keeps its hyphen: 'e-' / 'commerce', 'x-' / 'ray'.
    (["a full-stack e-", "commerce platform"], ["a full-stack e-commerce", "platform"]),
    (["chest x-", "ray triage"], ["chest x-ray", "triage"]),
])
def test_repair_hyphenation(lines: list[str], expected: list[str]) -> None:
    assert repair_hyphenation(lines) == expected


@pytest.mark.parametrize(("lines", "expected"), [
    # LibreOffice-review finding: automatic hyphenation after a compound former ('in', 're',
    # 'back') kept its hyphen, so 'in-tegration' and 'back-log' were no skills; a compound
    # broken after its own hyphen was glued ('go-tomarket', 'buildversus-buy').
    (["data in-", "tegration work"], ["data integration", "work"]),
    (["wrote re-", "quirements"], ["wrote requirements", ""]),
    (["groomed the back-", "log weekly"], ["groomed the backlog", "weekly"]),
    (["the go-to-", "market plan"], ["the go-to-market", "plan"]),
    (["a build-", "versus-buy analysis"], ["a build-versus-buy", "analysis"]),
    (["linkedin.com/in/jane-mo-", "example"], ["linkedin.com/in/jane-mo-example", ""]),
    (["cross-", "functional teams"], ["cross-functional", "teams"]),  # not a known word
])
def test_hyphenation_is_repaired_with_known_words(lines: list[str], expected: list[str]) -> None:
    known = frozenset({"integration", "requirements", "backlog", "goto", "buildversus"})
    assert repair_hyphenation(lines, known_words=known) == expected


def test_regression_hyphen_before_a_right_aligned_cell_is_repaired() -> None:
    # Bug: a row ending in a right-aligned date cell hid the line-end hyphen
    # ('… of submis- 4 months' / 'sions)'), so the word stayed broken.
    from analyzer.cleaning import repair_hyphenation

    lines = ["• Paper accepted (top 5% of submis- 4 months", "sions)", "Top 2- 3 items"]
    assert repair_hyphenation(lines) == ["• Paper accepted (top 5% of submissions) 4 months", "",
                                         "Top 2- 3 items"]


@pytest.mark.parametrize(("lines", "expected"), [
    # Design-review finding: the tail's punctuation stayed behind ('systems , observability')
    # and a known name broken before a capital stayed broken ('Rabbit-' / 'MQ').
    (["distributed sys-", "tems, observability"], ["distributed systems,", "observability"]),
    (["Apache Kafka, Rabbit-", "MQ, PostgreSQL"], ["Apache Kafka, RabbitMQ,", "PostgreSQL"]),
    (["worked with Coca-", "Cola on the launch"], ["worked with Coca-", "Cola on the launch"]),
])
def test_hyphenation_keeps_punctuation_and_known_names(lines: list[str], expected: list[str]) -> None:
    known = frozenset({"systems", "rabbitmq", "postgresql"})
    assert repair_hyphenation(lines, known_words=known) == expected


def test_a_bullet_glyph_touching_its_word_stays_a_bullet() -> None:
    # Second design review: '✓Acted as product owner …' lost its glyph as an icon, and the
    # bullet sentence then read as a role line with a title.
    assert clean_word("✓Acted") == "• Acted"
    assert clean_word("★") == "•"


def test_chromium_hyphens_are_hyphens() -> None:
    # Design-review finding: Chromium prints a hyphenated line break and a non-breaking hyphen
    # as U+2010, which no rule knew: 'Kuber‐' / 'netes' stayed broken, 'cross‑functional' was
    # no skill.
    from analyzer.documents import document_from_pdf_words
    from analyzer.pdf_reader import RawDocument

    assert clean_word("cross\u2011functional") == "cross-functional"
    document = document_from_pdf_words(RawDocument(pages=(page(
        line("Jordan Example", 50, 30, size=16, bold=True),
        line("Experience", 50, 80, size=12, bold=True),
        line("• Deployed the pipelines on Kuber\u2010", 50, 100),
        line("netes with Terraform.", 58, 100 + LINE_PT)),), truncated=False))
    assert "• Deployed the pipelines on Kubernetes with Terraform." in document.text.splitlines()


@pytest.mark.parametrize("heading", ["• EXPERIENCE", "◆ EXPERIENCE", "01. Experience", "2 Experience"])
def test_a_heading_after_an_ornament_or_a_number(heading: str) -> None:
    # Design-review finding: '◆ EXPERIENCE' (cleaned to '• EXPERIENCE') and '01. Experience'
    # were no headings, so a whole experience section was lost. A bulleted list item in body
    # type stays an item.
    labels = label_sections(styles(
        ("Jane Roe", 20, True), (heading, 13, True), ("Product Manager, Acme", 10, False),
        ("Skills", 13, True), ("• Leadership", 10, False), ("• Communication", 10, False)))
    assert labels == [("header", False), ("experience", True), ("experience", False),
                      ("skills", True), ("skills", False), ("skills", False)]


@pytest.mark.parametrize(("heading", "kind"), [
    # Judgment-review finding: 'CLINICAL EXPERIENCE' left eleven years of nursing outside
    # Experience; a consultant's 'Selected Engagements' and an 'About me' were no headings.
    ("CLINICAL EXPERIENCE", "experience"), ("Consulting Experience", "experience"),
    ("Selected Engagements", "experience"), ("About me", "summary"),
    # A skill, not a section: the experience of the people a product serves.
    ("Customer Experience", None), ("USER EXPERIENCE", None), ("clinical experience", None),
    # Audit finding: the people served qualify the work, not the experience ('Customer
    # Service Experience' heads a retail job).
    ("Customer Service Experience", "experience"), ("Digital Customer Experience", None),
    # Two fields in capitals qualify it; a count of years does not make a heading.
    ("PUBLIC RELATIONS/EVENT PLANNING EXPERIENCE", "experience"),
    ("YEARS OF IT EXPERIENCE", None),
])
def test_qualified_experience_headings(heading: str, kind: str | None) -> None:
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("title_size", [11.5, 12.0, 13.0])
def test_a_bold_role_title_is_not_a_heading(title_size: float) -> None:
    # LibreOffice-review finding: the most common word-processor pattern, a job title alone on
    # a line in bold 1 pt above the body, opened an 'other' section, so the whole experience
    # (and every year in it) was lost. A line dated on itself or the next line is a role line,
    # and an unknown heading is never smaller than the document's known headings.
    labels = label_sections(styles(
        ("Jordan Example", 20, True), ("EXPERIENCE", 14, True),
        ("Senior Product Manager", title_size, True),
        ("Ledgerwisp Inc., Austin, TX Mar 2019 – Present", 11, False),
        ("• Own the roadmap for the billing suite.", 11, False),
        ("Product Lead", title_size, True), ("• Ran discovery with 40 customers.", 11, False),
        ("EDUCATION", 14, True), ("MBA, University of Northfield, 2014 – 2016", 11, False),
    ))
    assert [kind for kind, _ in labels] == ["header"] + ["experience"] * 6 + ["education"] * 2
    assert [heading for _, heading in labels] == [False, True, False, False, False, False,
                                                  False, True, False]


def test_a_running_header_on_later_pages_is_dropped() -> None:
    # LibreOffice-review finding: the name and contact line printed again atop page 2 opened
    # an 'other' section (the name in bold), so the role after the page break left Experience.
    from analyzer.documents import document_from_pdf_words
    from analyzer.pdf_reader import RawDocument

    header = (line("Jordan Example", 50, 30, size=16, bold=True),
              line("jordan@example.com | Austin, TX", 50, 50))
    first = page(*header, line("Experience", 50, 100, size=12, bold=True),
                 line("Senior Product Manager, Ledgerwisp, 2019 - Present", 50, 120),
                 line("• Own the roadmap for the billing suite.", 50, 135))
    second = page(*header, line("Product Manager, Crestfold, 2013 - 2019", 50, 100),
                  line("• Wrote PRDs and user stories.", 50, 115),
                  line("Page 2 of 2", 270, 770), number=2)
    document = document_from_pdf_words(RawDocument(pages=(first, second), truncated=False))
    assert document.text.count("Jordan Example") == 1
    assert document.text.count("jordan@example.com") == 1
    assert [s.kind for s in document.sections] == ["header", "experience"]
    assert "Product Manager, Crestfold, 2013 - 2019" in document.text


def test_a_wrapped_heading_word_in_lower_case_is_not_a_heading() -> None:
    # 'market' / 'research' and 'developer' / 'experience': a list's last word wrapped onto a
    # line of its own is no section heading.
    labels = label_sections(styles(
        ("Jane Roe", 20, True), ("SKILLS", 12, True),
        ("Marketing: SEO, content marketing, brand strategy, market", 10, False),
        ("experience", 10, False), ("Tools: HubSpot, Figma", 10, False),
    ))
    assert [kind for kind, _ in labels] == ["header"] + ["skills"] * 4


def test_a_line_that_ran_out_of_room_is_joined_to_its_tail() -> None:
    # LibreOffice-review finding: in a narrow sidebar a certificate wraps with a capital
    # ('Microsoft Certified: Power BI' / 'Data Analyst Associate, 2023') and was read as two
    # entries, losing the certification. Whole entries that fill the column stay apart: one
    # ending in a year, a short item, a label line.
    from analyzer.documents import document_from_pdf_words
    from analyzer.pdf_reader import RawDocument

    rows = ["Microsoft Certified: Power BI", "Data Analyst Associate, 2023",
            "HubSpot Inbound Marketing", "Certification, 2022", "Stakeholder management",
            "Roadmapping", "Tools: Jira, Confluence, Figma", "Other: SQL and Python"]
    body = [line(text, 50, 120 + i * LINE_PT) for i, text in enumerate(rows)]
    document = document_from_pdf_words(RawDocument(pages=(page(
        line("Jordan Example", 50, 30, size=16, bold=True),
        line("Certifications", 50, 100, size=12, bold=True), *body),), truncated=False))
    assert document.text.splitlines()[2:] == [
        "Microsoft Certified: Power BI Data Analyst Associate, 2023",
        "HubSpot Inbound Marketing Certification, 2022", "Stakeholder management",
        "Roadmapping", "Tools: Jira, Confluence, Figma", "Other: SQL and Python"]


def test_centred_lines_are_not_wraps() -> None:
    # A centred sidebar entry (certificate, then issuer) never continues: its lines do not
    # start where the line above did.
    from analyzer.documents import document_from_pdf_words
    from analyzer.pdf_reader import RawDocument

    rows = ["Full-Stack Web Development Course", "CodeAcademy Online"]
    body = [line(text, 150 - CHAR_PT * len(text) / 2, 120 + i * LINE_PT) for i, text in enumerate(rows)]
    document = document_from_pdf_words(RawDocument(pages=(page(
        line("Jordan Example", 50, 30, size=16, bold=True), *body),), truncated=False))
    assert document.text.splitlines()[1:] == rows


def test_three_columns_are_read_one_after_the_other() -> None:
    # Design-review finding: a three-column grid had one gutter found, so two of its columns
    # were read line by line, mixed (the experience landed under Certifications, 0 years).
    left = [f"item {i}" for i in range(8)]
    middle = [f"role line {i} with several words" for i in range(8)]
    right = [f"school {i} entry" for i in range(8)]
    rows = []
    for i, texts_ in enumerate(zip(left, middle, right, strict=True)):
        top = 80 + i * LINE_PT
        rows += [line(texts_[0], 20, top), line(texts_[1], 150, top), line(texts_[2], 420, top)]
    header = "Jane Roe · Senior Product Manager · jane@example.com · Stockholm, Sweden · +46 8 555 0100"
    p = page(line(header, 20, 20), *rows)
    assert texts(p) == [header, *left, *middle, *right]
    assert order_page(p).columns == 3


def test_a_strip_of_rating_dots_is_no_column() -> None:
    # Design-review finding: skill names beside rating dots ('Kubernetes ●●●●○') must stay one
    # line each; the dots are no text column of their own.
    names = ["Kubernetes", "Terraform", "Docker", "Google Cloud", "Prometheus", "Grafana", "Go", "Rust"]
    rows = [line(f"{name}", 40, 80 + i * LINE_PT) + line("●●●●○", 200, 80 + i * LINE_PT)
            for i, name in enumerate(names)]
    assert texts(page(*rows)) == [f"{name} ●●●●○" for name in names]


def test_a_tall_line_in_one_column_does_not_chain_two_lines_of_the_other() -> None:
    # Design- and LibreOffice-review finding: rows grew with every word added, so a 15 pt
    # heading in the main column bridged two sidebar lines into one ('Stakeholder Product
    # discovery management'). Two words of one line never overlap horizontally.
    sidebar = [("Stakeholder management", 100.0), ("Product discovery", 108.0),
               ("Kubernetes operators", 116.0)]
    rows = [line(text, 20, top, size=7.5) for text, top in sidebar]
    rows.append(line("EXPERIENCE", 250, 101, size=15, bold=True))
    rows += [line(f"main column line {i} with several words", 250, 122 + i * LINE_PT)
             for i in range(6)]
    rows += [line(f"sidebar item {i}", 20, 130 + i * LINE_PT, size=7.5) for i in range(6)]
    result = texts(page(line("Jane Roe", 250, 20, size=20), *rows))
    for text, _ in sidebar:
        assert text in result


def test_a_title_and_its_dates_on_one_row_stay_one_line() -> None:
    # The other half of the same rule: words side by side, sharing no x, are one row even when
    # their fonts differ (a bold title and its smaller, right-aligned dates).
    rows = [line("Senior Product Manager", 40, 223.4, size=10.0, bold=True),
            line("Mar 2021 – Present", 306, 224.5, size=8.5)]
    assert texts(page(*rows)) == ["Senior Product Manager Mar 2021 – Present"]


def test_a_column_that_opens_with_a_skills_group_label_is_skills() -> None:
    # Design-review finding: a sidebar read after Education opened with 'PLATFORM' over
    # 'Kubernetes ●●●●○', and its skills were filed under Education.
    items = [("Jane Roe", 20, True, -1.0), ("Education", 13, True, 2.0),
             ("M.Sc. Computer Science, 2010 – 2015", 10, False, 2.0),
             ("PLATFORM", 9, True, -1.0), ("Kubernetes ●●●●○", 9, False, 2.0),
             ("CODE", 9, True, 4.0), ("Python ●●●●○", 9, False, 2.0)]
    labels = label_sections([LineStyle(text, size, bold, gap) for text, size, bold, gap in items])
    assert [kind for kind, _ in labels] == ["header", "education", "education", "skills",
                                            "skills", "skills", "skills"]


def test_a_flush_right_sidebar_is_a_column() -> None:
    # Second design review: a sidebar set flush right against the gutter was never a column,
    # so the page was read across both columns line by line (0 years).
    sidebar = ["CONTACT", "ines@example.com", "Portland, OR", "SKILLS", "Product discovery",
               "OKRs", "User stories", "SQL", "Tableau"]
    main = [f"main column sentence number {i} with words" for i in range(9)]
    rows = []
    for i, (side, text) in enumerate(zip(sidebar, main, strict=True)):
        top = 80 + i * LINE_PT
        rows += [line(side, 170 - CHAR_PT * len(side), top), line(text, 220, top)]
    result = texts(page(line("Ines Vale", 250, 20, size=20), *rows))
    assert result[1:] == [*sidebar, *main] or result[1:] == [*main, *sidebar]


def test_right_aligned_dates_beside_titles_are_no_column() -> None:
    # The rule's other side: dates flush right on one row of each entry stay on their row.
    rows = []
    for i in range(4):
        top = 80 + i * 4 * LINE_PT
        dates = f"Jan {2010 + i} – Dec {2011 + i}"
        rows += [line(f"Product Manager, Company {i}", 40, top), line(dates, 500 - CHAR_PT * len(dates), top)]
        rows += [line(f"• Built thing {i} with the platform team and shipped it to forty thousand "
                      f"customers", 40, top + (k + 1) * LINE_PT) for k in range(3)]
    result = texts(page(*rows))
    assert result[0] == "Product Manager, Company 0 Jan 2010 – Dec 2011"


def test_a_heading_word_set_tight_under_its_line_is_a_wrapped_tail() -> None:
    # Second design review: in a narrow column 'Google Analytics' / 'Certification' made
    # 'Certification' a heading (the certificate lost); 'Institute of' / 'Technology' too.
    items = [("Jane Roe", 20, True, -1.0), ("CERTIFICATIONS", 11, True, 6.0),
             ("Certified Scrum Product Owner", 9, False, 2.0), ("Google Analytics", 9, False, 2.0),
             ("Certification", 9, False, 2.0), ("EXPERIENCE", 11, True, 8.0)]
    labels = label_sections([LineStyle(text, size, bold, gap) for text, size, bold, gap in items])
    assert labels == [("header", False), ("certifications", True), ("certifications", False),
                      ("certifications", False), ("certifications", False), ("experience", True)]


@pytest.mark.parametrize(("line_text", "joined"), [
    # Second design review: letter spacing split some headings inside their words ('SUMMA
    # RY', 'SK ILLS', 'CER TIFICATIONS' in 10-15 of 160 probes), and the sections were lost.
    ("SK ILLS", "SKILLS"), ("SUMMA RY", "SUMMARY"), ("CER TIFICATIONS", "CERTIFICATIONS"),
    ("WORK EXPER IENCE", "WORK EXPERIENCE"),
    # Design review 6: a space typed after every letter (Canva-style) lost Experience and
    # Education, and the 'C' of 'E X P E R I E N C E' read as the C language.
    ("E X P E R I E N C E", "EXPERIENCE"), ("W O R K E X P E R I E N C E", "WORK EXPERIENCE"),
    ("E D U C A T I O N", "EDUCATION"), ("J A N E D O E", None), ("A B C", None),
    # Not: headings already whole, names in capitals, words that join into no heading.
    ("SKILLS", None), ("JANE DOE", None), ("AB TEST", None),
])
def test_a_letter_spaced_heading_split_inside_its_words(line_text: str, joined: str | None) -> None:
    from analyzer.sections import respaced_heading

    assert respaced_heading(line_text) == joined


def test_a_letter_spaced_heading_opens_its_section_in_plain_text() -> None:
    from analyzer import extract_skills
    from analyzer.documents import document_from_text

    text = ("Jane Doe\n\nS U M M A R Y\nProduct manager.\n\nE X P E R I E N C E\n"
            "Product Manager, Acme (2019 - 2024)\n- Owned the roadmap.\n\n"
            "E D U C A T I O N\nBS Mathematics, Example University\n")
    document = document_from_text(text)
    assert [(s.kind, s.heading) for s in document.sections if s.heading] == [
        ("summary", "S U M M A R Y"), ("experience", "E X P E R I E N C E"),
        ("education", "E D U C A T I O N")]
    assert "c_lang" not in {hit.id for hit in extract_skills(document)}


def test_a_split_heading_opens_its_section_in_a_pdf() -> None:
    from analyzer.documents import document_from_pdf_words
    from analyzer.pdf_reader import RawDocument

    document = document_from_pdf_words(RawDocument(pages=(page(
        line("Jordan Example", 50, 30, size=16, bold=True),
        line("SK ILLS", 50, 80, size=12, bold=True),
        line("Product roadmapping, SQL, Looker, Jira", 50, 100)),), truncated=False))
    assert [(s.kind, s.heading) for s in document.sections] == [("header", ""), ("skills", "SKILLS")]


def test_a_monogram_is_not_the_name() -> None:
    # Second design review: initials in a sidebar set larger than the name ('LO') were taken
    # for the name line, so the real name and title were read after the sidebar as headings.
    sidebar = [line("LO", 30, 20, size=30, bold=True)]
    sidebar += [line(text, 20, 80 + i * LINE_PT) for i, text in enumerate(
        ["CONTACT", "linnea@example.com", "Copenhagen", "SKILLS", "Product discovery",
         "A/B testing", "SQL", "Amplitude"])]
    main = [line("Linnea Osterberg", 250, 22, size=20, bold=True),
            line("Growth Product Manager", 250, 50, size=12)]
    main += [line(f"main column sentence number {i} with words", 250, 80 + i * LINE_PT)
             for i in range(8)]
    result = texts(page(*sidebar, *main))
    assert result[:2] == ["Linnea Osterberg", "Growth Product Manager"]


def test_a_meta_column_beside_entries_is_read_entry_by_entry() -> None:
    # Design review: each role's employer, city and dates in a narrow left cell beside its
    # title and bullets. Read side by side as a whole, every meta cell came before every
    # title, so titles took a neighbour's dates (product years 0.9 of 6.8).
    entries = [("Volvane Mobility", "Gothenburg", "Mar 2022 - Present", "Technical Product Manager",
                ["• Own over-the-air updates for 1.2M vehicles.", "• Wrote PRDs and API specs."]),
               ("Kattegat Embedded", "Malmo", "Aug 2015 - Dec 2019", "Software Engineer",
                ["• Built telematics services in C++.", "• Ran the test rig for two years."])]
    # Full-width lines above (a summary) keep the page one column; the grid is local.
    rows = [line("Tamsin Example", 20, 20, size=20),
            line("Technical product manager for connected vehicles and embedded platforms", 20, 44),
            line("with eleven years across automotive software, cloud services and teams", 20, 58),
            line("EXPERIENCE", 20, 80, bold=True)]
    top = 100.0
    for employer, city, dates, title, bullets in entries:
        right = [title, *bullets]
        for offset, text in enumerate([employer, city, dates]):
            rows.append(line(text, 20, top + offset * LINE_PT))
        for offset, text in enumerate(right):
            rows.append(line(text, 200, top + offset * LINE_PT))
        top += LINE_PT * max(3, len(right)) + 12
    result = texts(page(*rows))
    assert result[4:] == ["Volvane Mobility", "Gothenburg", "Mar 2022 - Present",
                          "Technical Product Manager", "• Own over-the-air updates for 1.2M vehicles.",
                          "• Wrote PRDs and API specs.", "Kattegat Embedded", "Malmo",
                          "Aug 2015 - Dec 2019", "Software Engineer",
                          "• Built telematics services in C++.", "• Ran the test rig for two years."]


def test_a_main_column_beside_a_right_sidebar_is_no_meta_column() -> None:
    # The meta-column reading must not take a main column of dated roles and bullets for
    # meta cells: beside a right sidebar (Contact, Skills), it stays a column of its own.
    rows = [line("Jordan Example", 20, 20, size=20)]
    left = ["Senior Product Manager", "Ledgerwisp | Austin | Mar 2019 - Present",
            "• Own the roadmap for the billing suite.", "• Ran A/B tests on the upgrade flow.",
            "Product Manager", "Crestfold | Denver | Jun 2016 - Feb 2019",
            "• Wrote PRDs and user stories in Jira."]
    right = ["Contact", "jordan@example.com", "Skills", "SQL, Jira", "Education", "MBA, Northfield",
             "2016 - 2018"]
    for index, (main, side) in enumerate(zip(left, right, strict=True)):
        top = 60 + index * LINE_PT + (12 if index >= 4 else 0)
        rows += [line(main, 20, top), line(side, 420, top)]
    result = texts(page(*rows))
    assert result[1:8] == left
    assert result[8:] == right



def test_an_icon_before_a_bold_heading_keeps_the_heading_bold() -> None:
    # Design review 4: '📌 Skills' (the emoji from a regular font) made every heading read as
    # regular text, so the 12 pt regular headline was learned as a heading and the header's
    # title line opened an 'other' section.
    from analyzer.layout import LayoutLine

    icon = word("📌", 40, 100, size=12)
    heading = word("Skills", 60, 100, size=12, bold=True)
    assert LayoutLine(words=(icon, heading), block=0, gap_above=-1).bold
    assert not LayoutLine(words=(word("Senior", 40, 80), heading), block=0, gap_above=-1).bold


def test_a_margin_heading_wrapped_over_two_rows_is_one_heading() -> None:
    # Design review 4: 'Professional' / 'Experience' set right-aligned in a 20 %-wide heading
    # column, each beside a content line: the first role stayed in the profile (0 product
    # years); 'Education' / '& Training' made a certifications section.
    def row(head: str, body: str, top: float) -> list[RawWord]:
        cell = line(head, 0, top)
        shift = 100 - cell[-1].x1  # flush right at x = 100
        cell = [RawWord(w.text, w.x0 + shift, w.x1 + shift, w.top, w.bottom, w.size, w.bold,
                        w.icon_font) for w in cell]
        return cell + line(body, 120, top)

    p = page(line("Profile", 40, 40) + line("Product manager and engineer.", 120, 40),
             row("Professional", "Product Manager, Platform 01.2022 – today", 60),
             row("Experience", "Spotify, Stockholm", 72),
             line("Owned the roadmap for 2,000 engineers.", 120, 84),
             row("Education", "MSc Computer Science 2011 – 2016", 110),
             row("& Training", "KTH Royal Institute of Technology", 122))
    assert texts(p)[2:5] == ["Professional Experience", "Product Manager, Platform 01.2022 – today",
                             "Spotify, Stockholm"]
    assert "Education & Training" in texts(p)


@pytest.mark.parametrize("marker", ["\uf0da", "\x00"])  # an icon subset's chevron, mapped or not
def test_a_private_use_glyph_opening_an_item_is_its_bullet(marker: str) -> None:
    # Design round 7: list markers drawn from an icon subset in a text font were dropped, and
    # the items were no list items any more. A phone icon before a number is no marker.
    from analyzer.documents import document_from_pdf_words
    from analyzer.pdf_reader import RawDocument

    rows = [line("Jane Roe", 50, 40), line("EXPERIENCE", 50, 80),
            line("Product Manager, Acme, 2019 - 2024", 50, 100),
            [word(marker, 50, 116), *line("Own the single sign-on roadmap for 300 apps.", 62, 116)],
            [word("\uf095", 50, 132), *line("(408) 555-0148", 62, 132)]]
    document = document_from_pdf_words(RawDocument(pages=(page(*rows),), truncated=False))
    lines = document.text.splitlines()
    assert "• Own the single sign-on roadmap for 300 apps." in lines
    assert "(408) 555-0148" in lines


def test_a_three_column_grid_under_its_headings_reads_column_by_column() -> None:
    # Design round 7: a three-column footer (PRODUCT / TOOLS / LANGUAGES, items under each)
    # split at one gap only: the headings row read as one line, two columns paired row by
    # row ('Roadmapping Salesforce') and the footer stayed inside Education.
    body = [f"Full width line {i} about the role and what was shipped with the team" for i in range(12)]
    rows = [line(text, 40, 20 + 14 * i) for i, text in enumerate(body)]
    rows.append([*line("PRODUCT", 40, 200, bold=True), *line("TOOLS", 240, 200, bold=True),
                 *line("LANGUAGES", 440, 200, bold=True)])
    columns = (["Discovery", "PRDs", "Roadmapping", "Go-to-market"],
               ["Jira", "Productboard", "Salesforce", "Pendo"],
               ["English", "Spanish", "Portuguese", ""])
    for index in range(4):
        rows.append([w for x, column in zip((40, 240, 440), columns, strict=True)
                     if column[index] for w in line(column[index], x, 216 + 14 * index)])
    read = texts(page(*rows))
    assert read[len(body):] == ["PRODUCT", "Discovery", "PRDs", "Roadmapping", "Go-to-market",
                        "TOOLS", "Jira", "Productboard", "Salesforce", "Pendo",
                        "LANGUAGES", "English", "Spanish", "Portuguese"]


def test_a_table_of_roles_is_not_read_column_by_column_to_the_last_cell() -> None:
    # Design round 8: splitting every grid at each gap read a bordered table of roles (Dates |
    # Role | Company | Highlights) cell column by cell column: dates, titles and employers
    # apart, years lost (PM 26.8 -> 16.0). Only a grid of lists splits all the way.
    body = [f"Full width line {i} about the role and what was shipped with the team" for i in range(12)]
    rows = [line(text, 40, 20 + 14 * i) for i, text in enumerate(body)]
    rows.append([*line("Dates", 40, 200, bold=True), *line("Role", 150, 200, bold=True),
                 *line("Company", 260, 200, bold=True), *line("Highlights", 370, 200, bold=True)])
    entries = [("Jan 2022 - Present", "Senior PM", "Meridian AI", "• Own the ranking API."),
               ("Mar 2018 - Dec 2021", "Product Manager", "Quillsoft", "• Wrote the PRDs."),
               ("Aug 2015 - Feb 2018", "Data Engineer", "Quillsoft", "• Built Spark jobs.")]
    for index, cells in enumerate(entries):
        rows.append([w for x, cell in zip((40, 150, 260, 370), cells, strict=True)
                     for w in line(cell, x, 216 + 14 * index)])
    read = texts(page(*rows))
    assert any("Jan 2022 - Present" in text and "Senior PM" in text for text in read)


def test_a_date_range_wrapped_at_its_end_month_is_one_range() -> None:
    # Design round 8: cards in a 2x2 grid broke 'May 2019 – Feb' / '2022'; the role had no end
    # and product years fell from 7.5 to 4.7.
    from analyzer.documents import document_from_pdf_words
    from analyzer.pdf_reader import RawDocument

    rows = [line("Jane Roe", 40, 40), line("EXPERIENCE", 40, 80),
            line("Product Manager", 40, 100),
            line("Sound Data Systems, Tacoma, WA · May 2019 – Feb", 40, 114),
            line("2022", 40, 128),
            line("• Shipped an observability dashboard with Grafana.", 40, 142)]
    document = document_from_pdf_words(RawDocument(pages=(page(*rows),), truncated=False))
    assert "Sound Data Systems, Tacoma, WA · May 2019 – Feb 2022" in document.text.splitlines()


def test_two_sections_side_by_side_under_their_headings() -> None:
    # Design round 8: EDUCATION and SKILLS side by side at the foot of a page read both
    # headings first, then both columns: the skills landed under Education (C lost).
    body = [f"Full width line {i} about the role and what was shipped with the team" for i in range(12)]
    rows = [line(text, 40, 20 + 14 * i) for i, text in enumerate(body)]
    rows.append([*line("EDUCATION", 40, 200, bold=True), *line("SKILLS", 320, 200, bold=True)])
    left = ["BS Electrical Engineering, Lakes University", "(2010 - 2014)", "Dean's list."]
    right = ["Product: Roadmapping, Customer interviews", "Technical: IoT, AWS, C", ""]
    for index in range(3):
        rows.append([w for x, cell in ((40, left[index]), (320, right[index])) if cell
                     for w in line(cell, x, 216 + 14 * index)])
    read = texts(page(*rows))[len(body):]
    assert read.index("EDUCATION") < read.index("(2010 - 2014)") < read.index("SKILLS")
    assert read.index("SKILLS") < read.index("Technical: IoT, AWS, C")


def test_cards_side_by_side_beside_margin_headings_read_card_by_card() -> None:
    # Layout-invariance finding (Reactive Resume 'bronzor'): headings in a left margin lane,
    # two project cards side by side. The widest gap common to the cards' rows was the margin
    # lane, with words on one side only; the real gutter between the cards was never tried,
    # so each card's wrapped sentence ran into the other's.
    rows = [line("Jordan Example", 125, 20, size=20),
            line("Summary", 20, 60, bold=True),
            line("Product engineer who ships data products and runs discovery with customers.",
                 125, 60),
            line("Projects", 20, 100, bold=True) + line("Checkout Platform", 125, 100)
            + line("Insights Dashboard", 362, 100),
            line("Project Lead", 125, 114) + line("Frontend Developer", 362, 114),
            line("Led a full-stack rebuild of the web store", 125, 128)
            + line("Built an analytics board for", 362, 128),
            line("checkout, lifting sales conversion 25%.", 125, 142)
            + line("a SaaS app, with live charts.", 362, 142),
            line("Skills", 20, 180, bold=True),
            line("SQL, Python, React, Figma, Jira, Amplitude and dbt for analytics work.", 125, 180)]
    result = texts(page(*rows))
    start = result.index("Checkout Platform")
    assert result[start:start + 8] == [
        "Checkout Platform", "Project Lead", "Led a full-stack rebuild of the web store",
        "checkout, lifting sales conversion 25%.", "Insights Dashboard", "Frontend Developer",
        "Built an analytics board for", "a SaaS app, with live charts."]
