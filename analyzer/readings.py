"""The context rules: why a matched alias is not the candidate's skill.

Contract: :func:`readings` yields, for one match of an alias in the document an extractor is
reading, each rule's reason and whether it rejects the match, in a fixed order; the extractor
stops at the first that does. The rules read the match's line and the text around it
(headings, names, titles, citations, labels, lists, other senses, negation, whose the skill
is). A generator, so a rule runs only when none before it rejected the match, and no closure
is built per rule and match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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


def readings(ex: _Extractor, alias: Alias, skill: Skill, start: int, end: int,
             line: Line) -> Iterator[tuple[str, bool]]:
    """Each context rule's reason and whether it rejects the match, in order. A generator:
    a rule is read only when none before it rejected the match, and no closure is built
    per rule and match (the extractor asks this of every match)."""
    text, local_start, local_end = line.text, start - line.start, end - line.start
    # An inline heading ('Skills: R, Python') is a heading only up to its colon.
    label_end = text.find(":") if line.heading else -1
    topic = ex._topic(start) if ex.topics else None
    yield "heading", line.heading and not 0 <= label_end < local_start
    yield "sub-heading", sections.names_a_subsection(text, local_start, local_end)
    # Referees' titles, employers and handles describe someone else; a publication
    # or patent list is titles and venues, and a list of grants names grants and
    # funders: no skill there is the candidate's (audits judged a paper's 'Haskell' or
    # 'neural network' a title's word). A list of tools stays (a section that ran on
    # past its end in plain text must not cost a tools list, one name a line or not),
    # and so does a line stating work ('Wrote the Python toolkit …').
    # An industry among hobbies ('cooking and travel', 'computer gaming') is a pastime.
    yield "a referee's, a publication's or a grant's words", (
        topic in {"references", "publications", "grants"}
        and not (skill.category == "technical"
                 and lists.lists_or_states_work(text, local_start, local_end)))
    yield "hobby", topic == "interests" and skill.subcategory == DOMAIN_SUBCATEGORY
    yield "address", ex._in_url(start, end)
    # A contact line's words are profile labels: a tool's anywhere, and in the header
    # whatever skill they name ('LinkedIn' is social media marketing elsewhere).
    yield "contact line", (
        ((skill.kind == "tool" or line.section == "header")
         and skill.kind != "certification"
         and ex._is_contact_line(line))
        # A tool name alone on a header line is a profile label ('GitHub' by an icon).
        or (skill.kind == "tool" and line.section == "header"
            and text.strip(" •|") == ex.text[start:end])
        or (skill.kind == "tool" and context.labels_a_handle(
            ex.text, end, messaging=skill.id in MESSAGING_TOOLS))
        or context.names_a_handle(ex.text, end))
    # The header's line over the candidate's town is the headline ('Creative Web Developer' /
    # 'Pleasantville, CA'), not an employer's name over its place.
    yield "organisation name", (
        names.in_organisation_name(text, local_start, local_end,
                                    next_text="" if line.section == "header"
                                    else ex.text[line.end:line.end + NEXT_CELL_CHARS])
        or ex._in_wrapped_name(line, local_start, local_end)
        or ex._names_a_dated_place(line))
    yield "school grade", senses.is_school_grade(ex.text, start, end)
    yield "field name", (
        skill.category == "soft"
        and (senses.names_a_field(text, local_start, local_end)
             or (skill.id in COMMUNICATION_SKILLS
                 and (senses.qualified_as_field(ex.text, start)
                      or senses.names_a_document(ex.text, end)))))
    yield "people", (
        skill.category == "business"
        and senses.names_people(text, local_start, local_end))
    yield "a unit dealt with", partners.names_a_unit(ex.text, start, end)
    # Working with a team is the collaboration skills' evidence; the team's field is
    # not the candidate's ('Worked with the QA team', '… and Sales Management teams').
    yield "a partner", (
        skill.id not in PARTNER_SKILLS and skill.subcategory != COLLABORATION_SUBCATEGORY
        and skill.id not in TEAM_PRACTICES
        and partners.after_with(text, local_start)
        and partners.names_a_partner(text, local_start, local_end,
                                     own_item=skill.category == "technical",
                                     next_line=ex._next_line_text(line)))
    yield "people counted", senses.counts_people(text, local_start, local_end)
    yield "profile link", ex._labels_address(start, end)
    # A field in a job title is the title, not evidence ('Titles lie'); a tool's name
    # in a skills list may end like one ('SQL Developer', 'SharePoint Designer').
    yield "job title", (
        (skill.category != "technical" or line.section != "skills"
         or titles.after_role_label(text) or _ROLE_DATES.search(text) is not None)
        and (titles.in_title(text, local_start, local_end,
                             technical=skill.category == "technical",
                             trait=skill.category == "soft", tool=skill.kind == "tool")
             or (skill.kind != "tool"
                 and ex._title_wraps(line, local_start, local_end,
                                     technical=skill.category == "technical",
                                     trait=skill.category == "soft"))))
    yield "title over its employer", ex._titles_a_role(line)
    yield "role field", titles.is_bare_role_field(text)
    # A tool there is an employer (dropped everywhere, below); a skill's word only
    # fills the employer field of this line. So does any match inside a whole line that
    # is an export's employer field over its dates ('Oracle, Business Objects -'); a
    # tool that names the employer by the rule below is left to it.
    yield "employer field", (
        (skill.kind != "tool"
         and not text[:local_start].strip(DECORATION)
         and context.in_employer_slot(ex.text, end))
        or (ex._fills_employer_field(line)
            and not (skill.kind == "tool"
                     and context.looks_like_employer(ex.text, start, end, line.start))))
    # A headline is a title (the field in it the title's), unless it states a claim
    # ('Developer skilled in React'); a trait qualifying the title ('Creative Web
    # Developer') is the candidate's, as in :func:`titles.in_job_title`.
    yield "headline", (
        line.section == "header"
        and (titles.after_headline_title(text, local_start)
             or (line.start == ex.headline_start
                 and (skill.category != "soft" or skill.kind == "language")
                 and not titles.states_a_claim(text, local_start))))
    yield "place name", (
        skill.kind == "language"
        and names.in_place_name(text, local_start, local_end))
    # 'Nationality: Greek' is a nationality; the languages are claimed elsewhere.
    yield "nationality", (
        skill.kind == "language" and names.after_nationality_label(text, local_start))
    yield "compound", (
        (len(alias.text) <= SHORT_ALIAS_CHARS
         and context.in_compound(ex.text, start, end))
        or (alias.needs_context and context.in_hyphen_compound(ex.text, end)))
    yield "citation", (
        ex.citations.around(start, end)
        or ex._in_quoted_title(start, end)
        or citations.after_title_label(text, local_start)
        or citations.in_project_name(text, local_start, local_end)
        or citations.names_a_talks_topic(text, local_start)
        or ex.citations.in_reference(start, end))
    # A specific skill ('Python packages: pandas', 'Selenium and Cypress tests') names
    # itself; only broad skills ('Programming languages:', 'Integration') are labels
    # or test types.
    yield "category label", (
        _broad(skill)
        and lists.is_category_label(text, local_start, local_end, named=skill.kind == "tool"))
    yield "row label", ex._row_label(line, local_start, local_end)
    # A skill's name over a list of named tools is the list's label; the tools are
    # the claims ('Social Media: LinkedIn, Facebook').
    yield "list label", (
        skill.kind == "skill"
        and (lists.labels_a_list(text, local_start, local_end)
             or ex._labels_one_tool(line, local_start, local_end)))
    yield "season", senses.is_season(ex.text, start, end)
    yield "funding round", senses.is_funding_round(ex.text, start, end)
    yield "self-assessment grid", (
        skill.category != "technical"
        and skill.kind != "language" and senses.in_self_assessment_grid(text))
    yield "audience", senses.names_an_audience(ex.text, start, end)
    yield "place name", names.in_place_name_with_state(text, local_start, local_end)
    yield from _sense_readings(ex, alias, skill, start, end, line)


def _sense_readings(ex: _Extractor, alias: Alias, skill: Skill, start: int, end: int,
                    line: Line) -> Iterator[tuple[str, bool]]:
    """The rules of :func:`readings` that read what the words mean around the match
    (other senses, negation, whose the skill is), after those of its form and place."""
    text, local_start, local_end = line.text, start - line.start, end - line.start
    # Only a kind of test is a test type: 'customer interviews and usability testing'
    # is two activities (judgment review 8).
    yield "test type", (
        skill.id != TESTING_SKILL
        and senses.is_test_kind(ex.text[start:end])
        and senses.names_a_test_type(text, local_start, local_end))
    yield "product in a technical list", (
        skill.category == "soft"
        and skill.kind != "language" and senses.in_technical_list(text, local_start))
    yield "other meaning", ex._spelled_otherwise(skill, start, end)
    # An administrator's list of systems names each by its type or product ('Performance
    # Monitoring for ECC, BI, SRM and PI systems'): a concept or a language there is a
    # system's name; a tool is still a tool used ('Windows, SQL and HP storage servers').
    yield "a system operated", (
        skill.kind == "skill" and senses.names_an_operated_system(ex.text, start, end))
    yield "another of the vendor's products", (
        alias.vendor and senses.names_another_product(text, local_end))
    yield "another field's term", (
        bool(alias.other_sense) and ex._in_other_field(line, local_start, local_end, alias))
    yield "word bank", (
        lists.in_word_bank(text, local_start, local_end)
        or ex._in_word_column(line, local_start, local_end))
    yield "template advice", ex._under_reader_label(line)
    # The capital form of a case-sensitive alias is matched for lists in capitals only.
    yield "capitals", (
        alias.mode == "case" and not alias.text.isupper()
        and ex.text[start:end].isupper()
        and not lists.in_shouted_list(text, local_start, local_end,
                                      skills_section=line.section == "skills"))
    yield "needs a list", (
        (alias.needs_context or len(alias.text) == _SINGLE_LETTER)
        and not ((lists.in_list_item(text, local_start, local_end,
                                     skills_section=line.section == "skills")
                  or (skill.kind == "language"
                      and (ex._vertical_item(line, local_start, local_end)
                           or ex._paired_language(text, local_start, local_end))))
                 and (not alias.needs_context or alias.mode == "case"
                      or lists.is_bare_item(text, local_start, local_end)))
        and not lists.names_a_skill(text, local_start, local_end))
    yield "negated", context.is_negated(text, local_start)
    yield "passive", context.is_passive(ex.text, start, end)
    yield "a product's user", parties.names_a_user(text, local_start)
    yield "a product sold", (
        skill.category == "technical"
        and parties.is_sold(text, local_start, local_end))
    yield "people's employer", (
        skill.kind == "tool"
        and parties.names_peoples_employer(ex.text, start))
    yield "comparison", context.is_comparison(ex.text, end)
    yield "the apps served", (
        skill.id in CLIENT_PLATFORM_SKILLS and parties.serves_apps(text, local_start))
    yield "someone else's trait", (
        skill.category == "soft"
        and parties.describes_others(text, local_start))
    yield "someone else's", (
        skill.category == "business"
        and parties.owned_by_another(text, local_start))
    yield "a class observed", parties.observes_a_class(ex.text, start, end)
    # Working at a payments company is payments experience; the company's
    # specialty in business intelligence is not the candidate's BI work. The words
    # that name the firm itself ('ABC is a global financial services firm') describe
    # it, whatever the skill: reviews judged every such domain word someone else's.
    yield "an organisation's focus", (
        skill.kind != "tool"
        and ((skill.subcategory != DOMAIN_SUBCATEGORY
              and parties.describes_an_organisation(ex.text, start))
             or parties.names_an_organisations_field(ex.text, start, end)))
    yield "delivery plan", (
        alias.text.lower() in {"roadmap", "roadmaps"}
        and senses.plans_delivery(ex.text, start))
    yield "a site's purpose", (
        skill.category == "business" and skill.subcategory != DOMAIN_SUBCATEGORY
        and (parties.names_a_sites_purpose(ex.text, end)
             or parties.names_a_products_purpose(text, local_start)))
    yield "qualifies a noun", (
        skill.category == "business" and " " not in alias.text
        and skill.subcategory != DOMAIN_SUBCATEGORY
        and parties.qualifies_a_noun(text, local_start, local_end))
    yield "others' opportunity", parties.names_an_opportunity_for_others(ex.text, end)
    yield "a document followed", (
        parties.names_a_document(alias.text) and parties.follows_a_document(ex.text, start, end))
    yield "a competitor", (
        skill.kind == "tool"
        and parties.names_a_competitor(text, local_start))
    yield "document title", ex._is_document_title(line)
    yield "name line", (
        skill.kind == "tool" and line.start == ex.name_line_start
        and names.is_person_name(text))
    yield "on-request note", context.is_on_request_note(text, local_start, local_end)
    yield "the role sought", ex.aims.names_a_sought_role(start, end)
    yield "an activity wished for", ex.aims.names_a_wished_activity(start)
    # A business domain or a technology in a project description is the client's
    # system ('a CRM application that manages sales orders', 'Boomi is the middleware
    # between SuccessFactors and Sterling'); the candidate's part follows its own
    # label, unless the description states the work ('involves testing the CRM').
    yield "product described", (
        ex._described(start)
        and (skill.category == "business" or not states_the_work(ex.text, start)))
