"""A small locator map for a page: the country's outline, drawn once, with a dot for the place."""

from __future__ import annotations

import html
import json
import math
from functools import lru_cache

from analysis.words import say

WIDTH = 140  # px: small enough to sit beside the facts on a phone
# Simplification in degrees: a country outline a thumb wide needs little detail.
TOLERANCE = {"NL": 0.02, "CN": 0.25}
BOUNDARIES = {"NL": ("nl_provinces", None), "CN": ("cn_provinces", "710000")}  # Taiwan out of scope


@lru_cache(maxsize=4)
def _outline(path: str, country: str, leave_out: str | None) -> tuple[str, tuple[float, float, float, float], float]:
    """The country's outline as an SVG path in the map's own units, its bounds and height."""
    from shapely.geometry import MultiPolygon, shape
    from shapely.ops import unary_union

    with open(path, encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    keep = [shape(f["geometry"]) for f in features if leave_out is None or str(f["properties"].get("gb2260")) != leave_out]
    area = unary_union(keep).simplify(TOLERANCE[country])
    west, south, east, north = area.bounds
    shrink = math.cos(math.radians((south + north) / 2))
    scale = WIDTH / ((east - west) * shrink)
    height = (north - south) * scale
    polygons = area.geoms if isinstance(area, MultiPolygon) else [area]
    parts = []
    for polygon in polygons:
        if polygon.area < 0.0005 * area.area:
            continue  # islands too small to see
        points = [f"{(x - west) * shrink * scale:.1f},{(north - y) * scale:.1f}" for x, y in polygon.exterior.coords]
        parts.append("M" + "L".join(points) + "Z")
    return "".join(parts), (west, south, east, north), height


def locator(package, country: str, latitude: object, longitude: object, place: str, lang: str = "en") -> str:
    """An inline SVG of the country with a dot at the point; empty if the place has no point."""
    try:
        lat, lon = float(latitude), float(longitude)
    except (TypeError, ValueError):
        return ""
    if math.isnan(lat) or math.isnan(lon) or country not in BOUNDARIES:
        return ""
    resource, leave_out = BOUNDARIES[country]
    path, (west, south, east, north), height = _outline(str(package.file(resource)), country, leave_out)
    shrink = math.cos(math.radians((south + north) / 2))
    scale = WIDTH / ((east - west) * shrink)
    x, y = (lon - west) * shrink * scale, (north - lat) * scale
    where = "Where {name} lies in the Netherlands" if country == "NL" else "Where {name} lies in China"
    label = html.escape(say(where, lang, name=place))
    return (
        f'<svg class="nlcn-locator" role="img" aria-label="{label}" viewBox="-4 -4 {WIDTH + 8} {height + 8:.0f}" '
        f'width="{WIDTH + 8}" height="{height + 8:.0f}"><title>{label}</title>'
        f'<path d="{path}" fill="#e8e8e8" stroke="#999999" stroke-width="0.8"/>'
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="#D55E00" stroke="#ffffff" stroke-width="1.2"/></svg>'
    )


@lru_cache(maxsize=4)
def _points(path: str) -> dict[str, tuple[float, float]]:
    """A point inside every area of a boundary file, by its CBS code: (latitude, longitude)."""
    from shapely.geometry import shape

    with open(path, encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    points = {}
    for feature in features:
        point = shape(feature["geometry"]).representative_point()
        points[str(feature["properties"]["statcode"])] = (point.y, point.x)
    return points


def point_of(package, code: object) -> tuple[float, float] | None:
    """A point inside the Dutch municipality or province with this CBS code (GM…, PV…), if the
    boundary files have it."""
    code = str(code)
    resource = {"GM": "nl_municipalities", "PV": "nl_provinces"}.get(code[:2])
    return _points(str(package.file(resource))).get(code) if resource else None
