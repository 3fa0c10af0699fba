"""The desk assessment as a grid: one cell per Dutch authority and codebook question."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.charts.theme import OKABE_ITO, titled

FOUND_COLOURS = {"sourced answer": OKABE_ITO["blue"], "not found": "#e8e8e8"}


def assessment_matrix(matrix: pd.DataFrame, subtitle: list[str], labels) -> alt.Chart:
    """One cell per Dutch authority and codebook question: a sourced answer or not found."""
    frame = matrix.assign(
        result=matrix["found"].map({True: "sourced answer", False: "not found"}),
        topic=labels.map("question", matrix["question_id"], capitalise=True),
        answer=labels.map("answer", matrix["answer"]),
    )
    frame["detail"] = frame["detail"].fillna("").map(lambda t: t if len(t) <= 160 else t[:159] + "…")
    # Names repeat across levels (Groningen is a municipality and a province): label provinces.
    frame["authority"] = frame["name"].where(frame["level"] != "province", frame["name"] + " (province)")
    order = list(dict.fromkeys(frame.sort_values(["level", "name"])["authority"]))
    questions = list(dict.fromkeys(frame.sort_values("order")["topic"]))
    cells = frame[["authority", "topic", "question", "answer", "detail", "source_id", "result"]]
    chart = (
        alt.Chart(cells)
        .mark_rect(stroke="#ffffff", strokeWidth=1)
        .encode(
            x=alt.X("topic:N", sort=questions, title=None, axis=alt.Axis(orient="top", labelAngle=-60, labelFontSize=12, labelLimit=220)),
            y=alt.Y("authority:N", sort=order, title=None, axis=alt.Axis(labelFontSize=12, labelLimit=150)),
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
    found_per_question = frame.groupby("topic")["found"].sum().reindex(questions)
    best, worst = found_per_question.idxmax(), found_per_question.idxmin()
    description = (
        f"Grid of {frame['authority'].nunique()} Dutch authorities by {len(questions)} questions. "
        f"{found} of {len(frame)} cells have a sourced answer; the rest were not found in public sources. "
        f"Best covered: {best} ({int(found_per_question[best])} authorities); least: {worst} ({int(found_per_question[worst])})."
    )
    return titled(chart, "What sources say, authority by authority", subtitle, description)
