"""Resume gap analyzer: read a resume, find its skills, score PM and TPM fit, plan what to learn.

Public API (everything else is internal and may change)::

    from analyzer import read_document, extract_skills, analyze

Core never imports a UI toolkit; the Streamlit app and the CLI are thin clients of this API.
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("resume-gap-analyzer")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+unknown"

if TYPE_CHECKING:  # static imports for type checkers; at run time names load lazily
    from analyzer.analysis import analyze
    from analyzer.config import DEFAULT_CONFIG, ScoringConfig, config_from_mapping, load_config
    from analyzer.documents import document_from_text, read_document
    from analyzer.errors import (
        ERROR_CODES,
        AnalyzerError,
        BusyError,
        ConfigError,
        EmptyFileError,
        EncryptedError,
        InputError,
        MalformedPdfError,
        NoTextError,
        NotPdfError,
        ResourceLimitError,
        TaxonomyError,
        TimeoutError_,
        TooLargeError,
        TooManyPagesError,
        UnsupportedFormatError,
    )
    from analyzer.extraction import extract_skills
    from analyzer.job import JobDescriptionError, role_from_job
    from analyzer.models import (
        Dimension,
        Document,
        Gap,
        Line,
        Link,
        Mention,
        Notice,
        PlanStep,
        Positioning,
        Report,
        RoleFit,
        Section,
        SkillCredit,
        SkillHit,
    )

# Lazy attributes (PEP 562): 'import analyzer' stays light, so the isolated PDF worker
# (python -m analyzer.pdf_worker) does not import spaCy, and the CLI starts fast.
_LAZY: dict[str, str] = {
    "AnalyzerError": "analyzer.errors",
    "BusyError": "analyzer.errors",
    "ConfigError": "analyzer.errors",
    "DEFAULT_CONFIG": "analyzer.config",
    "Dimension": "analyzer.models",
    "Document": "analyzer.models",
    "Gap": "analyzer.models",
    "Line": "analyzer.models",
    "Link": "analyzer.models",
    "Mention": "analyzer.models",
    "Notice": "analyzer.models",
    "PlanStep": "analyzer.models",
    "Positioning": "analyzer.models",
    "Report": "analyzer.models",
    "RoleFit": "analyzer.models",
    "Section": "analyzer.models",
    "SkillCredit": "analyzer.models",
    "SkillHit": "analyzer.models",
    "ERROR_CODES": "analyzer.errors",
    "EmptyFileError": "analyzer.errors",
    "EncryptedError": "analyzer.errors",
    "InputError": "analyzer.errors",
    "JobDescriptionError": "analyzer.job",
    "MalformedPdfError": "analyzer.errors",
    "NoTextError": "analyzer.errors",
    "NotPdfError": "analyzer.errors",
    "ResourceLimitError": "analyzer.errors",
    "ScoringConfig": "analyzer.config",
    "TaxonomyError": "analyzer.errors",
    "TimeoutError_": "analyzer.errors",
    "TooLargeError": "analyzer.errors",
    "TooManyPagesError": "analyzer.errors",
    "UnsupportedFormatError": "analyzer.errors",
    "analyze": "analyzer.analysis",
    "config_from_mapping": "analyzer.config",
    "document_from_text": "analyzer.documents",
    "extract_skills": "analyzer.extraction",
    "load_config": "analyzer.config",
    "read_document": "analyzer.documents",
    "role_from_job": "analyzer.job",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'analyzer' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "DEFAULT_CONFIG",
    "ERROR_CODES",
    "AnalyzerError",
    "BusyError",
    "ConfigError",
    "Dimension",
    "Document",
    "EmptyFileError",
    "EncryptedError",
    "Gap",
    "InputError",
    "JobDescriptionError",
    "Line",
    "Link",
    "MalformedPdfError",
    "Mention",
    "NoTextError",
    "NotPdfError",
    "Notice",
    "PlanStep",
    "Positioning",
    "Report",
    "ResourceLimitError",
    "RoleFit",
    "ScoringConfig",
    "Section",
    "SkillCredit",
    "SkillHit",
    "TaxonomyError",
    "TimeoutError_",
    "TooLargeError",
    "TooManyPagesError",
    "UnsupportedFormatError",
    "__version__",
    "analyze",
    "config_from_mapping",
    "document_from_text",
    "extract_skills",
    "load_config",
    "read_document",
    "role_from_job",
]
