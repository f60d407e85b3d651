"""The isolated PDF parsing processes: ``python -m analyzer.pdf_worker`` and its children.

That command is a fork server (a "zygote"): it imports pdfplumber once, then, on each request
from :mod:`analyzer.isolation`, forks a fresh single-use child for one PDF, which costs a few
milliseconds instead of an interpreter start. The server never reads a PDF itself.

Child protocol, over a socket pair the parent passes along with the request (never a file,
never pickle): the parent writes an 8-byte big-endian length and the PDF bytes; the child
applies its resource limits, reads them and answers with one JSON object, either
``{"ok": <RawDocument as data>}`` or ``{"error": "<code>"}`` (plus ``"peak_rss"``, its peak
resident memory in bytes), then exits.

Both directions are bounded: :func:`encode` (child) cuts the reply to the limits below, and
:func:`decode` (parent) refuses any reply outside them, so even a compromised child cannot
make the parent hold more than a few megabytes or see a NaN coordinate.
"""

from __future__ import annotations

import json
import math
import os
import socket
import sys
from typing import Any

from analyzer import errors
from analyzer.pdf_reader import MAX_CHARS, MAX_PAGES, RawDocument, RawLink, RawPage, RawWord, read_pdf_words

LENGTH_PREFIX_BYTES = 8
"""A request is the PDF's length in this many big-endian bytes, then the PDF."""
MAX_REQUEST_BYTES = 16 * 1024 * 1024
"""Largest request a child reads (bytes); uploads over 5 MiB are refused before this."""
FORK, REAP = b"F", b"R"
"""Control messages to the fork server: one command byte and an 8-byte signed argument."""
CONTROL_ARGUMENT_BYTES = 8
"""Size of a control message's signed big-endian argument (a pid, or 0)."""
CONTROL_MESSAGE_BYTES = 1 + CONTROL_ARGUMENT_BYTES
"""A control message: the command byte and its argument."""
CONTROL_REPLY_BYTES = 8
"""A reply: a signed big-endian pid (FORK) or exit status (REAP)."""
NO_STATUS = -(2**62)
"""The fork server's answer to a REAP of a pid that is not its child, or a bad message."""
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
            if budget <= 1:
                truncated = True
                break
            text = w.text[:budget - 1]
            budget -= len(text) + 1  # with its space, as MAX_CHARS counts
            truncated = truncated or len(text) < len(w.text)
            words.append([text, _finite(w.x0), _finite(w.x1), _finite(w.top), _finite(w.bottom),
                          _finite(w.size), w.bold, w.icon_font])
        links = [[link.uri, _finite(link.top)] for link in page.links
                 if len(link.uri) <= MAX_URI_CHARS][:MAX_LINKS_PER_PAGE]
        pages.append({"n": page.number, "w": _finite(page.width), "h": _finite(page.height),
                      "img": page.images, "hid": page.hidden_chars, "words": words,
                      "links": links})
    return {"truncated": truncated or len(document.pages) > MAX_PAGES, "pages": pages,
            "shadowed": document.shadowed}


MAX_HIDDEN_CHARS = 10_000_000
"""Largest hidden-character count a reply may report (a count, never content)."""


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
        chars += sum(len(word.text) + 1 for word in words)
        if chars > MAX_CHARS or len(page["links"]) > MAX_LINKS_PER_PAGE:
            raise ValueError("reply over its limits")
        links = tuple(RawLink(uri=str(uri)[:MAX_URI_CHARS], top=_number(top))
                      for uri, top in page["links"])
        pages.append(RawPage(number=int(page["n"]), width=_number(page["w"]),
                             height=_number(page["h"]), words=words, links=links,
                             images=int(page["img"]),
                             hidden_chars=max(0, min(int(page.get("hid", 0)), MAX_HIDDEN_CHARS))))
    return RawDocument(pages=tuple(pages), truncated=bool(data["truncated"]),
                       shadowed=data.get("shadowed") is True)


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


def _serve(channel: socket.socket, address_space: int, cpu_seconds: int) -> None:
    """Answer one request on ``channel`` (in a freshly forked child, never in the server)."""
    _apply_limits(address_space, cpu_seconds)
    stream = channel.makefile("rwb")
    try:
        length = int.from_bytes(_read_exact(stream, LENGTH_PREFIX_BYTES), "big")
        if length > MAX_REQUEST_BYTES:
            return
        data = _read_exact(stream, length)
    except (EOFError, OSError, MemoryError):
        return  # the parent went away: nothing to do
    reply = handle(data)
    del data
    peak = peak_rss_bytes()
    if peak is not None:
        reply["peak_rss"] = peak
    try:
        stream.write(json.dumps(reply, separators=(",", ":"), allow_nan=False).encode("utf-8"))
        stream.flush()
    except (MemoryError, ValueError, OSError):
        os._exit(3)


def _fork_child(fd: int, control: socket.socket, address_space: int, cpu_seconds: int) -> int:
    """Fork a single-use child serving the socket ``fd``; returns its pid (in the server)."""
    pid = os.fork()
    if pid:
        os.close(fd)
        return pid
    code = 0
    try:  # the child: its own session (so its group can be killed), then the one request
        control.close()
        os.setsid()
        _serve(socket.socket(fileno=fd), address_space, cpu_seconds)
    except BaseException:  # noqa: BLE001 - never let a traceback (with content) escape
        code = 3
    finally:
        os._exit(code)


def serve_forks(control: socket.socket, address_space: int, cpu_seconds: int) -> int:
    """The fork server's loop: fork a child per ``FORK`` message (with a socket passed along),
    reap one per ``REAP`` message; returns when the parent closes ``control``.

    Replies are 8-byte signed big-endian integers: the child's pid for FORK, its exit status
    for REAP (negative: killed by that signal; :data:`NO_STATUS` for an unknown pid). A child
    stays a zombie until reaped, so the parent may always signal its pid: it cannot have been
    reused by another process.
    """
    children: set[int] = set()
    while True:
        try:
            message, fds, _flags, _address = socket.recv_fds(control, CONTROL_MESSAGE_BYTES, 1)
        except OSError:
            return 0
        if not message:
            return 0  # the parent closed its end
        while len(message) < CONTROL_MESSAGE_BYTES:  # a stream socket may split a message
            more = control.recv(CONTROL_MESSAGE_BYTES - len(message))
            if not more:
                return 0
            message += more
        command, argument = message[:1], int.from_bytes(message[1:], "big", signed=True)
        if command == FORK and len(fds) == 1:
            pid = _fork_child(fds[0], control, address_space, cpu_seconds)
            children.add(pid)
            answer = pid
        elif command == REAP and argument in children:
            children.discard(argument)
            _pid, status = os.waitpid(argument, 0)
            answer = os.waitstatus_to_exitcode(status)
        else:
            for fd in fds:
                os.close(fd)
            answer = NO_STATUS
        control.sendall(answer.to_bytes(CONTROL_REPLY_BYTES, "big", signed=True))


def main() -> int:
    """``python -m analyzer.pdf_worker CONTROL_FD ADDRESS_BYTES CPU_SECONDS``: the fork
    server. It imports pdfplumber once (above), may write no file, and never reads a PDF."""
    import resource
    import warnings

    warnings.simplefilter("ignore")
    control_fd, address_space, cpu_seconds = (int(arg) for arg in sys.argv[1:4])
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    return serve_forks(socket.socket(fileno=control_fd), address_space, cpu_seconds)


if __name__ == "__main__":
    sys.exit(main())
