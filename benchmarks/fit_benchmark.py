"""Fit validity on the synthetic personas: PM and TPM fit, bands, positioning, top plan step.

Run: ``python benchmarks/fit_benchmark.py``. The personas (tests/fixtures/personas.py) are
fictional resumes written to be a business-leaning PM, a technical PM, a software engineer, a
marketer, a data analyst, a new graduate and a Technical *Program* Manager; the orderings that
must hold between them are asserted in tests/test_validity.py. This prints the whole table
for docs/benchmarks.md.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "fixtures"))

TODAY = date(2026, 11, 26)


def main() -> int:
    from personas import PERSONAS

    from analyzer import analyze

    print("| persona | PM fit | TPM fit | best | PM↔TPM axis | skills | top plan step (gain, hours) |")
    print("|---|---|---|---|---|---|---|")
    for key, text in PERSONAS.items():
        report = analyze(text, today=TODAY)
        pm, tpm = report.role("pm"), report.role("tpm")
        step = report.learning_plan[0] if report.learning_plan else None
        plan = f"{step.name} (+{step.projected_gain:g}, {step.hours:g} h)" if step else "-"
        print(f"| {key} | {pm.score:g} {pm.band} | {tpm.score:g} {tpm.band} | {report.best_fit} | "
              f"{report.positioning.axis:+.2f} | {len(report.skills)} | {plan} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
