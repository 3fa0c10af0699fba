"""The sources and who cites them."""

from __future__ import annotations

import pandas as pd

from analysis.vocabulary import explode_ids

SOURCE_FIELDS = ("source_id", "source_ids")


def citations(tables: dict[str, pd.DataFrame]) -> pd.Series:
    """How many rows of the package cite each source (in any source field), by source id."""
    cited = [
        explode_ids(table[column])
        for name, table in tables.items()
        if name != "sources"
        for column in SOURCE_FIELDS
        if column in table
    ]
    ids = pd.concat(cited) if cited else pd.Series([], dtype=object)
    # A row that names the same source twice cites it twice, as it names it.
    return ids.value_counts(sort=False).astype("int64")


WAYBACK = "https://web.archive.org/web/"


def archive_url(url: object, accessed: object) -> str | None:
    """The web archive's copy of a source nearest the day it was read: the Wayback Machine's
    address for the URL at that date (it redirects to the closest snapshot it holds)."""
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return None
    day = str(accessed).replace("-", "")[:8] if isinstance(accessed, str) and accessed else ""
    return f"{WAYBACK}{day}/{url}" if day.isdigit() and len(day) == 8 else f"{WAYBACK}*/{url}"
