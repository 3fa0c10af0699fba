"""The motives chapter: why ties were formed, their themes, what they delivered."""

from __future__ import annotations

import pandas as pd

from analysis import facts as fx
from analysis.model import assessment as am
from analysis.model.views import Views
from analysis.model.register import display_names
from analysis.profiles.html import english_cells
from analysis.words import say
from analysis.vocabulary import NOT_FOUND

FACTS = ("origin_top", "origin_found", "origin_top_n", "themes_top", "themes_top_n", "themes_found",
         "results_found", "assessed_authorities", "results_concrete", "results_general_claims",
         "results_few_or_none", "sister_ties", "friendship_ties", "mou_ties")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def code_table(v: Views, question_id: str) -> pd.DataFrame:
    """Authorities per code of a question, with the codebook's definition of each code."""
    counts = am.code_meanings(v["assessments"], v["codebook"], question_id)
    return pd.DataFrame({say("Answer", v.lang): v.labels.map("answer", counts["code"]), say("Authorities", v.lang): counts["authorities"],
                         say("Meaning", v.lang): english_cells(counts["meaning"], v.lang)})


def answers_table(v: Views, question_id: str) -> pd.DataFrame:
    """Every sourced answer to a question: who, the coded answer, what the source says, the source."""
    a = v["assessments"]
    own = a[(a["question_id"] == question_id) & (a["answer"] != NOT_FOUND)]
    authorities = v["authorities"]
    names = display_names(authorities, v.lang)
    out = pd.DataFrame(
        {
            say("Authority", v.lang): own["authority_id"].map(names),
            say("Answer", v.lang): v.labels.map("answer", own["answer"]),
            say("What the source says", v.lang): english_cells(own["detail"], v.lang),
            say("Sources", v.lang): own["source_id"],
        }
    )
    return out.sort_values(say("Authority", v.lang), kind="stable").reset_index(drop=True)
