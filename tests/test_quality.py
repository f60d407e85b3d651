"""House rules, checked mechanically: lint, strict typing, module boundaries."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = [ROOT / "analyzer", ROOT / "skills_taxonomy"]


def _imports(module: str) -> list[str]:
    pattern = re.compile(rf"^\s*(?:import|from)\s+{re.escape(module)}\b", re.MULTILINE)
    return sorted(str(path.relative_to(ROOT)) for folder in CORE for path in folder.rglob("*.py")
                  if pattern.search(path.read_text(encoding="utf-8")))


def test_core_never_imports_streamlit() -> None:
    assert _imports("streamlit") == []


@pytest.mark.parametrize(("library", "adapter"), [
    ("pdfplumber", ["analyzer/pdf_reader.py"]),
    ("pdfminer", ["analyzer/pdf_reader.py"]),
    ("spacy", ["analyzer/nlp.py"]),
    ("rapidfuzz", ["analyzer/fuzzy.py"]),
])
def test_one_adapter_per_heavy_library(library: str, adapter: list[str]) -> None:
    assert _imports(library) == adapter


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    result = subprocess.run([ruff, "check", "--no-cache", str(ROOT)], capture_output=True, text=True,
                            check=False, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-4000:]


def test_mypy_strict_is_clean() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-incremental"], capture_output=True,
                            text=True, check=False, cwd=ROOT)
    if "No module named mypy" in result.stderr:
        pytest.skip("mypy is not installed (pip install -e '.[test]')")
    assert result.returncode == 0, result.stdout[-4000:]


def _rebound_module_names(source: str) -> list[str]:
    """Module-level names assigned more than once (a constant silently redefined)."""
    seen: dict[str, int] = {}
    for node in ast.parse(source).body:
        targets = (node.targets if isinstance(node, ast.Assign)
                   else [node.target] if isinstance(node, ast.AnnAssign) else [])
        for target in targets:
            if isinstance(target, ast.Name):
                seen[target.id] = seen.get(target.id, 0) + 1
    return sorted(name for name, count in seen.items() if count > 1)


def test_rebinding_is_found() -> None:
    assert _rebound_module_names("A = 1\nB: int = 2\nA = 3\n") == ["A"]


def test_no_module_constant_is_defined_twice() -> None:
    # A second '_PEOPLE_NOUNS = …' further down a module once replaced the first for every
    # rule above it, and dropped hundreds of correct mentions without a failing test.
    rebound = {str(path.relative_to(ROOT)): names for folder in CORE
               for path in sorted(folder.rglob("*.py"))
               if (names := _rebound_module_names(path.read_text(encoding="utf-8")))}
    assert rebound == {}
