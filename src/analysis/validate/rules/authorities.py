"""Rules on the authorities: readable boundary files, parents, official codes, coordinates."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis.tables import Package, rows_of
from analysis.validate.problems import Problem
from analysis.validate.rules.registry import rule

# A margin for points on the coast or a border: the boundary files are generalised.
COUNTRY_TOLERANCE_DEGREES = 0.15


@lru_cache(maxsize=8)
def _geo_properties(path: Path, key: str) -> frozenset[str]:
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    return frozenset(str(f["properties"][key]) for f in data["features"])


@lru_cache(maxsize=8)
def _geo_union(path: Path, exclude_key: str | None = None, exclude_value: str | None = None):
    from shapely.geometry import shape
    from shapely.ops import unary_union

    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    shapes = [
        shape(f["geometry"])
        for f in data["features"]
        if exclude_key is None or str(f["properties"].get(exclude_key)) != exclude_value
    ]
    return unary_union(shapes).buffer(COUNTRY_TOLERANCE_DEGREES)


def _geo_file(package: Package, name: str) -> Path | None:
    try:
        return package.file(name)
    except KeyError:
        return None


def geo_codes(package: Package, name: str, key: str) -> frozenset[str]:
    """The codes of a boundary resource's features (none if the package lacks it)."""
    path = _geo_file(package, name)
    return _geo_properties(path, key) if path else frozenset()


@rule
def geo_files_are_readable(package: Package) -> Iterable[Problem]:
    """Boundary files parse as GeoJSON with valid geometry and the code property joins use."""
    from shapely.geometry import shape

    expected = {"nl_municipalities": "statcode", "nl_provinces": "statcode", "cn_provinces": "gb2260", "world_countries": "iso_a3_eh"}
    for name, key in expected.items():
        path = _geo_file(package, name)
        if path is None:
            continue
        try:
            with path.open(encoding="utf-8") as handle:
                features = json.load(handle)["features"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            yield Problem(name, None, None, f"{path.name} is not readable GeoJSON: {exc}")
            continue
        if not features:
            yield Problem(name, None, None, f"{path.name} has no features")
        for position, feature in enumerate(features, start=1):
            props = feature.get("properties") or {}
            if not props.get(key):
                yield Problem(name, position, key, f"feature {position} has no {key}")
            try:
                if not shape(feature["geometry"]).is_valid:
                    yield Problem(name, position, "geometry", f"feature {position} has invalid geometry")
            except Exception as exc:  # shapely raises several types on malformed geometry
                yield Problem(name, position, "geometry", f"feature {position}: {exc}")


@rule
def parents_are_consistent(package: Package) -> Iterable[Problem]:
    """A parent lies in the same country; a Dutch municipality's parent is a province."""
    if "authorities" not in package.tables:
        return
    table = package["authorities"]
    country, level = (dict(zip(table["id"], table[c])) for c in ("country", "level"))
    for line, row in rows_of(table):
        parent = row["parent_id"]
        if pd.isna(parent) or parent not in country:
            continue
        if country[parent] != row["country"]:
            yield Problem("authorities", line, "parent_id", f"parent {parent!r} is in another country")
        if row["country"] == "NL" and row["level"] == "municipality" and level[parent] != "province":
            yield Problem("authorities", line, "parent_id", f"parent {parent!r} of a municipality is not a province")


@rule
def parents_form_no_cycle(package: Package) -> Iterable[Problem]:
    """Following parents from any authority ends at one without a parent (a province, say),
    never back where it started: an authority cannot lie within itself."""
    if "authorities" not in package.tables:
        return
    table = package["authorities"]
    parent = {a: p for a, p in zip(table["id"], table["parent_id"]) if not pd.isna(p)}
    for line, aid in enumerate(table["id"], start=2):
        seen, current = {aid}, aid
        while current in parent:
            current = parent[current]
            if current in seen:
                yield Problem("authorities", line, "parent_id", f"following parents from {aid!r} comes back to {current!r}")
                break
            seen.add(current)


@rule
def dutch_codes_exist_in_cbs(package: Package) -> Iterable[Problem]:
    """A Dutch code is a CBS code of the right level that exists in the CBS boundary files."""
    if "authorities" not in package.tables:
        return
    municipalities = _geo_file(package, "nl_municipalities")
    provinces = _geo_file(package, "nl_provinces")
    gm = _geo_properties(municipalities, "statcode") if municipalities else frozenset()
    pv = _geo_properties(provinces, "statcode") if provinces else frozenset()
    for line, row in rows_of(package["authorities"]):
        if row["country"] != "NL":
            continue
        code, level = row["code"], row["level"]
        former = not pd.isna(row["valid_until"])
        if former and pd.isna(row["successor_id"]):
            yield Problem("authorities", line, "successor_id", "a body that no longer exists needs a successor")
        if pd.isna(code):
            if level in ("municipality", "province") and not former:
                yield Problem("authorities", line, "code", f"Dutch {level} without a CBS code")
            continue
        if former:
            continue  # former codes are not in the current boundary files
        if code.startswith("GM") and (level != "municipality" or code not in gm):
            yield Problem("authorities", line, "code", f"{code} is not a CBS municipality code of a {level}")
        elif code.startswith("PV") and (level != "province" or code not in pv):
            yield Problem("authorities", line, "code", f"{code} is not a CBS province code of a {level}")
        elif not code.startswith(("GM", "PV")):
            yield Problem("authorities", line, "code", f"{code} is not a CBS code")


@rule
def chinese_codes_fit_their_province(package: Package) -> Iterable[Problem]:
    """A Chinese code is a GB/T 2260 code; provinces exist in the boundary file; lower units
    share the first two digits of their province's code."""
    if "authorities" not in package.tables:
        return
    table = package["authorities"]
    provinces_file = _geo_file(package, "cn_provinces")
    known = _geo_properties(provinces_file, "gb2260") if provinces_file else frozenset()
    codes = dict(zip(table["id"], table["code"]))
    for line, row in rows_of(table):
        if row["country"] != "CN":
            continue
        code = row["code"]
        if pd.isna(code):
            continue
        if code.startswith(("GM", "PV")) or not re.fullmatch(r"[1-8]\d{5}", code):
            yield Problem("authorities", line, "code", f"{code} is not a GB/T 2260 code")
            continue
        if row["level"] in ("province", "municipality") and code not in known:
            yield Problem("authorities", line, "code", f"{code} is not a province-level GB/T 2260 code")
        parent = row["parent_id"]
        if not pd.isna(parent) and parent in codes and not pd.isna(codes[parent]):
            if codes[parent][:2] != code[:2]:
                yield Problem("authorities", line, "code", f"{code} does not lie in its parent's province {codes[parent]}")


@rule
def coordinates_lie_in_their_country(package: Package) -> Iterable[Problem]:
    """A Dutch point lies in the Netherlands, a Chinese point in mainland China, Hong Kong or Macao."""
    if "authorities" not in package.tables:
        return
    import shapely

    nl_file, cn_file = _geo_file(package, "nl_provinces"), _geo_file(package, "cn_provinces")
    areas = {}
    if nl_file:
        areas["NL"] = _geo_union(nl_file)
    if cn_file:
        areas["CN"] = _geo_union(cn_file, "gb2260", "710000")  # Taiwan is out of scope
    table = package["authorities"]
    # Every point tested against its country's area at once; missing coordinates test as outside.
    lon = table["longitude"].to_numpy(dtype="float64", na_value=float("nan"))
    lat = table["latitude"].to_numpy(dtype="float64", na_value=float("nan"))
    inside = {country: shapely.contains_xy(area, lon, lat) for country, area in areas.items()}
    for position, (line, row) in enumerate(rows_of(table)):
        lat, lon = row["latitude"], row["longitude"]
        if pd.isna(lat) or pd.isna(lon):
            if not pd.isna(row["location_method"]):
                yield Problem("authorities", line, "latitude", "location_method given but no coordinates")
            continue
        if pd.isna(row["location_method"]):
            yield Problem("authorities", line, "location_method", "coordinates without a location_method")
        if row["country"] in inside and not inside[row["country"]][position]:
            yield Problem("authorities", line, "latitude", f"({lat}, {lon}) lies outside {row['country']}")
