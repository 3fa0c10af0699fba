"""Render charts into book pages with the vendored Vega libraries: no network needed."""

from __future__ import annotations

import hashlib
import html
import json

from pathlib import Path

import altair as alt

RENDERER = "book"
# Where static SVG copies of the charts go (set by `enable`); the book serves them from
# _static/figures/ for readers without JavaScript, for print and for download.
STATIC_DIR: Path | None = None
STATIC_URL = "../_static/figures/"
EMBED_OPTIONS = {"renderer": "svg", "actions": {"export": True, "source": False, "compiled": False, "editor": False}}


def script_safe_json(value: object) -> str:
    """JSON that cannot close the surrounding <script> element, whatever the data contain."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def chart_html(spec: dict) -> str:
    """A figure with the chart, its text description and the script that draws it.

    The element id comes from the spec, so two builds of the same data give the same page.
    """
    payload = script_safe_json(spec)
    chart_id = "chart-" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]
    title = spec.get("title", {})
    title_text = title.get("text", "") if isinstance(title, dict) else str(title)
    if isinstance(title_text, list):
        title_text = " ".join(title_text)
    description = spec.get("description", "")
    static = ""
    if STATIC_DIR is not None:
        write_static(spec, STATIC_DIR / f"{chart_id}.svg")
        url = html.escape(f"{STATIC_URL}{chart_id}.svg")
        static = (
            f'<noscript><img src="{url}" alt="{html.escape(str(description))}" class="nlcn-static"></noscript>'
            f'<a class="nlcn-chart-download" href="{url}" download>Download this chart (SVG)</a>'
        )
    return (
        f'<figure class="nlcn-chart">'
        f'<div id="{chart_id}" class="vega-chart" role="img" aria-label="{html.escape(str(title_text))}"></div>'
        f'<figcaption class="nlcn-chart-description">{html.escape(str(description))}</figcaption>'
        f"<script>(function(){{var el=document.getElementById({json.dumps(chart_id)});"
        f"if(typeof vegaEmbed!=='function'){{el.textContent='The chart library did not load.';return;}}"
        f"vegaEmbed(el,{payload},{script_safe_json(EMBED_OPTIONS)})"
        f".catch(function(e){{el.textContent='The chart could not be drawn: '+e;}});}})();</script>"
        f"{static}</figure>"
    )


def write_static(spec: dict, path: Path) -> Path:
    """An SVG copy of the chart, drawn without a browser (vl-convert)."""
    import vl_convert

    path.parent.mkdir(parents=True, exist_ok=True)
    svg = vl_convert.vegalite_to_svg(spec)
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
