"""Links in the built book: every internal link reaches an existing file and anchor, and every
external link is a well-formed http(s) address. (Sphinx's nitpicky -W build already fails on
an unresolved reference; this also covers links in raw HTML such as chart downloads.)"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from analysis.validate.rules.sources import url_problem

REPO = Path(__file__).resolve().parents[1]
SITE = REPO / "_build" / "html"

pytestmark = pytest.mark.site

LINK_ATTRIBUTES = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src")}


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.anchors: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("id", "name") and value:
                self.anchors.add(value)
            if (tag, name) in LINK_ATTRIBUTES and value:
                self.links.append(value)


def parse(path: Path) -> Links:
    links = Links()
    text = path.read_text(encoding="utf-8")
    links.feed(text.replace("<noscript>", "").replace("</noscript>", ""))
    return links


def pages() -> list[Path]:
    return sorted(p for p in SITE.rglob("*.html") if "_static" not in p.parts) if SITE.exists() else []


def link_problems(page: Path, parsed: dict[Path, Links]) -> list[str]:
    problems = []
    for link in parse(page).links:
        parts = urlsplit(link)
        if parts.scheme in ("http", "https"):
            problem = url_problem(link)
            if problem:
                problems.append(f"{link}: {problem}")
            continue
        if parts.scheme in ("mailto", "data", "javascript") or link.startswith("//"):
            if parts.scheme == "javascript":
                problems.append(f"{link}: a javascript: link")
            continue
        target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
        if not target.is_file():
            problems.append(f"{link}: no file {target}")
            continue
        if parts.fragment and target.suffix == ".html":
            if target not in parsed:
                parsed[target] = parse(target)
            if unquote(parts.fragment) not in parsed[target].anchors:
                problems.append(f"{link}: no anchor #{parts.fragment} in {target.name}")
    return problems


def test_the_built_book_has_pages():
    assert len(pages()) >= 5, "build the book first (make book-strict)"


@pytest.mark.parametrize("page", pages(), ids=lambda p: str(p.relative_to(SITE)))
def test_every_link_resolves(page):
    assert link_problems(page, {}) == []


def test_the_check_finds_broken_links(tmp_path):
    (tmp_path / "other.html").write_text('<h1 id="here">Other</h1>', encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text(
        '<a href="other.html#here">ok</a><a href="other.html#gone">bad anchor</a><a href="missing.html">bad file</a>'
        '<a href="https:///no-host">bad url</a><a href="javascript:alert(1)">script</a><a href="#top">top</a><p id="top"></p>',
        encoding="utf-8",
    )
    assert len(link_problems(page, {})) == 4
