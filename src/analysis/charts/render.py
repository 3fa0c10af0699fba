"""Render charts into book pages with the vendored Vega libraries: no network needed."""

from __future__ import annotations

import hashlib
import html
import json
import re

from pathlib import Path

import altair as alt

RENDERER = "book"
# Where static SVG copies of the charts go (set by `enable`); the book serves them from
# _static/figures/ for readers without JavaScript, for print and for download.
STATIC_DIR: Path | None = None
STATIC_URL = "../_static/figures/"
# The name of vega-embed's actions menu, whose button shows only an icon.
ACTIONS_LABEL = "Save this chart"
EMBED_OPTIONS = {"renderer": "svg", "actions": {"export": True, "source": False, "compiled": False, "editor": False}}


def script_safe_json(value: object) -> str:
    """JSON that cannot close the surrounding <script> element, whatever the data contain."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _title_text(spec: dict) -> str:
    title = spec.get("title", {})
    text = title.get("text", "") if isinstance(title, dict) else title
    return " ".join(text) if isinstance(text, list) else str(text)


def chart_html(spec: dict) -> str:
    """A figure with the chart, its text description and the script that draws it.

    The element id comes from the spec, so two builds of the same data give the same page.
    """
    payload = script_safe_json(spec)
    chart_id = "chart-" + hashlib.sha256(payload.encode("utf-8")).hexdigest()[:12]
    title_text = _title_text(spec)
    description = spec.get("description", "")
    static = ""
    if STATIC_DIR is not None:
        write_static(spec, STATIC_DIR / f"{chart_id}.svg")
        url = html.escape(f"{STATIC_URL}{chart_id}.svg")
        static = (
            f'<noscript><img src="{url}" alt="{html.escape(str(description))}" class="nlcn-static"></noscript>'
            f'<a class="nlcn-chart-download" href="{url}" download>Download this chart (SVG)</a>'
        )
    # The chart is a labelled group, not role="img": it holds controls (the actions menu, the
    # year slider) that an image role would hide. Vega gives the drawn SVG the description as
    # its accessible name; the caption prints it for everyone.
    return (
        f'<figure class="nlcn-chart">'
        f'<div id="{chart_id}" class="vega-chart" role="group" aria-label="Chart: {html.escape(str(title_text))}"></div>'
        f'<figcaption class="nlcn-chart-description">{html.escape(str(description))}</figcaption>'
        f"<script>(function(){{var el=document.getElementById({json.dumps(chart_id)});"
        f"if(typeof vegaEmbed!=='function'){{el.textContent='The chart library did not load.';return;}}"
        f"vegaEmbed(el,{payload},{script_safe_json(EMBED_OPTIONS)})"
        f".then(function(){{var s=el.querySelector('details > summary');if(s){{s.setAttribute('aria-label',{json.dumps(ACTIONS_LABEL)});}}}})"
        f".catch(function(e){{el.textContent='The chart could not be drawn: '+e;}});}})();</script>"
        f"{static}</figure>"
    )


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
