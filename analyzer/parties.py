"""Other parties: when the skill a match names is someone or something else's.

Contract: each function takes the text (or a line of it) and a match's offsets and says
whether the match names what another party has, uses, sells, serves or learns: a product's
users ('used daily by Facebook, Dropbox'), people's employers, the traits of the people the
candidate led ('a team of highly motivated engineers') or taught ('students learning
teamwork'), the subject of another teacher's class the candidate observed ('Observed
Accounting I, Grade 11'), the apps a back end serves, what was sold, a competitor's product,
an organisation's focus ('a firm specialising in BI', 'a financial services firm'), a site's
or product's purpose ('a lead generation website', 'a software component for prioritizing
action lists'), a client's or manager's things ('supported a client's product strategy').
Pure functions on strings.
"""

from __future__ import annotations

import functools
import re

from analyzer.context import NEGATION_WINDOW_CHARS, clause_before

_GROUP_OF = re.compile(r"\b(?:team|group|staff|crew|pool|department)\s+of\s+((?:[\w-]+\s+){0,2})$",
                       re.IGNORECASE)
"""'a team of highly motivated …': the (at most two) words between 'of' and the match."""
_GROUP_OF_BREAKS = frozenset({"through", "via", "with", "using", "by", "in", "for", "on"})
"""A preposition between 'team of' and the match ends the group: 'a team of 6 through
coaching' is the candidate coaching."""


_USED_BY = re.compile(r"\bused\s+(?:\w+\s+)?by\s+")
"""'… is used daily by Facebook, Dropbox, Quora': the names after 'used by' are its users."""
_USER_NAME = re.compile(r"[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)?")
"""One user's name in that list: one or two capitalised words."""
_LIST_BREAK = re.compile(r",|\band\b")
USED_BY_MAX_NAMES = 6
"""Names after 'used by' read as a list of users, at most."""


def names_a_user(text: str, start: int) -> bool:
    """The match is one of the organisations a product is 'used by' ('Phabricator is used daily
    by Facebook, Dropbox'): a user of the product, not a skill of the candidate."""
    if " by " not in text[max(0, start - NEGATION_WINDOW_CHARS):start]:  # the cheap test first
        return False
    clause = clause_before(text, start)
    cues = list(_USED_BY.finditer(clause))
    if not cues:
        return False
    # A plain split, not one regex: names separated by optional commas let a pattern split
    # a run of capitals exponentially many ways.
    names = [name.strip() for name in _LIST_BREAK.split(clause[cues[-1].end():])]
    # The last piece is the text between the last separator and the match (usually empty).
    return (len(names) - 1 <= USED_BY_MAX_NAMES
            and all(not name or _USER_NAME.fullmatch(name) for name in names))


def names_peoples_employer(text: str, start: int) -> bool:
    """The match names where other people work: 'a class taken by Software Engineers from
    VMware', 'consultants at Oracle', or a client ('Client: Oracle SSI'). Their organisation,
    not the candidate's tool (nor the candidate's employer: the name stays a tool elsewhere in
    the resume)."""
    before = max(0, start - PEOPLE_FROM_CHARS)
    return (_PEOPLE_FROM.search(text, before, start) is not None
            or _CLIENT_LABEL.search(text, before, start) is not None)


_CLIENT_LABEL = re.compile(r"(?:\bClient|\b(?:client|customer|Customer)[ \t]*:)[ \t]*[:–-]?[ \t]*\Z")
"""A client's name after its label ('Test Manager, Client Oracle SSI', 'Customer: SAP'); a
bare 'Customer' is a word of a title-case bullet ('Delivered Customer Tableau Dashboards')."""
_PEOPLE_FROM = re.compile(
    r"\b(?:engineers|developers|experts|consultants|speakers|trainers|staff|representatives|"
    r"colleagues|people|employees)\s+(?:from|of|at)\s+(?:the\s+)?\Z", re.IGNORECASE)
PEOPLE_FROM_CHARS = 40
"""How far before a match (characters) 'engineers from' is looked for."""


def is_sold(text: str, start: int, end: int) -> bool:
    """The match is what the candidate sold ('Effective selling of CAD, CAM & Analysis
    Software', 'sold Salesforce licences to SMBs', 'Responsible for MySQL, Oracle Linux and VM
    Sales'): a product sold, not a tool used."""
    if _SOLD_LIST_CLOSE.match(text, end) is not None:
        return True
    window = text[max(0, start - NEGATION_WINDOW_CHARS):start].lower()
    if "sel" not in window and "sol" not in window:  # the cheap test first
        return False
    return _SOLD.search(clause_before(text, start)) is not None


_SOLD_LIST_CLOSE = re.compile(
    r"(?:[ \t]*(?:,|&|\band\b)[ \t]*[A-Z][\w./+#-]*(?:[ \t]+[A-Z][\w./+#-]*){0,2}){0,6}"
    r"[ \t]+(?i:sales)\b(?![ \t]*(?i:cloud|navigator|hub|force|team|teams|engineers?|managers?|"
    r"ops|operations|pipelines?|reps?|people|staff|enablement|data|reports?|analytics|orders?|"
    r"module|modules|and|&|/|\(|-))")
"""A list of products closed by 'Sales' ('MySQL, Oracle Linux and VM Sales in the region'):
what was sold; not a product's part ('Sales Cloud') or a sales team's tools ('Sales
engineers')."""


_SOLD = re.compile(
    r"\b(?:sell|sells|selling|sold|resell|reselling|resold)\s+(?:of\s+)?(?:the\s+|our\s+)?"
    r"(?:(?!(?:and|or|using|on|with|via|through|to|in|for|by)\b)[\w&/.+#-]+\s+)?\Z",
    re.IGNORECASE)
"""What was sold, right after the verb (one word may qualify it): 'selling of CAD', 'sold
enterprise Salesforce licences'; not 'sold and implemented Salesforce', 'sold … using X'."""


def describes_others(text: str, start: int) -> bool:
    """'a team of highly motivated engineers': a trait of the people the candidate led or
    joined, not the candidate's own ('led a team of 6 through coaching' is the candidate's).
    So is what learners learn ('students learning of strategy, teamwork', 'helping develop
    their writing skills'): the candidate taught it."""
    clause = clause_before(text, start)
    if (_LEARNERS_LEARN.search(clause) or _THEIR_SKILL.search(clause)
            or _teaches_the_topic(clause, text[start:start + LEARNERS_AFTER_CHARS])):
        return True
    group = _GROUP_OF.search(clause)
    return group is not None and not any(word.lower() in _GROUP_OF_BREAKS
                                         for word in group.group(1).split())


_LEARNERS_LEARN = re.compile(
    r"\b(?:students|pupils|children|kids|learners|participants|campers|youth|trainees|mentees)"
    r"(?:'|’)?\s+(?:[a-z]+\s+){0,2}?(?:learn(?:ing|ed|s|t)?|develop(?:ing|ed|s)?|"
    r"build(?:ing|s)?|improv(?:e|ed|es|ing)|gain(?:ed|s|ing)?|practi[cs](?:e|ed|es|ing))\b"
    r"(?:\s+(?:of|about|in|on|their|the|how\s+to))*\s+(?:[\w-]+,?\s+(?:and\s+)?){0,3}$",
    re.IGNORECASE)
"""Learners and a verb of learning before the match, a short list between."""
_THEIR_SKILL = re.compile(
    r"\b(?:develop|improv|build|strengthen|enhanc|foster)\w*\s+(?:their|his|her)\s+$"
    r"|\b(?:students|pupils|children|learners|clients|patients)(?:'|’)\s+$", re.IGNORECASE)
"""'helping develop their writing skills', 'guided students' decision-making': another
person's skill the candidate fostered."""


def _teaches_the_topic(clause: str, after: str) -> bool:
    """The match is the topic of a lesson taught to learners: 'taught a unit on problem
    solving for 18 third-grade students', 'lesson plans encouraging hands-on creativity'."""
    taught = _TAUGHT_TOPIC.search(clause)
    if taught is None:
        # What a lesson fosters in learners: 'instructed groups of 12 students in making
        # jewelry, encouraging creativity and originality'.
        return _FOSTERED.search(clause) is not None and _LEARNERS.search(clause) is not None
    return bool(taught.group(1).lower().startswith("lesson") or _LEARNERS.search(clause)
                or _LEARNERS.search(_SENTENCE_END.split(after, maxsplit=1)[0]))


_TAUGHT_TOPIC = re.compile(
    r"\b(units?|lessons?(?:\s+plans?)?|curricul(?:um|a)|workshops?|sessions?|class(?:es)?|"
    r"modules?)\s+(?:on|about|in|for|encouraging|promoting|teaching|targeting)\s+"
    r"(?:(?:the|of|hands-on|basic|[\w-]+,)\s+|[\w-]+\s+and\s+){0,3}\Z", re.IGNORECASE)
"""A lesson and its topic up to the match ('unit on', 'lesson plans encouraging hands-on')."""
_FOSTERED = re.compile(r"\b(?:encourag|promot|foster|nurtur|inspir)\w*\s+(?:[\w-]+\s+){0,2}\Z",
                       re.IGNORECASE)
"""A verb of fostering right before the match ('encouraging', 'fostering hands-on')."""
_LEARNERS = re.compile(r"\b(?:students|pupils|children|kids|learners|campers|graders|youth|"
                       r"classroom|grade)\b", re.IGNORECASE)
"""Learners at school or camp, near a lesson's topic: the lesson is theirs."""
_SENTENCE_END = re.compile(r"[.;!?•]")
LEARNERS_AFTER_CHARS = 80
"""How far after a lesson's topic (characters) its learners are looked for."""


def observes_a_class(text: str, start: int, end: int) -> bool:
    """The match is the subject of a class the candidate watched another teacher give, as a
    student teacher does ('Observed Accounting I, Grade 11', 'Observation in English and
    History classrooms'): the class and its subject are the teacher's. The class must be
    named after the subject (a level, a grade, 'classrooms'), so what was observed at work
    stays ('observed accounting processes at the branch' is no class)."""
    before = text[max(0, start - OBSERVED_REACH_CHARS):start]
    # A substring test first: the observation is rare, and it is asked about every match.
    return ("bserv" in before.lower() and _OBSERVED_BEFORE.search(before) is not None
            and _CLASS_AFTER.match(text, end, end + OBSERVED_REACH_CHARS) is not None)


_OBSERVED_BEFORE = re.compile(
    r"\b(?i:observ(?:ed|es|ing|ations?))[ \t]+(?:(?i:in|of)[ \t]+)?"
    r"(?:[\w-]+[ \t]+(?i:and|&)[ \t]+)?\Z")
"""An observation right before the match, maybe with another subject: 'Observed ',
'Observation in English and '."""
_CLASS_AFTER = re.compile(
    r"(?:[ \t]+(?i:and|&)[ \t]+[\w-]+)?(?:[ \t]+(?:[IVX]{1,3}|\d{1,3})\b)?"
    r"(?:,?[ \t]+(?i:grades?|years?|forms?)[ \t]*\d|[ \t]+(?i:classes|classrooms?|lessons?)\b)")
"""A class named after its subject, maybe after another subject and a level: ' I, Grade 11',
' and History classrooms'."""
OBSERVED_REACH_CHARS = 40
"""How far (characters) either way of the match the observation and the class are read."""


def serves_apps(text: str, start: int) -> bool:
    """The platform is that of the apps a back end serves: 'Built WCF services for iOS and
    Android applications', 'REST APIs for the Android app' (the candidate built the services)."""
    if _SERVICES_FOR.search(clause_before(text, start)) is None:
        return False
    # Client-side technology in the clause makes the apps the candidate's too ('services for
    # iOS and Android apps in Swift and Kotlin').
    return _CLIENT_TECH.search(text, start, start + CLIENT_TECH_REACH_CHARS) is None


_CLIENT_TECH = re.compile(r"\b(?:Swift(?:UI)?|Kotlin|UIKit|Core\s+Data|Objective-C|Jetpack|Xcode|"
                          r"Android\s+Studio|Flutter|React\s+Native)\b")
CLIENT_TECH_REACH_CHARS = 120
"""How far after the platform (characters) its client-side technology is looked for."""


_SERVICES_FOR = re.compile(
    r"\b(?:services?|APIs?|back-?ends?|endpoints?|servers?)\s+for\s+(?:the\s+|our\s+)?"
    r"(?:[\w.+#-]+\s*(?:,|and|&|/)\s*){0,3}$", re.IGNORECASE)
"""A back end and 'for' before the platform, maybe after other platforms."""


_ANOTHERS = re.compile(
    r"(?:\b(?:their|his|her)|\b(?:client|customer|partner|manager|boss|agency)(?:'s|’s|s'|s’))"
    r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
"""A possessive of another party before a match, with up to two words between ('a client's
product strategy', 'part of their quarterly planning')."""
_OTHERS_USE = re.compile(
    r"\b(?:that|which)\s+(?:the|our|their|its)?\s*(?:[\w-]+\s+){0,2}"
    r"(?:team|teams|managers?|leads|leadership|engineers|designers|executives|stakeholders)"
    r"\s+(?:used|uses|use|relied\s+on|rely\s+on)\s+to\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
"""Work another party did with what the candidate made: 'research that the product team used to
prioritise the roadmap' (the prioritising is theirs)."""
ANOTHERS_WINDOW_CHARS = 60
"""How far back (characters) another party's possessive may stand."""


def names_a_sites_purpose(text: str, end: int) -> bool:
    """The match says what a website is for: 'a lead generation website', 'an informational
    and lead generation site' (the site's purpose, not the candidate's work)."""
    return _SITE_NOUN_AFTER.match(text, end) is not None


_SITE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:website|web\s?site|site|portal)s?\b"
    r"(?=[ \t]*(?:$|[.,;:()]|(?:for|that|which|of)\b|www\.|https?:))", re.IGNORECASE | re.MULTILINE)
"""A website's noun ending the phrase after the match ('a lead generation website for a
travel firm'); a noun after it makes it work on the site ('SEO site audits', 'content
marketing website and blog strategy'). Platforms, tools and applications are not here:
'social media platforms' and 'CRM tools' are what the candidate used."""


def names_a_products_purpose(text: str, start: int) -> bool:
    """The match says what a product built or sold is for: 'a software component for
    prioritizing action lists', 'products for quality control in metallurgy', 'e-business
    solutions for contract management' (the product's purpose, not the candidate's work)."""
    return _PRODUCT_FOR.search(text, max(0, start - PRODUCT_FOR_CHARS), start) is not None


_PRODUCT_FOR = re.compile(
    r"\b(?:products?|solutions?|software|components?|instrumentation|systems?|applications?|"
    r"engines?)[ \t]+(?:used[ \t]+)?(?:for|in)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+)?\Z",
    re.IGNORECASE)
"""A product's noun and 'for' or 'used in' right before the match (one word may qualify it)."""
PRODUCT_FOR_CHARS = 60
"""How far before a match (characters) a product's noun and 'for' are looked for."""


_MODIFIED_NOUNS = frozenset({"items", "item", "ideas", "idea", "requests", "candidates",
                             "themes", "slots", "slot", "features", "feature", "module",
                             "modules"})
"""Nouns a one-word skill can qualify without being the work ('three became roadmap items',
'shipped budgeting features': a feature for budgeting)."""


_EMPLOYER_FOCUS = re.compile(
    r"(?:\b(?:company|companies|firm|consultancy|agency|startup|start-up|provider|organi[sz]ation|"
    r"vendor|manufacturer|retailer)\b[^.;•\n]{0,60}?\bspeciali[sz](?:ing|es|ed)\s+in"
    r"|\bprovider\s+of)\b[^.;•\n]*$", re.IGNORECASE)
"""What an organisation specialises in: 'a consultancy specializing in predictive models,
business intelligence …', 'a provider of payroll software'. Not a person ('Product leader
specializing in fintech' is the candidate)."""
EMPLOYER_FOCUS_WINDOW_CHARS = 160
"""How far before a match (characters) the organisation and its 'specializing in' are read."""
ORGANISATION_LIST_MAX_ITEMS = 3
"""Other fields that may be listed between a match and the organisation's noun."""
ORGANISATION_REACH_CHARS = 100
"""How far after a match (characters) the organisation's noun is looked for."""
OWN_ORGANISATION_CHARS = 50
"""How far before a match (characters) 'founded a' or 'our' is looked for."""


def describes_an_organisation(text: str, start: int) -> bool:
    """The match is in what an organisation (an employer, a client) specialises in, not what the
    candidate did there."""
    window = text[max(0, start - EMPLOYER_FOCUS_WINDOW_CHARS):start]
    lowered = window.lower()
    # Cheap test first: this runs for every match.
    return (any(cue in lowered for cue in ("speciali", "provider of"))
            and _EMPLOYER_FOCUS.search(window) is not None)


_ORGANISATION_AFTER = re.compile(
    r"(?:[ \t]*(?:,|/|[ \t]and|[ \t]or)[ \t]*(?:and[ \t]+|or[ \t]+)?[\w-]+(?:[ \t]+[\w-]+)?)"
    rf"{{0,{ORGANISATION_LIST_MAX_ITEMS}}}"
    r"[ \t]+(?:firms?|compan(?:y|ies)|agenc(?:y|ies)|corporations?|conglomerates?)\b")
"""An organisation's noun right after the match, maybe after more fields listed with it: 'a
financial services firm', 'a communications, public relations, or publishing firm'. Lower
case only: 'Marketing Company' is a name, read by the name rules. Not 'clients' or
'customers' (serving telecom clients is the candidate's telecom work), nor a word between
('a marketing consulting firm' may be the candidate's own trade), nor 'organisation' or
'business' (one leads 'the marketing organization', grows 'the consulting business')."""
_OWN_ORGANISATION = re.compile(
    r"\b(?:my|our|own|(?:co-?)?founded|started|launched|ran|run|running|grew|built|owned|"
    r"(?:proprietor|owner)[ \t]+of)"
    r"[ \t]+(?:(?:an?|the|my|our|own)[ \t]+)?(?:[\w-]+[ \t]+){0,2}\Z", re.IGNORECASE)
"""The candidate's own firm ('founded a web design agency', 'grew our marketing agency', 'sole
proprietor of a web design firm'): its field is the candidate's trade."""


def names_an_organisations_field(text: str, start: int, end: int) -> bool:
    """The match names the field of an organisation, not the candidate's skill: 'ABC is a
    global financial services firm', 'applications for a leading financial services company',
    'seeks a position with a public relations or publishing firm'. An employer's, a client's
    or a wished-for firm's line of business; not when the clause makes the firm the
    candidate's own ('founded a web design agency')."""
    if _ORGANISATION_AFTER.match(text, end, end + ORGANISATION_REACH_CHARS) is None:
        return False
    lo = max(0, start - OWN_ORGANISATION_CHARS)
    return _OWN_ORGANISATION.search(text, lo, start) is None


def owned_by_another(text: str, start: int) -> bool:
    """The match is someone else's thing: 'supported a client's product strategy', 'a digest
    that is part of their quarterly planning' (the candidate fed it; the planning is theirs)."""
    lo = max(0, start - ANOTHERS_WINDOW_CHARS)
    window = text[lo:start].lower()
    if " to " in window and _OTHERS_USE.search(text, lo, start) is not None:
        return True
    # Cheap test first: this runs for every business match.
    if "'" not in window and "’" not in window and not any(
            word in window for word in ("their", "his ", "her ")):
        return False
    return _ANOTHERS.search(text, lo, start) is not None


def qualifies_a_noun(text: str, start: int, end: int) -> bool:
    """The match only qualifies the next noun: 'roadmap items', 'roadmap ideas' (what was
    delivered or dropped, not the plan), 'budgeting features' (what the product does). A verb
    in the past tense takes the noun as its object: 'prioritised requests from forty teams'."""
    if text[start:end].lower().endswith("ed"):
        return False
    after = text[end:end + 20].split(maxsplit=1)
    return bool(after) and after[0].strip(",.;:").lower() in _MODIFIED_NOUNS


_COMPETITORS_BEFORE = re.compile(
    r"\b(?:competitors?|rivals?|competition|competing\s+(?:products|tools|vendors|apps))"
    r"\s*(?:\(|:|,?\s+(?:such\s+as|like|including|incl\.|e\.g\.,?))\s*"
    r"(?:[\w.&'’ -]{1,30}?(?:,|\s+and|\s+or|\s*/)\s*){0,6}$", re.IGNORECASE)
"""A list of competitors up to the match: 'competitors (Twilio, Vonage, MessageBird)',
'competitors such as Asana and Monday.com'."""
COMPETITOR_WINDOW_CHARS = 200
"""How far back (characters) a list of competitors may start."""


def names_a_competitor(text: str, start: int) -> bool:
    """The tool is named as a competitor, not one the candidate used."""
    lo = max(0, start - COMPETITOR_WINDOW_CHARS)
    window = text[lo:start].lower()
    if "compet" not in window and "rival" not in window:  # cheap test first: every tool
        return False
    return _COMPETITORS_BEFORE.search(text, lo, start) is not None


_FOLLOWED = re.compile(
    r"\b(?:according\s+to|as\s+per|in\s+line\s+with|in\s+accordance\s+with|in\s+compliance\s+"
    r"with|conformance\s+(?:to|with)|adherence\s+to|observance\s+of|based\s+on|measured\s+by|"
    r"obtained\s+through|derived\s+from|dictated\s+by)\s+"
    r"(?:(?:the|a|an|its|their|all|client'?s?|customer'?s?|existing|new|defined|formal|given|"
    r"agreed|organi[sz]ations?'?s?|company'?s?)\s+){0,2}(?:[\w-]+\s+)?$", re.IGNORECASE)
"""A source the work followed, up to the match: 'in line with the design document', 'according
to client business requirements', 'measured by a customer survey'."""
_FOLLOWED_WORD = re.compile(r"(?i:accord|per\b|line\s|complian|conformance|adherence|"
                            r"observance|based|measured|obtained|derived|dictated)")
"""A word of _FOLLOWED, looked for before the full pattern (which is anchored at the end)."""
_ARTEFACT = re.compile(r"requirement|spec|document|design|architecture|survey|analysis|"
                       r"econometric", re.IGNORECASE)
"""A document's or an analysis's word."""

_OWN_DOCUMENT = re.compile(r"\b(?:gather|elicit|wrote|write|writing|written|author|defin|"
                           r"document(?:ed|ing)|creat|prepar|draft)\w*", re.IGNORECASE)
"""The candidate wrote the document too ('requirements I gathered and built against')."""
_SENTENCE_OR_LINE_END = re.compile(r"[.;!?•\n]")


def follows_a_document(text: str, start: int, end: int) -> bool:
    """The match names a document or an analysis the work followed, which someone else made:
    'configure the application in line with the design document', 'according to business
    requirements', 'satisfaction as measured by a customer survey', 'results obtained through
    formal econometric analysis'. Asked of matches whose alias :func:`names_a_document`. Not
    when the clause says the candidate wrote it too."""
    window = text[max(0, start - NEGATION_WINDOW_CHARS):start]
    if _FOLLOWED_WORD.search(window) is None:
        return False
    # A sentence wrapped onto the match's line ('… in line with' / 'the design document') is
    # one clause: a single line break is a space here, a blank line still ends it.
    window = re.sub(r"(?<!\n)\n(?!\n)", " ", window)
    clause = clause_before(window, len(window))
    if _FOLLOWED.search(clause) is None:
        return False
    after = _SENTENCE_OR_LINE_END.split(text[end:end + NEGATION_WINDOW_CHARS], maxsplit=1)[0]
    return _OWN_DOCUMENT.search(clause) is None and _OWN_DOCUMENT.search(after) is None


@functools.lru_cache(maxsize=4096)
def names_a_document(alias: str) -> bool:
    """The alias names a document or an analysis ('business requirements', 'design document',
    'customer survey'): only such a match can be a document the work followed. Cached: an
    alias is asked about on every match of it."""
    return _ARTEFACT.search(alias) is not None


_OPPORTUNITIES_FOR = re.compile(
    r"(?:(?:[ \t]*[,&][ \t]*|[ \t]+)(?:and[ \t]+)?[\w-]+){0,4}?[ \t]+opportunities[ \t]+for[ \t]+"
    r"(?:[\w-]+[ \t]+){0,2}?(?:students|children|kids|youth|members|employees|staff|"
    r"participants|residents|women|alumni|clients|learners|interns)\b", re.IGNORECASE)
"""The rest of a list of opportunities and the people they are for ('…, internship, and
networking opportunities for students'); each item opens with a separator, so a long word is
never split between items (no backtracking over it)."""
OPPORTUNITIES_REACH_CHARS = 120
"""How far after a match (characters) 'opportunities for students' may come."""


def names_an_opportunity_for_others(text: str, end: int) -> bool:
    """The match is a kind of opportunity the candidate opened for other people ('increase
    career mentorship, internship, and networking opportunities for students'): theirs to
    take, not the candidate's skill."""
    after = text[end:end + OPPORTUNITIES_REACH_CHARS]
    return "pportunit" in after and _OPPORTUNITIES_FOR.match(after) is not None
