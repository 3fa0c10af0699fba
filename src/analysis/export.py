"""Downloads: every resource as CSV, XLSX and JSON, boundaries and authorities as GeoJSON, and
the whole package as a versioned zip with a checksum manifest.

Every file is written byte-for-byte the same from the same package: rows keep the package's
order, zip members carry a fixed timestamp (the package's data date), and JSON keys keep the
schema's order. Files are written into a staging directory that is renamed into place, so an
interrupted run leaves nothing half-written.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import pandas as pd

from analysis.package import REPO_ROOT, Package
from analysis.tables import tabular_resources
from analysis.vocabulary import FORMULA_START

FORMATS = ("csv", "xlsx", "json", "geojson")
PACKAGE_EXTRAS = ("README.md",)  # files of datapackage/ shipped in the zip besides the resources
LICENCE_FILES = (REPO_ROOT / "LICENSE-DATA",)
MANIFEST = "MANIFEST.sha256"
# Marks a directory as written by this module, so a later run may replace it and nothing else.
MARKER = ".analysis-export"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def version(package: Package) -> str:
    return str(package.descriptor.get("version", "0"))


def stamp(package: Package) -> tuple[int, int, int, int, int, int]:
    """The fixed timestamp of every zip member: midnight of the first day of the package's data date."""
    from analysis.model.register import data_date
    from analysis.vocabulary import parse_partial_date

    d = parse_partial_date(data_date(package))[0]
    return (max(d.year, 1980), d.month, d.day, 0, 0, 0)


def _records(frame: pd.DataFrame) -> list[dict]:
    return json.loads(frame.to_json(orient="records", force_ascii=False, date_format="iso"))


def _json_bytes(value: object) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def _resource_names(package: Package) -> list[str]:
    return [r["name"] for r in tabular_resources(package.descriptor)]


def _geo_resources(package: Package) -> list[dict]:
    return [r for r in package.descriptor["resources"] if r.get("format") == "geojson"]


def csv_files(package: Package) -> dict[str, bytes]:
    """Each tabular resource as it is in the package (already UTF-8 CSV)."""
    return {f"{name}.csv": package.file(name).read_bytes() for name in _resource_names(package)}


def json_files(package: Package) -> dict[str, bytes]:
    """Each tabular resource as a JSON array of records; empty cells are null."""
    return {f"{name}.json": _json_bytes(_records(package[name])) for name in _resource_names(package)}


def xlsx_files(package: Package) -> dict[str, bytes]:
    """One workbook, a sheet per resource, with the package's title and version on a first sheet."""
    from openpyxl import Workbook

    book = Workbook()
    about = book.active
    about.title = "about"
    about.append(["title", package.descriptor.get("title", "")])
    about.append(["version", version(package)])
    about.append(["licence", "; ".join(x.get("name", "") for x in package.descriptor.get("licenses", []))])
    about.append(["resource", "rows", "description"])
    for name in _resource_names(package):
        about.append([name, len(package[name]), package.resource(name).get("description", "")])
    for name in _resource_names(package):
        _sheet(book, name[:31], package[name])
    return {f"{package.descriptor['name']}.xlsx": _saved(book, package)}


def _sheet(book, title: str, frame: pd.DataFrame, autofilter: bool = False):
    """A sheet holding a table; every text cell is written as text, so a value that looks like a
    formula (=, +, - or @ first) is shown, never evaluated."""
    sheet = book.create_sheet(title)
    sheet.append(list(frame.columns))
    for row in frame.astype(object).where(frame.notna(), None).itertuples(index=False, name=None):
        sheet.append([v.item() if hasattr(v, "item") else v for v in row])
    for cells in sheet.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    if autofilter:
        sheet.auto_filter.ref = sheet.dimensions
        sheet.freeze_panes = "A2"
    return sheet


def _saved(book, package: Package) -> bytes:
    """The workbook's bytes, the same for the same package: its dates are the data date."""
    fixed = datetime(*stamp(package))
    book.properties.created = fixed
    raw = io.BytesIO()
    book.save(raw)  # stamps the save time into docProps/core.xml: replaced below
    when = fixed.strftime("%Y-%m-%dT%H:%M:%SZ")

    def core(name: str, data: bytes) -> bytes:
        if name != "docProps/core.xml":
            return data
        return re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + when.encode() + rb"\g<2>", data)

    return _renormalise_zip(raw.getvalue(), stamp(package), core)


REGISTER = "register-as-displayed"


def inert(frame: pd.DataFrame) -> pd.DataFrame:
    """The table with every text cell that a spreadsheet would read as a formula prefixed with an
    apostrophe, which spreadsheets show as text."""
    def one(value: object) -> object:
        return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value

    return frame.astype(object).map(one)


def register_files(package: Package) -> dict[str, bytes]:
    """The register as the book shows it, names instead of ids: a CSV file and an Excel sheet
    with a filter on every column."""
    from openpyxl import Workbook

    from analysis.model.register import flat_register
    from analysis.model.views import Views

    v = Views(package)
    flat = flat_register(v.register, v["events"], v["decisions"], v["sources"], v.labels)
    book = Workbook()
    book.remove(book.active)
    _sheet(book, "register", flat, autofilter=True)
    return {f"csv/{REGISTER}.csv": inert(flat).to_csv(index=False, lineterminator="\n").encode("utf-8"),
            f"xlsx/{REGISTER}.xlsx": _saved(book, package)}


def authority_points(package: Package) -> dict:
    """The authorities with recorded coordinates, as GeoJSON points."""
    a = package["authorities"]
    located = a[a["latitude"].notna() & a["longitude"].notna()]
    features = [
        {
            "type": "Feature",
            "properties": {k: (None if pd.isna(row[k]) else row[k]) for k in ("id", "country", "level", "name", "name_local", "code")},
            "geometry": {"type": "Point", "coordinates": [float(row["longitude"]), float(row["latitude"])]},
        }
        for _, row in located.iterrows()
    ]
    return {"type": "FeatureCollection", "features": features}


def geojson_files(package: Package) -> dict[str, bytes]:
    """The boundary files as shipped, and the authorities as points."""
    out = {f"{r['name']}.geojson": (package.root / r["path"]).read_bytes() for r in _geo_resources(package)}
    out["authorities.geojson"] = _json_bytes(authority_points(package))
    return out


def _zip_bytes(members: Iterable[tuple[str, bytes]], when: tuple[int, ...]) -> bytes:
    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(members):
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return raw.getvalue()


def _renormalise_zip(data: bytes, when: tuple[int, ...], transform=lambda name, data: data) -> bytes:
    """Rewrite a zip (an .xlsx, say) with fixed member timestamps so it is reproducible."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = [(info.filename, transform(info.filename, archive.read(info.filename))) for info in archive.infolist()]
    return _zip_bytes(members, when)


def package_members(package: Package) -> dict[str, bytes]:
    """What the package zip holds: the descriptor, every resource file, its README and licence."""
    root = package.root
    files = {"datapackage.json": (root / "datapackage.json").read_bytes()}
    for resource in package.descriptor["resources"]:
        files[resource["path"]] = (root / resource["path"]).read_bytes()
    for extra in PACKAGE_EXTRAS:
        if (root / extra).exists():
            files[extra] = (root / extra).read_bytes()
    for licence in LICENCE_FILES:
        if licence.exists():
            files[licence.name] = licence.read_bytes()
    return files


def manifest(files: dict[str, bytes]) -> bytes:
    """A sha256sum-compatible manifest: one `checksum  path` line per file, sorted by path."""
    return "".join(f"{sha256(data)}  {name}\n" for name, data in sorted(files.items())).encode("utf-8")


def zip_name(package: Package) -> str:
    return f"{package.descriptor['name']}-{version(package)}.zip"


def package_zip(package: Package) -> dict[str, bytes]:
    """The whole package as a versioned zip with MANIFEST.sha256 inside it."""
    members = package_members(package)
    members[MANIFEST] = manifest(members)
    folder = zip_name(package).removesuffix(".zip")
    return {zip_name(package): _zip_bytes(((f"{folder}/{k}", v) for k, v in members.items()), stamp(package))}


BUILDERS = {"csv": csv_files, "xlsx": xlsx_files, "json": json_files, "geojson": geojson_files}


def _write_all(files: dict[str, bytes], out: Path) -> list[Path]:
    """Write into a staging directory next to `out`, then swap it into place.

    Only an empty directory or one this module wrote before is ever replaced.
    """
    out = Path(out)
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise FileExistsError(f"{out} exists and was not written by `analysis export`; choose another --out")
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        (staging / MARKER).write_text("written by python -m analysis export\n", encoding="utf-8")
        for name, data in files.items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [out / name for name in files]


def _files(package: Package, formats: Iterable[str]) -> dict[str, bytes]:
    """`<format>/<file>` → contents, for the chosen formats."""
    files: dict[str, bytes] = {}
    for fmt in formats:
        if fmt not in BUILDERS:
            raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        files.update({f"{fmt}/{name}": data for name, data in BUILDERS[fmt](package).items()})
    return files


def export(package: Package, formats: Iterable[str], out: Path) -> list[Path]:
    """Write the chosen formats into `out/<format>/`, replacing what was there."""
    return _write_all(_files(package, formats), out)


def _download_files(package: Package) -> dict[str, bytes]:
    files = _files(package, FORMATS)
    files.update(register_files(package))
    files.update({f"zip/{name}": data for name, data in package_zip(package).items()})
    return files


def downloads(package: Package, out: Path) -> pd.DataFrame:
    """Every download the book offers, written to `out`; one row per file with its size and checksum."""
    files = _download_files(package)
    _write_all(files, out)
    return _listed(files)


def listed(package: Package) -> pd.DataFrame:
    """The downloads `downloads` writes, listed as it lists them but not written: another edition
    of the book offers the same files (the bytes are the same from the same package), and may be
    built while the first writes them."""
    return _listed(_download_files(package))


def _listed(files: dict[str, bytes]) -> pd.DataFrame:
    rows = []
    for name, data in sorted(files.items()):
        fmt, file = name.split("/", 1)
        stem = file.rsplit(".", 1)[0]
        rows.append({"format": fmt, "file": file, "path": name, "resource": stem, "bytes": len(data), "sha256": sha256(data)})
    return pd.DataFrame(rows)


def dist(package: Package, out: Path) -> list[Path]:
    """`make dist`: the versioned package zip and a checksum file beside it, each written to a
    temporary name first and then renamed, so a reader never sees half a file."""
    name, data = next(iter(package_zip(package).items()))
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for target, content in ((out / name, data), (out / f"{name}.sha256", f"{sha256(data)}  {name}\n".encode())):
        partial = target.with_name(f".{target.name}.partial")
        partial.write_bytes(content)
        partial.replace(target)
        written.append(target)
    return written
