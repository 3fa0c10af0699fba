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


def dump_dom(page: Path, query: str = "", *flags: str) -> str:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "headless Chromium is needed (make system-deps)"
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [chromium, *CHROMIUM_FLAGS, *flags, f"--user-data-dir={profile}", "--dump-dom", page.as_uri() + query],
            capture_output=True, text=True, timeout=120,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_the_built_book_has_chart_pages():
    assert (SITE / "index.html").exists(), "build the book first (make book-strict)"
    assert chart_pages(), "no built page contains a chart"


def reported_by(wrapper_html: str, page: Path, *flags: str) -> object:
    """What a wrapper page's script reports (JSON in its <pre id="out">) about `page`, loaded in
    its iframe in headless Chromium."""
    with tempfile.TemporaryDirectory() as folder:
        wrapper = Path(folder) / "wrapper.html"
        wrapper.write_text(wrapper_html.format(src=page.as_uri()), encoding="utf-8")
        out = dump_dom(wrapper, "", "--allow-file-access-from-files", *flags)
    found = re.search(r'<pre id="out">(.*?)</pre>', out, flags=re.S)
    assert found and found.group(1), "the wrapper's script did not run"
    return json.loads(found.group(1))


EXPLORE = """<!doctype html><html><body>
<iframe id="f" src="{src}" style="width:1280px;height:900px;border:0"></iframe><pre id="out"></pre>
<script>
// Click every chart's Explore button, then report once every chart has settled (interactive, or
// failed), watching the charts' state rather than a clock.
document.getElementById("f").addEventListener("load", function () {{
  var d = document.getElementById("f").contentDocument;
  var charts = Array.prototype.slice.call(d.querySelectorAll(".vega-chart"));
  function report() {{
    var settled = charts.every(function (c) {{ return c.dataset.state === "interactive" || /could not/.test(c.parentNode.textContent); }});
    if (!settled) return;
    document.getElementById("out").textContent = JSON.stringify(charts.map(function (c) {{
      return {{id: c.id, state: c.dataset.state || "", svg: !!c.querySelector("svg")}};
    }}));
  }}
  var watch = new MutationObserver(report);
  charts.forEach(function (c) {{ watch.observe(c.parentNode, {{attributes: true, childList: true, subtree: true, characterData: true}}); }});
  d.querySelectorAll("button.nlcn-explore").forEach(function (b) {{ b.click(); }});
}});
</script></body></html>"""


@pytest.mark.parametrize("page", chart_pages(), ids=lambda p: str(p.relative_to(SITE)))
def test_every_chart_is_drawn_offline_and_opens_interactive(page):
    # Drawn at once: each chart is a picture of its own SVG, for a desktop and for a phone.
    dom = dump_dom(page)
    charts = re.findall(r'<div id="(chart-[0-9a-f]+)" class="vega-chart[^"]*"[^>]*>(.*?)</figure>', dom, flags=re.S)
    assert charts, "chart elements missing from the rendered DOM"
    for chart_id, inner in charts:
        for drawn in re.findall(r'(?:src|srcset)="([^"]+\.svg)"', inner):
            assert (page.parent / drawn).resolve().is_file(), f"{chart_id}: {drawn} missing"
        assert f"{chart_id}.svg" in inner and f"{chart_id}-phone.svg" in inner, chart_id
    # Its Explore button loads the vendored libraries (no network) and draws the live chart.
    states = reported_by(EXPLORE, page, "--virtual-time-budget=60000")
    assert states and all(c["state"] == "interactive" and c["svg"] for c in states), states


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


def test_reader_pages_carry_no_developer_controls_and_the_downloads_page_has_the_notebooks():
    from analysis import project

    repo = project.repository_url()
    html = (SITE / "chapters" / "network.html").read_text(encoding="utf-8")
    assert f'href="{repo}"' in html and f"{repo}/issues/new" in html
    assert "mybinder.org" not in html and ".ipynb" not in html and "THEBE" not in html and "dropdown-download-buttons" not in html
    downloads = (SITE / "chapters" / "downloads.html").read_text(encoding="utf-8")
    notebooks = re.findall(r'href="(\.\./_sources/[^"]+\.ipynb)"', downloads)
    assert len(notebooks) >= 15 and "mybinder.org/v2/gh/" in downloads
    for link in notebooks:
        notebook = json.loads((SITE / "chapters" / link).resolve().read_text(encoding="utf-8"))
        assert any(cell.get("outputs") for cell in notebook["cells"] if cell["cell_type"] == "code"), link


def test_every_report_chapter_is_built():
    import yaml

    toc = yaml.safe_load((REPO / "_toc.yml").read_text(encoding="utf-8"))
    for part in toc["parts"]:
        for chapter in part["chapters"]:
            assert (SITE / f"{chapter['file']}.html").exists(), chapter["file"]


# The byte budget of a page: what a reader's browser fetches for it, compressed as a web server
# sends it (bench/page_weight.py). Bytes, unlike timings, are the same on every run.
PAGE_BUDGET_BYTES = 500_000


def test_every_page_keeps_within_its_byte_budget():
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    from page_weight import all_pages

    pages = all_pages(SITE)
    assert len(pages) > 400
    over = [(p["page"], p["transferred_bytes"]) for p in pages if p["transferred_bytes"] > PAGE_BUDGET_BYTES]
    assert over == []
    # No page loads the chart library, or Font Awesome's script, with it.
    for p in pages[:: max(1, len(pages) // 40)]:
        text = (SITE / p["page"]).read_text(encoding="utf-8")
        assert "vega.min.js" not in text and "fontawesome.js" not in text and "searchindex.js" not in text or p["page"] == "search.html", p["page"]


@pytest.mark.parametrize("edition,lang", [("", "en"), ("nl/", "nl")])
def test_each_edition_is_one_pdf_linked_from_its_downloads_page(edition, lang):
    site = SITE / edition
    downloads = (site / "chapters" / "downloads.html").read_text(encoding="utf-8")
    link = re.search(r'href="(\.\./_static/downloads/[^"]+\.pdf)"', downloads)
    assert link, "the downloads page links no PDF"
    pdf = (site / "chapters" / link.group(1)).resolve().read_bytes()
    assert pdf.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    # Every chapter starts a page, the register and the census included: far more pages than chapters.
    assert pages > 3 * len(yaml_chapters(edition)), pages
    # The PDF declares the edition's language in its catalogue (Chromium carries the document's lang into it).
    catalogue = re.search(rb"/Type\s*/Catalog.*?/Lang \((\w+)\)", pdf, flags=re.S)
    assert catalogue and catalogue.group(1).decode() == lang


def yaml_chapters(edition: str = "") -> list[str]:
    import yaml

    toc = yaml.safe_load((REPO / edition / "_toc.yml").read_text(encoding="utf-8"))
    return [c["file"] for part in toc["parts"] for c in part["chapters"]]


MEASURE_CHARTS = """<!doctype html><html><body style="margin:0">
<iframe id="f" src="{src}" style="width:1400px;height:900px;border:0"></iframe><pre id="out"></pre>
<script>
document.getElementById("f").addEventListener("load", function () {{
  setTimeout(function () {{
    var d = document.getElementById("f").contentDocument;
    var column = d.querySelector("article.bd-article").getBoundingClientRect().width;
    var charts = Array.prototype.map.call(d.querySelectorAll(".vega-chart img"), function (img) {{
      return img.getBoundingClientRect().width / column;
    }});
    document.getElementById("out").textContent = JSON.stringify(charts);
  }}, 1000);
}});
</script></body></html>"""


@pytest.mark.parametrize("page", chart_pages(), ids=lambda p: str(p.relative_to(SITE)))
def test_every_chart_fills_the_column_on_a_desktop(page):
    shares = reported_by(MEASURE_CHARTS, page, "--window-size=1420,1000")
    assert shares and min(shares) >= 0.85, shares
