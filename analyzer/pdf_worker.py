"""The isolated PDF parsing process: ``python -m analyzer.pdf_worker``.

Protocol (binary, over the child's stdin/stdout, never a file): the parent writes an 8-byte
big-endian length and the PDF bytes; the child answers with one JSON object, either
``{"ok": <RawDocument as data>}`` or ``{"error": "<code>"}``, then exits. The child imports
pdfplumber *before* it reads the request, so a pre-started ("warm") child answers without
import cost; it applies its resource limits right after those imports.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from analyzer import errors
from analyzer.pdf_reader import RawDocument, RawLink, RawPage, RawWord, read_pdf_words

LENGTH_PREFIX_BYTES = 8


def encode(document: RawDocument) -> dict[str, Any]:
    """RawDocument as JSON-ready data (compact lists, not objects, to keep the pipe small)."""
    return {
        "truncated": document.truncated,
        "pages": [
            {
                "n": page.number, "w": page.width, "h": page.height, "img": page.images,
                "words": [[w.text, w.x0, w.x1, w.top, w.bottom, w.size, w.bold, w.icon_font]
                          for w in page.words],
                "links": [[link.uri, link.top] for link in page.links],
            }
            for page in document.pages
        ],
    }


def decode(data: dict[str, Any]) -> RawDocument:
    """Inverse of :func:`encode`. Raises KeyError/TypeError/ValueError on malformed data."""
    pages = []
    for page in data["pages"]:
        words = tuple(
            RawWord(text=str(t), x0=float(x0), x1=float(x1), top=float(top), bottom=float(bottom),
                    size=float(size), bold=bool(bold), icon_font=bool(icon))
            for t, x0, x1, top, bottom, size, bold, icon in page["words"]
        )
        links = tuple(RawLink(uri=str(uri), top=float(top)) for uri, top in page["links"])
        pages.append(RawPage(number=int(page["n"]), width=float(page["w"]),
                             height=float(page["h"]), words=words, links=links,
                             images=int(page["img"])))
    return RawDocument(pages=tuple(pages), truncated=bool(data["truncated"]))


def _apply_limits(address_space: int, cpu_seconds: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    # A core dump of a resume parser would write resume content to disk.
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _read_exact(stream: Any, size: int) -> bytes:
    chunks = []
    while size > 0:
        chunk = stream.read(size)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def main() -> int:
    """Serve one request on stdin/stdout; limits come from argv (address bytes, CPU s)."""
    import warnings

    warnings.simplefilter("ignore")
    address_space, cpu_seconds = int(sys.argv[1]), int(sys.argv[2])
    _apply_limits(address_space, cpu_seconds)
    out = sys.stdout.buffer
    try:
        length = int.from_bytes(_read_exact(sys.stdin.buffer, LENGTH_PREFIX_BYTES), "big")
        data = _read_exact(sys.stdin.buffer, length)
    except (EOFError, OSError):
        return 0  # the parent went away or shut the pool down: nothing to do
    try:
        reply: dict[str, Any] = {"ok": encode(read_pdf_words(data))}
    except errors.AnalyzerError as exc:
        reply = {"error": exc.code}
    except MemoryError:
        reply = {"error": errors.ResourceLimitError.code}
    except BaseException:  # noqa: BLE001 - never let a traceback (with content) escape
        reply = {"error": errors.MalformedPdfError.code}
    try:
        out.write(json.dumps(reply, separators=(",", ":")).encode("utf-8"))
        out.flush()
    except MemoryError:
        os._exit(3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
