"""`make bench`: time what the report does, on this machine, and write bench/results.json and
bench/README.md. Every timing is run several times and reported with its median; nothing here
asserts a target (tests never time).

Measured:
- the cold build of the book against the same book with every code cell removed (the floor);
- a rebuild with nothing changed, as `make book` runs it (validation, cache guard, build);
- `python -m analysis validate` on the real package, and on a synthetic package 100 times larger
  together with every findings function applied to it (bench/synthetic.py, bench/scale.py);
- building each chart; the bytes a browser fetches for each built page;
- what a chapter costs before its own code runs (kernel, imports, chart converter), which bounds
  the cold build.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import builds  # noqa: E402
import lighthouse  # noqa: E402
import synthetic  # noqa: E402
from page_weight import all_pages  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RUNS = 3
SCALE = 100
TARGETS = {
    "cold_to_floor_ratio": 1.5,
    "both_editions_to_english_ratio": 2.0,
    "rebuild_s": 10.0,
    "validate_s": 2.0,
    "synthetic_validate_and_findings_s": 10.0,
    "chart_build_s": 2.0,
    "heaviest_page_transferred_mb": 0.5,
    "lighthouse_performance": 0.95,
    "cold_build_real_s": 60.0,
    "synthetic_book_cold_s": 300.0,
}
# The synthetic book: the whole report built from a package this many times the real one, with a
# page for every tie and authority, to show how the generated pages scale.
BOOK_SCALE = 10


def metric(runs: list[float], target: float | None = None, unit: str = "s", median: float | None = None, **notes) -> dict:
    """A measurement: every run, the median, the target and whether the median meets it."""
    middle = round(statistics.median(runs) if median is None else median, 3)
    out = {"runs": [round(r, 3) for r in runs], "median": middle, "unit": unit}
    if target is not None:
        out.update(target=target, met=middle <= target)
    out.update(notes)
    return out


def repeat(func, runs: int) -> list[float]:
    return [func() for _ in range(runs)]


def timed(func) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


# --- builds ---------------------------------------------------------------------------------


def build_times(work: Path, runs: int) -> dict:
    """Cold and floor builds, alternated so that load from other work on the machine falls on
    both alike; then rebuilds of the last cold copy with nothing changed."""
    cold, both, floor = [], [], []
    book, removed = None, 0
    for _ in range(runs):
        editions = builds.copy_book(work / "editions")
        builds.guard(editions)
        both.append(builds.build_both(editions))
        shutil.rmtree(editions)
        book = builds.copy_book(work / "cold")
        # As `make book` does before building: the guard records the inputs, so the rebuilds
        # below keep the execution cache this build fills.
        builds.guard(book)
        cold.append(builds.build(book))
        floor_book = builds.copy_book(work / "floor")
        removed = builds.make_code_free(floor_book)
        floor.append(builds.build(floor_book))
    executed = builds.notebook_seconds(book)
    rebuild = repeat(lambda: builds.make_book_steps(book), runs)
    ratio = statistics.median(cold) / statistics.median(floor)
    return {
        "cold_build_s": metric(cold, chapters_executed=len(executed)),
        "floor_build_s": metric(floor, code_cells_removed=removed),
        "cold_to_floor_ratio": metric(
            [c / f for c, f in zip(cold, floor)], TARGETS["cold_to_floor_ratio"], unit="x", median=ratio,
            computed_as="median(cold_build_s) / median(floor_build_s)",
        ),
        "rebuild_s": metric(rebuild, TARGETS["rebuild_s"], steps="python -m analysis validate; tools/cache_guard.py; jupyter-book build"),
        "both_editions_cold_s": metric(both, steps="tools/build_editions.py: both editions at once, as make book builds them"),
        "both_editions_to_english_ratio": metric(
            [b / c for b, c in zip(both, cold)], TARGETS["both_editions_to_english_ratio"], unit="x",
            median=statistics.median(both) / statistics.median(cold),
            computed_as="median(both_editions_cold_s) / median(cold_build_s)",
        ),
        "chapter_execution_s": executed,
    }


def synthetic_book(work: Path) -> dict:
    """One cold build of the whole book from a package `BOOK_SCALE` times the real one (built once:
    it is long, and it shows scaling, not a fine timing)."""
    book = builds.copy_book(work / "synthetic-book")
    shutil.rmtree(book / "datapackage")
    synthetic.write_synthetic(book / "datapackage", factor=BOOK_SCALE)
    shutil.copy2(ROOT / "datapackage" / "README.md", book / "datapackage" / "README.md")
    builds.guard(book)
    seconds = builds.build(book)
    pages = len(list((book / "_build" / "html").rglob("*.html")))
    shutil.rmtree(book)
    return metric([seconds], TARGETS["synthetic_book_cold_s"], scale=BOOK_SCALE, pages=pages,
                  note="one cold build of the whole book, a page for every tie and authority")


def chapter_costs(runs: int) -> dict:
    """What executing the chapters pays, once per build, before their own code runs."""
    return {
        "kernel_s": metric(repeat(builds.kernel_seconds, runs), note="a kernel started, asked for its info and shut down (a notebook with no code)"),
        "imports_s": metric(repeat(builds.import_seconds, runs), note="the imports of a chapter's first cell, in a fresh interpreter"),
        "chart_converter_start_s": metric(repeat(builds.converter_seconds, runs), note="first chart drawn to SVG in a process"),
        "validation_s": metric(repeat(builds.validation_seconds, runs), note="load() of the real package after the imports (first chapter only)"),
    }


# --- validation and findings ----------------------------------------------------------------


def validate_seconds(path: Path | None = None) -> float:
    command = [sys.executable, "-m", "analysis", "validate"] + ([str(path)] if path else [])
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"validation failed: {result.stderr[-2000:]}")
    return seconds


def findings_seconds(path: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "scale.py"), str(path)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def synthetic_times(work: Path, runs: int) -> dict:
    path = synthetic.write_synthetic(work / "synthetic", SCALE)
    real, counts = synthetic.row_counts(synthetic.REAL), synthetic.row_counts(path)
    validate, findings, per_function, parts = [], [], [], []
    for _ in range(runs):
        validate.append(validate_seconds(path))
        found = findings_seconds(path)
        findings.append(found.pop("total"))
        per_function.append(found)
        # The parts of validation, in a run of their own (so they do not add up to the runs above).
        command = [sys.executable, str(ROOT / "bench" / "scale.py"), "--validation", str(path)]
        parts.append(json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout))
    slowest = sorted(per_function[-1].items(), key=lambda item: -item[1])[:5]
    return {
        "synthetic_package": {
            "scale": SCALE,
            "ties": counts["partnerships"],
            "rows": sum(counts.values()),
            "real_rows": sum(real.values()),
            "csv_bytes": sum(p.stat().st_size for p in (path.parent / "data").glob("*.csv")),
        },
        "synthetic_validate_s": metric(
            validate, parts_median={name: round(statistics.median(run[name] for run in parts), 3) for name in parts[0]},
        ),
        "synthetic_findings_s": metric(findings, functions=len(per_function[-1]), slowest=dict(slowest)),
        "synthetic_validate_and_findings_s": metric(
            [v + f for v, f in zip(validate, findings)], TARGETS["synthetic_validate_and_findings_s"],
        ),
    }


def chart_times(runs: int) -> dict:
    from analysis import load
    from analysis.charts import theme
    from analysis.figures import CHARTS
    from analysis.model.views import Views

    theme.enable()
    package = Views(load())
    # Build and validate the spec, as the book does; the first run includes reading boundaries.
    return {
        name: metric(repeat(lambda f=func: timed(lambda: f(package).to_dict(validate=True)), runs), TARGETS["chart_build_s"])
        for name, func in CHARTS.items()
    }


# --- report -----------------------------------------------------------------------------------


def readme(results: dict) -> str:
    m, costs = results["metrics"], results["chapter_costs"]
    syn = results["synthetic_package"]
    heaviest = m["heaviest_page_transferred_mb"]

    def row(label: str, item: dict, unit: str = "s") -> str:
        runs = ", ".join(f"{r:g}" for r in item["runs"])
        target = f"≤ {item['target']:g} {unit}" if "target" in item else "–"
        met = ("yes" if item["met"] else "**no**") if "target" in item else "–"
        return f"| {label} | {item['median']:g} {unit} | {runs} | {target} | {met} |"

    cold, floor = m["cold_build_s"]["median"], m["floor_build_s"]["median"]
    kernel, imports = costs["kernel_s"]["median"], costs["imports_s"]["median"]
    converter, validation = costs["chart_converter_start_s"]["median"], costs["validation_s"]["median"]
    executed = results["chapter_execution_s"]
    parts = m["synthetic_validate_s"]["parts_median"]
    chapters, charts = len(executed), len(results["chart_build_s"])
    execution = sum(executed.values())
    fixed = kernel + imports + converter + validation
    least = (floor + fixed) / floor
    budget = (TARGETS["cold_to_floor_ratio"] - 1) * floor
    machine = results["machine"]
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` on {machine['cpus']} CPUs, Python {machine['python']}; median of {machine['runs']} runs each "
        f"(load average {machine['load_before']:g} before, {machine['load_after']:g} after: other work on the machine makes single runs noisy).",
        "",
        "| measure | median | runs | target | met |",
        "|---|---|---|---|---|",
        row("cold build, every chapter executed", m["cold_build_s"]),
        row("the same book with every code cell removed (floor)", m["floor_build_s"]),
        row("cold build ÷ floor", m["cold_to_floor_ratio"], "×"),
        row("cold build of both editions (at once, as `make book` runs them)", m["both_editions_cold_s"]),
        row("both editions ÷ the English edition", m["both_editions_to_english_ratio"], "×"),
        row(f"cold build of the whole book from a package ×{m['synthetic_book_cold_s']['scale']} ({m['synthetic_book_cold_s']['pages']:,} pages, once)", m["synthetic_book_cold_s"]),
        row("rebuild, nothing changed (`make book`: validate, cache guard, build)", m["rebuild_s"]),
        row("`python -m analysis validate`, real package", m["validate_s"]),
        row(f"`python -m analysis validate`, synthetic package ×{syn['scale']} ({syn['ties']:,} ties, {syn['rows']:,} rows)", m["synthetic_validate_s"]),
        row(f"every findings function ({m['synthetic_findings_s']['functions']} calls) on the synthetic package", m["synthetic_findings_s"]),
        row("validate + findings, synthetic package", m["synthetic_validate_and_findings_s"]),
    ]
    for name, item in results["chart_build_s"].items():
        lines.append(row(f"chart `{name}` built and validated", item))
    lines.append(
        f"| heaviest page ({heaviest['page']}), bytes transferred with gzip "
        f"({heaviest['raw_mb']:g} MB uncompressed) | {heaviest['median']:g} MB | – | ≤ {heaviest['target']:g} MB | "
        f"{'yes' if heaviest['met'] else '**no**'} |"
    )
    audits = results["lighthouse"]
    low = m["lighthouse_lowest_performance"]
    heaviest_audit = max(audits, key=lambda a: a["transferred_bytes"])
    lines.append(
        f"| lowest Lighthouse mobile performance score, of {low['pages']} pages ({low['page']}) | {low['median']:g} | – | "
        f"≥ {low['target']:g} | {'yes' if low['met'] else '**no**'} |"
    )
    lines += [
        "",
        "## Page speed (Lighthouse)",
        "",
        "Lighthouse 12.2.3 (`tools/lighthouse`), mobile defaults (simulated slow 4G and a 4× slower CPU), on the built "
        f"site served with gzip from 127.0.0.1 (`bench/lighthouse.py`), on {len(audits)} pages, one after another in one "
        "Chrome (`tools/lighthouse/run.mjs`); the table shows the chapters and the lowest-scoring generated pages, "
        "`results.json` every page. Charts open as drawn SVGs; the chart library loads "
        "only when a reader opens a chart, so no page loads it. The bytes of every page (the byte budget) are in "
        "`results.json` and tested in `tests/test_site.py`, since bytes, unlike timings, are the same on every run. "
        f"Most bytes transferred by an audited page: {heaviest_audit['transferred_bytes'] / 1000:.0f} kB ({heaviest_audit['page']}).",
        "",
        "| page | score | kB transferred | first paint | largest paint | blocking |",
        "|---|---|---|---|---|---|",
    ]
    def chapter(page: str) -> bool:  # a chapter of either edition, not a generated page
        return page.removeprefix("nl/").count("/") <= 1

    chapter_audits = [a for a in audits if chapter(a["page"])]
    generated = sorted((a for a in audits if not chapter(a["page"])), key=lambda a: (a["score"], -a["transferred_bytes"]))[:10]
    for a in chapter_audits + generated:
        lines.append(f"| {a['page']} | {a['score']:g} | {a['transferred_bytes'] / 1000:.0f} | {a['fcp_ms'] / 1000:.1f} s | {a['lcp_ms'] / 1000:.1f} s | {a['tbt_ms']} ms |")
    lines += [
        "",
        "## What bounds the cold build",
        "",
        "Before Sphinx reads the chapters, the book's `execute_chapters` extension (`tools/execute_chapters.py`) runs "
        "every chapter that is not in the execution cache one after another in a single kernel, each in a fresh "
        "namespace, and caches the results; myst-nb then takes every chapter's outputs from the cache. The floor book "
        "is built the same way with nothing to execute. The cold build is therefore the floor plus the chapters' execution: "
        f"{execution:.1f} s for {chapters} chapters ({', '.join(f'{k} {v:g} s' for k, v in executed.items())}), "
        f"plus starting the kernel ({kernel:g} s).",
        "",
        f"A ratio of {TARGETS['cold_to_floor_ratio']:g} leaves {budget:.2f} s for all of that on a floor of {floor:g} s. "
        "What executing the chapters costs once, before any chapter's own code runs, is already more:",
        "",
        f"- starting the kernel: {kernel:g} s;",
        f"- importing pandas, Altair and the analysis package: {imports:g} s;",
        f"- starting the SVG converter (vl-convert's JavaScript engine) for the first chart: {converter:g} s;",
        f"- validating the package, which every chapter's first cell requires ({validation:g} s; later chapters reuse "
        "the validated package kept in `_build` under a digest of its files and of the validating code).",
        "",
        f"That is {fixed:.2f} s, {fixed / floor:.2f} times the floor, so no build that executes its chapters and "
        f"validates the data can come within {TARGETS['cold_to_floor_ratio']:g}× of this floor (the least possible ratio "
        f"is {least:.2f}). The remaining {max(execution - fixed + kernel, 0):.1f} s are the chapters' own work: findings, "
        f"{charts} charts built, validated and each drawn to SVG for readers without JavaScript, tables, and the downloads "
        "written at build time. Run in a kernel per chapter, as myst-nb does by itself, every chapter would pay the "
        "kernel and the imports again.",
        "",
        "## Notes",
        "",
        f"- The synthetic package is every resource but the codebook and the labels copied {syn['scale']} times with new ids "
        f"(`bench/synthetic.py`), written to a temporary directory and deleted afterwards; {syn['csv_bytes'] / 1e6:.0f} MB of CSV. "
        "It passes validation like the real one.",
        "- Findings time is every public function in `analysis.model` and `analysis.pages` (chart calls and "
        "downloads apart; the pages share one set of views, as in a build), found by `bench/scale.py`, in a fresh "
        "interpreter after reading the tables (starting Python and reading are in the validate time). Slowest: "
        + ", ".join(f"`{k}` {v:g} s" for k, v in m["synthetic_findings_s"]["slowest"].items())
        + ".",
        f"- Validating the synthetic package in parts (timed in separate runs, medians): {parts['frictionless_and_foreign_keys']:g} s "
        f"frictionless checking every cell of {syn['rows']:,} rows, with the foreign keys (checked from one read of each "
        f"referenced key); {parts['reading_tables']:g} s reading the tables; {parts['rules']:g} s the project's own rules. "
        "Frictionless's row-by-row checks in Python are most of the time, and grow with the number of cells.",
        "- Builds run on a copy of the tracked files with its own `_build`, figures and package cache, so the "
        "project's are never touched; the copy imports its own `src`.",
        "- Every page's weight is in `results.json`: the page and every script, style sheet and image it loads "
        "(`bench/page_weight.py`), the theme's style sheet (65 kB compressed) being the largest on most pages.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the report on this machine.")
    parser.add_argument("--runs", type=int, default=RUNS, help=f"runs per timing (default {RUNS}, at least 3)")
    parser.add_argument("--lighthouse-sample", action="store_true", help="Lighthouse on the chapters and three pages of each generated kind, not every page")
    args = parser.parse_args(argv)
    runs = max(args.runs, 3)
    site = ROOT / "_build" / "html"
    if not site.exists():
        print("build the book first (make book)", file=sys.stderr)
        return 1
    load_before = round(os.getloadavg()[0], 2)
    pages = all_pages(site)
    heaviest = max(pages, key=lambda p: p["transferred_bytes"])
    # Lighthouse first, on a quiet machine: its scores suffer from other work.
    audits = lighthouse.run(site, every=not args.lighthouse_sample)
    lowest = min(audits, key=lambda a: a["score"])
    with tempfile.TemporaryDirectory(prefix="nlcn-bench-") as tmp:
        work = Path(tmp)
        build = build_times(work, runs)
        synthetic_results = synthetic_times(work, runs)
        book_10x = synthetic_book(work)
    costs = chapter_costs(runs)
    metrics = {
        "cold_build_s": dict(build["cold_build_s"], target=TARGETS["cold_build_real_s"],
                             met=build["cold_build_s"]["median"] <= TARGETS["cold_build_real_s"]),
        "floor_build_s": build["floor_build_s"],
        "synthetic_book_cold_s": book_10x,
        "cold_to_floor_ratio": build["cold_to_floor_ratio"],
        "rebuild_s": build["rebuild_s"],
        "both_editions_cold_s": build["both_editions_cold_s"],
        "both_editions_to_english_ratio": build["both_editions_to_english_ratio"],
        "validate_s": metric(repeat(validate_seconds, runs), TARGETS["validate_s"]),
        "synthetic_validate_s": synthetic_results["synthetic_validate_s"],
        "synthetic_findings_s": synthetic_results["synthetic_findings_s"],
        "synthetic_validate_and_findings_s": synthetic_results["synthetic_validate_and_findings_s"],
        "heaviest_page_transferred_mb": metric(
            [heaviest["transferred_bytes"] / 1e6], TARGETS["heaviest_page_transferred_mb"], unit="MB",
            page=heaviest["page"], raw_mb=round(heaviest["raw_bytes"] / 1e6, 2), note="bytes, not a timing: measured once",
        ),
        "lighthouse_lowest_performance": {
            "runs": [lowest["score"]], "median": lowest["score"], "target": TARGETS["lighthouse_performance"],
            "met": lowest["score"] >= TARGETS["lighthouse_performance"], "page": lowest["page"], "pages": len(audits),
        },
    }
    charts = chart_times(runs)
    results = {
        "machine": {
            "python": platform.python_version(),
            "processor": platform.machine(),
            "cpus": os.cpu_count(),
            "runs": runs,
            "load_before": load_before,
            "load_after": round(os.getloadavg()[0], 2),
        },
        "targets": TARGETS,
        "metrics": metrics,
        "chart_build_s": charts,
        "chapter_execution_s": build["chapter_execution_s"],
        "chapter_costs": costs,
        "synthetic_package": synthetic_results["synthetic_package"],
        "pages": pages,
        "lighthouse": audits,
    }
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    text = readme(results)
    (ROOT / "bench" / "README.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
