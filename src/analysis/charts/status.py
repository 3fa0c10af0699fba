"""Charts of the status of ties."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.charts.theme import data_subtitle, status_scale, titled

LEVEL_LABELS = {"municipality": "Municipalities", "province": "Provinces", "water_board": "Water boards", "other": "Other bodies", "association": "Associations"}


def status_by_level(register: pd.DataFrame, subtitle: str) -> alt.Chart:
    """Stacked bars: ties per Dutch level, coloured by status."""
    counts = (
        register.assign(level=register["nl_level"].map(LEVEL_LABELS).fillna(register["nl_level"]))
        .groupby(["level", "status"], observed=True)
        .size()
        .reset_index(name="ties")
    )
    total = int(counts["ties"].sum())
    parts = "; ".join(f"{r.level}, {r.status}: {r.ties}" for r in counts.itertuples())
    chart = (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            y=alt.Y("level:N", title=None, sort="-x"),
            x=alt.X("ties:Q", title="Ties", axis=alt.Axis(tickMinStep=1)),
            color=alt.Color("status:N", title="Status", scale=status_scale(), legend=alt.Legend(columns=2)),
            order=alt.Order("status:N"),
            tooltip=[alt.Tooltip("level:N", title="Dutch side"), alt.Tooltip("status:N", title="Status"), alt.Tooltip("ties:Q", title="Ties")],
        )
        .properties(width="container", height=alt.Step(36))
    )
    return titled(
        chart,
        "Status of ties by Dutch level",
        subtitle,
        f"Bar chart of {total} ties by the level of the Dutch authority and their latest known status. {parts}.",
    )


def status_by_level_chart(package) -> alt.Chart:
    """`status_by_level` for the whole register of a package."""
    from analysis.findings import register as reg

    table = reg.register(package["partnerships"], package["authorities"])
    return status_by_level(table, data_subtitle(reg.data_date(package)))
