"""The built site's two editions: each Dutch page is declared Dutch, shows none of the English
edition's labels, and every page links to the same page in the other edition."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edition_labels import ENGLISH_LABELS, labels_of

REPO = Path(__file__).resolve().parents[1]
SITE = REPO / "_build" / "html"
DUTCH_SITE = SITE / "nl"

pytestmark = pytest.mark.site

SWITCH = re.compile(r'<p class="nlcn-language"><a href="([^"]+)" hreflang="(\w+)"')


def dutch_pages() -> list[Path]:
    if not DUTCH_SITE.exists():
        return []
    return sorted(p for p in DUTCH_SITE.rglob("*.html") if "_static" not in p.parts and p.name != "genindex.html")


def shown_labels(page: str) -> set[str]:
    """The labels of the page's article (the theme's own chrome left out)."""
    return labels_of(page.split('<article class="bd-article"', 1)[-1].split("</article>", 1)[0])


def test_the_dutch_edition_is_built_beside_the_english_one():
    assert (SITE / "index.html").exists(), "build the book first (make book-strict)"
    assert (DUTCH_SITE / "chapters" / "index.html").exists(), "the Dutch edition was not built into _build/html/nl"
    assert (DUTCH_SITE / "chapters" / "ties" / "arnhem--wuhan.html").exists()
    assert (DUTCH_SITE / "searchindex.js").exists(), "the Dutch edition has a search index of its own"


@pytest.mark.parametrize("page", dutch_pages()[:: max(1, len(dutch_pages()) // 60)] if dutch_pages() else [],
                         ids=lambda p: str(p.relative_to(DUTCH_SITE)))
def test_a_dutch_page_is_dutch_and_links_to_its_english_page(page):
    text = page.read_text(encoding="utf-8")
    assert re.search(r'<html[^>]* lang="nl"', text), "a Dutch page must be declared lang=nl"
    english = ENGLISH_LABELS & shown_labels(text)
    assert not english, f"English labels on a Dutch page: {sorted(english)}"
    if page.name != "search.html":
        link = SWITCH.search(text)
        assert link and link.group(2) == "en", "no link to the English page"
        target = (page.parent / link.group(1)).resolve()
        assert target.is_file() and DUTCH_SITE not in target.parents, target


def test_every_dutch_generated_page_is_free_of_english_labels():
    generated = [p for p in dutch_pages() if p.parent.name in ("ties", "authorities")]
    assert len(generated) > 400
    for page in generated:
        english = ENGLISH_LABELS & shown_labels(page.read_text(encoding="utf-8"))
        assert not english, f"{page.name}: {sorted(english)}"


@pytest.mark.parametrize("name", ["chapters/register.html", "chapters/ties/arnhem--wuhan.html", "chapters/authorities/nl-den-haag.html"])
def test_an_english_page_links_to_its_dutch_page(name):
    text = (SITE / name).read_text(encoding="utf-8")
    link = SWITCH.search(text)
    assert link and link.group(2) == "nl"
    target = ((SITE / name).parent / link.group(1)).resolve()
    assert target == (DUTCH_SITE / name).resolve() and target.is_file()
    assert f'<link rel="alternate" hreflang="nl"' in text


def test_an_english_page_without_a_dutch_one_yet_leads_to_the_dutch_edition():
    text = (SITE / "chapters" / "context.html").read_text(encoding="utf-8")
    link = SWITCH.search(text)
    assert link and ((SITE / "chapters") / link.group(1)).resolve() == (DUTCH_SITE / "chapters" / "index.html").resolve()


def test_the_dutch_register_names_dutch_places_in_dutch():
    text = (DUTCH_SITE / "chapters" / "register.html").read_text(encoding="utf-8")
    cells = re.findall(r"<td[^>]*>(.*?)</td>", text, flags=re.S)
    shown = " ".join(re.sub(r"<[^>]+>", "", c) for c in cells)
    assert "Noord-Brabant" in shown and "Den Haag" in shown
    assert "North Brabant" not in shown and "The Hague" not in shown and "South Holland" not in shown
