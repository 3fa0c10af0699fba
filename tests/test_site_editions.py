"""The built site's two editions: each Dutch page is declared Dutch, shows none of the English
edition's labels, and every page links to the same page in the other edition."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from edition_labels import ENGLISH_LABELS, labels_of

from analysis.words import DUTCH

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


def english_pages() -> list[Path]:
    return sorted(p for p in SITE.rglob("*.html") if "_static" not in p.parts and DUTCH_SITE not in p.parents
                  and p.name not in ("genindex.html", "search.html") and "_sources" not in p.parts)


def test_every_english_page_has_a_dutch_counterpart_and_back():
    english = {p.relative_to(SITE) for p in english_pages()}
    dutch = {p.relative_to(DUTCH_SITE) for p in dutch_pages() if p.name != "search.html"}
    assert len(english) > 500
    assert english - dutch == set(), f"English pages without a Dutch one: {sorted(map(str, english - dutch))[:10]}"
    assert dutch - english == set(), f"Dutch pages without an English one: {sorted(map(str, dutch - english))[:10]}"


@pytest.mark.parametrize("name", ["chapters/context.html", "chapters/timeline.html", "chapters/downloads.html", "chapters/changelog.html"])
def test_a_chapter_links_to_the_same_chapter_in_the_other_edition(name):
    for here, there, lang in ((SITE / name, DUTCH_SITE / name, "nl"), (DUTCH_SITE / name, SITE / name, "en")):
        link = SWITCH.search(here.read_text(encoding="utf-8"))
        assert link and link.group(2) == lang
        assert (here.parent / link.group(1)).resolve() == there.resolve()


def _chart_specs(page: Path) -> list[dict]:
    """The interactive specs of every chart on a built page (the scripts _static/charts.js loads)."""
    specs = []
    for address in re.findall(r'data-spec="([^"]+)"', page.read_text(encoding="utf-8")):
        script = (page.parent / address).read_text(encoding="utf-8")
        specs.append(json.loads(re.search(r"\{spec:(\{.*\}),options:", script, flags=re.S).group(1)))
    return specs


def _words(node, found: set[str]) -> set[str]:
    """The words a chart shows a reader: titles, subtitles, axis, legend and tooltip titles,
    descriptions, the values its colour and shape scales name, and its controls' names."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "datasets":
                continue  # the data drawn, not words around it
            if key in ("title", "text", "description") and isinstance(value, str):
                found.add(value)
            elif key in ("text", "subtitle", "domain") and isinstance(value, list):
                found.update(v for v in value if isinstance(v, str))
            elif key == "bind" and isinstance(value, dict) and isinstance(value.get("name"), str):
                found.add(value["name"].strip())
            _words(value, found)
    elif isinstance(node, list):
        for value in node:
            _words(value, found)
    return found


# Words the two editions share: the same in Dutch (Status, Chinese partner), the credit lines.
SAME_IN_BOTH = {english for english, dutch in DUTCH.items() if english == dutch}


@pytest.mark.parametrize("name", ["chapters/index.html", "chapters/summary.html", "chapters/network.html", "chapters/timeline.html",
                                  "chapters/stakeholders.html", "chapters/needs.html", "chapters/census.html"])
def test_a_dutch_chart_shows_no_english_words(name):
    """Every word of a Dutch page's charts (titles, axes, legends, tooltips, descriptions) that
    the English page's charts also show is a word the same in both languages."""
    dutch, english = _chart_specs(DUTCH_SITE / name), _chart_specs(SITE / name)
    assert dutch and len(dutch) == len(english), "the Dutch page must show the English page's charts"
    for nl_spec, en_spec in zip(dutch, english):
        shared = _words(nl_spec, set()) & _words(en_spec, set())
        shared = {w for w in shared if w not in SAME_IN_BOTH and "CC BY" not in w and not w.endswith(".html") and not w.startswith("Nederlandse lokale")}
        assert not shared, f"{name}: English words in a Dutch chart: {sorted(shared)}"


def test_the_dutch_register_names_dutch_places_in_dutch():
    text = (DUTCH_SITE / "chapters" / "register.html").read_text(encoding="utf-8")
    cells = re.findall(r"<td[^>]*>(.*?)</td>", text, flags=re.S)
    shown = " ".join(re.sub(r"<[^>]+>", "", c) for c in cells)
    assert "Noord-Brabant" in shown and "Den Haag" in shown
    assert "North Brabant" not in shown and "The Hague" not in shown and "South Holland" not in shown
