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


def dump_dom(page: Path, query: str = "") -> str:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "headless Chromium is needed (make system-deps)"
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri() + query],
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


REGISTER = SITE / "chapters" / "register.html"


def register_rows(dom: str) -> tuple[int, int]:
    """(rows shown, rows in all) of the register table in a dumped page."""
    table = dom.split('id="nlcn-register"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr( [^>]*)?>", table.split("<tbody>", 1)[1])
    hidden = [r for r in rows if r and re.search(r"\bhidden\b", r)]
    return len(rows) - len(hidden), len(rows)


def test_the_register_lists_every_tie_and_each_tie_page_its_sources_and_a_correction_link():
    from analysis.package import load

    ties = len(load()["partnerships"])
    html = REGISTER.read_text(encoding="utf-8")
    table = html.split('id="nlcn-register"', 1)[1].split("</table>", 1)[0]
    assert table.count("<tr data-status=") == ties
    pages = re.findall(r'<td><a href="(ties/[^"]+\.html)">', table)
    assert len(pages) == ties
    for page in pages:
        text = (REGISTER.parent / page).read_text(encoding="utf-8")
        assert ">Report a correction to this tie</a>" in text, page
        assert re.search(r'<ul class="nlcn-sources"><li><a href="https?://', text), page


@pytest.mark.parametrize("query, expect", [("", "all"), ("?q=wuhan", "some"), ("?status=ended", "some"), ("?q=no-such-tie-anywhere", "none")])
def test_register_search_and_filters_work_offline(query, expect):
    shown, total = register_rows(dump_dom(REGISTER, query))
    assert total > 0
    assert {"all": shown == total, "some": 0 < shown < total, "none": shown == 0}[expect], (query, shown, total)


def test_the_register_filter_matches_the_data():
    from analysis.package import load

    ended = int((load()["partnerships"]["status"] == "ended").sum())
    dom = dump_dom(REGISTER, "?status=ended")
    assert register_rows(dom)[0] == ended
    assert f"Showing {ended} of" in dom


def test_every_download_link_resolves_and_matches_the_package():
    import csv

    from analysis.package import load

    package = load()
    page = SITE / "chapters" / "downloads.html"
    hrefs = re.findall(r'href="(\.\./_static/downloads/[^"]+)"', page.read_text(encoding="utf-8"))
    for name in package.tables:
        assert f"../_static/downloads/csv/{name}.csv" in hrefs and f"../_static/downloads/json/{name}.json" in hrefs
    assert any(h.endswith(".xlsx") for h in hrefs) and any(h.endswith(".zip") for h in hrefs)
    for href in hrefs:
        assert (page.parent / href).resolve().is_file(), href
    for name, frame in package.tables.items():
        with (SITE / "_static" / "downloads" / "csv" / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            assert sum(1 for _ in csv.DictReader(handle)) == len(frame), name


def test_pages_offer_repository_issue_download_and_launch_buttons():
    html = (SITE / "chapters" / "network.html").read_text(encoding="utf-8")
    from analysis import project

    repo = project.repository_url()
    assert f'href="{repo}"' in html
    assert f"{repo}/issues/new" in html
    assert "mybinder.org/v2/gh/" in html
    assert ".ipynb" in html and "download" in html.lower()


def test_every_report_chapter_is_built():
    import yaml

    toc = yaml.safe_load((REPO / "_toc.yml").read_text(encoding="utf-8"))
    for part in toc["parts"]:
        for chapter in part["chapters"]:
            assert (SITE / f"{chapter['file']}.html").exists(), chapter["file"]
