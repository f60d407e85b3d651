"""``analyze``: the whole pipeline from a resume to a Report.

Contract: deterministic for the same input, taxonomy, configuration and ``today``; no network
and no model in the scoring path. The raw resume text is included only when
``include_text=True``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from analyzer import __version__
from analyzer.config import DEFAULT_CONFIG, ScoringConfig, config_to_dict
from analyzer.context import has_outcome
from analyzer.documents import document_from_text, read_document
from analyzer.extraction import extract_skills
from analyzer.fit import score_role
from analyzer.models import Document, Report, RoleFit, SkillHit
from analyzer.plan import build_plan
from analyzer.positioning import position
from analyzer.signals import Signals, read_signals
from analyzer.timeline import find_ranges
from skills_taxonomy import Role, Taxonomy, load_taxonomy

logger = logging.getLogger(__name__)

PACKAGED_ROLES = ("pm", "tpm")
"""Role keys always scored (the packaged profiles)."""
MAX_UNSHOWN_SKILLS_IN_ADVICE = 6
"""How many listed-but-never-demonstrated skills the advice names."""
MIN_ADVICE_LINE_WORDS = 3
"""Words a line of an experience section needs to count as work told (not a lone label)."""


def _advice(document: Document, hits: Sequence[SkillHit], today: date) -> tuple[str, ...]:
    advice: list[str] = []
    kinds = {section.kind for section in document.sections}
    for kind, label in (("experience", "an Experience"), ("skills", "a Skills"),
                        ("education", "an Education"), ("summary", "a Summary")):
        if kind not in kinds:
            advice.append(f"Add {label} section with a clear heading so recruiters and ATS "
                          "software find it.")
    # Every line of work told, short ones too ('Churn down 4 pts'): not the role lines.
    bullets = [line for line in document.lines
               if line.section in {"experience", "projects"} and not line.heading
               and len(line.text.split()) >= MIN_ADVICE_LINE_WORDS
               and not find_ranges(line.text, today=today)]
    without = [line for line in bullets if not has_outcome(line.text)]
    if bullets and len(without) / len(bullets) > 0.5:
        advice.append(f"{len(without)} of {len(bullets)} experience lines report no result; add "
                      "numbers (%, $, time saved, users) to the strongest ones.")
    unshown = [h.name for h in hits if h.evidence == "listed"]
    if unshown:
        names = ", ".join(unshown[:MAX_UNSHOWN_SKILLS_IN_ADVICE])
        more = len(unshown) - MAX_UNSHOWN_SKILLS_IN_ADVICE
        advice.append(f"Listed but never shown in use: {names}"
                      f"{f' and {more} more' if more > 0 else ''}. Show them in experience bullets.")
    return tuple(advice)


def _signals_summary(signals: Signals) -> tuple[tuple[str, str], ...]:
    return (
        ("titles", "; ".join(f"{t.name} ({t.evidence})" for t in signals.titles) or "none found"),
        ("degrees", "; ".join(f"{d.name} ({d.evidence})" for d in signals.degrees) or "none found"),
        ("years_total", f"{signals.total_years:g}"),
        ("years_in_product_roles", f"{signals.product_years:g}"),
        ("certifications", signals.certificates_shown()),
        ("tpm_acronym", signals.tpm_acronym or "not used"),
    )


def analyze(source: Document | str | bytes | Path, *, taxonomy: Taxonomy | None = None,
            config: ScoringConfig = DEFAULT_CONFIG, extra_roles: Sequence[Role] = (),
            today: date | None = None, include_text: bool = False) -> Report:
    """Analyse a resume (Document, text, PDF/text bytes or a path) against PM, TPM and
    ``extra_roles`` (for example one from :func:`analyzer.role_from_job`)."""
    started = time.perf_counter()
    taxonomy = taxonomy or load_taxonomy()
    today = today or date.today()
    if isinstance(source, Document):
        document = source
    elif isinstance(source, str):
        document = document_from_text(source)
    else:
        document = read_document(source)
    hits = extract_skills(document, taxonomy=taxonomy, today=today)
    by_id = {hit.id: hit for hit in hits}
    signals = read_signals(document, hits, taxonomy, today=today)
    roles = [taxonomy.roles[key] for key in PACKAGED_ROLES if key in taxonomy.roles]
    roles += [role for role in taxonomy.roles.values() if role.id not in PACKAGED_ROLES]
    roles += list(extra_roles)
    fits: list[RoleFit] = [score_role(role, by_id, signals, taxonomy, config) for role in roles]
    packaged = [fit for fit in fits if fit.role in PACKAGED_ROLES] or fits
    best = max(packaged, key=lambda fit: (fit.score, fit.role == "pm")).role if packaged else ""
    plan_roles = (best, *(role.id for role in extra_roles))
    report = Report(
        analyzer_version=__version__, taxonomy_version=taxonomy.version,
        analysed_on=today.isoformat(), skills=tuple(hits), roles=tuple(fits),
        positioning=position(by_id, signals, taxonomy, config), best_fit=best,
        learning_plan=build_plan(fits, by_id, signals, taxonomy, config, roles=plan_roles,
                                 profiles={role.id: role for role in extra_roles}),
        advice=_advice(document, hits, today), recruiter_signals=_signals_summary(signals),
        warnings=document.warnings, config=tuple(config_to_dict(config).items()),
        document=document if include_text else None,
        other_plans=tuple((fit.role, build_plan(fits, by_id, signals, taxonomy, config,
                                                roles=(fit.role,)))
                          for fit in packaged if fit.role != best),
    )
    logger.info("analysis.done skills=%d seconds=%.3f", len(hits), time.perf_counter() - started)
    return report
