"""The downloads chapter: every resource in every format, written when the book is built."""

from __future__ import annotations

import pandas as pd

from analysis import export
from analysis.links import Link
from analysis.model.views import Views
from analysis.package import REPO_ROOT

DOWNLOADS = REPO_ROOT / "_static" / "downloads"
DOWNLOADS_URL = "../_static/downloads/"
FORMATS = {"zip": "Zip", "xlsx": "Excel", "csv": "CSV", "json": "JSON", "geojson": "GeoJSON"}


def build_downloads(v: Views, out=DOWNLOADS) -> pd.DataFrame:
    """Write every download into the book's static files; one row per file."""
    return export.downloads(v.package, out)


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{max(n / 1000, 0.1):.1f} kB"


def downloads_table(files: pd.DataFrame) -> pd.DataFrame:
    """The downloads as a table: the whole package first, then one row per resource, a link per format."""
    whole = files["format"].eq("zip") | (files["format"].eq("xlsx") & files["resource"].ne(export.REGISTER))
    files = files.assign(resource=files["resource"].where(~whole, "All resources"), rank=(~whole).astype(int))
    rows = []
    for (_, resource), group in files.groupby(["rank", "resource"], sort=True):
        cells = {FORMATS[r.format]: Link(f"{FORMATS[r.format]} ({_size(r.bytes)})", DOWNLOADS_URL + r.path, local=True) for r in group.itertuples()}
        rows.append({"Resource": resource, **cells})
    frame = pd.DataFrame(rows)
    frame = frame[["Resource", *[h for h in FORMATS.values() if h in frame]]]
    return frame.astype(object).where(frame.notna(), None)
