"""The downloads chapter: every resource in every format, written when the book is built."""

from __future__ import annotations

import pandas as pd

from analysis import export
from analysis import facts as fx
from analysis.links import Link
from analysis.model.register import flat_register
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


FACTS = ("version", "data_cutoff")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def _holds(v: Views, fmt: str, resource: str) -> str:
    """What a file holds, in a sentence: the resource's own description where it is one."""
    if fmt == "zip":
        return "The whole data package: descriptor, every resource, README, licence and a checksum manifest."
    if resource == export.REGISTER:
        return "The register as the book shows it, names instead of ids (Excel: a filter on every column)."
    if fmt == "xlsx":
        return "Every resource of the package, a sheet each, after a sheet describing them."
    if fmt == "geojson" and resource == "authorities":
        return "The point of every authority with a recorded location."
    try:
        return str(v.package.resource(resource).get("description", ""))
    except KeyError:
        return ""


def files_table(v: Views, files: pd.DataFrame) -> pd.DataFrame:
    """Every file: what it holds, its rows and fields where it is a table, its size and SHA-256."""
    tables = v.package.tables
    flat = flat_register(v.register, v["events"], v["decisions"], v["sources"], v.labels)

    def shape(fmt: str, resource: str) -> tuple[object, object]:
        if resource == export.REGISTER:
            return flat.shape
        if fmt in ("csv", "json") and resource in tables:
            return len(tables[resource]), len(tables[resource].columns)
        return None, None

    shapes = [shape(f, r) for f, r in zip(files["format"], files["resource"])]
    return pd.DataFrame(
        {
            "File": [Link(name, DOWNLOADS_URL + path, local=True) for name, path in zip(files["file"], files["path"])],
            "Holds": [_holds(v, f, r) for f, r in zip(files["format"], files["resource"])],
            "Rows": pd.array([s[0] for s in shapes], dtype="Int64"),
            "Fields": pd.array([s[1] for s in shapes], dtype="Int64"),
            "Size": files["bytes"].map(_size),
            "SHA-256": files["sha256"],
        }
    )


def notebooks_table() -> pd.DataFrame:
    """Every chapter with code: its executed notebook to download and a Binder link to re-run it."""
    from analysis import project

    rows = []
    for file, title in project.chapters():
        if not (REPO_ROOT / f"{file}.md").read_text(encoding="utf-8").count("{code-cell}"):
            continue
        name = file.split("/")[-1]
        rows.append({
            "Chapter": title,
            "Notebook": Link(f"{name}.ipynb", f"../_sources/{file}.ipynb", local=True),
            "Re-run": Link("Open on Binder", project.binder_url(file)),
        })
    return pd.DataFrame(rows)
