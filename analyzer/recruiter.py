"""Recruiter signals as terms of a role fit: title, experience, degree and certification.

Contract: :func:`signal_terms` is a pure function of a role, the signals read from a resume
and the configuration; it returns (name, value 0..1, evidence) for title, experience, degree
and certification, and :func:`signals_score` their weighted mean (0-100). A title counts by
how its tilt relates to the role's and only as far as the work described backs it; years
outside product roles count a quarter; a degree by its field's tilt; a certificate by the
mean weight the role gives the skills it certifies.
"""

from __future__ import annotations

import re

from analyzer.config import ScoringConfig
from analyzer.signals import Signals
from skills_taxonomy import Role

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

def role_tilt(role: Role) -> str:
    """'tpm' for technical profiles, 'pm' for business ones, from the weights of tilted skills."""
    votes = {"pm": 0, "tpm": 0}
    for item in role.skills:
        if item.tilt in votes and item.weight == "core":
            votes[item.tilt] += 1
    return "tpm" if votes["tpm"] > votes["pm"] else "pm"


def signal_terms(role: Role, signals: Signals, config: ScoringConfig) -> tuple[tuple[str, float, str], ...]:
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


def signals_score(signal_terms: tuple[tuple[str, float, str], ...], config: ScoringConfig) -> float:
    weights = config.signal_weights
    total_weight = sum(weights.values()) or 1.0
    return 100 * sum(weights[name] * value for name, value, _ in signal_terms) / total_weight
