"""Confidence of a found skill, and credit for the skills related to it.

Contract: :func:`score_skill` turns the mentions of one skill into a confidence in [0, 1], an
evidence kind, the last year of dated use and the plain-language notes explaining the number;
:func:`add_related` credits the parents of specialisations shown and the skills that tools and
certifications imply. Both are pure: the same mentions, taxonomy and ``today`` give the same
result.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from analyzer.lists import is_list_like, split_items
from analyzer.models import EvidenceKind, Mention, SkillHit
from skills_taxonomy import Taxonomy

BASE_EXACT = 0.75
"""Confidence of a skill from one exact mention, before evidence (0..1)."""
BASE_FUZZY = 0.65
"""Confidence of a skill from one fuzzy mention at score 100, before evidence (0..1)."""
EVIDENCE_BONUS: dict[EvidenceKind, float] = {
    "certified": 0.2, "demonstrated": 0.15, "listed": 0.05, "mentioned": 0.0, "inferred": 0.0,
}
"""Added to the base by the strongest evidence kind (0..1)."""
OUTCOME_BONUS = 0.05
"""Added when a mention's sentence reports a measurable result (0..1)."""
REPEAT_BONUS_EACH, REPEAT_BONUS_MAX = 0.03, 0.09
"""Added per extra mention, capped (0..1)."""
HEDGE_FACTOR = 0.5
"""Multiplier when every mention is hedged ('familiar with')."""
STALE_AFTER_YEARS, STALE_FACTOR = 5, 0.85
"""Multiplier when the latest dated use is older than this many years."""
_EVIDENCE_RANK = {"inferred": 0, "mentioned": 1, "listed": 1, "demonstrated": 2, "certified": 3}
"""How strongly each kind of evidence shows a skill (see :func:`evidence_kind`)."""
INFERRED_FACTOR = 0.5
"""An implied skill gets this share of the confidence of the tool/certification implying it."""
BROADER_FACTOR = 0.9
"""A parent skill gets this share of the confidence of a specialisation shown ('RICE')."""
_SECTION_STRENGTH = {"certifications": 0, "experience": 1, "projects": 1, "skills": 2}
"""Order of mentions as proof: where a skill is certified, then used, then listed."""
_COURSE = re.compile(r"\b(?:course|courses|coursework|class|mooc|bootcamp|workshop|tutorial|"
                     r"introduction to|intro to)\b", re.IGNORECASE)
_CERTIFIED = re.compile(r"\bcertifi(?:ed|cate|cation)s?\b", re.IGNORECASE)
_DUTY = re.compile(
    r"^[\W\d]*(?:(?:was|were|am|is)\s+)?(?:responsible\s+for|responsibilities\s+(?:include|included|:)"
    r"|duties\s+(?:include|included|:)|involved\s+in|participated\s+in|assisted\b"
    r"|helped\b|supported\b|contributed\s+to\b|exposure\s+to|knowledge\s+of"
    r"|tasks\s+(?:include|included|:)|s(?:at|it|its|itting)\s+in\s+on|listen(?:ed|s|ing)?\s+in\s+on"
    r"|observ(?:ed|es|ing)\s+(?:the\s+|our\s+)?(?:sprint|scrum|stand-?ups?|planning|retro))",
    re.IGNORECASE)
"""A sentence that states a duty or a presence ('Responsible for roadmapping, user stories …',
'Involved in discovery', 'Sat in on sprint demos') or a hand lent ('Helped prioritise the
backlog', 'Assisted the PM', 'Supported product strategy, roadmap and go-to-market
activities'), not something done: a claim, which any resume can make."""
_DUTY_DONE = re.compile(
    r"^[\W\d]*(?:(?:was|were|am|is)\s+)?responsible\s+for\s+[a-z]+ing\s+(?!(?:and|or)\b)[\w$]",
    re.IGNORECASE)
"""A duty told as the work it was ('Responsible for defining the checkout roadmap', as CVs
with a 'Roles & Responsibilities' list write every bullet): a verb and its object, work
done. 'Responsible for roadmapping and go-to-market' names areas, and stays a claim."""
_LEARNING = re.compile(r"^[\W\d]*(?:got\s+up\s+to\s+speed\s+(?:on|with)|learn(?:ed|t|ing)\b|self-taught)",
                       re.IGNORECASE)
_UNFINISHED = re.compile(
    r"\b(?:in\s+progress|ongoing|pursuing|audited|enrolled|expected\s+(?:in\s+)?(?:19|20)\d\d"
    r"|currently\s+(?:completing|taking|studying|preparing)|preparing\s+for)\b", re.IGNORECASE)
"""A course or certificate not (yet) earned: 'PMP (in progress)', 'Reforge (audited)', 'CSPO,
expected 2026'."""
_STUDIED = re.compile(r"^[\W\d]*(?:completed|took|taking|attended|attending|enrolled\s+in|studied|"
                      r"studying|finished|audited)\b", re.IGNORECASE)


def _learned(sentence: str) -> bool:
    """A sentence about learning a skill, not using it: 'Got up to speed on Amplitude',
    'Completed Reforge "Product Strategy" and the Google Data Analytics Certificate'."""
    return bool(_LEARNING.match(sentence) or (_STUDIED.match(sentence) and (
        _COURSE.search(sentence) or _CERTIFIED.search(sentence))))


MAX_CLAIM_ITEM_WORDS = 3
"""An item of a keyword list at most this long (words) names a skill bare ('user research',
'Conducted customer interviews'); a longer item describes work ('Lead 4 product managers
across merchant onboarding')."""
CLAIM_CATEGORIES = frozenset({"business", "soft"})
"""Categories whose names listed in a bullet without a result are claims: 'roadmapping, user
stories, discovery and go-to-market' is vocabulary; 'Java, Spring, Oracle' under a project
names the stack it was built with, so technical lists still show use."""


def strongest_first(mentions: Iterable[Mention]) -> tuple[Mention, ...]:
    """``mentions`` ordered as proof: certifications, then experience and projects, then the
    skills section, then the rest; in text order within each. The first is what a report quotes."""
    return tuple(sorted(mentions, key=lambda m: (_SECTION_STRENGTH.get(m.section, 3), m.start)))


def _certifies(mention: Mention) -> bool:
    """A certifications-section line that names a course ('Introduction to SQL, online
    course') records learning, not a certificate, unless it says it certifies; a course or
    certificate not finished ('(in progress)', '(audited)', 'expected 2026') certifies
    nothing."""
    return not _unfinished(mention) and (
        not _COURSE.search(mention.sentence) or bool(_CERTIFIED.search(mention.sentence)))


def _unfinished(mention: Mention) -> bool:
    return bool(_UNFINISHED.search(mention.sentence))


def shows_use(mention: Mention, category: str) -> bool:
    """Whether an experience or project mention shows the skill used, not only claimed: not
    in a duty statement ('Responsible for …') nor a sentence about learning it ('Completed a
    course in …'), and, for a business or soft skill, not a bare
    item of a keyword list with no result ('Conducted customer interviews, user research and
    competitive analysis'; see CLAIM_CATEGORIES, MAX_CLAIM_ITEM_WORDS)."""
    duty = _DUTY.match(mention.sentence) and not _DUTY_DONE.match(mention.sentence)
    if duty or _learned(mention.sentence):
        return False
    if category not in CLAIM_CATEGORIES or mention.outcome or not is_list_like(mention.sentence):
        return True
    return len(_item_of(mention).split()) > MAX_CLAIM_ITEM_WORDS


def _item_of(mention: Mention) -> str:
    """The list item of the mention's sentence that holds the mention (the whole sentence when
    the mention's text cannot be found in it)."""
    at = mention.sentence.lower().find(mention.text.lower())
    if at < 0:
        return mention.sentence
    for offset, item in split_items(mention.sentence):
        if offset <= at < offset + len(item):
            return item
    return mention.sentence


def evidence_kind(skill_kind: str, mentions: Iterable[Mention], *,
                  category: str = "technical") -> EvidenceKind:
    """The strongest way the direct (non-inferred) ``mentions`` show a skill: certified >
    demonstrated in experience or projects (:func:`shows_use`) > listed in a skills section >
    mentioned (a claim in experience counts as mentioned)."""
    direct = [m for m in mentions if m.match != "inferred"]
    sections = {m.section for m in direct}
    if not sections:
        return "inferred"
    # No certificate attests a soft skill: teamwork under a certifications section that ran on
    # past its end (an unknown heading in plain text) is only mentioned there.
    if (skill_kind == "certification" and not all(_unfinished(m) for m in direct)) or (
            category != "soft" and any(m.section == "certifications" and _certifies(m)
                                       for m in direct)):
        return "certified"
    if any(m.section in {"experience", "projects"} and shows_use(m, category) for m in direct):
        return "demonstrated"
    if "skills" in sections:
        return "listed"
    return "mentioned"


def score_skill(mentions: Sequence[Mention], years: Iterable[float], *, skill_kind: str,
                today: date, category: str = "technical",
                ) -> tuple[float, EvidenceKind, int | None, tuple[str, ...]]:
    """(confidence, evidence kind, last year used, notes) of one skill from its ``mentions``
    (at least one) and the years of the dated roles they appear in."""
    evidence = evidence_kind(skill_kind, mentions, category=category)
    best = max(mentions, key=lambda m: (m.match == "exact", m.score))
    base = BASE_EXACT if best.match == "exact" else BASE_FUZZY * best.score / 100
    notes = [f"{best.match} match '{best.text}' ({base:.2f})"]
    confidence = base + EVIDENCE_BONUS[evidence]
    notes.append(f"evidence: {evidence} (+{EVIDENCE_BONUS[evidence]:.2f})")
    if any(m.outcome for m in mentions if m.section in {"experience", "projects"}):
        confidence += OUTCOME_BONUS
        notes.append(f"used in a line with a measurable result (+{OUTCOME_BONUS:.2f})")
    repeats = min(REPEAT_BONUS_MAX, REPEAT_BONUS_EACH * (len(mentions) - 1))
    if repeats > 0:
        confidence += repeats
        notes.append(f"{len(mentions)} mentions (+{repeats:.2f})")
    if all(m.hedged for m in mentions):
        confidence *= HEDGE_FACTOR
        notes.append(f"only hedged mentions such as 'familiar with' (x{HEDGE_FACTOR})")
    dated = list(years)
    last_used = int(max(dated)) if dated else None
    if last_used is not None and today.year - last_used > STALE_AFTER_YEARS:
        confidence *= STALE_FACTOR
        notes.append(f"last used in {last_used} (x{STALE_FACTOR})")
    return min(1.0, round(confidence, 4)), evidence, last_used, tuple(notes)


def add_related(hits: dict[str, SkillHit], taxonomy: Taxonomy) -> None:
    """Credit related skills not found directly.

    ``broader``: a specialisation is evidence of its parent as strong as itself, a little
    discounted (RICE scoring -> prioritisation; cohort analysis -> product analytics).
    ``implies``: a tool or certification is partial evidence of the skills it implies
    (Jira -> backlog management), marked ``inferred``.
    """
    found = list(hits.values())
    broader: dict[str, list[SkillHit]] = defaultdict(list)
    implied: dict[str, list[SkillHit]] = defaultdict(list)
    for hit in found:
        skill = taxonomy.skills[hit.id]
        for target in skill.broader:
            # A direct hit only listed or mentioned does not hide the work that shows the
            # skill through a specialisation: listing a skill must never lower its credit.
            if target not in hits or _EVIDENCE_RANK[hit.evidence] > _EVIDENCE_RANK[hits[target].evidence]:
                broader[target].append(hit)
        if hit.kind == "certification" and hit.evidence != "certified":
            continue  # a certificate not earned ('(in progress)') attests nothing yet
        for target in skill.implies:
            if target not in hits:
                implied[target].append(hit)
    for target, sources in broader.items():
        best = max(sources, key=lambda h: (_EVIDENCE_RANK[h.evidence], h.confidence, h.id))
        related = _related_hit(taxonomy, target, sources, best, BROADER_FACTOR,
                               evidence=best.evidence, label="shown through")
        direct = hits.get(target)
        if direct is not None:
            if _EVIDENCE_RANK[direct.evidence] >= _EVIDENCE_RANK[best.evidence]:
                continue
            related = replace(related, mentions=strongest_first([*direct.mentions,
                                                                 *related.mentions]),
                              last_used=max((y for y in (direct.last_used, related.last_used)
                                             if y is not None), default=None),
                              explanation=(*direct.explanation, *related.explanation))
        hits[target] = related
    for target, sources in implied.items():
        if target in hits:
            continue
        best = max(sources, key=lambda h: (h.confidence, h.id))
        hits[target] = _related_hit(taxonomy, target, sources, best, INFERRED_FACTOR,
                                    evidence="inferred", label="inferred from")


def _related_hit(taxonomy: Taxonomy, target: str, sources: list[SkillHit], best: SkillHit,
                 factor: float, *, evidence: EvidenceKind, label: str) -> SkillHit:
    skill = taxonomy.skills[target]
    mentions = strongest_first(
        replace(m, match="inferred", via=src.id) for src in sources for m in src.mentions)
    names = ", ".join(sorted({src.name for src in sources}))
    return SkillHit(
        id=skill.id, name=skill.name, category=skill.category, subcategory=skill.subcategory,
        kind=skill.kind, confidence=round(best.confidence * factor, 4), evidence=evidence,
        mentions=mentions, last_used=best.last_used,
        explanation=(f"{label} {names} (x{factor} of {best.confidence:.2f})",),
    )
