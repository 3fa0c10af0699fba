"""The downloads chapter: every resource in every format, written when the book is built."""

from __future__ import annotations

import pandas as pd

from analysis import export
from analysis import facts as fx
from analysis.links import Link
from analysis.profiles.html import english_cell
from analysis.model.register import flat_register
from analysis.model.views import Views
from analysis.package import REPO_ROOT
from analysis.words import say

DOWNLOADS = REPO_ROOT / "_static" / "downloads"
DOWNLOADS_URL = "../_static/downloads/"
FORMATS = {"zip": "Zip", "xlsx": "Excel", "csv": "CSV", "json": "JSON", "geojson": "GeoJSON"}


def downloads_url(lang: str = "en") -> str:
    """Where a chapter of the edition finds the downloads: the English edition's copies, which
    every edition offers (a page of another edition lies one folder deeper)."""
    return DOWNLOADS_URL if lang == "en" else "../" + DOWNLOADS_URL


def build_downloads(v: Views, out=DOWNLOADS) -> pd.DataFrame:
    """Write every download into the book's static files; one row per file. The English edition
    writes them; another edition lists the same files without writing them (it links the English
    edition's copies, and the two editions may be built at the same time)."""
    if v.lang != "en":
        return export.listed(v.package)
    return export.downloads(v.package, out)


def _size(n: int, lang: str = "en") -> str:
    text = f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{max(n / 1000, 0.1):.1f} kB"
    return text if lang == "en" else text.replace(".", ",")


def downloads_table(files: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """The downloads as a table: the whole package first, then one row per resource, a link per format."""
    whole = files["format"].eq("zip") | (files["format"].eq("xlsx") & files["resource"].ne(export.REGISTER))
    files = files.assign(resource=files["resource"].where(~whole, say("All resources", lang)), rank=(~whole).astype(int))
    url = downloads_url(lang)
    rows = []
    for (_, resource), group in files.groupby(["rank", "resource"], sort=True):
        cells = {FORMATS[r.format]: Link(f"{FORMATS[r.format]} ({_size(r.bytes, lang)})", url + r.path, local=True) for r in group.itertuples()}
        rows.append({say("Resource", lang): resource, **cells})
    frame = pd.DataFrame(rows)
    frame = frame[[say("Resource", lang), *[h for h in FORMATS.values() if h in frame]]]
    return frame.astype(object).where(frame.notna(), None)


FACTS = ("version", "data_cutoff")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def _holds(v: Views, fmt: str, resource: str) -> object:
    """What a file holds, in a sentence: the resource's own description where it is one (English,
    from the descriptor, marked so on another edition's page)."""
    if fmt == "zip":
        return say("The whole data package: descriptor, every resource, README, licence and a checksum manifest.", v.lang)
    if resource == export.REGISTER:
        return say("The register as the book shows it, names instead of ids (Excel: a filter on every column).", v.lang)
    if fmt == "xlsx":
        return say("Every resource of the package, a sheet each, after a sheet describing them.", v.lang)
    if fmt == "geojson" and resource == "authorities":
        return say("The point of every authority with a recorded location.", v.lang)
    try:
        description = str(v.package.resource(resource).get("description", ""))
    except KeyError:
        return ""
    return english_cell(description, v.lang)


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
    url = downloads_url(v.lang)
    return pd.DataFrame(
        {
            say("File", v.lang): [Link(name, url + path, local=True) for name, path in zip(files["file"], files["path"])],
            say("Holds", v.lang): [_holds(v, f, r) for f, r in zip(files["format"], files["resource"])],
            say("Rows", v.lang): pd.array([s[0] for s in shapes], dtype="Int64"),
            say("Fields", v.lang): pd.array([s[1] for s in shapes], dtype="Int64"),
            say("Size", v.lang): files["bytes"].map(lambda n: _size(n, v.lang)),
            "SHA-256": files["sha256"],
        }
    )


def notebooks_table(lang: str = "en") -> pd.DataFrame:
    """Every chapter of the edition with code: its executed notebook to download and a Binder
    link to re-run it."""
    from analysis import project

    edition = project.edition_folder(lang)
    rows = []
    for file, title in project.chapters(edition):
        if not (REPO_ROOT / f"{edition}{file}.md").read_text(encoding="utf-8").count("{code-cell}"):
            continue
        name = file.split("/")[-1]
        rows.append({
            say("Chapter", lang): title,
            say("Notebook", lang): Link(f"{name}.ipynb", f"../_sources/{file}.ipynb", local=True),
            say("Re-run", lang): Link(say("Open on Binder", lang), project.binder_url(f"{edition}{file}")),
        })
    return pd.DataFrame(rows)
