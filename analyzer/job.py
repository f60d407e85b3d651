"""A custom role profile built from a job description.

Contract: :func:`role_from_job` extracts the posting's skills with the same pipeline as
resumes, weighs each by the cue phrases around it (required/must/minimum -> core;
preferred/nice to have/bonus/plus -> nice; otherwise important), borrows responsibility,
dimension and tilt from the PM/TPM profiles when the skill is there, and returns a Role that
scores exactly like the packaged ones.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date

from analyzer.documents import document_from_text
from analyzer.errors import InputError
from analyzer.extraction import extract_skills
from analyzer.models import SkillHit
from skills_taxonomy import Role, RoleSkill, Taxonomy
from skills_taxonomy.model import Responsibility, Weight

MIN_JOB_SKILLS = 3
"""A posting with fewer recognised skills cannot make a useful profile."""
JOB_TARGET_COVERAGE = 0.85
"""Coverage (0..1) of a job profile that counts as a complete fit. A job profile holds only the
skills the ad asks for, so nearly all of them must be shown: with the broad profiles' 0.5, a
resume missing a core requirement of a 12-skill ad scored 100."""
_NICE = re.compile(r"\b(?:preferred|nice[- ]to[- ]have|bonus|a plus|is a plus|plus\b|desirable|"
                   r"ideally|would be (?:great|nice)|optional|good to have)", re.IGNORECASE)
_MUST = re.compile(r"\b(?:required|requirements?|must|minimum|mandatory|essential|you have|"
                   r"you will need|what you(?:'ll| will) need|qualifications|need to have)\b",
                   re.IGNORECASE)
_DEFAULT_RESPONSIBILITY: dict[str, Responsibility] = {
    "technical": "features", "business": "strategy", "soft": "soft",
}
_RANK: dict[Weight, int] = {"core": 3, "important": 2, "nice": 1}


class JobDescriptionError(InputError):
    code = "job_description_unusable"
    default_message = ("We recognised too few skills in the job description to build a "
                       "profile. Paste the full posting, including its requirements.")


def _line_weights(text: str) -> dict[int, Weight]:
    """Weight implied for each line start offset, from inline cues or the last cue line."""
    weights: dict[int, Weight] = {}
    mode: Weight = "important"
    offset = 0
    for line in text.split("\n"):
        nice, must = _NICE.search(line), _MUST.search(line)
        inline: Weight | None = "nice" if nice else ("core" if must else None)
        # A short cue line ('Nice to have:') changes the mode for the lines below it.
        if inline is not None and len(line.split()) <= 6:
            mode = inline
        weights[offset] = inline or mode
        offset += len(line) + 1
    return weights


_EITHER = re.compile(r"\s*,?\s*(?:\bor\b|/)\s*$", re.IGNORECASE)
"""What joins two alternatives: 'Amplitude or Mixpanel', 'Python/R'."""
MAX_ALTERNATIVE_GAP_CHARS = 12
"""Longest text (characters) between two skills named as alternatives."""


def _alternatives(text: str, hits: list[SkillHit]) -> list[set[str]]:
    """Groups of skills the ad names as alternatives to each other ('Amplitude or Mixpanel',
    'Python/R'): mentions next to each other joined by 'or' or '/'. A comma list ending in 'or'
    ('SQL, Python, Tableau or Looker') pairs only the two around 'or': which items the 'or'
    spans is ambiguous."""
    mentions = sorted(((m.start, m.end, hit.id) for hit in hits if hit.evidence != "inferred"
                       for m in hit.mentions), key=lambda m: m[0])
    groups: list[set[str]] = []
    for (_, end, first), (start, _, second) in itertools.pairwise(mentions):
        between = text[end:start]
        if first == second or "\n" in between or len(between) > MAX_ALTERNATIVE_GAP_CHARS:
            continue
        if _EITHER.match(between):
            pair = {first, second}
            joined = [group for group in groups if group & pair]
            merged = pair.union(*joined)
            groups = [group for group in groups if not group & pair] + [merged]
    return groups


def _merge_alternatives(skills: list[RoleSkill], groups: list[set[str]]) -> list[RoleSkill]:
    """One requirement per group of alternatives, weighted like its strongest member."""
    by_id = {item.skill_id: item for item in skills}
    out = [item for item in skills if not any(item.skill_id in group for group in groups)]
    for group in groups:
        members = sorted((by_id[skill_id] for skill_id in group if skill_id in by_id),
                         key=lambda item: (-_RANK[item.weight], item.skill_id))
        if members:
            first = members[0]
            out.append(replace(first, alternatives=tuple(m.skill_id for m in members[1:])))
    return out


def role_from_job(text: str, *, taxonomy: Taxonomy, role_id: str = "job",
                  name: str = "Target job", today: date | None = None) -> Role:
    """A role profile from a job description's text. Raises JobDescriptionError if too thin."""
    document = document_from_text(text)
    hits = extract_skills(document, taxonomy=taxonomy, today=today)
    weights = _line_weights(document.text)
    starts = sorted(weights)
    known = {item.skill_id: item for role_key in ("tpm", "pm") if (role := taxonomy.roles.get(role_key))
             for item in role.skills}
    skills: list[RoleSkill] = []
    for hit in hits:
        if hit.evidence == "inferred":
            continue
        best: Weight = "nice"
        for mention in hit.mentions:
            line_start = max((s for s in starts if s <= mention.start), default=0)
            weight = weights.get(line_start, "important")
            if _RANK[weight] > _RANK[best]:
                best = weight
        template = known.get(hit.id)
        skills.append(RoleSkill(
            skill_id=hit.id, weight=best,
            responsibility=template.responsibility if template else _DEFAULT_RESPONSIBILITY[hit.category],
            dimension=template.dimension if template else None,
            tilt=template.tilt if template else "shared",
        ))
    if len(skills) < MIN_JOB_SKILLS:
        raise JobDescriptionError()
    skills = _merge_alternatives(skills, _alternatives(document.text, hits))
    skills.sort(key=lambda s: (-_RANK[s.weight], s.skill_id))
    return Role(id=role_id, name=name, description="Built from a pasted job description.",
                title_aliases=(), not_to_confuse_with=(), skills=tuple(skills),
                target_coverage=JOB_TARGET_COVERAGE)
