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


def _tilted_skills(taxonomy: Taxonomy, config: ScoringConfig) -> dict[str, tuple[str, str | None, float]]:
    """Skills that tilt toward PM or TPM in either profile: (tilt, dimension, heaviest weight)."""
    tilted: dict[str, tuple[str, str | None, float]] = {}
    for role in (taxonomy.roles.get("pm"), taxonomy.roles.get("tpm")):
        for item in role.skills if role else ():
            if item.tilt not in {"pm", "tpm"}:
                continue
            weight = config.weight_values[item.weight]
            previous = tilted.get(item.skill_id)
            if previous is None or weight > previous[2]:
                tilted[item.skill_id] = (item.tilt, item.dimension, weight)
    return tilted


def _summary(totals: dict[str, float], axis: float) -> str:
    if totals["pm"] + totals["tpm"] == 0:
        return "No role-specific evidence yet: the resume shows neither PM nor TPM leanings."
    if abs(axis) < LEANING_THRESHOLD:
        return "Balanced between the business-leaning PM and the technical TPM profile."
    if axis < 0:
        return "Leans to the business side: closer to a Product Manager profile."
    return "Leans to the technical side: closer to a Technical Product Manager profile."


def _caveat(signals: Signals) -> str:
    """What the lean does not say: a lean without product work is not a product fit, and a
    Technical *Program* Manager title counts as technical, not as product ownership."""
    notes = ""
    if not any(title.product_role for title in signals.titles) and not signals.shows_product_work():
        count = len(signals.product_work)
        notes += (" Little product ownership is shown yet (no product title, "
                  f"{count} product-ownership skill{'' if count == 1 else 's'} used in experience): "
                  "this is where the profile leans, not a product fit.")
    if any(title.id == "technical_program_manager" for title in signals.titles) or (
            signals.tpm_acronym == "program"):
        notes += (" A Technical Program Manager role counts as technical experience, not as "
                  "Technical Product Manager experience.")
    return notes


def position(hits: Mapping[str, SkillHit], signals: Signals, taxonomy: Taxonomy,
             config: ScoringConfig) -> Positioning:
    """Positioning of the candidate between the PM and TPM profiles."""
    totals = {"pm": 0.0, "tpm": 0.0}
    per_dim: dict[str, dict[str, float]] = {d: {"pm": 0.0, "tpm": 0.0} for d in DIMENSIONS}
    evidence: dict[str, dict[str, list[str]]] = {d: {"pm": [], "tpm": []} for d in DIMENSIONS}
    for skill_id, (tilt, dimension, weight) in sorted(_tilted_skills(taxonomy, config).items()):
        hit = hits.get(skill_id)
        credit = credit_of(hit, config)
        if hit is None or credit <= 0:
            continue
        totals[tilt] += weight * credit
        if dimension is not None:
            per_dim[dimension][tilt] += weight * credit
            proof = hit.mentions[0].sentence if hit.mentions else hit.evidence
            evidence[dimension][tilt].append(f"{hit.name}: {proof}")
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
    summary = _summary(totals, axis) + _caveat(signals)
    return Positioning(axis=axis, summary=summary, dimensions=dimensions)
