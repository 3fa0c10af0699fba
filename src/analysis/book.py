"""What a chapter's cells call: the shared views of the package, glued facts and tables for the page."""

from __future__ import annotations

import html
import weakref
from collections.abc import Mapping
from types import ModuleType

import pandas as pd

from analysis import project
from analysis.charts import render, theme
from analysis.links import InLanguage, Link, Markdown, citation_label, mark_chinese, safe_url
from analysis.model.views import Views
from analysis.package import DEFAULT_PATH, REPO_ROOT, load_validated, package_digest
from analysis.vocabulary import split_ids
from analysis.words import LANGUAGES, say

STATIC_FIGURES = REPO_ROOT / "_static" / "figures"


# The views of the package the chapters of this process have used, under its digest: chapters
# executed one after another in one kernel share them, so each derived table is computed once
# per build.
_VIEWS: dict[tuple[str, str], Views] = {}


def setup(page: ModuleType | None = None, path=DEFAULT_PATH, lang: str = "en") -> Views:
    """The validated package and its shared views in the edition's language, with charts
    prepared for the book; `page`, the chapter's page module, gives its charts the chapter's
    address in their credit."""
    theme.enable()
    render.enable(static_dir=STATIC_FIGURES)
    render.PAGE = f"{project.edition_folder(lang)}chapters/{page.__name__.rsplit('.', 1)[-1]}" if page is not None else None
    render.LANG = lang
    key = (package_digest(path), lang)
    if key not in _VIEWS:
        if not any(digest == key[0] for digest, _ in _VIEWS):
            _VIEWS.clear()
        _VIEWS[key] = Views(load_validated(path), lang)
    return _VIEWS[key]


def glue_facts(facts: Mapping[str, object]) -> None:
    """Glue every computed fact so the prose can cite it by name."""
    from IPython.display import Markdown as MarkdownDisplay
    from myst_nb import glue

    for name, value in facts.items():
        glue(name, MarkdownDisplay(str(value)) if isinstance(value, Markdown) else value, display=False)


_SOURCE_INDEXES: dict[int, tuple[weakref.ref, dict[str, Link]]] = {}


def source_index(sources: pd.DataFrame) -> dict[str, Link]:
    """Every source as the link a table shows for it, by id (built once per sources table: the
    generated pages ask for it hundreds of times)."""
    known = _SOURCE_INDEXES.get(id(sources))
    if known and known[0]() is sources:
        return known[1]
    rows = sources.to_dict("records")
    index = {row["id"]: Link(citation_label(row), row["url"]) for row in rows}
    _SOURCE_INDEXES[id(sources)] = (weakref.ref(sources), index)
    return index


def source_links(ids: object, sources: pd.DataFrame | dict[str, Link]) -> list[Link]:
    """The sources named in a cell (one id or several joined by ';'), as links."""
    index = sources if isinstance(sources, dict) else source_index(sources)
    return [index[i] for i in split_ids(ids)]


def _cell(value: object) -> str:
    if isinstance(value, Link):
        url = value.url if value.local else safe_url(value.url)
        text = html.escape(value.text)
        return f'<a href="{html.escape(url)}">{text}</a>' if url else text
    if isinstance(value, InLanguage):
        return f'<span lang="{html.escape(value.lang)}">{mark_chinese(html.escape(value.text))}</span>'
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value) if value else "–"
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "–"
    return mark_chinese(html.escape(str(value)))


class Table:
    """A table for a book page: no index column, missing values as a dash, every cell escaped
    so that text from the data can never become markup, and `Link` cells as plain links.

    With `sources`, a column named "Sources" (or "Bronnen") holding source ids becomes links to those sources.
    """

    def __init__(self, frame: pd.DataFrame, caption: str | None = None, sources: pd.DataFrame | None = None,
                 table_id: str | None = None, row_attributes: pd.DataFrame | None = None):
        self.frame = frame.copy()
        if sources is not None:
            index = source_index(sources)
            # The sources column, named in the edition's language ("Sources", "Bronnen").
            for column in {say("Sources", lang) for lang in LANGUAGES} & set(self.frame.columns):
                self.frame[column] = self.frame[column].map(lambda ids: source_links(ids, index))
        self.caption = caption
        self.table_id = table_id
        self.row_attributes = row_attributes

    def _row(self, i: int, row: tuple) -> str:
        attrs = ""
        if self.row_attributes is not None:
            attrs = "".join(
                f' data-{html.escape(str(k))}="{html.escape(str(v))}"' for k, v in self.row_attributes.iloc[i].items()
            )
        return f"<tr{attrs}>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>"

    def _repr_html_(self) -> str:
        ident = f' id="{html.escape(self.table_id)}"' if self.table_id else ""
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        head = "".join(f'<th scope="col">{html.escape(str(c))}</th>' for c in self.frame.columns)
        body = "".join(self._row(i, row) for i, row in enumerate(self.frame.itertuples(index=False, name=None)))
        # The wrapper scrolls sideways on a phone, so keyboard users must be able to focus it;
        # as a region it needs a name: the caption, or else the first column headings.
        columns = ", ".join(str(c) for c in list(self.frame.columns)[:3])
        label = html.escape(self.caption or f"Table: {columns}")
        return (
            f'<div class="nlcn-table-wrap" role="region" aria-label="{label}" tabindex="0">'
            f'<table class="nlcn-table"{ident}>{caption}'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
        )


def table(frame: pd.DataFrame, caption: str | None = None, sources: pd.DataFrame | None = None) -> Table:
    return Table(frame, caption, sources)


class SearchableTable(Table):
    """A table with a search box and a drop-down per filter column, drawn by _static/register.js.

    The controls stay hidden until the script runs, so without JavaScript readers get the
    whole table. Filters can also be set from the page address (`?q=wuhan&status=ended`), and
    the address follows the filters, so a filtered table can be shared as a link.

    `hidden` holds filter columns that are not shown (as a Dutch level); `names` gives each row
    the words the search box matches (names in every spelling) instead of the row's text; `empty`
    is HTML (made by the book, not from the data) shown when nothing matches.
    """

    def __init__(self, frame: pd.DataFrame, table_id: str, filters: Mapping[str, str], noun: str = "rows",
                 sources: pd.DataFrame | None = None, hidden: pd.DataFrame | None = None,
                 names: pd.Series | None = None, empty: str = "", lang: str = "en"):
        columns = frame.reset_index(drop=True)
        if hidden is not None:
            columns = pd.concat([columns, hidden.reset_index(drop=True)], axis=1)
        attributes = pd.DataFrame({attr: columns[column].fillna("") for column, attr in filters.items()})
        if names is not None:
            attributes["names"] = names.fillna("").to_numpy()
        super().__init__(frame, sources=sources, table_id=table_id, row_attributes=attributes.reset_index(drop=True))
        self.options = columns
        self.filters = dict(filters)
        self.noun = noun
        self.empty = empty
        self.lang = lang

    def _select(self, column: str, attr: str) -> str:
        values = sorted({str(v) for v in self.options[column].dropna()} - {""})
        options = f'<option value="">{say("All", self.lang)}</option>' + "".join(
            f'<option value="{html.escape(v)}">{html.escape(v)}</option>' for v in values
        )
        return f'<label>{html.escape(column)} <select name="{attr}" data-filter="{attr}">{options}</select></label>'

    def _repr_html_(self) -> str:
        ident = html.escape(self.table_id or "")
        controls = "".join(self._select(c, a) for c, a in self.filters.items())
        empty = f'<div class="nlcn-empty" hidden>{self.empty}</div>' if self.empty else ""
        count = html.escape(say("Showing {shown} of {total} {noun}", self.lang))
        form = (
            f'<form class="nlcn-filters" data-table="{ident}" data-noun="{html.escape(self.noun)}" data-count="{count}" role="search" '
            f'aria-label="{say("Search and filter the table", self.lang)}" hidden>'
            f'<label>{say("Search", self.lang)} <input type="search" name="q" data-filter="text" autocomplete="off"></label>'
            f'{controls}<button type="reset">{say("Clear", self.lang)}</button>'
            f'<p class="nlcn-count" aria-live="polite"></p>{empty}</form>'
        )
        return form + super()._repr_html_()


def searchable(frame: pd.DataFrame, table_id: str, filters: Mapping[str, str], noun: str = "rows",
               sources: pd.DataFrame | None = None, hidden: pd.DataFrame | None = None,
               names: pd.Series | None = None, empty: str = "", lang: str = "en") -> SearchableTable:
    return SearchableTable(frame, table_id, filters, noun, sources, hidden, names, empty, lang)


class Tables:
    """Several tables in one output, each captioned with its name."""

    def __init__(self, frames: Mapping[str, pd.DataFrame]):
        self.frames = dict(frames)

    def _repr_html_(self) -> str:
        return "".join(Table(frame, caption=name)._repr_html_() for name, frame in self.frames.items())


def tables(frames: Mapping[str, pd.DataFrame]) -> Tables:
    return Tables(frames)
