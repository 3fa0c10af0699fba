"""Render charts into book pages with the vendored Vega libraries: no network needed."""

from __future__ import annotations

import hashlib
import html
import json

import altair as alt

RENDERER = "book"
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
    return (
        f'<figure class="nlcn-chart">'
        f'<div id="{chart_id}" class="vega-chart" role="img" aria-label="{html.escape(str(title_text))}"></div>'
        f'<figcaption class="nlcn-chart-description">{html.escape(str(description))}</figcaption>'
        f"<script>(function(){{var el=document.getElementById({json.dumps(chart_id)});"
        f"if(typeof vegaEmbed!=='function'){{el.textContent='The chart library did not load.';return;}}"
        f"vegaEmbed(el,{payload},{script_safe_json(EMBED_OPTIONS)})"
        f".catch(function(e){{el.textContent='The chart could not be drawn: '+e;}});}})();</script>"
        f"</figure>"
    )


def _renderer(spec: dict, **_: object) -> dict:
    return {"text/html": chart_html(spec)}


def enable() -> None:
    alt.renderers.register(RENDERER, _renderer)
    alt.renderers.enable(RENDERER)
