"""Shared fixtures: tiny hand-made packages written from the real descriptor."""

from __future__ import annotations

import copy
import csv
import json
import shutil
from pathlib import Path

import pytest

from analysis.package import DEFAULT_PATH

REPO = Path(__file__).resolve().parents[1]

# A small, hand-made package whose answers are known. Test data only: never published.
BASE_ROWS: dict[str, list[dict]] = {
    "sources": [
        {"id": "s-news", "url": "https://example.org/news/1", "title": "A news item", "publisher": "Example News",
         "published": "2021-03-05", "date_from": "page", "accessed": "2026-11-22", "language": "nl", "kind": "news", "notes": ""},
        {"id": "s-gov", "url": "https://example.org/gov/2", "title": "A council page", "publisher": "Example Council",
         "published": "2023-05", "date_from": "page", "accessed": "2026-11-22", "language": "nl", "kind": "government", "notes": ""},
        {"id": "s-geo", "url": "https://example.org/geo", "title": "Boundaries", "publisher": "CBS",
         "published": "2025", "date_from": "page", "accessed": "2026-11-22", "language": "nl", "kind": "dataset", "notes": ""},
    ],
    "authorities": [
        {"id": "nl-zuid-holland", "country": "NL", "level": "province", "name": "South Holland", "name_local": "Zuid-Holland",
         "code": "PV28", "parent_id": "", "latitude": "52.0", "longitude": "4.5", "location_method": "cbs_polygon",
         "source_ids": "s-geo", "notes": ""},
        {"id": "nl-rotterdam", "country": "NL", "level": "municipality", "name": "Rotterdam", "name_local": "Rotterdam",
         "code": "GM0599", "parent_id": "nl-zuid-holland", "latitude": "51.92", "longitude": "4.48",
         "location_method": "cbs_polygon", "source_ids": "s-geo", "notes": ""},
        {"id": "nl-gelderland", "country": "NL", "level": "province", "name": "Gelderland", "name_local": "Gelderland",
         "code": "PV25", "parent_id": "", "latitude": "52.06", "longitude": "5.9", "location_method": "cbs_polygon",
         "source_ids": "s-geo", "notes": ""},
        {"id": "nl-arnhem", "country": "NL", "level": "municipality", "name": "Arnhem", "name_local": "Arnhem",
         "code": "GM0202", "parent_id": "nl-gelderland", "latitude": "51.98", "longitude": "5.91",
         "location_method": "cbs_polygon", "source_ids": "s-geo", "notes": ""},
        {"id": "cn-shanghai", "country": "CN", "level": "municipality", "name": "Shanghai", "name_local": "上海市",
         "code": "310000", "parent_id": "", "latitude": "31.23", "longitude": "121.47", "location_method": "source",
         "source_ids": "s-gov", "notes": ""},
        {"id": "cn-hubei", "country": "CN", "level": "province", "name": "Hubei", "name_local": "湖北省",
         "code": "420000", "parent_id": "", "latitude": "30.9", "longitude": "112.3", "location_method": "ne_label",
         "source_ids": "s-geo", "notes": ""},
        {"id": "cn-wuhan", "country": "CN", "level": "prefecture", "name": "Wuhan", "name_local": "武汉市",
         "code": "420100", "parent_id": "cn-hubei", "latitude": "30.59", "longitude": "114.30", "location_method": "source",
         "source_ids": "s-gov", "notes": ""},
    ],
    "partnerships": [
        {"id": "rotterdam--shanghai", "nl_authority_id": "nl-rotterdam", "cn_authority_id": "cn-shanghai",
         "relation_type": "sister", "type_source_id": "s-gov", "type_quote": "Rotterdam en Shanghai zijn zustersteden.",
         "type_quote_en": "Rotterdam and Shanghai are sister cities.", "established": "1979", "status": "active", "status_as_of": "2023-05-01",
         "status_source_id": "s-gov", "status_quote": "De band met Shanghai blijft.", "status_quote_en": "The tie with Shanghai stays.",
         "themes": "economy; port", "origin": "", "source_ids": "s-gov", "notes": ""},
        {"id": "arnhem--wuhan", "nl_authority_id": "nl-arnhem", "cn_authority_id": "cn-wuhan",
         "relation_type": "sister", "type_source_id": "s-news", "type_quote": "De stedenband met Wuhan stopt.",
         "type_quote_en": "The twinning with Wuhan ends.", "established": "1999", "status": "ended", "status_as_of": "2021-03-05",
         "status_source_id": "s-news", "status_quote": "De stedenband met Wuhan stopt.", "status_quote_en": "The twinning with Wuhan ends.",
         "themes": "", "origin": "", "source_ids": "s-news", "notes": ""},
    ],
    "events": [
        {"id": "rotterdam--shanghai-1979-formalised", "partnership_id": "rotterdam--shanghai", "date": "1979",
         "type": "formalised", "description": "The tie is formalised.", "source_id": "s-gov"},
        {"id": "arnhem--wuhan-1999-formalised", "partnership_id": "arnhem--wuhan", "date": "1999",
         "type": "formalised", "description": "The tie is formalised.", "source_id": "s-news"},
        {"id": "arnhem--wuhan-2021-03-ended", "partnership_id": "arnhem--wuhan", "date": "2021-03-04",
         "type": "ended", "description": "The council ends the tie.", "source_id": "s-news"},
    ],
    "published_counts": [
        {"id": "count-2023", "source_id": "s-gov", "as_of": "2023-05-01", "measure": "municipalities_ended",
         "value": "1", "qualifier": "at_least", "since": "2021-06-01", "wording": "at least one", "explanation": ""},
    ],
}


def census_rows(rows: dict[str, list[dict]]) -> list[dict]:
    """A census for a test package: one row per CBS municipality and province of the real
    boundary files (nothing found), the rows of the package's Dutch authorities naming their
    ties, and a row for each Dutch body without a CBS code that has a tie."""
    census: dict[str, dict] = {}
    paths = {r["name"]: r["path"] for r in json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))["resources"]}
    for name, kind in (("nl_provinces", "province"), ("nl_municipalities", "municipality")):
        features = json.loads((DEFAULT_PATH.parent / paths[name]).read_text(encoding="utf-8"))["features"]
        for feature in features:
            props = feature["properties"]
            code = props["statcode"]
            census[code] = {"id": code.lower(), "kind": kind, "code": code, "name": props["statnaam"],
                            "province_code": props.get("provinciecode", code), "searched_on": "2026-12-06", "languages": "nl",
                            "queries": "made-up test queries", "result": "no_tie_found"}
    authorities = {a["id"]: a for a in rows.get("authorities", [])}
    for tie in rows.get("partnerships", []):
        if tie["nl_authority_id"] not in authorities:
            continue  # the foreign key reports it
        authority = authorities[tie["nl_authority_id"]]
        key = authority.get("code") or authority["id"]
        row = census.setdefault(key, {"id": authority["id"], "kind": "regional_body", "code": "", "name": authority["name"],
                                      "searched_on": "2026-12-06", "languages": "nl", "queries": "made-up test queries"})
        row.update(authority_id=authority["id"], result="tie_found",
                   partnership_ids=";".join(filter(None, [row.get("partnership_ids", ""), tie["id"]])))
    return list(census.values())


def write_package(directory: Path, rows: dict[str, list[dict]], descriptor: dict | None = None) -> Path:
    """Write a package with the real descriptor (or `descriptor`) and the given rows; without
    census rows, a census made for them (`census_rows`)."""
    if "census" not in rows:
        rows = {**rows, "census": census_rows(rows)}
    real = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    descriptor = copy.deepcopy(descriptor or real)
    (directory / "data").mkdir(parents=True, exist_ok=True)
    for resource in descriptor["resources"]:
        target = directory / resource["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        # Boundaries, and the labels of the codes (vocabulary, not test data), come from the
        # real package unless the rows give labels of their own.
        if resource.get("type") != "table" or (resource["name"] == "labels" and "labels" not in rows):
            shutil.copy(DEFAULT_PATH.parent / resource["path"], target)
            continue
        fields = [f["name"] for f in resource["schema"]["fields"]]
        with target.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
            writer.writeheader()
            for row in rows.get(resource["name"], []):
                writer.writerow({name: row.get(name, "") for name in fields})
    path = directory / "datapackage.json"
    path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


@pytest.fixture
def rows() -> dict[str, list[dict]]:
    """A fresh, editable copy of the hand-made rows."""
    return copy.deepcopy(BASE_ROWS)


@pytest.fixture
def make_package(tmp_path):
    """Write a package from rows and return the path of its descriptor."""

    def make(rows: dict[str, list[dict]], descriptor: dict | None = None) -> Path:
        return write_package(tmp_path / "pkg", rows, descriptor)

    return make
