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
a skills list alone fills at most UNSHOWN_AREA_SHARE of any area. The signals part is the
weighted mean of the title, experience, degree and certification signals; the score mixes both
by ``skills_share``. Every term is kept in the result so a report can show where a number
comes from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from analyzer.config import ScoringConfig
from analyzer.models import Gap, GapKind, RoleFit, SkillCredit, SkillHit
from analyzer.signals import Signals
from skills_taxonomy import Role, Taxonomy
from skills_taxonomy.model import CATEGORIES, RESPONSIBILITIES, RoleSkill

TITLE_CREDIT_SAME_TILT = 1.0
"""Title signal when a product title of the role's own tilt (or shared) was held."""
TITLE_CREDIT_OTHER_PRODUCT = 0.7
"""Title signal when a product title of the other tilt was held (PM for a TPM role)."""
TITLE_CREDIT_ADJACENT = 0.35
"""Title signal for an adjacent, non-product title of the role's tilt (engineer for TPM,
product marketing for PM, Technical Program Manager for TPM) or of both (founder, UX
designer, business analyst, project or programme manager)."""
INTERN_TITLE_FACTOR = 0.3
"""Share of a product title's signal kept for an internship ('Product Manager Intern'): a
summer's work is not the role held."""
ASSOCIATE_TITLE_FACTOR = 0.6
"""Share kept for an associate, junior or rotational product title (APM)."""
ASSOCIATE_TITLE = "associate_product_manager"
"""The taxonomy title signal of entry-level product roles."""
_INTERN = re.compile(r"\b(?:intern|interns|internship|trainee|summer\s+associate)\b", re.IGNORECASE)
UNBACKED_TITLE_FACTOR = 0.5
"""Share of the title signal kept when the product work does not back the title
(:meth:`Signals.shows_product_work`)."""
STRONG_PRODUCT_WORK = 6
"""Product-ownership skills demonstrated (count) that earn :data:`TITLE_CREDIT_WORK_ONLY` even
without a product title ('Software Engineer' who ran discovery and owned the roadmap)."""
TITLE_CREDIT_WORK_ONLY = 0.5
"""Title signal for strong product work under another title (titles lie both ways)."""
OTHER_YEARS_FACTOR = 0.25
"""Share of years outside product roles that counts as relevant experience (a teacher's nine
years are not nine product years; an engineer's years before product add a quarter)."""
DEGREE_CREDIT = {"same": 1.0, "shared": 0.7, "other": 0.4}
"""Degree signal by how the degree field's tilt relates to the role's."""
CERTIFICATION_CREDIT = {"core": 1.0, "important": 0.6, "nice": 0.3}
"""Credit (0..1) of a skill a certificate certifies, by the weight the role gives it; the
certification signal is the mean over the certificate's skills, so a Product School
certificate (strategy, roadmapping, requirements, discovery: all core) counts in full, a PMP
(programme management, risk, budgeting) in part, an AWS certificate (AWS, cloud) a little. A
mean, not the best: one core skill among a certificate's skills (a PMP's risk management for
a TPM) does not make it a product certificate."""
CERTIFICATION_CREDIT_UNRELATED = 0.15
"""Credit of a certified skill the role does not list (a CCNA's networking for a product
manager): evidence of a learner, not of the role."""
CERTIFICATION_DIGITS = 2
"""Decimal places of the certification signal (it is shown as 'x0.53')."""
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
UNNAMED_SOFT_SKILL_FACTOR = 0.5
"""Share (0..1) of a missing soft skill's importance kept in the gap ranking. People who have
empathy or diplomacy rarely name it on a resume, so its absence is weak evidence of a real
gap; the skills that tell the roles apart come first in the gaps and the plan."""


def credit_of(hit: SkillHit | None, config: ScoringConfig) -> float:
    """A skill's credit in [0, 1]: confidence times the strength of its evidence."""
    if hit is None:
        return 0.0
    return min(1.0, hit.confidence * config.evidence_strength[hit.evidence])


def role_tilt(role: Role) -> str:
    """'tpm' for technical profiles, 'pm' for business ones, from the weights of tilted skills."""
    votes = {"pm": 0, "tpm": 0}
    for item in role.skills:
        if item.tilt in votes and item.weight == "core":
            votes[item.tilt] += 1
    return "tpm" if votes["tpm"] > votes["pm"] else "pm"


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


def _lean(role: Role, parts: Iterable[Part], target: float) -> float | None:
    """How much of the side ``role`` leans to the resume shows (0..1; None when the role has no
    skills of its own tilt): those skills, wherever their area, filled as one area. A business
    PM's backlog, stories and roadmap fill every TPM area; only technical work fills this."""
    tilt = role_tilt(role)
    own = {item.skill_id for item in role.skills if item.tilt == tilt}
    return _fill([("lean", *part[1:]) for part in parts if part[1] in own], target)


def _leaned(exact_skills: float, lean: float | None, config: ScoringConfig) -> float:
    """The skills score after the lean factor (see :attr:`ScoringConfig.lean_floor`)."""
    if lean is None:
        return exact_skills
    return exact_skills * (config.lean_floor + (1 - config.lean_floor) * lean)


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


def _signals(role: Role, signals: Signals, config: ScoringConfig) -> tuple[tuple[str, float, str], ...]:
    tilt = role_tilt(role)
    title_value, title_evidence = 0.0, "no product role title found"
    backed = signals.shows_product_work()
    for hit in signals.titles:
        if hit.product_role and hit.tilt in {tilt, "shared"}:
            value = TITLE_CREDIT_SAME_TILT
        elif hit.product_role:
            value = TITLE_CREDIT_OTHER_PRODUCT
        elif hit.tilt in {tilt, "shared"}:
            value = TITLE_CREDIT_ADJACENT
        else:
            continue
        evidence = f"{hit.name}: {hit.evidence}"
        if hit.product_role and _INTERN.search(hit.evidence):
            value *= INTERN_TITLE_FACTOR
            evidence += f" (an internship: x{INTERN_TITLE_FACTOR})"
        elif hit.product_role and hit.id == ASSOCIATE_TITLE:
            value *= ASSOCIATE_TITLE_FACTOR
            evidence += f" (an entry-level title: x{ASSOCIATE_TITLE_FACTOR})"
        if hit.product_role and not backed:
            value *= UNBACKED_TITLE_FACTOR
            evidence += (f" (not backed by the work described: {len(signals.product_work)} "
                         f"product-ownership skills shown in experience)")
        if value > title_value:
            title_value, title_evidence = value, evidence
    if len(signals.product_work) >= STRONG_PRODUCT_WORK and title_value < TITLE_CREDIT_WORK_ONLY:
        title_value = TITLE_CREDIT_WORK_ONLY
        title_evidence = ("no product title, but product work shown in experience: "
                          + ", ".join(signals.product_work))
    experience, years_evidence = _experience(signals, backed=backed, config=config)
    degree_value, degree_evidence = 0.0, "no degree field recognised"
    for hit in signals.degrees:
        relation = "shared" if hit.tilt == "shared" else ("same" if hit.tilt == tilt else "other")
        if DEGREE_CREDIT[relation] > degree_value:
            degree_value, degree_evidence = DEGREE_CREDIT[relation], f"{hit.name}: {hit.evidence}"
    certs, cert_evidence = _certification_credit(role, signals)
    return (
        ("title", title_value, title_evidence),
        ("experience", round(experience, 3), years_evidence),
        ("degree", degree_value, degree_evidence),
        ("certification", certs, cert_evidence),
    )


def _experience(signals: Signals, *, backed: bool, config: ScoringConfig) -> tuple[float, str]:
    """The experience signal (0..1) and its evidence: product years, plus OTHER_YEARS_FACTOR of
    the rest. Years under a title the work does not back count as the title does (judgment
    review 9: two duty lines under 'Product Manager' earned the full experience signal)."""
    other_years = max(0.0, signals.total_years - signals.product_years)
    product_years = signals.product_years * (1.0 if backed else UNBACKED_TITLE_FACTOR)
    years = product_years + OTHER_YEARS_FACTOR * other_years
    evidence = (f"{signals.product_years:g} years in product roles, "
                f"{signals.total_years:g} years in all")
    if not backed and signals.product_years:
        evidence += f" (product titles not backed by the work described: x{UNBACKED_TITLE_FACTOR:g})"
    return min(1.0, years / config.full_experience_years), evidence


def _certification_credit(role: Role, signals: Signals) -> tuple[float, str]:
    """The best certification's credit for ``role``: the mean weight the role gives the skills
    it certifies (CERTIFICATION_CREDIT), so a product certificate counts in full or nearly for
    a product role, a project-management one in part and a networking one little."""
    if not signals.certifications:
        return 0.0, "none found"
    if not signals.certification_skills:
        return 1.0, signals.certificates_shown()
    weights = {item.skill_id: item.weight for item in role.skills}
    best, name = 0.0, ""
    names = signals.certification_names or signals.certifications
    for cert_name, implied in zip(names, signals.certification_skills, strict=True):
        credits = [CERTIFICATION_CREDIT[weights[skill]] if skill in weights
                   else CERTIFICATION_CREDIT_UNRELATED for skill in implied]
        value = round(sum(credits) / len(credits), CERTIFICATION_DIGITS) if credits \
            else CERTIFICATION_CREDIT_UNRELATED
        if value > best:
            best, name = value, cert_name
    return best, f"{name} (x{best:g} for this role's skills)" if best < 1.0 else name


def _gap(credit: SkillCredit, hit: SkillHit | None, config: ScoringConfig,
         taxonomy: Taxonomy) -> Gap | None:
    kind: GapKind
    if hit is None:
        step = taxonomy.learning.get(credit.skill_id)
        kind = "missing"
        advice = f"No evidence of {credit.name} yet." + (f" {step.action}" if step else "")
        if credit.category == "soft":
            advice = (f"{credit.name} is rarely named on a resume: show it in a bullet about "
                      "what you did and what changed." + (f" {step.action}" if step else ""))
    elif hit.evidence == "inferred":
        kind = "hidden"
        advice = (f"Only implied by what you show ({hit.mentions[0].text}). If you have done "
                  f"{credit.name}, name it in an experience bullet with a result; if not, it "
                  "is a skill to learn.")
    elif hit.evidence in {"listed", "mentioned"}:
        kind = "hidden"
        advice = (f"Listed but never shown in use; add an experience bullet where you applied "
                  f"{credit.name} and what it achieved.")
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


def _signals_score(signal_terms: tuple[tuple[str, float, str], ...], config: ScoringConfig) -> float:
    weights = config.signal_weights
    total_weight = sum(weights.values()) or 1.0
    return 100 * sum(weights[name] * value for name, value, _ in signal_terms) / total_weight


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
    target = target_of(role, config)
    exact_skills = _leaned(_skills_exact(_area_fills(parts, target)), _lean(role, parts, target), config)
    return _mix(exact_skills, _signals_score(_signals(role, signals, config), config), config)


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
    lean = _lean(role, parts, target)
    exact_skills = _leaned(_skills_exact(fills), lean, config)
    skills_score = round(exact_skills, 1)
    signal_terms = _signals(role, signals, config)
    exact_signals = _signals_score(signal_terms, config)
    signals_score = round(exact_signals, 1)
    score = _mix(exact_skills, exact_signals, config)
    band = band_of(score, config)
    present = sum(1 for c in credits if c.credit > 0)
    explanation = (f"{band} fit for {role.name}: evidence for {present} of {len(credits)} profile "
                   f"skills (skills {skills_score:g}/100) and recruiter signals {signals_score:g}/100.")
    if lean is not None and lean < LEAN_NOTED_BELOW:
        side = LEAN_SIDES[role_tilt(role)]
        explanation += (f" The role leans {side} and the resume shows little {side} work "
                        f"({round(100 * lean)} % of it), so the skills score keeps "
                        f"x{_leaned(1.0, lean, config):.2f}.")
    gaps = [g for c in credits
            if (g := _gap(c, best[c.skill_id], config, taxonomy)) is not None]
    gaps.sort(key=lambda g: (-g.importance, g.name))
    return RoleFit(
        role=role.id, name=role.name, score=score, band=band, explanation=explanation,
        skills_score=skills_score, signals_score=signals_score,
        lean=None if lean is None else round(lean, 3), signals=signal_terms,
        subscores=tuple((r, round(100 * fills[r][1], 1) if r in fills else 0.0)
                        for r in RESPONSIBILITIES),
        category_scores=tuple((cat, _to_score(_coverage(c for c in credits if c.category == cat), target))
                              for cat in CATEGORIES),
        credits=tuple(credits), gaps=tuple(gaps),
    )
