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
    """Strongest proof first (certifications, experience and projects, the skills section,
    the rest), in text order within each."""
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


GapKind = Literal["missing", "hidden", "weak"]


@dataclass(frozen=True, slots=True)
class SkillCredit:
    """How much one role skill contributes: ``credit`` in [0, 1] times ``weight``."""

    skill_id: str
    name: str
    weight: str
    weight_value: float
    responsibility: str
    category: str
    credit: float
    evidence: str | None
    """The candidate's evidence kind for it, None when absent."""


@dataclass(frozen=True, slots=True)
class Gap:
    """A role skill the candidate lacks, hides or shows weakly; ``importance`` ranks them."""

    skill_id: str
    name: str
    kind: GapKind
    weight: str
    importance: float
    advice: str


@dataclass(frozen=True, slots=True)
class PlanStep:
    """One step of the learning plan, with its projected fit gain (score points)."""

    rank: int
    skill_id: str
    name: str
    role: str
    gap: GapKind
    why: str
    action: str
    resource: str
    resource_type: str
    url: str | None
    hours: float
    cost: str
    resume_line: str
    projected_gain: float


@dataclass(frozen=True, slots=True)
class RoleFit:
    """Fit of one resume to one role profile. Every number traces to ``credits``."""

    role: str
    name: str
    score: float
    band: str
    explanation: str
    skills_score: float
    signals_score: float
    lean: float | None
    """How much (0..1) of the side the role leans to the resume shows; None for a role with no
    leaning skills. The skills score keeps ``floor + (1 - floor) * lean`` of itself, ``floor``
    the configuration's ``lean_floor`` for the role's tilt."""
    signals: tuple[tuple[str, float, str], ...]
    """(signal, value 0..1, evidence) for title, experience, degree, certification."""
    subscores: tuple[tuple[str, float], ...]
    """By responsibility (strategy … go_to_market, soft), 0-100."""
    category_scores: tuple[tuple[str, float], ...]
    """By category (technical, business, soft), 0-100."""
    credits: tuple[SkillCredit, ...]
    gaps: tuple[Gap, ...]


@dataclass(frozen=True, slots=True)
class Dimension:
    """One of the four PM/TPM dimensions: where the evidence leans, and what it is."""

    name: str
    value: float
    """-1 (business-leaning PM) .. +1 (technical-leaning TPM); 0 when balanced or unknown."""
    pm_evidence: tuple[str, ...]
    tpm_evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Positioning:
    """Where the candidate sits between the PM and the TPM profile."""

    axis: float
    """-1 (business-leaning PM) .. +1 (technical-leaning TPM)."""
    summary: str
    dimensions: tuple[Dimension, ...]


SCHEMA_VERSION = "1.2"
"""Version of the report JSON schema (analyzer/schemas/report.schema.json)."""


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the analysis found for one resume. See :func:`analyzer.analyze`."""

    analyzer_version: str
    taxonomy_version: str
    analysed_on: str
    """ISO date used as 'today' for date ranges (reports are reproducible given it)."""
    skills: tuple[SkillHit, ...]
    roles: tuple[RoleFit, ...]
    positioning: Positioning
    best_fit: str
    learning_plan: tuple[PlanStep, ...]
    """The plan for the best fit (and any custom roles)."""
    advice: tuple[str, ...]
    recruiter_signals: tuple[tuple[str, str], ...]
    """(name, value) pairs shown as they were read: titles, degrees, years, certifications."""
    warnings: tuple[Notice, ...]
    config: tuple[tuple[str, object], ...]
    document: Document | None = None
    """The parsed resume, only when the caller asked for the text to be included."""
    other_plans: tuple[tuple[str, tuple[PlanStep, ...]], ...] = ()
    """(role key, plan) for each packaged role that is not the best fit: what to learn next
    when aiming for that role instead (a business PM who wants to become a TPM)."""
    schema_version: str = SCHEMA_VERSION

    def role(self, key: str) -> RoleFit:
        """The fit for role ``key`` ('pm', 'tpm', or a custom role's key)."""
        for fit in self.roles:
            if fit.role == key:
                return fit
        raise KeyError(key)

    def to_dict(self) -> dict[str, object]:
        """JSON-ready form, valid against the report JSON Schema."""
        from analyzer.report import report_to_dict

        return report_to_dict(self)

    def to_markdown(self) -> str:
        """A readable report for a coach to send to a client."""
        from analyzer.report import report_to_markdown

        return report_to_markdown(self)
