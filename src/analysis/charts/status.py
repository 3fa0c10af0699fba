"""Charts of the status of ties."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.charts.theme import status_scale, titled
from analysis.words import say


def status_by_level(register: pd.DataFrame, subtitle: list[str], labels) -> alt.Chart:
    """Stacked bars: ties per Dutch level, coloured by status."""
    lang = labels.lang
    counts = register.groupby(["nl_level", "status"], observed=True).size().reset_index(name="ties")
    counts = pd.DataFrame(
        {
            "level": labels.map("level", counts["nl_level"], capitalise=True),
            "status": labels.map("status", counts["status"]),
            "ties": counts["ties"],
        }
    )
    counts = counts.sort_values(["level", "status"], kind="stable").reset_index(drop=True)
    total = int(counts["ties"].sum())
    parts = "; ".join(f"{r.level}, {r.status}: {r.ties}" for r in counts.itertuples())
    chart = (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            y=alt.Y("level:N", title=None, sort="-x"),
            x=alt.X("ties:Q", title=say("Ties", lang), axis=alt.Axis(tickMinStep=1)),
            color=alt.Color("status:N", title=say("Status", lang), scale=status_scale(labels), legend=alt.Legend(columns=2)),
            order=alt.Order("status:N"),
            tooltip=[alt.Tooltip("level:N", title=say("Dutch side", lang)), alt.Tooltip("status:N", title=say("Status", lang)),
                     alt.Tooltip("ties:Q", title=say("Ties", lang))],
        )
        .properties(width="container", height=alt.Step(36))
    )
    return titled(
        chart,
        say("Status of ties by Dutch level", lang),
        subtitle,
        say("Bar chart of {total} ties by the level of the Dutch authority and their latest known status. {parts}.", lang, total=total, parts=parts),
    )
