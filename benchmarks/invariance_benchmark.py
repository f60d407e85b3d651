"""Layout invariance of skill extraction: the same resume in 21 layouts, the same skills.

Run: ``python benchmarks/invariance_benchmark.py`` (needs ``../shared/data``; skips without
it). For each family (Reactive Resume, RenderCV) the reference is the single-column member
(``kakuna.pdf``; ``John_Doe_ClassicTheme_CV.pdf``). For every layout it prints the Jaccard
similarity of the skill-id sets (direct evidence only, and with inferred skills) against the
reference, and the skills that differ. Target: Jaccard >= 0.95 for every layout.

Some templates print content others leave out (one Reactive Resume template prints a Languages
section the reference does not). A differing skill none of whose mention texts occurs in the
other document's text is marked "(not printed in both)", and the last column gives the
Jaccard over the skills whose words both documents print: the invariance of the reading, the
raw figure staying the headline.
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


def _read(path: Path) -> tuple[str, dict[str, set[str]], set[str]]:
    """(lower-cased text, direct skill id -> its mention texts, every skill id)."""
    from analyzer import extract_skills, read_document

    document = read_document(path)
    hits = extract_skills(document)
    direct = {hit.id: {m.text.lower() for m in hit.mentions}
              for hit in hits if hit.evidence != "inferred"}
    return document.text.lower(), direct, {hit.id for hit in hits}


def _printed_in(skill_mentions: set[str], text: str) -> bool:
    return any(mention in text for mention in skill_mentions)


def _jaccard(first: set[str], second: set[str]) -> float:
    union = first | second
    return 1.0 if not union else len(first & second) / len(union)


def main() -> int:
    if not SHARED.is_dir():
        print(f"skipped: development data not found at {SHARED}")
        return 0
    print("| family | layout | skills | Jaccard (direct) | Jaccard (with inferred) | differences "
          "| Jaccard, content printed in both |")
    print("|---|---|---|---|---|---|---|")
    worst = worst_shared = 1.0
    below = 0
    for family, reference_name in FAMILIES.items():
        folder = SHARED / family
        ref_text, ref_direct, ref_all = _read(folder / reference_name)
        reference = set(ref_direct)
        for path in sorted(folder.glob("*.pdf")):
            text, direct, found_all = _read(path)
            found = set(direct)
            score = _jaccard(reference, found)
            worst = min(worst, score)
            below += score < TARGET
            missing = sorted(reference - found)
            extra = sorted(found - reference)
            only_ref = {s for s in missing if not _printed_in(ref_direct[s], text)}
            only_here = {s for s in extra if not _printed_in(direct[s], ref_text)}
            shared = _jaccard(reference - only_ref, found - only_here)
            worst_shared = min(worst_shared, shared)

            def named(ids: list[str], unprinted: set[str]) -> str:
                return ", ".join(f"{i} (not printed in both)" if i in unprinted else i for i in ids)

            diff = "; ".join(filter(None, [f"missing {named(missing, only_ref)}" if missing else "",
                                           f"extra {named(extra, only_here)}" if extra else ""]))
            print(f"| {family.removeprefix('resumes-')} | {path.name} | {len(found)} | {score:.3f} | "
                  f"{_jaccard(ref_all, found_all):.3f} | {diff or '-'} | {shared:.3f} |")
    print(f"\nworst Jaccard (direct): {worst:.3f}; layouts below {TARGET}: {below}; worst over "
          f"content printed in both: {worst_shared:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
