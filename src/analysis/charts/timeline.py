"""Ties over time: the number in existence each year, ties formed and ended, the periods, and why ties ended."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.charts.theme import OKABE_ITO, PHONE_WIDTH, titled
from analysis.model import timeline as tl
from analysis.words import say

# Both panels carry a y axis with its title: keep the whole figure within a phone screen.
PANEL_WIDTH = PHONE_WIDTH - 60

FLOW_COLOURS = {"formed": OKABE_ITO["blue"], "suspended": OKABE_ITO["orange"], "ended": OKABE_ITO["vermillion"]}


def _periods(first: int, last: int, lang: str) -> pd.DataFrame:
    rows = []
    for number, (label, start, end, theme) in enumerate(tl.PERIODS):
        start, end = max(start, first), min(end if end is not None else last, last)
        short = f"{start}–"  # short labels fit a phone; the tooltip gives the full period
        rows.append({"period": label, "short": short, "theme": say(theme, lang), "start": start - 0.5, "end": end + 0.5, "shade": number % 2 == 1})
    return pd.DataFrame(rows)


def _bands(periods: pd.DataFrame, x_scale: alt.Scale, labels: bool, lang: str) -> alt.Chart:
    base = alt.Chart(periods)
    rect = base.mark_rect(opacity=0.5).encode(
        x=alt.X("start:Q", scale=x_scale, title=None),
        x2="end:Q",
        color=alt.condition("datum.shade", alt.value("#eeeeee"), alt.value("#ffffff")),
        tooltip=[alt.Tooltip("period:N", title=say("Period", lang)), alt.Tooltip("theme:N", title=say("Setting", lang))],
    )
    if not labels:
        return rect
    text = base.mark_text(align="left", baseline="top", dx=2, dy=2, fontSize=12, color="#555555").encode(
        x=alt.X("start:Q", scale=x_scale), y=alt.value(0), text="short:N"
    )
    return rect + text


def _flow_segments(flows: pd.DataFrame) -> pd.DataFrame:
    """Bar segments per year: formed above zero; suspended, then ended, below it."""
    rows = []
    for r in flows.itertuples():
        below = 0
        if r.formed:
            rows.append({"year": r.year, "flow": "formed", "ties": r.formed, "low": 0, "high": r.formed})
        for flow in ("suspended", "ended"):
            count = getattr(r, flow)
            if count:
                rows.append({"year": r.year, "flow": flow, "ties": count, "low": below - count, "high": below})
                below -= count
    frame = pd.DataFrame(rows, columns=["year", "flow", "ties", "low", "high"])
    frame["left"], frame["right"] = frame["year"] - 0.42, frame["year"] + 0.42
    return frame


def ties_over_time(stock: pd.DataFrame, flows: pd.DataFrame, subtitle: list[str], lang: str = "en") -> alt.VConcatChart:
    """Two panels on one year axis: ties in existence, and ties formed, suspended and ended."""
    first, last = int(stock["year"].min()), int(stock["year"].max())
    x_scale = alt.Scale(domain=[first - 0.5, last + 0.5], nice=False)
    x_axis = alt.Axis(format="d", tickMinStep=5, labelOverlap=True, labelSeparation=8)
    periods = _periods(first, last, lang)

    existing = (
        alt.Chart(stock)
        .mark_area(line={"color": OKABE_ITO["blue"]}, color=OKABE_ITO["sky_blue"], opacity=0.6, interpolate="step-after")
        .encode(
            x=alt.X("year:Q", scale=x_scale, axis=x_axis, title=None),
            y=alt.Y("existing:Q", title=say("Ties in existence", lang), axis=alt.Axis(tickMinStep=1)),
            tooltip=[
                alt.Tooltip("year:Q", title=say("Year", lang), format="d"),
                alt.Tooltip("existing:Q", title=say("Ties in existence (founding year known)", lang)),
                alt.Tooltip("undated:Q", title=say("Not ended, founding year unknown", lang)),
            ],
        )
    )
    long = _flow_segments(flows)
    flow_names = {flow: say(flow, lang) for flow in FLOW_COLOURS}
    long["flow"] = long["flow"].map(flow_names)
    bars = (
        alt.Chart(long)
        .mark_rect()
        .encode(
            x=alt.X("left:Q", scale=x_scale, axis=x_axis, title=say("Year", lang)),
            x2="right:Q",
            y=alt.Y("low:Q", title=say("Formed (up) / ended (down)", lang), axis=alt.Axis(tickMinStep=1, format="d")),
            y2="high:Q",
            color=alt.Color(
                "flow:N",
                title=None,
                scale=alt.Scale(domain=list(flow_names.values()), range=list(FLOW_COLOURS.values())),
                legend=alt.Legend(orient="bottom", direction="horizontal"),
            ),
            tooltip=[alt.Tooltip("year:Q", title=say("Year", lang), format="d"), alt.Tooltip("flow:N", title=say("Flow", lang)),
                     alt.Tooltip("ties:Q", title=say("Ties", lang))],
        )
    )
    top = alt.layer(_bands(periods, x_scale, labels=True, lang=lang), existing).properties(width=PANEL_WIDTH, height=160)
    bottom = alt.layer(_bands(periods, x_scale, labels=False, lang=lang), bars).properties(width=PANEL_WIDTH, height=150)
    peak = stock.loc[stock["existing"].idxmax()]
    formed, ended = int(flows["formed"].sum()), int(flows["ended"].sum())
    description = say(
        "Two charts sharing a time axis from {first} to {last}. Top: ties in existence at the end of each year, "
        "counting only ties whose founding year is known; the count peaks at {peak} in {peak_year} "
        "and stands at {now} in {last}. Bottom: {formed} ties formed and {ended} ended, by year. "
        "Shaded bands mark the periods {periods}.", lang,
        first=first, last=last, peak=int(peak["existing"]), peak_year=int(peak["year"]), now=int(stock["existing"].iloc[-1]),
        formed=formed, ended=ended, periods=", ".join(period[0] for period in tl.PERIODS),
    )
    chart = alt.vconcat(top, bottom, spacing=8).resolve_scale(color="independent")
    return titled(chart, say("Ties over the decades", lang), subtitle, description)


def ending_reasons(counts: pd.DataFrame, ended_with_decision: int, subtitle: list[str], labels) -> alt.Chart:
    """Bars: how many ended ties had each reason cited in the decisions before their end."""
    lang = labels.lang
    counts = counts.assign(label=labels.map("reason", counts["reason"], capitalise=True))
    chart = (
        alt.Chart(counts)
        .mark_bar(color=OKABE_ITO["vermillion"])
        .encode(
            y=alt.Y("label:N", sort="-x", title=None, axis=alt.Axis(labelLimit=160)),
            x=alt.X("ties:Q", title=say("Ended ties citing the reason", lang), axis=alt.Axis(tickMinStep=1, format="d")),
            tooltip=[alt.Tooltip("label:N", title=say("Reason", lang)), alt.Tooltip("ties:Q", title=say("Ended ties", lang)),
                     alt.Tooltip("share:Q", title=say("Share", lang), format=".0%")],
        )
        .properties(width="container", height=alt.Step(24))
    )
    parts = "; ".join(f"{r.label}: {r.ties}" for r in counts.itertuples())
    description = say("Bar chart of the reasons cited in council, States and executive decisions in the run-up to the end of "
                      "{n} ended ties. {parts}.", lang, n=ended_with_decision, parts=parts)
    return titled(chart, say("Why ties ended", lang), subtitle, description)
