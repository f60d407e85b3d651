"""Coverage-guided fuzz target (atheris/libFuzzer) for PDF ingestion.

Runs the *in-process* parser, the code that the isolated worker runs, and the assembly of a
Document from its words::

    analyzer.pdf_reader.read_pdf_words(data)  ->  analyzer.documents.document_from_pdf_words(raw)

The contract under test: for any bytes, only :class:`analyzer.errors.AnalyzerError` escapes.
Anything else (TypeError, RecursionError, …) is a crash and libFuzzer saves the input.

Usage (see fuzz/README.md)::

    pip install atheris
    python fuzz/fuzz_ingest.py tests/fixtures/pdf -max_total_time=300

New corpus entries go to ``fuzz/corpus/`` (never into the seed folders given on the command
line) and crash reproducers to ``fuzz/artifacts/``. Resource exhaustion (bombs, glyph floods)
is out of scope here, because the isolation layer's limits handle it: the fuzzer runs with
``-rss_limit_mb=2048 -timeout=30`` unless told otherwise, and an input that only hits those is
reported by libFuzzer as ``oom``/``timeout``, not as a crash of the contract.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import atheris

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

with atheris.instrument_imports(include=["analyzer", "pdfminer", "pdfplumber"]):
    from analyzer.documents import document_from_pdf_words
    from analyzer.errors import AnalyzerError
    from analyzer.pdf_reader import read_pdf_words

DEFAULT_FLAGS = ("-rss_limit_mb=2048", "-timeout=30", "-max_len=1048576")


def test_one_input(data: bytes) -> None:
    """libFuzzer's entry point: parse ``data``; only AnalyzerError may escape."""
    with contextlib.suppress(AnalyzerError):
        document_from_pdf_words(read_pdf_words(data))


def _arguments(argv: list[str]) -> list[str]:
    """Put fuzz/corpus first (libFuzzer writes new inputs into the first corpus folder, and the
    seeds in tests/fixtures/pdf must stay untouched) and add the default flags not given."""
    corpus = HERE / "corpus"
    artifacts = HERE / "artifacts"
    corpus.mkdir(exist_ok=True)
    artifacts.mkdir(exist_ok=True)
    flags = [arg for arg in argv[1:] if arg.startswith("-")]
    folders = [arg for arg in argv[1:] if not arg.startswith("-")]
    given = {flag.split("=", 1)[0] for flag in flags}
    flags += [flag for flag in DEFAULT_FLAGS if flag.split("=", 1)[0] not in given]
    if "-artifact_prefix" not in given:
        flags.append(f"-artifact_prefix={artifacts}/")
    if folders and all(Path(folder).is_dir() for folder in folders):
        folders.insert(0, str(corpus))
    return [argv[0], *flags, *folders]


def main() -> None:
    atheris.Setup(_arguments(sys.argv), test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
