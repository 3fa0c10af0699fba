"""Text from the data is inert everywhere it is shown: markup, Markdown and MyST syntax planted in
names, descriptions and titles of a (synthetic) package come out as plain text in tables,
chart captions, chart tooltips, glued facts and static chart files.

A tiny book is built, as CI builds the report, from a page that loads the planted package
with book.setup(), shows it with book.table() and four charts with tooltips, and glues a fact.
The built HTML is read with html.parser; the page is then opened in headless Chromium, which
hovers over every chart mark and records each tooltip, and the live DOM is read again.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from analysis.validate import validate
from conftest import write_package
from synthetic_rows import every_resource_rows
from test_build_fails import build_tiny_book
from test_site import dump_dom

pytestmark = pytest.mark.book

PWNED = "document.documentElement.dataset.pwned=1"
INJECTIONS = {
    "script": "<script>alert(1)</script>",
    "img": "<img src=x onerror=alert(1)>",
    "img_marker": f'<img src=x onerror="{PWNED}">',
    "svg": f'<svg onload="{PWNED}"></svg>',
    "html_link": '<a href="javascript:alert(1)">click</a>',
    "markdown": "**bold** _em_",
    "myst": "{glue:text}`x`",
    "markdown_link": "[link](javascript:alert(1))",
}


def planted_rows() -> dict[str, list[dict]]:
    rows = every_resource_rows()
    authorities = {row["id"]: row for row in rows["authorities"]}
    authorities["nl-rotterdam"]["name"] = "Rotterdam " + INJECTIONS["img"]
    authorities["nl-arnhem"]["name"] = "Arnhem " + INJECTIONS["markdown"]
    authorities["nl-zuid-holland"]["name"] = "South Holland " + INJECTIONS["html_link"]
    authorities["cn-shanghai"]["name"] = "Shanghai " + INJECTIONS["script"]
    authorities["cn-shanghai"]["name_local"] = "上海 " + INJECTIONS["myst"]
    authorities["cn-wuhan"]["name"] = "Wuhan " + INJECTIONS["svg"]
    authorities["cn-wuhan"]["name_local"] = "武汉 " + INJECTIONS["img_marker"]
    rows["events"][0]["description"] = "Formalised " + INJECTIONS["markdown_link"]
    rows["events"][1]["description"] = "Formalised " + INJECTIONS["html_link"]
    rows["sources"][0]["title"] = "News " + INJECTIONS["script"]
    rows["sources"][1]["publisher"] = "Council " + INJECTIONS["markdown"]
    rows["stakeholders"][0]["name"] = "Ministry " + INJECTIONS["img_marker"]
    rows["stakeholders"][1]["name"] = "Association " + INJECTIONS["myst"]
    rows["stakeholder_relations"][0]["description"] = "Advises " + INJECTIONS["svg"]
    return rows


CHAPTER = """
```{{raw}} html
<script>
// Test only: a planted alert() that ran would block the headless browser; record it instead.
window.alert = function () {{ document.documentElement.dataset.pwned = "alert"; }};
</script>
```

```{{code-cell}} ipython3
:tags: [remove-cell]
from pathlib import Path
from analysis import book
from analysis.charts import render
from analysis.figures import CHARTS
from analysis.pages import register

package = book.setup(path={path!r})
render.enable(static_dir=Path.cwd().parent / "_static" / "figures")
book.glue_facts({{"planted": package["authorities"].set_index("id").at["cn-shanghai", "name"]}})
```

A glued fact from the data: {{glue:text}}`planted`.

```{{code-cell}} ipython3
:tags: [remove-input]
book.table(register.register_view(package))
```

```{{code-cell}} ipython3
:tags: [remove-input]
book.table(package["authorities"][["id", "name", "name_local"]])
```

```{{code-cell}} ipython3
:tags: [remove-input]
book.table(package["sources"][["id", "title", "publisher"]], caption=package["sources"].at[0, "title"])
```

```{{code-cell}} ipython3
:tags: [remove-input]
book.table(package["events"][["id", "description"]])
```

```{{code-cell}} ipython3
:tags: [remove-input]
CHARTS["netherlands_map"](package)
```

```{{code-cell}} ipython3
:tags: [remove-input]
CHARTS["china_map"](package)
```

```{{code-cell}} ipython3
:tags: [remove-input]
CHARTS["connection_map"](package)
```

```{{code-cell}} ipython3
:tags: [remove-input]
CHARTS["stakeholder_network"](package)
```

```{{raw}} html
<pre id="tooltip-log" hidden></pre>
<script>
// Test only: open every chart as a reader would (its Explore button), and once every chart
// is interactive, point at each mark and keep what its tooltip shows.
(function () {{
  var seen = [];
  function hover() {{
    var charts = document.querySelectorAll(".vega-chart");
    for (var i = 0; i < charts.length; i++) {{
      if (charts[i].dataset.state !== "interactive") {{ setTimeout(hover, 100); return; }}
    }}
    document.querySelectorAll(".vega-chart svg *").forEach(function (el) {{
      if (!el.__data__ || !el.getBoundingClientRect) return;
      var box = el.getBoundingClientRect();
      el.dispatchEvent(new PointerEvent("pointermove", {{bubbles: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2}}));
      var tip = document.getElementById("vg-tooltip-element");
      if (tip && tip.innerHTML && seen.indexOf(tip.innerHTML) < 0) seen.push(tip.innerHTML);
    }});
    document.getElementById("tooltip-log").textContent = JSON.stringify(seen);
  }}
  window.addEventListener("load", function () {{
    setTimeout(function () {{
      document.querySelectorAll("button.nlcn-explore").forEach(function (b) {{ b.click(); }});
      hover();
    }}, 0);
  }});
}})();
</script>
```
"""


class Page(HTMLParser):
    """Elements and text of a page, and anything the planted strings could have become."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []
        self.text: list[str] = []
        self.tooltip_log = ""
        self._stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._stack.append(tag)
        if tag == "img" and attrs.get("src") == "x":
            self.live.append(f"<img src=x> {attrs}")
        if (attrs.get("href") or "").strip().lower().startswith("javascript:"):
            self.live.append(f"<{tag} href=javascript:...>")
        for name, value in attrs.items():
            if name.startswith("on") and value and ("alert(" in value or "pwned" in value):
                self.live.append(f"<{tag} {name}={value!r}>")
            if name == "data-pwned":
                self.live.append(f"<{tag} data-pwned> (a planted handler ran)")

    def handle_endtag(self, tag):
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()

    def handle_data(self, data):
        current = self._stack[-1] if self._stack else ""
        if current == "script" and data.strip() == "alert(1)":
            self.live.append("<script>alert(1)</script>")
        if current in ("strong", "em") and data.strip() in ("bold", "em"):
            self.live.append(f"<{current}>{data}</{current}> (Markdown was rendered)")
        if current == "pre" and data.startswith("["):
            self.tooltip_log += data
        if current not in ("script", "style"):
            self.text.append(data)


def read(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


def svg_problems(path: Path) -> list[str]:
    """Elements or attributes in a static chart file that could run or load something."""
    problems = []
    for element in ET.parse(path).iter():
        tag = element.tag.split("}")[-1]
        if tag in ("script", "foreignObject", "image", "a"):
            problems.append(f"{path.name}: <{tag}>")
        problems += [f"{path.name}: <{tag} {name}>" for name in element.attrib if name.lower().startswith("on")]
    return problems


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("planted")
    path = write_package(root / "pkg", planted_rows())
    assert validate(path) == [], "the planted package must be valid: only its text is hostile"
    result = build_tiny_book(root, CHAPTER.format(path=str(path)))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return root / "book" / "_build" / "html"


def test_the_detector_sees_live_markup():
    unsafe = "".join(INJECTIONS.values()).replace("**bold** _em_", "<strong>bold</strong>") + '<p data-pwned="1">'
    assert len(read(unsafe).live) >= 6


def test_built_page_shows_planted_strings_as_text(built):
    page = read((built / "chapters" / "one.html").read_text(encoding="utf-8"))
    assert page.live == []
    text = "".join(page.text)
    for name, planted in INJECTIONS.items():
        assert planted in text, f"{name} should appear as text in a table or caption"
    assert "Shanghai " + INJECTIONS["script"] in text  # the glued fact


def test_live_page_and_tooltips_stay_inert(built):
    dom = read(dump_dom(built / "chapters" / "one.html"))
    assert dom.live == []
    tooltips = json.loads(dom.tooltip_log or "[]")
    assert len(tooltips) >= 4, "hovering over the charts showed too few tooltips"
    shown = ""
    for tip in tooltips:
        inner = read(tip)
        assert inner.live == [], tip
        shown += "".join(inner.text)
    for name in ("script", "img", "svg", "myst", "img_marker"):
        assert INJECTIONS[name] in shown, f"no tooltip showed the planted {name} string as text"


def test_static_chart_files_hold_no_live_markup(built):
    figures = sorted((built / "_static" / "figures").glob("*.svg"))
    assert len(figures) == 8  # four charts, each drawn for a desktop and for a phone
    assert [p for f in figures for p in svg_problems(f)] == []
