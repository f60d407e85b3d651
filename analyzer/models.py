"""Result types: frozen, slotted dataclasses, the analyzer's public data model.

Every offset (``start``/``end``) is a character offset into :attr:`Document.text`, end
exclusive, so ``document.text[line.start:line.end] == line.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SectionKind = Literal[
    "header", "summary", "experience", "education", "skills", "projects", "certifications",
    "other",
]
SECTION_KINDS: tuple[SectionKind, ...] = (
    "header", "summary", "experience", "education", "skills", "projects", "certifications",
    "other",
)
LinkKind = Literal["email", "linkedin", "github", "portfolio", "phone", "other"]
SourceFormat = Literal["pdf", "txt"]


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning about how the input was read (``code`` is stable, ``message`` user-facing)."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink found in the document (PDF link annotations, or URLs/emails in text)."""

    kind: LinkKind
    uri: str
    page: int | None


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text in reading order, with its section and position."""

    text: str
    start: int
    end: int
    page: int
    """1-based page number (1 for plain text)."""
    section: SectionKind
    heading: bool
    """True when this line is the heading that opens its section."""
    block: int
    """Reading-order block on the page (0 = header band or single column, then columns)."""


@dataclass(frozen=True, slots=True)
class Section:
    """A run of lines under one heading. ``heading`` is the text as printed ('' if none)."""

    kind: SectionKind
    heading: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Document:
    """A resume's text in reading order, split into lines and sections."""

    text: str
    pages: int
    lines: tuple[Line, ...]
    sections: tuple[Section, ...]
    links: tuple[Link, ...]
    warnings: tuple[Notice, ...]
    source_format: SourceFormat
    columns: int = 1
    """The largest number of text columns found on any page (1 = single column)."""

    def section_at(self, offset: int) -> SectionKind:
        """The kind of the section containing ``offset`` ('other' outside every section)."""
        for section in self.sections:
            if section.start <= offset < section.end:
                return section.kind
        return "other"

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form (the ``resume-gap text --format json`` output)."""
        return {
            "text": self.text,
            "pages": self.pages,
            "columns": self.columns,
            "source_format": self.source_format,
            "sections": [
                {"kind": s.kind, "heading": s.heading, "start": s.start, "end": s.end}
                for s in self.sections
            ],
            "lines": [
                {
                    "text": ln.text, "start": ln.start, "end": ln.end, "page": ln.page,
                    "section": ln.section, "heading": ln.heading, "block": ln.block,
                }
                for ln in self.lines
            ],
            "links": [{"kind": k.kind, "uri": k.uri, "page": k.page} for k in self.links],
            "warnings": [{"code": w.code, "message": w.message} for w in self.warnings],
        }


MatchType = Literal["exact", "fuzzy", "inferred"]
EvidenceKind = Literal["certified", "demonstrated", "listed", "mentioned", "inferred"]
EVIDENCE_KINDS: tuple[EvidenceKind, ...] = (
    "certified", "demonstrated", "listed", "mentioned", "inferred",
)
"""Strongest first. ``demonstrated``: used in an experience or project line; ``listed``: only
in a skills list; ``mentioned``: elsewhere (summary, other); ``inferred``: only through a
related tool or certification."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text that evidences a skill. ``text == source[start:end]``."""

    text: str
    start: int
    end: int
    section: SectionKind
    sentence: str
    match: MatchType
    score: float
    """Match similarity 0-100 (100 for exact; for inferred, the source mention's score)."""
    hedged: bool = False
    """Qualified by 'familiar with', 'basic knowledge of', 'exposure to'…"""
    outcome: bool = False
    """The sentence reports a result (a number, %, or currency)."""
    via: str | None = None
    """For inferred mentions: the id of the tool or certification that implies the skill."""


@dataclass(frozen=True, slots=True)
class SkillHit:
    """A skill found in a resume, with its confidence and the mentions behind it."""

    id: str
    name: str
    category: str
    subcategory: str
    kind: str
    confidence: float
    """0..1: how sure we are the candidate has this skill (see ``explanation``)."""
    evidence: EvidenceKind
    mentions: tuple[Mention, ...]
    last_used: int | None
    """Latest year of a dated role that mentions it, when dates are present."""
    explanation: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form (the ``skills`` items of the report)."""
        return {
            "id": self.id, "name": self.name, "category": self.category,
            "subcategory": self.subcategory, "kind": self.kind,
            "confidence": round(self.confidence, 3), "evidence": self.evidence,
            "last_used": self.last_used, "explanation": list(self.explanation),
            "mentions": [
                {"text": m.text, "start": m.start, "end": m.end, "section": m.section,
                 "sentence": m.sentence, "match": m.match, "score": round(m.score, 1),
                 "hedged": m.hedged, "outcome": m.outcome, "via": m.via}
                for m in self.mentions
            ],
        }
