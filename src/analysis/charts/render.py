"""Render charts into book pages with the vendored Vega libraries: no network needed."""

from __future__ import annotations

import copy
import hashlib
import html
import json
import re

from pathlib import Path

import altair as alt
import pandas as pd

from analysis.links import mark_chinese
from analysis.links import slug as _slug
from analysis.words import say

RENDERER = "book"
# Where static SVG copies of the charts go (set by `enable`); the book serves them from
# _static/figures/ for readers without JavaScript, for print and for download.
STATIC_DIR: Path | None = None
STATIC_URL = "../_static/figures/"
# The name of vega-embed's actions menu, whose button shows only an icon (given by _static/charts.js).
ACTIONS_LABEL = "Save this chart"
RETRY = "The interactive chart could not load: try again"
# vega-embed's own words (its save menu), in Dutch for the Dutch edition.
EMBED_WORDS = {"nl": {"CLICK_TO_VIEW_ACTIONS": "Bewaar deze grafiek", "PNG_ACTION": "Bewaar als PNG", "SVG_ACTION": "Bewaar als SVG",
                      "COMPILED_ACTION": "Bekijk Vega", "EDITOR_ACTION": "Open in Vega-editor", "SOURCE_ACTION": "Bekijk de bron"}}
EMBED_OPTIONS = {"renderer": "svg", "actions": {"export": True, "source": False, "compiled": False, "editor": False}}


def script_safe_json(value: object) -> str:
    """JSON that cannot close the surrounding <script> element, whatever the data contain."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _title_text(spec: dict) -> str:
    title = spec.get("title", {})
    text = title.get("text", "") if isinstance(title, dict) else title
    return " ".join(text) if isinstance(text, list) else str(text)


# Widths of the drawn copies: the content column on a desktop, and a phone's screen.
DESKTOP_WIDTH = 720
PHONE_WIDTH = 330
# Set by book.setup for the chapter being executed: its address goes into each chart's credit,
# and its edition's language into the words around the chart.
PAGE: str | None = None
LANG = "en"
REPORT = "Dutch local governments and China"
SITE_URL = "https://nl-china-ties.github.io/nl-china-ties/"
LICENCE = "CC BY 4.0"


def slug(text: str) -> str:
    """A chart's file name from its title."""
    return _slug(text) or "chart"


def _version() -> str:
    from analysis.package import DEFAULT_PATH

    return str(json.loads(DEFAULT_PATH.read_text(encoding="utf-8")).get("version", ""))


def credit_lines(page: str | None = None) -> list[str]:
    """Who made the chart, its version and licence, and where it lives, in lines short enough
    for a chart drawn on a phone."""
    address = SITE_URL.split("://", 1)[-1]
    lines = [f"{say(REPORT, LANG)}, v{_version()},", f"{LICENCE}. {address}"]
    if page:
        lines.append(f"{page}.html")
    return lines


def with_credit(spec: dict, page: str | None = None) -> dict:
    """The spec with the credit as the last lines of its subtitle (so the SVG and PNG carry it)."""
    spec = copy.deepcopy(spec)
    title = spec.get("title")
    if not isinstance(title, dict):
        title = {"text": title or ""}
    subtitle = title.get("subtitle") or []
    subtitle = [subtitle] if isinstance(subtitle, str) else list(subtitle)
    title["subtitle"] = subtitle + credit_lines(page)
    spec["title"] = title
    return spec


def sized(spec: dict, width: int) -> dict:
    """The spec drawn `width` pixels wide: a width given as a number or as the container's
    becomes `width`, in the spec and in the views it concatenates; a map (a view with a
    projection and a fixed height) keeps its shape."""
    spec = copy.deepcopy(spec)

    def one(view: dict, target: int) -> None:
        old = view.get("width")
        if old == "container" or isinstance(old, (int, float)):
            view["width"] = target
            has_projection = "projection" in view or any("projection" in layer for layer in view.get("layer", []))
            if has_projection and isinstance(old, (int, float)) and isinstance(view.get("height"), (int, float)):
                view["height"] = round(view["height"] * target / old)

    one(spec, width)
    for view in spec.get("vconcat", []):
        one(view, width)
    return spec


def fitted(spec: dict, width: int) -> dict:
    """The spec sized so that the whole drawing, axes, legends and titles included, is about
    `width` pixels wide: drawn once, then narrowed by what the labels beside the plot took."""
    import vl_convert

    first = sized(spec, width)
    drawn = _svg_width(vl_convert.vegalite_to_svg(first))
    if drawn is None or drawn <= width:
        return first
    return sized(spec, max(width - round(drawn - width), width // 2))


def _svg_width(svg: str) -> float | None:
    found = re.search(r'<svg\b[^>]*\bwidth="([0-9.]+)"', svg[:1000])
    return float(found.group(1)) if found else None


def _nodes(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


def _fields(spec: dict) -> dict[str, str]:
    """Every data field the chart names to a reader, with its title: tooltips first (the fullest
    wording), then axes, colours, sizes and labels. A field given a title already taken (a legend
    titled like a tooltip field) goes by its own name."""
    found: list[tuple[int, str, str]] = []
    for node in _nodes(spec):
        encoding = node.get("encoding")
        if not isinstance(encoding, dict):
            continue
        for channel, definition in encoding.items():
            for item in definition if isinstance(definition, list) else [definition]:
                # Fields with a title (positions and helper fields have none).
                if isinstance(item, dict) and isinstance(item.get("field"), str) and item.get("title"):
                    title = item["title"]
                    found.append((0 if channel == "tooltip" else 1, channel, item["field"], " ".join(title) if isinstance(title, list) else str(title)))
    fields: dict[str, str] = {}
    for _, channel, field, title in sorted(found, key=lambda f: f[0]):
        if field in fields:
            continue
        if title in fields.values():
            if channel in ("x", "x2", "y", "y2", "theta", "radius"):
                continue  # a position titled like a named field (a bar's edge on the year axis)
            title = field.split(".")[-1].replace("_", " ").capitalize()
        fields[field] = title
    return fields


def chart_data(spec: dict) -> pd.DataFrame | None:
    """The table behind the chart: the inline datasets of plain records that hold most of the
    fields the chart names (a map's municipalities and provinces, say), those fields only, under
    their titles (boundaries left out)."""
    fields = _fields(spec)
    scored = []
    for values in spec.get("datasets", {}).values():
        if not isinstance(values, list) or not values or not all(isinstance(v, dict) for v in values):
            continue
        if any(k in values[0] for k in ("type", "geometry", "arcs", "objects")):
            continue
        scored.append(({f for f in fields if f in values[0]}, values))
    best = max((named for named, _ in scored), key=len, default=set())
    if not best:
        return None
    # The best dataset, and those naming some of the same fields and no others.
    frame = pd.concat([pd.DataFrame(values) for named, values in scored if named and named <= best], ignore_index=True)
    keep = [f for f in fields if f in frame.columns]
    frame = frame[keep].rename(columns=fields)
    return frame.loc[:, ~frame.columns.duplicated()].drop_duplicates()


def table_html(frame: pd.DataFrame, caption: str) -> str:
    """The chart's data as a plain table in a disclosure, which a keyboard reaches and opens."""
    head = "".join(f'<th scope="col">{html.escape(str(c))}</th>' for c in frame.columns)
    rows = "".join(
        "<tr>" + "".join(f"<td>{'–' if pd.isna(v) else mark_chinese(html.escape(str(v)))}</td>" for v in row) + "</tr>"
        for row in frame.itertuples(index=False, name=None)
    )
    return (
        f'<details class="nlcn-chart-table"><summary>{html.escape(say("The chart as a table ({n} rows)", LANG, n=len(frame)))}</summary>'
        f'<div class="nlcn-table-wrap"><table class="nlcn-table"><caption>{html.escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div></details>"
    )


def chart_html(spec: dict) -> str:
    """A figure with the chart drawn (an SVG for a desktop and one for a phone), its text
    description, links to download it (SVG, PNG at twice the size, the data as CSV), and a button
    that turns it into the interactive chart (details on hover or tap). The chart libraries load
    only then (_static/charts.js), so a page opens without them.

    The element id comes from the spec, so two builds of the same data give the same page.
    """
    spec = with_credit(spec, PAGE)
    payload = script_safe_json(spec)
    chart_id = "chart-" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]
    title_text = _title_text(spec)
    description = str(spec.get("description", ""))
    name = slug(title_text)
    data = chart_data(spec)
    drawn, links = "", ""
    if STATIC_DIR is not None:
        desktop = fitted(spec, DESKTOP_WIDTH)
        svg = write_static(desktop, STATIC_DIR / f"{chart_id}.svg")
        write_static(fitted(spec, PHONE_WIDTH), STATIC_DIR / f"{chart_id}-phone.svg")
        write_png(desktop, STATIC_DIR / f"{chart_id}.png")
        write_script(chart_id, spec, STATIC_DIR / f"{chart_id}.js")
        width, height = svg_size(svg)
        url = html.escape(STATIC_URL + chart_id)
        drawn = (
            f'<picture><source media="(max-width: 640px)" srcset="{url}-phone.svg">'
            f'<img src="{url}.svg" alt="{html.escape(description)}" class="nlcn-static" width="{width}" height="{height}" loading="lazy" decoding="async"></picture>'
        )
        parts = [f'<a href="{url}.svg" download="{name}.svg">SVG</a>', f'<a href="{url}.png" download="{name}.png">PNG</a>']
        if data is not None:
            write_csv(data, STATIC_DIR / f"{chart_id}.csv")
            parts.append(f'<a href="{url}.csv" download="{name}.csv">{say("the data (CSV)", LANG)}</a>')
        links = f'<p class="nlcn-chart-download">{say("Download this chart:", LANG)} {" · ".join(parts)}</p>'
    table = table_html(data, say("The data of the chart: {title}", LANG, title=title_text)) if data is not None and len(data) else ""
    # The chart is a labelled group, not role="img": once interactive it holds controls (the
    # actions menu, the year slider) that an image role would hide.
    return (
        f'<figure class="nlcn-chart">'
        f'<div id="{chart_id}" class="vega-chart" role="group" aria-label="{html.escape(say("Chart: {title}", LANG, title=title_text))}" '
        f'data-spec="{html.escape(STATIC_URL + chart_id)}.js" data-name="{name}" data-actions-label="{say(ACTIONS_LABEL, LANG)}">{drawn}</div>'
        f'<button type="button" class="nlcn-explore" aria-controls="{chart_id}" data-retry="{say(RETRY, LANG)}" hidden>{say("Explore the chart (details on hover or tap)", LANG)}</button>'
        f'<figcaption class="nlcn-chart-description">{html.escape(description)}</figcaption>'
        f"{links}{table}</figure>"
    )


def svg_size(path: Path) -> tuple[int, int]:
    head = path.read_text(encoding="utf-8")[:500]
    width = re.search(r'width="([0-9.]+)"', head)
    height = re.search(r'height="([0-9.]+)"', head)
    return (round(float(width.group(1))) if width else DESKTOP_WIDTH, round(float(height.group(1))) if height else 400)


def write_script(chart_id: str, spec: dict, path: Path) -> Path:
    """The interactive chart's spec and options as a script that files it under its id (a script,
    not JSON, so that it loads from a page opened from disk too)."""
    spec = dict(spec)
    options = dict(EMBED_OPTIONS, downloadFileName=slug(_title_text(spec)), scaleFactor={"png": 2, "svg": 1})
    if LANG in EMBED_WORDS:
        options["i18n"] = EMBED_WORDS[LANG]
    text = f"window.nlcnCharts=window.nlcnCharts||{{}};window.nlcnCharts[{json.dumps(chart_id)}]={{spec:{script_safe_json(spec)},options:{script_safe_json(options)}}};\n"
    return _replace(path, text.encode("utf-8"))


def write_png(spec: dict, path: Path) -> Path:
    """A PNG copy at twice the size, for slides and print."""
    import vl_convert

    return _replace(path, vl_convert.vegalite_to_png(spec, scale=2))


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    from analysis.export import inert

    return _replace(path, inert(frame).to_csv(index=False, lineterminator="\n").encode("utf-8"))


def _replace(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(path.suffix + ".tmp")
    temporary.write_bytes(data)
    temporary.replace(path)
    return path


def with_text_alternative(svg: str, title: str, description: str) -> str:
    """The SVG with a <title> and <desc> and role="img", so that the file keeps its text
    alternative when it is downloaded or opened on its own."""
    opening = re.match(r"<svg\b[^>]*>", svg)
    if opening is None:
        raise ValueError("not an SVG document")
    tag = opening.group()
    if "role=" not in tag:
        tag = tag[:-1] + ' role="img" aria-labelledby="title desc">'
    alternative = f'<title id="title">{html.escape(title)}</title><desc id="desc">{html.escape(description)}</desc>'
    return tag + alternative + svg[opening.end():]


def write_static(spec: dict, path: Path) -> Path:
    """An SVG copy of the chart, drawn without a browser (vl-convert)."""
    import vl_convert

    path.parent.mkdir(parents=True, exist_ok=True)
    svg = with_text_alternative(vl_convert.vegalite_to_svg(spec), _title_text(spec), str(spec.get("description", "")))
    temporary = path.with_suffix(".svg.tmp")
    temporary.write_text(svg, encoding="utf-8")
    temporary.replace(path)
    return path


def _renderer(spec: dict, **_: object) -> dict:
    return {"text/html": chart_html(spec)}


def enable(static_dir: Path | None = None) -> None:
    global STATIC_DIR
    STATIC_DIR = static_dir
    alt.renderers.register(RENDERER, _renderer)
    alt.renderers.enable(RENDERER)
