"""Downloads and the package zip: complete, faithful to the package, reproducible, atomic."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest
from openpyxl import load_workbook

from analysis import export
from analysis.package import load
from analysis.tables import tabular_resources


@pytest.fixture(scope="module")
def package():
    return load()


@pytest.fixture(scope="module")
def built(package, tmp_path_factory):
    out = tmp_path_factory.mktemp("downloads") / "downloads"
    return out, export.downloads(package, out)


def names(package):
    return [r["name"] for r in tabular_resources(package.descriptor)]


def test_every_resource_is_offered_in_every_format(package, built):
    _, table = built
    for name in names(package):
        for fmt in ("csv", "json"):
            assert f"{fmt}/{name}.{fmt}" in set(table["path"]), (fmt, name)
    geo = [r["name"] for r in package.descriptor["resources"] if r.get("format") == "geojson"]
    for name in geo + ["authorities"]:
        assert f"geojson/{name}.geojson" in set(table["path"])
    assert set(table["format"]) == {"csv", "xlsx", "json", "geojson", "zip"}


def test_row_counts_match_the_package(package, built):
    out, _ = built
    workbook = load_workbook(out / "xlsx" / f"{package.descriptor['name']}.xlsx", read_only=True)
    for name in names(package):
        expected = len(package[name])
        csv_rows = (out / "csv" / f"{name}.csv").read_text(encoding="utf-8")
        assert len(load_frame(out / "csv" / f"{name}.csv")) == expected, (name, csv_rows[:80])
        assert len(json.loads((out / "json" / f"{name}.json").read_text(encoding="utf-8"))) == expected, name
        assert workbook[name[:31]].max_row - 1 == expected, name
    located = package["authorities"].dropna(subset=["latitude", "longitude"])
    points = json.loads((out / "geojson" / "authorities.geojson").read_text(encoding="utf-8"))
    assert len(points["features"]) == len(located) > 0


def load_frame(path):
    import pandas as pd

    return pd.read_csv(path, dtype="string", keep_default_na=False)


def test_json_keeps_values_and_nulls(package, built):
    out, _ = built
    rows = json.loads((out / "json" / "partnerships.json").read_text(encoding="utf-8"))
    first = package["partnerships"].iloc[0]
    assert rows[0]["id"] == first["id"]
    assert list(rows[0]) == list(package["partnerships"].columns)
    missing = package["partnerships"]["established"].isna()
    assert [r["established"] is None for r in rows] == list(missing)


def test_the_zip_holds_the_whole_package_with_a_true_manifest(package, built):
    out, table = built
    [zip_path] = list((out / "zip").glob("*.zip"))
    assert zip_path.name == f"{package.descriptor['name']}-{package.descriptor['version']}.zip"
    with zipfile.ZipFile(zip_path) as archive:
        members = {i.filename.split("/", 1)[1]: archive.read(i) for i in archive.infolist()}
    assert "datapackage.json" in members
    for resource in package.descriptor["resources"]:
        assert resource["path"] in members
    lines = members[export.MANIFEST].decode().splitlines()
    listed = dict(reversed(line.split("  ", 1)) for line in lines)
    assert set(listed) == set(members) - {export.MANIFEST}
    for name, digest in listed.items():
        assert hashlib.sha256(members[name]).hexdigest() == digest, name


def test_two_exports_are_byte_identical(package, tmp_path):
    import time

    first = export.downloads(package, tmp_path / "a")
    time.sleep(1.1)  # a save-time stamp anywhere (e.g. inside the workbook) would now differ
    second = export.downloads(package, tmp_path / "b")
    assert first["sha256"].tolist() == second["sha256"].tolist()


def test_dist_writes_the_zip_and_its_checksum(package, tmp_path):
    zip_path, checksum = export.dist(package, tmp_path)
    digest, name = checksum.read_text().split()
    assert name == zip_path.name
    assert hashlib.sha256(zip_path.read_bytes()).hexdigest() == digest
    assert not list(tmp_path.glob(".*partial"))


def test_export_refuses_an_unknown_format(package, tmp_path):
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        export.export(package, ["pdf"], tmp_path / "out")


def test_export_never_replaces_a_directory_it_did_not_write(package, tmp_path):
    (tmp_path / "mine.txt").write_text("keep me")
    with pytest.raises(FileExistsError):
        export.export(package, ["csv"], tmp_path)
    assert (tmp_path / "mine.txt").read_text() == "keep me"


def test_a_failed_export_leaves_the_previous_one_whole(package, tmp_path, monkeypatch):
    out = tmp_path / "out"
    export.export(package, ["csv"], out)
    before = sorted(p.name for p in (out / "csv").iterdir())

    def broken(_package):
        # The first file writes; the second cannot (a NUL byte is never a valid file name).
        return {"a.json": b"[]", "b\0.json": b"[]"}

    monkeypatch.setitem(export.BUILDERS, "json", broken)
    with pytest.raises(ValueError):
        export.export(package, ["csv", "json"], out)
    assert sorted(p.name for p in (out / "csv").iterdir()) == before
    assert not (out / "json").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_cli_export_writes_the_chosen_formats(tmp_path):
    from analysis.cli import main

    assert main(["export", "--format", "csv", "--format", "geojson", "--out", str(tmp_path / "x")]) == 0
    assert sorted(p.name for p in (tmp_path / "x").iterdir() if not p.name.startswith(".")) == ["csv", "geojson"]


def test_the_register_download_holds_names_not_ids_with_a_filter(package):
    from io import BytesIO

    from analysis.export import register_files

    files = register_files(package)
    sheet = load_workbook(BytesIO(files["xlsx/register-as-displayed.xlsx"]))["register"]
    header = [cell.value for cell in sheet[1]]
    assert header[:2] == ["Tie", "Dutch side"] and "Status set by" in header
    assert sheet.auto_filter.ref == sheet.dimensions and sheet.max_row - 1 == len(package["partnerships"])
    names = {row[header.index("Dutch side")] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert "The Hague" in names and not any(str(n).startswith("nl-") for n in names)
    text = files["csv/register-as-displayed.csv"].decode("utf-8")
    assert text.splitlines()[0].startswith("Tie,Dutch side,") and "Arnhem – Wuhan" in text


def test_a_value_that_looks_like_a_formula_is_never_a_formula(package):
    from io import BytesIO

    from analysis.export import inert, xlsx_files

    planted = package["sources"].copy()
    planted.loc[0, "title"] = '=HYPERLINK("https://example.org","x")'
    hostile = type(package)(package.path, package.descriptor, {**package.tables, "sources": planted})
    book = load_workbook(BytesIO(next(iter(xlsx_files(hostile).values()))))
    cell = book["sources"].cell(row=2, column=list(planted.columns).index("title") + 1)
    assert cell.value == '=HYPERLINK("https://example.org","x")' and cell.data_type == "s"
    assert inert(planted)["title"].iloc[0].startswith("'=")


def test_the_register_as_displayed_keeps_a_planted_formula_as_text(package):
    from io import BytesIO

    from analysis.export import register_files

    planted = package["authorities"].copy()
    planted.loc[planted["id"] == "nl-arnhem", "name"] = '=HYPERLINK("https://example.org","x")'
    hostile = type(package)(package.path, package.descriptor, {**package.tables, "authorities": planted})
    files = register_files(hostile)
    text = files["csv/register-as-displayed.csv"].decode("utf-8")
    assert '\'=HYPERLINK(""https://example.org"",""x"")' in text and ',=HYPERLINK' not in text and '"=HYPERLINK' not in text
    sheet = load_workbook(BytesIO(files["xlsx/register-as-displayed.xlsx"]))["register"]
    planted_cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert planted_cells and all(c.data_type == "s" for c in planted_cells)
