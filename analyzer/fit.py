"""Role fit: weighted skill coverage plus recruiter signals, with subscores and gaps.

Contract: :func:`score_role` is a pure, deterministic function of the skills found, the
signals read and the configuration. A skill's credit is ``min(1, confidence *
evidence_strength)``. The skills part fills each responsibility area (the article's strategy,
ideation, roadmapping, features and go-to-market, plus soft skills) separately:
``fill(area) = min(1, (shown + min(unshown, UNSHOWN_AREA_SHARE * target)) / target)``, where
``shown`` is the area's weighted credit (``sum(weight * credit) / sum(weight)``) from skills
demonstrated or certified, ``unshown`` that from skills only listed, mentioned or inferred,
and ``target`` is ``target_coverage``; the skills score is ``100 * sum(area_weight *
fill(area)) / sum(area_weight)`` with an area's weight its skills' total weight (soft skills
at SOFT_AREA_WEIGHT of it). Strength in one area does not make up for nothing in another, and
a skills list alone fills at most UNSHOWN_AREA_SHARE of any area. The skills score then keeps
``floor + (1 - floor) * lean`` of itself (``floor`` the role tilt's ``lean_floor``), where
``lean`` fills the role's own-tilt
skills as one area. The signals part (:mod:`analyzer.recruiter`) is the weighted mean of the
title, experience, degree and certification signals; the score mixes both by
``skills_share``. Every term is kept in the result so a report can show where a number comes
from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from analyzer.config import ScoringConfig
from analyzer.models import Gap, GapKind, RoleFit, SkillCredit, SkillHit
from analyzer.recruiter import role_tilt, signal_terms, signals_score
from analyzer.signals import Signals
from skills_taxonomy import Role, Taxonomy
from skills_taxonomy.model import CATEGORIES, RESPONSIBILITIES, RoleSkill

UNSHOWN_AREA_SHARE = 0.4
"""Share (0..1) of an area's target that skills only listed, mentioned or inferred can fill:
a skills list shows what someone knows of, not what they did (a stuffed list must not make a
salesperson a product manager)."""
SOFT_AREA_WEIGHT = 0.5
"""Weight (0..1) of the soft-skill area relative to its skills' total weight: resumes rarely
name soft skills, so their absence is weak evidence."""
SHOWN_EVIDENCE = frozenset({"demonstrated", "certified"})
"""Evidence that a skill was used or attested, as opposed to only named."""
AREA_ANCHORS: dict[str, frozenset[str]] = {
    "roadmapping": frozenset({"roadmapping", "prioritization"}),
}
"""Skills that are a responsibility itself, where the profile also lists skills that only
surround it: release planning, dependency tracking and programme management surround a
roadmap, and a Technical *Program* Manager shows them all without owning one. (The other
areas' supporting skills are product work in their own right.)"""
ANCHORLESS_AREA_SHARE = 0.5
"""Largest fill (0..1) of an area whose anchors the profile lists but the resume does not show:
a programme manager's release plans and risk logs fill at most half of roadmapping."""
SENIOR_PRODUCT_YEARS = 5.0
"""Years in product roles after which the everyday craft (EVERYDAY_CRAFT) is taken as
practised when the resume does not name it: a VP of Product is not told to read the Scrum
Guide, but to say what they did."""
EVERYDAY_CRAFT = frozenset({"agile_scrum", "backlog_management", "user_stories",
                            "requirements_prd", "prioritization", "release_planning",
                            "ux_design_collaboration", "customer_interviews"})
"""Craft every product manager practises from the first year (the steps are a beginner's)."""
ENGINEERING_TITLES = frozenset({"software_engineer", "qa_engineer", "architect",
                                "engineering_manager"})
"""Titles of engineering roles (taxonomy title signals), whose teams work in sprints."""
ENGINEERING_CRAFT = frozenset({"agile_scrum", "sprint_planning"})
"""The team rituals every engineer on a product team lives (the Scrum Guide is a beginner's)."""
SENIOR_ENGINEERING_YEARS = 5.0
"""Years in engineering roles after which ENGINEERING_CRAFT is taken as practised."""
UNNAMED_SOFT_SKILL_FACTOR = 0.5
"""Share (0..1) of a missing soft skill's importance kept in the gap ranking. People who have
empathy or diplomacy rarely name it on a resume, so its absence is weak evidence of a real
gap; the skills that tell the roles apart come first in the gaps and the plan."""


def credit_of(hit: SkillHit | None, config: ScoringConfig) -> float:
    """A skill's credit in [0, 1]: confidence times the strength of its evidence."""
    if hit is None:
        return 0.0
    return min(1.0, hit.confidence * config.evidence_strength[hit.evidence])


def best_hit(item: RoleSkill, hits: Mapping[str, SkillHit], config: ScoringConfig) -> SkillHit | None:
    """The hit that best meets a role requirement: its skill's, or an alternative's."""
    found = [hit for skill_id in (item.skill_id, *item.alternatives)
             if (hit := hits.get(skill_id)) is not None]
    return max(found, key=lambda hit: credit_of(hit, config), default=None)


def target_of(role: Role, config: ScoringConfig) -> float:
    """The coverage that counts as a complete fit for ``role``: its own, else the config's."""
    return config.target_coverage if role.target_coverage is None else role.target_coverage


def _coverage(credits: Iterable[SkillCredit]) -> float | None:
    items = list(credits)
    total = sum(c.weight_value for c in items)
    return None if total == 0 else sum(c.weight_value * c.credit for c in items) / total


def _to_score(coverage: float | None, target: float, *, digits: int | None = 1) -> float:
    score = 0.0 if coverage is None else min(100.0, 100 * coverage / target)
    return score if digits is None else round(score, digits)


Part = tuple[str, str, float, float, str | None]
"""(responsibility, skill id, weight value, credit, evidence) of one role skill."""


def _fill(parts: Iterable[Part], target: float) -> float | None:
    """How full an area is (0..1; None when it has no weight): see the module contract."""
    total = shown = unshown = 0.0
    anchors_listed = anchored = False
    for area, skill_id, weight, credit, evidence in parts:
        total += weight
        anchor = skill_id in AREA_ANCHORS.get(area, ())
        anchors_listed |= anchor
        if evidence in SHOWN_EVIDENCE:
            shown += weight * credit
            anchored |= anchor and credit > 0
        else:
            unshown += weight * credit
    if total == 0:
        return None
    fill = min(1.0, (shown + min(unshown, UNSHOWN_AREA_SHARE * target * total)) / total / target)
    return fill if anchored or not anchors_listed else min(fill, ANCHORLESS_AREA_SHARE)


def _area_fills(parts: Iterable[Part], target: float) -> dict[str, tuple[float, float]]:
    """For each area with weight: (its weight in the skills score, its fill)."""
    areas: dict[str, list[Part]] = {}
    for part in parts:
        areas.setdefault(part[0], []).append(part)
    fills: dict[str, tuple[float, float]] = {}
    for area, items in areas.items():
        fill = _fill(items, target)
        if fill is not None:
            weight = sum(item[2] for item in items) * (SOFT_AREA_WEIGHT if area == "soft" else 1.0)
            fills[area] = (weight, fill)
    return fills


def _skills_exact(fills: Mapping[str, tuple[float, float]]) -> float:
    """The unrounded skills score (0-100) from the areas' weights and fills."""
    denominator = sum(weight for weight, _ in fills.values())
    numerator = sum(weight * fill for weight, fill in fills.values())
    return 0.0 if denominator == 0 else 100 * numerator / denominator


def _lean(role: Role, tilt: str, parts: Iterable[Part], target: float) -> float | None:
    """How much of the side ``role`` leans to the resume shows (0..1; None when the role has no
    skills of its own tilt): those skills, wherever their area, filled as one area. A business
    PM's backlog, stories and roadmap fill every TPM area; only technical work fills this.
    ``tilt`` is :func:`role_tilt` of ``role``, computed once per scoring by the caller."""
    own = {item.skill_id for item in role.skills if item.tilt == tilt}
    return _fill([("lean", *part[1:]) for part in parts if part[1] in own], target)


def _leaned(exact_skills: float, lean: float | None, tilt: str, config: ScoringConfig) -> float:
    """The skills score after the lean factor of a role of ``tilt`` (see
    :attr:`ScoringConfig.lean_floor`)."""
    if lean is None:
        return exact_skills
    floor = config.lean_floor.get(tilt, 1.0)
    return exact_skills * (floor + (1 - floor) * lean)


LEAN_SIDES = {"tpm": "technical", "pm": "business"}
"""How the explanation names the side a role leans to, by the role's tilt."""
LEAN_NOTED_BELOW = 0.5
"""Lean (0..1) under which the explanation says that the role's side is thinly shown."""


def band_of(score: float, config: ScoringConfig) -> str:
    """The band whose lower bound is the highest one not above ``score``."""
    for name, bound in sorted(config.bands.items(), key=lambda kv: -kv[1]):
        if score >= bound:
            return name
    return min(config.bands.items(), key=lambda kv: kv[1])[0]


def practised_for(skill_id: str, signals: Signals) -> str | None:
    """Why a skill the resume does not name is surely practised, or None: a senior product
    person's everyday craft (EVERYDAY_CRAFT after SENIOR_PRODUCT_YEARS), a senior engineer's
    team rituals (ENGINEERING_CRAFT after SENIOR_ENGINEERING_YEARS). Unwritten, not unlearnt:
    the gap advice and the plan say so alike."""
    if skill_id in EVERYDAY_CRAFT and signals.product_years >= SENIOR_PRODUCT_YEARS:
        return f"After {signals.product_years:g} years in product roles"
    engineering = round(sum(t.years for t in signals.titles if t.id in ENGINEERING_TITLES), 1)
    if skill_id in ENGINEERING_CRAFT and engineering >= SENIOR_ENGINEERING_YEARS:
        return f"After {engineering:g} years in engineering roles"
    return None


def surely_practised(skill_id: str, signals: Signals) -> bool:
    """See :func:`practised_for`."""
    return practised_for(skill_id, signals) is not None


def _gap(credit: SkillCredit, hit: SkillHit | None, config: ScoringConfig,
         taxonomy: Taxonomy, signals: Signals) -> Gap | None:
    kind: GapKind
    if hit is None:
        step = taxonomy.learning.get(credit.skill_id)
        kind = "missing"
        advice = f"No evidence of {credit.name} yet." + (f" {step.action}" if step else "")
        if (practised := practised_for(credit.skill_id, signals)) is not None:
            # Said as the plan says it: a VP of Product is not told to read the Scrum Guide.
            advice = (f"{practised} you have probably done this: add a bullet that says how "
                      f"you practise {credit.name.lower()} and what changed.")
        elif credit.category == "soft":
            advice = (f"{credit.name} is rarely named on a resume: show it in a bullet about "
                      "what you did and what changed." + (f" {step.action}" if step else ""))
    elif hit.evidence == "inferred":
        kind = "hidden"
        advice = (f"Only implied by what you show ({hit.mentions[0].text}). If you have done "
                  f"{credit.name}, name it in an experience bullet with a result; if not, it "
                  "is a skill to learn.")
    elif hit.evidence == "listed":
        kind = "hidden"
        advice = (f"Listed but never shown in use; add an experience bullet where you applied "
                  f"{credit.name} and what it achieved.")
    elif hit.evidence == "mentioned":
        kind = "hidden"
        advice = (f"Named in your experience only as a duty or an item of a list ('Responsible "
                  f"for …'); say what you did with {credit.name} and what changed.")
    elif hit.mentions and all(m.hedged for m in hit.mentions):
        kind = "hidden"
        advice = f"Phrased tentatively ('familiar with'); describe concrete work with {credit.name}."
    elif credit.credit < config.weak_confidence:
        kind, advice = "weak", f"Present but thin; deepen and quantify your {credit.name} work."
    else:
        return None
    importance = credit.weight_value * (1 - credit.credit)
    if hit is None and credit.category == "soft":
        importance *= UNNAMED_SOFT_SKILL_FACTOR
    importance = round(importance, 4)
    return Gap(skill_id=credit.skill_id, name=credit.name, kind=kind, weight=credit.weight,
               importance=importance, advice=advice)


def _mix(exact_skills: float, exact_signals: float, config: ScoringConfig) -> float:
    # Mix the unrounded parts so displayed parts and total never drift apart by rounding twice.
    return round(config.skills_share * exact_skills + (1 - config.skills_share) * exact_signals, 1)


def role_score(role: Role, hits: Mapping[str, SkillHit], signals: Signals,
               config: ScoringConfig) -> float:
    """The score :func:`score_role` gives (same arithmetic, same rounding), without building
    credits, gaps and subscores: for projecting many what-ifs (the learning plan) cheaply."""
    parts = []
    for item in role.skills:
        hit = best_hit(item, hits, config)
        parts.append((item.responsibility, item.skill_id, config.weight_values[item.weight],
                      round(credit_of(hit, config), 4), hit.evidence if hit else None))
    target, tilt = target_of(role, config), role_tilt(role)
    exact_skills = _leaned(_skills_exact(_area_fills(parts, target)),
                           _lean(role, tilt, parts, target), tilt, config)
    return _mix(exact_skills, signals_score(signal_terms(role, signals, config), config), config)


def score_role(role: Role, hits: Mapping[str, SkillHit], signals: Signals, taxonomy: Taxonomy,
               config: ScoringConfig) -> RoleFit:
    """Fit of the candidate (``hits`` by skill id, ``signals``) to ``role``."""
    credits = []
    best: dict[str, SkillHit | None] = {}
    for item in role.skills:
        skill = taxonomy.skills[item.skill_id]
        hit = best[item.skill_id] = best_hit(item, hits, config)
        others = [taxonomy.skills[a].name for a in item.alternatives if a in taxonomy.skills]
        credits.append(SkillCredit(
            skill_id=skill.id, name=" or ".join([skill.name, *others]), weight=item.weight,
            weight_value=config.weight_values[item.weight], responsibility=item.responsibility,
            category=skill.category, credit=round(credit_of(hit, config), 4),
            evidence=hit.evidence if hit else None,
        ))
    target = target_of(role, config)
    parts = [(c.responsibility, c.skill_id, c.weight_value, c.credit, c.evidence) for c in credits]
    fills = _area_fills(parts, target)
    tilt = role_tilt(role)
    lean = _lean(role, tilt, parts, target)
    exact_skills = _leaned(_skills_exact(fills), lean, tilt, config)
    skills_score = round(exact_skills, 1)
    terms = signal_terms(role, signals, config)
    exact_signals = signals_score(terms, config)
    rounded_signals = round(exact_signals, 1)
    score = _mix(exact_skills, exact_signals, config)
    band = band_of(score, config)
    present = sum(1 for c in credits if c.credit > 0)
    # Said so that a job seeker can read it: the profile lists alternatives, and a strong
    # resume shows about target_coverage of each area, never every skill.
    explanation = (f"{band} fit for {role.name}: skills {skills_score:g}/100, recruiter signals "
                   f"{rounded_signals:g}/100. Evidence for {present} of the profile's "
                   f"{len(credits)} skills; the profile lists alternatives, and a strong resume "
                   f"shows about {100 * target:.0f} % of each area.")
    if lean is not None and lean < LEAN_NOTED_BELOW:
        side = LEAN_SIDES[tilt]
        explanation += (f" The role leans {side} and the resume shows little {side} work, so "
                        f"its skills count {100 * _leaned(1.0, lean, tilt, config):.0f} % "
                        f"(showing {side} work earns the rest).")
    gaps = [g for c in credits
            if (g := _gap(c, best[c.skill_id], config, taxonomy, signals))
            is not None]
    gaps.sort(key=lambda g: (-g.importance, g.name))
    return RoleFit(
        role=role.id, name=role.name, score=score, band=band, explanation=explanation,
        skills_score=skills_score, signals_score=rounded_signals,
        lean=None if lean is None else round(lean, 3), signals=terms,
        subscores=tuple((r, round(100 * fills[r][1], 1) if r in fills else 0.0)
                        for r in RESPONSIBILITIES),
        category_scores=tuple((cat, _to_score(_coverage(c for c in credits if c.category == cat), target))
                              for cat in CATEGORIES),
        credits=tuple(credits), gaps=tuple(gaps),
    )
