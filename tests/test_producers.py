"""PDFs as other producers write them read like their text (one regression test per quirk).

Each PDF is built in memory with ReportLab (a test dependency) from fictional content, so the
test shows the producer's own way of writing the page, not a hand-made imitation.
"""

from __future__ import annotations

import io
from datetime import date

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from analyzer import extract_skills, read_document
from analyzer.signals import read_signals
from skills_taxonomy import load_taxonomy

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
BULLET_ITEM = ParagraphStyle("item", parent=BODY, leftIndent=10, bulletFontName="Helvetica")
HEADING = ParagraphStyle("heading", fontName="Helvetica-Bold", fontSize=12, leading=16)


def _build(flowables: list[Paragraph]) -> bytes:
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
