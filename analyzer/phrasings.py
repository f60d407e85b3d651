"""Verb phrasings of product work that a list of aliases cannot enumerate.

Contract: :func:`find_phrasings` returns, for a text, the spans where a sentence *does* a
skill in words no fixed alias covers: 'Interviewed 40 lawyers', 'analysed competitors',
'partnered with the architects', 'worked with engineering, sales and support', 'kept the
backlog groomed'. Each span comes as an :class:`~analyzer.nlp.AliasMatch` whose alias text is
the words matched, so the extractor's context rules (negation, hedges, names, sections) apply
to it as to any alias. Pure regular expressions, linear in the text: every repetition is
bounded and no two adjacent parts can match the same characters.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from analyzer.nlp import AliasMatch
from skills_taxonomy import Alias, Taxonomy

_QUANTITY = (r"(?:(?:over|more\s+than|nearly|about|around|almost|roughly|some|approximately)"
             r"\s+(?=\d))?"
             r"(?:\d+\s?[-–]\s?\d+\+?|\d[\d,.]*\+?|over|more than|nearly|about|around|some|"
             r"several|dozens of|hundreds of|a dozen|two|three|four|five|six|seven|eight|nine|"
             r"ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
             r"a hundred)")
"""How many: a number, a range ('6-8'), or a number word ('twelve', 'dozens of'), possibly
hedged ('more than 60')."""
_HIRING = (r"(?:candidates|applicants|interns|hires|recruits|job seekers|graduates|engineers|"
           r"developers|designers|people|employees|staff)\b")
"""Who is interviewed when hiring, not when learning what customers need."""
_BACKLOG_KIND = (r"(?:product|team|sprint|feature|features|experiment|experimentation|growth|"
                 r"platform|engineering|technical|tech|design|research|ux|data|release|squad)")
"""What kind of product backlog a verb names ('the feature backlog'; not an inventory's or a
tool's: 'the Jira backlog' stays Jira)."""
_AUDIENCE = (r"(?:attendees|audiences?|students|listeners|viewers|delegates|parents|children|"
             r"kids|vendors|suppliers|recruiters|journalists|reporters)\b")
"""Who is spoken to at an event or in running a business, not in discovery."""
_FUNCTION = (r"(?:(?:the\s+)?(?:engineering|eng|design|(?:field\s+|inside\s+)?sales(?:\s+force)?|"
             r"(?:product\s+)?marketing|mktg|(?:customer )?support|legal|finance|operations|ops|"
             r"data science|security|customer success|procurement|compliance|partnerships|"
             r"research|QA|HR|BD|business development|regulatory(?:\s+affairs)?|"
             r"clinical(?:\s+(?:education|affairs|operations))?|medical affairs|manufacturing|"
             r"supply chain|community(?:\s+management)?|(?:platform\s+|channel\s+)?partners|"
             r"professional services|account management|hardware|firmware)"
             r"(?:\s+teams?)?|(?:the\s+)?(?:cloud|platform|infrastructure|backend|mobile|data|"
             r"web|app|ML|AI)\s+teams?)")
"""Company functions a product person works across ('the field sales force', 'platform
partners', 'the hardware team')."""
_PEOPLE = (r"(?:engineers|designers|people|direct reports|reports|analysts|managers|researchers|"
           r"developers|scientists|specialists)")
"""Who a lead leads: people, by role."""
_DISCIPLINE = (r"(?:software|hardware|firmware|electrical|mechanical|embedded|backend|back-end|"
               r"frontend|front-end|mobile|platform|data|ML|infrastructure|cloud|security|QA|"
               r"principal|staff|senior|lead|systems?|manufacturing|RF|network|devops)")
"""Which engineers: a discipline or a seniority."""
_PRODUCT_PEOPLE = (r"(?:product managers|PMs|product owners|product leads|directors of product|"
                   r"group product managers)")
"""Who a product leader leads."""
_WITH = r"(?:with\s+|w/\s*)"
"""'with' and its terse form 'w/' ('Partnered w/ sales'), with the space after it."""
_NOT_A_CAREER = r"(?!(?:my|his|her|their|a\s+career|careers?)\b)"
_LANGUAGE = (r"(?:Python|Java|Go|Golang|Rust|Ruby|Scala|Kotlin|Swift|TypeScript|JavaScript|"
             r"Node(?:\.js)?|React(?:\s+Native)?|C\+\+|C#|PHP|Perl|Bash|[Ss]hell|PowerShell|"
             r"Elixir|Haskell|Dart|Flutter|Django|Rails|Spring|\.NET|Vue(?:\.js)?|Angular|"
             r"Terraform|Solidity|Clojure|Erlang|Lua|MATLAB|C)"
             r"(?:\s*(?:and|/|&)\s*(?:C\+\+|C#|Python|Java|Go|Rust|Assembly|assembly))?")
"""Programming languages and frameworks, as written (case matters: 'go' and 'shell' are words),
possibly two ('C and C++')."""
_TECH_CHOICE = (r"(?:chipsets?|radios?|serving|hosting|databases?|storage|streaming|cloud|"
                r"frameworks?|architectures?|protocols?|models?|LLMs?|ML|AI|APIs?|SDKs?|"
                r"infrastructure|runtimes?|hardware|sensors?|librar(?:y|ies)|messaging|queues?|"
                r"caching|search|deployment|inference|GPUs?|compute|network(?:ing)?|"
                r"orchestration|observability|authentication|identity|vector|embedding|"
                r"vendors?|tools?|tooling|platforms?|connectivity|wireless|transport)")
"""Technical things whose options are weighed ('chipset and radio options')."""
_BUILD = (r"(?i:buil[dt]|builds|building|wr(?:ote|ite|ites|iting)|develop(?:ed|s|ing)?|"
          r"implement(?:ed|s|ing)?|cod(?:ed|es|ing)|engineer(?:ed|s|ing)|ship(?:ped|s|ping)?|"
          r"maintain(?:ed|s|ing)?|prototyp(?:ed|es|ing))")
"""Verbs of making software oneself."""
"""What is launched is not a career ('launched my career with sales')."""
# Verbs of product work in every tense and number ('wrote', 'owns', 'defining', 'drove').
_WRITE = r"wr(?:ote|ite|ites|iting)"
_OWN = r"own(?:ed|s|ing)?"
_DEFINE = r"defin(?:e|ed|es|ing)"
_DRIVE = r"dr(?:ove|ive|ives|iving)"
_LEAD_VERBS = r"le(?:d|ad|ads|ading)|manag(?:e|ed|es|ing)|head(?:ed|s|ing)?"
"""Verbs of leading people ('Lead', 'Managed', 'Heading')."""
_GROW_VERBS = r"hir(?:e|ed|es|ing)|coach(?:ed|es|ing)?|mentor(?:ed|s|ing)?"
"""Verbs of hiring and growing people, which only a leader of product managers shows as such."""


def _leading(verbs: str) -> str:
    """One of ``verbs``, then a number of people ('Lead 7', 'Managed a team of six'), up to the
    noun naming them."""
    return (rf"\b(?:{verbs})\s+(?:a\s+(?:team|group|squad|pod|crew|tribe)\s+of\s+)?{_QUANTITY}\s+"
            r"(?:[a-z-]+\s+){0,2}")


@dataclass(frozen=True, slots=True)
class Phrasing:
    """A skill and the regular expression of a way of writing that one does it; the match is
    the group named ``hit`` when the pattern has one, else the whole match."""

    skill_id: str
    cues: tuple[str, ...]
    """Lower-case literals one of which every match contains: the pattern is only run on the
    lines around them (a resume holds few; scanning every position with ~20 patterns cost
    more than the rest of the matching)."""
    pattern: re.Pattern[str]
    other_sense: tuple[str, ...] = ()
    """Words that, in the same sentence, give the phrasing another field's sense (as an
    alias's ``other_sense``: '9 regions launched' in a data-centre buildout)."""


_OWN_WORKLOAD = ("tasks", "task list", "workload", "workloads", "work load", "my work", "my time",
                 "deadlines", "schedules", "multitasking", "multi-tasking", "to-do")
"""Words of organising one's own work, where priorities are not a product's."""
_INFRASTRUCTURE = ("buildout", "build-out", "data center", "data centre", "datacenter",
                   "availability zone", "availability zones", "infrastructure", "capacity")
"""Words of a data-centre or cloud buildout, where regions are launched without a market."""

PHRASINGS: tuple[Phrasing, ...] = (
    # Technical work in an engineer's words (judgment review 9: the TPM role needs it shown).
    Phrasing("system_design", ("monolith",), re.compile(
        r"\b(?:br(?:oke|eak|eaks|eaking)|split(?:s|ting)?|decompos(?:e|ed|es|ing)|"
        r"carv(?:e|ed|es|ing)|migrat(?:e|ed|es|ing|ion)|mov(?:e|ed|es|ing))\s+"
        r"(?:(?:up|out|away)\s+)?(?:from\s+)?(?:the\s+|a\s+|an\s+|our\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?P<hit>monolith(?:ic\s+[\w-]+)?)\b", re.IGNORECASE)),
    # The verb is part of the span: a longer match replaces the bare alias, which alone only
    # counts in a list ('integrations' is also a merger's).
    Phrasing("apis_integrations", ("integration",), re.compile(
        rf"\b{_BUILD}\s+(?i:the\s+|an?\s+|our\s+|new\s+|\d+\s+|two\s+|three\s+|four\s+)?"
        r"(?:(?!(?i:post-merger|merger|acquisition|team|teams|cultural|culture|social|community|"
        r"curriculum|sensory|vertical|horizontal|school|family|continuous|server|phased)\b)"
        r"[\w.&-]+\s+){0,3}?(?i:integrations?)\b"
        # Not another thing named 'integration': SQL Server Integration Services, integration
        # tests, an integration plan for people.
        r"(?!\s+(?i:services|tests?|testing|regression|plans?|platforms?)\b)"
        r"(?!\s+(?i:of|between)\s+(?:the\s+)?(?:two\s+)?(?i:teams|companies|businesses|cultures|"
        r"acquired|acquisitions|departments))")),
    # Evaluating named technologies against each other: 'Evaluated Kafka vs. Kinesis'. Only the
    # verb is the span, so the tools keep their own mentions.
    Phrasing("tech_trend_evaluation", ("vs", "versus", "against"), re.compile(
        r"\b(?P<hit>(?i:evaluat(?:ed|e|es|ing)|compar(?:ed|e|es|ing)|benchmark(?:ed|s|ing)?|"
        r"assess(?:ed|es|ing)?|trial(?:l?ed|l?ing)?))\s+"
        r"[A-Z][\w.+#-]*(?:\s+[A-Z][\w.+#-]*)?\s+(?:vs\.?|versus|against)\s+"
        r"(?:(?i:self-(?:hosted|managed)|managed|open-source)\s+)?[A-Z][\w.+#-]*")),
    Phrasing("tech_trend_evaluation", ("evaluat", "benchmark", "trial"), re.compile(
        # Past tense only: 'Evaluating Curriculum and Student Learning' is a title.
        r"\b(?P<hit>(?i:evaluated|benchmarked|trial(?:l)?ed))\s+"
        r"[A-Z][\w.+#-]*\s+(?:and|or)\s+[A-Z][\w.+#-]*"
        r"(?!\s+(?i:pricing|prices?|costs?|quotes|offers|contracts|deals|plans|packages|"
        r"licen[cs]es|proposals|bids|results)\b)")),
    # Judgment review 10: ordinary product work in ordinary words.
    Phrasing("requirements_prd", ("requirement",), re.compile(
        rf"\b(?:{_WRITE}|{_DEFINE}|draft(?:ed|s|ing)?|author(?:ed|s|ing)?|"
        r"document(?:ed|s|ing)?)\s+(?:the\s+|all\s+|our\s+)?(?:[a-z-]+\s+){0,2}?requirements\b",
        re.IGNORECASE)),
    Phrasing("prioritization", ("priorities",), re.compile(
        rf"\b(?:set|sets|setting|{_DEFINE}|agree(?:d|s|ing)?|{_OWN}|negotiat(?:e|ed|es|ing))\s+"
        r"(?:the\s+|our\s+|team\s+)?(?:[\w-]+\s+){0,2}?priorities\b", re.IGNORECASE),
        other_sense=_OWN_WORKLOAD),
    # Interviewing a kind of customer with no number, to learn something ('Interview merchants
    # to understand why they decline offers'; not a lawyer's 'interview clients').
    Phrasing("customer_interviews", ("interview",), re.compile(
        rf"\binterview(?:s|ed|ing)?[ \t]+(?:our[ \t]+|the[ \t]+)?"
        rf"(?:(?!{_HIRING}|{_AUDIENCE})[a-z-]+[ \t]+){{0,2}}?"
        rf"(?!{_HIRING}|{_AUDIENCE}|interviews\b|skills\b)[a-z-]{{2,}}s\b"
        r"(?=[^.;\n]{0,80}\b(?:to[ \t]+(?:understand|learn|uncover|identify|validate|discover|map|"
        r"find[ \t]+out)|about[ \t]+(?:their|how|why|what)|on[ \t]+(?:their|how|why))\b)",
        re.IGNORECASE)),
    Phrasing("customer_interviews", ("feedback",), re.compile(
        r"\b(?:gather|collect|solicit|synthesi[sz]|captur|request)(?:e|ed|es|ing|s)?\s+"
        r"(?:[\w-]+\s+)?feedback\s+from\s+(?!(?:my|our|the|his|her)?\s*(?:line\s+)?"
        r"(?:manager|managers|peers|team|teams|teammates|colleagues|stakeholders|leadership|"
        r"supervisors?|mentors?|instructors?|professors?)\b)[\w-]+", re.IGNORECASE)),
    Phrasing("user_research", ("shadow",), re.compile(
        # Watching people work to learn it ('shadowed analysts in 3 warehouses to understand
        # their workflows'); not shadowing a mentor to learn from them.
        r"\bshadow(?:ed|s|ing)?\s+(?:our\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:[a-z-]{3,}s)\b"
        r"(?=[^.;\n]{0,80}\b(?:to\s+(?:understand|learn\s+how|see\s+how|map|observe)|"
        r"(?:their|the)\s+(?:workflows?|work|day|routines?|process(?:es)?|jobs?))\b)",
        re.IGNORECASE)),
    Phrasing("user_research", ("researcher",), re.compile(
        rf"\b{_WITH}(?:the\s+|our\s+)?(?:UX\s+|user\s+|design\s+)?researchers\b",
        re.IGNORECASE)),
    Phrasing("marketing_collaboration", ("marketing", "mktg"), re.compile(
        r"\b(?:coordinat(?:e|ed|es|ing)|align(?:ed|s|ing)?|partner(?:ed|s|ing)?|"
        rf"collaborat(?:e|ed|es|ing)|work(?:ed|s|ing)?)\s+(?:closely\s+)?{_WITH}"
        r"(?:the\s+)?(?:marketing|mktg)(?:\s+team)?\b", re.IGNORECASE)),
    Phrasing("business_case", ("case for",), re.compile(
        r"\b(?:buil[dt]|builds|building|made|make|makes|making|wr(?:ote|ite|ites|iting)|"
        r"present(?:ed|s|ing)?|prepar(?:e|ed|es|ing)|put\s+together)\s+the\s+case\s+for\b",
        re.IGNORECASE)),
    # Evaluating named technologies, as a noun: 'Led the evaluation of gRPC and event streaming'.
    Phrasing("tech_trend_evaluation", ("evaluation of",), re.compile(
        r"\b(?i:led|lead|leads|ran|run|runs|owned|own|owns|drove|drive|drives|did)\s+"
        r"(?i:the\s+)?(?P<hit>(?i:evaluation))\s+of\s+(?i:the\s+)?[\w.+#/-]*[A-Z][\w.+#/-]*")),
    # Weighing technical options: 'Evaluate chipset and radio options', 'led the evaluation
    # of LLM serving options' (not 'financing options').
    Phrasing("tech_trend_evaluation", ("option", "alternative", "approach", "choice"), re.compile(
        r"\b(?:evaluat(?:e|ed|es|ing|ion)|assess(?:ed|es|ing|ment)?|compar(?:e|ed|es|ing|ison)|"
        r"benchmark(?:ed|s|ing)?|trial(?:l?ed|l?ing)?)\s+(?:of\s+)?(?:the\s+|our\s+)?"
        rf"(?:[\w/.,-]+\s+(?:and\s+|or\s+)?){{0,3}}?(?:as\s+)?{_TECH_CHOICE}\s+(?:[\w-]+\s+)?"
        r"(?:options|alternatives|approaches|choices)\b", re.IGNORECASE)),
    # Specifying a system is writing its technical specification ('Specified the
    # over-the-air update system'), not a plan or a menu.
    Phrasing("technical_specs", ("specif",), re.compile(
        r"\bspecif(?:y|ied|ies|ying)\s+(?:the\s+|a\s+|an\s+|our\s+|new\s+)"
        r"(?:[\w-]+\s+){0,4}?(?:system|systems|architecture|protocol|interfaces?|APIs?|"
        r"pipeline|service|platform|firmware|module|hardware|sensors?|boards?|data\s+model|"
        r"schema|integration|algorithms?|controllers?|chipset)\b", re.IGNORECASE)),
    # Machine-learning models made or shipped ('Built recommendation models in PyTorch',
    # 'deployed fraud models behind gRPC services'), not financial or data models.
    Phrasing("ai_ml_literacy", ("model",), re.compile(
        r"\b(?:buil[dt]|train(?:ed|s|ing)?|fine-tun(?:e|ed|es|ing)|deploy(?:ed|s|ing)?|"
        r"ship(?:ped|s|ping)?|productioni[sz](?:e|ed|es|ing)|evaluat(?:e|ed|es|ing))\s+"
        r"(?:the\s+|a\s+|an\s+|our\s+|new\s+|\d+\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:recommendation|recommender|ranking|ML|machine[- ]learning|deep[- ]learning|fraud|"
        r"classification|classifier|prediction|predictive|NLP|language|vision|LLM|neural|"
        r"churn|propensity|embedding|forecasting|detection|personali[sz]ation|scoring)\s+"
        r"models?\b", re.IGNORECASE)),
    # Low-level software written oneself (not 'shipped firmware updates', a release). Only
    # the verb is the span: 'firmware' keeps its own mention (embedded systems).
    Phrasing("programming_literacy", ("driver", "bootloader", "firmware", "kernel"), re.compile(
        r"\b(?P<hit>(?i:wr(?:ote|ite|ites|iting)|develop(?:ed|s|ing)?|cod(?:ed|es|ing)|"
        r"implement(?:ed|s|ing)?|debug(?:ged|s|ging)?|port(?:ed|s|ing)?))\s+"
        rf"(?i:the\s+|a\s+|an\s+|our\s+)?(?:{_LANGUAGE}\s+)?(?:[\w-]+\s+)?"
        r"(?i:device\s+drivers|drivers|bootloaders?|firmware|kernel\s+modules)\b")),
    # Software made in a named language ('Wrote Python scripts', 'Built the Node.js backend'):
    # only the thing made is the span, so the language keeps its own mention.
    Phrasing("programming_literacy", ("script", "backend", "back-end", "frontend", "front-end",
                                      "service", "app", "api", "librar", "tool", "job", "sdk",
                                      "cli", "plugin", "bot"),
             re.compile(
        rf"\b{_BUILD}\s+(?i:the\s+|an?\s+|our\s+|its\s+)?(?:(?i:new|internal|first|"
        rf"production|custom|small)\s+)?{_LANGUAGE}\s+(?P<hit>(?i:scripts?|services?|"
        r"microservices|backends?|back-ends?|front-?ends?|apps?|applications?|APIs?|libraries|"
        r"library|tools|tooling|jobs|SDKs?|CLIs?|plugins?|bots?)\b)")),
    Phrasing("programming_literacy", ("code",), re.compile(
        r"\b(?i:wr(?:ote|ite|ites|iting)|ship(?:ped|s|ping)?|contribut(?:ed|es|ing)\s+to)\s+"
        r"(?:(?i:production|backend|front-end|frontend)\s+)?(?i:code)\b"
        r"(?!\s+(?i:of\s+conduct|reviews?|names?|words?|switch(?:ing)?)\b)")),
    Phrasing("customer_interviews", ("interview",), re.compile(
        rf"\binterview(?:s|ed|ing)?\s+{_QUANTITY}\s+(?:(?!{_HIRING})[a-z-]+(?<!s)\s+){{0,2}}"
        rf"(?!{_HIRING})[a-z-]{{2,}}s\b", re.IGNORECASE)),
    Phrasing("customer_interviews", ("visit",), re.compile(
        rf"\bvisit(?:ed|ing|s)?\s+{_QUANTITY}\s+(?:[a-z-]+\s+){{0,2}}(?:factories|customers|sites|"
        r"clinics|hospitals|stores|plants|farms|schools|merchants|clients|users|warehouses|"
        r"sellers|buyers|shops|restaurants|dealers|partners|offices|branches)\b",
        re.IGNORECASE)),
    # Watching people work ('Sat with case handlers', 'Shadowed 12 underwriters', 'rode along
    # with technicians'), not colleagues one learns from ('shadowed senior engineers').
    Phrasing("product_discovery", ("sat with", "shadow", "rode along", "ride along"), re.compile(
        # Shadowing only a number of people: 'shadowed professional advisors' is a trainee.
        rf"\b(?:(?:sat\s+with|r(?:o|i)de(?:s)?\s+along\s+with)\s+(?:{_QUANTITY}\s+)?"
        rf"|shadow(?:ed|ing|s)?\s+{_QUANTITY}\s+)(?:(?!{_HIRING}|{_AUDIENCE})[a-z-]+\s+){{0,2}}?"
        rf"(?!{_HIRING}|{_AUDIENCE})[a-z-]{{2,}}s\b", re.IGNORECASE)),
    # 'Ran 20 traveller interviews': a number of interviews of a kind of person, not hiring
    # ('Ran 50 interviews for engineering hires', 'ran 30 hiring interviews'); a bare 'Held
    # 40 interviews' may be a recruiter's.
    Phrasing("customer_interviews", ("interview",), re.compile(
        rf"\b(?:r[au]n|conduct(?:ed)?|held|did|complet(?:ed|e))\s+{_QUANTITY}\s+"
        r"(?!(?:hiring|job|recruiting|technical|behavioral|behavioural|candidate|exit|onsite|"
        r"phone|coding|panel|screening)\b)[a-z-]+\s+interviews\b"
        rf"(?!\s+(?:for|of|with)\s+(?:[\w-]+\s+){{0,3}}?{_HIRING})", re.IGNORECASE)),
    Phrasing("tech_trend_evaluation",
             ("evaluat", "assess", "benchmark", "compar", "trial", "prototyp"),
             re.compile(
        # The verb is the span (the technologies keep their own mentions); no '-ing' form:
        # 'using prototyping tools', 'Benchmarking of … Tools' (a talk) are no evaluation.
        r"\b(?P<hit>evaluat(?:ed|e|es)|assess(?:ed|es)?|benchmark(?:ed|s)?|compar(?:ed|e|es)|"
        r"trial(?:l?ed)|prototyped)\s+"
        r"(?:[\w./+-]+\s+(?:and\s+|&\s+|or\s+)?){0,4}"
        r"(?:runtimes|technologies|frameworks|databases|languages|architectures|platforms|tools|"
        r"standards|protocols|libraries|SDKs|chipsets|engines)\b",
        re.IGNORECASE)),
    # Watching what is new in a field ('I keep an eye on new search and ranking methods',
    # 'Tracked emerging LLM tooling'): the article's TPM evaluates technology trends.
    Phrasing("tech_trend_evaluation", ("eye on", "track", "follow", "watch", "scout", "monitor"),
             re.compile(
        r"\b(?:(?:keep|keeps|keeping|kept)\s+an\s+eye\s+on|track(?:ed|s|ing)?|follow(?:ed|s|ing)?|"
        r"watch(?:ed|es|ing)?|scout(?:ed|s|ing)?|monitor(?:ed|s|ing)?)\s+(?:the\s+)?"
        r"(?:new|emerging|latest)\s+(?:[\w/+-]+\s+(?:and\s+|&\s+|or\s+)?){0,3}?"
        r"(?:technolog(?:y|ies)|methods|techniques|tools|tooling|frameworks|standards|research|"
        r"models|approaches|trends|platforms|protocols)\b", re.IGNORECASE)),
    Phrasing("competitive_analysis", ("compet",), re.compile(
        r"\banaly[sz](?:e|ed|es|ing)\s+(?:the\s+|our\s+|key\s+|main\s+|\d+\s+)?"
        r"(?:competitors|competition|competitor products|competitive landscape)\b",
        re.IGNORECASE)),
    Phrasing("engineering_partnership",
             ("architect", "engineer", "developer", "dev team", "development team", "tech lead"),
             re.compile(
        r"\b(?:partner(?:ed|ing|s)?|collaborat(?:e|ed|es|ing)|work(?:ed|ing|s)?(?: closely)?|"
        r"coordinat(?:e|ed|es|ing))\s+"
        rf"{_WITH}"
        r"(?:the\s+|our\s+)?(?:software\s+|solution\s+)?(?:architects|engineering(?:\s+(?:teams?|leads?))?"
        r"|engineers|developers|dev teams?|development\s+teams?|tech leads)\b", re.IGNORECASE)),
    # With whom the work was done, by discipline or number: 'with 3 engineering teams', 'worked
    # daily with electrical, mechanical and firmware engineering' (not 'a team of 5 engineers').
    Phrasing("engineering_partnership", ("engineer",), re.compile(
        rf"\b(?:work(?:ed|s|ing)?\s+(?:daily|closely|side\s+by\s+side|hand\s+in\s+hand)\s+with"
        rf"|(?<!team )(?<!squad )(?<!group )with)\s+(?:the\s+|our\s+)?(?:{_QUANTITY}\s+)?"
        rf"(?:{_DISCIPLINE}\s*,?\s+(?:and\s+|&\s+)?){{0,4}}"
        r"(?:engineering\s+(?:teams?|leads?|squads?|managers?|partners?)|engineers)\b"
        rf"|\bwith\s+(?:the\s+|our\s+)?(?:{_DISCIPLINE}\s*,?\s+(?:and\s+|&\s+)?){{1,4}}"
        r"engineering\b", re.IGNORECASE)),
    Phrasing("positioning_messaging", ("position", "messaging", "differentiation"), re.compile(
        rf"\b(?:{_WRITE}|{_DEFINE}|{_OWN}|set|sets|setting|craft(?:ed|s|ing)?|shap(?:e|ed|es|ing)|"
        r"develop(?:ed|s|ing)?|creat(?:e|ed|es|ing)|sharpen(?:ed|s|ing)?|refin(?:e|ed|es|ing))\s+"
        r"(?:the\s+|our\s+|a\s+|new\s+)?(?:product\s+|brand\s+|market\s+|launch\s+)?"
        # The verb is part of the span: a longer match replaces the bare word, which alone
        # only counts in a list.
        r"(?:positioning|messaging|differentiation)\b", re.IGNORECASE)),
    # Repositioning an offer in its market ('Repositioned the marketplace around small brands'),
    # not a company's practices.
    Phrasing("positioning_messaging", ("reposition",), re.compile(
        r"\breposition(?:ed|s|ing)?\s+(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:product|products|brand|marketplace|offer|offering|platform|app|portfolio|tiers?|"
        r"line|service|suite)\b", re.IGNORECASE)),
    Phrasing("cross_functional_collaboration", ("with", "w/"), re.compile(
        rf"\b{_WITH}(?:the\s+|our\s+)?{_FUNCTION}(?:\s*[,+]\s*{_FUNCTION}){{1,6}},?"
        rf"\s*(?:and\s+|&\s*|\+\s*){_FUNCTION}\b", re.IGNORECASE)),
    Phrasing("product_leadership", ("product manager", "pms", "product owner", "product lead",
                                    "of product"), re.compile(
        rf"{_leading(f'{_LEAD_VERBS}|{_GROW_VERBS}')}{_PRODUCT_PEOPLE}\b", re.IGNORECASE)),
    # 'Lead product for the marketplace: 4 Directors of Product, 22 PMs, 6 designers'.
    Phrasing("product_leadership", ("product manager", "pms", "of product"), re.compile(
        rf"\b(?:{_LEAD_VERBS})\s+product\b[^.;:\n]{{0,60}}:\s*{_QUANTITY}\s+"
        rf"(?P<hit>{_PRODUCT_PEOPLE})\b", re.IGNORECASE)),
    Phrasing("leadership_influence",
             ("engineer", "designer", "people", "report", "analyst", "manager", "researcher",
              "developer", "scientist", "specialist"),
             re.compile(
        rf"{_leading(_LEAD_VERBS)}{_PEOPLE}\b", re.IGNORECASE)),
    Phrasing("roadmapping", ("-year", "-month"), re.compile(
        r"\b(?:set|sets|wrote|writes?|built|builds?|own(?:ed|s)?|defined|defines?|drafted|"
        r"created|keep|keeps|kept|maintain(?:ed|s)?)\s+(?:the\s+|a\s+|our\s+)?"
        r"(?:(?:\d+|two|three|five|multi)-year\s+(?:product\s+)?(?:plan|roadmap)"
        r"|(?:\d+|six|twelve|eighteen)-month\s+(?:product\s+(?:plan|roadmap)|roadmap))\b"
        # A team's plan for the months ahead ('Set the 12-month plan for dispatch'), not 'a
        # 6-month plan for each client'.
        r"|\b(?:set|sets|own(?:ed|s)?|keep|keeps|kept|maintain(?:ed|s)?)\s+(?:the|our)\s+"
        r"(?:\d+|six|twelve|eighteen)-month\s+plan\b", re.IGNORECASE)),
    Phrasing("product_lifecycle", ("kill", "sunset"), re.compile(
        r"\b(?:killed|sunset|sunsetted)\s+(?:the|a|an|our|two|three|\d+)\s+(?:[\w-]+\s+){0,2}"
        r"(?:product|products|feature|features|app|apps|service|wallet|line|plan|tier)s?\b",
        re.IGNORECASE)),
    Phrasing("go_to_market", ("launch",), re.compile(
        rf"\blaunch(?:ed|ing|es)?\s+{_NOT_A_CAREER}"
        rf"(?:[\w-]+\s+){{0,3}}(?:in|to|across|into)\s+{_QUANTITY}\s+"
        r"(?:new\s+)?(?:countries|markets|regions|cities|states)\b", re.IGNORECASE),
        other_sense=_INFRASTRUCTURE),
    # A launch to its first customers: 'Launched the loyalty programme to 140 stores' (not an
    # internal rollout to employees).
    Phrasing("go_to_market", ("launch",), re.compile(
        rf"\blaunch(?:ed|ing|es)?\s+{_NOT_A_CAREER}(?:[\w'-]+\s+){{1,6}}?(?:to|for|across)\s+"
        rf"(?:all\s+(?:{_QUANTITY}[km]?\s+)?|{_QUANTITY}[km]?\s+)(?:[\w-]+\s+)?"
        r"(?:customers|users|merchants|stores|clinics|"
        r"hospitals|schools|accounts|sellers|buyers|shoppers|businesses|restaurants|drivers|"
        r"riders|members|subscribers|patients|practices|retailers|brands|partners|markets)\b",
        re.IGNORECASE), other_sense=_INFRASTRUCTURE),
    # Outcome-first phrasings: '5 markets launched', 'across 22 launches'.
    Phrasing("go_to_market", ("launch",), re.compile(
        rf"\b{_QUANTITY}\s+(?:new\s+)?(?:countries|markets|regions|products|features)\s+launched\b"
        rf"|\b(?:across|over|through)\s+{_QUANTITY}\s+(?:product\s+|feature\s+)?launches\b",
        re.IGNORECASE), other_sense=_INFRASTRUCTURE),
    # A team grown, written as numbers: '12 → 27 people across 4 teams'.
    Phrasing("leadership_influence", ("people", "engineer", "report", "pm"), re.compile(
        rf"\b\d+\s*(?:→|->|to)\s*\d+\s+(?:{_PEOPLE}|PMs|product\s+managers)\b", re.IGNORECASE)),
    Phrasing("requirements_prd", ("requirement", "spec"), re.compile(
        rf"\b(?:{_WRITE}|{_DEFINE}|draft(?:ed|s|ing)?|author(?:ed|s|ing)?|"
        r"specif(?:y|ied|ies|ying)|set)\s+(?:the\s+|all\s+|our\s+)?(?:[a-z-]+\s+){0,2}?"
        r"(?:requirements|specs|specifications)\s+(?:for|of)\b", re.IGNORECASE)),
    Phrasing("backlog_management", ("backlog",), re.compile(
        r"\b(?:kept|keep|keeping|keeps|maintain(?:ed|s|ing)?)\s+(?:the\s+|our\s+|a\s+)?"
        r"(?:product\s+|team\s+)?backlogs?\s+(?:groomed|refined|prioriti[sz]ed|estimated|healthy)\b"
        r"|\b(?:groom(?:ed|s|ing)?|refin(?:e|ed|es|ing)|triag(?:e|ed|es|ing))\s+"
        r"(?:the\s+|our\s+|a\s+)?(?:product\s+|team\s+)?backlogs?\b", re.IGNORECASE)),
    # Only the backlog is the phrasing's span: the verb stays prioritisation's own alias.
    # The backlog as a second object: 'Own the roadmap and the backlog'.
    Phrasing("backlog_management", ("backlog",), re.compile(
        rf"\b(?:{_OWN}|manag(?:e|ed|es|ing)|maintain(?:ed|s|ing)?)\s+(?:the\s+|our\s+)?"
        r"(?:product\s+)?(?:roadmap|vision|strategy|requirements)\s+(?:and|&)\s+(?:the\s+|our\s+)?"
        r"(?P<hit>(?:product\s+|team\s+)?backlogs?)\b", re.IGNORECASE)),
    Phrasing("backlog_management", ("backlog",), re.compile(
        r"\b(?:prioriti[sz](?:e|ed|es|ing)|rank(?:ed|s|ing)?|built|buil(?:d|ds|ding)|"
        rf"{_OWN}|manag(?:e|ed|es|ing))\s+(?:the\s+|our\s+|a\s+|an\s+)?"
        rf"(?P<hit>(?:{_BACKLOG_KIND}\s+)?backlogs?)\b", re.IGNORECASE)),
    Phrasing("product_discovery", ("discovery",), re.compile(
        rf"\b(?:r[au]n(?:s|ning)?|le(?:d|ad|ads|ading)|conduct(?:ed|s|ing)?|{_DRIVE}|"
        rf"{_OWN})\s+(?:the\s+|a\s+|our\s+)?(?:continuous\s+|product\s+|customer\s+|user\s+|"
        r"developer\s+|buyer\s+|merchant\s+|partner\s+|problem\s+|market\s+)?"
        # 'Ran developer discovery: 50 interviews' (not 'technical discovery calls', a sale's).
        r"discovery(?:\s+(?:with|across|for|on|sprints?)\b|\s*:)", re.IGNORECASE)),
    Phrasing("customer_interviews", ("interview",), re.compile(
        rf"\b(?:r[au]n|le(?:d|ad)|conduct(?:ed)?|held|did|complet(?:ed|e))\s+(?:{_QUANTITY}\s+)?"
        rf"(?:[a-z-]+\s+)?interviews\s+with\b(?=\s+(?!(?:\w+\s+){{0,2}}{_HIRING}))", re.IGNORECASE)),
    Phrasing("product_strategy", ("strategy",), re.compile(
        rf"\b(?:set|sets|setting|{_DEFINE}|{_WRITE}|{_OWN}|"
        rf"shap(?:e|ed|es|ing)|{_DRIVE})\s+(?:(?:the|our|a)\s+"
        r"(?:(?:yearly|annual|quarterly|multi-year|long-term|\d+-year|two-year|three-year|five-year)"
        r"\s+)?strategy\b"
        # No article when the roadmap or vision follows: 'Own strategy and roadmap for the APIs'.
        # A word may say whose ('Own supply-side strategy + roadmap').
        r"|(?:vision\s*,\s*)?(?:[\w-]+\s+)?strategy(?=\s*(?:,|and|&|\+)\s*(?:the\s+)?(?:product\s+)?"
        r"(?:roadmap|vision|backlog)\b))", re.IGNORECASE)),
    Phrasing("prioritization", ("decid",), re.compile(
        # 'I decide what the search team works on each quarter and in what order'.
        r"\bdecid(?:ed|e|es|ing)\s+what\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:team|teams|squad|squads|engineers|we)\s+(?:work(?:s|ed)?\s+on|build|builds|ship|"
        r"ships|tackles?|takes?\s+on)\b", re.IGNORECASE)),
    Phrasing("prioritization", ("rank",), re.compile(
        # Ranking work by what it is worth ('I rank them by how many users they hit and how
        # hard they are'), not ranking people or sales.
        r"\brank(?:ed|s|ing)?\s+(?:them|the\s+(?:list|backlog|requests|ideas|bets|problems|"
        r"opportunities|initiatives|features|items|epics)|(?:feature\s+)?(?:requests|ideas|bets|"
        r"problems|opportunities|initiatives|features|epics))\s+by\s+"
        r"(?=(?:[\w-]+\s+){0,3}?(?:impact|effort|value|reach|cost|risk|urgency|how\s+many|"
        r"how\s+much|how\s+hard|revenue|size|confidence)\b)", re.IGNORECASE)),
    Phrasing("prioritization", ("decid",), re.compile(
        r"\bdecid(?:ed|e|es|ing)\s+(?:between\b|(?:what|which\s+\w+)\s+(?:not\s+)?"
        r"(?:we\s+would|we'd|we|to)\s+"
        r"(?:not\s+)?(?:build|ship|cut|drop|stop|fund)\b)", re.IGNORECASE)),
    Phrasing("go_to_market", ("launch", "roll"), re.compile(
        rf"\blaunch(?:ed|es|ing)?\s+{_NOT_A_CAREER}(?:[\w'-]+\s+){{0,6}}?"
        rf"{_WITH}(?:[\w-]+,?\s+){{0,3}}?(?:marketing|mktg|sales|(?:customer\s+)?support|partners|"
        r"customer\s+success)\b|\bon\s+the\s+(?:launch|roll-?out)\s+of\b", re.IGNORECASE)),
    Phrasing("competitive_analysis", ("compet",), re.compile(
        r"\b(?:benchmark(?:ed|ing|s)?|compar(?:ed|ing|ison|isons)|analy[sz](?:ed|ing|is)|"
        r"stud(?:ied|y|ying)|tore\s+down|teardowns?\s+of|looked\s+at|review(?:ed|ing)?|"
        r"track(?:ed|s|ing)?|monitor(?:ed|s|ing)?|follow(?:ed|s|ing)?|watch(?:ed|es|ing)?)"
        r"(?:\s+(?!competitors?\b)[\w'-]+){0,5}?\s+competitors?\b"
        # The noun first: 'Did competition benchmarking of the three rival apps'.
        r"|\bcompeti(?:tion|tor|tive)\s+(?:benchmark(?:ing|s)?|teardowns?|comparisons?)\b",
        re.IGNORECASE)),
    Phrasing("product_analytics",
             ("adoption", "retention", "activation", "funnel", "conversion", "engagement", "nps",
              "csat", "dau", "mau", "churn", "kpi", "metric"),
             re.compile(
        rf"\b(?:track(?:ed|s|ing)?|{_DEFINE}|analy[sz](?:e|ed|es|ing)|measur(?:e|ed|es|ing)|"
        r"instrument(?:ed|s|ing)?)\s+(?:the\s+|our\s+)?(?:[\w-]+,?\s+(?:and\s+)?){0,4}?"
        r"(?:adoption|retention|activation|funnels?|conversion\s+(?:rates?|funnels?)|engagement|NPS|CSAT|"
        r"DAU|MAU|churn|KPIs|(?:product|success|usage|north[- ]star)\s+metrics?)\b", re.IGNORECASE)),
    # Working with the sales team is a sales partnership, not selling: 'launched … together
    # with sales and our distributors' (not 'with sales of $2M').
    Phrasing("sales_enablement", ("sales",), re.compile(
        rf"\b(?:together\s+)?{_WITH}(?:the\s+|our\s+)?(?:(?:field|inside|regional|enterprise|"
        r"channel|global|local|geo|partner)\s+)?sales"
        r"(?:\s+(?:team|teams|org|organi[sz]ation|reps|leaders|leadership|executives|colleagues)\b"
        r"|(?=\s*(?:,|;|\.|\+|\band\b|$)))", re.IGNORECASE | re.MULTILINE)),
    Phrasing("prioritization", ("ice",), re.compile(
        # Only the capitalised acronym: 'ice' is a word.
        r"\b(?i:scor|rank|prioriti[sz]|sort)\w*\s+(?:[\w-]+\s+){0,4}?(?i:with|using|by)\s+"
        r"(?:the\s+)?(?P<hit>ICE)(?:\s+(?i:scores?|scoring|framework|model))?\b")),
    Phrasing("product_strategy", ("vision",), re.compile(
        rf"\b(?:{_OWN}|set|sets|setting|{_DEFINE}|shap(?:e|ed|es|ing)|"
        rf"{_DRIVE}|{_WRITE}|craft(?:ed|s|ing)?|"
        r"articulat(?:e|ed|es|ing))\s+(?:the|our|a)\s+(?:(?!computer\b)[\w-]+\s+){0,2}?"
        r"(?P<hit>vision)\b(?![-\u2010]|\s+(?:insurance|care|test|tests|testing|system|systems|model|"
        r"models|pipeline|algorithms?|inspection|sensors?|cameras?|modules?|stack))", re.IGNORECASE)),
    Phrasing("pricing_packaging", ("price", "pricing", "discount"), re.compile(
        # Setting prices is pricing; changing them only when it is 'pricing' (a shop assistant
        # 'changed prices and restocked shelves').
        rf"\b(?:(?:set|sets|setting|{_DEFINE}|{_OWN}|restructur(?:e|ed|es|ing))"
        r"\s+(?:the\s+|our\s+)?"
        r"|(?:chang(?:e|ed|es|ing)|rais(?:e|ed|es|ing)|redesign(?:ed|s|ing)?)\s+(?:the\s+|our\s+)?"
        r"(?=pricing\b))(?P<hit>(?:list\s+|subscription\s+|new\s+)?(?:prices|pricing|"
        r"discount\s+structure))\b", re.IGNORECASE)),
    Phrasing("go_to_market", ("soft",), re.compile(r"\b(?P<hit>soft[- ]launch(?:ed|es|ing)?)\b",
                                                  re.IGNORECASE)),
    # A retention, activation or conversion rate moved, with numbers: growth work measured.
    Phrasing("growth_adoption", ("retention", "activation"), re.compile(
        r"(?<!employee )(?<!staff )(?<!talent )(?<!team )(?<!teacher )"
        r"\b(?P<hit>(?:D\d+\s+|day-\d+\s+|\d+-day\s+)?(?:retention|activation))\b"
        r"(?:\s+[\w-]+){0,3}?\s+(?:from\s+)?\d+(?:\.\d+)?\s?%\s*(?:→|->|to)\s*\d",
        re.IGNORECASE)),
    Phrasing("requirements_prd", ("brief",), re.compile(
        rf"\b(?:{_WRITE}|draft(?:ed|s|ing)?|author(?:ed|s|ing)?)\s+"
        r"(?:the\s+|a\s+)?(?P<hit>(?:feature|product)\s+briefs?)\b", re.IGNORECASE)),
    Phrasing("customer_interviews", ("talk", "spoke", "speak", "met", "meet"), re.compile(
        rf"\b(?:talked|talk|talks|talking|spoke|spoken|speak|speaks|met|meet|meets|meeting)\s+"
        r"(?:to|with)\s+"
        rf"{_QUANTITY}\s+(?:(?!{_HIRING}|{_AUDIENCE})[a-z-]+\s+){{0,2}}"
        rf"(?!{_HIRING}|{_AUDIENCE})[a-z-]{{2,}}s\b", re.IGNORECASE)),
    # Soft skills shown in what someone did: to whom they presented, what they negotiated,
    # whose buy-in they won, what they wrote for others to read.
    Phrasing("executive_communication",
             ("vp", "ceo", "cpo", "cto", "cfo", "coo", "cmo", "cro", "cdo", "cio", "board",
              "exec", "leadership", "management", "c-suite", "steering"),
             re.compile(
        # Not 'Present' closing a date range ('2021 – Present reporting to the CEO').
        r"(?=[pbrdwPBRDW])(?<!\d [–—-] )(?<!\d[–—-] )(?<!\d[–—-])(?<!\d [–—-])"
        r"\b(?i:present(?:ed|s|ing)?|pitch(?:ed|es|ing)?|brief(?:ed|s|ing)?|review(?:ed|s|ing)?|"
        r"demo(?:ed|s)?|walk(?:ed)?\s+through)\b(?:[ \t]+[\w$%.,'/-]+){0,8}?[ \t]+(?i:to|with)[ \t]+"
        r"(?:(?i:the|our|a)[ \t]+)?(?P<hit>(?:S?VP|EVP|CEO|CPO|CTO|CFO|COO|CMO|CRO|CDO|CIO)\b"
        r"|(?i:(?:executive|exec|leadership|management)\s+team|board(?:\s+of\s+directors)?|"
        r"C-suite|steering\s+committee|senior\s+(?:executives|management)|executives)\b)")),
    Phrasing("negotiation", ("negotiate",), re.compile(
        r"\b(?P<hit>negotiat(?:e|es))\s+(?:the\s+|a\s+|our\s+)?[\w-]+", re.IGNORECASE)),
    Phrasing("stakeholder_management", ("buy-in", "align"), re.compile(
        r"\b(?:won|win|wins|got|gain(?:ed)?|secur(?:e|ed)|buil[dt]|earn(?:ed)?|dr(?:ove|ive))\s+"
        r"(?:the\s+|their\s+|early\s+|executive\s+|stakeholder\s+)?buy-in\b"
        r"|\balign(?:ed|s|ing)?\s+(?:\d+\s+|two\s+|three\s+|four\s+|five\s+|all\s+|the\s+|our\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:stakeholders|teams|leaders|executives|departments|partners)\s+"
        r"(?:on|around|behind)\b", re.IGNORECASE)),
    Phrasing("written_communication", ("wrote", "write", "writing"), re.compile(
        rf"\b(?:{_WRITE})\s+(?:(?:the|a|our)\s+)?(?:(?:weekly|monthly|quarterly)\s+)?"
        r"(?P<hit>(?:(?:product|team|internal|customer|strategy|decision|launch|six-page|"
        r"one-page)\s+)?(?:memos?|newsletters?|release\s+notes|narratives|"
        r"(?:stakeholder|status|investor|executive|leadership|board)\s+updates))\b", re.IGNORECASE)),
    Phrasing("engineering_partnership", ("review",), re.compile(
        r"\b(?:design|architecture|technical)\s+(?:[\w-]+\s+)?reviews?(?:\s*\([^()\n]{0,80}\))?"
        r"\s+with\s+(?:the\s+)?"
        r"(?:(?:staff|senior|principal|lead|platform|backend)\s+)?(?:engineers|architects|engineering)\b",
        re.IGNORECASE)),
)


def merge_matches(aliases: list[AliasMatch], phrasings: list[AliasMatch]) -> list[AliasMatch]:
    """Both lists as one, non-overlapping, in text order. ``aliases`` are already
    non-overlapping and in text order; a phrasing replaces the aliases it overlaps when it is
    longer than each of them ('worked with engineering, sales and support' is one
    cross-functional phrasing, not 'sales' the skill), and is dropped otherwise. Linear in the
    aliases plus a logarithmic search per phrasing."""
    if not phrasings:
        return aliases
    ends = [m.end for m in aliases]
    dropped: set[int] = set()
    accepted: list[AliasMatch] = []
    spans: list[tuple[int, int]] = []  # accepted phrasings' spans, sorted, never overlapping
    for phrasing in sorted(phrasings, key=lambda m: (m.start - m.end, m.start)):
        at = bisect.bisect_left(spans, (phrasing.start, phrasing.end))
        if ((at > 0 and spans[at - 1][1] > phrasing.start)
                or (at < len(spans) and spans[at][0] < phrasing.end)):
            continue
        first = bisect.bisect_right(ends, phrasing.start)
        last = first
        while last < len(aliases) and aliases[last].start < phrasing.end:
            last += 1
        length = phrasing.end - phrasing.start
        if all(aliases[i].end - aliases[i].start < length for i in range(first, last)):
            accepted.append(phrasing)
            bisect.insort(spans, (phrasing.start, phrasing.end))
            dropped.update(range(first, last))
    kept = [m for i, m in enumerate(aliases) if i not in dropped]
    return sorted(kept + accepted, key=lambda m: m.start)


PHRASING_REACH_CHARS = 160
"""How far (characters) a match may reach from its cue; every pattern's repetitions are
bounded well within it. Windows around cues run to whole lines, so word boundaries hold."""


def _windows(lowered: str, cues: tuple[str, ...]) -> list[tuple[int, int]]:
    """Merged spans of whole lines within PHRASING_REACH_CHARS of a cue, in text order."""
    spans = []
    for cue in cues:
        at = lowered.find(cue)
        while at >= 0:
            start = lowered.rfind("\n", 0, max(0, at - PHRASING_REACH_CHARS)) + 1
            end = lowered.find("\n", at + len(cue) + PHRASING_REACH_CHARS)
            spans.append((start, len(lowered) if end < 0 else end))
            at = lowered.find(cue, at + 1)
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def find_phrasings(text: str, taxonomy: Taxonomy, *, windowed: bool = True) -> list[AliasMatch]:
    """Phrasing matches in ``text`` for the skills ``taxonomy`` has, in text order.

    Each pattern runs on the lines around its cues (``windowed``, the same matches as a scan
    of the whole text, which ``windowed=False`` does; tested equal), or on the whole text when
    lower-casing would move offsets (a few non-ASCII letters change length)."""
    lowered = text.lower()
    whole = [(0, len(text))]
    windows: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # phrasings share cue sets
    found = []
    for phrasing in PHRASINGS:
        if phrasing.skill_id not in taxonomy.skills:
            continue  # a custom taxonomy may replace or drop the skill
        hit = "hit" if "hit" in phrasing.pattern.groupindex else 0
        if not windowed or len(lowered) != len(text):
            spans = whole
        else:
            if phrasing.cues not in windows:
                windows[phrasing.cues] = _windows(lowered, phrasing.cues)
            spans = windows[phrasing.cues]
        for start, end in spans:
            for match in phrasing.pattern.finditer(text, start, end):
                alias = Alias(text=match.group(hit), skill_id=phrasing.skill_id, mode="exact",
                              needs_context=False, other_sense=phrasing.other_sense)
                found.append(AliasMatch(start=match.start(hit), end=match.end(hit), alias=alias))
    return sorted(found, key=lambda m: m.start)
