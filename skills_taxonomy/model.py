"""The loaded taxonomy: frozen, slotted dataclasses, independent of pydantic.

These are what the analyzer consumes. They are built once by :mod:`skills_taxonomy.loader`
and shared read-only (across threads and Streamlit sessions), hence frozen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

Category = Literal["technical", "business", "soft"]
Weight = Literal["core", "important", "nice"]
Responsibility = Literal["strategy", "ideation", "roadmapping", "features", "go_to_market", "soft"]
Dimension = Literal["degree", "focus", "teams", "research"]
Tilt = Literal["pm", "tpm", "shared"]
MatchMode = Literal["fuzzy", "exact", "case"]

RESPONSIBILITIES: tuple[Responsibility, ...] = (
    "strategy", "ideation", "roadmapping", "features", "go_to_market", "soft",
)
CATEGORIES: tuple[Category, ...] = ("technical", "business", "soft")
DIMENSIONS: tuple[Dimension, ...] = ("degree", "focus", "teams", "research")


@dataclass(frozen=True, slots=True)
class Alias:
    """A surface form of a skill with its effective matching mode.

    ``mode`` is already the effective one: the loader forces ``exact`` (or keeps ``case``) for
    short and symbol-bearing aliases, whatever the data file says.
    """

    text: str
    skill_id: str
    mode: MatchMode
    needs_context: bool
    other_sense: tuple[str, ...] = ()
    """Words that, in the same sentence, give the alias another field's meaning."""
    also: tuple[str, ...] = ()
    """Other skills the alias names as well ('technical roadmap': roadmapping too)."""
    vendor: bool = False
    """A vendor's name meaning this product alone ('Oracle'), not before another name."""


@dataclass(frozen=True, slots=True)
class Skill:
    """A canonical skill, tool, certification or language."""

    id: str
    name: str
    category: Category
    subcategory: str
    kind: str
    description: str
    aliases: tuple[Alias, ...]
    implies: tuple[str, ...]
    broader: tuple[str, ...]
    hot: bool


@dataclass(frozen=True, slots=True)
class RoleSkill:
    """A weighted skill of a role profile."""

    skill_id: str
    weight: Weight
    responsibility: Responsibility
    dimension: Dimension | None
    tilt: Tilt
    alternatives: tuple[str, ...] = ()
    """Other skills that meet this requirement as well ('Amplitude or Mixpanel'): the best
    credit among them counts."""


@dataclass(frozen=True, slots=True)
class Role:
    """A role profile (PM, TPM, or a custom one)."""

    id: str
    name: str
    description: str
    title_aliases: tuple[str, ...]
    not_to_confuse_with: tuple[str, ...]
    skills: tuple[RoleSkill, ...]
    target_coverage: float | None = None
    """Share (0..1] of this profile's weighted skills that counts as a complete fit; None: the
    scoring configuration's (broad profiles of ~76 skills). A profile that lists only what a
    job ad demands sets its own, near 1."""


@dataclass(frozen=True, slots=True)
class Signal:
    """A degree field or title pattern and the role it tilts toward."""

    id: str
    name: str
    tilt: Tilt
    patterns: tuple[str, ...]
    product_role: bool = False


@dataclass(frozen=True, slots=True)
class LearningStep:
    """A concrete next step for a skill."""

    skill_id: str
    action: str
    resource: str
    resource_type: str
    url: str | None
    hours: float
    cost: str
    resume_line: str


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """The whole taxonomy, indexed by id. Treat as read-only."""

    version: str
    attribution: tuple[str, ...]
    skills: MappingProxyType[str, Skill]
    roles: MappingProxyType[str, Role]
    learning: MappingProxyType[str, LearningStep]
    degree_fields: tuple[Signal, ...]
    titles: tuple[Signal, ...]
    sources: tuple[str, ...] = field(default=())
    """Names of the files it was built from (packaged files and extensions), for reports."""

    @property
    def aliases(self) -> tuple[Alias, ...]:
        """Every alias of every skill, in skill id order."""
        return tuple(alias for skill in self.skills.values() for alias in skill.aliases)

    def counts_by_category(self) -> dict[str, int]:
        """Number of skills per category, in the canonical category order."""
        counts: dict[str, int] = dict.fromkeys(CATEGORIES, 0)
        for skill in self.skills.values():
            counts[skill.category] += 1
        return counts
