"""The pieces of a generated page: a title, plain paragraphs and HTML blocks, all escaped."""

from __future__ import annotations

import html

import pandas as pd

from analysis.book import Table, source_links
from analysis.links import InLanguage, md_escape, safe_url
from analysis.model.labels import outcome_reported, readable_date
from analysis.model.sources import archive_url
from analysis.words import say

def page(title: str, lede: str, blocks: list[str]) -> str:
    """A MyST page: its title and a lede as text (so the site search finds them), then blocks of
    HTML made here, every value from the data escaped."""
    raw = "\n".join(b for b in blocks if b)
    # An orphan: reached from the register, the other pages and the search, not from the
    # navigation, whose size would otherwise grow with every page on every page.
    return (
        "---\norphan: true\n---\n\n"
        f"# {md_escape(title)}\n\n{md_escape(lede)}\n\n"
        "```{raw} html\n" + raw + "\n```\n"
    )


def text(value: object) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def english(value: object, lang: str) -> str:
    """Text from the data, which is written in English: on a page of another edition it is
    marked as English, so a screen reader reads it with an English voice."""
    escaped = text(value)
    return f'<span lang="en">{escaped}</span>' if escaped and lang != "en" else escaped


def outcome(value: object, lang: str, missing: str = "not found in public sources") -> object:
    """A decision's outcome: the data's words (English, marked so on another edition's page), or
    the edition's words for an outcome no source reports."""
    if not outcome_reported(value):
        return say(missing, lang)
    return english_cell(str(value), lang)


def english_cell(value: object, lang: str) -> object:
    """A table cell of data text written in English, marked as English on a page of another
    edition (an empty cell stays as it is)."""
    if lang == "en" or value is None or (not isinstance(value, str) and pd.isna(value)) or value == "":
        return value
    return InLanguage(str(value), "en")


def english_cells(values: pd.Series, lang: str) -> pd.Series:
    """A column of data text written in English, marked as English on a page of another edition."""
    return values if lang == "en" else values.map(lambda value: english_cell(value, lang))


def link(label: str, url: object, local: bool = False) -> str:
    """A link; an address from the data becomes one only if it is a well-formed http(s) address."""
    target = url if local else safe_url(url)
    return f'<a href="{html.escape(str(target))}">{html.escape(label)}</a>' if target else html.escape(label)


def heading(title: str) -> str:
    return f"<h2>{html.escape(title)}</h2>"


def paragraph(content: str) -> str:
    """A paragraph of already escaped HTML."""
    return f"<p>{content}</p>" if content else ""


def facts(rows: list[tuple[str, str]]) -> str:
    """Label and value pairs (values already escaped HTML) as a description list."""
    items = "".join(f"<dt>{html.escape(k)}</dt><dd>{v}</dd>" for k, v in rows if v)
    return f'<dl class="nlcn-facts">{items}</dl>'


def table(frame: pd.DataFrame, caption: str, sources: pd.DataFrame | None = None) -> str:
    return Table(frame, caption=caption, sources=sources)._repr_html_() if len(frame) else ""


def cited(source_id: object, sources: pd.DataFrame, text_: str | None = None) -> str:
    """A source as a link labelled with its publisher and year (or the given text)."""
    found = source_links(source_id, sources)
    if not found:
        return ""
    return link(text_ or found[0].text, found[0].url)


def source_list(ids: list[str], sources: pd.DataFrame, lang: str = "en") -> str:
    """Every source named, once: title, publisher and publication date, linked."""
    by_id = sources.set_index("id")
    items = []
    for sid in dict.fromkeys(ids):
        if sid not in by_id.index:
            continue
        row = by_id.loc[sid]
        published = readable_date(row["published"], lang) if not pd.isna(row["published"]) else say("undated", lang)
        archived = archive_url(row["url"], row["accessed"])
        copy = f' ({link(say("archived copy", lang), archived)})' if archived else ""
        items.append(f"<li>{link(str(row['title']), str(row['url']))}{copy}. {text(row['publisher'])}, {text(published)}.</li>")
    return f'<ul class="nlcn-sources">{"".join(items)}</ul>' if items else ""
