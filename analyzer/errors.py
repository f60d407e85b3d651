"""The one exception hierarchy of the project, with stable machine-readable codes.

Every error the library raises on purpose is an :class:`AnalyzerError`. Its ``code`` is part
of the public contract (CLI JSON, the dashboard, batch CSV rows): never rename one. Messages
are written for a job seeker and say what to do; they never contain resume content or file
names (privacy), so they are safe to log and show.
"""

from __future__ import annotations

from typing import ClassVar


class AnalyzerError(Exception):
    """Base class. ``code`` is stable; ``message`` is user-facing and content-free."""

    code: ClassVar[str] = "error"
    exit_code: ClassVar[int] = 1
    default_message: ClassVar[str] = "Something went wrong while analysing the file."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)

    def to_dict(self) -> dict[str, str]:
        """The error as JSON-ready data: ``{"code", "message"}``."""
        return {"code": self.code, "message": self.message}


class InputError(AnalyzerError):
    """The uploaded file cannot be analysed as it is (the user can fix it)."""

    code = "input_error"
    exit_code = 3


class EmptyFileError(InputError):
    code = "empty"
    default_message = "The file is empty. Choose the resume file again and re-upload it."


class TooLargeError(InputError):
    code = "too_large"
    default_message = (
        "The file is larger than 5 MB. Export the resume again as a PDF without embedded "
        "images, or compress it, and upload the smaller file."
    )


class NotPdfError(InputError):
    code = "not_pdf"
    default_message = (
        "This file is not a PDF or plain-text resume (its contents do not start like a PDF). "
        "Export your resume as PDF from your editor (File > Save as > PDF) and upload that."
    )


class UnsupportedFormatError(InputError):
    code = "unsupported_format"
    default_message = (
        "This file type is not supported. Upload the resume as a PDF or a .txt file."
    )


class EncryptedError(InputError):
    code = "encrypted"
    default_message = (
        "The PDF is protected with a password. Remove the password (print or export it again "
        "as an unprotected PDF) and upload it again."
    )


class TooManyPagesError(InputError):
    code = "too_many_pages"
    default_message = (
        "The PDF has more than 10 pages, which is longer than any resume we analyse. Upload "
        "only the resume pages."
    )


class NoTextError(InputError):
    code = "no_text"
    default_message = (
        "We found no text in this PDF: it looks scanned or made of images, so OCR is needed. "
        "Export the resume from the original document (Word, Google Docs, LaTeX) as a PDF, or "
        "run it through OCR first, and upload it again."
    )


class MalformedPdfError(InputError):
    code = "malformed"
    default_message = (
        "The PDF is damaged or incomplete and could not be read. Export it again from the "
        "original document and upload the new file."
    )


class TimeoutError_(InputError):
    """Named with a trailing underscore so it never shadows the builtin ``TimeoutError``."""

    code = "timeout"
    default_message = (
        "Reading this PDF took too long and was stopped. It may be unusually complex; export "
        "it again as a simple PDF and retry."
    )


class ResourceLimitError(InputError):
    code = "resource_limit"
    default_message = (
        "Reading this PDF needed more memory than allowed and was stopped. Export it again "
        "as a simple PDF (fewer images and fonts) and retry."
    )


class BusyError(AnalyzerError):
    code = "busy"
    exit_code = 4
    default_message = "The analyzer is busy with other files. Wait a few seconds and try again."


class TaxonomyError(AnalyzerError):
    """A taxonomy, role or weights file failed validation."""

    code = "invalid_taxonomy"
    exit_code = 2
    default_message = "The taxonomy file is invalid."


class ConfigError(AnalyzerError):
    """A scoring configuration or other option is invalid."""

    code = "invalid_config"
    exit_code = 2
    default_message = "The configuration is invalid."


ERROR_CODES: tuple[str, ...] = (
    EmptyFileError.code, TooLargeError.code, NotPdfError.code, UnsupportedFormatError.code,
    EncryptedError.code, TooManyPagesError.code, NoTextError.code, MalformedPdfError.code,
    TimeoutError_.code, ResourceLimitError.code, BusyError.code, TaxonomyError.code,
    ConfigError.code,
)
"""Every stable error code, for documentation and tests."""
