"""Skill-extraction precision and recall against the 310 human-annotated dotin CVs.

Run: ``python benchmarks/extraction_benchmark.py [--top N] [--audit N --seed S]``. Needs
``../shared/data/dotin-train/`` beside the checkout; exits 0 with a message when it is absent
(a fresh clone has no ``../shared``).

Each CV is inline XML: ``<label type="...">...</label>`` around annotated spans. The tags are
stripped with an XML parser (so ``&amp;`` becomes ``&`` in the plain text and every gold offset
is an offset into that same unescaped text) and the plain text goes to
``analyzer.extract_skills(text)`` as a ``.txt`` resume. Gold skill spans are the labels
``Tech Tools``, ``Job Specific Skills`` and ``Soft Skills``; the other labels (Designation,
Companies worked at, Degree …) are not skills.

Measures (micro-averaged over all CVs):

* **mention level** - predictions are the non-inferred mentions (distinct character spans) of
  every hit. Precision: share of predicted mentions overlapping a gold skill span of any of the
  three labels, over the CVs that have at least one skill label (27 of the 310 have none at
  all - some are 20-60 kB of IT or academic text whose skills were simply not annotated - so
  every prediction there would count as wrong; the all-CV figure is printed too). Recall:
  share of gold spans overlapped by at least one prediction, overall and per label.
  "Precision (lenient)" also accepts a prediction whose lower-cased text equals a gold skill
  string annotated elsewhere in the same CV: about a fifth of occurrences of annotated
  strings were left unannotated, so plain precision against gold is a floor.
* **skill-type level** - per CV, gold types are the unique lower-cased, whitespace-collapsed
  gold strings and predicted types are the unique lower-cased predicted surface strings. A
  predicted type is correct when one of its mentions overlaps a gold span or it equals a gold
  type; a gold type is recalled when one of its occurrences is overlapped by a prediction.

``--audit N`` prints N predicted mentions sampled with a fixed seed (the manual audit in
docs/extraction_audit.md was drawn this way) instead of the scores.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATA = SHARED / "data" / "dotin-train"
SKILL_LABELS = ("Tech Tools", "Job Specific Skills", "Soft Skills")
TARGETS = {"mention recall": 0.55, "Soft Skills recall": 0.45, "mention precision": 0.55}
"""Issue targets (0..1)."""
AUDIT_SEED = 20240611
AUDIT_SNIPPET_CHARS = 120
"""Maximum length of a context snippet in the audit table (characters)."""


@dataclass
class Cv:
    cv_id: str
    text: str
    gold: list[tuple[int, int, str]] = field(default_factory=list)
    """(start, end, label) of every skill span, offsets into ``text``."""


def load_cv(path: Path) -> Cv:
    """Plain text and gold skill spans of one inline-XML CV."""
    root = ET.parse(path).getroot()
    parts: list[str] = [root.text or ""]
    cv = Cv(cv_id=path.stem, text="")
    offset = len(parts[0])
    for element in root:
        inner = "".join(element.itertext())
        label = element.get("type", "")
        if element.tag == "label" and label in SKILL_LABELS and inner.strip():
            lead = len(inner) - len(inner.lstrip())
            cv.gold.append((offset + lead, offset + len(inner.rstrip()), label))
        parts.append(inner)
        offset += len(inner)
        tail = element.tail or ""
        parts.append(tail)
        offset += len(tail)
    cv.text = "".join(parts)
    return cv


def load_all() -> list[Cv]:
    return [load_cv(path) for path in sorted(DATA.glob("*.xml"), key=lambda p: int(p.stem))]


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class Prediction:
    start: int
    end: int
    text: str
    skill_id: str


def predict(text: str) -> list[Prediction]:
    from analyzer import extract_skills

    seen: dict[tuple[int, int], Prediction] = {}
    for hit in extract_skills(text):
        for mention in hit.mentions:
            if mention.match != "inferred":
                seen.setdefault((mention.start, mention.end),
                                Prediction(mention.start, mention.end, mention.text, hit.id))
    return sorted(seen.values(), key=lambda p: p.start)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Scores:
    predicted: int = 0
    predicted_correct: int = 0
    predicted_lenient: int = 0
    predicted_all: int = 0
    """Predictions in every CV, including those without any skill label."""
    gold: Counter[str] = field(default_factory=Counter)
    gold_found: Counter[str] = field(default_factory=Counter)
    type_predicted: int = 0
    type_predicted_correct: int = 0
    type_gold: int = 0
    type_gold_found: int = 0
    false_negatives: Counter[str] = field(default_factory=Counter)
    false_positives: Counter[str] = field(default_factory=Counter)
    seconds: list[float] = field(default_factory=list)


def score(cvs: list[Cv]) -> Scores:
    scores = Scores()
    for cv in cvs:
        started = time.perf_counter()
        predictions = predict(cv.text)
        scores.seconds.append(time.perf_counter() - started)
        scores.predicted_all += len(predictions)
        if not cv.gold:
            continue
        gold_strings = {_norm(cv.text[s:e]) for s, e, _ in cv.gold}
        pred_types: dict[str, bool] = {}
        for p in predictions:
            hit = any(_overlaps((p.start, p.end), (s, e)) for s, e, _ in cv.gold)
            scores.predicted += 1
            scores.predicted_correct += hit
            lenient = hit or _norm(p.text) in gold_strings
            scores.predicted_lenient += lenient
            if not hit:
                scores.false_positives[_norm(p.text)] += 1
            key = _norm(p.text)
            pred_types[key] = pred_types.get(key, False) or lenient
        gold_types: dict[str, bool] = {}
        for s, e, label in cv.gold:
            found = any(_overlaps((p.start, p.end), (s, e)) for p in predictions)
            scores.gold[label] += 1
            scores.gold_found[label] += found
            if not found:
                scores.false_negatives[_norm(cv.text[s:e])] += 1
            key = _norm(cv.text[s:e])
            gold_types[key] = gold_types.get(key, False) or found
        scores.type_predicted += len(pred_types)
        scores.type_predicted_correct += sum(pred_types.values())
        scores.type_gold += len(gold_types)
        scores.type_gold_found += sum(gold_types.values())
    return scores


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def report(scores: Scores, cvs: list[Cv], top: int) -> None:
    precision = _ratio(scores.predicted_correct, scores.predicted)
    lenient = _ratio(scores.predicted_lenient, scores.predicted)
    recall = _ratio(sum(scores.gold_found.values()), sum(scores.gold.values()))
    t_precision = _ratio(scores.type_predicted_correct, scores.type_predicted)
    t_recall = _ratio(scores.type_gold_found, scores.type_gold)
    annotated = sum(1 for cv in cvs if cv.gold)
    print(f"{len(cvs)} CVs ({annotated} with skill labels), {sum(scores.gold.values())} gold "
          f"skill spans, {scores.predicted_all} predicted mentions "
          f"({scores.predicted} in CVs with skill labels)\n")
    print("| measure | value | target |\n|---|---|---|")
    rows: list[tuple[str, float, str]] = [
        ("mention precision (vs gold, a floor)", precision, f">= {TARGETS['mention precision']}"),
        ("mention precision (lenient)", lenient, "-"),
        ("mention precision, all 310 CVs (vs gold)",
         _ratio(scores.predicted_correct, scores.predicted_all), "-"),
        ("mention recall", recall, f">= {TARGETS['mention recall']}"),
        ("mention F1", _f1(precision, recall), "-"),
    ]
    for label in SKILL_LABELS:
        target = f">= {TARGETS['Soft Skills recall']}" if label == "Soft Skills" else "-"
        rows.append((f"recall: {label} (n={scores.gold[label]})",
                     _ratio(scores.gold_found[label], scores.gold[label]), target))
    rows += [
        (f"skill-type precision (n={scores.type_predicted})", t_precision, "-"),
        (f"skill-type recall (n={scores.type_gold})", t_recall, "-"),
        ("skill-type F1", _f1(t_precision, t_recall), "-"),
    ]
    for name, value, target in rows:
        print(f"| {name} | {value:.3f} | {target} |")
    seconds = scores.seconds
    print(f"| extract_skills per CV, median (ms) | {statistics.median(seconds) * 1000:.1f} | - |")
    print(f"| extract_skills, all CVs (s) | {sum(seconds):.2f} | - |")
    print(f"\nMost frequent false negatives (gold spans missed, top {top}):")
    print(", ".join(f"{text!r} {n}" for text, n in scores.false_negatives.most_common(top)))
    print(f"\nMost frequent false positives (vs gold, top {top}):")
    print(", ".join(f"{text!r} {n}" for text, n in scores.false_positives.most_common(top)))


def audit_sample(cvs: list[Cv], n: int, seed: int) -> None:
    """Print ``n`` predicted mentions sampled with ``seed``, each with a context snippet."""
    pool: list[tuple[str, Prediction, str]] = []
    for cv in cvs:
        for p in predict(cv.text):
            pool.append((cv.cv_id, p, cv.text))
    rng = random.Random(seed)
    for number, (cv_id, p, text) in enumerate(rng.sample(pool, n), start=1):
        half = (AUDIT_SNIPPET_CHARS - len(p.text)) // 2
        snippet = " ".join(text[max(0, p.start - half):p.end + half].split())
        mention = " ".join(p.text.split())  # one row per mention: a wrapped match has a line break
        print(f"{number}\t{cv_id}\t{mention}\t{p.skill_id}\t{snippet[:AUDIT_SNIPPET_CHARS]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=25, help="false negatives/positives to list")
    parser.add_argument("--audit", type=int, default=0, help="print a sample of N mentions")
    parser.add_argument("--seed", type=int, default=AUDIT_SEED)
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (the dotin CVs live in ../shared beside the checkout)")
        return 0
    cvs = load_all()
    from analyzer import extract_skills

    extract_skills("warm-up: Python, SQL")
    if args.audit:
        audit_sample(cvs, args.audit, args.seed)
        return 0
    report(score(cvs), cvs, args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
