"""The context rules: why a matched alias is not the candidate's skill.

Contract: :func:`readings` gives, for one match of an alias in the document an extractor is
reading, the reason of the first rule, in a fixed order, that rejects the match, or None. The
rules read the match's line and the text around it (headings, names, titles, citations,
labels, lists, other senses, negation, whose the skill is). Plain tests in order, so a rule
runs only when none before it rejected the match, and no closure or generator step is paid
per rule and match.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analyzer import citations, context, lists, names, parties, partners, sections, senses, titles
from analyzer.descriptions import states_the_work
from analyzer.lists import DECORATION
from analyzer.models import Line
from analyzer.timeline import MONTH_PATTERN
from skills_taxonomy import Alias, Skill

if TYPE_CHECKING:
    from analyzer.extraction import _Extractor

COMMUNICATION_SKILLS = frozenset({"verbal_communication", "written_communication"})
"""Skills whose word also names a technical field after a qualifier ('IT communication')."""
DOMAIN_SUBCATEGORY = "domain_knowledge"
"""Industries and domains ('travel & hospitality', 'gaming'): among hobbies, pastimes."""
CLIENT_PLATFORM_SKILLS = frozenset({"ios_development", "android_development"})
"""Skills of building apps for a platform: services built for such apps are not them."""
PARTNER_SKILLS = frozenset({"engineering_partnership", "marketing_collaboration",
                            "sales_enablement", "ux_design_collaboration"})
"""Skills of working with another function: a team named as a partner is their evidence."""
COLLABORATION_SUBCATEGORY = "collaboration"
"""The subcategory of the skills of working with others ('Cross-functional collaboration')."""
TEAM_PRACTICES = frozenset({"agile_scrum", "kanban", "safe_framework"})
"""Ways of working that qualify a team ('with Agile teams'): the candidate works that way too."""
TESTING_SKILL = "qa_testing"
"""The skill a list of test types ('Functional, Integration and Regression Testing') is about."""
MESSAGING_TOOLS = frozenset({"skype", "slack", "zoom", "microsoft_teams", "github", "gitlab"})
"""Tools a resume gives an account on, in its contact details ('Skype: jane.doe')."""
SHORT_ALIAS_CHARS = 4
"""Aliases this short (characters) are rejected inside hyphen/ampersand compounds (C-suite)."""
_ROLE_DATES = re.compile(rf"\b(?i:{MONTH_PATTERN})[a-z]*\.?,?[ \t]+(?:19|20)\d\d\b")
"""A month and a year: a role's line, even inside a skills section ('Drupal Developer
Consultant, December 2013')."""
NEXT_CELL_CHARS = 40
"""How much text after a line (characters) a rule may read for a role's dates in the next cell."""
_SINGLE_LETTER = 1
"""An alias this long (characters) is a letter ('C', 'R'): it counts only in a list."""


def _broad(skill: Skill) -> bool:
    """A broad skill (implies no other skill and specialises none): 'Programming', 'QA'."""
    return not skill.implies and not skill.broader


# The two functions below are rule tables read in order, one branch and one return per rule:
# ruff's counts of branches and returns measure a function's logic, not a table's length.
def readings(ex: _Extractor, alias: Alias, skill: Skill, start: int, end: int,  # noqa: PLR0911, PLR0912
             line: Line) -> str | None:
    """The reason of the first context rule that rejects the match, or None when none does.
    The rules are read in order, each only when none before it rejected the match; plain
    tests, not a generator's steps, as the extractor asks this of every match."""
    text, local_start, local_end = line.text, start - line.start, end - line.start
    # An inline heading ('Skills: R, Python') is a heading only up to its colon.
    label_end = text.find(":") if line.heading else -1
    topic = ex._topic(start) if ex.topics else None
    if line.heading and not 0 <= label_end < local_start:
        return "heading"
    if sections.names_a_subsection(text, local_start, local_end):
        return "sub-heading"
    # Referees' titles, employers and handles describe someone else; a publication
    # or patent list is titles and venues, and a list of grants names grants and
    # funders: no skill there is the candidate's (audits judged a paper's 'Haskell' or
    # 'neural network' a title's word). A list of tools stays (a section that ran on
    # past its end in plain text must not cost a tools list, one name a line or not),
    # and so does a line stating work ('Wrote the Python toolkit …').
    # An industry among hobbies ('cooking and travel', 'computer gaming') is a pastime.
    if (topic in {"references", "publications", "grants"}
        and not (skill.category == "technical"
                 and lists.lists_or_states_work(text, local_start, local_end))):
        return "a referee's, a publication's or a grant's words"
    if topic == "interests" and skill.subcategory == DOMAIN_SUBCATEGORY:
        return "hobby"
    if ex._in_url(start, end):
        return "address"
    # A contact line's words are profile labels: a tool's anywhere, and in the header
    # whatever skill they name ('LinkedIn' is social media marketing elsewhere).
    if (((skill.kind == "tool" or line.section == "header")
         and skill.kind != "certification"
         and ex._is_contact_line(line))
        # A tool name alone on a header line is a profile label ('GitHub' by an icon).
        or (skill.kind == "tool" and line.section == "header"
            and text.strip(" •|") == ex.text[start:end])
        or (skill.kind == "tool" and context.labels_a_handle(
            ex.text, end, messaging=skill.id in MESSAGING_TOOLS))
        or context.names_a_handle(ex.text, end)):
        return "contact line"
    # The header's line over the candidate's town is the headline ('Creative Web Developer' /
    # 'Pleasantville, CA'), not an employer's name over its place.
    if (names.in_organisation_name(text, local_start, local_end,
                                    next_text="" if line.section == "header"
                                    else ex.text[line.end:line.end + NEXT_CELL_CHARS])
        or ex._in_wrapped_name(line, local_start, local_end)
        or ex._names_a_dated_place(line)):
        return "organisation name"
    if senses.is_school_grade(ex.text, start, end):
        return "school grade"
    if (skill.category == "soft"
        and (senses.names_a_field(text, local_start, local_end)
             or (skill.id in COMMUNICATION_SKILLS
                 and (senses.qualified_as_field(ex.text, start)
                      or senses.names_a_document(ex.text, end))))):
        return "field name"
    if (skill.category == "business"
        and senses.names_people(text, local_start, local_end)):
        return "people"
    if partners.names_a_unit(ex.text, start, end):
        return "a unit dealt with"
    # Working with a team is the collaboration skills' evidence; the team's field is
    # not the candidate's ('Worked with the QA team', '… and Sales Management teams').
    if (skill.id not in PARTNER_SKILLS and skill.subcategory != COLLABORATION_SUBCATEGORY
        and skill.id not in TEAM_PRACTICES
        and partners.after_with(text, local_start)
        and partners.names_a_partner(text, local_start, local_end,
                                     own_item=skill.category == "technical",
                                     next_line=ex._next_line_text(line))):
        return "a partner"
    if senses.counts_people(text, local_start, local_end):
        return "people counted"
    if ex._labels_address(start, end):
        return "profile link"
    # A field in a job title is the title, not evidence ('Titles lie'); a tool's name
    # in a skills list may end like one ('SQL Developer', 'SharePoint Designer').
    if ((skill.category != "technical" or line.section != "skills"
         or titles.after_role_label(text) or _ROLE_DATES.search(text) is not None)
        and (titles.in_title(text, local_start, local_end,
                             technical=skill.category == "technical",
                             trait=skill.category == "soft", tool=skill.kind == "tool")
             or (skill.kind != "tool"
                 and ex._title_wraps(line, local_start, local_end,
                                     technical=skill.category == "technical",
                                     trait=skill.category == "soft")))):
        return "job title"
    if ex._titles_a_role(line):
        return "title over its employer"
    if titles.is_bare_role_field(text):
        return "role field"
    # A tool there is an employer (dropped everywhere, below); a skill's word only
    # fills the employer field of this line. So does any match inside a whole line that
    # is an export's employer field over its dates ('Oracle, Business Objects -'); a
    # tool that names the employer by the rule below is left to it.
    if ((skill.kind != "tool"
         and not text[:local_start].strip(DECORATION)
         and context.in_employer_slot(ex.text, end))
        or (ex._fills_employer_field(line)
            and not (skill.kind == "tool"
                     and context.looks_like_employer(ex.text, start, end, line.start)))):
        return "employer field"
    # A headline is a title (the field in it the title's), unless it states a claim
    # ('Developer skilled in React'); a trait qualifying the title ('Creative Web
    # Developer') is the candidate's, as in :func:`titles.in_job_title`.
    if (line.section == "header"
        and (titles.after_headline_title(text, local_start)
             or (line.start == ex.headline_start
                 and (skill.category != "soft" or skill.kind == "language")
                 and not titles.states_a_claim(text, local_start)))):
        return "headline"
    if (skill.kind == "language"
        and names.in_place_name(text, local_start, local_end)):
        return "place name"
    # 'Nationality: Greek' is a nationality; the languages are claimed elsewhere.
    if skill.kind == "language" and names.after_nationality_label(text, local_start):
        return "nationality"
    if ((len(alias.text) <= SHORT_ALIAS_CHARS
         and context.in_compound(ex.text, start, end))
        or (alias.needs_context and context.in_hyphen_compound(ex.text, end))):
        return "compound"
    if (ex.citations.around(start, end)
        or ex._in_quoted_title(start, end)
        or citations.after_title_label(text, local_start)
        or citations.in_project_name(text, local_start, local_end)
        or citations.names_a_talks_topic(text, local_start)
        or ex.citations.in_reference(start, end)):
        return "citation"
    # A specific skill ('Python packages: pandas', 'Selenium and Cypress tests') names
    # itself; only broad skills ('Programming languages:', 'Integration') are labels
    # or test types.
    if (_broad(skill)
        and lists.is_category_label(text, local_start, local_end, named=skill.kind == "tool")):
        return "category label"
    if ex._row_label(line, local_start, local_end):
        return "row label"
    # A skill's name over a list of named tools is the list's label; the tools are
    # the claims ('Social Media: LinkedIn, Facebook').
    if (skill.kind == "skill"
        and (lists.labels_a_list(text, local_start, local_end)
             or ex._labels_one_tool(line, local_start, local_end))):
        return "list label"
    if senses.is_season(ex.text, start, end):
        return "season"
    if senses.is_funding_round(ex.text, start, end):
        return "funding round"
    if (skill.category != "technical"
        and skill.kind != "language" and senses.in_self_assessment_grid(text)):
        return "self-assessment grid"
    if senses.names_an_audience(ex.text, start, end):
        return "audience"
    if names.in_place_name_with_state(text, local_start, local_end):
        return "place name"
    return _sense_readings(ex, alias, skill, start, end, line)


def _sense_readings(ex: _Extractor, alias: Alias, skill: Skill, start: int,  # noqa: PLR0911, PLR0912
                    end: int, line: Line) -> str | None:
    """The rules of :func:`readings` that read what the words mean around the match
    (other senses, negation, whose the skill is), after those of its form and place: the
    first one's reason that rejects the match, or None."""
    text, local_start, local_end = line.text, start - line.start, end - line.start
    # Only a kind of test is a test type: 'customer interviews and usability testing'
    # is two activities (judgment review 8).
    if (skill.id != TESTING_SKILL
        and senses.is_test_kind(ex.text[start:end])
        and senses.names_a_test_type(text, local_start, local_end)):
        return "test type"
    if (skill.category == "soft"
        and skill.kind != "language" and senses.in_technical_list(text, local_start)):
        return "product in a technical list"
    if ex._spelled_otherwise(skill, start, end):
        return "other meaning"
    # An administrator's list of systems names each by its type or product ('Performance
    # Monitoring for ECC, BI, SRM and PI systems'): a concept or a language there is a
    # system's name; a tool is still a tool used ('Windows, SQL and HP storage servers').
    if skill.kind == "skill" and senses.names_an_operated_system(ex.text, start, end):
        return "a system operated"
    if alias.vendor and senses.names_another_product(text, local_end):
        return "another of the vendor's products"
    if alias.other_sense and ex._in_other_field(line, local_start, local_end, alias):
        return "another field's term"
    if (lists.in_word_bank(text, local_start, local_end)
        or ex._in_word_column(line, local_start, local_end)):
        return "word bank"
    if ex._under_reader_label(line):
        return "template advice"
    # The capital form of a case-sensitive alias is matched for lists in capitals only.
    if (alias.mode == "case" and not alias.text.isupper()
        and ex.text[start:end].isupper()
        and not lists.in_shouted_list(text, local_start, local_end,
                                      skills_section=line.section == "skills")):
        return "capitals"
    if ((alias.needs_context or len(alias.text) == _SINGLE_LETTER)
        and not ((lists.in_list_item(text, local_start, local_end,
                                     skills_section=line.section == "skills")
                  or (skill.kind == "language"
                      and (ex._vertical_item(line, local_start, local_end)
                           or ex._paired_language(text, local_start, local_end))))
                 and (not alias.needs_context or alias.mode == "case"
                      or lists.is_bare_item(text, local_start, local_end)))
        and not lists.names_a_skill(text, local_start, local_end)):
        return "needs a list"
    if context.is_negated(text, local_start):
        return "negated"
    if context.is_passive(ex.text, start, end):
        return "passive"
    if parties.names_a_user(text, local_start):
        return "a product's user"
    if (skill.category == "technical"
        and parties.is_sold(text, local_start, local_end)):
        return "a product sold"
    if (skill.kind == "tool"
        and parties.names_peoples_employer(ex.text, start)):
        return "people's employer"
    if context.is_comparison(ex.text, end):
        return "comparison"
    if skill.id in CLIENT_PLATFORM_SKILLS and parties.serves_apps(text, local_start):
        return "the apps served"
    if (skill.category == "soft"
        and parties.describes_others(text, local_start)):
        return "someone else's trait"
    if (skill.category == "business"
        and parties.owned_by_another(text, local_start)):
        return "someone else's"
    if parties.observes_a_class(ex.text, start, end):
        return "a class observed"
    # Working at a payments company is payments experience; the company's
    # specialty in business intelligence is not the candidate's BI work. The words
    # that name the firm itself ('ABC is a global financial services firm') describe
    # it, whatever the skill: reviews judged every such domain word someone else's.
    if (skill.kind != "tool"
        and ((skill.subcategory != DOMAIN_SUBCATEGORY
              and parties.describes_an_organisation(ex.text, start))
             or parties.names_an_organisations_field(ex.text, start, end))):
        return "an organisation's focus"
    if (alias.text.lower() in {"roadmap", "roadmaps"}
        and senses.plans_delivery(ex.text, start)):
        return "delivery plan"
    if (skill.category == "business" and skill.subcategory != DOMAIN_SUBCATEGORY
        and (parties.names_a_sites_purpose(ex.text, end)
             or parties.names_a_products_purpose(text, local_start))):
        return "a site's purpose"
    if (skill.category == "business" and " " not in alias.text
        and skill.subcategory != DOMAIN_SUBCATEGORY
        and parties.qualifies_a_noun(text, local_start, local_end)):
        return "qualifies a noun"
    if parties.names_an_opportunity_for_others(ex.text, end):
        return "others' opportunity"
    if parties.names_a_document(alias.text) and parties.follows_a_document(ex.text, start, end):
        return "a document followed"
    if (skill.kind == "tool"
        and parties.names_a_competitor(text, local_start)):
        return "a competitor"
    if ex._is_document_title(line):
        return "document title"
    if (skill.kind == "tool" and line.start == ex.name_line_start
        and names.is_person_name(text)):
        return "name line"
    if context.is_on_request_note(text, local_start, local_end):
        return "on-request note"
    if ex.aims.names_a_sought_role(start, end):
        return "the role sought"
    if ex.aims.names_a_wished_activity(start):
        return "an activity wished for"
    # A business domain or a technology in a project description is the client's
    # system ('a CRM application that manages sales orders', 'Boomi is the middleware
    # between SuccessFactors and Sterling'); the candidate's part follows its own
    # label, unless the description states the work ('involves testing the CRM').
    if (ex._described(start)
        and (skill.category == "business" or not states_the_work(ex.text, start))):
        return "product described"
    return None
