"""The bibliography, generated from the `sources` resource (there is no hand-kept list)."""

from __future__ import annotations

import pandas as pd

from analysis.findings.labels import LANGUAGES, readable_date
from analysis.links import Link
from analysis.package import Package, split_ids

KINDS = {"news": "news", "government": "government", "report": "report", "reference": "reference", "dataset": "dataset"}
FILTERS = {"Kind": "kind", "Language": "language"}


def entries(package: Package) -> pd.DataFrame:
    """Every source, sorted by publisher then date: a linked title, publisher, dates, kind, language,
    and how many rows of the package cite it."""
    s = package["sources"].copy()
    s["cited"] = s["id"].map(citations(package)).fillna(0).astype("int64")
    s = s.sort_values(["publisher", "published", "title"], key=lambda c: c.str.lower(), na_position="last", kind="stable")
    return pd.DataFrame(
        {
            "Publisher": s["publisher"],
            "Title": [Link(t, u) for t, u in zip(s["title"], s["url"])],
            "Published": s["published"].map(readable_date),
            "Read on": s["accessed"].map(readable_date),
            "Kind": s["kind"].map(KINDS).fillna(s["kind"]),
            "Language": s["language"].map(LANGUAGES).fillna(s["language"]),
            "Cited by rows": s["cited"],
            "Key": s["id"],
        }
    ).reset_index(drop=True)


def citations(package: Package) -> pd.Series:
    """How many rows of the package cite each source (in any source field)."""
    counts: dict[str, int] = {}
    for resource in package.descriptor["resources"]:
        name = resource["name"]
        if name == "sources" or name not in package.tables:
            continue
        frame = package[name]
        for column in ("source_id", "source_ids"):
            if column in frame:
                for value in frame[column].dropna():
                    for sid in split_ids(value):
                        counts[sid] = counts.get(sid, 0) + 1
    return pd.Series(counts, dtype="int64")


def facts(package: Package) -> dict[str, object]:
    cited = citations(package)
    ids = package["sources"]["id"]
    n_cited = int(ids.isin(cited.index).sum())
    return {"bib_sources": len(ids), "bib_cited": n_cited, "bib_uncited": len(ids) - n_cited}
