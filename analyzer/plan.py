"""The learning plan: which gaps to work on first, how, and what each is worth.

Contract: :func:`build_plan` ranks the gaps of the given role fits by impact per hour,
``(projected_gain + OTHER_ROLE_SHARE * gain in the other roles) / sqrt(hours)``, where
``projected_gain`` is the exact change of that role's fit score if the skill reached
``completed_credit`` (re-scored with :func:`project_gain`, the same arithmetic as the fit
itself), and ``hours`` is the learning step's estimate (a *hidden* skill the resume names
only needs rewriting, so it costs ``REWRITE_HOURS``; one only implied by a tool or a
certificate keeps its learning step); a missing soft skill's priority is scaled by
``fit.UNNAMED_SOFT_SKILL_FACTOR`` (absence is weak evidence for it). Square-root damping
keeps long, high-value steps in the plan instead of only quick wins. Skills only implied by
leading the product managers who practise them are left out (delegated craft); a senior
product person's unnamed everyday craft is a rewrite step, not a beginner's lesson
(:func:`analyzer.fit.surely_practised`); at most MAX_REWRITE_STEPS rewrite steps and
MAX_SOFT_STEPS soft-skill steps are kept. A plan shorter than ``plan_length`` is rounded out
with the missing core skills whose area already counts in full (worth little to the score,
but looked for), by importance. Ties break by skill id.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace

from analyzer.config import ScoringConfig
from analyzer.fit import UNNAMED_SOFT_SKILL_FACTOR, role_score, surely_practised
from analyzer.models import Gap, PlanStep, RoleFit, SkillHit
from analyzer.signals import Signals
from skills_taxonomy import Role, Taxonomy
from skills_taxonomy.model import LearningStep

REWRITE_HOURS = 1.0
"""Hours to surface a skill you already have (rewrite a bullet) instead of learning it."""
MIN_GAIN = 0.05
"""Steps projected to gain less than this (score points) are left out."""
DELEGATING_SKILLS = frozenset({"product_leadership"})
"""Skills whose implied skills are delegated craft: a leader of product managers is not told
to rewrite their resume around writing user stories their team writes."""
MAX_SOFT_STEPS = 2
"""Soft-skill steps in the plan at most (plan review, ninth session: a strong PM's plan was
eight soft skills, each worth the same few points): empathy or diplomacy is shown in what
one did, not learnt from a course, and the plan is for what to learn next."""
MAX_REWRITE_STEPS = 2
"""Rewrite steps (a hidden skill to surface, 1 hour each) in the plan at most: they rank first
by gain per hour, and a plan of rewrites teaches keyword placement, not skills."""
OTHER_ROLE_SHARE = 0.5
"""Share of the gain in the other scored roles added to a step's priority (0..1): between two
equally valuable steps, the one that also helps the other role comes first."""


def completed_hit(skill_id: str, taxonomy: Taxonomy, config: ScoringConfig) -> SkillHit:
    """The SkillHit a candidate would have after completing a skill's step and showing it."""
    skill = taxonomy.skills[skill_id]
    return SkillHit(
        id=skill.id, name=skill.name, category=skill.category, subcategory=skill.subcategory,
        kind=skill.kind, confidence=config.completed_credit, evidence="demonstrated",
        mentions=(), last_used=None, explanation=("projected: step completed",),
    )


def project_gain(fit: RoleFit, skill_id: str, hits: Mapping[str, SkillHit], signals: Signals,
                 taxonomy: Taxonomy, config: ScoringConfig, *,
                 profiles: Mapping[str, Role] | None = None) -> float:
    """Score change of ``fit``'s role if ``skill_id`` were completed (never negative).

    The role is looked up in ``profiles`` (roles scored but not in the taxonomy, such as one
    built from a job description), then in the taxonomy."""
    role = (profiles or {}).get(fit.role) or taxonomy.roles.get(fit.role)
    if role is None:
        return 0.0
    current = hits.get(skill_id)
    target = completed_hit(skill_id, taxonomy, config)
    if current is not None and current.confidence >= target.confidence:
        return 0.0
    updated = {**hits, skill_id: target}
    return round(max(0.0, role_score(role, updated, signals, config) - fit.score), 2)


def _delegated(hit: SkillHit | None) -> bool:
    """Only implied by leading the people who practise it (see DELEGATING_SKILLS)."""
    return (hit is not None and hit.evidence == "inferred" and bool(hit.mentions)
            and all(mention.via in DELEGATING_SKILLS for mention in hit.mentions))


def _round_out_step(fit: RoleFit, gap: Gap, step: LearningStep, gain: float) -> PlanStep:
    """A plan step for a missing core skill whose area already counts in full."""
    return PlanStep(
        rank=0, skill_id=gap.skill_id, name=gap.name, role=fit.role, gap=gap.kind,
        why=(f"Core skill for {fit.name}; missing, though its area already counts in full, so "
             f"the score moves little (+{gain:g}): a hiring manager will still look for it."),
        action=step.action, resource=step.resource, resource_type=step.resource_type,
        url=step.url, hours=step.hours, cost=step.cost, resume_line=step.resume_line,
        projected_gain=gain)


def build_plan(fits: list[RoleFit], hits: Mapping[str, SkillHit], signals: Signals,
               taxonomy: Taxonomy, config: ScoringConfig, *,
               roles: tuple[str, ...] | None = None,
               profiles: Mapping[str, Role] | None = None) -> tuple[PlanStep, ...]:
    """Ordered plan over the gaps of ``fits`` (limited to ``roles`` when given); ``profiles``
    holds the scored roles that are not in the taxonomy (see :func:`project_gain`)."""
    candidates: dict[str, tuple[float, PlanStep]] = {}
    rounding: dict[str, tuple[float, PlanStep]] = {}  # core gaps the score no longer rewards
    for fit in fits:
        if roles is not None and fit.role not in roles:
            continue
        for gap in fit.gaps:
            step = taxonomy.learning.get(gap.skill_id)
            if step is None or _delegated(hits.get(gap.skill_id)):
                continue
            gain = project_gain(fit, gap.skill_id, hits, signals, taxonomy, config,
                                profiles=profiles)
            if gain < MIN_GAIN:
                # A strong resume fills its areas, so a missing core skill adds no points,
                # yet a hiring manager looks for it: it rounds out a short plan, by weight.
                if (_rounds_out(gap, taxonomy, signals)
                        and gap.importance > rounding.get(gap.skill_id, (0.0,))[0]):
                    rounding[gap.skill_id] = (gap.importance, _round_out_step(fit, gap, step, gain))
                continue
            elsewhere = sum(project_gain(other, gap.skill_id, hits, signals, taxonomy, config,
                                         profiles=profiles)
                            for other in fits if other.role != fit.role)
            hit = hits.get(gap.skill_id)
            implied = hit is not None and hit.evidence == "inferred"
            # Only a skill the resume names is surely there to surface; one implied by a tool
            # or a certificate ('data analysis' from 'Python') is learnt unless the reader
            # has done it, so it keeps its learning step, with the shortcut said. A senior
            # product person's unnamed everyday craft is unwritten, not unlearnt.
            unwritten = gap.kind == "missing" and surely_practised(gap.skill_id, signals)
            hidden = (gap.kind == "hidden" and not implied) or unwritten
            hours = REWRITE_HOURS if hidden else step.hours
            # An unwritten gap's advice already says so (fit.surely_practised).
            action = gap.advice if hidden else step.action
            if implied:
                action = (f"{step.action} If you have already done this, a bullet that says "
                          "what you did and what changed is enough.")
            priority = (gain + OTHER_ROLE_SHARE * elsewhere) / math.sqrt(hours)
            if gap.kind == "missing" and taxonomy.skills[gap.skill_id].category == "soft":
                priority *= UNNAMED_SOFT_SKILL_FACTOR  # see fit.UNNAMED_SOFT_SKILL_FACTOR
            state = ("not written, though surely practised" if unwritten
                     else "already there but hidden" if hidden
                     else f"only implied by {hit.mentions[0].text}" if implied and hit and hit.mentions
                     else gap.kind)
            why = (f"{gap.weight.capitalize()} skill for {fit.name}; {state} "
                   f"(+{gain:g} fit points when done).")
            plan_step = PlanStep(
                rank=0, skill_id=gap.skill_id, name=gap.name, role=fit.role,
                gap="hidden" if unwritten else gap.kind,
                why=why, action=action, resource="Your resume" if hidden else step.resource,
                resource_type="practice" if hidden else step.resource_type,
                url=None if hidden else step.url, hours=hours, cost="free" if hidden else step.cost,
                resume_line=step.resume_line, projected_gain=gain,
            )
            previous = candidates.get(gap.skill_id)
            if previous is None or priority > previous[0]:
                candidates[gap.skill_id] = (priority, plan_step)
    soft = {skill_id for skill_id in candidates if taxonomy.skills[skill_id].category == "soft"}
    return _choose(candidates, rounding, config, soft=soft)


def _rounds_out(gap: Gap, taxonomy: Taxonomy, signals: Signals) -> bool:
    """A missing core, non-soft skill a senior person has not surely practised."""
    return (gap.kind == "missing" and gap.weight == "core"
            and taxonomy.skills[gap.skill_id].category != "soft"
            and not surely_practised(gap.skill_id, signals))


def _choose(candidates: Mapping[str, tuple[float, PlanStep]],
            rounding: Mapping[str, tuple[float, PlanStep]],
            config: ScoringConfig, *, soft: frozenset[str] | set[str]) -> tuple[PlanStep, ...]:
    """The plan: candidates by priority (at most MAX_REWRITE_STEPS rewrites and MAX_SOFT_STEPS
    steps on the ``soft`` skills), then, while it is shorter than ``plan_length``, the
    rounding-out core gaps by importance; ranks from 1."""
    ordered = sorted(candidates.values(), key=lambda pair: (-pair[0], pair[1].skill_id))
    chosen: list[PlanStep] = []
    rewrites = softs = 0
    for _, candidate in ordered:
        if candidate.gap == "hidden":
            if rewrites >= MAX_REWRITE_STEPS:
                continue  # the Gaps list keeps them; the plan is for learning
            rewrites += 1
        if candidate.skill_id in soft:
            if softs >= MAX_SOFT_STEPS:
                continue  # shown in what one did, not studied; the Gaps list keeps them
            softs += 1
        chosen.append(candidate)
        if len(chosen) == config.plan_length:
            break
    taken = {chosen_step.skill_id for chosen_step in chosen}
    for _, extra in sorted(rounding.values(), key=lambda pair: (-pair[0], pair[1].skill_id)):
        if len(chosen) >= config.plan_length:
            break
        if extra.skill_id not in taken:
            chosen.append(extra)
            taken.add(extra.skill_id)
    return tuple(replace(chosen_step, rank=index + 1) for index, chosen_step in enumerate(chosen))
