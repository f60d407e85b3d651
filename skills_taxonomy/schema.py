"""Pydantic models for the taxonomy data files: the only place external data is validated.

Every model forbids unknown fields and is frozen, so a typo in a data file is an error with a
readable location (file, entry, field) rather than a silently ignored key. The validated
models are converted to plain frozen dataclasses by :mod:`skills_taxonomy.loader`; nothing
outside this package sees pydantic.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# The vocabularies are defined once, in the plain (pydantic-free) model module.
from skills_taxonomy.model import Category, Dimension, MatchMode, Responsibility, Tilt, Weight

SKILL_ID_PATTERN = r"^[a-z0-9][a-z0-9_]*[a-z0-9]$"
"""Skill ids are lower snake case, stable forever once published (reports refer to them)."""

SkillKind = Literal["skill", "tool", "certification", "language"]
ResourceType = Literal[
    "course", "book", "guide", "article", "video", "practice", "certification", "template",
    "community", "documentation", "project",
]
Cost = Literal["free", "freemium", "paid"]

SUBCATEGORIES: dict[str, frozenset[str]] = {
    "technical": frozenset({
        "programming_languages", "data_analytics", "cloud_infrastructure", "architecture_apis",
        "delivery_devops", "ai_ml", "security", "design_tools", "pm_tools", "databases",
        "web_mobile", "office_productivity", "enterprise_systems", "testing_quality",
        "operating_systems", "networking", "other_technical",
    }),
    "business": frozenset({
        "strategy", "market_customer_research", "go_to_market", "finance_pricing",
        "analytics_experimentation", "delivery_process", "domain_knowledge", "product_design",
        "requirements", "operations", "legal_compliance",
    }),
    "soft": frozenset({
        "communication", "leadership", "collaboration", "influence_negotiation", "empathy",
        "problem_solving", "adaptability", "organisation", "languages",
    }),
}
"""Allowed subcategories per category; kept here so a new one is a reviewed schema change."""

_ALIAS_FORBIDDEN = re.compile(r"[\n\r\t]")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class AliasSpec(_Strict):
    """An alias with explicit matching rules.

    ``match``: ``fuzzy`` may be matched approximately (long, plain aliases only; the loader
    downgrades short or symbol-bearing aliases to ``exact`` regardless), ``exact`` matches
    whole tokens case-insensitively, ``case`` matches whole tokens with exact case (SAFe, REST,
    RICE, Go). ``needs_context``: the alias is also ordinary English ("excel" in "excel at",
    "lead", "swift"), so it only counts in a skills section or a list-like line.
    ``other_sense``: words or phrases that, in the same sentence, show the alias means
    something else in another field ("GCP" with "clinical": Good Clinical Practice; "AWS"
    with "welding": the American Welding Society); matched as whole words, any case.
    ``also``: other skills the alias names as well ("technical roadmap" is a roadmap and a
    technology strategy); a mention of the alias counts for each.
    ``vendor``: the alias is a vendor's name that means this product only when it stands
    alone ("Oracle" the database, "Apache" the web server); followed by another capitalised
    name it is another of the vendor's products ("Oracle IDM", "Apache Tiles").
    """

    text: Annotated[str, Field(min_length=1, max_length=80)]
    match: MatchMode = "fuzzy"
    needs_context: bool = False
    other_sense: tuple[Annotated[str, Field(min_length=2, max_length=40)], ...] = ()
    also: tuple[Annotated[str, Field(pattern=SKILL_ID_PATTERN)], ...] = ()
    vendor: bool = False

    @field_validator("text")
    @classmethod
    def _single_line(cls, value: str) -> str:
        if _ALIAS_FORBIDDEN.search(value):
            raise ValueError("alias must be a single line without tabs")
        return value


Alias = str | AliasSpec


class SkillEntry(_Strict):
    """One canonical skill, tool, certification or language."""

    id: Annotated[str, Field(pattern=SKILL_ID_PATTERN, max_length=64)]
    name: Annotated[str, Field(min_length=1, max_length=80)]
    category: Category
    subcategory: str
    kind: SkillKind = "skill"
    description: Annotated[str, Field(min_length=10, max_length=300)]
    aliases: tuple[Alias, ...] = ()
    implies: tuple[Annotated[str, Field(pattern=SKILL_ID_PATTERN)], ...] = ()
    """Tool -> skill and certification -> skill relations: evidence of this is partial
    evidence of those (Jira -> backlog management)."""
    broader: tuple[Annotated[str, Field(pattern=SKILL_ID_PATTERN)], ...] = ()
    sources: tuple[Literal["onet", "esco", "project"], ...] = ("project",)
    hot: bool = False
    """O*NET "Hot Technology" or "In Demand" flag, used to rank technical suggestions."""

    @model_validator(mode="after")
    def _subcategory_fits(self) -> SkillEntry:
        allowed = SUBCATEGORIES[self.category]
        if self.subcategory not in allowed:
            raise ValueError(
                f"subcategory {self.subcategory!r} is not allowed for category "
                f"{self.category!r}; use one of {sorted(allowed)}"
            )
        return self


class SkillsFile(_Strict):
    """A file of skills (``skills_*.json``)."""

    skills: tuple[SkillEntry, ...]


class RoleSkill(_Strict):
    """A weighted skill in a role profile."""

    skill: Annotated[str, Field(pattern=SKILL_ID_PATTERN)]
    weight: Weight
    responsibility: Responsibility
    dimension: Dimension | None = None
    tilt: Tilt = "shared"


class RoleProfile(_Strict):
    """A role profile: weighted skills plus title evidence."""

    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=40)]
    name: Annotated[str, Field(min_length=2, max_length=80)]
    description: Annotated[str, Field(min_length=10, max_length=400)]
    title_aliases: tuple[str, ...] = ()
    not_to_confuse_with: tuple[str, ...] = ()
    skills: tuple[RoleSkill, ...]

    @model_validator(mode="after")
    def _unique_skills(self) -> RoleProfile:
        seen: set[str] = set()
        for entry in self.skills:
            if entry.skill in seen:
                raise ValueError(f"skill {entry.skill!r} appears twice in role {self.id!r}")
            seen.add(entry.skill)
        return self


class DegreeField(_Strict):
    """A field of study and which role it tilts toward (business degree/MBA vs CS/engineering)."""

    id: Annotated[str, Field(pattern=SKILL_ID_PATTERN)]
    name: str
    tilt: Tilt
    patterns: tuple[str, ...]


class TitleSignal(_Strict):
    """A job title pattern and what it says (product role held, which role it tilts toward)."""

    id: Annotated[str, Field(pattern=SKILL_ID_PATTERN)]
    name: str
    product_role: bool
    tilt: Tilt
    patterns: tuple[str, ...]


class RolesFile(_Strict):
    """``roles.json``: role profiles plus degree and title signals."""

    roles: tuple[RoleProfile, ...]
    degree_fields: tuple[DegreeField, ...] = ()
    titles: tuple[TitleSignal, ...] = ()


class LearningStep(_Strict):
    """A concrete next step to learn or show a skill."""

    skill: Annotated[str, Field(pattern=SKILL_ID_PATTERN)]
    action: Annotated[str, Field(min_length=10, max_length=300)]
    resource: Annotated[str, Field(min_length=3, max_length=200)]
    resource_type: ResourceType
    url: Annotated[str, Field(pattern=r"^https://[^\s]+$")] | None = None
    hours: Annotated[float, Field(gt=0, le=400)]
    cost: Cost = "free"
    resume_line: Annotated[str, Field(min_length=10, max_length=240)]
    """What to put on the resume once done (a bullet template)."""


class LearningFile(_Strict):
    """``learning.json``: one learning step per role skill."""

    steps: tuple[LearningStep, ...]


class MetaFile(_Strict):
    """``meta.json``: version and attribution of the taxonomy."""

    taxonomy_version: Annotated[str, Field(pattern=r"^\d{4}\.\d{2}\.\d{2}(\.\d+)?$")]
    attribution: tuple[str, ...]


class ExtensionFile(_Strict):
    """A user's extra taxonomy file: any of skills, roles and learning steps.

    Loaded with the same validation as the packaged files and merged on top of them.
    """

    skills: tuple[SkillEntry, ...] = ()
    roles: tuple[RoleProfile, ...] = ()
    steps: tuple[LearningStep, ...] = ()
