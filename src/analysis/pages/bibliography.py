"""The bibliography, generated from the `sources` resource (there is no hand-kept list)."""

from __future__ import annotations

import pandas as pd

from analysis import facts as fx
from analysis.links import Link
from analysis.model.labels import readable_date
from analysis.model.sources import archive_url
from analysis.model.views import Views

FACTS = ("sources", "cited_sources", "uncited_sources")
FILTERS = {"Kind": "kind", "Language": "language"}


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


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
            "Published": s["published"].map(readable_date),
            "Read on": s["accessed"].map(readable_date),
            "Kind": v.labels.map("source_kind", s["kind"]),
            "Language": v.labels.map("language", s["language"], capitalise=True),
            "Cited by rows": s["cited"],
            "Key": s["id"],
        }
    ).reset_index(drop=True)
