"""Parse untrusted PDFs in a separate, resource-limited process.

pdfminer has no cap on decompressed stream size and known denial-of-service shapes, so, like
Apache Tika and Chromium's PDFium sandbox, we never parse an upload in the caller's process.
Each PDF goes to a fresh ``python -m analyzer.pdf_worker`` process with an address-space
limit, a CPU limit and a wall-clock timeout after which its whole process group is killed.
The bytes go in over a pipe and the words come back as JSON (never pickle: a compromised
child must not be able to run code in the parent). Nothing touches disk.

Workers are single-use (no state survives between two resumes) but pre-started: a warm
worker has pdfplumber imported already, so a parse costs its own time plus a few
milliseconds. A semaphore bounds concurrent parses; a caller that waits too long for a slot
gets :class:`~analyzer.errors.BusyError`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass

from analyzer import errors
from analyzer.pdf_reader import RawDocument
from analyzer.pdf_worker import LENGTH_PREFIX_BYTES, decode, peak_rss_bytes

logger = logging.getLogger(__name__)

CHILD_ADDRESS_SPACE_BYTES = 768 * 1024 * 1024
"""RLIMIT_AS of a parsing process (768 MiB): a decompression bomb dies there, not here."""
CHILD_CPU_SECONDS = 12
"""RLIMIT_CPU of a parsing process (CPU seconds)."""
WALL_TIMEOUT_SECONDS = 15.0
"""Wall-clock limit of one parse (seconds); then the worker's process group is killed."""
MAX_CONCURRENT_PARSES = 2
"""Parses at once (one per core on the reference 2-core host)."""
BUSY_WAIT_SECONDS = 10.0
"""How long a caller waits for a free slot before BusyError (seconds)."""
MAX_REPLY_BYTES = 16 * 1024 * 1024
"""Largest reply accepted from a worker (bytes). The worker caps its reply at 10 pages and
100,000 characters, about 5 MB of JSON at worst; more means something is wrong."""



@dataclass(frozen=True, slots=True)
class ParseStats:
    """What one isolated parse cost, for benchmarks and logs (never any content)."""

    code: str
    """'ok' or the error code the parse ended with."""
    seconds: float
    """Wall-clock time from taking a worker to having its answer."""
    peak_rss_bytes: int | None
    """The worker's peak resident memory: its own VmHWM when it answered or was stopped by
    the wall clock; when the kernel killed it, ``ru_maxrss`` from ``wait4``, an upper bound
    (it also counts the parent's resident size when the worker was spawned)."""
    returncode: int | None
    """The worker's exit status (negative: killed by that signal, e.g. -24 SIGXCPU)."""


_slots = threading.BoundedSemaphore(MAX_CONCURRENT_PARSES)
_warm: deque[subprocess.Popen[bytes]] = deque()
_warm_lock = threading.Lock()
_local = threading.local()

_ERRORS_BY_CODE: dict[str, type[errors.AnalyzerError]] = {
    cls.code: cls
    for cls in (
        errors.EncryptedError, errors.TooManyPagesError, errors.MalformedPdfError,
        errors.ResourceLimitError, errors.NoTextError, errors.TimeoutError_,
    )
}


def _start_worker() -> subprocess.Popen[bytes]:
    env = {key: value for key, value in os.environ.items() if key in {"PATH", "LANG", "LC_ALL",
                                                                      "PYTHONPATH", "HOME"}}
    # -B: the worker never writes bytecode (it may not write any file: RLIMIT_FSIZE is 0).
    return subprocess.Popen(
        [sys.executable, "-B", "-m", "analyzer.pdf_worker", str(CHILD_ADDRESS_SPACE_BYTES),
         str(CHILD_CPU_SECONDS)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        start_new_session=True, env=env, close_fds=True,
    )


def _take_worker() -> subprocess.Popen[bytes]:
    with _warm_lock:
        while _warm:
            worker = _warm.popleft()
            if worker.poll() is None:
                return worker
            _kill(worker)
    return _start_worker()


def prewarm(count: int = MAX_CONCURRENT_PARSES) -> None:
    """Start up to ``count`` idle workers so the next parses skip interpreter start-up."""
    with _warm_lock:
        while len(_warm) < count:
            _warm.append(_start_worker())


def shutdown() -> None:
    """Stop idle workers (tests and servers call this on exit)."""
    with _warm_lock:
        while _warm:
            _kill(_warm.popleft())


def _kill(worker: subprocess.Popen[bytes]) -> int | None:
    """Kill ``worker``'s process group, close its pipes and reap it.

    Returns the worker's peak resident memory in bytes (from ``wait4``), or None when it had
    already been reaped elsewhere.
    """
    if worker.returncode is None:
        try:
            os.killpg(worker.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            worker.kill()
    for stream in (worker.stdin, worker.stdout):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
    if worker.returncode is not None:
        return None
    try:
        _pid, status, usage = os.wait4(worker.pid, 0)
    except ChildProcessError:  # reaped by someone else (Popen.poll in another thread)
        worker.wait()
        return None
    worker.returncode = os.waitstatus_to_exitcode(status)
    return int(usage.ru_maxrss) * 1024  # Linux reports KiB


def last_parse_stats() -> ParseStats | None:
    """Stats of the latest isolated parse *in this thread* (None before any, or after
    :func:`clear_parse_stats`)."""
    stats: ParseStats | None = getattr(_local, "stats", None)
    return stats


def clear_parse_stats() -> None:
    """Forget this thread's last stats (before reading a file that may not reach a worker)."""
    _local.stats = None


def parse_pdf_isolated(data: bytes, *, timeout: float = WALL_TIMEOUT_SECONDS) -> RawDocument:
    """Parse ``data`` in a limited worker process and return its words.

    Raises the worker's AnalyzerError (rebuilt from its code), TimeoutError_ when the wall
    clock runs out, ResourceLimitError when the OS killed the worker (memory, CPU), and
    BusyError when no slot frees up in time. Never raises anything else for any ``data``.
    """
    _local.stats = None
    if not _slots.acquire(timeout=BUSY_WAIT_SECONDS):
        logger.warning("isolation.busy")
        raise errors.BusyError()
    started = time.perf_counter()
    code = "ok"
    outcome: dict[str, int | None] = {"peak": None, "returncode": None}
    try:
        return _parse(data, timeout, outcome)
    except errors.AnalyzerError as exc:
        code = exc.code
        raise
    finally:
        _slots.release()
        seconds = time.perf_counter() - started
        _local.stats = ParseStats(code=code, seconds=seconds, peak_rss_bytes=outcome["peak"],
                                  returncode=outcome["returncode"])
        peak = outcome["peak"]
        logger.info("isolation.parsed bytes=%d seconds=%.3f code=%s worker_peak_mib=%s",
                    len(data), seconds, code, "?" if peak is None else f"{peak / 2**20:.0f}")


def _communicate(worker: subprocess.Popen[bytes], data: bytes, timeout: float) -> bytes | None:
    """Send the request and read the reply; None when the wall clock ran out (the worker is
    then still running: the caller kills it)."""
    reply: list[bytes] = []

    def exchange() -> None:
        assert worker.stdin is not None
        assert worker.stdout is not None
        try:
            worker.stdin.write(len(data).to_bytes(LENGTH_PREFIX_BYTES, "big") + data)
            worker.stdin.close()
            reply.append(worker.stdout.read(MAX_REPLY_BYTES + 1))
        except (OSError, ValueError):
            reply.append(b"")

    thread = threading.Thread(target=exchange, name="pdf-worker-io", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        return None
    return reply[0] if reply else b""


def _parse(data: bytes, timeout: float, outcome: dict[str, int | None]) -> RawDocument:
    worker = _take_worker()
    raw: bytes | None = None
    try:
        raw = _communicate(worker, data, timeout)
        if raw is None:
            outcome["peak"] = peak_rss_bytes(worker.pid)
    finally:
        # Killing the group also ends the I/O thread: its pipe reads hit end-of-file.
        reaped = _kill(worker)
        outcome["peak"] = outcome["peak"] or reaped
        outcome["returncode"] = worker.returncode
        # Replace the worker only now, so starting it does not compete with this parse for
        # CPU; the next upload still finds a warm one.
        threading.Thread(target=prewarm, args=(1,), name="pdf-worker-prewarm", daemon=True).start()
    if raw is None:
        logger.warning("isolation.timeout seconds=%.1f", timeout)
        raise errors.TimeoutError_()
    if not raw or len(raw) > MAX_REPLY_BYTES:
        # No answer: the kernel killed it (CPU limit, or it crashed allocating memory).
        logger.warning("isolation.worker_died returncode=%s", worker.returncode)
        raise errors.ResourceLimitError()
    try:
        reply = json.loads(raw)
        del raw
        if isinstance(reply.get("peak_rss"), int):
            outcome["peak"] = reply["peak_rss"]
        if "error" in reply:
            raise _ERRORS_BY_CODE.get(str(reply["error"]), errors.MalformedPdfError)()
        return decode(reply["ok"])
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
        # A reply that does not follow the protocol (only a compromised worker sends one).
        raise errors.MalformedPdfError() from None
