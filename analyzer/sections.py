"""Section headings: recognise them by vocabulary and typography, and label every line.

A heading is a short line whose words all come from the heading vocabulary ("Professional
Experience", "Programs, Skills, Software", "Certifications & Training"), optionally ending in
a colon; or, for headings we do not know ("Volunteering"), a short line set apart by
typography (larger than body text and bold or in capitals). Inline headings ("Skills: Python,
SQL") open a section too. Text before the first heading is the ``header`` (name, contact).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from analyzer.models import SectionKind
from analyzer.timeline import NO_CUTOFF, find_ranges

SectionTopic = Literal["references", "interests", "publications", "grants"]
"""What an ``other`` section is about, where that changes how its words read: referees'
details (about someone else), hobbies (not professional skills), publication and patent lists
(titles), grants (the names of grants and their funders)."""

MAX_HEADING_WORDS = 6
"""Headings are short: longer lines are content."""
MAX_HEADING_CHARS = 48
HEADING_SIZE_DELTA_PT = 1.0
"""A line at least this much larger (points) than body text is typographically distinct."""
HEADING_STYLE_TOLERANCE_PT = 0.25
"""Font sizes (points) this close count as the same heading style."""
ROLE_DATES_LINES_AFTER = 1
"""Lines after a bold short line searched for the date range that makes it a role line."""
MIN_HEADINGS_FOR_STYLE = 2
"""Known headings that must share a style before unknown lines in it count as headings."""
SKILL_GROUP_WORDS = frozenset({
    "languages", "language", "programming", "leadership", "tools", "tooling", "frameworks",
    "libraries", "platforms", "data", "databases", "cloud", "infrastructure", "devops",
    "technical", "technologies", "technology", "product", "business", "management", "design",
    "analytics", "methods", "methodologies", "practices", "testing", "security", "marketing",
    "soft", "skills", "core", "other", "web", "mobile", "backend", "frontend", "ai", "ml",
    "strategy", "delivery", "collaboration", "communication", "domains", "industries",
    "platform", "code", "coding",
})
"""Words of a skills section's group labels on their own line ('Languages', 'Leadership',
'Languages & data'): such a line stays in the skills section unless it is typeset like the
document's own section headings."""
PROSE_MIN_WORDS = 6
"""A prose line (unheaded summary paragraph) has at least this many words."""
PROSE_LOWER_SHARE = 0.4
"""Share of a prose line's words (0..1) that are plain lower-case words."""

# Keyword -> kind. A heading's kind is that of its first keyword.
_KEYWORDS: dict[str, SectionKind] = {
    **dict.fromkeys(("summary", "profile", "objective", "about", "overview", "introduction",
                     "statement", "bio", "highlights"), "summary"),
    **dict.fromkeys(("experience", "experiences", "employment", "work", "history", "career",
                     "positions", "internships", "internship", "jobs", "appointments",
                     "teaching", "engagements", "narrative", "journey"), "experience"),
    **dict.fromkeys(("education", "educational", "academic", "academics", "qualifications",
                     "qualification", "degrees",
                     "studies", "schooling", "coursework", "school"), "education"),
    **dict.fromkeys(("skills", "skill", "competencies", "competences", "competency",
                     "expertise", "technologies", "technology", "tools", "software",
                     "programs", "proficiencies", "proficiency", "knowledge", "strengths", "stack",
                     "abilities",
                     "toolbox", "toolkit", "capabilities", "tech"), "skills"),
    # What someone achieved is work shown, as a project is ('SELECTED ACHIEVEMENTS', 'Key
    # Accomplishments' in executive and functional resumes), not a list of honours.
    **dict.fromkeys(("projects", "project", "portfolio", "achievements", "accomplishments"),
                    "projects"),
    **dict.fromkeys(("certifications", "certification", "certificates", "certificate",
                     "licenses", "licences", "license", "licence", "training", "trainings", "courses",
                     "accreditations", "credentials"), "certifications"),
    **dict.fromkeys(("languages", "interests", "hobbies", "awards", "honors", "honours",
                     "publications", "papers", "bibliography", "volunteer", "volunteering",
                     "leadership", "activities", "leisure", "pastimes", "references", "referees",
                     "additional",
                     "affiliations", "memberships", "patents", "talks", "speaking", "presentations",
                     "extracurricular", "information", "personal", "contact", "details",
                     "community", "involvement", "recognition", "miscellaneous", "other",
                     "grants", "funding", "service", "board", "boards", "advisory"),
       "other"),
    "background": "experience",
    # German, French, Spanish, Portuguese and Italian headings, accents folded ('EXPÉRIENCE',
    # 'BERUFSERFAHRUNG / PROFESSIONAL EXPERIENCE', 'Formação acadêmica').
    **dict.fromkeys(("berufserfahrung", "erfahrung", "werdegang", "experiencia",
                     "experiencias", "esperienza", "esperienze"), "experience"),
    **dict.fromkeys(("ausbildung", "bildung", "studium", "formation", "formacion", "formacao",
                     "educacion", "educacao", "estudios", "etudes", "istruzione"), "education"),
    **dict.fromkeys(("kenntnisse", "fahigkeiten", "kompetenzen", "habilidades", "competencias",
                     "conocimientos", "competenze"), "skills"),
    **dict.fromkeys(("sprachen", "langues", "idiomas", "lingue"), "other"),
    **dict.fromkeys(("profil", "kurzprofil", "perfil", "profilo", "zusammenfassung", "resumen",
                     "sintesi"), "summary"),
    **dict.fromkeys(("projekte", "projets", "proyectos", "projetos", "progetti"), "projects"),
}
# Words that may accompany keywords in a heading without changing its kind.
_FILLERS = frozenset({
    "and", "&", "of", "my", "professional", "relevant", "key", "core", "technical", "selected",
    "other", "additional", "areas", "top", "recent", "select", "work", "career", "employment",
    "me", "client",
    "academic", "personal", "notable", "featured", "summary", "qualifications", "related",
    "experience", "languages", "activities", "honors", "awards", "certifications", "skills",
    "tools", "technologies", "training", "development", "in", "the", "a", "highlights",
    "history", "continuing", "soft", "hard", "open", "source", "side", "volunteer",
    "leadership", "invited", "conference", "computer", "it", "language", "digital",
    "functional", "transferable", "interpersonal", "background", "research", "industry",
    "education", "projects", "courses", "certificates", "licenses", "information",
    "held", "matrix", "driving", "special", "executive",
    # What was done with projects ('Projects Undertaken', 'Projects Handled', 'Projects Worked
    # On'): common headings of project-style resumes.
    "undertaken", "handled", "executed", "completed", "delivered", "done", "worked", "on",
    "professionnelle", "professionnelles", "profesional", "laboral", "profissional",
    "berufliche", "beruflicher", "academica", "academico", "academique", "und", "et", "y",
    "e", "de", "des", "du",
})
_YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")
_COORDINATION = re.compile(r"&|\band\b|[/,|+]", re.IGNORECASE)
_COMPOUND_KINDS: dict[tuple[str, str], SectionKind] = {("technical", "background"): "skills"}
"""Two-word headings whose kind is not their words' ('Technical Background' lists skills;
'Professional Background' is experience)."""
_MODIFIER_KEYWORDS = frozenset({"career", "work", "teaching", "background"})
"""Keywords that only qualify another heading noun ('Career Objective', 'Work History',
'Educational Background') and name a section on their own only ('Professional Background')."""
_ORNAMENT = re.compile(r"^(?:[•·▪◦‣●○■□◆◇▸▹►➢➤★☆✦✧❖#§]+|0?\d[.)]?)\s*(?=[A-Za-z])")
"""An ornament or a section number before a heading ('◆ EXPERIENCE', '01. Experience')."""
_RULE_GLYPHS = "—–-=_~*#|•·◆◇■□▪/\\"
"""Characters of a rule or an ornament that frames a heading."""
_RULE = f"[{re.escape(_RULE_GLYPHS)}]"
_FRAMED = re.compile(
    rf"^(?P<lead>[\[(«<]\s*|{_RULE}+\s*|\d{{1,2}}\s*[—–\-/|.]\s*)?"
    r"(?P<core>[A-Za-z][A-Za-z &/,'-]*?[A-Za-z])"
    rf"(?P<trail>\s*[\])»>]|\s*{_RULE}+)?\s*$")
"""A heading framed by rules, brackets or a number and a dash: '— EXPERIENCE —', '[ SKILLS ]',
'01 — Experience', 'EDUCATION ———'."""
QUALIFIED_HEADING_MAX_WORDS = 3
"""Longest 'qualifier + Experience' heading (words) read as the experience section."""
QUALIFIED_CAPS_HEADING_MAX_WORDS = 5
"""The same in capitals, where two fields may qualify it ('PUBLIC RELATIONS/EVENT PLANNING
EXPERIENCE')."""
_SERVED = frozenset({
    "user", "users", "customer", "customers", "developer", "developers", "patient", "patients",
    "guest", "guests", "employee", "employees", "candidate", "member", "members", "client",
    "clients", "player", "players", "buyer", "shopper", "visitor", "student", "learner",
    "citizen", "partner", "merchant", "digital", "brand", "omnichannel", "onboarding",
})
"""Whose experience a product shapes: 'Customer Experience' is a skill, not a section."""
_QUALIFIERS = frozenset({"personal", "other", "additional"})
"""Keywords of the other kind that only qualify a heading noun beside them ('Personal
Summary', 'Other Skills and Strengths', 'Technical and Personal Skills') and name a section
on their own only ('Personal', 'Additional Information')."""
_TECHNICAL_WORDS = frozenset({"computer", "programming", "software", "technologies",
                              "technology", "tools", "tech", "it"})
"""Words that make a 'Languages' heading about programming languages."""
_OVERVIEW_NOUNS = frozenset({"summary", "highlights", "overview", "profile"})
"""Heading nouns that may be an overview of the noun before them ('Skills Summary')."""
_INLINE = re.compile(r"^\s*([A-Za-z][A-Za-z &/,]{1,40}?)\s*:\s*(\S.*)$")
_WORD = re.compile(r"[a-z]+|&")


@dataclass(frozen=True, slots=True)
class LineStyle:
    """Typography of a line; unknown for plain text (size 0)."""

    text: str
    size: float = 0.0
    bold: bool = False
    gap_above: float = -1.0


_TOPICS: dict[str, SectionTopic] = {  # heading keyword -> topic
    # Plural only: 'Reference: Jane Roe, +1 …' under a job is a field, not a section.
    **dict.fromkeys(("references", "referees"), "references"),
    **dict.fromkeys(("interests", "hobbies", "leisure", "pastimes"), "interests"),
    **dict.fromkeys(("publications", "papers", "bibliography", "patents"), "publications"),
    **dict.fromkeys(("grants", "funding"), "grants"),
}
_TOPIC_NEUTRAL = frozenset({"personal", "additional", "other", "miscellaneous", "selected",
                            "presentations", "talks"})
"""Heading words that do not change its topic ('Personal Interests', 'Selected Papers')."""
_PROFESSIONAL = frozenset({"professional", "research", "technical", "career", "academic"})
"""Words that make an interests heading about work ('Professional Interests'), not hobbies."""


SUBSECTION_NOUNS = frozenset({
    "projects", "certifications", "certificates", "achievements", "accomplishments",
    "publications", "presentations", "awards", "honors", "honours", "courses", "seminars",
    "workshops", "engagements", "memberships", "affiliations",
})
"""Plural nouns that name a group of entries ('Academic Projects', 'Coaching
Certifications', 'Seminars and Speaking Engagements'): a short line holding one over its
entries is a sub-heading, whatever field its other words name."""
_SUBHEADING_LINE = re.compile(
    r"[ \t]*(?:[A-Z0-9][\w&.'’/-]*|&)"
    r"(?:[ \t]+(?:[A-Z0-9][\w&.'’/-]*|of|for|and|the|in|on|to|&)){1,7}[ \t]*")
"""A short line of capitalised words, maybe joined by 'of', 'and', 'in' …: no sentence, no
list, no colon."""
_SUBSECTION_NOUN = re.compile(rf"\b(?i:{'|'.join(sorted(SUBSECTION_NOUNS))})\b")
SUBHEADING_MAX_CHARS = 80
"""Characters of a sub-heading line, at most."""
_OPENS_AN_ACCOMPLISHMENT = re.compile(
    r"[ \t]*(?:\d|(?i:[a-z]+ed|led|built|ran|drove|won|grew|made|shipped)\b)")
"""A title-case line opening with a verb or a number is an accomplishment ('Managed AWS Cloud
Projects', 'Delivered 14 Power BI Projects'), not a heading over entries."""


def names_a_subsection(line: str, start: int, end: int) -> bool:
    """The line is a sub-heading naming a group of entries, the match a field word in it: 'IoT
    and Smart City Projects', 'Academic Projects in Robotics and Embedded Systems', 'Coaching
    Certifications', 'SEMINARS AND SPEAKING ENGAGEMENTS'. The entries below are the evidence,
    not the heading's words. A plural group noun outside the match is needed: a project's own
    name ('Inventory Project') is :mod:`analyzer.names`'s."""
    if (len(line) > SUBHEADING_MAX_CHARS or _SUBHEADING_LINE.fullmatch(line) is None
            or _OPENS_AN_ACCOMPLISHMENT.match(line) is not None):
        return False
    return any(not (noun.start() < end and start < noun.end())
               for noun in _SUBSECTION_NOUN.finditer(line))





def heading_topic(heading: str) -> SectionTopic | None:
    """The topic a section heading names ('REFEREES', 'Hobbies & Interests', 'Selected
    Publications'), or None. Only headings of a single topic count: 'Interests and Skills'
    or 'Publications & Projects' mix professional content in."""
    if heading_kind(heading) != "other":
        return None
    words = _WORD.findall(heading.lower())
    found = {_TOPICS.get(word) for word in words if word in _KEYWORDS and word not in _TOPIC_NEUTRAL}
    topic = found.pop() if len(found) == 1 and None not in found else None
    return None if topic == "interests" and _PROFESSIONAL & set(words) else topic


def _folded(text: str) -> str:
    """``text`` without accents ('expérience' → 'experience', 'formação' → 'formacao')."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(ch))


_LIST_ITEM = re.compile(r"[-–•*]\s")


def _heading_words(text: str) -> list[str] | None:
    """The lower-case words of ``text`` if it is shaped like a heading, else None."""
    stripped = text.strip().rstrip(":").strip()
    if (not stripped or len(stripped) > MAX_HEADING_CHARS or stripped[-1] in ".;!?"
            # A list item ('- Leadership' under Skills); a heading behind an ornament or
            # between rules is read by _decorated_heading.
            or _LIST_ITEM.match(stripped)
            # Punctuation other than separators means prose ("Work: 5 years"), and a year an
            # item ("Certification, 2022": a wrapped certificate line).
            or re.search(r"[^\w\s&/,:|\-()']", stripped) or _YEAR_IN_TEXT.search(stripped)):
        return None
    words = _WORD.findall(_folded(stripped.lower()))
    if not words or len(words) > MAX_HEADING_WORDS or words == ["&"]:
        return None
    return words


def _qualified_experience(text: str, words: list[str]) -> bool:
    """'CLINICAL EXPERIENCE', 'Consulting Experience': up to two qualifying words before
    'experience' set as a heading in title case, up to four in capitals ('PUBLIC
    RELATIONS/EVENT PLANNING EXPERIENCE'), never with 'of' ('YEARS OF IT EXPERIENCE'), except
    the experience of people served ('Customer Experience', 'User Experience' name a skill;
    'Customer Service Experience' is a heading again)."""
    longest = QUALIFIED_CAPS_HEADING_MAX_WORDS if _is_caps(text) else QUALIFIED_HEADING_MAX_WORDS
    return (2 <= len(words) <= longest and words[-1] in {"experience", "experiences"}
            and words[-2] not in _SERVED and "&" not in words and "of" not in words
            and all(word[:1].isupper() for word in text.split()))


MAX_RESPACED_TOKENS = 8
"""Pieces of a capitalised line tried for a letter-spaced heading split in the wrong places."""
SPACED_LETTERS = range(4, 41)
"""Letters (count) of a heading typed with a space after every letter ('E X P E R I E N C E')."""


def respaced_heading(text: str) -> str | None:
    """A capitalised heading that letter spacing split inside its words ('SK ILLS', 'WORK
    EXPER IENCE', 'E X P E R I E N C E'), its pieces joined into heading words; None for any
    other line. Every word of the result must be a heading keyword or filler, so a name in
    capitals stays as is."""
    tokens = text.split()
    # A space typed after every letter ('E X P E R I E N C E', Canva-style) splits every word.
    spaced = len(tokens) in SPACED_LETTERS and all(len(t) == 1 for t in tokens)
    if (not (1 < len(tokens) <= MAX_RESPACED_TOKENS or spaced) or not _is_caps(text)
            or heading_kind(text) is not None or not all(t.isalpha() for t in tokens)):
        return None

    def split(rest: list[str]) -> list[str] | None:
        if not rest:
            return []
        for size in range(len(rest), 0, -1):
            word = "".join(rest[:size])
            if word.lower() in _KEYWORDS or word.lower() in _FILLERS:
                tail = split(rest[size:])
                if tail is not None:
                    return [word, *tail]
        return None

    words = split(tokens)
    if words is None or len(words) == len(tokens):
        return None
    joined = " ".join(words)
    return joined if heading_kind(joined) is not None else None


def heading_kind(text: str) -> SectionKind | None:
    """The section kind a heading text names, or None when it is not a known heading."""
    words = _heading_words(text)
    if words is not None and _qualified_experience(text, words):
        return "experience"
    if words is not None and tuple(words[-2:]) in _COMPOUND_KINDS:
        return _COMPOUND_KINDS[(words[-2], words[-1])]
    if words is None or any(w not in _KEYWORDS and w not in _FILLERS for w in words):
        # Two languages side by side, in capitals ('LEBENSLAUF-WORT / PROFESSIONAL
        # EXPERIENCE'): the half that is a known heading names it, the other is one word of
        # another language (not a table's column header: 'Last Used / Experience').
        halves = re.split(r"\s[/|]\s", text.strip())
        if words is not None and len(halves) == 2 and _is_caps(text):
            kinds = [heading_kind(half) for half in halves]
            known = [kind for kind in kinds if kind is not None]
            other = halves[kinds.index(None)] if None in kinds else ""
            if len(known) == 1 and len(other.split()) == 1:
                return known[0]
        return None
    # 'Languages and Software', 'Computer Languages': programming languages, a skills list.
    programming = "languages" in words and bool(_TECHNICAL_WORDS & set(words))
    kinds = ["skills"] if programming else [
        _KEYWORDS[w] for w in words
        if w in _KEYWORDS and w not in _MODIFIER_KEYWORDS and w not in _QUALIFIERS]
    if not kinds:  # only modifiers: 'Career' alone is the experience section
        kinds = [_KEYWORDS[w] for w in words if w in _KEYWORDS]
    if not kinds:
        return None
    # A compound names its last noun ('Academic Projects', 'Educational Qualification'),
    # unless that noun is an overview of the one before ('Skills Summary'); a coordination
    # ('Education & Certifications') and an 'of' phrase ('Summary of Qualifications') name
    # their first.
    first = (_COORDINATION.search(text) is not None or words[-1] in _OVERVIEW_NOUNS
             or "of" in words)
    return kinds[0] if first else kinds[-1]


MAX_DECORATION_CHARS = 12
"""Characters of rules, brackets or numbering a decorated heading may carry."""


def _decorated_heading(text: str, style: LineStyle, body: float) -> tuple[SectionKind, str] | None:
    """The kind and bare text of a heading behind an ornament or a number ('◆ EXPERIENCE',
    '01. Experience') or framed by rules or brackets ('— EXPERIENCE —', '[ Skills ]',
    'EDUCATION ———'), or None. Set as a heading (capitals, bold or larger) or framed on both
    sides: a bulleted 'Leadership' in a list is neither."""
    if len(text.strip(" " + _RULE_GLYPHS)) > MAX_HEADING_CHARS + MAX_DECORATION_CHARS:
        return None  # (a rule may run to the margin: 'SKILLS_______…')
    set_as_heading = body > 0 and (style.bold or style.size >= body + HEADING_SIZE_DELTA_PT)
    if (ornament := _ORNAMENT.match(text)) is not None:
        bare = text[ornament.end():]
        if (_is_caps(bare) or set_as_heading) and (kind := heading_kind(bare)) is not None:
            return kind, bare
    framed = _FRAMED.match(text)
    if framed is None or not (framed.group("lead") or framed.group("trail")):
        return None
    bare = framed.group("core")
    both = bool(framed.group("lead") and framed.group("trail"))
    if (both or _is_caps(bare) or set_as_heading) and (kind := heading_kind(bare)) is not None:
        return kind, bare
    return None


_UNKNOWN_CAPS_HEADING = re.compile(r"[A-Z][A-Z'’&/-]*(?: [A-Z&/][A-Z'’&/-]*){1,5}:?")
"""Two to six words in capitals, no digits or list separators: a heading's shape."""
_ACHIEVEMENT_WORDS = frozenset({"achievements", "accomplishments", "highlights"})
"""Heading words of results, which inside Experience label a role's (see :func:`_kind_in`)."""
_PROJECT_WORDS = frozenset({"projects", "project", "portfolio"})
"""Heading words of projects proper, a section of their own wherever they stand."""


def _kind_in(current: SectionKind, text: str) -> SectionKind | None:
    """The kind a heading names where it stands: 'Key achievements:' inside Experience labels
    a role's results (Australian and executive resumes give each role one), and the roles
    after it are still experience; alone, 'SELECTED ACHIEVEMENTS' is work shown (projects)."""
    kind = heading_kind(text)
    words = set(_heading_words(text) or ()) if kind == "projects" else set()
    if (current == "experience" and words & _ACHIEVEMENT_WORDS
            and not words & _PROJECT_WORDS):
        return "experience"
    return kind


def _unknown_text_heading(styles: Sequence[LineStyle], index: int) -> bool:
    """Plain text has no typography: a line of capitals over a paragraph is a heading this
    vocabulary does not know ('CAREER STORY', 'WHAT I DO NOW'). It ends the section before
    it, which must not swallow the paragraph (a skills list reading a career told in prose
    as keywords)."""
    text = styles[index].text.strip()
    return (_UNKNOWN_CAPS_HEADING.fullmatch(text) is not None and _is_caps(text)
            and index + 1 < len(styles) and _is_prose(styles[index + 1].text.strip()))


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def _body_size(styles: Sequence[LineStyle]) -> float:
    sizes = Counter(round(s.size) for s in styles if s.size > 0 for _ in range(len(s.text)))
    return float(sizes.most_common(1)[0][0]) if sizes else 0.0


def _typographic_heading(style: LineStyle, body: float) -> bool:
    text = style.text.strip()
    if not _heading_shaped(text, max_words=4):
        return False
    larger = body > 0 and style.size >= body + HEADING_SIZE_DELTA_PT
    return larger and (style.bold or _is_caps(text))


def _heading_shaped(text: str, *, max_words: int) -> bool:
    """Short, no closing punctuation, has letters, not a bullet item."""
    words = text.split()
    if not words or len(words) > max_words or len(text) > MAX_HEADING_CHARS:
        return False
    if text[-1] in ".,;" or not any(ch.isalpha() for ch in text) or _YEAR_IN_TEXT.search(text):
        return False
    return not text.startswith(("•", "-", "*"))


@dataclass(frozen=True, slots=True)
class _HeadingStyle:
    size: float
    bold: bool
    caps: bool

    def matches(self, style: LineStyle) -> bool:
        return (abs(style.size - self.size) <= HEADING_STYLE_TOLERANCE_PT
                and style.bold == self.bold and (not self.caps or _is_caps(style.text)))


def _style_of(style: LineStyle) -> _HeadingStyle:
    return _HeadingStyle(round(style.size * 2) / 2, style.bold, _is_caps(style.text))


def _learned_heading_style(styles: Sequence[LineStyle], body: float) -> _HeadingStyle | None:
    """The typography most of this document's vocabulary headings share, when it sets them
    apart from body text (larger, or bold); None otherwise."""
    counts = Counter(_style_of(style) for style in styles
                     if style.size > 0 and heading_kind(style.text.strip()) is not None
                     and _heading_shaped(style.text.strip(), max_words=MAX_HEADING_WORDS))
    if not counts:
        return None
    best, seen = counts.most_common(1)[0]
    if seen < MIN_HEADINGS_FOR_STYLE:
        return None
    if best.size < body + HEADING_SIZE_DELTA_PT and not best.bold:
        return None
    return best


def _is_prose(text: str) -> bool:
    """A line of running sentences: long, mostly lower-case words."""
    words = text.split()
    if len(words) < PROSE_MIN_WORDS:
        return False
    lower = sum(1 for word in words if word[0].islower() and word.isalpha())
    return lower >= PROSE_LOWER_SHARE * len(words)


def _is_group_label(text: str, style: LineStyle, learned: _HeadingStyle | None) -> bool:
    """A skills group's label on its own line ('Languages', 'Data & cloud'), not a section
    heading: its words are group words and it is not typeset like the document's headings."""
    words = [w for w in re.split(r"[\s&/,+]+|\band\b", text.lower().rstrip(":")) if w]
    return (0 < len(words) <= MAX_HEADING_WORDS and all(w in SKILL_GROUP_WORDS for w in words)
            and not (learned is not None and learned.matches(style)))


TIGHT_GAP_RATIO = 0.5
"""A line this close under the one before (share of its font size) continues that line's
block of text: a heading is set apart by more space."""


def _tight_under(above: LineStyle, style: LineStyle) -> bool:
    """``style``'s line sits tight under ``above``, in the same size: part of its text."""
    return (style.size > 0 and 0 <= style.gap_above <= TIGHT_GAP_RATIO * style.size
            and abs(above.size - style.size) <= HEADING_STYLE_TOLERANCE_PT
            and not above.text.rstrip().endswith((":", ".")))


SENTENCE_CASE_ROLE_LINES = 3
"""Non-empty lines after a sentence-case 'Product experience' within which a dated role must
follow for it to be the experience heading."""


def _experience_in_sentence_case(text: str, styles: Sequence[LineStyle], index: int) -> bool:
    """'Product experience' on a line of its own, followed within SENTENCE_CASE_ROLE_LINES
    lines by a date range: the experience heading as plain text writes it. Without the dated
    role after it, a line like 'Commercial experience' is as often an item of a skills list."""
    words = text.split()
    if not (2 <= len(words) <= QUALIFIED_HEADING_MAX_WORDS and words[-1].lower() in {
            "experience", "experiences"} and text[:1].isupper()
            and all(word.isalpha() for word in words)
            and not _SERVED & {word.lower() for word in words}):
        return False
    # Lazily: a document of many such lines must not copy the rest of itself for each.
    following = (style.text for style in itertools.islice(styles, index + 1, None)
                 if style.text.strip())
    return any(find_ranges(line, today=NO_CUTOFF)
               for line in itertools.islice(following, SENTENCE_CASE_ROLE_LINES))


def _opens_a_role(styles: Sequence[LineStyle], index: int) -> bool:
    """The line or the one after it holds a date range: a role or degree line set in bold
    ('Senior Product Manager' over 'Ledgerwisp Inc., Mar 2021 – Present'), not a heading."""
    return any(find_ranges(style.text, today=NO_CUTOFF)
               for style in styles[index:index + 1 + ROLE_DATES_LINES_AFTER])


def label_sections(styles: Sequence[LineStyle]) -> list[tuple[SectionKind, bool]]:
    """For each line, its section kind and whether it is the heading opening that section.

    Besides headings, an unheaded paragraph of prose opens a ``summary`` (without a heading)
    when it sits in the header or starts a text block (a sidebar layout's main column) before
    any summary, experience, education or projects section: many layouts print the profile
    paragraph under the name with no title. The section before it resumes after it.
    """
    body = _body_size(styles)
    learned = _learned_heading_style(styles, body)
    labels: list[tuple[SectionKind, bool]] = []
    current: SectionKind = "header"
    seen_heading = False
    seen: set[SectionKind] = set()
    resume: SectionKind | None = None  # the section an unheaded summary interrupted
    for index, style in enumerate(styles):
        text = style.text.strip()
        if current == "skills" and _is_group_label(text, style, learned):
            labels.append(("skills", False))
            continue
        if (current != "skills" and style.size > 0 and style.gap_above < 0 and index > 0
                and (style.bold or _is_caps(text)) and _is_group_label(text, style, None)):
            # A column that opens with a skills group's label ('PLATFORM' over 'Kubernetes
            # ●●●●○' in a sidebar read after Education) is the skills list, not the section
            # read before it.
            current, seen_heading, resume = "skills", True, None
            seen.add("skills")
            labels.append(("skills", True))
            continue
        if resume is not None:
            ended = labels[-1][1] is False and styles[index - 1].text.rstrip()[-1:] in ".!?"
            if ended and not _is_prose(text):
                current, resume = resume, None
        kind = _kind_in(current, text)
        distinct = body == 0 or style.bold or _is_caps(text) or style.size > body
        if kind is None and (decorated := _decorated_heading(text, style, body)) is not None:
            kind, text = decorated
        if kind is None and _experience_in_sentence_case(text, styles, index):
            kind = "experience"
        # A heading never starts in lower case: 'research' alone is a wrapped line's last word;
        # nor is a plain line set tight under a line of its own size ('Google Analytics' /
        # 'Certification' in a narrow column: the wrapped tail of an item).
        if (kind is not None and not text[:1].islower()
                and (distinct or text.endswith(":") or len(text.split()) <= 3)
                and not (not distinct and index > 0 and _tight_under(styles[index - 1], style))):
            current, seen_heading, resume = kind, True, None
            seen.add(kind)
            labels.append((kind, True))
            continue
        inline = _INLINE.match(text)
        inline_kind = heading_kind(inline.group(1)) if inline is not None else None
        # Sub-lists of a skills section ("Languages: Python, Go") stay in it.
        if (inline_kind is not None and inline_kind != current
                and not (current == "skills" and inline_kind == "other")):
            current, seen_heading, resume = inline_kind, True, None
            seen.add(inline_kind)
            labels.append((inline_kind, True))
            continue
        # Unknown headings: typeset like this document's known headings, or set apart by
        # size and weight but no smaller than them; not on the first line, where the name
        # sits, and not a role line (dated, or dated on the next line).
        if index > 0 and (
            (learned is not None and learned.matches(style)
             and _heading_shaped(text, max_words=MAX_HEADING_WORDS))
            or (seen_heading and _typographic_heading(style, body)
                and (learned is None or style.size >= learned.size))
            or (body == 0 and seen_heading and _unknown_text_heading(styles, index))
        ) and not _opens_a_role(styles, index):  # dates last: only for lines styled as headings
            current, seen_heading, resume = "other", True, None
            labels.append((current, True))
            continue
        block_start = style.size > 0 and style.gap_above < 0
        if (resume is None and (current == "header" or block_start) and _is_prose(text)
                and not seen & {"summary", "experience", "education", "projects"}):
            resume, current = current, "summary"
            seen.add("summary")
        labels.append((current, False))
    return _unheaded_experience(styles, labels)


MAX_ROLE_LINE_WORDS = 15
"""A role line ('Senior Product Manager, Larkspur Payments (Feb 2021 – Present)') is short."""
MIN_UNHEADED_ROLES = 2
"""Dated role lines, each followed by a bullet, that make a resume without an Experience
heading read as one (terse resumes print only the roles)."""
ROLE_BLURB_MAX_LINES = 2
"""Lines about the employer that may stand between a role line and its first bullet."""
BULLET_GLYPHS = "•·▪◦‣●○■□➢➤►▸▹➔→✓✔★☆❯›*–—-"
"""Glyphs that open a list item (as a regex character class's contents: '-' last)."""
BULLET_LINE = re.compile(rf"^\s*(?:[{BULLET_GLYPHS}]|\(?\d{{1,2}}[.)])\s")
"""A list item: a line opening with a bullet of any style."""
DEGREE_WORD = re.compile(r"\b(?:B\.?S\.?c?|B\.?A|M\.?S\.?c?|M\.?A|MBA|Ph\.?D|B\.?Tech|M\.?Tech|B\.?E"
                         r"|B\.?Com|Bachelor|Master|Doctor(?:ate)?|Diploma|Associate of)\b")


_DATES_ONLY = re.compile(r"[\d\s/.\-–—~()]*(?:[A-Za-z]{3,9}\.?[\s\d/.\-–—~()]*){0,3}")
"""A line of dates alone ('2019 – present', 'Jan 2015 – Mar 2019')."""


def _unheaded_experience(styles: Sequence[LineStyle],
                         labels: list[tuple[SectionKind, bool]]) -> list[tuple[SectionKind, bool]]:
    """With no experience or projects section found, the lines from the first dated role line
    (a short dated line followed by a bullet) on are experience, and a dated degree line
    without bullets is education, until a real heading; ``labels`` otherwise."""
    if any(kind in {"experience", "projects"} for kind, _ in labels):
        return labels
    texts = [style.text for style in styles]

    def dated(index: int) -> bool:
        return bool(find_ranges(texts[index], today=NO_CUTOFF))

    def bulleted(index: int) -> bool:
        # The role's bullets follow at once, or after a line or two about the employer
        # ('Scheduling software for HVAC contractors. Seed-funded, 14 people.').
        for after in range(index + 1, min(len(texts), index + 2 + ROLE_BLURB_MAX_LINES)):
            if BULLET_LINE.match(texts[after]):
                return True
            if not texts[after].strip() or dated(after):
                return False
        return False

    def narrated(index: int) -> bool:
        # A role told in a paragraph ('I built the product function at Kindred …'), after
        # a blank line at most: two such roles make a narrative resume's experience.
        after = index + 1
        while after < len(texts) and not texts[after].strip():
            after += 1
        return (after < len(texts) and not dated(after)
                and len(texts[after].split()) >= PROSE_MIN_WORDS * 2)

    roles = [index for index in range(len(texts) - 1)
             if not BULLET_LINE.match(texts[index]) and len(texts[index].split()) <= MAX_ROLE_LINE_WORDS
             and dated(index) and (bulleted(index) or narrated(index))]
    # A line of dates alone belongs to the title line above it ('Head of Product, Kindred' /
    # '2019 – present').
    roles = [index - 1 if index > 0 and _DATES_ONLY.fullmatch(texts[index].strip())
             and texts[index - 1].strip() and not dated(index - 1) else index for index in roles]
    if len(roles) < MIN_UNHEADED_ROLES:
        return labels
    out = list(labels)
    current: SectionKind = "experience"
    for index in range(roles[0], len(texts)):
        if out[index][1]:
            break  # a real heading takes over from here
        if index in roles:
            current = "experience"
        elif (DEGREE_WORD.search(texts[index]) and dated(index)
              and not BULLET_LINE.match(texts[index])):
            current = "education"
        out[index] = (current, False)
    return out
