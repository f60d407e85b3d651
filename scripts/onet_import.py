#!/usr/bin/env python3
"""Rank O*NET "Technology Skills" examples as candidates for the technical skills taxonomy.

This is a *curation aid*, not a generator. It reads the O*NET 29.2 ``Technology Skills.xlsx``
workbook, groups its rows by technology example (e.g. "Microsoft Excel", "Atlassian JIRA") and
prints one ranked line per example:

    rank, example, commodity title(s), Hot Technology, In Demand, number of occupations

Hot Technology / In Demand examples come first, then the examples listed for the most
occupations. A human reads this list and hand-curates
``skills_taxonomy/data/skills_technical.json`` from it: merging vendor variants into one
canonical skill, writing descriptions and aliases, and skipping obscure industry software.
Nothing in the package imports this script, and it never writes the taxonomy.

Usage::

    python scripts/onet_import.py                          # default workbook path
    python scripts/onet_import.py path/to/Technology\\ Skills.xlsx --hot-only --limit 300
    python scripts/onet_import.py --soc-prefix 15- --commodity "data base"
    python scripts/onet_import.py --format tsv > candidates.tsv

The default path is ``../shared/data/onet-29.2/Technology Skills.xlsx`` relative to the
repository root. When the workbook is absent the script prints a message and exits 0, so it is
safe to run anywhere. Reading it needs ``openpyxl`` (a development-only dependency:
``pip install openpyxl``).

O*NET data: "This product includes information from the O*NET 29.2 Database by the U.S.
Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY
4.0 license."
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_WORKBOOK = REPO_ROOT.parent / "shared" / "data" / "onet-29.2" / "Technology Skills.xlsx"

EXPECTED_COLUMNS: tuple[str, ...] = (
    "O*NET-SOC Code",
    "Title",
    "Example",
    "Commodity Title",
    "Hot Technology",
    "In Demand",
)
"""Columns the script needs; other columns (e.g. Commodity Code) are ignored."""


@dataclass(frozen=True, slots=True)
class TechRow:
    """One row of the workbook: a technology example listed for one occupation."""

    soc_code: str
    occupation: str
    example: str
    commodity: str
    hot: bool
    in_demand: bool


@dataclass(slots=True)
class Candidate:
    """All rows of one technology example, aggregated across occupations."""

    example: str
    commodities: Counter[str] = field(default_factory=Counter)
    occupations: set[str] = field(default_factory=set)
    hot: bool = False
    in_demand: bool = False

    def add(self, row: TechRow) -> None:
        """Fold one workbook row into this candidate."""
        self.commodities[row.commodity] += 1
        self.occupations.add(row.soc_code)
        self.hot = self.hot or row.hot
        self.in_demand = self.in_demand or row.in_demand

    @property
    def commodity(self) -> str:
        """The commodity title this example is most often filed under."""
        return self.commodities.most_common(1)[0][0] if self.commodities else ""

    @property
    def occupation_count(self) -> int:
        """Number of distinct O*NET-SOC occupations listing this example."""
        return len(self.occupations)

    def sort_key(self) -> tuple[int, int, int, str]:
        """Hot or in-demand first, then both flags, then most occupations, then by name."""
        flagged = self.hot or self.in_demand
        both = self.hot and self.in_demand
        return (-int(flagged), -int(both), -self.occupation_count, self.example.casefold())


def _flag(value: object) -> bool:
    """O*NET flags are 'Y' / 'N' strings."""
    return str(value).strip().upper() == "Y"


def read_rows(path: Path) -> Iterator[TechRow]:
    """Yield the workbook's rows; raises ``ValueError`` when the header is not O*NET's."""
    from openpyxl import load_workbook  # type: ignore[import-untyped]  # dev-only dependency

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.active
        if sheet is None:
            raise ValueError(f"{path.name}: workbook has no sheet")
        rows = sheet.iter_rows(values_only=True)
        header = [str(cell).strip() if cell is not None else "" for cell in next(rows, ())]
        missing = [name for name in EXPECTED_COLUMNS if name not in header]
        if missing:
            raise ValueError(f"{path.name}: missing column(s) {', '.join(missing)}")
        index = {name: header.index(name) for name in EXPECTED_COLUMNS}
        for values in rows:
            example = values[index["Example"]]
            if example is None or not str(example).strip():
                continue
            yield TechRow(
                soc_code=str(values[index["O*NET-SOC Code"]] or "").strip(),
                occupation=str(values[index["Title"]] or "").strip(),
                example=str(example).strip(),
                commodity=str(values[index["Commodity Title"]] or "").strip(),
                hot=_flag(values[index["Hot Technology"]]),
                in_demand=_flag(values[index["In Demand"]]),
            )
    finally:
        workbook.close()


def aggregate(rows: Iterable[TechRow]) -> list[Candidate]:
    """Group rows by example and return candidates in ranked order."""
    candidates: dict[str, Candidate] = {}
    for row in rows:
        candidates.setdefault(row.example, Candidate(example=row.example)).add(row)
    return sorted(candidates.values(), key=Candidate.sort_key)


def select(
    candidates: Iterable[Candidate],
    *,
    hot_only: bool,
    min_occupations: int,
    commodity: str | None,
    soc_prefix: str | None,
) -> list[Candidate]:
    """Apply the command-line filters, keeping the ranked order."""
    needle = commodity.casefold() if commodity else None
    kept: list[Candidate] = []
    for candidate in candidates:
        if hot_only and not (candidate.hot or candidate.in_demand):
            continue
        if candidate.occupation_count < min_occupations:
            continue
        if needle and not any(needle in title.casefold() for title in candidate.commodities):
            continue
        if soc_prefix and not any(code.startswith(soc_prefix) for code in candidate.occupations):
            continue
        kept.append(candidate)
    return kept


def render(candidates: Sequence[Candidate], output_format: str) -> Iterator[str]:
    """Lines to print: an aligned table (``text``) or tab-separated values (``tsv``)."""
    header = ("rank", "example", "commodity", "hot", "in_demand", "occupations")
    if output_format == "tsv":
        yield "\t".join(header)
        for rank, item in enumerate(candidates, start=1):
            yield "\t".join(
                (
                    str(rank),
                    item.example,
                    item.commodity,
                    "Y" if item.hot else "N",
                    "Y" if item.in_demand else "N",
                    str(item.occupation_count),
                )
            )
        return
    yield f"{'rank':>5}  {'example':<48} {'commodity':<52} hot dem  occ"
    for rank, item in enumerate(candidates, start=1):
        yield (
            f"{rank:>5}  {item.example[:48]:<48} {item.commodity[:52]:<52} "
            f"{'Y' if item.hot else '.':>3} {'Y' if item.in_demand else '.':>3} "
            f"{item.occupation_count:>4}"
        )


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(
        description="Print O*NET technology examples ranked for taxonomy curation.",
    )
    parser.add_argument(
        "workbook",
        nargs="?",
        type=Path,
        default=DEFAULT_WORKBOOK,
        help=f"path to 'Technology Skills.xlsx' (default: {DEFAULT_WORKBOOK})",
    )
    parser.add_argument(
        "--hot-only", action="store_true", help="only examples flagged Hot Technology or In Demand"
    )
    parser.add_argument(
        "--min-occupations",
        type=int,
        default=1,
        metavar="N",
        help="only examples listed for at least N occupations",
    )
    parser.add_argument(
        "--commodity", metavar="TEXT", help="only examples whose commodity title contains TEXT"
    )
    parser.add_argument(
        "--soc-prefix",
        metavar="CODE",
        help="only examples listed for an occupation whose code starts with "
        "CODE (e.g. 15- for computer and mathematical occupations)",
    )
    parser.add_argument(
        "--limit", type=int, default=0, metavar="N", help="print at most N candidates (0 = all)"
    )
    parser.add_argument("--format", choices=("text", "tsv"), default="text", dest="output_format")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    args = build_parser().parse_args(argv)
    path: Path = args.workbook
    if not path.is_file():
        print(f"O*NET workbook not found at {path}; nothing to rank.")
        return 0
    try:
        candidates = aggregate(read_rows(path))
    except ImportError:
        print("Reading the workbook needs openpyxl: pip install openpyxl", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    chosen = select(
        candidates,
        hot_only=args.hot_only,
        min_occupations=args.min_occupations,
        commodity=args.commodity,
        soc_prefix=args.soc_prefix,
    )
    if args.limit > 0:
        chosen = chosen[: args.limit]
    try:
        for line in render(chosen, args.output_format):
            print(line)
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
    flagged = sum(1 for item in candidates if item.hot or item.in_demand)
    print(
        f"# {len(chosen)} shown of {len(candidates)} examples ({flagged} hot or in demand)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
