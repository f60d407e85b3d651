"""Resume gap analyzer: read a resume, find its skills, score PM and TPM fit, plan what to learn.

Public API (everything else is internal and may change)::

    from analyzer import read_document, extract_skills, analyze

Core never imports a UI toolkit; the Streamlit app and the CLI are thin clients of this API.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("resume-gap-analyzer")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+unknown"

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
