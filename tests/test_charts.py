"""Every chart builds from the real package, validates against the Vega-Lite schema and carries
what readers need: title, data date, source, description, tooltips, safe colours, phone width."""

from __future__ import annotations

import re

import json

import pytest

from analysis import load
from analysis.charts import maps, render, theme
from analysis.figures import CHARTS
from analysis.model.labels import readable_date
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
    dated = package["census"]["searched_on"].max() if "census" in title["subtitle"][1] else package.data_date
    assert f"Data to {readable_date(dated)}" in subtitle
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


def test_the_figure_shows_its_drawn_copies_and_offers_svg_png_and_data(tmp_path, package, monkeypatch):
    monkeypatch.setattr(render, "STATIC_DIR", tmp_path)
    monkeypatch.setattr(render, "PAGE", "chapters/timeline")
    page = render.chart_html(CHARTS["ending_reasons"](package).to_dict())
    chart_id = re.search(r'id="(chart-[0-9a-f]{12})"', page).group(1)
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == sorted(f"{chart_id}{end}" for end in (".svg", "-phone.svg", ".png", ".js", ".csv"))
    # The drawn chart is on the page at once (a phone gets its own drawing); no library is needed.
    assert f'<source media="(max-width: 640px)" srcset="{render.STATIC_URL}{chart_id}-phone.svg">' in page
    assert f'<img src="{render.STATIC_URL}{chart_id}.svg" alt="' in page and "vegaEmbed" not in page
    # Downloads are named after the chart; the PNG is drawn at twice the size.
    name = render.slug(render._title_text(CHARTS["ending_reasons"](package).to_dict()))
    for end in ("svg", "png", "csv"):
        assert f'download="{name}.{end}"' in page
    width = int(re.search(r'width="([0-9.]+)"', (tmp_path / f"{chart_id}.svg").read_text()).group(1).split(".")[0])
    png = (tmp_path / f"{chart_id}.png").read_bytes()
    assert int.from_bytes(png[16:20], "big") == 2 * width
    # The credit names the report, its version, the licence and the page's address.
    svg = (tmp_path / f"{chart_id}.svg").read_text()
    assert "Dutch local governments and China, v" in svg and "CC BY 4.0" in svg and "chapters/timeline.html" in svg
    rows = (tmp_path / f"{chart_id}.csv").read_text().splitlines()
    assert len(rows) > 1 and "," in rows[0]


def test_the_drawn_copies_fill_a_desktop_column_and_fit_a_phone(tmp_path, package, monkeypatch):
    monkeypatch.setattr(render, "STATIC_DIR", tmp_path)
    for name in ("netherlands_map", "ties_over_time", "status_by_level", "stakeholder_network"):
        page = render.chart_html(CHARTS[name](package).to_dict())
        chart_id = re.search(r'id="(chart-[0-9a-f]{12})"', page).group(1)
        desktop = float(re.search(r'width="([0-9.]+)"', (tmp_path / f"{chart_id}.svg").read_text()).group(1))
        phone = float(re.search(r'width="([0-9.]+)"', (tmp_path / f"{chart_id}-phone.svg").read_text()).group(1))
        assert desktop >= 0.85 * 760 and phone <= 380, (name, desktop, phone)


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


def test_no_chart_text_is_smaller_than_12_px(spec):
    small = [(key, node[key]) for node in walk(spec) for key in node
             if key.lower().endswith("fontsize") and isinstance(node[key], (int, float)) and node[key] < 12]
    assert small == []


@pytest.mark.parametrize("name", ["netherlands_map", "china_map", "connection_map", "census_map"])
def test_the_maps_name_their_places_with_the_most_ties(package, name):
    spec = CHARTS[name](package).to_dict()
    named = [row["place"] for rows in spec["datasets"].values() if isinstance(rows, list)
             for row in rows if isinstance(row, dict) and "place" in row and "ties" in row]
    assert 2 <= len(named) <= 2 * maps.NAMED_PLACES
    texts = [n for n in walk(spec) if isinstance(n.get("mark"), dict) and n["mark"].get("type") == "text"]
    assert texts and all(t["mark"].get("aria") is False for t in texts)
