"""What a recruiter reads besides skills: titles held, degree fields, years, certifications.

Contract: :func:`read_signals` returns :class:`Signals` for a Document, using the taxonomy's
title and degree patterns. The acronym "TPM" is resolved by its context: next to "program",
"release", "PMP" … it is a Technical *Program* Manager (not a product role); next to
"product", "roadmap", "PRD" … a Technical *Product* Manager; otherwise it stays ambiguous and
counts for neither.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from datetime import date

from analyzer.models import Document, Line, SkillHit
from analyzer.narrative import narrated_roles
from analyzer.sections import BULLET_LINE, DEGREE_WORD
from analyzer.timeline import DateRange, experience_years, find_ranges
from skills_taxonomy import Signal, Taxonomy

TPM_CONTEXT_CHARS = 240
"""Characters around a 'TPM' acronym searched for product or program cues."""
_TPM = re.compile(r"\bTPM\b")
_PROGRAM_CUES = re.compile(
    r"\bprogram(?:me)?s?\b|\brelease trains?\b|\bPMP\b|\bPgM\b|\bschedul\w*|\bprogram management\b"
    r"|\bdependenc(?:y|ies)\b|\bmilestones?\b|\bexecution\b|\breadiness\b|\bgo/no-go\b"
    r"|\bcross-team\b|\bblockers?\b|\bescalations?\b|\bstatus (?:reports?|updates?)\b"
    r"|\bintegrated plan\b|\bon track\b|\bon time\b|\bcommitted date\b|\bPI planning\b",
    re.IGNORECASE)
"""Words of running a programme: schedules, dependencies, milestones, readiness, escalations."""
_PRODUCT_CUES = re.compile(
    r"\bproduct (?:manager|management|owner|strategy|vision|requirements|discovery|decisions)\b"
    r"|\broadmaps?\b|\bPRDs?\b|\buser stories\b|\bdiscovery\b|\bcustomer interviews?\b"
    r"|\bbacklog\b|\bprioriti[sz]\w*|\bfeature requirements\b|\bspecs?\b",
    re.IGNORECASE)
"""Words of owning a product: its strategy, requirements, discovery, roadmap and backlog. A
bare 'product' is no cue: programme managers run product launches too."""
_NOT_A_ROLE = re.compile(
    r"\s*(?:v?\d\.\d|chips?\b|modules?\b|attestation\b|firmware\b)"
    r"|(?s:.*)\b(?:trusted platform|total productive maintenance|OEE|kaizen)\b", re.IGNORECASE)
"""After 'TPM' (or in its window): the Trusted Platform Module ('TPM 2.0', 'TPM chip') or Total
Productive Maintenance, not a manager."""
HEADLINE_TITLE_LIST = 3
"""Different product titles on one undated header line that make it a list of titles wanted."""
ROLE_LINE_MAX_WORDS = 12
"""An undated line longer than this (words, brackets left out) is a sentence about the work, not
a role line."""
_REMARK = re.compile(r"\([^()\n]{0,80}\)")
_ABBREVIATION_END = re.compile(r"\b(?:inc|co|corp|ltd|llc|plc|gmbh|pvt|pty|bros|intl|assn|dept)\.$",
                               re.IGNORECASE)
"""A full stop that ends a company's abbreviation ('Cascadia Cloud Inc.'), not a sentence."""
SUMMARY_TITLE_MAX_LEAD_WORDS = 2
"""A summary states the candidate's own title in its first words ('Senior product manager
with …'); a title later in the sentence is about someone or something else."""
ROLE_DATES_LOOKAROUND_LINES = 2
"""Lines after (then before) an undated role line searched for its date range."""
WORK_BACKED_YEARS_FACTOR = 0.5
"""Share of a role's years that count as product years when the role shows product work under
another title (as TITLE_CREDIT_WORK_ONLY halves the title signal for such work)."""
MIN_PRODUCT_WORK = 2
"""Product-ownership skills demonstrated in experience (count) that back a product title;
with fewer, a title is only a word on the page and a lean is not a product fit."""
PRODUCT_WORK_SKILLS = frozenset({
    "product_strategy", "product_discovery", "customer_interviews", "user_research", "roadmapping",
    "prioritization", "requirements_prd", "user_stories", "backlog_management", "product_analytics",
    "experimentation", "product_lifecycle", "idea_management", "jobs_to_be_done",
    "product_leadership",
})
"""Skills of owning a product (the article's strategy, ideation, roadmapping and features as
work done), and leading the product managers who do it: shown in experience, they are what a
product title should stand for."""
DELIVERY_CRAFT = frozenset({"requirements_prd", "user_stories", "backlog_management"})
"""Product-work skills that analysts and delivery leads also practise: under another title
they show product work only beside one that decides what is built (judgment review 9: a
business analyst's requirements and user stories read as three product years)."""
_SCHOOL_LEAVING = re.compile(
    r"\b(?:A[- ]?Levels?|AS[- ]Levels?|O[- ]Levels?|I?GCSEs?|High\s+School|Secondary\s+School|"
    r"Higher\s+Secondary|Senior\s+Secondary|HSC|SSC|Class\s+(?:X|XII|10|12)|CBSE|ICSE|Abitur|"
    r"Matura|Baccalaur[ée]at|Leaving\s+Cert(?:ificate)?|Gymnasium)\b", re.IGNORECASE)
"""School-leaving qualifications: their subjects ('A Levels: … Economics (B)') are no degree."""
_COURSES = re.compile(r"\b(?:courses?|coursework|modules?|electives?|classes)\b\s*(?:taken\s*)?[:\-–]"
                      r"|\brelevant\s+(?:courses?|coursework|modules?)\b", re.IGNORECASE)
"""A list of courses taken ('courses: …', 'Relevant coursework -')."""
_INSTITUTION = re.compile(
    r"\b(?!(?:University|College)\b)[A-Z][\w'.&-]*\s+"
    r"(?:School|Institute|University|College|Academy|Polytechnic)\s+of\s+"
    r"(?P<subject>(?:the\s+)?[A-Z][\w-]*(?:(?:\s*,\s*|\s+(?:and|&)\s+|\s+)[A-Z][\w-]*){0,5})")
"""A school's proper name with a subject in it ('Stockholm School of Economics', 'Vienna
University of Economics and Business'): a name before 'School of' makes the subject the
school's, not the degree's. 'School of Engineering' alone on the line, or a university's
('Carnegie Mellon University School of Computer Science'), still names the field."""
_MINOR = re.compile(r"\bminor(?:ing|s)?\s*(?:in|:)?\s*$", re.IGNORECASE)
"""Words before a field that make it a minor ('B.A. Linguistics, minor in Computer Science')."""
_TARGET = re.compile(r"(?:→|->|⟶|➔|➜|=>|\b(?:target(?:ing)?|goal|next|desired|seeking|"
                     r"objective|aspiring|aspiration)(?:\s+(?:role|position|title|job))?\s*:)\s*$",
                     re.IGNORECASE)
"""An arrow or a 'Target:' before a title in the header: the role sought. (In experience an
arrow is a promotion: 'APM → PM' held both.)"""
_NOT_HELD = re.compile(
    r"(?:\b(?:our|the|with|alongside|supporting|aspiring|into|towards?|become|becoming|seeking|"
    r"pursuing)|\b(?:moving|transition(?:ing)?|switch(?:ing)?) to)\s+(?:a |an )?$", re.IGNORECASE)
"""Words before a title that make it someone else's ('worked with our product manager') or a
goal ('moving into product management'), not a role held."""


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_TITLE_FOLLOWERS = frozenset({"i", "ii", "iii", "iv", "intern", "at", "and", "of", "in", "for",
                              "with", "to", "since", "from"})
"""Words after a one-word title that leave it a title ('Developer II', 'Founder and CEO')."""


@dataclass(frozen=True, slots=True)
class SignalHit:
    """A title or degree signal found in the text, with the line that shows it."""

    id: str
    name: str
    tilt: str
    product_role: bool
    evidence: str
    years: float
    """Years covered by the dated role of that title line (0 when undated or a degree)."""


@dataclass(frozen=True, slots=True)
class Signals:
    titles: tuple[SignalHit, ...]
    degrees: tuple[SignalHit, ...]
    certifications: tuple[str, ...]
    """Skill ids of certifications found."""
    total_years: float
    product_years: float
    tpm_acronym: str | None
    """'product', 'program', 'ambiguous', or None when no 'TPM' appears."""
    certification_names: tuple[str, ...] = ()
    """Display names of ``certifications``, in the same order (shown as evidence)."""
    product_work: tuple[str, ...] = ()
    """Names of the product-ownership skills (:data:`PRODUCT_WORK_SKILLS`) demonstrated in
    experience or projects: the evidence a product title is checked against."""
    certification_skills: tuple[tuple[str, ...], ...] = ()
    """For each of ``certifications``, the skills it implies (what it certifies); empty when
    built without a taxonomy, and then every certification counts in full."""

    def shows_product_work(self) -> bool:
        """Whether the experience shows enough product ownership to back a product title."""
        return len(self.product_work) >= MIN_PRODUCT_WORK

    def certificates_shown(self) -> str:
        """The certifications as a reader sees them: names (ids when built without them)."""
        return ", ".join(self.certification_names or self.certifications) or "none found"


ABBREVIATED_PM_TITLE = "product_manager_abbreviated"
"""The taxonomy title of 'Senior PM', 'Group PM', 'PM II': product managers in software,
project managers elsewhere, so it counts only where product work backs it."""
TPM_PROGRAM_TITLE = "technical_program_manager"
"""The taxonomy title a 'TPM' read as a Technical *Program* Manager stands for."""


PATTERN_CACHE_SIZE = 1024
"""Signals whose compiled pattern is kept (the packaged taxonomy has about 50; extensions add)."""


@functools.lru_cache(maxsize=PATTERN_CACHE_SIZE)
def _pattern(signal: Signal) -> re.Pattern[str]:
    """The title or degree signal's patterns as one expression, compiled once per signal (not
    once per analysis and reader: role lines, narrated roles and degrees all read them)."""
    alternatives = "|".join(re.escape(p) for p in sorted(signal.patterns, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _tpm_roles(text: str) -> list[re.Match[str]]:
    """The 'TPM's of ``text`` that name a manager (not a chip or a maintenance method)."""
    found = []
    for match in _TPM.finditer(text):
        window = text[max(0, match.start() - TPM_CONTEXT_CHARS):match.end() + TPM_CONTEXT_CHARS]
        if not _NOT_A_ROLE.match(text, match.end()) and not _NOT_A_ROLE.match(window):
            found.append(match)
    return found


def resolve_tpm(text: str) -> str | None:
    """What 'TPM' means in ``text``: 'product', 'program', 'ambiguous' or None (absent)."""
    votes = {"product": 0, "program": 0}
    matches = _tpm_roles(text)
    for match in matches:
        window = text[max(0, match.start() - TPM_CONTEXT_CHARS):match.end() + TPM_CONTEXT_CHARS]
        votes["program"] += len(_PROGRAM_CUES.findall(window))
        votes["product"] += len(_PRODUCT_CUES.findall(window))
    if not matches:
        return None
    if votes["program"] == votes["product"]:
        return "ambiguous"
    return max(votes, key=lambda key: votes[key])


def _role_lines(document: Document, today: date) -> list[tuple[Line, list[DateRange]]]:
    """Lines that may state a role held, with their date ranges: dated lines and short undated
    ones of the header, experience and summary (the summary's first line only), never bullet
    sentences."""
    rows: list[tuple[Line, list[DateRange]]] = []
    first_summary = next((ln.start for ln in document.lines
                          if ln.section == "summary" and not ln.heading and ln.text.strip()), None)
    for line in document.lines:
        if line.section not in {"header", "experience", "summary"} or (
                line.heading and not _after_label(line.text).strip()):
            continue
        if line.section == "summary" and line.start != first_summary:
            continue
        ranges = find_ranges(line.text, today=today)
        text = line.text.strip()
        # A remark in brackets is no part of the role ('Nimbusgrid (cloud infrastructure, 900
        # employees)').
        short = (len(_REMARK.sub("", text).split()) <= ROLE_LINE_MAX_WORDS
                 and not BULLET_LINE.match(text)
                 and (not text.endswith(".") or _ABBREVIATION_END.search(text) is not None))
        if ranges or short or line.section == "summary":
            rows.append((line, ranges))
    return rows


def _after_label(text: str) -> str:
    """What follows a heading's colon ('EXPERIENCE: Senior PM …' gives 'Senior PM …'), or ''."""
    colon = text.find(":")
    return text[colon + 1:] if colon >= 0 else ""


def _held(line: Line, start: int) -> bool:
    """Whether the title at ``start`` of ``line`` is the candidate's own role."""
    if _NOT_HELD.search(line.text[:start]):
        return False
    if line.section in {"header", "summary"} and _TARGET.search(line.text[:start]):
        return False  # 'Technical Writer → Technical Product Manager': the goal, not a role
    if line.section == "summary":
        return len(line.text[:start].split()) <= SUMMARY_TITLE_MAX_LEAD_WORDS
    return True


def _modifies(text: str, start: int, end: int) -> bool:
    """A one-word title that qualifies the noun after it ('Developer Platform', 'Founder
    Relations') names a thing, not the role held."""
    if " " in text[start:end].strip():
        return False
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1).lower() not in _TITLE_FOLLOWERS


def _role_years(document: Document, line: Line, ranges: list[DateRange], today: date) -> float:
    """Years of the role on ``line``: its own date range, else the first range printed on the
    next lines of its section (dates under the title), else on the lines just before it."""
    if not ranges and line.section == "experience":
        index = document.lines.index(line)
        after = document.lines[index + 1:index + 1 + ROLE_DATES_LOOKAROUND_LINES]
        before = document.lines[max(0, index - ROLE_DATES_LOOKAROUND_LINES):index][::-1]
        for other in (*after, *before):
            if other.section != line.section:
                continue
            ranges = find_ranges(other.text, today=today)
            if ranges:
                ranges = ranges[:1]
                break
    return sum(r.end - r.start for r in ranges)


def _title_hits(document: Document, titles: tuple[Signal, ...], today: date,
                role_lines: list[tuple[Line, list[DateRange]]]) -> list[SignalHit]:
    compiled = [(signal, _pattern(signal)) for signal in titles]
    hits: list[SignalHit] = []
    for line, ranges in role_lines:
        # The longest title at each place wins, whichever signal it belongs to: 'technical
        # program manager' over 'program manager', 'product manager intern' over 'product
        # manager'.
        found = sorted(((match.start(), match.end(), signal) for signal, pattern in compiled
                        for match in pattern.finditer(line.text)),
                       key=lambda item: (item[0] - item[1], item[0]))
        taken: list[tuple[int, int]] = []
        line_hits: list[SignalHit] = []
        # On a heading line with its first entry ('EXPERIENCE: Senior Product Manager, Acme,
        # 2021 – Present', as ATS-style resumes print it), the entry follows the colon.
        floor = len(line.text) - len(_after_label(line.text)) if line.heading else 0
        for start, end, signal in found:
            if (start < floor or any(a < end and start < b for a, b in taken)
                    or _modifies(line.text, start, end)):
                continue
            taken.append((start, end))
            if (line.section == "summary" and hits) or not _held(line, start):
                continue
            years = _role_years(document, line, ranges, today)
            line_hits.append(SignalHit(id=signal.id, name=signal.name, tilt=signal.tilt,
                                       product_role=signal.product_role,
                                       evidence=line.text.strip(), years=round(years, 1)))
        # 'Product Manager | Technical Product Manager | Product Owner | Agile Leader' under the
        # name lists titles wanted, not a role held (judgment review 10).
        if not (line.section == "header" and not ranges and len(
                {hit.id for hit in line_hits if hit.product_role}) >= HEADLINE_TITLE_LIST):
            hits += line_hits
    return hits


_NARRATED_SECTIONS = frozenset({"summary", "experience", "other"})
"""Sections where a resume may tell its roles in sentences."""


def _narrated_titles(document: Document, titles: tuple[Signal, ...]) -> list[SignalHit]:
    """Titles held as a narrative resume states them ('For the past four years I have been the
    product manager …', 'I spent three years as a business analyst …'), with the years the
    sentence gives; the longest title in each statement."""
    compiled = [(signal, _pattern(signal)) for signal in titles]
    hits: list[SignalHit] = []
    for line in document.lines:
        if line.section not in _NARRATED_SECTIONS or line.heading:
            continue
        for role in narrated_roles(line.text):
            found = [(match.end() - match.start(), signal) for signal, pattern in compiled
                     if (match := pattern.search(role.role)) is not None]
            if found:
                signal = max(found, key=lambda item: item[0])[1]
                hits.append(SignalHit(id=signal.id, name=signal.name, tilt=signal.tilt,
                                      product_role=signal.product_role,
                                      evidence=line.text.strip(), years=role.years))
    return hits


OTHER_DEGREE_FIELD = "other_field"
"""Signal id of a degree whose field the taxonomy does not list."""


def _degree_hits(document: Document, degrees: tuple[Signal, ...]) -> list[SignalHit]:
    """Degree fields named on education lines, not in a list of courses ('courses: data
    analytics with SQL' is a subject taken, not a degree), nor on the lines that continue it,
    nor as a minor."""
    hits: list[SignalHit] = []
    seen: set[str] = set()
    courses = False
    unnamed: str | None = None  # the first degree line naming no known field
    for line in document.lines:
        if line.section != "education":
            continue
        text = line.text.strip()
        continues = courses and text[:1].islower()
        courses = bool(_COURSES.search(text)) or continues
        if courses or _SCHOOL_LEAVING.search(text):
            continue
        # Same length, so the minor check reads the original offsets.
        fields = line.text
        for name in _INSTITUTION.finditer(line.text):
            start, end = name.span("subject")
            fields = fields[:start] + " " * (end - start) + fields[end:]
        for signal in degrees:
            if signal.id not in seen and any(
                    not _MINOR.search(line.text, 0, match.start())
                    for match in _pattern(signal).finditer(fields)):
                seen.add(signal.id)
                hits.append(SignalHit(id=signal.id, name=signal.name, tilt=signal.tilt,
                                      product_role=False, evidence=text, years=0.0))
        if not hits and unnamed is None and DEGREE_WORD.search(text):
            unnamed = text
    if not hits and unnamed is not None:
        # A degree in a field the taxonomy does not list ('B.A. Health Policy', 'BA History'):
        # a degree still, of neither side's field.
        hits.append(SignalHit(id=OTHER_DEGREE_FIELD, name="Degree in another field",
                              tilt="other", product_role=False, evidence=unnamed, years=0.0))
    return hits


def _work_backed_years(document: Document, skills: list[SkillHit], titles: list[SignalHit],
                       role_lines: list[tuple[Line, list[DateRange]]]) -> float:
    """Years of dated experience roles held under no product title in which the resume shows
    product work (at least MIN_PRODUCT_WORK product-ownership skills used in the role's own
    lines, not only DELIVERY_CRAFT): a founder's or a producer's product years. Titles lie
    both ways. The roles are the dated experience lines among ``role_lines`` (their dates
    already read)."""
    product_lines = {hit.evidence for hit in titles if hit.product_role}
    position = {line.start: index for index, line in enumerate(document.lines)}
    titled_at = [position[line.start] for line, _ in role_lines
                 if line.section == "experience" and line.text.strip() in product_lines]
    starts: list[tuple[int, float, bool]] = []  # (offset, years, under a product title)
    for line, ranges in role_lines:
        if line.section != "experience" or not ranges:
            continue
        # The role's title is on this line or on one just around it (dates under or over the
        # title, as _role_years reads them).
        index = position[line.start]
        titled = any(abs(i - index) <= ROLE_DATES_LOOKAROUND_LINES for i in titled_at)
        starts.append((line.start, ranges[0].end - ranges[0].start, titled))
    if not starts:
        return 0.0
    shown: list[set[str]] = [set() for _ in starts]
    offsets = [offset for offset, _, _ in starts]
    for hit in skills:
        if hit.id not in PRODUCT_WORK_SKILLS or hit.evidence != "demonstrated":
            continue
        for mention in hit.mentions:
            if mention.match == "inferred" or mention.section != "experience":
                continue
            index = bisect.bisect_right(offsets, mention.start) - 1
            if index >= 0:
                shown[index].add(hit.id)
    return sum(years for (_, years, titled), ids in zip(starts, shown, strict=True)
               if not titled and len(ids) >= MIN_PRODUCT_WORK and ids - DELIVERY_CRAFT)


def read_signals(document: Document, skills: list[SkillHit], taxonomy: Taxonomy, *,
                 today: date) -> Signals:
    """Titles, degrees, certifications and years of experience found in ``document``."""
    role_lines = _role_lines(document, today)
    titles = _title_hits(document, taxonomy.titles, today, role_lines)
    tpm = resolve_tpm(document.text)
    # Read as a program manager, 'Senior TPM' is the spelled-out title's adjacent signal.
    program = next((t for t in taxonomy.titles if t.id == TPM_PROGRAM_TITLE), None)
    if tpm == "product" or (tpm == "program" and program is not None):
        # The acronym is a title only where a role is stated (a role line), not in a sentence
        # about working with TPMs.
        for line, ranges in role_lines:
            if not any(_held(line, m.start()) for m in _tpm_roles(line.text)):
                continue
            years = round(_role_years(document, line, ranges, today), 1)
            if tpm == "product":
                titles.append(SignalHit(
                    id="tpm_acronym_product", name="Technical Product Manager (TPM)", tilt="tpm",
                    product_role=True, evidence=line.text.strip(), years=years))
            elif program is not None and not any(t.id == program.id for t in titles):
                titles.append(SignalHit(
                    id=program.id, name=f"{program.name} (TPM)", tilt=program.tilt,
                    product_role=program.product_role, evidence=line.text.strip(), years=years))
    product_work = tuple(sorted(h.name for h in skills
                                if h.id in PRODUCT_WORK_SKILLS and h.evidence == "demonstrated"))
    if len(product_work) < MIN_PRODUCT_WORK:
        # 'Senior PM' is a product manager only where product work backs it; a construction
        # or project 'PM' is not.
        titles = [t for t in titles if t.id != ABBREVIATED_PM_TITLE]
    certified = [h for h in skills if h.kind == "certification" and h.evidence == "certified"]
    total_years = experience_years(document, today=today)
    if not total_years and not any(t.years for t in titles):
        # No dated role at all: a narrative resume states its roles and years in sentences.
        narrated = _narrated_titles(document, taxonomy.titles)
        titles += narrated
        total_years = round(sum(t.years for t in narrated), 1)
    titled = round(sum(t.years for t in titles if t.product_role), 1)
    worked = _work_backed_years(document, skills, titles, role_lines)
    return Signals(
        titles=tuple(titles),
        degrees=tuple(_degree_hits(document, taxonomy.degree_fields)),
        certifications=tuple(h.id for h in certified),
        certification_names=tuple(h.name for h in certified),
        certification_skills=tuple(taxonomy.skills[h.id].implies if h.id in taxonomy.skills
                                   else () for h in certified),
        total_years=total_years,
        product_years=min(round(titled + WORK_BACKED_YEARS_FACTOR * worked, 1),
                          total_years or float("inf")),
        tpm_acronym=tpm,
        product_work=product_work,
    )
