"""Robustness benchmark: hundreds of malformed PDFs through ``analyzer.read_document``.

The corpus is built from the project's fixtures (``tests/fixtures/pdf/*.pdf``) by seeded
mutations, so a run is reproducible: byte flips, truncations, stream corruption, a deleted or
broken cross-reference table, duplicated objects, shuffled objects and garbage inserted in the
middle. Each file goes through the public API (isolated worker, limits and all), two at a time
as in production. The report counts results per error code, the slowest run, the largest
worker (its own peak RSS, from ``analyzer.isolation.last_parse_stats``) and anything that
escaped other than ``AnalyzerError`` (the target: none, and no run over 15 s).

    python benchmarks/robustness_benchmark.py                 # ~400 files, 1-3 minutes
    python benchmarks/robustness_benchmark.py --per-mutation 2 --seed 7 --json out.json

Nothing is written to disk unless ``--json`` or ``--keep DIR`` is given.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analyzer import AnalyzerError, isolation, read_document  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
SEED = 20261126
HANG_LIMIT_SECONDS = 15.0
_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b.*?endobj", re.DOTALL)
_STREAM = re.compile(rb"stream\r?\n")


def byte_flips(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        position = rng.randrange(len(out))
        out[position] ^= 1 << rng.randrange(8)
    return bytes(out)


def truncation(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.randint(len(b"%PDF-1.4"), max(len(b"%PDF-1.4"), len(data) - 1))]


def stream_corruption(data: bytes, rng: random.Random) -> bytes:
    starts = [m.end() for m in _STREAM.finditer(data)]
    if not starts:
        return byte_flips(data, rng)
    out = bytearray(data)
    for start in rng.sample(starts, k=min(len(starts), rng.randint(1, 3))):
        length = rng.randint(1, 64)
        out[start:start + length] = bytes(rng.randrange(256) for _ in range(length))
    return bytes(out)


def deleted_xref(data: bytes, rng: random.Random) -> bytes:
    at = data.rfind(b"xref")
    if at == -1:
        return truncation(data, rng)
    choice = rng.randrange(3)
    if choice == 0:  # cut the table and trailer off entirely
        return data[:at]
    if choice == 1:  # keep the trailer, drop the table
        trailer = data.find(b"trailer", at)
        return data[:at] + (data[trailer:] if trailer != -1 else b"")
    # point startxref at a random offset
    return re.sub(rb"startxref\s+\d+", b"startxref\n%d" % rng.randrange(len(data)), data)


def duplicated_objects(data: bytes, rng: random.Random) -> bytes:
    objects = list(_OBJECT.finditer(data))
    if not objects:
        return byte_flips(data, rng)
    chosen = rng.choice(objects).group(0)
    at = rng.choice([m.start() for m in objects] + [len(data)])
    return data[:at] + chosen + b"\n" + data[at:]


def shuffled_objects(data: bytes, rng: random.Random) -> bytes:
    objects = list(_OBJECT.finditer(data))
    if len(objects) < 2:
        return byte_flips(data, rng)
    first, second = sorted(rng.sample(range(len(objects)), 2))
    a, b = objects[first], objects[second]
    return (data[:a.start()] + b.group(0) + data[a.end():b.start()] + a.group(0)
            + data[b.end():])


def inserted_garbage(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data))
    garbage = rng.choice([bytes(rng.randrange(256) for _ in range(rng.randint(1, 256))),
                          b"<<" * rng.randint(1, 5000), b"[" * rng.randint(1, 5000),
                          b"(" * rng.randint(1, 5000), b"9999999999 0 R " * rng.randint(1, 200)])
    return data[:at] + garbage + data[at:]


MUTATIONS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "byte_flips": byte_flips,
    "truncation": truncation,
    "stream_corruption": stream_corruption,
    "deleted_xref": deleted_xref,
    "duplicated_objects": duplicated_objects,
    "shuffled_objects": shuffled_objects,
    "inserted_garbage": inserted_garbage,
}


@dataclass(frozen=True)
class Result:
    name: str
    mutation: str
    size: int
    code: str
    seconds: float
    worker_peak_bytes: int | None
    uncaught: str


def build_corpus(seed: int, per_mutation: int) -> list[tuple[str, str, bytes]]:
    """(name, mutation, bytes) for every fixture x mutation x variant, deterministic."""
    rng = random.Random(seed)
    corpus = []
    for path in sorted(FIXTURES.glob("*.pdf")):
        data = path.read_bytes()
        if not data.startswith(b"%PDF-"):
            continue  # empty.pdf, not_a_pdf.pdf: nothing to mutate
        for mutation, mutate in MUTATIONS.items():
            for variant in range(per_mutation):
                corpus.append((f"{path.stem}.{mutation}.{variant}", mutation, mutate(data, rng)))
    return corpus


def run_one(name: str, mutation: str, data: bytes) -> Result:
    isolation.clear_parse_stats()
    started = time.perf_counter()
    uncaught = ""
    try:
        read_document(data, filename="upload.pdf")
        code = "ok"
    except AnalyzerError as exc:
        code = exc.code
    except Exception as exc:  # noqa: BLE001 - the benchmark counts exactly these
        code, uncaught = "uncaught", f"{type(exc).__name__}"
    seconds = time.perf_counter() - started
    stats = isolation.last_parse_stats()
    return Result(name, mutation, len(data), code, seconds,
                  stats.peak_rss_bytes if stats else None, uncaught)


def _mib(value: int | None) -> str:
    return "—" if value is None else f"{value / 2**20:.0f} MiB"


def report(results: list[Result], seed: int, wall: float) -> str:
    codes = Counter(r.code for r in results)
    times = sorted(r.seconds for r in results)
    slowest = max(results, key=lambda r: r.seconds)
    peaks = [r for r in results if r.worker_peak_bytes is not None]
    largest = max(peaks, key=lambda r: r.worker_peak_bytes or 0) if peaks else None
    over = sum(1 for r in results if r.seconds > HANG_LIMIT_SECONDS)
    lines = [
        f"## Robustness benchmark (seed {seed}, {len(results)} mutated PDFs, {wall:.0f} s wall)",
        "",
        "| Result | Files |",
        "|---|---:|",
        *(f"| `{code}` | {count} |" for code, count in sorted(codes.items(), key=lambda kv: -kv[1])),
        "",
        "| Measure | Value |",
        "|---|---:|",
        f"| Uncaught exceptions | {codes.get('uncaught', 0)} |",
        f"| Runs over {HANG_LIMIT_SECONDS:g} s | {over} |",
        f"| Median time | {statistics.median(times):.3f} s |",
        f"| p95 time | {times[int(0.95 * (len(times) - 1))]:.3f} s |",
        f"| Worst time | {slowest.seconds:.2f} s (`{slowest.name}`, {slowest.code}) |",
        f"| Worst worker peak RSS | {_mib(largest.worker_peak_bytes if largest else None)}"
        f"{f' (`{largest.name}`, {largest.code})' if largest else ''} |",
        "",
        "| Mutation | " + " | ".join(f"`{c}`" for c in sorted(codes)) + " |",
        "|---|" + "---:|" * len(codes),
    ]
    for mutation in MUTATIONS:
        row = Counter(r.code for r in results if r.mutation == mutation)
        lines.append(f"| {mutation} | " + " | ".join(str(row.get(c, 0)) for c in sorted(codes)) + " |")
    uncaught = [r for r in results if r.uncaught]
    if uncaught:
        lines += ["", "Uncaught:", *(f"- `{r.name}`: {r.uncaught}" for r in uncaught)]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--per-mutation", type=int, default=3,
                        help="variants per fixture and mutation (default 3: ~400 files)")
    parser.add_argument("--workers", type=int, default=isolation.MAX_CONCURRENT_PARSES)
    parser.add_argument("--json", type=Path, help="also write every result as JSON here")
    parser.add_argument("--keep", type=Path, help="write the mutated corpus to this folder")
    args = parser.parse_args()
    corpus = build_corpus(args.seed, args.per_mutation)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        for name, _, data in corpus:
            (args.keep / f"{name}.pdf").write_bytes(data)
    isolation.prewarm()
    started = time.perf_counter()
    try:
        with ThreadPoolExecutor(max_workers=args.workers) as pool:
            results = list(pool.map(lambda item: run_one(*item), corpus))
    finally:
        isolation.shutdown()
    wall = time.perf_counter() - started
    sys.stdout.write(report(results, args.seed, wall))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=1), encoding="utf-8")
    failed = any(r.uncaught or r.seconds > HANG_LIMIT_SECONDS for r in results)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
