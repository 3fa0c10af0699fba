"""The stakeholder network: organisations in columns by group, joined by their relations."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.charts.theme import OKABE_ITO, PHONE_WIDTH, titled
from analysis.model import stakeholders as sh
from analysis.words import say

GROUP_COLOURS = {
    "Dutch national": OKABE_ITO["blue"],
    "Dutch local and provincial": OKABE_ITO["green"],
    "Advisers and networks": OKABE_ITO["orange"],
    "Chinese": OKABE_ITO["vermillion"],
}


def stakeholder_network(stakeholders: pd.DataFrame, relations: pd.DataFrame, subtitle: list[str], labels) -> alt.LayerChart:
    """Organisations in four columns (national, local, advisers, Chinese) joined by their relations."""
    lang = labels.lang
    nodes = sh.layout(sh.degrees(stakeholders, relations))
    groups = {group: say(group, lang) for group in GROUP_COLOURS}
    nodes["group"] = nodes["group"].map(groups)
    edges = sh.edges(nodes, relations).assign(type=lambda e: labels.map("relation_kind", e["type"]))
    x = alt.X("x:Q", axis=None, scale=alt.Scale(domain=[-0.1, 3.9]))
    y = alt.Y("y:Q", axis=None, scale=alt.Scale(domain=[-0.05, 1.05]))
    # A relation's description is English text from the data: the Dutch edition leaves it out.
    edge_tooltip = [alt.Tooltip("from_name:N", title=say("From", lang)), alt.Tooltip("type:N", title=say("Relation", lang)),
                    alt.Tooltip("to_name:N", title=say("To", lang))]
    if lang == "en":
        edge_tooltip.append(alt.Tooltip("description:N", title="What it is"))
    else:
        edges = edges.drop(columns="description")
    lines = (
        alt.Chart(edges)
        .mark_rule(color="#9a9a9a", opacity=0.5, strokeWidth=0.8)
        .encode(
            x=alt.X("from_x:Q", axis=None, scale=alt.Scale(domain=[-0.1, 3.9])),
            y=alt.Y("from_y:Q", axis=None, scale=alt.Scale(domain=[-0.05, 1.05])),
            x2="to_x:Q",
            y2="to_y:Q",
            tooltip=edge_tooltip,
        )
    )
    dots = (
        alt.Chart(nodes)
        .mark_circle(opacity=1, stroke="#000000", strokeWidth=0.4)
        .encode(
            x=x,
            y=y,
            size=alt.Size("relations:Q", title=say("Relations", lang), scale=alt.Scale(range=[30, 320]), legend=None),
            color=alt.Color("group:N", title=None, scale=alt.Scale(domain=list(groups.values()), range=list(GROUP_COLOURS.values())), legend=alt.Legend(columns=2)),
            tooltip=[alt.Tooltip("name:N", title=say("Organisation", lang)), alt.Tooltip("group:N", title=say("Group", lang)),
                     alt.Tooltip("relations:Q", title=say("Relations", lang)), alt.Tooltip("neighbours:Q", title=say("Organisations linked", lang))],
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
    columns = ", ".join(f"{groups[g]} ({int(per_group.get(groups[g], 0))})" for g in sh.GROUP_ORDER)
    description = say(
        "Network of {organisations} organisations and {relations} sourced relations, drawn in {n} columns: {columns}. "
        "The most connected is {top} with {top_n} relations. Relation types: {kinds}.", lang,
        organisations=len(nodes), relations=len(relations), n=len(sh.GROUP_ORDER), columns=columns,
        top=top["name"], top_n=int(top["relations"]), kinds=kinds,
    )
    chart = alt.layer(lines, dots, names).properties(width=PHONE_WIDTH - 20, height=520)
    return titled(chart, say("Who relates to whom", lang), subtitle, description)
