"""Load, validate and index the taxonomy.

Contract: :func:`load_taxonomy` returns the packaged taxonomy (cached, read-only), optionally
merged with extension files a user supplies. Any invalid file raises
``analyzer.errors.TaxonomyError`` whose message names the file, the entry and the field.
Cross-file invariants (unique ids and aliases, every reference resolves) are checked here, so
a taxonomy that loads is a taxonomy the analyzer can trust.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any, NoReturn, TypeVar

from pydantic import BaseModel, ValidationError

from skills_taxonomy import model, schema

logger = logging.getLogger(__name__)

DATA_PACKAGE = "skills_taxonomy.data"
SKILL_FILES: tuple[str, ...] = ("skills_business.json", "skills_soft.json", "skills_technical.json")
ROLES_FILE = "roles.json"
LEARNING_FILE = "learning.json"
META_FILE = "meta.json"

TAXONOMY_CACHE_SIZE = 8
"""Distinct taxonomies (packaged + extension combinations) kept loaded; each costs ~20 MiB with
its matcher, and users can upload their own, so the cache is bounded."""
SHORT_ALIAS_MAX_CHARS = 4
"""Aliases this short (after normalisation) are never fuzzy-matched: 'r', 'go', 'sql', 'okrs'."""

_SYMBOL = re.compile(r"[^\w\s-]")
_SEPARATORS = re.compile(r"[\s_\-‐-―]+")
_Model = TypeVar("_Model", bound=BaseModel)


def normalise_alias(text: str) -> str:
    """The key used to compare aliases: NFKC, casefolded, hyphens and spaces folded to one space.

    Shared with the matcher so that uniqueness here means no ambiguity there.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _SEPARATORS.sub(" ", folded).strip()


def effective_mode(text: str, declared: model.MatchMode) -> model.MatchMode:
    """The matching mode actually used: short or symbol-bearing aliases are never fuzzy."""
    return _mode_for_key(normalise_alias(text), declared)


def _fail(source: str, detail: str) -> NoReturn:
    # Imported here: analyzer imports this package, so a module-level import would be circular.
    from analyzer.errors import TaxonomyError

    raise TaxonomyError(f"{source}: {detail}")


def _format_validation(source: str, error: ValidationError, raw: Any) -> str:
    lines = []
    for item in error.errors()[:5]:
        location = list(item["loc"])
        where = " > ".join(str(part) for part in location)
        # Name the entry by its id, when the path passes through one, so the reader can find it.
        node: Any = raw
        entry_id = None
        for part in location:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                break
            if isinstance(node, dict) and isinstance(node.get("id") or node.get("skill"), str):
                entry_id = node.get("id") or node.get("skill")
        label = f" (entry {entry_id!r})" if entry_id else ""
        lines.append(f"{where}{label}: {item['msg']}")
    more = len(error.errors()) - len(lines)
    suffix = f"; and {more} more error(s)" if more > 0 else ""
    return f"{source}: invalid: " + "; ".join(lines) + suffix


def parse_file(source: str, text: str, model_type: type[_Model]) -> _Model:
    """Parse JSON ``text`` from ``source`` into ``model_type`` or raise TaxonomyError."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        _fail(source, f"not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")
    try:
        return model_type.model_validate(raw)
    except ValidationError as exc:
        raise_from = _format_validation(source, exc, raw)
        from analyzer.errors import TaxonomyError

        raise TaxonomyError(raise_from) from exc


def _read_packaged(name: str) -> str:
    return resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")


def _mode_for_key(key: str, declared: model.MatchMode) -> model.MatchMode:
    if declared != "fuzzy":
        return declared
    return "exact" if len(key) <= SHORT_ALIAS_MAX_CHARS or _SYMBOL.search(key) else "fuzzy"


def _build_skill(entry: schema.SkillEntry) -> model.Skill:
    # (text, declared mode, needs_context, other senses, also, vendor) per alias; plain strings are
    # fuzzy, without context, other senses or other skills (no model built for them: thousands).
    raw = [(a.text, a.match, a.needs_context, a.other_sense, a.also, a.vendor)
           if isinstance(a, schema.AliasSpec) else (a, "fuzzy", False, (), (), False)
           for a in entry.aliases]
    keyed = [(normalise_alias(item[0]), *item) for item in raw]
    # An explicit alias spec for the name's own text sets the name's matching flags too.
    name_key = normalise_alias(entry.name)
    name_item = next((item for item in keyed if item[0] == name_key and item[2] != "fuzzy"),
                     (name_key, entry.name, "fuzzy", False, (), (), False))
    aliases: list[model.Alias] = []
    seen: set[str] = set()
    for key, text, mode, context, other_sense, also, vendor in (name_item, *keyed):
        if key in seen:
            continue
        seen.add(key)
        aliases.append(model.Alias(text=text, skill_id=entry.id, mode=_mode_for_key(key, mode),
                                   needs_context=context, other_sense=other_sense, also=also,
                                   vendor=vendor))
    return model.Skill(
        id=entry.id, name=entry.name, category=entry.category, subcategory=entry.subcategory,
        kind=entry.kind, description=entry.description, aliases=tuple(aliases),
        implies=entry.implies, broader=entry.broader, hot=entry.hot,
    )


def _build_role(entry: schema.RoleProfile) -> model.Role:
    return model.Role(
        id=entry.id, name=entry.name, description=entry.description,
        title_aliases=entry.title_aliases, not_to_confuse_with=entry.not_to_confuse_with,
        skills=tuple(
            model.RoleSkill(
                skill_id=item.skill, weight=item.weight, responsibility=item.responsibility,
                dimension=item.dimension, tilt=item.tilt,
            )
            for item in entry.skills
        ),
    )


def _build_step(entry: schema.LearningStep) -> model.LearningStep:
    return model.LearningStep(
        skill_id=entry.skill, action=entry.action, resource=entry.resource,
        resource_type=entry.resource_type, url=entry.url, hours=entry.hours, cost=entry.cost,
        resume_line=entry.resume_line,
    )


def _check_alias(alias: model.Alias, skills: dict[str, model.Skill], owner: dict[str, str]) -> None:
    """An alias belongs to one skill (``owner``: normalised text -> skill id, filled here) and
    the other skills it names exist."""
    for ref in alias.also:
        if ref not in skills or ref == alias.skill_id:
            _fail("taxonomy", f"alias {alias.text!r} of {alias.skill_id!r} also names {ref!r}, "
                              f"which is {'itself' if ref == alias.skill_id else 'unknown'}")
    other = owner.setdefault(normalise_alias(alias.text), alias.skill_id)
    if other != alias.skill_id:
        _fail("taxonomy", f"alias {alias.text!r} belongs to both {other!r} and {alias.skill_id!r}")


def _check_references(
    skills: dict[str, model.Skill], roles: dict[str, model.Role],
    learning: dict[str, model.LearningStep],
) -> None:
    owner: dict[str, str] = {}
    for skill in skills.values():
        for ref in (*skill.implies, *skill.broader):
            if ref not in skills:
                _fail("taxonomy", f"skill {skill.id!r} refers to unknown skill {ref!r}")
            if ref == skill.id:
                _fail("taxonomy", f"skill {skill.id!r} refers to itself")
        for alias in skill.aliases:
            _check_alias(alias, skills, owner)
    for role in roles.values():
        for item in role.skills:
            if item.skill_id not in skills:
                _fail("taxonomy", f"role {role.id!r} refers to unknown skill {item.skill_id!r}")
    for skill_id in learning:
        if skill_id not in skills:
            _fail("taxonomy", f"learning step refers to unknown skill {skill_id!r}")


def _signals(entries: Iterable[schema.DegreeField | schema.TitleSignal]) -> tuple[model.Signal, ...]:
    return tuple(
        model.Signal(
            id=item.id, name=item.name, tilt=item.tilt, patterns=item.patterns,
            product_role=isinstance(item, schema.TitleSignal) and item.product_role,
        )
        for item in entries
    )


def build_taxonomy(extensions: Sequence[tuple[str, str]] = ()) -> model.Taxonomy:
    """Build a taxonomy from the packaged files plus ``extensions`` ``(name, json_text)``.

    Extension entries are added; an extension skill or role whose id already exists replaces
    the packaged one (that is how a coach re-weights a role). Uncached: see
    :func:`load_taxonomy`.
    """
    meta = parse_file(META_FILE, _read_packaged(META_FILE), schema.MetaFile)
    skills: dict[str, model.Skill] = {}
    for name in SKILL_FILES:
        for entry in parse_file(name, _read_packaged(name), schema.SkillsFile).skills:
            if entry.id in skills:
                _fail(name, f"skill id {entry.id!r} is defined twice")
            skills[entry.id] = _build_skill(entry)
    roles_file = parse_file(ROLES_FILE, _read_packaged(ROLES_FILE), schema.RolesFile)
    roles = {role.id: _build_role(role) for role in roles_file.roles}
    learning = {
        step.skill: _build_step(step)
        for step in parse_file(LEARNING_FILE, _read_packaged(LEARNING_FILE), schema.LearningFile).steps
    }
    for source, text in extensions:
        extension = parse_file(source, text, schema.ExtensionFile)
        skills.update({entry.id: _build_skill(entry) for entry in extension.skills})
        roles.update({role.id: _build_role(role) for role in extension.roles})
        learning.update({step.skill: _build_step(step) for step in extension.steps})
    _check_references(skills, roles, learning)
    return model.Taxonomy(
        version=meta.taxonomy_version, attribution=meta.attribution,
        skills=MappingProxyType(dict(sorted(skills.items()))),
        roles=MappingProxyType(roles), learning=MappingProxyType(learning),
        degree_fields=_signals(roles_file.degree_fields), titles=_signals(roles_file.titles),
        sources=(*SKILL_FILES, ROLES_FILE, LEARNING_FILE, *(name for name, _ in extensions)),
    )


@functools.lru_cache(maxsize=TAXONOMY_CACHE_SIZE)
def _load_cached(extensions: tuple[tuple[str, str], ...]) -> model.Taxonomy:
    taxonomy = build_taxonomy(extensions)
    logger.info("taxonomy.loaded skills=%d roles=%d", len(taxonomy.skills), len(taxonomy.roles))
    return taxonomy


def load_taxonomy(*, extensions: Sequence[tuple[str, str]] = ()) -> model.Taxonomy:
    """The packaged taxonomy merged with ``extensions`` (``(name, json_text)`` pairs), cached.

    The same arguments return the same object, so derived structures (matchers) can be cached
    on it too.
    """
    return _load_cached(tuple(extensions))


def read_extension(path: Path) -> tuple[str, str]:
    """Read a user's extension file for :func:`load_taxonomy`; errors are TaxonomyError."""
    try:
        return path.name, path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        from analyzer.errors import TaxonomyError

        raise TaxonomyError(f"{path.name}: cannot be read ({type(exc).__name__}); check the path "
                            "and that it is a UTF-8 JSON file") from exc


def json_schema() -> dict[str, Any]:
    """The JSON Schema of an extension file (packaged files follow the same models)."""
    return schema.ExtensionFile.model_json_schema()
