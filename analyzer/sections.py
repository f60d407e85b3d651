"""Section headings: recognise them by vocabulary and typography, and label every line.

A heading is a short line whose words all come from the heading vocabulary ("Professional
Experience", "Programs, Skills, Software", "Certifications & Training"), optionally ending in
a colon; or, for headings we do not know ("Volunteering"), a short line set apart by
typography (larger than body text and bold or in capitals). Inline headings ("Skills: Python,
SQL") open a section too. Text before the first heading is the ``header`` (name, contact).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from analyzer.models import SectionKind

MAX_HEADING_WORDS = 6
"""Headings are short: longer lines are content."""
MAX_HEADING_CHARS = 48
HEADING_SIZE_DELTA_PT = 1.0
"""A line at least this much larger (points) than body text is typographically distinct."""

# Keyword -> kind. A heading's kind is that of its first keyword.
_KEYWORDS: dict[str, SectionKind] = {
    **dict.fromkeys(("summary", "profile", "objective", "about", "overview", "introduction",
                     "statement", "bio", "highlights"), "summary"),
    **dict.fromkeys(("experience", "experiences", "employment", "work", "history", "career",
                     "positions", "internships", "internship", "jobs"), "experience"),
    **dict.fromkeys(("education", "academic", "academics", "qualifications", "degrees",
                     "studies", "schooling", "coursework"), "education"),
    **dict.fromkeys(("skills", "skill", "competencies", "competences", "competency",
                     "expertise", "technologies", "technology", "tools", "software",
                     "programs", "proficiencies", "strengths", "stack", "abilities",
                     "toolbox", "toolkit", "capabilities"), "skills"),
    **dict.fromkeys(("projects", "project", "portfolio"), "projects"),
    **dict.fromkeys(("certifications", "certification", "certificates", "certificate",
                     "licenses", "licences", "license", "licence", "training", "courses",
                     "accreditations", "credentials"), "certifications"),
    **dict.fromkeys(("languages", "interests", "hobbies", "awards", "honors", "honours",
                     "publications", "volunteer", "volunteering", "leadership", "activities",
                     "references", "additional", "achievements", "accomplishments",
                     "affiliations", "memberships", "patents", "talks", "speaking",
                     "extracurricular", "information", "personal", "contact", "details",
                     "community", "involvement", "recognition", "miscellaneous", "other"),
       "other"),
}
# Words that may accompany keywords in a heading without changing its kind.
_FILLERS = frozenset({
    "and", "&", "of", "my", "professional", "relevant", "key", "core", "technical", "selected",
    "other", "additional", "areas", "top", "recent", "select", "work", "career", "employment",
    "academic", "personal", "notable", "featured", "summary", "qualifications", "related",
    "experience", "languages", "activities", "honors", "awards", "certifications", "skills",
    "tools", "technologies", "training", "development", "in", "the", "a", "highlights",
    "history", "continuing", "soft", "hard", "open", "source", "side", "volunteer",
    "leadership",
    "education", "projects", "courses", "certificates", "licenses", "information",
})
_INLINE = re.compile(r"^\s*([A-Za-z][A-Za-z &/,]{1,40}?)\s*:\s*(\S.*)$")
_WORD = re.compile(r"[a-z]+|&")


@dataclass(frozen=True, slots=True)
class LineStyle:
    """Typography of a line; unknown for plain text (size 0)."""

    text: str
    size: float = 0.0
    bold: bool = False
    gap_above: float = -1.0


def heading_kind(text: str) -> SectionKind | None:
    """The section kind a heading text names, or None when it is not a known heading."""
    stripped = text.strip().rstrip(":").strip()
    if not stripped or len(stripped) > MAX_HEADING_CHARS or stripped[-1] in ".;!?":
        return None
    words = _WORD.findall(stripped.lower())
    if not words or len(words) > MAX_HEADING_WORDS:
        return None
    if len(words) == 1 and words[0] == "&":
        return None
    kind: SectionKind | None = None
    for word in words:
        found = _KEYWORDS.get(word)
        if found is not None and kind is None:
            kind = found
        elif found is None and word not in _FILLERS:
            return None
    # Punctuation other than separators means prose ("Work: 5 years") not a heading.
    if re.search(r"[^\w\s&/,:|\-()']", stripped):
        return None
    return kind


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def _body_size(styles: Sequence[LineStyle]) -> float:
    sizes = Counter(round(s.size) for s in styles if s.size > 0 for _ in range(len(s.text)))
    return float(sizes.most_common(1)[0][0]) if sizes else 0.0


def _typographic_heading(style: LineStyle, body: float) -> bool:
    text = style.text.strip()
    words = text.split()
    if not words or len(words) > 4 or len(text) > MAX_HEADING_CHARS or text[-1] in ".,;":
        return False
    if not any(ch.isalpha() for ch in text) or text.startswith("•"):
        return False
    larger = body > 0 and style.size >= body + HEADING_SIZE_DELTA_PT
    return larger and (style.bold or _is_caps(text))


def label_sections(styles: Sequence[LineStyle]) -> list[tuple[SectionKind, bool]]:
    """For each line, its section kind and whether it is the heading opening that section."""
    body = _body_size(styles)
    labels: list[tuple[SectionKind, bool]] = []
    current: SectionKind = "header"
    seen_heading = False
    for index, style in enumerate(styles):
        text = style.text.strip()
        kind = heading_kind(text)
        distinct = body == 0 or style.bold or _is_caps(text) or style.size > body
        if kind is not None and (distinct or text.endswith(":") or len(text.split()) <= 3):
            current, seen_heading = kind, True
            labels.append((kind, True))
            continue
        inline = _INLINE.match(text)
        if inline is not None and (inline_kind := heading_kind(inline.group(1))) is not None:
            if inline_kind != current:
                current, seen_heading = inline_kind, True
                labels.append((inline_kind, True))
                continue
        # Unknown typographic headings: not on the first lines, where the name sits.
        if seen_heading and index > 0 and _typographic_heading(style, body):
            current = "other"
            labels.append((current, True))
            continue
        labels.append((current, False))
    return labels
