"""Boundary files for maps: read from the package, keep what a map needs, simplify with shared
borders intact (TopoJSON), and round coordinates to keep pages light."""

from __future__ import annotations

from functools import lru_cache

from analysis.package import Package

# Simplification tolerances in degrees, chosen for a map a few hundred pixels wide.
NL_TOLERANCE = 0.002  # about 150 m
CN_TOLERANCE = 0.05  # about 5 km
WORLD_TOLERANCE = 0.2
QUANTIZE = 100_000
# The part of the world the connection map shows: Europe to the Pacific.
EURASIA = (-12.0, 15.0, 150.0, 62.0)  # west, south, east, north


@lru_cache(maxsize=16)
def _read(path: str, columns: tuple[str, ...]):
    import geopandas as gpd

    frame = gpd.read_file(path)
    return frame[list(columns) + ["geometry"]]


def _topology(frames: list, names: list[str], tolerance: float) -> dict:
    import topojson

    topo = topojson.Topology(frames if len(frames) > 1 else frames[0], object_name=names if len(names) > 1 else names[0],
                             toposimplify=tolerance, prequantize=QUANTIZE)
    return topo.to_dict()


def netherlands(package: Package, municipality_codes: tuple[str, ...]) -> dict:
    """TopoJSON with objects `provinces` (all 12) and `municipalities` (only the codes given)."""
    provinces = _read(str(package.file("nl_provinces")), ("statcode", "statnaam"))
    municipalities = _read(str(package.file("nl_municipalities")), ("statcode", "statnaam", "provinciecode"))
    chosen = municipalities[municipalities["statcode"].isin(municipality_codes)]
    return _topology([provinces, chosen], ["provinces", "municipalities"], NL_TOLERANCE)


# The Dutch names of China's province-level units where Dutch does not use the English one.
CN_NAMES_NL = {"Beijing": "Peking", "Hong Kong": "Hongkong", "Inner Mongolia": "Binnen-Mongolië", "Macao": "Macau"}


def china(package: Package) -> dict:
    """TopoJSON with object `provinces`: China's province-level units (Natural Earth, de facto),
    named in English (`name_en`), Dutch (`name_nl`) and Chinese (`name_zh`)."""
    provinces = _read(str(package.file("cn_provinces")), ("gb2260", "name_en", "name_zh", "admin_de_facto"))
    provinces = provinces.assign(name_nl=provinces["name_en"].map(lambda name: CN_NAMES_NL.get(name, name)))
    return _topology([provinces], ["provinces"], CN_TOLERANCE)


def eurasia(package: Package) -> dict:
    """TopoJSON with object `countries`: countries touching the connection map's frame."""
    west, south, east, north = EURASIA
    countries = _read(str(package.file("world_countries")), ("iso_a3_eh", "name_en"))
    framed = countries.cx[west:east, south:north].copy()
    framed["geometry"] = framed.geometry.clip_by_rect(west, south, east, north)
    framed = framed[~framed.geometry.is_empty]
    return _topology([framed], ["countries"], WORLD_TOLERANCE)




def codes_in(topo: dict, feature: str) -> list[str]:
    """The code property of every geometry of one object in a TopoJSON dict."""
    geometries = topo["objects"][feature].get("geometries", [])
    return [g.get("properties", {}).get("statcode") or g.get("properties", {}).get("gb2260") for g in geometries]
