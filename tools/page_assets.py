"""Sphinx extension: each page loads only what it uses, and says what it is.

- The chart libraries (Vega, Vega-Lite, vega-embed) are not loaded with the page at all: a chart
  shows its drawn SVG at once, and `_static/charts.js` fetches the libraries when the reader
  reaches for the chart (a pointer over it, a tap, a key). So `charts.js` goes on pages with a
  chart and `register.js` on pages with a searchable table; neither on the others.
- Scripts and style sheets of features a page does not use (copy buttons, toggles, tabs) go.
- Live-code (Thebe) configuration and scripts go: the launch buttons are not on reader pages (the
  downloads page links the notebooks and Binder), and the theme emitted the configuration twice.
- Each page gets a description, OpenGraph metadata with an image, and the favicon; a page whose
  front matter gives a `language` (the Dutch summary) is declared in it.
- Each page links to the same page in the other edition (English at the root, Dutch below nl/), or,
  while that edition has no such page yet, to its home page; the head names the other page too.

Jupyter Book adds every script in _static to every page; this takes the page-specific ones out
again when the configuration is read.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config

CHART_SCRIPTS = ("charts.js",)
CHART_LIBRARIES = ("vendor/vega.min.js", "vendor/vega-lite.min.js", "vendor/vega-embed.min.js")
TABLE_SCRIPTS = ("register.js",)
PAGE_SPECIFIC = CHART_SCRIPTS + CHART_LIBRARIES + TABLE_SCRIPTS
THEBE = ("sphinx-thebe", "THEBE_JS_URL", "thebe")
# Assets of features a page may not use, by a mark of the feature in the page's body: a page
# without it loads none of them (each render-blocking request delays the first paint).
FEATURES = {
    'class="highlight': ("clipboard.min.js", "copybutton.js", "copybutton.css", "pygments.css"),
    'class="toggle': ("togglebutton.js", "togglebutton.css", "togglebuttonSelector"),
    'class="sd-': ("design-tabs.js", "sphinx-design.min.css"),
}
DESCRIPTION_CHARS = 200


def _name(entry: object) -> str:
    return entry[0] if isinstance(entry, (tuple, list)) else str(entry)


def page_specific_out(app: Sphinx, config: Config) -> None:
    # Also every chart's own script in _static/figures (left there by an earlier build).
    config.html_js_files = [f for f in config.html_js_files if _name(f) not in PAGE_SPECIFIC and not _name(f).startswith(("figures/", "vendor/"))]
    config.html_css_files = [f for f in config.html_css_files if "thebe" not in _name(f)]
    # No download menu on reader pages (the downloads page offers the notebooks and the PDF);
    # Jupyter Book has no setting for it.
    config.html_theme_options = {**(config.html_theme_options or {}), "use_download_button": False}


def _marked(asset: object, marks) -> bool:
    """Whether a script or style sheet (its file name, or an inline script's text) holds a mark."""
    text = " ".join(str(v) for v in (getattr(asset, "filename", asset), getattr(asset, "attributes", {}).get("body", "")))
    return any(mark in text for mark in marks)


def description(body: str) -> str:
    """The page's first paragraph as plain text, cut at a word near DESCRIPTION_CHARS."""
    found = re.search(r"<p>(.*?)</p>", body, flags=re.S)
    text = re.sub(r"<[^>]+>", "", found.group(1)) if found else ""
    text = " ".join(html.unescape(text).split())
    if len(text) > DESCRIPTION_CHARS:
        text = text[:DESCRIPTION_CHARS].rsplit(" ", 1)[0] + " …"
    return text


def per_page(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    body = context.get("body", "")
    dropped = [*THEBE, *(mark for feature, marks in FEATURES.items() if feature not in body for mark in marks)]
    scripts = context.get("script_files")
    if scripts is not None:
        scripts[:] = [s for s in scripts if not _marked(s, dropped)]
    styles = context.get("css_files")
    if styles is not None:
        styles[:] = [s for s in styles if not _marked(s, dropped)]
    if 'class="vega-chart' in body:
        for name in CHART_SCRIPTS:
            app.add_js_file(name, defer="defer")
    if "nlcn-filters" in body:
        for name in TABLE_SCRIPTS:
            app.add_js_file(name)
    # The theme logs an error on every page when no colour mode is set: it is "auto".
    if not context.get("default_mode"):
        context["default_mode"] = "auto"
    # A page written in another language says so in its front matter (language: nl).
    language = (context.get("meta") or {}).get("language")
    if language:
        context["language"] = language
    lang = app.config.language or "en"
    others = app.env.nlcn_other_pages if hasattr(app.env, "nlcn_other_pages") else set()
    switch, alternate = language_switch(pagename, lang, others)
    if switch and "body" in context:
        context["body"] = switch + context["body"]
    context["nlcn_alternate"] = alternate
    context["nlcn_alternate_lang"] = EDITIONS.get(lang, {}).get("other", "")
    context["nlcn_description"] = description(body) or app.config.project
    context["nlcn_site_url"] = app.config.html_baseurl


# Each edition links every page to the same page in the other one, which lives at `prefix` from
# the edition's root: the Dutch edition below nl/, the English one above it.
EDITIONS = {
    "en": {"other": "nl", "prefix": "nl/", "label": "Nederlands", "title": "Deze pagina in het Nederlands",
           "home": "Naar de Nederlandse editie", "book": "nl"},
    "nl": {"other": "en", "prefix": "../", "label": "English", "title": "This page in English",
           "home": "To the English edition", "book": ".."},
}
# Pages made from the data exist in both editions alike.
GENERATED = ("chapters/ties/", "chapters/authorities/")
ALWAYS = ("search", "genindex")


def other_edition_pages(srcdir: Path, lang: str) -> set[str]:
    """The documents of the other edition's table of contents (its generated pages and search
    page are taken as given)."""
    import yaml

    toc = srcdir / EDITIONS[lang]["book"] / "_toc.yml"
    if not toc.is_file():
        return set()
    data = yaml.safe_load(toc.read_text(encoding="utf-8")) or {}
    found = {data.get("root", "")}

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "file" in node:
                found.add(str(node["file"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(data.get("parts", data.get("chapters", [])))
    return {str(Path(f).with_suffix("")) for f in found if f}


def language_switch(pagename: str, lang: str, others: set[str]) -> tuple[str, str]:
    """The link to this page in the other edition (or, if it has none yet, to that edition's
    home page) as HTML, and its address for the page's head."""
    edition = EDITIONS.get(lang)
    if edition is None:
        return "", ""
    up = "../" * pagename.count("/")
    same = pagename in others or pagename.startswith(GENERATED) or pagename in ALWAYS
    target = f"{up}{edition['prefix']}{pagename if same else 'chapters/index'}.html"
    text = edition["label"] if same else edition["home"]
    title = edition["title"] if same else edition["home"]
    other = edition["other"]
    link = (f'<p class="nlcn-language"><a href="{html.escape(target)}" hreflang="{other}" lang="{other}" '
            f'title="{html.escape(title)}">{html.escape(text)}</a></p>')
    return link, target if same else ""


SEARCH_SCRIPTS = ("_static/searchtools.js", "_static/language_data.js", "searchindex.js")


def defer_search_scripts(app: Sphinx, exception: Exception | None) -> None:
    """The search page's index and tools load without holding up its first paint: the theme
    writes them as blocking scripts; deferred, they still run in order before the page is
    ready, which is when the search starts."""
    page = Path(app.outdir) / "search.html"
    if exception is not None or not page.is_file():
        return
    text = page.read_text(encoding="utf-8")
    for name in SEARCH_SCRIPTS:
        text = text.replace(f'<script src="{name}"></script>', f'<script defer src="{name}"></script>')
    page.write_text(text, encoding="utf-8")


def remember_other_edition(app: Sphinx) -> None:
    app.env.nlcn_other_pages = other_edition_pages(Path(app.srcdir), app.config.language or "en")


def setup(app: Sphinx) -> dict:
    # After Jupyter Book has put every _static script into the configuration.
    app.connect("config-inited", page_specific_out, priority=900)
    app.connect("builder-inited", remember_other_edition)
    app.connect("html-page-context", per_page)
    app.connect("build-finished", defer_search_scripts)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
