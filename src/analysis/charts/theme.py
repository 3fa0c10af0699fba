"""The one chart theme: colour-blind-safe palettes, fonts, sizes and the caption conventions."""

from __future__ import annotations

import altair as alt

from analysis.model.labels import readable_date
from analysis.words import say

# Okabe & Ito (2008): distinguishable under the common colour-vision deficiencies.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "grey": "#999999",
    "black": "#000000",
}

STATUS_COLOURS = {
    "active": OKABE_ITO["blue"],
    "dormant": OKABE_ITO["orange"],
    "ended": OKABE_ITO["vermillion"],
    "unknown": OKABE_ITO["grey"],
}
STATUS_ORDER = list(STATUS_COLOURS)


FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
# Fits a 360 px phone screen with the book's margins; charts use width="container" to grow.
PHONE_WIDTH = 320

THEME_NAME = "nlcn"


def status_scale(labels) -> alt.Scale:
    """Each status's colour, keyed by its label (`labels`: the package's Labels)."""
    return alt.Scale(domain=[labels("status", s) for s in STATUS_ORDER], range=[STATUS_COLOURS[s] for s in STATUS_ORDER])


@alt.theme.register(THEME_NAME, enable=False)
def nlcn_theme() -> alt.theme.ThemeConfig:
    return {
        "config": {
            "font": FONT,
            "view": {"stroke": None, "continuousWidth": PHONE_WIDTH, "continuousHeight": 240},
            "title": {"anchor": "start", "fontSize": 15, "subtitleFontSize": 12, "subtitleColor": "#444444"},
            "axis": {"labelFontSize": 12, "titleFontSize": 12, "gridColor": "#e6e6e6"},
            "legend": {"labelFontSize": 12, "titleFontSize": 12, "orient": "bottom"},
            "range": {"category": list(OKABE_ITO.values())},
        }
    }


def enable() -> None:
    alt.theme.enable(THEME_NAME)
    # A chart's data are what it draws (one cell per authority and question, say): a larger
    # register must not stop the book, so Altair's row limit is lifted.
    alt.data_transformers.disable_max_rows()


def titled(chart: alt.TopLevelMixin, title: str, subtitle: str | list[str], description: str) -> alt.TopLevelMixin:
    """Give a chart its title, subtitle (data date and source) and a text description.

    Vega-Lite writes the description into the SVG's aria attributes for screen readers; the
    book's renderer also prints it as the figure's caption.
    """
    subtitle = [subtitle] if isinstance(subtitle, str) else subtitle
    return chart.properties(title=alt.TitleParams(text=title, subtitle=subtitle), description=description)


def data_subtitle(data_date, source: str = "this report's register of ties", lang: str = "en") -> list[str]:
    """The subtitle every chart carries, in short lines for phones: the date the data run to
    (a date or partial ISO date, as readers read it) and the source (its English wording, said
    in the edition's language)."""
    return [say("Data to {date}.", lang, date=readable_date(data_date, lang)), say("Source: {source}.", lang, source=say(source, lang))]
