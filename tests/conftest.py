"""Shared fixtures: paths to the generated PDFs and the synthetic personas."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
PDF_DIR = FIXTURES / "pdf"
GOLDEN_DIR = Path(__file__).parent / "golden"
TODAY = date(2026, 11, 26)
"""Fixed 'today' so date-dependent results are reproducible."""

sys.path.insert(0, str(FIXTURES))


@pytest.fixture(scope="session")
def pdf_dir() -> Path:
    return PDF_DIR


@pytest.fixture(scope="session")
def personas() -> dict[str, str]:
    from personas import PERSONAS

    return dict(PERSONAS)


@pytest.fixture(scope="session", autouse=True)
def _stop_workers() -> Iterator[None]:
    yield
    from analyzer import isolation

    isolation.shutdown()
