"""Load test: N real browser sessions uploading resumes at once to one ``streamlit run`` server.

Run: ``python benchmarks/load_benchmark.py [--users 10] [--duration 120] [--think 15]``. Needs Debian
Chromium at /usr/bin/chromium and Playwright (the ``test`` extra; never
``playwright install``).

Streamlit talks over a websocket, so plain HTTP load tools do not exercise it: each user here
is a Chromium browser context (its own Streamlit session) that, in a loop until the time is
up, opens the app, uploads a resume (rotating through persona PDFs and the 2-page
``single_column.pdf``), waits for the results to be drawn, checks the PM fit shown against the
analyzer's own result for that file, optionally reads it for a while (``--think``: by default
none, so visitors upload back to back, a stress test), then presses Clear my data (or, with
``--fresh-pages``, closes the tab and comes back as a new session). Everything is bounded:
users <= 50, the run's duration, ``--max-uploads``, a per-upload timeout, and a hard
wall-clock cap. The server binds to 127.0.0.1 only.

Reported: uploads done, errors (timeouts, an error shown, a wrong score, browser errors),
p50/p95/max upload-to-results time and the server's share of it (from the websocket: the
browser's ``rerun_script`` to the server's ``script_finished``), page-load time, throughput,
CPU seconds of the server and of the browsers, and the server's peak resident memory: the sum
of VmRSS of the ``streamlit run`` process and all its descendants (the isolated PDF workers),
sampled from /proc every 0.25 s, plus the same as PSS. Chromium's own memory is not counted.
Targets on the 2-core reference host: 0 errors, p95 <= 5 s, peak RSS <= 1 GB.

On one 2-core machine the ten Chromium renderers need more CPU than the server does, so by
default the numbers measure the browsers as much as the app; ``--browser-nice 10`` runs the
browsers at a lower CPU priority so the server is served first, as it would be with the
visitors' browsers on their own machines.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import statistics
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ui_benchmark import (  # a sibling script, importable once its folder is on the path
    CHART,
    CHROMIUM,
    CHROMIUM_ARGS,
    ERROR,
    PDF_DIR,
    READY,
    RESULTS,
    RESUME_INPUT,
    VIEWPORT,
    free_port,
    require_browser,
    start_server,
    stop_server,
    wait_healthy,
)

MAX_USERS = 50
POLL_MS = 50
"""How often a waiting visitor looks at its page (milliseconds). Playwright's own waits check
on every animation frame; across ten pages that polling costs more CPU than the app's
rendering on a 2-core host, and a real visitor's eyes do not run JavaScript."""
TARGET_P95_S = 5.0
TARGET_RSS_BYTES = 1024**3
DEFAULT_RESUMES = ["single_column.pdf", "persona_business_pm.pdf", "persona_technical_pm.pdf",
                   "persona_new_graduate.pdf", "persona_software_engineer.pdf", "two_column.pdf"]


class ScriptClock:
    """Reads a page's websocket: when the browser asked for a script run (BackMsg
    ``rerun_script``) and when the server said it finished (ForwardMsg ``script_finished``).
    The difference is the server's share of an upload: queueing, parse, analysis and the script
    run; the rest of the upload-to-results time is the browser's."""

    def __init__(self, page: Any) -> None:
        from streamlit.proto.BackMsg_pb2 import BackMsg
        from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

        self._back, self._forward = BackMsg, ForwardMsg
        self.reruns: list[float] = []
        self.finished: list[float] = []
        page.on("websocket", self._attach)

    def _attach(self, socket: Any) -> None:
        socket.on("framesent", self._sent)
        socket.on("framereceived", self._received)

    def _sent(self, payload: bytes | str) -> None:
        if isinstance(payload, bytes):
            with contextlib.suppress(Exception):
                if self._back.FromString(payload).WhichOneof("type") == "rerun_script":
                    self.reruns.append(time.perf_counter())

    def _received(self, payload: bytes | str) -> None:
        if isinstance(payload, bytes) and len(payload) < 512:  # script_finished is tiny
            with contextlib.suppress(Exception):
                if self._forward.FromString(payload).WhichOneof("type") == "script_finished":
                    self.finished.append(time.perf_counter())

    def server_seconds(self, since: float) -> float | None:
        rerun = next((t for t in self.reruns if t >= since), None)
        done = next((t for t in self.finished if rerun is not None and t >= rerun), None)
        return None if rerun is None or done is None else done - rerun


@dataclass
class Results:
    uploads: list[float] = field(default_factory=list)
    upload_starts: list[float] = field(default_factory=list)
    """perf_counter() at the start of each upload in ``uploads``."""
    first_uploads: list[float] = field(default_factory=list)
    """Each visitor's first upload (a first-time visitor: the chart library loads then too)."""
    all_loaded: float | None = None
    """perf_counter() when the last visitor's first page load finished (ramp-up over)."""
    server: list[float] = field(default_factory=list)
    page_loads: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)
    users: int = 0
    loaded: int = 0

    def error(self, kind: str, detail: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1
        if len(self.examples) < 5:
            self.examples.append(f"{kind}: {detail[:160]}")


class RssSampler(threading.Thread):
    """Samples the summed VmRSS (and PSS) of a process and all its descendants from /proc.

    A PDF worker being spawned is, between fork and exec, a copy of the server that shows the
    server's RSS again; such children are left out. PSS (proportional set size,
    /proc/PID/smaps_rollup) also splits pages shared between the processes counted."""

    def __init__(self, pid: int, interval: float = 0.25) -> None:
        super().__init__(name="rss-sampler", daemon=True)
        self.pid, self.interval = pid, interval
        self.peak = 0
        self.peak_pss = 0
        self.peak_breakdown: list[tuple[int, str]] = []
        self.samples: list[tuple[float, int, int]] = []  # (time, bytes, processes)
        self._stop_event = threading.Event()

    @staticmethod
    def _children() -> dict[int, list[int]]:
        tree: dict[int, list[int]] = {}
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            with contextlib.suppress(OSError, IndexError, ValueError):
                stat = Path(f"/proc/{entry}/stat").read_text()
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                tree.setdefault(ppid, []).append(int(entry))
        return tree

    @staticmethod
    def _field(path: str, name: str) -> int:
        with contextlib.suppress(OSError, ValueError):
            for line in Path(path).read_text().splitlines():
                if line.startswith(name):
                    return int(line.split()[1]) * 1024
        return 0

    def _rss(self, pid: int) -> int:
        return self._field(f"/proc/{pid}/status", "VmRSS:")

    def _pss(self, pid: int) -> int:
        return self._field(f"/proc/{pid}/smaps_rollup", "Pss:")

    @staticmethod
    def _cmdline(pid: int) -> bytes:
        with contextlib.suppress(OSError):
            return Path(f"/proc/{pid}/cmdline").read_bytes()
        return b""

    def _tree(self) -> list[int]:
        """The server and its descendants, minus children caught between fork and exec (they
        still run the server's command line and share its memory: counting them would count
        the server twice)."""
        tree, todo, pids = self._children(), [self.pid], []
        server = self._cmdline(self.pid)
        while todo:
            pid = todo.pop()
            if pid == self.pid or self._cmdline(pid) != server:
                pids.append(pid)
            todo.extend(tree.get(pid, []))
        return pids

    def cpu_seconds(self, root: int | None = None) -> float:
        """CPU time (user + system) of ``root`` (default: the server) and all its descendants,
        live and reaped."""
        tree, todo, total = self._children(), [root or self.pid], 0
        while todo:
            pid = todo.pop()
            with contextlib.suppress(OSError, IndexError, ValueError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
            todo.extend(tree.get(pid, []))
        return total / os.sysconf("SC_CLK_TCK")

    def sample(self) -> tuple[int, int]:
        pids = self._tree()
        return sum(self._rss(pid) for pid in pids), len(pids)

    def breakdown(self) -> list[tuple[int, str]]:
        """(RSS, short command) of every process counted, largest first."""
        rows = []
        for pid in self._tree():
            command = self._cmdline(pid).replace(b"\0", b" ").decode(errors="replace")
            rows.append((self._rss(pid), " ".join(command.split()[1:4])))
        return sorted(rows, reverse=True)

    def run(self) -> None:
        started = time.monotonic()
        while not self._stop_event.is_set():
            pids = self._tree()
            total, count = sum(self._rss(pid) for pid in pids), len(pids)
            if total > self.peak:
                self.peak_breakdown = self.breakdown()
            self.peak = max(self.peak, total)
            self.peak_pss = max(self.peak_pss, sum(self._pss(pid) for pid in pids))
            self.samples.append((time.monotonic() - started, total, count))
            self._stop_event.wait(self.interval)

    def stop(self) -> None:
        self._stop_event.set()
        self.join(timeout=5)


def expected_scores(paths: list[Path]) -> dict[str, str]:
    """The PM fit the dashboard must show for each file, from the analyzer itself."""
    from analyzer import analyze, isolation, read_document

    try:
        return {path.name: f"{analyze(read_document(path)).to_dict()['roles']['pm']['score']:g}/100"
                for path in paths}
    finally:
        isolation.shutdown()


async def pm_fit(page: Any) -> str | None:
    for metric in await page.get_by_test_id("stMetric").all():
        label = (await metric.get_by_test_id("stMetricLabel").inner_text()).strip()
        if label == "Product Manager fit":
            return str((await metric.get_by_test_id("stMetricValue").inner_text()).strip())
    return None


async def wait_until(page: Any, selector: str, *, present: bool = True) -> None:
    """Wait until an element matching ``selector`` is (or is no longer) in the page."""
    await page.wait_for_function("([selector, present]) => !!document.querySelector(selector) === present",
                                 arg=[selector, present], polling=POLL_MS)


async def open_app(page: Any, url: str, results: Results) -> None:
    started = time.perf_counter()
    await page.goto(url)
    await wait_until(page, RESUME_INPUT)
    await wait_until(page, READY)
    results.page_loads.append(time.perf_counter() - started)


async def clear(page: Any) -> None:
    """Press Clear my data and wait for the empty start page (the next upload starts clean)."""
    await page.locator(".st-key-clear button").first.click()
    await wait_until(page, RESULTS, present=False)
    await wait_until(page, RESUME_INPUT)
    await page.wait_for_timeout(100)
    await wait_until(page, READY)


async def upload_once(page: Any, clock: ScriptClock, resume: Path, expected: str,
                      results: Results, *, first: bool = False) -> None:
    """Upload ``resume``, wait for its results to be drawn and check the PM fit shown."""
    started = time.perf_counter()
    await page.locator(RESUME_INPUT).set_input_files(str(resume))
    await wait_until(page, f"{RESULTS}, {ERROR}")
    await wait_until(page, READY)
    if await page.locator(ERROR).count():
        results.error("error shown", await page.locator(ERROR).first.inner_text())
        return
    await wait_until(page, CHART)
    elapsed = time.perf_counter() - started
    shown = await pm_fit(page)
    if shown != expected:
        results.error("wrong score", f"{resume.name}: {shown} != {expected}")
        return
    results.uploads.append(elapsed)
    results.upload_starts.append(started)
    if first:
        results.first_uploads.append(elapsed)
    server = clock.server_seconds(started)
    if server is not None:
        results.server.append(server)


async def user(index: int, browser: Any, url: str, resumes: list[Path], expected: dict[str, str],
               deadline: float, budget: list[int], timeout_ms: int, fresh_pages: bool,
               start_delay: float, think: float, results: Results) -> None:
    """One visitor: upload, wait for the results, check them, read them for a while (``think``
    seconds on average, 0 for none); then Clear my data (or, with ``fresh_pages``, close the
    tab and come back as a new session) and go again."""
    rng = random.Random(index)  # the same reading times on every run
    await asyncio.sleep(start_delay)
    context = await browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(timeout_ms)
    turn = index
    page = None
    arrived = False
    first = True
    try:
        while time.monotonic() < deadline and budget[0] > 0:
            budget[0] -= 1
            resume = resumes[turn % len(resumes)]
            turn += 1
            try:
                if page is None:
                    page = await context.new_page()
                    clock = ScriptClock(page)
                    await open_app(page, url, results)
                    if not arrived:  # this visitor's first page: one more user has arrived
                        arrived = True
                        results.loaded += 1
                        if results.loaded == results.users:
                            results.all_loaded = time.perf_counter()
                await upload_once(page, clock, resume, expected[resume.name], results, first=first)
                first = False
                if think:
                    await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))
                if fresh_pages:
                    await page.close()
                    page = None
                else:
                    await clear(page)
            except Exception as exc:  # noqa: BLE001 - every failure is counted, none stops the run
                kind = "timeout" if "Timeout" in type(exc).__name__ else "browser error"
                results.error(kind, f"{resume.name}: {type(exc).__name__}: {exc}")
                if page is not None:
                    await page.close()
                    page = None
    finally:
        await context.close()


async def run_load(url: str, users: int, duration: float, max_uploads: int, timeout_ms: int,
                   fresh_pages: bool, ramp_up: float, think: float, resumes: list[Path],
                   expected: dict[str, str], cpu_mark: Callable[[str], None],
                   browser_path: Path) -> tuple[Results, float]:
    from playwright.async_api import async_playwright

    results = Results(users=users)
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(browser_path), args=CHROMIUM_ARGS)
        try:
            warm = await browser.new_page(viewport=VIEWPORT)  # first load: engine warm-up, not counted
            await warm.goto(url)
            await warm.wait_for_selector(RESUME_INPUT, state="attached", timeout=60_000)
            await warm.wait_for_selector(READY, timeout=60_000)
            await warm.close()
            cpu_mark("start")
            started = time.monotonic()
            deadline = started + duration
            budget = [max_uploads]
            tasks = [user(i, browser, url, resumes, expected, deadline, budget, timeout_ms, fresh_pages,
                          ramp_up * i / users, think, results) for i in range(users)]
            await asyncio.wait_for(asyncio.gather(*tasks), timeout=duration + timeout_ms / 1000 + 60)
            elapsed = time.monotonic() - started
            cpu_mark("end")  # while Chromium still runs, so its CPU time can be read
        finally:
            await browser.close()
    return results, elapsed


def mark(ok: bool) -> str:
    return "✅" if ok else "❌"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10, help=f"concurrent browser sessions (<= {MAX_USERS})")
    parser.add_argument("--duration", type=float, default=120.0, help="seconds of load (default 120)")
    parser.add_argument("--max-uploads", type=int, default=2000, help="stop after this many uploads")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds before one upload is an error")
    parser.add_argument("--ramp-up", type=float, default=10.0,
                        help="seconds over which the users arrive (default 10)")
    parser.add_argument("--browser-nice", type=int, default=0, choices=range(20), metavar="0..19",
                        help="run the browsers (this script and its children started after the server) "
                             "at this nice level, so the server gets the CPU first, as if the visitors' "
                             "browsers ran on their own machines (default 0: share the CPU fairly)")
    parser.add_argument("--think", type=float, default=0.0,
                        help="seconds a visitor reads the results before the next upload, on average "
                             "(uniform between half and 1.5 times this; default 0: upload back to back, "
                             "a stress test)")
    parser.add_argument("--browser", type=Path, default=CHROMIUM,
                        help="the Chromium binary to drive (default /usr/bin/chromium; Debian's "
                             "chromium-headless-shell draws pages without the full browser's "
                             "compositor, a lighter stand-in for visitors' own machines)")
    parser.add_argument("--fresh-pages", action="store_true",
                        help="a new tab (new session, full page load) for every upload instead of "
                             "Clear my data between uploads")
    parser.add_argument("--resumes", nargs="*", default=DEFAULT_RESUMES,
                        help="PDF names in tests/fixtures/pdf")
    args = parser.parse_args(argv)
    if not 1 <= args.users <= MAX_USERS:
        parser.error(f"--users must be between 1 and {MAX_USERS}")
    if not 1 <= args.duration <= 1800:
        parser.error("--duration must be between 1 and 1800 seconds")
    require_browser()
    if not args.browser.exists():
        parser.error(f"--browser {args.browser} does not exist (apt-get install chromium-headless-shell)")
    resumes = [PDF_DIR / name for name in args.resumes]
    expected = expected_scores(resumes)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = start_server(port)
    if args.browser_nice:
        os.nice(args.browser_nice)  # this process only: the server already runs at its own level
    sampler = RssSampler(process.pid)
    try:
        wait_healthy(url, process)
        idle_rss, _ = sampler.sample()
        sampler.start()
        marks: dict[str, tuple[float, float]] = {}

        def measure_cpu(when: str) -> None:
            marks[when] = (sampler.cpu_seconds(), sampler.cpu_seconds(os.getpid()))

        results, elapsed = asyncio.run(run_load(url, args.users, args.duration, args.max_uploads,
                                                int(args.timeout * 1000), args.fresh_pages, args.ramp_up,
                                                args.think, resumes, expected, measure_cpu, args.browser))
        sampler.stop()
        end_rss, processes = sampler.sample()
    finally:
        sampler.stop()
        stop_server(process)

    server_cpu = marks["end"][0] - marks["start"][0]
    client_cpu = marks["end"][1] - marks["start"][1] - server_cpu
    return print_report(args, results, elapsed, sampler, (idle_rss, end_rss, processes),
                        (server_cpu, client_cpu))


def print_report(args: argparse.Namespace, results: Results, elapsed: float, sampler: RssSampler,
                 memory: tuple[int, int, int], cpu: tuple[float, float]) -> int:
    idle_rss, end_rss, processes = memory
    done = len(results.uploads)
    errors = sum(results.errors.values())
    p50 = statistics.median(results.uploads) if done else float("nan")
    p95 = percentile(results.uploads, 0.95) if done else float("nan")
    mib = 1024**2
    load = os.getloadavg()
    mode = "a new tab per upload" if args.fresh_pages else "Clear my data between uploads"
    if args.browser_nice:
        mode += f", browsers at nice {args.browser_nice}"
    if args.browser != CHROMIUM:
        mode += f", browser {args.browser.name}"
    mode += (f", visitors read each result for {args.think:g} s on average" if args.think
             else ", no reading time between uploads (stress)")
    print(f"\nLoad test: {args.users} concurrent Chromium sessions for {elapsed:.0f} s against one "
          f"`streamlit run` on 127.0.0.1, {mode} ({os.cpu_count()} CPUs, load average "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at the end)\n")
    print("| measurement | value | target | met |")
    print("|---|---|---|---|")
    print(f"| uploads analysed and drawn | {done} ({done / elapsed * 60:.0f}/min) | | |")
    print(f"| errors | {errors} {dict(results.errors) if errors else ''} | 0 | {mark(not errors)} |")
    print(f"| upload → results p50 | {p50:.2f} s | | |")
    print(f"| upload → results p95 | {p95:.2f} s | ≤ {TARGET_P95_S:g} s | {mark(p95 <= TARGET_P95_S)} |")
    if done:
        print(f"| upload → results max | {max(results.uploads):.2f} s | | |")
    steady = [t for t, start in zip(results.uploads, results.upload_starts, strict=True)
              if results.all_loaded is not None and start >= results.all_loaded]
    if results.first_uploads:
        first = results.first_uploads
        print(f"| · each visitor's first upload: n / p50 / max | {len(first)} / "
              f"{statistics.median(first):.2f} s / {max(first):.2f} s | | |")
    if steady:
        print(f"| · steady state (uploads started once all {args.users} pages had loaded): "
              f"n / p50 / p95 | {len(steady)} / {statistics.median(steady):.2f} s / "
              f"{percentile(steady, 0.95):.2f} s | | |")
    if results.server:
        print(f"| · of which the server (rerun asked → script finished) p50 / p95 | "
              f"{statistics.median(results.server):.2f} s / {percentile(results.server, 0.95):.2f} s | | |")
    if results.page_loads:
        print(f"| page load p50 / p95 | {statistics.median(results.page_loads):.2f} s / "
              f"{percentile(results.page_loads, 0.95):.2f} s | | |")
    peak_ok = sampler.peak <= TARGET_RSS_BYTES
    print(f"| server RSS peak (streamlit + PDF workers) | {sampler.peak / mib:.0f} MiB | ≤ 1024 MiB | "
          f"{mark(peak_ok)} |")
    print(f"| server PSS peak (shared pages split, no fork double count) | {sampler.peak_pss / mib:.0f} MiB "
          f"| ≤ 1024 MiB | {mark(sampler.peak_pss <= TARGET_RSS_BYTES)} |")
    print(f"| server RSS idle before / after the run | {idle_rss / mib:.0f} MiB / {end_rss / mib:.0f} MiB "
          f"({processes} processes) | | |")
    print(f"| CPU used: server (+ PDF workers) / browsers (Chromium + driver) | {cpu[0]:.0f} s "
          f"({cpu[0] / elapsed:.2f} cores) / {cpu[1]:.0f} s ({cpu[1] / elapsed:.2f} cores) | | |")
    if done:
        print(f"| server CPU per upload | {cpu[0] / done:.2f} s | | |")
    peak = ", ".join(f"{rss / mib:.0f} MiB {command}" for rss, command in sampler.peak_breakdown)
    print(f"\nProcesses at the RSS peak: {peak}")
    for example in results.examples:
        print(f"\n- {example}")
    return 0 if not errors and p95 <= TARGET_P95_S and peak_ok else 1

if __name__ == "__main__":
    raise SystemExit(main())
