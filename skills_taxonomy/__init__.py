"""The skills taxonomy: curated technical, business and soft skills with PM and TPM profiles.

Public API: :func:`load_taxonomy` (cached, validated) and the model types. Data files live in
``skills_taxonomy/data`` and are read through :mod:`importlib.resources`.
"""

from skills_taxonomy.loader import (
    build_taxonomy,
    effective_mode,
    json_schema,
    load_taxonomy,
    normalise_alias,
    read_extension,
)
from skills_taxonomy.model import Alias, LearningStep, Role, RoleSkill, Signal, Skill, Taxonomy

__all__ = [
    "Alias",
    "LearningStep",
    "Role",
    "RoleSkill",
    "Signal",
    "Skill",
    "Taxonomy",
    "build_taxonomy",
    "effective_mode",
    "json_schema",
    "load_taxonomy",
    "normalise_alias",
    "read_extension",
]
