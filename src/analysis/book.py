"""What a chapter's first cell calls: load the package, enable the theme and offline renderer."""

from __future__ import annotations

from collections.abc import Mapping

from analysis.charts import render, theme
from analysis.package import DEFAULT_PATH, REPO_ROOT, Package, load

STATIC_FIGURES = REPO_ROOT / "_static" / "figures"


def setup(path=DEFAULT_PATH) -> Package:
    """Load the validated package and prepare charts for the book."""
    theme.enable()
    render.enable(static_dir=STATIC_FIGURES)
    return load(path)


def glue_facts(facts: Mapping[str, object]) -> None:
    """Glue every computed fact so the prose can cite it by name."""
    from myst_nb import glue

    for name, value in facts.items():
        glue(name, value, display=False)


class Table:
    """A table for a book page: no index column, missing values as a dash, and every cell
    escaped so that text from the data can never become markup."""

    def __init__(self, frame, caption: str | None = None):
        self.frame = frame
        self.caption = caption

    def _repr_html_(self) -> str:
        import html

        # A name on the columns (left by a pivot) would add an empty header cell to every row.
        frame = self.frame.rename_axis(columns=None)
        body = frame.to_html(index=False, escape=True, na_rep="–", classes="nlcn-table", border=0)
        if self.caption:
            body = body.replace(">", f"><caption>{html.escape(self.caption)}</caption>", 1)
        # The wrapper scrolls sideways on a phone, so keyboard users must be able to focus it;
        # as a region it needs a name: the caption, or else the first column headings.
        columns = ", ".join(str(c) for c in list(frame.columns)[:3])
        label = html.escape(self.caption or f"Table: {columns}")
        return f'<div class="nlcn-table-wrap" role="region" aria-label="{label}" tabindex="0">{body}</div>'


def table(frame, caption: str | None = None) -> Table:
    return Table(frame, caption)
