"""The isolated PDF parsing process: ``python -m analyzer.pdf_worker``.

Protocol (binary, over the child's stdin/stdout, never a file): the parent writes an 8-byte
big-endian length and the PDF bytes; the child answers with one JSON object, either
``{"ok": <RawDocument as data>}`` or ``{"error": "<code>"}`` (plus ``"peak_rss"``, its peak
resident memory in bytes), then exits. The child imports
pdfplumber *before* it reads the request, so a pre-started ("warm") child answers without
import cost; it applies its resource limits right after those imports.

Both directions are bounded: :func:`encode` (child) cuts the reply to the limits below, and
:func:`decode` (parent) refuses any reply outside them, so even a compromised child cannot
make the parent hold more than a few megabytes or see a NaN coordinate.
"""

from __future__ import annotations

import json
import math
import os
import sys
from typing import Any

from analyzer import errors
from analyzer.pdf_reader import MAX_CHARS, MAX_PAGES, RawDocument, RawLink, RawPage, RawWord, read_pdf_words

LENGTH_PREFIX_BYTES = 8
MAX_LINKS_PER_PAGE = 100
"""Link annotations kept per page; a resume has a handful, a hostile file millions."""
MAX_URI_CHARS = 2048
"""Longest link kept (characters); longer ones are dropped."""
MAX_COORDINATE = 1_000_000.0
"""Coordinates and sizes are clamped to ±this (points); non-finite ones become 0."""
MAX_OPEN_FILES = 64
"""RLIMIT_NOFILE of the child: it needs stdin/stdout and a few font/CMap files."""


def _finite(value: float) -> float:
    if not math.isfinite(value):
        return 0.0
    return max(-MAX_COORDINATE, min(MAX_COORDINATE, value))


def encode(document: RawDocument) -> dict[str, Any]:
    """RawDocument as JSON-ready data (compact lists, not objects, to keep the pipe small).

    Enforces the reply limits: at most MAX_PAGES pages and MAX_CHARS characters of words (the
    word that crosses the budget is cut, and ``truncated`` is set), MAX_LINKS_PER_PAGE links
    of at most MAX_URI_CHARS each, finite clamped numbers.
    """
    budget = MAX_CHARS
    truncated = document.truncated
    pages = []
    for page in document.pages[:MAX_PAGES]:
        words = []
        for w in page.words:
            if budget <= 0:
                truncated = True
                break
            text = w.text[:budget]
            budget -= len(text)
            truncated = truncated or len(text) < len(w.text)
            words.append([text, _finite(w.x0), _finite(w.x1), _finite(w.top), _finite(w.bottom),
                          _finite(w.size), w.bold, w.icon_font])
        links = [[link.uri, _finite(link.top)] for link in page.links
                 if len(link.uri) <= MAX_URI_CHARS][:MAX_LINKS_PER_PAGE]
        pages.append({"n": page.number, "w": _finite(page.width), "h": _finite(page.height),
                      "img": page.images, "words": words, "links": links})
    return {"truncated": truncated or len(document.pages) > MAX_PAGES, "pages": pages}


def _number(value: Any) -> float:
    number = float(value)
    if not math.isfinite(number) or abs(number) > MAX_COORDINATE:
        raise ValueError("coordinate out of range")
    return number


def decode(data: dict[str, Any]) -> RawDocument:
    """Inverse of :func:`encode`, for the parent: trusts nothing in ``data``.

    Raises KeyError/TypeError/ValueError on malformed data or data beyond the reply limits.
    """
    if len(data["pages"]) > MAX_PAGES:
        raise ValueError("too many pages in reply")
    chars = 0
    pages = []
    for page in data["pages"]:
        words = tuple(
            RawWord(text=str(t), x0=_number(x0), x1=_number(x1), top=_number(top),
                    bottom=_number(bottom), size=_number(size), bold=bool(bold),
                    icon_font=bool(icon))
            for t, x0, x1, top, bottom, size, bold, icon in page["words"]
        )
        chars += sum(len(word.text) for word in words)
        if chars > MAX_CHARS or len(page["links"]) > MAX_LINKS_PER_PAGE:
            raise ValueError("reply over its limits")
        links = tuple(RawLink(uri=str(uri)[:MAX_URI_CHARS], top=_number(top))
                      for uri, top in page["links"])
        pages.append(RawPage(number=int(page["n"]), width=_number(page["w"]),
                             height=_number(page["h"]), words=words, links=links,
                             images=int(page["img"])))
    return RawDocument(pages=tuple(pages), truncated=bool(data["truncated"]))


def _apply_limits(address_space: int, cpu_seconds: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (address_space, address_space))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
    # A core dump of a resume parser would write resume content to disk; so would any file
    # the parser might create: the child may not write a single byte to a regular file
    # (Python ignores SIGXFSZ, so a write fails with EFBIG instead of killing the child).
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    limit = MAX_OPEN_FILES if hard == resource.RLIM_INFINITY else min(MAX_OPEN_FILES, hard)
    resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))


def peak_rss_bytes(pid: int | None = None) -> int | None:
    """Peak resident memory (``VmHWM``) of process ``pid`` (default: this one), or None.

    Unlike ``ru_maxrss``, VmHWM belongs to the process's current address space: a child
    started with vfork+exec otherwise inherits its parent's peak as its own.
    """
    path = f"/proc/{'self' if pid is None else pid}/status"
    try:
        with open(path, encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _read_exact(stream: Any, size: int) -> bytes:
    chunks = []
    while size > 0:
        chunk = stream.read(size)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _out_of_memory(exc: BaseException) -> bool:
    """True when running out of memory is behind ``exc``.

    pdfplumber wraps *every* exception of pdfminer's layout pass, MemoryError included, in a
    PdfminerException, which pdf_reader maps to MalformedPdfError ``from None`` (the chain is
    hidden, not gone): look through ``__context__``/``__cause__`` and wrapped ``args``.
    """
    seen: set[int] = set()
    stack: list[object] = [exc]
    while stack:
        item = stack.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        if isinstance(item, MemoryError):
            return True
        seen.add(id(item))
        stack += [item.__context__, item.__cause__, *item.args]
    return False


def handle(data: bytes) -> dict[str, Any]:
    """The reply to one request: ``{"ok": ...}`` or ``{"error": code}``; never raises
    (except for the interpreter being torn down)."""
    try:
        return {"ok": encode(read_pdf_words(data))}
    except errors.AnalyzerError as exc:
        if _out_of_memory(exc):
            return {"error": errors.ResourceLimitError.code}
        return {"error": exc.code}
    except MemoryError:
        return {"error": errors.ResourceLimitError.code}
    except BaseException as exc:  # never let a traceback (with content) escape
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        if _out_of_memory(exc):
            return {"error": errors.ResourceLimitError.code}
        return {"error": errors.MalformedPdfError.code}


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
    except (EOFError, OSError, MemoryError):
        return 0  # the parent went away or shut the pool down: nothing to do
    reply = handle(data)
    del data
    peak = peak_rss_bytes()
    if peak is not None:
        reply["peak_rss"] = peak
    try:
        out.write(json.dumps(reply, separators=(",", ":"), allow_nan=False).encode("utf-8"))
        out.flush()
    except (MemoryError, ValueError, OSError):
        os._exit(3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
