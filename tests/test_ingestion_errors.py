"""Every bad input gets its own stable error code, and never a traceback or its content."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from analyzer import (
    EmptyFileError,
    EncryptedError,
    InputError,
    MalformedPdfError,
    NoTextError,
    NotPdfError,
    TooLargeError,
    TooManyPagesError,
    UnsupportedFormatError,
    read_document,
)
from analyzer.documents import MAX_UPLOAD_BYTES

CASES = [
    ("empty.pdf", EmptyFileError, "empty"),
    ("not_a_pdf.pdf", NotPdfError, "not_pdf"),
    ("encrypted.pdf", EncryptedError, "encrypted"),
    ("truncated.pdf", MalformedPdfError, "malformed"),
    ("image_only.pdf", NoTextError, "no_text"),
    ("eleven_pages.pdf", TooManyPagesError, "too_many_pages"),
]


@pytest.mark.parametrize(("name", "error", "code"), CASES)
def test_bad_pdf_fixture_raises_its_code(pdf_dir: Path, name: str, error: type[InputError],
                                         code: str) -> None:
    with pytest.raises(error) as info:
        read_document(pdf_dir / name)
    assert info.value.code == code
    assert info.value.message
    assert name not in info.value.message


def test_too_large_is_refused_before_parsing() -> None:
    data = b"%PDF-1.7\n" + b"0" * MAX_UPLOAD_BYTES
    with pytest.raises(TooLargeError) as info:
        read_document(data)
    assert info.value.code == "too_large"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs a device file")
def test_a_device_that_reports_no_size_is_read_no_further_than_the_cap() -> None:
    # Hostile review, eighth session: '/dev/zero' reports size 0, and the CLI read it until
    # memory ran out ('error [internal]').
    with pytest.raises(TooLargeError):
        read_document(Path("/dev/zero"))


def test_magic_bytes_decide_not_the_extension(pdf_dir: Path) -> None:
    data = (pdf_dir / "single_column.pdf").read_bytes()
    document = read_document(data, filename="resume.txt")
    assert document.source_format == "pdf"


def test_docx_is_unsupported_with_advice() -> None:
    with pytest.raises(UnsupportedFormatError) as info:
        read_document(b"PK\x03\x04" + b"\x00" * 100, filename="cv.docx")
    assert "PDF" in info.value.message


def test_random_binary_is_not_a_pdf() -> None:
    with pytest.raises(NotPdfError):
        read_document(bytes(range(256)) * 4)


def test_owner_password_only_pdf_opens(pdf_dir: Path) -> None:
    document = read_document(pdf_dir / "owner_password_only.pdf")
    assert "Technical Product Manager" in document.text
    assert [s.kind for s in document.sections][:4] == ["header", "experience", "education", "skills"]


def test_in_process_and_isolated_parsing_agree(pdf_dir: Path) -> None:
    path = pdf_dir / "single_column.pdf"
    assert read_document(path).text == read_document(path, isolate=False).text


@pytest.mark.parametrize("payload", [b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
                                     b"%PDF-1.7\n" + b"\xff" * 500,
                                     b"%PDF-"])
def test_garbage_after_pdf_magic_is_malformed(payload: bytes) -> None:
    with pytest.raises(MalformedPdfError):
        read_document(payload)


@pytest.mark.parametrize(("status", "code"), [
    (-signal.SIGXCPU, "timeout"), (-signal.SIGSEGV, "malformed"), (-signal.SIGKILL, "resource_limit"),
    (None, "resource_limit")])
def test_a_dead_workers_exit_status_decides_the_error(
        monkeypatch: pytest.MonkeyPatch, status: int | None, code: str) -> None:
    # Red-team finding: a worker stopped by its CPU limit or crashing in the parser was told
    # 'needed more memory'. The worker here sends nothing back and 'dies' with ``status``.
    from analyzer import isolation

    class _Channel:
        def shutdown(self, how: int) -> None:
            pass

        def close(self) -> None:
            pass

    monkeypatch.setattr(isolation, "_start_worker", lambda: (0, 0, _Channel()))
    monkeypatch.setattr(isolation, "_communicate", lambda channel, data, timeout: b"")
    monkeypatch.setattr(isolation._fork_server, "kill_and_reap", lambda pid, generation: status)
    with pytest.raises(InputError) as raised:
        isolation.parse_pdf_isolated(b"%PDF-1.4\n% made up\n")
    assert raised.value.code == code
