"""Layout robustness and ingestion speed on real resume PDFs (development data).

Each family under ``../shared/data`` renders one resume in many layouts. The family's
single-column member is the reference; for every other layout and every section of the
reference (except the header) we report whether the layout has that section and how many of
the reference section's words it holds (recall: |multiset intersection of lower-cased word
tokens| / |reference words|) and the reverse (precision: / |layout section words|).

Speed: in-process ingestion (``read_document(path, isolate=False)``) against one plain
pdfplumber ``extract_words()`` pass (default arguments) over the same 2-page file, median of
repeated runs after a warm-up, reported as a ratio (target ≤ 1.3). The isolated path
(``isolate=True`` with a pre-started worker) is reported separately.

Run from the repository root: ``python benchmarks/layout_benchmark.py [--json] [--runs N]``.
Exits 0 (also when the data directory is absent: it prints a message and skips).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyzer.documents import read_document  # noqa: E402
from analyzer.models import Document  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
FAMILIES: dict[str, tuple[str, str]] = {
    # family: (directory, reference single-column member)
    "reactive-resume": ("resumes-reactive-resume", "kakuna.pdf"),
    "rendercv": ("resumes-rendercv", "John_Doe_ClassicTheme_CV.pdf"),
}
TARGET_OVERLAP = 0.95
"""Every reference section's word recall must reach this share (0..1)."""
TARGET_SPEED_RATIO = 1.3
"""In-process ingestion time / one plain extract_words() pass (dimensionless)."""
_TOKEN = re.compile(r"\w+")


@dataclass
class SectionResult:
    section: str
    found: bool
    recall: float
    precision: float
    printed: float
    """Share of the reference section's words printed anywhere in this layout (the ceiling of
    recall: themes differ in content, e.g. durations or date formats)."""


@dataclass
class LayoutResult:
    family: str
    layout: str
    sections: list[SectionResult]

    @property
    def found(self) -> int:
        return sum(1 for s in self.sections if s.found)

    @property
    def min_recall(self) -> float:
        return min((s.recall for s in self.sections), default=1.0)

    @property
    def min_precision(self) -> float:
        return min((s.precision for s in self.sections), default=1.0)


def section_key(kind: str, heading: str) -> str:
    """Known kinds compare by kind; 'other' sections by their (lower-cased) heading."""
    return kind if kind != "other" else f"other:{' '.join(heading.lower().split())}"


def section_words(document: Document) -> dict[str, Counter[str]]:
    """Lower-cased word tokens of each section (sections sharing a key are merged)."""
    out: dict[str, Counter[str]] = {}
    for section in document.sections:
        if section.kind == "header":
            continue
        key = section_key(section.kind, section.heading)
        words = _TOKEN.findall(document.text[section.start:section.end].lower())
        out.setdefault(key, Counter()).update(words)
    return out


def compare(family: str, layout: str, reference: dict[str, Counter[str]],
            candidate: dict[str, Counter[str]], document_words: Counter[str]) -> LayoutResult:
    results = []
    for key, ref_words in reference.items():
        total = max(1, sum(ref_words.values()))
        printed = sum((ref_words & document_words).values()) / total
        got = candidate.get(key)
        if got is None:
            results.append(SectionResult(key, False, 0.0, 0.0, printed))
            continue
        common = sum((ref_words & got).values())
        results.append(SectionResult(key, True, common / total,
                                     common / max(1, sum(got.values())), printed))
    return LayoutResult(family, layout, results)


def run_layouts() -> list[LayoutResult]:
    results = []
    for family, (directory, reference_name) in FAMILIES.items():
        folder = DATA / directory
        if not folder.is_dir():
            continue
        reference = section_words(read_document(folder / reference_name, isolate=False))
        for path in sorted(folder.glob("*.pdf")):
            document = read_document(path, isolate=False)
            everything = Counter(_TOKEN.findall(document.text.lower()))
            results.append(compare(family, path.name, reference, section_words(document),
                                   everything))
    return results


def _median_seconds(action: object, runs: int, *, before: object = None) -> float:
    timings = []
    for _ in range(runs):
        if callable(before):
            before()
        started = time.perf_counter()
        action()  # type: ignore[operator]
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def run_speed(runs: int) -> list[dict[str, object]]:
    import pdfplumber

    from analyzer import isolation

    files = []
    for directory, _ in FAMILIES.values():
        for path in sorted((DATA / directory).glob("*.pdf")):
            with pdfplumber.open(path) as pdf:
                if len(pdf.pages) == 2:
                    files.append(path)

    def plain(path: Path) -> None:
        with pdfplumber.open(path) as pdf:
            [page.extract_words() for page in pdf.pages]

    out: list[dict[str, object]] = []
    try:
        for path in files:
            plain(path)
            read_document(path, isolate=False)  # warm-up
            baseline = _median_seconds(partial(plain, path), runs)
            ingest = _median_seconds(partial(read_document, path, isolate=False), runs)
            isolated = _median_seconds(partial(read_document, path, isolate=True), runs,
                                       before=isolation.prewarm)
            out.append({
                "file": path.name, "extract_words_ms": round(baseline * 1000, 1),
                "in_process_ms": round(ingest * 1000, 1),
                "isolated_warm_ms": round(isolated * 1000, 1),
                "in_process_ratio": round(ingest / baseline, 3),
                "isolated_ratio": round(isolated / baseline, 3),
            })
    finally:
        isolation.shutdown()
    return out


def print_markdown(results: list[LayoutResult], speed: list[dict[str, object]]) -> None:
    print("| family | layout | sections found | min recall | min precision "
          "| below target (recall / printed in this layout) |")
    print("|---|---|---|---|---|---|")
    for r in results:
        bad = [f"{s.section} ({'missing' if not s.found else f'{s.recall:.2f}'} / {s.printed:.2f})"
               for s in r.sections if not s.found or s.recall < TARGET_OVERLAP]
        print(f"| {r.family} | {r.layout} | {r.found}/{len(r.sections)} | {r.min_recall:.3f} | "
              f"{r.min_precision:.3f} | {', '.join(bad)} |")
    passed = sum(1 for r in results if r.found == len(r.sections) and r.min_recall >= TARGET_OVERLAP)
    print(f"\nLayouts meeting the target (all sections, recall ≥ {TARGET_OVERLAP}): "
          f"{passed}/{len(results)}")
    within = sum(1 for r in results if all(
        s.recall >= TARGET_OVERLAP * s.printed for s in r.sections))
    print(f"Layouts where every section holds ≥ {TARGET_OVERLAP} of the reference words this "
          f"layout prints at all: {within}/{len(results)}\n")
    if speed:
        print("| 2-page file | extract_words ms | in-process ms | ratio | isolated (warm) ms | ratio |")
        print("|---|---|---|---|---|---|")
        for row in speed:
            print(f"| {row['file']} | {row['extract_words_ms']} | {row['in_process_ms']} | "
                  f"{row['in_process_ratio']} | {row['isolated_warm_ms']} | {row['isolated_ratio']} |")
        print(f"\nTarget: in-process ratio ≤ {TARGET_SPEED_RATIO}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per measurement (≥ 7)")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing part")
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        print(f"Development data not found at {DATA}; skipping the layout benchmark.")
        return 0
    results = run_layouts()
    speed = [] if args.no_speed else run_speed(max(7, args.runs))
    if args.json:
        print(json.dumps({
            "layouts": [{"family": r.family, "layout": r.layout,
                         "sections": [asdict(s) for s in r.sections]} for r in results],
            "speed": speed,
        }, indent=2))
    else:
        print_markdown(results, speed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
