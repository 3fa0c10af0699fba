"""The register and the generated pages as a reader meets them in headless Chromium: no sideways
scroll and compact rows on a desktop and a phone, and the site search finds an authority's own
page first."""

from __future__ import annotations

import csv
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest

REPO = Path(__file__).resolve().parents[1]
SITE = REPO / "_build" / "html"
REGISTER = SITE / "chapters" / "register.html"
MAX_ROW_PX = 150

pytestmark = pytest.mark.site


def chromium_dom(url: str, *flags: str) -> str:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "headless Chromium is needed (make system-deps)"
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--proxy-server=127.0.0.1:9",
             "--proxy-bypass-list=<-loopback>", "--virtual-time-budget=15000", f"--user-data-dir={profile}", *flags,
             "--dump-dom", url],
            capture_output=True, text=True, timeout=120,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


WRAPPER = """<!doctype html><html><body style="margin:0">
<iframe id="f" src="{src}" style="width:{width}px;height:{height}px;border:0"></iframe>
<pre id="out"></pre>
<script>
document.getElementById("f").addEventListener("load", function () {{
  setTimeout(function () {{
    var d = document.getElementById("f").contentDocument;
    var table = d.getElementById("nlcn-register");
    document.getElementById("out").textContent = JSON.stringify((function () {{ {body} }})());
  }}, 1500);
}});
</script></body></html>"""

MEASURE = """
    var rows = Array.prototype.map.call(table.tBodies[0].rows, function (r) { return r.getBoundingClientRect().height; });
    var wrap = table.parentElement;
    return {rows: rows, pageOverflow: d.documentElement.scrollWidth - d.documentElement.clientWidth,
            tableOverflow: wrap.scrollWidth - wrap.clientWidth};
"""

SORT_BY_FOUNDED = """
    var headings = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var column = headings.findIndex(function (th) { return th.textContent.trim() === "Since"; });
    headings[column].querySelector("button").click();
    var values = Array.prototype.map.call(table.tBodies[0].rows, function (r) { return r.cells[column].textContent.trim(); });
    return {sort: headings[column].getAttribute("aria-sort"), values: values};
"""


def in_register(body: str, width: int = 1400, height: int = 900) -> dict:
    """What a script returns about the register's table, run after the page has loaded in an
    iframe of the given size (the page's own scripts have run)."""
    with tempfile.TemporaryDirectory() as folder:
        wrapper = Path(folder) / "wrapper.html"
        wrapper.write_text(WRAPPER.format(src=REGISTER.as_uri(), width=width, height=height, body=body), encoding="utf-8")
        dom = chromium_dom(wrapper.as_uri(), "--allow-file-access-from-files", f"--window-size={width + 20},{height}")
    found = re.search(r'<pre id="out">(.*?)</pre>', dom, flags=re.S)
    assert found and found.group(1), "the script did not run"
    return json.loads(found.group(1))


def measure_register(width: int, height: int) -> dict:
    return in_register(MEASURE, width, height)


@pytest.mark.parametrize("width, height", [(1400, 900), (390, 800)])
def test_the_register_fits_the_screen_with_compact_rows(width, height):
    assert REGISTER.exists(), "build the book first (make book-strict)"
    measured = measure_register(width, height)
    assert measured["rows"], "no rows measured"
    assert measured["pageOverflow"] <= 0 and measured["tableOverflow"] <= 0, measured
    assert max(measured["rows"]) <= MAX_ROW_PX, sorted(measured["rows"])[-5:]


def search_results(query: str) -> list[str]:
    dom = chromium_dom((SITE / "search.html").as_uri() + "?q=" + quote(query))
    listing = re.search(r'<ul class="search">(.*?)</ul>', dom, flags=re.S)
    assert listing, f"no search results for {query!r}"
    return re.findall(r'href="([^"#]+)', listing.group(1))


@pytest.mark.parametrize("query, page", [
    ("Tilburg", "chapters/authorities/nl-tilburg.html"),
    ("Maastricht", "chapters/authorities/nl-maastricht.html"),
    ("Den Haag", "chapters/authorities/nl-den-haag.html"),
    # Without a tie: the census entry is the page.
    ("Aa en Hunze", "chapters/authorities/nl-aa-en-hunze.html"),
    ("Vaals", "chapters/authorities/nl-vaals.html"),
    ("Wetterskip Fryslân", "chapters/authorities/nl-wetterskip-fryslan.html"),
])
def test_the_site_search_lists_an_authoritys_own_page_first(query, page):
    assert search_results(query)[0] == page


def test_groningen_lists_the_municipality_and_the_province_first():
    first_two = set(search_results("Groningen")[:2])
    assert first_two == {"chapters/authorities/nl-groningen.html", "chapters/authorities/nl-provincie-groningen.html"}


def test_every_tie_and_authority_page_is_linked_from_the_register_a_tie_or_the_census():
    register = REGISTER.read_text(encoding="utf-8")
    ties = sorted(p.name for p in (SITE / "chapters" / "ties").glob("*.html"))
    assert ties and all(f'href="ties/{name}"' in register for name in ties)
    linked = set()
    for tie in (SITE / "chapters" / "ties").glob("*.html"):
        linked |= set(re.findall(r'href="\.\./authorities/([^"]+)"', tie.read_text(encoding="utf-8")))
    from_census = set(re.findall(r'href="authorities/([^"]+)"', (SITE / "chapters" / "census.html").read_text(encoding="utf-8")))
    pages = {p.name for p in (SITE / "chapters" / "authorities").glob("*.html")}
    assert linked | from_census == pages
    # Every Dutch authority is reached from the census table.
    with open(REPO / "datapackage" / "data" / "census.csv", encoding="utf-8", newline="") as handle:
        rows = sum(1 for _ in csv.DictReader(handle))
    assert len(from_census) == rows and all(name.startswith("nl-") for name in from_census)


def test_the_tilburg_chengdu_page_shows_the_open_vote():
    text = (SITE / "chapters" / "ties" / "tilburg--chengdu.html").read_text(encoding="utf-8")
    assert "Open matters" in text and "motion of December 2022: outcome not found in public sources" in text



def test_a_column_heading_sorts_the_register():
    result = in_register(SORT_BY_FOUNDED)
    years = [int(v) for v in result["values"] if v.isdigit()]
    assert result["sort"] == "ascending" and years == sorted(years) and len(years) > 10


def test_the_search_page_loads_its_index_without_blocking_its_first_paint():
    page = (SITE / "search.html").read_text(encoding="utf-8")
    for name in ("_static/searchtools.js", "_static/language_data.js", "searchindex.js"):
        assert f'<script defer src="{name}"></script>' in page, name
