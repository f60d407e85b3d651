"""Scoring configuration: every weight and threshold of the fit model, in one typed place.

Contract: :data:`DEFAULT_CONFIG` is what reports use unless a caller passes another
:class:`ScoringConfig`. :func:`load_config` validates a coach's JSON override (pydantic at this
boundary only) and merges it onto the defaults; errors are ConfigError naming the field.
The README documents every field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from analyzer.errors import ConfigError


def _frozen(mapping: dict[str, float]) -> MappingProxyType[str, float]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, slots=True)
class ScoringConfig:
    """Weights and thresholds of the fit model (all documented in the README)."""

    weight_values: MappingProxyType[str, float] = field(default_factory=lambda: _frozen(
        {"core": 3.0, "important": 2.0, "nice": 1.0}))
    """How much a role skill counts, by its weight level."""
    evidence_strength: MappingProxyType[str, float] = field(default_factory=lambda: _frozen(
        {"certified": 1.0, "demonstrated": 1.0, "listed": 0.4, "mentioned": 0.4,
         "inferred": 0.35}))
    """Multiplier of a skill's confidence by its strongest evidence (0..1)."""
    target_coverage: float = 0.3
    """Share of each responsibility area's weighted skills (0..1) that fills the area. Broad
    profiles list many alternative skills per area (~76 in all); a strong real resume shows a
    third of an area's weight, rarely more (calibrated on 44 realistic fictional resumes, see
    docs/benchmarks.md, fit validity)."""
    lean_floor: MappingProxyType[str, float] = field(default_factory=lambda: _frozen(
        {"pm": 0.8, "tpm": 0.7}))
    """Share (0..1) of the skills score kept when the resume shows nothing of the side the role
    leans to, by the role's tilt: technical work for a TPM, customers and market for a PM; the
    rest is earned in proportion to how much of that side it shows. The article's roles share
    five responsibilities and differ by their lean, so shared product work alone must not make
    a business PM a strong Technical PM. The PM's floor is higher: "Technical" names the TPM's
    side outright, while many PM roles hire generalists (two blind judgment reviews, 34
    personas: lean right 29/34 with 0.7 for both, 32/34 with these)."""
    skills_share: float = 0.8
    """Share of the fit score from skills; the rest comes from recruiter signals (0..1)."""
    signal_weights: MappingProxyType[str, float] = field(default_factory=lambda: _frozen(
        {"title": 0.4, "experience": 0.3, "degree": 0.2, "certification": 0.1}))
    """Relative weights of the recruiter signals (normalised to sum 1)."""
    full_experience_years: float = 5.0
    """Years of relevant experience that earn the whole experience signal."""
    bands: MappingProxyType[str, float] = field(default_factory=lambda: _frozen(
        {"Strong": 75.0, "Good": 55.0, "Partial": 35.0, "Early": 0.0}))
    """Lower bound of each band (0-100), highest first."""
    weak_confidence: float = 0.6
    """A present skill below this credit (0..1) is listed under 'strengthen'."""
    completed_credit: float = 0.95
    """Credit (0..1) a skill is assumed to reach once its learning step is done and shown."""
    plan_length: int = 8
    """Steps in the learning plan (5..10)."""


DEFAULT_CONFIG = ScoringConfig()


class _Override(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    weight_values: dict[str, Annotated[float, Field(ge=0, le=10)]] | None = None
    evidence_strength: dict[str, Annotated[float, Field(ge=0, le=1)]] | None = None
    target_coverage: Annotated[float, Field(gt=0, le=1)] | None = None
    lean_floor: dict[str, Annotated[float, Field(ge=0, le=1)]] | None = None
    skills_share: Annotated[float, Field(ge=0, le=1)] | None = None
    signal_weights: dict[str, Annotated[float, Field(ge=0, le=10)]] | None = None
    full_experience_years: Annotated[float, Field(gt=0, le=40)] | None = None
    bands: dict[str, Annotated[float, Field(ge=0, le=100)]] | None = None
    weak_confidence: Annotated[float, Field(ge=0, le=1)] | None = None
    completed_credit: Annotated[float, Field(gt=0, le=1)] | None = None
    plan_length: Annotated[int, Field(ge=1, le=20)] | None = None


def config_from_mapping(data: dict[str, Any], *, base: ScoringConfig = DEFAULT_CONFIG) -> ScoringConfig:
    """``base`` with the fields in ``data`` replaced; unknown or out-of-range fields raise."""
    try:
        override = _Override.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ConfigError(f"scoring config: {where}: {first['msg']}") from exc
    changes: dict[str, Any] = {}
    for item in fields(ScoringConfig):
        value = getattr(override, item.name)
        if value is None:
            continue
        if isinstance(value, dict):
            current = dict(getattr(base, item.name))
            unknown = set(value) - set(current)
            if unknown:
                raise ConfigError(f"scoring config: {item.name}: unknown key(s) "
                                  f"{sorted(unknown)}; allowed: {sorted(current)}")
            current.update(value)
            value = _frozen(current)
        changes[item.name] = value
    return replace(base, **changes)


def load_config(text: str) -> ScoringConfig:
    """Parse a JSON scoring override (see README) into a full configuration."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"scoring config: not valid JSON (line {exc.lineno}): {exc.msg}") from exc
    if not isinstance(data, dict):
        raise ConfigError("scoring config: expected a JSON object of fields to override")
    return config_from_mapping(data)


def config_to_dict(config: ScoringConfig) -> dict[str, Any]:
    """JSON-ready form, recorded in every report."""
    return {item.name: (dict(value) if isinstance(value := getattr(config, item.name),
                                                   MappingProxyType) else value)
            for item in fields(ScoringConfig)}
