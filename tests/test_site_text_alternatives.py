"""Every chart and image of the built book has a text alternative (the axe-core check in
`make a11y` looks at the drawn pages; this looks at the HTML and SVG files themselves)."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SITE = REPO / "_build" / "html"

pytestmark = pytest.mark.site


class Elements(HTMLParser):
    """Images, charts and chart captions of one page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.images: list[dict] = []
        self.charts: list[dict] = []
        self.captions: list[str] = []
        self._caption: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img":
            self.images.append(attrs)
        if "vega-chart" in (attrs.get("class") or "").split():
            self.charts.append(attrs)
        if tag == "figcaption" and "nlcn-chart-description" in (attrs.get("class") or ""):
            self._caption = []

    def handle_data(self, data):
        if self._caption is not None:
            self._caption.append(data)

    def handle_endtag(self, tag):
        if tag == "figcaption" and self._caption is not None:
            self.captions.append("".join(self._caption).strip())
            self._caption = None


def parse(text: str) -> Elements:
    elements = Elements()
    # <noscript> content is text to the parser; the static chart images live there.
    elements.feed(text.replace("<noscript>", "").replace("</noscript>", ""))
    return elements


def pages() -> list[Path]:
    return sorted(SITE.rglob("*.html")) if SITE.exists() else []


def figures() -> list[Path]:
    return sorted((SITE / "_static" / "figures").glob("*.svg")) if SITE.exists() else []


def test_there_are_pages_charts_and_figures():
    assert pages(), "build the book first (make book-strict)"
    assert any(parse(p.read_text(encoding="utf-8")).charts for p in pages())
    assert figures()


def check_page(text: str) -> list[str]:
    found = parse(text)
    problems = [f"<img src={img.get('src')!r}> has no alt text" for img in found.images if not (img.get("alt") or "").strip() and img.get("role") != "presentation"]
    problems += [f"chart {c.get('id')} has no accessible name" for c in found.charts if not (c.get("aria-label") or "").removeprefix("Chart:").strip()]
    if len(found.captions) != len(found.charts) or not all(found.captions):
        problems.append(f"{len(found.charts)} chart(s) but {sum(map(bool, found.captions))} description(s)")
    return problems


@pytest.mark.parametrize("page", pages(), ids=lambda p: str(p.relative_to(SITE)))
def test_images_and_charts_have_text_alternatives(page):
    assert check_page(page.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("figure", figures(), ids=lambda p: p.name)
def test_static_chart_files_carry_title_and_description(figure):
    head = figure.read_text(encoding="utf-8")[:5000]
    assert 'role="img"' in head.split(">", 1)[0]
    assert "<title" in head and "<desc" in head
    assert head.split("<desc", 1)[1].split(">", 1)[1].split("</desc>")[0].strip()


def test_the_check_finds_missing_alternatives():
    page = (
        '<figure class="nlcn-chart"><div id="chart-1" class="vega-chart" role="group" aria-label="Chart: "></div></figure>'
        '<img src="a.png"><noscript><img src="b.svg" alt=""></noscript>'
    )
    assert len(check_page(page)) == 4
