"""The ``resume-gap`` command line: a thin client of the library.

Exit codes: 0 success; 1 unexpected internal error; 2 bad usage, invalid taxonomy or
configuration; 3 the input file cannot be analysed (not a PDF, encrypted, scanned, …);
4 busy. Errors go to stderr as one line ``error [code]: message``; nothing of the resume's
content or its file name is ever printed there.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from analyzer import __version__, errors
from analyzer.documents import read_document
from analyzer.models import Document

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2


def _print_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def _render_text(document: Document) -> str:
    out: list[str] = []
    for line in document.lines:
        if line.heading or not out:
            out.append(f"\n[{line.section}]" if out else f"[{line.section}]")
        out.append(line.text)
    return "\n".join(out).strip() + "\n"


def _cmd_text(args: argparse.Namespace) -> int:
    document = read_document(Path(args.file))
    if args.format == "json":
        _print_json(document.to_dict())
    else:
        sys.stdout.write(_render_text(document))
    return EXIT_OK


def _cmd_taxonomy(args: argparse.Namespace) -> int:
    from skills_taxonomy import load_taxonomy, read_extension

    extensions = [read_extension(Path(path)) for path in args.files]
    taxonomy = load_taxonomy(extensions=extensions)
    summary = {
        "taxonomy_version": taxonomy.version,
        "skills": len(taxonomy.skills),
        "aliases": len(taxonomy.aliases),
        "by_category": taxonomy.counts_by_category(),
        "roles": {role.id: len(role.skills) for role in taxonomy.roles.values()},
        "learning_steps": len(taxonomy.learning),
        "validated_files": [Path(path).name for path in args.files],
    }
    if args.format == "json":
        _print_json(summary)
        return EXIT_OK
    lines = [f"taxonomy {summary['taxonomy_version']}: {summary['skills']} skills, "
             f"{summary['aliases']} aliases"]
    lines += [f"  {category}: {count}" for category, count in taxonomy.counts_by_category().items()]
    lines += [f"  role {role.id} ({role.name}): {len(role.skills)} weighted skills"
              for role in taxonomy.roles.values()]
    if args.files:
        lines.append(f"valid: {', '.join(Path(path).name for path in args.files)}")
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for documentation and tests)."""
    parser = argparse.ArgumentParser(
        prog="resume-gap",
        description="Analyse a resume for Product Manager and Technical Product Manager fit.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="log timings and event codes to stderr (never content)")
    commands = parser.add_subparsers(dest="command", required=True)

    text = commands.add_parser("text", help="print a resume's text in reading order")
    text.add_argument("file", help="resume file (.pdf or .txt)")
    text.add_argument("--format", choices=("text", "json"), default="text")
    text.set_defaults(handler=_cmd_text)

    taxonomy = commands.add_parser("taxonomy", help="summarise the taxonomy; validate extension files")
    taxonomy.add_argument("files", nargs="*", help="extension JSON files to validate and merge")
    taxonomy.add_argument("--format", choices=("text", "json"), default="text")
    taxonomy.set_defaults(handler=_cmd_taxonomy)

    from analyzer import cli_analysis

    cli_analysis.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s %(message)s")
    try:
        return int(args.handler(args))
    except errors.AnalyzerError as exc:
        sys.stderr.write(f"error [{exc.code}]: {exc.message}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the CLI must end with a clean line, not a traceback
        sys.stderr.write(f"error [internal]: unexpected {type(exc).__name__}; please report it "
                         "with the command you ran (not the resume).\n")
        return EXIT_INTERNAL
