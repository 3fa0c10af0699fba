"""The stakeholder network: organisations in columns by group, joined by their relations."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.charts.theme import OKABE_ITO, PHONE_WIDTH, titled
from analysis.model import stakeholders as sh

GROUP_COLOURS = {
    "Dutch national": OKABE_ITO["blue"],
    "Dutch local and provincial": OKABE_ITO["green"],
    "Advisers and networks": OKABE_ITO["orange"],
    "Chinese": OKABE_ITO["vermillion"],
}


def stakeholder_network(stakeholders: pd.DataFrame, relations: pd.DataFrame, subtitle: list[str], labels) -> alt.LayerChart:
    """Organisations in four columns (national, local, advisers, Chinese) joined by their relations."""
    nodes = sh.layout(sh.degrees(stakeholders, relations))
    edges = sh.edges(nodes, relations).assign(type=lambda e: labels.map("relation_kind", e["type"]))
    x = alt.X("x:Q", axis=None, scale=alt.Scale(domain=[-0.1, 3.9]))
    y = alt.Y("y:Q", axis=None, scale=alt.Scale(domain=[-0.05, 1.05]))
    lines = (
        alt.Chart(edges)
        .mark_rule(color="#9a9a9a", opacity=0.5, strokeWidth=0.8)
        .encode(
            x=alt.X("from_x:Q", axis=None, scale=alt.Scale(domain=[-0.1, 3.9])),
            y=alt.Y("from_y:Q", axis=None, scale=alt.Scale(domain=[-0.05, 1.05])),
            x2="to_x:Q",
            y2="to_y:Q",
            tooltip=[alt.Tooltip("from_name:N", title="From"), alt.Tooltip("type:N", title="Relation"), alt.Tooltip("to_name:N", title="To"), alt.Tooltip("description:N", title="What it is")],
        )
    )
    dots = (
        alt.Chart(nodes)
        .mark_circle(opacity=1, stroke="#000000", strokeWidth=0.4)
        .encode(
            x=x,
            y=y,
            size=alt.Size("relations:Q", title="Relations", scale=alt.Scale(range=[30, 320]), legend=None),
            color=alt.Color("group:N", title=None, scale=alt.Scale(domain=list(GROUP_COLOURS), range=list(GROUP_COLOURS.values())), legend=alt.Legend(columns=2)),
            tooltip=[alt.Tooltip("name:N", title="Organisation"), alt.Tooltip("group:N", title="Group"), alt.Tooltip("relations:Q", title="Relations"), alt.Tooltip("neighbours:Q", title="Organisations linked")],
        )
    )
    # Each name in full where its column has room, cut with an ellipsis where it has not (the
    # columns are a quarter of the drawing's width); the tooltip and the table give it whole.
    names = (
        alt.Chart(nodes)
        .mark_text(align="left", dx=8, fontSize=12, color="#333333", limit=alt.ExprRef("width / 4 - 14"))
        .encode(x=x, y=y, text="name:N")
    )
    kinds = ", ".join(f"{labels('relation_kind', r.type)} {r.relations}" for r in sh.relation_counts(relations).itertuples())
    top = nodes.iloc[0]
    per_group = nodes["group"].value_counts()
    columns = ", ".join(f"{g} ({int(per_group.get(g, 0))})" for g in sh.GROUP_ORDER)
    description = (
        f"Network of {len(nodes)} organisations and {len(relations)} sourced relations, drawn in {len(sh.GROUP_ORDER)} columns: {columns}. "
        f"The most connected is {top['name']} with {int(top['relations'])} relations. "
        f"Relation types: {kinds}."
    )
    chart = alt.layer(lines, dots, names).properties(width=PHONE_WIDTH - 20, height=520)
    return titled(chart, "Who relates to whom", subtitle, description)
