"""Project descriptions: lines that describe a client's product, not the candidate's work.

Contract: :func:`description_spans` returns the character ranges (start, end) of a
Document's description blocks, in document order. Project-style CVs describe each engagement
in two parts: what the client's system is ('Project Description: a CRM application that
manages sales orders and invoicing') and then what the candidate did ('Responsibilities: …').
A block opens after a description label at the start of a line in experience or projects
and ends before the candidate's part opens (a responsibilities, role, contribution,
environment or technologies label), at a heading, a section change, a dated line (the next
role), or after :data:`MAX_DESCRIPTION_LINES` lines. A domain named there ('sales orders',
'invoicing') is the client's business, not the candidate's skill; what the candidate did is
written in the part after it.
"""

from __future__ import annotations

import re
from datetime import date

from analyzer.models import Document
from analyzer.timeline import find_ranges

MAX_DESCRIPTION_LINES = 20
"""Lines a description block may run (a block never swallows a whole role). A wrapped
paragraph of a product's features runs to a dozen lines or more, and a flattened document
counts each piece between runs of spaces as a line; the labels, headings and dated lines
that end a block still end it."""
DESCRIPTION_SECTIONS = frozenset({"experience", "projects"})
"""Sections where engagements are described this way."""
_OPENS = re.compile(
    r"\s*(?:(?:project|client|product|system|application)\s+)?"
    r"(?:description|overview|synopsis|abstract)\s*(?:[:\-–]|$)"
    r"|\s*about\s+the\s+(?:project|client|product|application)\s*[:\-–]?", re.IGNORECASE)
"""A description label at the start of a line ('Project Description:', 'Synopsis -') or alone
on it ('DESCRIPTION')."""
_CLOSES = re.compile(
    r"[\s*•◦▪➢·-]*(?:(?:key\s+|my\s+)?roles?(?:\s*(?:&|and)\s*responsibilit(?:y|ies))?"
    r"|(?:key\s+|my\s+)?responsibilit(?:y|ies)|contributions?|duties"
    r"|environment|technolog(?:y|ies)(?:\s+used)?|tools(?:\s+used)?|tech\s+stack"
    r"|key\s+result\s+areas|achievements)\b", re.IGNORECASE)
"""The label that opens the candidate's own part ('Roles & Responsibilities:', '* Technologies
used:'), after any bullet."""
_OWN_WORK = re.compile(
    r"\b(?:I|my|me|we|our)\b"
    r"|^[\W\d]*(?:[A-Z][a-z]+ed|(?i:implement|support|manage|lead|develop|design|build|create"
    r"|deliver|drive|own|define|analy[sz]e|conduct|coordinate|prepare|write|perform|configure"
    r"|test|map|work|built|wrote|led|ran|made|drove))\b")
"""A line in the first person, or opening with an action verb ('Implemented …', 'Manage
process workshops …'), is the candidate's own account of their work."""


def description_spans(document: Document, *, today: date) -> list[tuple[int, int]]:
    """Character ranges of the document's description lines (see the module contract); a
    line in the first person or opening with an action verb is the candidate's own
    account and is left out."""
    spans: list[tuple[int, int]] = []
    section: str | None = None  # the section of the open block, None when none is open
    lines_in = 0
    for line in document.lines:
        text = line.text
        if section is not None and (
                line.heading or line.section != section or lines_in >= MAX_DESCRIPTION_LINES
                or _CLOSES.match(text) is not None or bool(find_ranges(text, today=today))):
            section = None
        start = line.start
        if line.section in DESCRIPTION_SECTIONS and not line.heading:
            label = _OPENS.match(text)
            if label is not None:
                section, lines_in, start = line.section, 0, line.start + label.end()
        if section is None:
            continue
        lines_in += 1
        if line.end > start and not _OWN_WORK.search(text[start - line.start:].strip()):
            spans.append((start, line.end))
    return spans


_WORK_STATED = re.compile(
    r"\b(?:involv(?:es|ed|ing)\b|(?:includ(?:es|ed|ing)|consist(?:s|ed)\s+of)\s+(?:the\s+)?"
    r"[a-z]+ing\b|using\b|(?:built|developed|implemented)\s+(?:\w+\s+)?(?:with|in|on|using)\b|"
    r"written\s+in\b|based\s+on\b|powered\s+by\b|migrat\w+|ownership\s+of\b)[^.;:]*\Z",
    re.IGNORECASE)
WORK_STATED_REACH_CHARS = 120
"""How far before a match (characters) 'This project involves testing …' is looked for."""


def states_the_work(text: str, start: int) -> bool:
    """The description's sentence says what the project's work was ('This project involves
    testing the Microsoft Dynamics CRM', 'a pipeline using Kafka and Flink', 'Migration of the
    CRM to Salesforce', 'Ownership of the Kubernetes platform') or is the candidate's own
    ('Built a Linux kernel module …'): the tool it names is one the team worked with."""
    lo = max(0, start - WORK_STATED_REACH_CHARS)
    if _WORK_STATED.search(text, lo, start) is not None:
        return True
    # A sentence of the candidate's own inside the description ('… process. Built a Linux
    # kernel module for …').
    sentence = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    return sentence >= 0 and _OWN_WORK.search(text[sentence + 1:start].strip()) is not None
