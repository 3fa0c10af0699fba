"""The bibliography, generated from the `sources` resource (there is no hand-kept list)."""

from __future__ import annotations

import pandas as pd

from analysis import facts as fx
from analysis.links import Link
from analysis.model.labels import readable_date
from analysis.model.sources import archive_url
from analysis.model.views import Views

FACTS = ("sources", "cited_sources", "uncited_sources", "dated_sources", "undated_sources")
FILTERS = {"Kind": "kind", "Language": "language"}


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def _published_as_read(published: object, where: object, checked: object) -> str:
    """A source's publication date and where it can be seen, or 'undated' and what was checked."""
    if pd.isna(published):
        return f"undated ({checked})" if not pd.isna(checked) else "undated"
    day = readable_date(published)
    return f"{day} (in the address)" if where == "address" else day


def entries(v: Views) -> pd.DataFrame:
    """Every source, sorted by publisher then date: a linked title, publisher, dates, kind, language,
    and how many rows of the package cite it."""
    s = v["sources"].copy()
    s["cited"] = s["id"].map(v.citations).fillna(0).astype("int64")
    s = s.sort_values(["publisher", "published", "title"], key=lambda c: c.str.lower(), na_position="last", kind="stable")
    return pd.DataFrame(
        {
            "Publisher": s["publisher"],
            "Title": [Link(t, u) for t, u in zip(s["title"], s["url"])],
            # A copy to fall back on when the address no longer works.
            "Archived copy": [Link("archived copy", archive_url(u, a)) for u, a in zip(s["url"], s["accessed"])],
            "Published": [_published_as_read(p, f, c) for p, f, c in zip(s["published"], s["date_from"], s["date_checked"])],
            "Read on": s["accessed"].map(readable_date),
            "Kind": v.labels.map("source_kind", s["kind"]),
            "Language": v.labels.map("language", s["language"], capitalise=True),
            "Cited by rows": s["cited"],
            "Key": s["id"],
        }
    ).reset_index(drop=True)
