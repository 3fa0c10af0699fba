"""The needs chapter: the desk assessment, the needs expressed and the published surveys."""

from __future__ import annotations

import pandas as pd

from analysis import facts as fx
from analysis.charts import assessment as charts
from analysis.charts.theme import data_subtitle
from analysis.model import assessment as am
from analysis.model import surveys as sv
from analysis.model.labels import capitalised
from analysis.model.views import Views
from analysis.profiles.html import english_cells
from analysis.words import say

FACTS = ("questions", "assessed_authorities", "found_answers", "assessed_cells", "found_share",
         "authorities_with_need", "relied_national", "ks_measures", "evaluated", "surveys")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def assessment_matrix(v: Views):
    matrix = am.matrix(v["assessments"], v["codebook"], v["authorities"])
    return charts.assessment_matrix(matrix, data_subtitle(v.data_date, "this report's desk assessment", v.lang), v.labels)


def coverage_table(v: Views) -> pd.DataFrame:
    cov = am.coverage_by_question(v["assessments"], v["codebook"])
    return pd.DataFrame({say("Question", v.lang): english_cells(cov["question"], v.lang), say("Sourced answers", v.lang): cov["found"],
                         say("Not found", v.lang): cov["not_found"]})


def needs_table(v: Views) -> pd.DataFrame:
    """Per need, how many authorities a source shows giving each answer."""
    expressed = am.needs_expressed(v["assessments"], v["codebook"])
    wide = expressed.pivot(index="need", columns="answer", values="authorities").fillna(0).astype(int)
    wide = wide.reindex(am.NEED_QUESTIONS)
    wide.index = wide.index.map(lambda need: capitalised(v.labels("question", need)))
    wide.columns = [v.labels("answer", code) for code in wide.columns]
    return wide.rename_axis(say("Need", v.lang)).reset_index()


def survey_table(v: Views) -> pd.DataFrame:
    out = sv.survey_overview(v["surveys"], v["survey_findings"])
    return pd.DataFrame(
        {
            say("Survey or inventory", v.lang): english_cells(out["title"], v.lang),
            say("By", v.lang): out["organiser"],
            say("When", v.lang): out["date"],
            say("Asked", v.lang): out["n_asked"].astype("string").fillna("–"),
            say("Answered", v.lang): out["n_respondents"].astype("string").fillna("–"),
            say("Published findings", v.lang): out["findings"],
        }
    )
