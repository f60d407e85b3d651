"""Speed and memory of the core: taxonomy load, matcher build, extraction, full analysis.

Run: ``python benchmarks/speed_benchmark.py``. Each figure is measured in a fresh Python
process where start-up state matters (imports, first load), and as a median of repeated runs
after warm-up otherwise. Targets (issues): taxonomy load <= 150 ms; matcher build <= 0.5 s on
top of ``import spacy``; extraction + matching of a 2-page resume <= 20 ms median.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
REPEATS = 25

_COLD = r"""
import json, resource, time
t0 = time.perf_counter()
import spacy  # noqa: F401
t1 = time.perf_counter()
from skills_taxonomy import load_taxonomy
t2 = time.perf_counter()
taxonomy = load_taxonomy()
t3 = time.perf_counter()
from analyzer.nlp import get_matcher
t4 = time.perf_counter()
get_matcher(taxonomy)
t5 = time.perf_counter()
print(json.dumps({"import_spacy": t1 - t0, "import_taxonomy": t2 - t1, "load_taxonomy": t3 - t2,
                  "import_analyzer_nlp": t4 - t3, "build_matcher": t5 - t4,
                  "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def cold_start() -> dict[str, float]:
    runs = [json.loads(subprocess.run([sys.executable, "-c", _COLD], capture_output=True, text=True,
                                      check=True, cwd=ROOT).stdout) for _ in range(5)]
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def two_page_resume() -> str:
    from personas import PERSONAS

    # Two personas back to back is about two pages (~650 words) of resume text.
    return PERSONAS["business_pm"] + "\n" + PERSONAS["technical_pm"]


def warm() -> dict[str, float]:
    from analyzer import analyze, document_from_text, extract_skills
    from skills_taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    text = two_page_resume()
    document = document_from_text(text)
    extract_skills(document, taxonomy=taxonomy)
    analyze(document, taxonomy=taxonomy)
    times: dict[str, list[float]] = {"extract_skills": [], "analyze": []}
    for _ in range(REPEATS):
        start = time.perf_counter()
        extract_skills(document, taxonomy=taxonomy)
        times["extract_skills"].append(time.perf_counter() - start)
        start = time.perf_counter()
        analyze(document, taxonomy=taxonomy)
        times["analyze"].append(time.perf_counter() - start)
    return {key: statistics.median(values) for key, values in times.items()} | {
        "words": float(len(text.split()))}


def main() -> int:
    cold = cold_start()
    hot = warm()
    rows = [
        ("import spacy (s)", cold["import_spacy"], "-"),
        ("load_taxonomy() first call (ms)", cold["load_taxonomy"] * 1000, "<= 150"),
        ("import + load taxonomy (ms)", (cold["import_taxonomy"] + cold["load_taxonomy"]) * 1000, "-"),
        ("build matcher, after import spacy (s)",
         cold["build_matcher"] + cold["import_analyzer_nlp"], "<= 0.5"),
        ("process max RSS after build (MiB)", cold["max_rss_mib"], "-"),
        (f"extract_skills, {hot['words']:.0f}-word resume, median (ms)",
         hot["extract_skills"] * 1000, "<= 20"),
        ("analyze (extract + fit + plan), median (ms)", hot["analyze"] * 1000, "-"),
    ]
    print("| measure | value | target |\n|---|---|---|")
    for name, value, target in rows:
        print(f"| {name} | {value:.3f} | {target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
