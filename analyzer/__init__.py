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
from analyzer.models import Document, Line, Link, Notice, Section

__all__ = [
    "ERROR_CODES",
    "AnalyzerError",
    "BusyError",
    "ConfigError",
    "Document",
    "EmptyFileError",
    "EncryptedError",
    "InputError",
    "Line",
    "Link",
    "MalformedPdfError",
    "NoTextError",
    "NotPdfError",
    "Notice",
    "ResourceLimitError",
    "Section",
    "TaxonomyError",
    "TimeoutError_",
    "TooLargeError",
    "TooManyPagesError",
    "UnsupportedFormatError",
    "__version__",
    "document_from_text",
    "read_document",
]
