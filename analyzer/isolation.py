"""Parse untrusted PDFs in a separate, resource-limited process.

pdfminer has no cap on decompressed stream size and known denial-of-service shapes, so, like
Apache Tika and Chromium's PDFium sandbox, we never parse an upload in the caller's process.
Each PDF goes to a fresh child process with an address-space limit, a CPU limit and a
wall-clock timeout after which its process group is killed. The bytes go in over a socket pair
and the words come back as JSON (never pickle: a compromised child must not be able to run
code in the parent). Nothing touches disk.

Children come from a fork server (``python -m analyzer.pdf_worker``, started once, with
pdfplumber imported): each parse forks a fresh single-use child from it in a few milliseconds
instead of starting an interpreter (about 0.2 s of CPU), and no state survives between two
resumes. The server never reads a PDF; if it dies, the next parse starts a new one. A
semaphore bounds concurrent parses; a caller that waits too long for a slot gets
:class:`~analyzer.errors.BusyError`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

from analyzer import errors
from analyzer.pdf_worker import (
    CONTROL_ARGUMENT_BYTES,
    CONTROL_REPLY_BYTES,
    FORK,
    LENGTH_PREFIX_BYTES,
    NO_STATUS,
    REAP,
    decode,
    peak_rss_bytes,
)
from analyzer.pieces import RawDocument

logger = logging.getLogger(__name__)

CHILD_ADDRESS_SPACE_BYTES = 768 * 1024 * 1024
"""RLIMIT_AS of a parsing process (768 MiB): a decompression bomb dies there, not here."""
CHILD_CPU_SECONDS = 12
"""RLIMIT_CPU of a parsing process (CPU seconds)."""
WALL_TIMEOUT_SECONDS = 13.5
"""Wall-clock limit of one parse (seconds); then the worker's process group is killed. Below
the 15 s budget of a whole read, which also spawns the worker and lays out the words."""
MAX_CONCURRENT_PARSES = 2
"""Parses at once (one per core on the reference 2-core host)."""
BUSY_WAIT_SECONDS = 10.0
"""How long a caller waits for a free slot before BusyError (seconds)."""
MAX_REPLY_BYTES = 16 * 1024 * 1024
"""Largest reply accepted from a worker (bytes). The worker caps its reply at 10 pages and
100,000 characters, about 5 MB of JSON at worst; more means something is wrong."""
CONTROL_TIMEOUT_SECONDS = 5.0
"""Longest wait for the fork server to fork or reap a child (seconds; it takes
milliseconds). A server that does not answer in time is killed and replaced."""
CONTROL_LOCK_SECONDS = 2 * CONTROL_TIMEOUT_SECONDS
"""Longest wait for another thread's control exchange to finish (seconds), then BusyError."""
_CPU_LIMIT_SIGNALS = frozenset({-signal.SIGXCPU})
"""Exit statuses of a worker stopped by its CPU-time limit: the file took too long."""
_CRASH_SIGNALS = frozenset({-signal.SIGSEGV, -signal.SIGBUS, -signal.SIGABRT, -signal.SIGILL,
                            -signal.SIGFPE})
"""Exit statuses of a worker that crashed in the parser: the file is malformed. Anything else
(killed allocating memory, no status) is a resource limit."""
FORK_ATTEMPTS = 2
"""Servers tried for one fork: a failed one is replaced once."""



@dataclass(frozen=True, slots=True)
class ParseStats:
    """What one isolated parse cost, for benchmarks and logs (never any content)."""

    code: str
    """'ok' or the error code the parse ended with."""
    seconds: float
    """Wall-clock time from taking a worker to having its answer."""
    peak_rss_bytes: int | None
    """The worker's peak resident memory (its VmHWM) when it answered or was stopped by the
    wall clock; None when the kernel killed it first (CPU or memory limit)."""
    returncode: int | None
    """The worker's exit status (negative: killed by that signal, e.g. -24 SIGXCPU)."""


_slots = threading.BoundedSemaphore(MAX_CONCURRENT_PARSES)
_local = threading.local()

_ERRORS_BY_CODE: dict[str, type[errors.AnalyzerError]] = {
    cls.code: cls
    for cls in (
        errors.EncryptedError, errors.TooManyPagesError, errors.MalformedPdfError,
        errors.ResourceLimitError, errors.NoTextError, errors.TimeoutError_,
    )
}


class _ServerFailed(Exception):
    """The fork server did not answer (dead, stuck or broken); it has been killed."""


class _ForkServer:
    """The fork server process and its control socket (one per parent process, shared by
    all threads; every call is serialised by a lock, and each takes milliseconds).

    ``generation`` counts servers started: a child's pid may only be signalled while the
    server that forked it (and keeps it as a zombie until REAP) is still the live one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._control: socket.socket | None = None
        self.generation = 0

    def _running(self) -> socket.socket:
        """The control socket of a live server, starting one if needed (lock held)."""
        if self._process is None or self._control is None or self._process.poll() is not None:
            self._stop(graceful=False)
            self._process, self._control = _start_server()
            self.generation += 1
        return self._control

    def _stop(self, *, graceful: bool) -> None:
        """Stop the server, if any (lock held): close its socket, which makes a healthy server
        return, and kill it at once unless ``graceful`` (then after CONTROL_TIMEOUT_SECONDS)."""
        process, control = self._process, self._control
        self._process = self._control = None
        if control is not None:
            control.close()
        if process is None:
            return
        if graceful:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(CONTROL_TIMEOUT_SECONDS)
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold the lock; BusyError when another exchange holds it too long."""
        if not self._lock.acquire(timeout=CONTROL_LOCK_SECONDS):
            raise errors.BusyError()
        try:
            yield
        finally:
            self._lock.release()

    def start(self) -> None:
        with self._locked():
            self._running()

    def stop(self) -> None:
        with self._locked():
            self._stop(graceful=True)

    def fork(self, channel: socket.socket) -> tuple[int, int]:
        """Fork a child that serves ``channel``; returns (pid, generation).

        Raises _ServerFailed (the server is then killed) or BusyError."""
        with self._locked():
            control = self._running()
            return self._ask(control, FORK, 0, (channel.fileno(),)), self.generation

    def kill_and_reap(self, pid: int, generation: int) -> int | None:
        """SIGKILL child ``pid`` (and its group) and have the server reap it; its exit status,
        or None when its server is gone (the child then ran under its own limits alone)."""
        with self._locked():
            if generation != self.generation or self._control is None or (
                    self._process is not None and self._process.poll() is not None):
                return None
            # Both: the child may not have called setsid() yet. Safe: the server keeps it as
            # a zombie until REAP, so the pid cannot belong to anyone else.
            for kill in (os.kill, os.killpg):
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    kill(pid, signal.SIGKILL)
            try:
                status = self._ask(self._control, REAP, pid)
            except _ServerFailed:
                return None
            return None if status == NO_STATUS else status

    def _ask(self, control: socket.socket, command: bytes, argument: int,
             fds: tuple[int, ...] = ()) -> int:
        """One control message and its answer (lock held); on any failure the server is
        killed (a late answer must never be read as the next one) and _ServerFailed raised."""
        message = command + argument.to_bytes(CONTROL_ARGUMENT_BYTES, "big", signed=True)
        try:
            socket.send_fds(control, [message], list(fds))
            answer = b""
            while len(answer) < CONTROL_REPLY_BYTES:
                more = control.recv(CONTROL_REPLY_BYTES - len(answer))
                if not more:
                    break
                answer += more
            else:
                return int.from_bytes(answer, "big", signed=True)
        except OSError:
            pass
        logger.warning("isolation.server_failed")
        self._stop(graceful=False)
        raise _ServerFailed

    def pid(self) -> int | None:
        """The server's process id, None when it is not running (for tests and benchmarks)."""
        with self._locked():
            return None if self._process is None else self._process.pid


_fork_server = _ForkServer()


def _start_server() -> tuple[subprocess.Popen[bytes], socket.socket]:
    # A stream socket: the server sees end-of-file when this process goes away, and exits.
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    ours.settimeout(CONTROL_TIMEOUT_SECONDS)
    env = {key: value for key, value in os.environ.items() if key in {"PATH", "LANG", "LC_ALL",
                                                                      "PYTHONPATH", "HOME"}}
    try:
        # -B: the server and its children never write bytecode (they may not write any file).
        process = subprocess.Popen(
            [sys.executable, "-B", "-m", "analyzer.pdf_worker", str(theirs.fileno()),
             str(CHILD_ADDRESS_SPACE_BYTES), str(CHILD_CPU_SECONDS)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True, env=env, pass_fds=(theirs.fileno(),),
        )
    finally:
        theirs.close()
    logger.info("isolation.server_started pid=%d", process.pid)
    return process, ours


def prewarm() -> None:
    """Start the fork server now (about 0.3 s), so the first parse does not wait for it."""
    _fork_server.start()


def shutdown() -> None:
    """Stop the fork server (tests and servers call this on exit; the next parse restarts it)."""
    _fork_server.stop()


def server_pid() -> int | None:
    """The fork server's process id, None when it is not running."""
    return _fork_server.pid()


def _start_worker() -> tuple[int, int, socket.socket]:
    """Fork a child for one PDF; returns its pid, its server's generation and the parent's
    end of its socket. A failed server is replaced once, with a fresh socket pair (a child
    of the failed server may hold the old one)."""
    for _attempt in range(FORK_ATTEMPTS):
        ours, theirs = socket.socketpair()
        try:
            pid, generation = _fork_server.fork(theirs)
        except _ServerFailed:
            ours.close()
            continue
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        return pid, generation, ours
    raise errors.BusyError()


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
    if timeout <= 0:
        raise ValueError("timeout must be positive (seconds)")
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
    except (OSError, RuntimeError) as exc:
        # The host is out of processes, descriptors or memory (fork, socketpair, thread
        # start): the same answer as a full pool, try again.
        code = errors.BusyError.code
        logger.warning("isolation.no_resources error=%s", type(exc).__name__)
        raise errors.BusyError() from exc
    finally:
        _slots.release()
        seconds = time.perf_counter() - started
        _local.stats = ParseStats(code=code, seconds=seconds, peak_rss_bytes=outcome["peak"],
                                  returncode=outcome["returncode"])
        peak = outcome["peak"]
        logger.info("isolation.parsed bytes=%d seconds=%.3f code=%s worker_peak_mib=%s",
                    len(data), seconds, code, "?" if peak is None else f"{peak / 2**20:.0f}")


def _communicate(channel: socket.socket, data: bytes, timeout: float) -> bytes | None:
    """Send the request and read the reply; None when the wall clock ran out (the worker is
    then still running: the caller kills it)."""
    reply: list[bytes] = []

    def exchange() -> None:
        chunks: list[bytes] = []
        size = 0
        try:
            channel.sendall(len(data).to_bytes(LENGTH_PREFIX_BYTES, "big") + data)
            channel.shutdown(socket.SHUT_WR)
            while size <= MAX_REPLY_BYTES and (chunk := channel.recv(1 << 20)):
                chunks.append(chunk)
                size += len(chunk)
        except OSError:
            pass  # the worker died: an empty or short reply
        reply.append(b"".join(chunks))

    thread = threading.Thread(target=exchange, name="pdf-worker-io", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        return None
    return reply[0] if reply else b""


def _parse(data: bytes, timeout: float, outcome: dict[str, int | None]) -> RawDocument:
    pid, generation, channel = _start_worker()
    raw: bytes | None = None
    try:
        raw = _communicate(channel, data, timeout)
        if raw is None:
            outcome["peak"] = peak_rss_bytes(pid)
    finally:
        outcome["returncode"] = _fork_server.kill_and_reap(pid, generation)
        # Shut the socket down before closing it: it wakes an I/O thread still blocked on it
        # (the worker's end is gone with the worker), which then fails instead of using a
        # descriptor number another parse may reuse.
        with contextlib.suppress(OSError):
            channel.shutdown(socket.SHUT_RDWR)
        channel.close()
    if raw is None:
        logger.info("isolation.timeout seconds=%.1f", timeout)
        raise errors.TimeoutError_()
    if not raw or len(raw) > MAX_REPLY_BYTES:
        # No answer: the worker died. Which limit killed it decides what the user is told.
        returncode = outcome["returncode"]
        logger.info("isolation.worker_died returncode=%s", returncode)
        if returncode in _CPU_LIMIT_SIGNALS:
            raise errors.TimeoutError_()
        if returncode in _CRASH_SIGNALS:
            raise errors.MalformedPdfError()
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
