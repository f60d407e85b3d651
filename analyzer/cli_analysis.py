"""CLI commands that run the full analysis: ``analyze`` and ``batch``.

``batch`` writes one CSV row per resume (fit per role, best role, top gaps) and an error row
for a file that cannot be analysed; the batch goes on. Files are analysed in parallel (PDF
parsing runs in worker processes), with a progress bar when stderr is a terminal.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import date
from pathlib import Path
from typing import Any

from analyzer import errors
from analyzer.analysis import analyze
from analyzer.config import DEFAULT_CONFIG, ScoringConfig, load_config
from analyzer.job import role_from_job
from analyzer.models import Report
from skills_taxonomy import Role, Taxonomy, load_taxonomy, read_extension

BATCH_WORKERS = 2
"""Resumes analysed at once in a batch (PDF parsing is bounded separately)."""
BATCH_TOP_GAPS = 3
"""Gaps per role written to each CSV row."""
SUFFIXES = (".pdf", ".txt")


def _load_common(args: argparse.Namespace) -> tuple[Taxonomy, ScoringConfig, list[Role]]:
    extensions = [read_extension(Path(path)) for path in args.taxonomy or ()]
    taxonomy = load_taxonomy(extensions=extensions)
    config = DEFAULT_CONFIG
    if args.weights:
        try:
            config = load_config(Path(args.weights).read_text(encoding="utf-8"))
        except OSError as exc:
            raise errors.ConfigError("The weights file could not be read; check its path.") from exc
    roles: list[Role] = []
    if args.job:
        job_path = Path(args.job)
        if job_path.suffix.lower() == ".pdf":
            from analyzer.documents import read_document

            job_text = read_document(job_path).text
        else:
            try:
                job_text = job_path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise errors.InputError("The job description could not be read; use a UTF-8 "
                                        ".txt or a PDF file.") from exc
        roles.append(role_from_job(job_text, taxonomy=taxonomy, role_id="job",
                                   name=job_path.stem.replace("_", " ").strip() or "Target job"))
    return taxonomy, config, roles


def _render_text(report: Report) -> str:
    lines = [f"Best fit: {report.role(report.best_fit).name}"]
    lines += [f"{fit.name}: {fit.score:g}/100 ({fit.band}) - {fit.explanation}" for fit in report.roles]
    lines.append(f"PM<->TPM axis: {report.positioning.axis:+.2f} ({report.positioning.summary})")
    lines.append("What to learn next:")
    lines += [f"  {s.rank}. {s.name} (+{s.projected_gain:g}, ~{s.hours:g} h): {s.action}"
              for s in report.learning_plan]
    lines.append(f"Skills found ({len(report.skills)}):")
    lines += [f"  {h.name} [{h.category}] {h.confidence:.2f} {h.evidence}" for h in report.skills]
    return "\n".join(lines) + "\n"


def _cmd_analyze(args: argparse.Namespace) -> int:
    taxonomy, config, roles = _load_common(args)
    report = analyze(Path(args.file), taxonomy=taxonomy, config=config, extra_roles=roles,
                     include_text=args.include_text)
    if args.format == "json":
        sys.stdout.write(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
    elif args.format == "markdown":
        sys.stdout.write(report.to_markdown())
    else:
        sys.stdout.write(_render_text(report))
    return 0


def _inputs(paths: list[str]) -> Iterator[Path]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES)
        else:
            yield path


def _row(path: Path, taxonomy: Taxonomy, config: ScoringConfig, roles: list[Role],
         today: date) -> dict[str, Any]:
    row: dict[str, Any] = {"file": path.name, "status": "ok", "error_code": "", "error": ""}
    try:
        report = analyze(path, taxonomy=taxonomy, config=config, extra_roles=roles, today=today)
    except errors.AnalyzerError as exc:
        return {**row, "status": "error", "error_code": exc.code, "error": exc.message}
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop a batch
        return {**row, "status": "error", "error_code": "internal", "error": type(exc).__name__}
    row["best_fit"] = report.best_fit
    row["pm_tpm_axis"] = report.positioning.axis
    for fit in report.roles:
        row[f"{fit.role}_score"] = fit.score
        row[f"{fit.role}_band"] = fit.band
        row[f"{fit.role}_top_gaps"] = "; ".join(g.name for g in fit.gaps[:BATCH_TOP_GAPS])
    return row


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        width = 30
        filled = width * done // max(total, 1)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        sys.stderr.flush()


def _cmd_batch(args: argparse.Namespace) -> int:
    taxonomy, config, roles = _load_common(args)
    files = list(_inputs(args.inputs))
    if not files:
        raise errors.InputError("No .pdf or .txt files found in the given paths.")
    today = date.today()
    rows: list[dict[str, Any]] = [{}] * len(files)
    with ThreadPoolExecutor(max_workers=BATCH_WORKERS) as pool:
        futures = {pool.submit(_row, path, taxonomy, config, roles, today): i
                   for i, path in enumerate(files)}
        for done, future in enumerate(as_completed(futures), start=1):
            rows[futures[future]] = future.result()
            _progress(done, len(files))
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    columns = ["file", "status", "error_code", "error", "best_fit", "pm_tpm_axis"]
    for row in rows:
        columns += [key for key in row if key not in columns]
    with Path(args.out).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, restval="")
        writer.writeheader()
        writer.writerows(rows)
    failed = sum(1 for row in rows if row["status"] != "ok")
    sys.stderr.write(f"analysed {len(rows) - failed} of {len(rows)} files; {failed} error row(s)\n")
    return 0


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--job", help="job description (.txt or .pdf) to add as a custom role")
    parser.add_argument("--taxonomy", action="append",
                        help="extension taxonomy JSON (skills, roles, steps); repeatable")
    parser.add_argument("--weights", help="JSON file overriding scoring weights (see README)")


def add_commands(commands: Any) -> None:
    """Register ``analyze`` and ``batch`` on the ``resume-gap`` sub-command parser."""
    analyze_cmd = commands.add_parser("analyze", help="skills, PM/TPM fit, gaps and learning plan")
    analyze_cmd.add_argument("file", help="resume file (.pdf or .txt)")
    analyze_cmd.add_argument("--format", choices=("json", "markdown", "text"), default="text")
    analyze_cmd.add_argument("--include-text", action="store_true",
                             help="include the parsed resume text in the JSON report")
    _add_common(analyze_cmd)
    analyze_cmd.set_defaults(handler=_cmd_analyze)

    batch = commands.add_parser("batch", help="analyse many resumes into a CSV")
    batch.add_argument("inputs", nargs="+", help="folders and/or files (.pdf, .txt)")
    batch.add_argument("--out", required=True, help="CSV file to write")
    _add_common(batch)
    batch.set_defaults(handler=_cmd_batch)
