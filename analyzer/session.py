"""Coach sessions: several clients, versions of a resume, comparison, JSON export/import.

Contract: a session is plain JSON-ready data, ``{"format": "resume-gap-session", "version": 1,
"clients": {name: [{"label": str, "report": <report dict>}, ...]}}``. It holds reports (scores,
skills, evidence sentences), never the raw resume text or file. :func:`import_session`
validates a file with pydantic at this boundary and raises ConfigError saying what is wrong.
:func:`compare_reports` gives score deltas and which gaps closed between two versions.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from analyzer.errors import ConfigError
from analyzer.models import SCHEMA_VERSION

SESSION_FORMAT = "resume-gap-session"
SESSION_VERSION = 1
MAX_SESSION_BYTES = 20 * 1024 * 1024
"""Largest session file accepted (20 MiB)."""
MAX_CLIENTS = 200
MAX_VERSIONS = 20


class _Version(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: Annotated[str, Field(min_length=1, max_length=80)]
    report: dict[str, Any]


class _Session(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format: Literal["resume-gap-session"]
    version: Literal[1]
    clients: Annotated[dict[Annotated[str, Field(min_length=1, max_length=80)],
                            Annotated[list[_Version], Field(max_length=MAX_VERSIONS)]],
                       Field(max_length=MAX_CLIENTS)]


def export_session(clients: dict[str, list[dict[str, Any]]]) -> str:
    """Serialise ``clients`` (name -> list of ``{"label", "report"}``) as a session file."""
    return json.dumps({"format": SESSION_FORMAT, "version": SESSION_VERSION, "clients": clients},
                      ensure_ascii=False, indent=1)


def import_session(data: bytes | str) -> dict[str, list[dict[str, Any]]]:
    """Parse and validate a session file; returns the clients mapping."""
    if len(data) > MAX_SESSION_BYTES:
        raise ConfigError("The session file is larger than 20 MB; it cannot be a session export.")
    try:
        raw = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError("The session file is not valid JSON. Choose a file exported from "
                          "this app (Export session).") from exc
    try:
        session = _Session.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = " > ".join(str(part) for part in first["loc"])
        raise ConfigError(f"The session file is not a resume-gap session ({where}: "
                          f"{first['msg']}). Choose a file exported from this app.") from exc
    clients: dict[str, list[dict[str, Any]]] = {}
    for name, versions in session.clients.items():
        for version in versions:
            schema = version.report.get("schema_version")
            if not isinstance(schema, str) or schema.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
                raise ConfigError(f"Client {name!r}, version {version.label!r}: report schema "
                                  f"{schema!r} is not supported (expected {SCHEMA_VERSION}).")
            if not isinstance(version.report.get("roles"), dict):
                raise ConfigError(f"Client {name!r}, version {version.label!r}: the report has no roles.")
        clients[name] = [{"label": v.label, "report": v.report} for v in versions]
    return clients


def compare_reports(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Score deltas per role and the gaps closed / opened between two report dicts."""
    roles: dict[str, Any] = {}
    for key, new in after.get("roles", {}).items():
        old = before.get("roles", {}).get(key)
        if old is None:
            continue
        old_gaps = {g["skill_id"]: g["name"] for g in old.get("missing", [])}
        new_gaps = {g["skill_id"]: g["name"] for g in new.get("missing", [])}
        roles[key] = {
            "name": new.get("name", key),
            "before": old["score"], "after": new["score"],
            "delta": round(float(new["score"]) - float(old["score"]), 1),
            "band_before": old.get("band"), "band_after": new.get("band"),
            "gaps_closed": sorted(old_gaps[k] for k in old_gaps.keys() - new_gaps.keys()),
            "gaps_opened": sorted(new_gaps[k] for k in new_gaps.keys() - old_gaps.keys()),
        }
    old_skills = {s["id"]: s["name"] for s in before.get("skills", [])}
    new_skills = {s["id"]: s["name"] for s in after.get("skills", [])}
    return {
        "roles": roles,
        "skills_added": sorted(new_skills[k] for k in new_skills.keys() - old_skills.keys()),
        "skills_removed": sorted(old_skills[k] for k in old_skills.keys() - new_skills.keys()),
    }
