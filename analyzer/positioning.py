"""PM <-> TPM positioning: where the evidence leans, overall and on the four dimensions.

Contract: the axis is ``(tpm - pm) / (tpm + pm)`` over the weighted credit of the skills that
tilt toward each role (from both role profiles), so it lies in [-1, 1]: negative is the
business-leaning PM side, positive the technical TPM side, 0 balanced (or no evidence). Each
dimension (degree, focus, teams, research) is computed the same way from its own skills, plus
degree fields and titles for ``degree`` and ``focus``, and lists the sentences behind it.
"""

from __future__ import annotations

from collections.abc import Mapping

from analyzer.config import ScoringConfig
from analyzer.fit import credit_of
from analyzer.models import Dimension, Positioning, SkillHit
from analyzer.signals import Signals
from skills_taxonomy import Taxonomy
from skills_taxonomy.model import DIMENSIONS

MAX_EVIDENCE_PER_SIDE = 4
"""Evidence lines kept per side of a dimension."""
SIGNAL_WEIGHT = 2.0
"""Weight of a degree field or title in its dimension, as a role skill weight."""
LEANING_THRESHOLD = 0.15
"""|axis| below this is 'balanced'."""


def _lean(pm: float, tpm: float) -> float:
    total = pm + tpm
    return 0.0 if total <= 0 else round((tpm - pm) / total, 3)


def position(hits: Mapping[str, SkillHit], signals: Signals, taxonomy: Taxonomy,
             config: ScoringConfig) -> Positioning:
    """Positioning of the candidate between the PM and TPM profiles."""
    tilted: dict[str, tuple[str, str | None, float]] = {}
    for role in taxonomy.roles.values():
        if role.id not in {"pm", "tpm"}:
            continue
        for item in role.skills:
            if item.tilt in {"pm", "tpm"}:
                weight = config.weight_values[item.weight]
                previous = tilted.get(item.skill_id)
                if previous is None or weight > previous[2]:
                    tilted[item.skill_id] = (item.tilt, item.dimension, weight)
    totals = {"pm": 0.0, "tpm": 0.0}
    per_dim = {d: {"pm": 0.0, "tpm": 0.0} for d in DIMENSIONS}
    evidence: dict[str, dict[str, list[str]]] = {d: {"pm": [], "tpm": []} for d in DIMENSIONS}
    for skill_id, (tilt, dimension, weight) in sorted(tilted.items()):
        hit = hits.get(skill_id)
        credit = credit_of(hit, config)
        if hit is None or credit <= 0:
            continue
        totals[tilt] += weight * credit
        if dimension is not None:
            per_dim[dimension][tilt] += weight * credit
            evidence[dimension][tilt].append(f"{hit.name}: {hit.mentions[0].sentence}")
    for signal, dimension in [*((d, "degree") for d in signals.degrees),
                              *((t, "focus") for t in signals.titles)]:
        if signal.tilt in {"pm", "tpm"}:
            totals[signal.tilt] += SIGNAL_WEIGHT
            per_dim[dimension][signal.tilt] += SIGNAL_WEIGHT
            evidence[dimension][signal.tilt].append(f"{signal.name}: {signal.evidence}")
    dimensions = tuple(
        Dimension(name=d, value=_lean(per_dim[d]["pm"], per_dim[d]["tpm"]),
                  pm_evidence=tuple(evidence[d]["pm"][:MAX_EVIDENCE_PER_SIDE]),
                  tpm_evidence=tuple(evidence[d]["tpm"][:MAX_EVIDENCE_PER_SIDE]))
        for d in DIMENSIONS
    )
    axis = _lean(totals["pm"], totals["tpm"])
    if totals["pm"] + totals["tpm"] == 0:
        summary = "No role-specific evidence yet: the resume shows neither PM nor TPM leanings."
    elif abs(axis) < LEANING_THRESHOLD:
        summary = "Balanced between the business-leaning PM and the technical TPM profile."
    elif axis < 0:
        summary = "Leans to the business side: closer to a Product Manager profile."
    else:
        summary = "Leans to the technical side: closer to a Technical Product Manager profile."
    return Positioning(axis=axis, summary=summary, dimensions=dimensions)
