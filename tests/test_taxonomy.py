"""Taxonomy invariants, table-driven: the data is validated at load and these hold for it."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from analyzer import TaxonomyError, extract_skills, readings
from analyzer.cli import main
from skills_taxonomy import build_taxonomy, json_schema, load_taxonomy, normalise_alias
from skills_taxonomy.loader import LEARNING_FILE, ROLES_FILE, SHORT_ALIAS_MAX_CHARS, SKILL_FILES
from skills_taxonomy.model import DIMENSIONS, RESPONSIBILITIES

TAXONOMY = load_taxonomy()
DATA = resources.files("skills_taxonomy.data")


def test_breadth() -> None:
    assert len(TAXONOMY.skills) >= 1000
    assert len(TAXONOMY.aliases) >= 4000
    counts = TAXONOMY.counts_by_category()
    assert all(counts[category] >= 50 for category in ("technical", "business", "soft"))


def test_version_is_calver() -> None:
    assert re.fullmatch(r"\d{4}\.\d{2}\.\d{2}(\.\d+)?", TAXONOMY.version)


def test_no_alias_belongs_to_two_skills() -> None:
    owners: dict[str, str] = {}
    for alias in TAXONOMY.aliases:
        owner = owners.setdefault(normalise_alias(alias.text), alias.skill_id)
        assert owner == alias.skill_id, alias.text


def test_short_and_symbol_aliases_are_never_fuzzy() -> None:
    for alias in TAXONOMY.aliases:
        key = normalise_alias(alias.text)
        if len(key) <= SHORT_ALIAS_MAX_CHARS or re.search(r"[^\w\s-]", key):
            assert alias.mode in {"exact", "case"}, alias.text


@pytest.mark.parametrize(("word", "skill"), [
    ("r", "r_lang"), ("go", "go_lang"), ("c", None), ("excel", "excel"), ("swift", None),
    ("rust", None), ("spark", None), ("oracle", None), ("salesforce", "salesforce"),
])
def test_ordinary_word_aliases_are_guarded(word: str, skill: str | None) -> None:
    for alias in TAXONOMY.aliases:
        if normalise_alias(alias.text) == word:
            assert alias.mode == "case" or alias.needs_context, (alias.text, alias.skill_id)
            if skill is not None:
                assert alias.skill_id == skill


@pytest.mark.parametrize(("text", "not_expected"), [
    ("Led R&D for three product lines.", "r_lang"),
    ("Owned the go-to-market plan with sales.", "go_lang"),
    ("Worked at Google on search ads.", "go_lang"),
    ("Presented to the C-suite every quarter.", "c_lang"),
    ("Excellent written communication.", "excel"),
    ("Built reactive dashboards for operations.", "react"),
    ("Modelled buildings in SketchUp.", "sketch"),
    ("Hosted our code on GitHub.", "git"),
])
def test_substring_traps_do_not_match(text: str, not_expected: str) -> None:
    assert not_expected in TAXONOMY.skills or not_expected == "c_lang"
    assert not_expected not in {hit.id for hit in extract_skills(text) if hit.evidence != "inferred"}


def test_relations_and_roles_point_to_skills() -> None:
    for skill in TAXONOMY.skills.values():
        assert set(skill.implies) <= TAXONOMY.skills.keys()
        assert set(skill.broader) <= TAXONOMY.skills.keys()
    for role in TAXONOMY.roles.values():
        assert {item.skill_id for item in role.skills} <= TAXONOMY.skills.keys()


def test_skills_the_context_rules_name_exist() -> None:
    named = (readings.COMMUNICATION_SKILLS | readings.CLIENT_PLATFORM_SKILLS
             | readings.PARTNER_SKILLS | readings.TEAM_PRACTICES | {readings.TESTING_SKILL})
    assert named <= TAXONOMY.skills.keys()
    subcategories = {skill.subcategory for skill in TAXONOMY.skills.values()}
    assert {readings.DOMAIN_SUBCATEGORY, readings.COLLABORATION_SUBCATEGORY} <= subcategories


@pytest.mark.parametrize("role_id", ["pm", "tpm"])
def test_role_profiles(role_id: str) -> None:
    role = TAXONOMY.roles[role_id]
    assert len(role.skills) >= 60
    weights = {item.weight for item in role.skills}
    assert weights == {"core", "important", "nice"}
    for item in role.skills:
        assert item.responsibility in RESPONSIBILITIES
        assert item.dimension is None or item.dimension in DIMENSIONS
        assert item.skill_id in TAXONOMY.learning, f"no learning step for {item.skill_id}"
    assert {item.responsibility for item in role.skills} == set(RESPONSIBILITIES)


def test_shared_skills_agree_on_dimension_and_tilt() -> None:
    pm = {item.skill_id: item for item in TAXONOMY.roles["pm"].skills}
    for item in TAXONOMY.roles["tpm"].skills:
        if item.skill_id in pm:
            assert (pm[item.skill_id].dimension, pm[item.skill_id].tilt) == (item.dimension, item.tilt)


def test_roles_lean_the_right_way() -> None:
    def core_tilts(role_id: str) -> dict[str, int]:
        counts = {"pm": 0, "tpm": 0}
        for item in TAXONOMY.roles[role_id].skills:
            if item.weight == "core" and item.tilt in counts:
                counts[item.tilt] += 1
        return counts
    assert core_tilts("pm")["pm"] > core_tilts("pm")["tpm"]
    assert core_tilts("tpm")["tpm"] > core_tilts("tpm")["pm"]


def test_program_manager_is_not_a_product_title() -> None:
    titles = {signal.id: signal for signal in TAXONOMY.titles}
    assert titles["technical_program_manager"].product_role is False
    assert titles["technical_product_manager"].product_role is True


def test_learning_steps_are_concrete() -> None:
    for step in TAXONOMY.learning.values():
        assert 0 < step.hours <= 400
        assert step.url is None or step.url.startswith("https://")
        assert len(step.action.split()) >= 4


@pytest.mark.parametrize("name", [*SKILL_FILES, LEARNING_FILE, ROLES_FILE])
def test_files_are_sorted_for_readable_diffs(name: str) -> None:
    data = json.loads(DATA.joinpath(name).read_text(encoding="utf-8"))
    for key, items in data.items():
        field = "skill" if key == "steps" else "id"
        ids = [item[field] for item in items]
        assert ids == sorted(ids), f"{name}:{key} is not sorted by {field}"


def test_exported_json_schema_is_in_sync() -> None:
    path = resources.files("skills_taxonomy").joinpath("extension.schema.json")
    assert json.loads(path.read_text(encoding="utf-8")) == json_schema()


def test_an_alias_may_name_a_second_skill_and_it_must_exist() -> None:
    taxonomy = load_taxonomy()
    alias = next(a for a in taxonomy.skills["technology_strategy"].aliases
                 if a.text == "technical roadmap")
    assert alias.also == ("roadmapping",)
    bad = {"skills": [{"id": "zz_alpha", "name": "Alpha craft", "category": "business",
                       "subcategory": "strategy", "description": "A made-up skill for tests.",
                       "aliases": [{"text": "alpha roadmap", "also": ["no_such_skill"]}]}]}
    with pytest.raises(TaxonomyError, match="also names 'no_such_skill', which is unknown"):
        build_taxonomy([("coach.json", json.dumps(bad))])


def test_a_vendor_alias_is_flagged_and_plain_aliases_are_not() -> None:
    taxonomy = load_taxonomy()
    vendors = {(alias.skill_id, alias.text) for skill in taxonomy.skills.values()
               for alias in skill.aliases if alias.vendor}
    assert {("oracle_database", "Oracle"), ("apache_http_server", "Apache")} <= vendors
    assert ("oracle_database", "Oracle Database") not in vendors


def test_extension_adds_a_role_and_is_validated() -> None:
    extension = {"roles": [{"id": "growth_pm", "name": "Growth PM", "description": "A coach's custom role.",
                            "skills": [{"skill": "experimentation", "weight": "core",
                                        "responsibility": "features"}]}]}
    taxonomy = build_taxonomy([("coach.json", json.dumps(extension))])
    assert "growth_pm" in taxonomy.roles
    bad = {"skills": [{"id": "x_y", "name": "X", "category": "technical", "subcategory": "nope",
                       "description": "Invalid subcategory here."}]}
    with pytest.raises(TaxonomyError) as info:
        build_taxonomy([("coach.json", json.dumps(bad))])
    assert "coach.json" in info.value.message
    assert "x_y" in info.value.message
    assert "subcategory" in info.value.message


def test_cli_taxonomy_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["taxonomy", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["taxonomy_version"] == TAXONOMY.version
    assert data["skills"] == len(TAXONOMY.skills)
    assert data["aliases"] == len(TAXONOMY.aliases)
    assert set(data["by_category"]) == {"technical", "business", "soft"}
    assert data["roles"]["pm"] >= 60
    assert data["roles"]["tpm"] >= 60
