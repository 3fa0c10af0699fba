"""`make bench`: time what the report does, on this machine, and write bench/results.json and
bench/README.md. Medians of several runs; nothing here asserts a target (tests never time)."""

from __future__ import annotations

import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from page_weight import all_pages  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RUNS = 3
TARGETS = {"chart_build_s": 2.0, "validate_s": 2.0, "page_transferred_mb": 1.5}


def _median_seconds(func, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 3)


def chart_times() -> dict[str, float]:
    from analysis import load
    from analysis.charts import theme
    from analysis.charts.catalogue import CHARTS

    theme.enable()
    package = load()
    # Build and validate the spec, as the book does; the first run includes reading boundaries.
    return {name: _median_seconds(lambda f=func: f(package).to_dict(validate=True)) for name, func in CHARTS.items()}


def validate_time() -> float:
    command = [sys.executable, "-m", "analysis", "validate"]
    return _median_seconds(lambda: subprocess.run(command, cwd=ROOT, check=True, capture_output=True))


def main() -> int:
    site = ROOT / "_build" / "html"
    if not site.exists():
        print("build the book first (make book)", file=sys.stderr)
        return 1
    results = {
        "machine": {"python": platform.python_version(), "processor": platform.machine(), "runs": RUNS},
        "targets": TARGETS,
        "chart_build_s": chart_times(),
        "validate_s": validate_time(),
        "pages": all_pages(site),
    }
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    heaviest = max(results["pages"], key=lambda p: p["transferred_bytes"])
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` (median of {RUNS} runs, Python {results['machine']['python']}).",
        "",
        "| measure | result | target |",
        "|---|---|---|",
        f"| `python -m analysis validate` on the real package | {results['validate_s']} s | ≤ {TARGETS['validate_s']} s |",
    ]
    for name, seconds in results["chart_build_s"].items():
        lines.append(f"| chart `{name}` built and validated | {seconds} s | ≤ {TARGETS['chart_build_s']} s |")
    lines.append(
        f"| heaviest page ({heaviest['page']}), bytes transferred with gzip | {heaviest['transferred_bytes'] / 1e6:.2f} MB "
        f"({heaviest['raw_bytes'] / 1e6:.2f} MB uncompressed) | ≤ {TARGETS['page_transferred_mb']} MB |"
    )
    lines += ["", "Every page's weight is in `results.json`. The theme's icon script (about 1.5 MB uncompressed) is the largest single asset on every page. Boundary files are read once per process, so the map timings after the first run exclude reading them.", ""]
    (ROOT / "bench" / "README.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
