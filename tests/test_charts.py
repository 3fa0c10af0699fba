"""Every chart builds from the real package, validates against the Vega-Lite schema and carries
what readers need: title, data date, source, description, tooltips, safe colours, phone width."""

from __future__ import annotations

import json

import pytest

from analysis import load
from analysis.charts import maps, render, theme
from analysis.figures import CHARTS
from analysis.model.views import Views
from vega_specs import walk

ALLOWED_COLOURS = {c.lower() for c in theme.OKABE_ITO.values()} | {"#f0f0f0", "#ffffff", "#cfe3f3", "#e8e8e8", "#eeeeee", "#bbbbbb", "#cccccc", "#9a9a9a", "#333333", "#555555", "#000000"}


@pytest.fixture(scope="module")
def package():
    theme.enable()
    return Views(load())


@pytest.fixture(scope="module", params=sorted(CHARTS))
def spec(request, package):
    chart = CHARTS[request.param](package)
    return chart.to_dict(validate=True)




def test_title_subtitle_with_data_date_and_source(spec, package):
    title = spec["title"]
    assert title["text"]
    subtitle = " ".join(title["subtitle"])
    # The census is dated by its latest search, every other chart by the register's data date.
    dated = package["census"]["searched_on"].max() if "census" in title["subtitle"][1] else package.data_date.isoformat()
    assert f"Data to {dated}" in subtitle
    assert "Source:" in subtitle
    assert all(len(line) <= 50 for line in title["subtitle"]), "subtitle lines must fit a phone"


def test_description_is_a_real_sentence(spec):
    assert len(spec["description"]) > 80
    assert "nan" not in spec["description"].lower().split()


def test_every_chart_has_tooltips(spec):
    assert any("tooltip" in node for node in walk(spec))


def _tooltips(spec):
    for node in walk(spec):
        tooltip = node.get("tooltip") if isinstance(node.get("tooltip"), (list, dict)) else None
        if tooltip is not None:
            yield from tooltip if isinstance(tooltip, list) else [tooltip]


def test_every_tooltip_line_has_a_title(spec):
    """An empty title makes the tooltip show the raw field name (such as `description`)."""
    for item in _tooltips(spec):
        assert item.get("title"), f"tooltip field {item.get('field')!r} has no title"


def test_no_tooltip_shows_a_looked_up_field_that_may_be_missing(spec):
    """A field filled by a lookup is null where nothing matches: a layer that shows one in a
    tooltip keeps only the matched rows (a filter on isValid) or shows a calculated field with
    a default instead."""
    for layer in walk(spec):
        transforms = [t for t in layer.get("transform") or [] if isinstance(t, dict)] if isinstance(layer.get("transform"), list) else []
        looked_up = {f for t in transforms if "lookup" in t for f in (t.get("from") or {}).get("fields", [])}
        filtered = " ".join(str(t.get("filter", "")) for t in transforms)
        shown = {item.get("field") for item in _tooltips(layer.get("encoding") or {})}
        for field in looked_up & shown:
            assert "isValid(datum." in filtered, f"tooltip shows {field!r}, which a lookup may leave null"


def test_colours_come_from_the_palette(spec):
    used = set()
    for node in walk(spec):
        for key in ("color", "fill", "stroke"):
            value = node.get(key)
            if isinstance(value, str) and value.startswith("#"):
                used.add(value.lower())
        if isinstance(node.get("range"), list):
            used |= {v.lower() for v in node["range"] if isinstance(v, str) and v.startswith("#")}
        if node.get("value") and isinstance(node["value"], str) and node["value"].startswith("#"):
            used.add(node["value"].lower())
    assert used <= ALLOWED_COLOURS, used - ALLOWED_COLOURS


def test_readable_on_a_phone(spec):
    widths = [node["width"] for node in walk(spec) if "width" in node and not isinstance(node["width"], dict)]
    numeric = [w for w in widths if isinstance(w, (int, float))]
    assert all(w <= 340 for w in numeric), numeric


def test_static_svg_copy(tmp_path, package):
    chart = CHARTS["status_by_level"](package).to_dict()
    path = render.write_static(chart, tmp_path / "c.svg")
    svg = path.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "Status of ties" in svg


def test_the_figure_links_its_static_copy(tmp_path, package, monkeypatch):
    monkeypatch.setattr(render, "STATIC_DIR", tmp_path)
    page = render.chart_html(CHARTS["ending_reasons"](package).to_dict())
    (svg,) = list(tmp_path.glob("chart-*.svg"))
    assert f'href="{render.STATIC_URL}{svg.name}"' in page
    assert "<noscript><img" in page


def test_maps_join_on_codes_and_leave_taiwan_unshaded(package):
    spec = CHARTS["china_map"](package).to_dict()
    lookups = [n["lookup"] for n in walk(spec) if "lookup" in n and isinstance(n["lookup"], str)]
    assert lookups == ["properties.gb2260"]
    datasets = spec["datasets"]
    reached = [row for rows in datasets.values() for row in rows if isinstance(row, dict) and "gb2260" in row and "ties" in row]
    assert reached and "710000" not in {r["gb2260"] for r in reached}
    nl = CHARTS["netherlands_map"](package).to_dict()
    assert [n["lookup"] for n in walk(nl) if isinstance(n.get("lookup"), str)] == ["properties.statcode"]


def test_year_control_filters_the_connection_map(package):
    spec = CHARTS["connection_map"](package).to_dict()
    params = [p for node in walk(spec) for p in node.get("params", []) if isinstance(p, dict)]
    year = next(p for p in params if p.get("name") == "year")
    assert year["bind"]["input"] == "range" and year["bind"]["min"] == 1979
    filters = [n["filter"] for n in walk(spec) if isinstance(n.get("filter"), str)]
    assert any("datum.start <= year" in f for f in filters)
    json.dumps(spec, allow_nan=False)  # no NaN sneaks in as a bare value


def test_assessment_matrix_keeps_same_named_authorities_apart(package):
    spec = CHARTS["assessment_matrix"](package).to_dict()
    rows = next(rows for rows in spec["datasets"].values() if rows and "authority" in rows[0])
    assert len({r["authority"] for r in rows}) == package["assessments"]["authority_id"].nunique()


@pytest.mark.parametrize("name", ["netherlands_map", "china_map", "connection_map"])
def test_points_without_a_location_are_left_out_and_named(package, name):
    spec = CHARTS[name](package).to_dict()
    for rows in spec["datasets"].values():
        for row in rows if isinstance(rows, list) else []:
            for key in ("latitude", "longitude", "nl_latitude", "cn_latitude", "nl_longitude", "cn_longitude"):
                if key in row:
                    assert row[key] is not None, (name, row.get("name") or row.get("id"))
    assert "Not drawn for want of a recorded location" in spec["description"]


def test_dutch_bodies_other_than_municipalities_get_their_symbol(package):
    spec = CHARTS["netherlands_map"](package).to_dict()
    points = next(rows for rows in spec["datasets"].values() if rows and "latitude" in rows[0])
    shapes = {package.labels("level", code).capitalize() for code in maps.LEVEL_SHAPES}
    assert {row["kind"] for row in points} <= shapes
    assert any(row["kind"] == "Province" for row in points)
