"""Layout invariance of skill extraction: the same resume in 21 layouts, the same skills.

Run: ``python benchmarks/invariance_benchmark.py`` (needs ``../shared/data``; skips without
it). For each family (Reactive Resume, RenderCV) the reference is the single-column member
(``kakuna.pdf``; ``John_Doe_ClassicTheme_CV.pdf``). For every layout it prints the Jaccard
similarity of the skill-id sets (direct evidence only, and with inferred skills) against the
reference, and the skills that differ. Target: Jaccard >= 0.95 for every layout.
"""

from __future__ import annotations

import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
FAMILIES = {
    "resumes-reactive-resume": "kakuna.pdf",
    "resumes-rendercv": "John_Doe_ClassicTheme_CV.pdf",
}
TARGET = 0.95


def _skills(path: Path, *, direct: bool) -> set[str]:
    from analyzer import extract_skills, read_document

    hits = extract_skills(read_document(path))
    return {hit.id for hit in hits if not direct or hit.evidence != "inferred"}


def _jaccard(first: set[str], second: set[str]) -> float:
    union = first | second
    return 1.0 if not union else len(first & second) / len(union)


def main() -> int:
    if not SHARED.is_dir():
        print(f"skipped: development data not found at {SHARED}")
        return 0
    print("| family | layout | skills | Jaccard (direct) | Jaccard (with inferred) | differences |")
    print("|---|---|---|---|---|---|")
    worst = 1.0
    below = 0
    for family, reference_name in FAMILIES.items():
        folder = SHARED / family
        reference = _skills(folder / reference_name, direct=True)
        reference_all = _skills(folder / reference_name, direct=False)
        for path in sorted(folder.glob("*.pdf")):
            found = _skills(path, direct=True)
            found_all = _skills(path, direct=False)
            score = _jaccard(reference, found)
            worst = min(worst, score)
            below += score < TARGET
            missing = sorted(reference - found)
            extra = sorted(found - reference)
            diff = "; ".join(filter(None, [f"missing {', '.join(missing)}" if missing else "",
                                           f"extra {', '.join(extra)}" if extra else ""]))
            print(f"| {family.removeprefix('resumes-')} | {path.name} | {len(found)} | {score:.3f} | "
                  f"{_jaccard(reference_all, found_all):.3f} | {diff or '-'} |")
    print(f"\nworst Jaccard (direct): {worst:.3f}; layouts below {TARGET}: {below}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
