"""The methods chapter: sources, the codebook, limits and the reconciliation with published counts."""

from __future__ import annotations

import pandas as pd

from analysis import facts as fx
from analysis.model import reconciliation as rec
from analysis.model.views import Views
from analysis.profiles.html import english_cells
from analysis.words import say

FACTS = ("sources", "data_cutoff", "news_sources", "government_sources", "dutch_sources",
         "chinese_sources", "undated_sources", "events", "decisions", "questions", "assessed_cells",
         "not_found_share", "no_founding_year", "ties", "unknown_status", "undated_status", "unlocated",
         "authorities", "published_counts")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def sources_table(v: Views) -> pd.DataFrame:
    """Sources by kind and language."""
    s = v["sources"]
    every = say("All", v.lang)
    table = pd.crosstab(s["kind"], v.labels.map("language", s["language"], capitalise=True), margins=True, margins_name=every)
    table.index = [v.labels("source_kind", k) if k != every else k for k in table.index]
    return table.rename_axis(index=say("Kind of source", v.lang), columns=None).reset_index()


def codebook_table(v: Views) -> pd.DataFrame:
    c = v["codebook"].sort_values("order")
    return pd.DataFrame(
        {
            say("Question", v.lang): english_cells(c["question"], v.lang),
            say("Answer", v.lang): v.labels.map("answer_type", c["answer_type"]),
            say("Codes", v.lang): v.labels.map("answer", c["codes"]),
            say("Coding rule", v.lang): english_cells(c["coding_rule"].map(lambda rule: v.labels.in_text(rule, ("answer", "question"), lang="en")), v.lang),
        }
    ).reset_index(drop=True)


def reconciliation_table(v: Views) -> pd.DataFrame:
    table = rec.reconcile(v["published_counts"], v["partnerships"], v["events"], v["authorities"])
    publisher = v["sources"].set_index("id")["publisher"]
    return pd.DataFrame(
        {
            say("Published by", v.lang): table["source_id"].map(publisher),
            say("As of", v.lang): table["as_of"],
            say("Measure", v.lang): v.labels.map("measure", table["measure"]),
            say("Published", v.lang): table["qualifier"].map({"exact": "", "at_least": "≥ ", "about": "≈ "}) + table["published"].astype(str),
            say("Register (known founding year)", v.lang): table["register_min"],
            say("Register (incl. unknown year)", v.lang): table["register_max"],
            say("Register (sister/friendship only)", v.lang): table["register_formal_max"],
            say("Why they differ", v.lang): english_cells(table["explanation"].fillna(""), v.lang),
            say("What the census adds", v.lang): rec.census_behind(table, v["census"], v.lang),
            say("Sources", v.lang): table["source_id"],
        }
    )
