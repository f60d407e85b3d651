"""Dashboard speed in a real browser: cold start to ready, and upload to results rendered.

Run: ``python benchmarks/ui_benchmark.py [--runs 5]``. Needs Debian Chromium at
/usr/bin/chromium and Playwright (the ``test`` extra; never ``playwright install``).

- **Cold start**: a new ``streamlit run`` process (loopback, headless) from ``Popen`` to
  ``/_stcore/health`` answering, and to the first page rendered in Chromium (the first script
  run and the upload widget drawn; the engine -- spaCy, taxonomy, matcher, warm PDF workers --
  builds in a background thread from that first run on). The browser is launched beforehand
  and is not counted. Median of ``--runs`` fresh servers.
- **Upload to results**: after the server's first load, from handing
  ``tests/fixtures/pdf/single_column.pdf`` (2 pages) to the upload widget until the fit
  metrics and the charts are drawn and the script is idle: (a) as the first upload of a new
  browser session (a first-time visitor: the browser also loads and compiles the chart
  library then), and (b) as the next upload in the same tab after **Clear my data**.
  Median of ``--runs`` sessions.
- **Where the time goes**: the upload request (browser -> server), and, measured in this
  process with the same calls the app makes, the isolated PDF parse (warm worker), a cold PDF
  worker start, and the analysis; the rest is Streamlit (script run, element serialisation,
  websocket) and the browser's rendering.

Targets: cold start <= 5 s, upload to results <= 1.5 s. Prints a Markdown table.
The helpers here (server start/stop, upload-and-wait) are shared with ``load_benchmark.py``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "fixtures"))
from app_server import (  # noqa: E402 - a test-support module, importable once on the path
    CHROMIUM,
    CHROMIUM_ARGS,
    free_port,
    start_server,
    stop_server,
    wait_healthy,
)

PDF_DIR = ROOT / "tests" / "fixtures" / "pdf"
VIEWPORT = {"width": 1280, "height": 900}
READY = '.stApp[data-test-script-state="notRunning"]'
RESUME_INPUT = '[class*="st-key-resume_"] [data-testid="stFileUploaderDropzoneInput"]'
RESULTS = '[data-testid="stMetricValue"]'
CHART = "[data-testid=stVegaLiteChart] canvas, [data-testid=stVegaLiteChart] svg"
ERROR = '[data-testid="stAlertContentError"]'
TARGET_COLD_S = 5.0
TARGET_UPLOAD_S = 1.5


# ------------------------------------------------------------------------- browser


def require_browser() -> None:
    if not CHROMIUM.exists():
        sys.exit("needs Debian Chromium at /usr/bin/chromium (apt-get install chromium)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        sys.exit("needs Playwright: pip install -e '.[test]' (never 'playwright install')")


def stats(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


# --------------------------------------------------------------------------- measurements


def cold_starts(browser: Any, runs: int) -> tuple[list[float], list[float]]:
    health, ready = [], []
    for _ in range(runs):
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        started = time.perf_counter()
        process = start_server(port)
        try:
            wait_healthy(url, process)
            health.append(time.perf_counter() - started)
            context = browser.new_context(viewport=VIEWPORT)
            page = context.new_page()
            page.goto(url)
            page.wait_for_selector(RESUME_INPUT, state="attached", timeout=60_000)
            page.wait_for_selector(READY, timeout=60_000)
            ready.append(time.perf_counter() - started)
            context.close()
        finally:
            stop_server(process)
    return health, ready


def upload_and_wait(page: Any, path: Path, timeout_ms: int = 60_000) -> dict[str, float]:
    """Upload ``path`` on a loaded page and wait until its results are drawn (sync API).

    Returns seconds from the upload to: ``upload`` (the upload request finished), ``metrics``
    (the fit numbers shown), ``idle`` (the script run finished) and ``total`` (charts drawn)."""
    marks: dict[str, float] = {}

    def on_finished(request: Any) -> None:
        if "/_stcore/upload_file/" in request.url and request.method == "PUT":
            marks.setdefault("upload", time.perf_counter())

    page.on("requestfinished", on_finished)
    started = time.perf_counter()
    page.locator(RESUME_INPUT).set_input_files(str(path))
    page.wait_for_selector(f"{RESULTS}, {ERROR}", timeout=timeout_ms)
    marks["metrics"] = time.perf_counter()
    page.wait_for_selector(READY, timeout=timeout_ms)
    marks["idle"] = time.perf_counter()
    if page.locator(ERROR).count():
        raise RuntimeError(page.locator(ERROR).first.inner_text())
    page.wait_for_selector(CHART, timeout=timeout_ms)
    marks["total"] = time.perf_counter()
    page.remove_listener("requestfinished", on_finished)
    return {name: mark - started for name, mark in marks.items()}


def clear_my_data(page: Any) -> None:
    """Press Clear my data and wait for the empty start page."""
    page.locator(".st-key-clear button").first.click()
    page.wait_for_function("() => !document.querySelector('[data-testid=stMetricValue]')")
    page.wait_for_selector(RESUME_INPUT, state="attached")
    page.wait_for_timeout(100)
    page.wait_for_selector(READY)


def uploads(browser: Any, runs: int, resume: Path) -> tuple[dict[str, list[float]], list[float]]:
    """Upload timings in a fresh browser session (phases), and again in the same, warm page
    after Clear my data (totals)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = start_server(port)
    phases: dict[str, list[float]] = {"upload": [], "metrics": [], "idle": [], "total": []}
    warm: list[float] = []
    try:
        wait_healthy(url, process)
        for index in range(runs + 1):  # the first (index 0) is the first load's warm-up
            context = browser.new_context(viewport=VIEWPORT)
            page = context.new_page()
            page.goto(url)
            page.wait_for_selector(RESUME_INPUT, state="attached", timeout=60_000)
            page.wait_for_selector(READY, timeout=60_000)
            page.wait_for_timeout(300)
            marks = upload_and_wait(page, resume)
            clear_my_data(page)
            page.wait_for_timeout(300)
            again = upload_and_wait(page, resume)
            if index:
                for name, value in marks.items():
                    phases[name].append(value)
                warm.append(again["total"])
            context.close()
    finally:
        stop_server(process)
    return phases, warm


def timed(function: Callable[[], Any], runs: int) -> list[float]:
    values = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        values.append(time.perf_counter() - started)
        time.sleep(0.3)  # let the replacement worker warm up, as between two real uploads
    return values


def compute_profile(resume: Path, runs: int) -> dict[str, list[float]]:
    """The app's own calls, in this process: isolated parse, cold fork-server start, analysis."""
    import json

    from analyzer import analyze, isolation, read_document
    from analyzer.report import markdown_from_dict
    from skills_taxonomy import load_taxonomy

    taxonomy = load_taxonomy()
    analyze("Warm-up\nSKILLS\nSQL", taxonomy=taxonomy)
    isolation.prewarm()
    time.sleep(1.0)
    data = resume.read_bytes()
    parse = timed(lambda: read_document(data, filename=resume.name), runs)
    document = read_document(data, filename=resume.name)
    analysis = timed(lambda: analyze(document, taxonomy=taxonomy, include_text=True).to_dict(), runs)
    report = analyze(document, taxonomy=taxonomy, include_text=True).to_dict()
    downloads = timed(lambda: (markdown_from_dict(report), json.dumps(report, indent=2)), runs)
    cold_worker = []
    for _ in range(runs):
        isolation.shutdown()  # the next parse starts a new fork server first
        started = time.perf_counter()
        read_document(data, filename=resume.name)
        cold_worker.append(time.perf_counter() - started)
        time.sleep(0.3)
    isolation.shutdown()
    return {"parse": parse, "analysis": analysis, "downloads": downloads, "cold_worker": cold_worker}


def row(name: str, values: list[float], target: float | None = None) -> str:
    if not values:
        return f"| {name} | | | | | |"
    median, low, high = stats(values)
    verdict = "" if target is None else ("✅" if median <= target else "❌")
    shown_target = "" if target is None else f"≤ {target:g} s"
    return f"| {name} | {median:.2f} s | {low:.2f} s | {high:.2f} s | {shown_target} | {verdict} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per measurement (>= 5 for the report)")
    parser.add_argument("--resume", type=Path, default=PDF_DIR / "single_column.pdf")
    parser.add_argument("--skip-cold", action="store_true", help="measure only upload to results")
    args = parser.parse_args(argv)
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        health, ready = ([], []) if args.skip_cold else cold_starts(browser, args.runs)
        phases, warm = uploads(browser, args.runs, args.resume)
        browser.close()
    profile = compute_profile(args.resume, args.runs)
    median = statistics.median
    totals = phases["total"]
    server = [median(profile["parse"]) + median(profile["analysis"]) + median(profile["downloads"])]
    streamlit = [max(0.0, median(phases["metrics"]) - median(phases["upload"] or [0.0]) - server[0])]
    load = os.getloadavg()
    print(f"\nDashboard speed ({args.runs} runs each, median; load average "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on {os.cpu_count()} CPUs)\n")
    print("| measurement | median | min | max | target | met |")
    print("|---|---|---|---|---|---|")
    print(row("cold start: process → /_stcore/health OK", health))
    print(row("cold start: process → page rendered (ready)", ready, TARGET_COLD_S))
    print(row(f"upload → results rendered ({args.resume.name}), first upload in a new session",
              totals, TARGET_UPLOAD_S))
    print(row("upload → results rendered, next upload in the same tab (after Clear my data)", warm,
              TARGET_UPLOAD_S))
    print(row("first upload in a new session, by phase:", []))
    print(row("· upload → upload request done (browser → server)", phases["upload"]))
    print(row("· upload → fit metrics shown", phases["metrics"]))
    print(row("· upload → script run finished", phases["idle"]))
    print(row("· upload → charts drawn (= total)", totals))
    print(row("· in-process: PDF parse in a warm isolated worker", profile["parse"]))
    print(row("· in-process: analysis (skills, fit, plan, to_dict)", profile["analysis"]))
    print(row("· in-process: report Markdown + JSON for the downloads", profile["downloads"]))
    print(row("· derived: Streamlit script + websocket + first paint (metrics − upload − compute)",
              streamlit))
    print(row("· derived: browser drawing the charts (total − metrics)",
              [max(0.0, median(totals) - median(phases["metrics"]))]))
    print(row("(reference) PDF parse with a cold worker start", profile["cold_worker"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
