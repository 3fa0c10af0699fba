"""The methods chapter: sources, the codebook, limits and the reconciliation with published counts."""

from __future__ import annotations

import pandas as pd

from analysis import facts as fx
from analysis.model import reconciliation as rec
from analysis.model.views import Views

FACTS = ("sources", "data_cutoff", "news_sources", "government_sources", "dutch_sources",
         "chinese_sources", "undated_sources", "events", "decisions", "questions", "assessed_cells",
         "not_found_share", "no_founding_year", "ties", "unknown_status", "undated_status", "unlocated",
         "authorities", "published_counts")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def sources_table(v: Views) -> pd.DataFrame:
    """Sources by kind and language."""
    s = v["sources"]
    table = pd.crosstab(s["kind"], v.labels.map("language", s["language"], capitalise=True), margins=True, margins_name="All")
    table.index = [v.labels("source_kind", k) if k != "All" else k for k in table.index]
    return table.rename_axis(index="Kind of source", columns=None).reset_index()


def codebook_table(v: Views) -> pd.DataFrame:
    c = v["codebook"].sort_values("order")
    return pd.DataFrame(
        {
            "Question": c["question"],
            "Answer": v.labels.map("answer_type", c["answer_type"]),
            "Codes": v.labels.map("answer", c["codes"]),
            "Coding rule": c["coding_rule"].map(lambda rule: v.labels.in_text(rule, ("answer", "question"))),
        }
    ).reset_index(drop=True)


def reconciliation_table(v: Views) -> pd.DataFrame:
    table = rec.reconcile(v["published_counts"], v["partnerships"], v["events"], v["authorities"])
    publisher = v["sources"].set_index("id")["publisher"]
    return pd.DataFrame(
        {
            "Published by": table["source_id"].map(publisher),
            "As of": table["as_of"],
            "Measure": v.labels.map("measure", table["measure"]),
            "Published": table["qualifier"].map({"exact": "", "at_least": "≥ ", "about": "≈ "}) + table["published"].astype(str),
            "Register (known founding year)": table["register_min"],
            "Register (incl. unknown year)": table["register_max"],
            "Register (sister/friendship only)": table["register_formal_max"],
            "Why they differ": table["explanation"].fillna(""),
            "What the census adds": rec.census_behind(table, v["census"]),
            "Sources": table["source_id"],
        }
    )
