"""The desk assessment as a grid: one cell per Dutch authority and codebook question."""

from __future__ import annotations

import altair as alt
import pandas as pd

from analysis.charts.theme import OKABE_ITO, titled
from analysis.words import say

FOUND_COLOURS = {"sourced answer": OKABE_ITO["blue"], "not found": "#e8e8e8"}


def assessment_matrix(matrix: pd.DataFrame, subtitle: list[str], labels) -> alt.Chart:
    """One cell per Dutch authority and codebook question: a sourced answer or not found."""
    lang = labels.lang
    colours = {say(result, lang): colour for result, colour in FOUND_COLOURS.items()}
    frame = matrix.assign(
        result=matrix["found"].map({True: say("sourced answer", lang), False: say("not found", lang)}),
        topic=labels.map("question", matrix["question_id"], capitalise=True),
        answer=labels.map("answer", matrix["answer"]),
    )
    frame["detail"] = frame["detail"].fillna("").map(lambda t: t if len(t) <= 160 else t[:159] + "…")
    # Names repeat across levels (Groningen is a municipality and a province): label provinces.
    frame["authority"] = frame["name"].where(frame["level"] != "province", frame["name"] + say(" (province)", lang))
    order = list(dict.fromkeys(frame.sort_values(["level", "name"])["authority"]))
    questions = list(dict.fromkeys(frame.sort_values("order")["topic"]))
    cells = frame[["authority", "topic", "question", "answer", "detail", "source_id", "result"]]
    # The question's full wording and the detail are English text from the data: the Dutch
    # edition gives the question's label (the axis) and leaves the detail out.
    english = lang == "en"
    tooltip = [
        alt.Tooltip("authority:N", title=say("Authority", lang)),
        alt.Tooltip("question:N" if english else "topic:N", title=say("Question", lang)),
        alt.Tooltip("answer:N", title=say("Answer", lang)),
        *([alt.Tooltip("detail:N", title="Detail")] if english else []),
        alt.Tooltip("source_id:N", title=say("Source", lang)),
    ]
    chart = (
        alt.Chart(cells)
        .mark_rect(stroke="#ffffff", strokeWidth=1)
        .encode(
            x=alt.X("topic:N", sort=questions, title=None, axis=alt.Axis(orient="top", labelAngle=-60, labelFontSize=12, labelLimit=220)),
            y=alt.Y("authority:N", sort=order, title=None, axis=alt.Axis(labelFontSize=12, labelLimit=150)),
            color=alt.Color("result:N", title=None, scale=alt.Scale(domain=list(colours), range=list(colours.values()))),
            tooltip=tooltip,
        )
        .properties(width=alt.Step(15), height=alt.Step(13))
    )
    found = int(frame["found"].sum())
    # Answers found per question, in codebook order (the first question wins a tie).
    found_per_question = frame.groupby("topic")["found"].sum().reindex(questions)
    best, worst = found_per_question.idxmax(), found_per_question.idxmin()
    description = say(
        "Grid of {authorities} Dutch authorities by {questions} questions. "
        "{found} of {cells} cells have a sourced answer; the rest were not found in public sources. "
        "Best covered: {best} ({best_n} authorities); least: {worst} ({worst_n}).", lang,
        authorities=frame["authority"].nunique(), questions=len(questions), found=found, cells=len(frame),
        best=best, best_n=int(found_per_question[best]), worst=worst, worst_n=int(found_per_question[worst]),
    )
    return titled(chart, say("What sources say, authority by authority", lang), subtitle, description)
