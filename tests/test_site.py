"""Open built pages in headless Chromium with networking unavailable; charts must be drawn."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SITE = REPO / "_build" / "html"

pytestmark = pytest.mark.site

# Every request to another host goes to a closed local port: the page gets no network.
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
    "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
    "--virtual-time-budget=10000", "--window-size=1280,1400",
]


def chart_pages() -> list[Path]:
    if not SITE.exists():
        return []
    return sorted(p for p in SITE.rglob("*.html") if 'class="vega-chart"' in p.read_text(encoding="utf-8"))


def dump_dom(page: Path) -> str:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "headless Chromium is needed (make system-deps)"
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
            capture_output=True, text=True, timeout=120,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_the_built_book_has_chart_pages():
    assert (SITE / "index.html").exists(), "build the book first (make book-strict)"
    assert chart_pages(), "no built page contains a chart"


@pytest.mark.parametrize("page", chart_pages(), ids=lambda p: str(p.relative_to(SITE)))
def test_every_chart_is_drawn_offline(page):
    dom = dump_dom(page)
    charts = re.findall(r'<div id="(chart-[0-9a-f]+)" class="vega-chart[^"]*"[^>]*>(.*?)</figure>', dom, flags=re.S)
    assert charts, "chart elements missing from the rendered DOM"
    for chart_id, inner in charts:
        assert "<svg" in inner or "<canvas" in inner, f"{chart_id} was not drawn: {inner[:300]}"


def test_vendored_libraries_match_altair():
    import altair as alt
    import hashlib

    versions = json.loads((REPO / "_static" / "vendor" / "versions.json").read_text())
    assert versions["vega-lite"]["version"] == alt.VEGALITE_VERSION
    assert versions["vega"]["version"].split(".")[0] == alt.VEGA_VERSION
    assert versions["vega-embed"]["version"].split(".")[0] == alt.VEGAEMBED_VERSION
    for name, meta in versions.items():
        data = (REPO / "_static" / "vendor" / meta["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == meta["sha256"], f"{name} differs from the recorded copy"
