"""Charts of the needs-assessment data: the stakeholder network, the authority × question
matrix of the desk assessment, and the reasons given for ending ties."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.charts.theme import OKABE_ITO, PHONE_WIDTH, data_subtitle, titled
from analysis.findings import assessment as am
from analysis.findings import network as nw
from analysis.findings import reasons as rs
from analysis.findings import register as reg
from analysis.findings import timeline as tl

GROUP_COLOURS = {
    "Dutch national": OKABE_ITO["blue"],
    "Dutch local and provincial": OKABE_ITO["green"],
    "Advisers and networks": OKABE_ITO["orange"],
    "Chinese": OKABE_ITO["vermillion"],
}
FOUND_COLOURS = {"sourced answer": OKABE_ITO["blue"], "not found": "#e8e8e8"}


def stakeholder_network(stakeholders: pd.DataFrame, relations: pd.DataFrame, subtitle: list[str]) -> alt.LayerChart:
    """Organisations in four columns (national, local, advisers, Chinese) joined by their relations."""
    nodes = nw.layout(nw.degrees(stakeholders, relations))
    edges = nw.edges(nodes, relations)
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
    labels = (
        alt.Chart(nodes)
        .mark_text(align="left", dx=7, fontSize=9, color="#333333")
        .encode(x=x, y=y, text="short:N")
        .transform_calculate(short="length(datum.name) > 15 ? substring(datum.name, 0, 14) + '…' : datum.name")
    )
    top = nodes.iloc[0]
    per_group = nodes["group"].value_counts()
    columns = ", ".join(f"{g} ({int(per_group.get(g, 0))})" for g in nw.GROUP_ORDER)
    description = (
        f"Network of {len(nodes)} organisations and {len(relations)} sourced relations, drawn in {len(nw.GROUP_ORDER)} columns: {columns}. "
        f"The most connected is {top['name']} with {int(top['relations'])} relations. "
        f"Relation types: {', '.join(f'{r.type} {r.relations}' for r in nw.relation_counts(relations).itertuples())}."
    )
    chart = alt.layer(lines, dots, labels).properties(width=PHONE_WIDTH - 20, height=520)
    return titled(chart, "Who relates to whom", subtitle, description)


def assessment_matrix(matrix: pd.DataFrame, subtitle: list[str]) -> alt.Chart:
    """One cell per Dutch authority and codebook question: a sourced answer or not found."""
    frame = matrix.assign(result=matrix["found"].map({True: "sourced answer", False: "not found"}))
    frame["detail"] = frame["detail"].fillna("").map(lambda t: t if len(t) <= 160 else t[:159] + "…")
    # Names repeat across levels (Groningen is a municipality and a province): label provinces.
    frame["authority"] = frame["name"].where(frame["level"] != "province", frame["name"] + " (province)")
    order = list(dict.fromkeys(frame.sort_values(["level", "name"])["authority"]))
    questions = list(dict.fromkeys(frame.sort_values("order")["question_id"]))
    cells = frame[["authority", "question_id", "question", "answer", "detail", "source_id", "result"]]
    chart = (
        alt.Chart(cells)
        .mark_rect(stroke="#ffffff", strokeWidth=1)
        .encode(
            x=alt.X("question_id:N", sort=questions, title=None, axis=alt.Axis(orient="top", labelAngle=-60, labelFontSize=10, labelLimit=140)),
            y=alt.Y("authority:N", sort=order, title=None, axis=alt.Axis(labelFontSize=10, labelLimit=130)),
            color=alt.Color("result:N", title=None, scale=alt.Scale(domain=list(FOUND_COLOURS), range=list(FOUND_COLOURS.values()))),
            tooltip=[
                alt.Tooltip("authority:N", title="Authority"),
                alt.Tooltip("question:N", title="Question"),
                alt.Tooltip("answer:N", title="Answer"),
                alt.Tooltip("detail:N", title="Detail"),
                alt.Tooltip("source_id:N", title="Source"),
            ],
        )
        .properties(width=alt.Step(15), height=alt.Step(13))
    )
    found = int(frame["found"].sum())
    # Answers found per question, in codebook order (the first question wins a tie).
    found_per_question = frame.groupby("question_id")["found"].sum().reindex(questions)
    best, worst = found_per_question.idxmax(), found_per_question.idxmin()
    description = (
        f"Grid of {frame['authority'].nunique()} Dutch authorities by {len(questions)} questions. "
        f"{found} of {len(frame)} cells have a sourced answer; the rest were not found in public sources. "
        f"Best covered: {best} ({int(found_per_question[best])} authorities); least: {worst} ({int(found_per_question[worst])})."
    )
    return titled(chart, "What sources say, authority by authority", subtitle, description)


def ending_reasons(counts: pd.DataFrame, ended_with_decision: int, subtitle: list[str]) -> alt.Chart:
    """Bars: how many ended ties had each reason cited in the decisions before their end."""
    chart = (
        alt.Chart(counts)
        .mark_bar(color=OKABE_ITO["vermillion"])
        .encode(
            y=alt.Y("label:N", sort="-x", title=None, axis=alt.Axis(labelLimit=160)),
            x=alt.X("ties:Q", title="Ended ties citing the reason", axis=alt.Axis(tickMinStep=1, format="d")),
            tooltip=[alt.Tooltip("label:N", title="Reason"), alt.Tooltip("ties:Q", title="Ended ties"), alt.Tooltip("share:Q", title="Share", format=".0%")],
        )
        .properties(width="container", height=alt.Step(24))
    )
    parts = "; ".join(f"{r.label}: {r.ties}" for r in counts.itertuples())
    description = f"Bar chart of the reasons cited in council, States and executive decisions in the run-up to the end of {ended_with_decision} ended ties. {parts}."
    return titled(chart, "Why ties ended", subtitle, description)


# --- from the package -------------------------------------------------------------------------


def stakeholder_network_chart(package) -> alt.LayerChart:
    subtitle = data_subtitle(reg.data_date(package), "this report's stakeholder data")
    return stakeholder_network(package["stakeholders"], package["stakeholder_relations"], subtitle)


def assessment_matrix_chart(package) -> alt.Chart:
    matrix = am.matrix(package["assessments"], package["codebook"], package["authorities"])
    return assessment_matrix(matrix, data_subtitle(reg.data_date(package), "this report's desk assessment"))


def ending_reasons_chart(package) -> alt.Chart:
    years = tl.tie_years(package["partnerships"], package["events"])
    reasons = rs.ending_reasons(package["decisions"], years)
    counts = rs.reason_counts(reasons)
    subtitle = data_subtitle(reg.data_date(package), "this report's decisions data")
    return ending_reasons(counts, int((reasons["decisions"] > 0).sum()), subtitle)
