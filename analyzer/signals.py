"""What a recruiter reads besides skills: titles held, degree fields, years, certifications.

Contract: :func:`read_signals` returns :class:`Signals` for a Document, using the taxonomy's
title and degree patterns. The acronym "TPM" is resolved by its context: next to "program",
"release", "PMP" … it is a Technical *Program* Manager (not a product role); next to
"product", "roadmap", "PRD" … a Technical *Product* Manager; otherwise it stays ambiguous and
counts for neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from analyzer.models import Document, SkillHit
from analyzer.timeline import experience_years, find_ranges
from skills_taxonomy import Signal, Taxonomy

TPM_CONTEXT_CHARS = 160
"""Characters around a 'TPM' acronym searched for product or program cues."""
_TPM = re.compile(r"\bTPM\b")
_PROGRAM_CUES = re.compile(
    r"\bprogram(?:me)?s?\b|\brelease trains?\b|\bPMP\b|\bPgM\b|\bschedul\w*|\bprogram management\b",
    re.IGNORECASE)
_PRODUCT_CUES = re.compile(r"\bproduct\b|\broadmaps?\b|\bPRDs?\b|\buser stories\b|\bdiscovery\b",
                           re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class SignalHit:
    """A title or degree signal found in the text, with the line that shows it."""

    id: str
    name: str
    tilt: str
    product_role: bool
    evidence: str
    years: float
    """Years covered by the dated role of that title line (0 when undated or a degree)."""


@dataclass(frozen=True, slots=True)
class Signals:
    titles: tuple[SignalHit, ...]
    degrees: tuple[SignalHit, ...]
    certifications: tuple[str, ...]
    """Skill ids of certifications found."""
    total_years: float
    product_years: float
    tpm_acronym: str | None
    """'product', 'program', 'ambiguous', or None when no 'TPM' appears."""
    certification_names: tuple[str, ...] = ()
    """Display names of ``certifications``, in the same order (shown as evidence)."""

    def certificates_shown(self) -> str:
        """The certifications as a reader sees them: names (ids when built without them)."""
        return ", ".join(self.certification_names or self.certifications) or "none found"


def _pattern(signal: Signal) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(p) for p in sorted(signal.patterns, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def resolve_tpm(text: str) -> str | None:
    """What 'TPM' means in ``text``: 'product', 'program', 'ambiguous' or None (absent)."""
    votes = {"product": 0, "program": 0}
    found = False
    for match in _TPM.finditer(text):
        found = True
        window = text[max(0, match.start() - TPM_CONTEXT_CHARS):match.end() + TPM_CONTEXT_CHARS]
        votes["program"] += len(_PROGRAM_CUES.findall(window))
        votes["product"] += len(_PRODUCT_CUES.findall(window))
    if not found:
        return None
    if votes["program"] == votes["product"]:
        return "ambiguous"
    return max(votes, key=lambda key: votes[key])


def _title_hits(document: Document, titles: tuple[Signal, ...], today: date) -> list[SignalHit]:
    compiled = [(signal, _pattern(signal)) for signal in titles]
    # Longest patterns first, so 'technical program manager' wins over 'program manager'.
    compiled.sort(key=lambda pair: -max((len(p) for p in pair[0].patterns), default=0))
    hits: list[SignalHit] = []
    for line in document.lines:
        if line.section not in {"header", "experience", "summary"} or line.heading:
            continue
        taken: list[tuple[int, int]] = []
        for signal, pattern in compiled:
            for match in pattern.finditer(line.text):
                if any(a < match.end() and match.start() < b for a, b in taken):
                    continue
                taken.append(match.span())
                if line.section == "summary" and hits:
                    continue
                ranges = find_ranges(line.text, today=today)
                years = sum(r.end - r.start for r in ranges)
                hits.append(SignalHit(id=signal.id, name=signal.name, tilt=signal.tilt,
                                      product_role=signal.product_role, evidence=line.text.strip(),
                                      years=round(years, 1)))
    return hits


def _degree_hits(document: Document, degrees: tuple[Signal, ...]) -> list[SignalHit]:
    hits: list[SignalHit] = []
    seen: set[str] = set()
    for line in document.lines:
        if line.section != "education":
            continue
        for signal in degrees:
            if signal.id not in seen and _pattern(signal).search(line.text):
                seen.add(signal.id)
                hits.append(SignalHit(id=signal.id, name=signal.name, tilt=signal.tilt,
                                      product_role=False, evidence=line.text.strip(), years=0.0))
    return hits


def read_signals(document: Document, skills: list[SkillHit], taxonomy: Taxonomy, *,
                 today: date) -> Signals:
    """Titles, degrees, certifications and years of experience found in ``document``."""
    titles = _title_hits(document, taxonomy.titles, today)
    tpm = resolve_tpm(document.text)
    if tpm == "product":
        line = next((ln.text for ln in document.lines if _TPM.search(ln.text)), "TPM")
        titles.append(SignalHit(id="tpm_acronym_product", name="Technical Product Manager (TPM)",
                                tilt="tpm", product_role=True, evidence=line.strip(), years=0.0))
    certified = [h for h in skills if h.kind == "certification" and h.evidence != "inferred"]
    return Signals(
        titles=tuple(titles),
        degrees=tuple(_degree_hits(document, taxonomy.degree_fields)),
        certifications=tuple(h.id for h in certified),
        certification_names=tuple(h.name for h in certified),
        total_years=experience_years(document, today=today),
        product_years=round(sum(t.years for t in titles if t.product_role), 1),
        tpm_acronym=tpm,
    )
