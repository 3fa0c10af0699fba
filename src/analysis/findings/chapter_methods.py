"""Facts and tables of the methods chapter: sources, the codebook, limits and reconciliation."""

from __future__ import annotations

import pandas as pd

from analysis.findings import register as reg
from analysis.findings.labels import LANGUAGES, readable_date
from analysis.package import Package
from analysis.rules import NOT_FOUND


def facts(package: Package) -> dict[str, object]:
    s, p, a = package["sources"], package["partnerships"], package["authorities"]
    kinds = s["kind"].value_counts()
    languages = s["language"].value_counts()
    assessed = package["assessments"]
    return {
        "me_sources": len(s),
        "me_news": int(kinds.get("news", 0)),
        "me_government": int(kinds.get("government", 0)),
        "me_dutch": int(languages.get("nl", 0)),
        "me_chinese": int(languages.get("zh", 0)),
        "me_undated_sources": int(s["published"].isna().sum()),
        "me_data_date": readable_date(reg.data_date(package)),
        "me_research_date": readable_date(reg.research_date(package)),
        "me_ties": len(p),
        "me_events": len(package["events"]),
        "me_decisions": len(package["decisions"]),
        "me_no_founding_year": int(p["established"].isna().sum()),
        "me_undated_status": int(p["status_as_of"].isna().sum()),
        "me_unknown_status": int((p["status"] == "unknown").sum()),
        "me_unlocated": int(a["latitude"].isna().sum()),
        "me_authorities": len(a),
        "me_questions": len(package["codebook"]),
        "me_cells": len(assessed),
        "me_not_found_share": f"{(assessed['answer'] == NOT_FOUND).mean():.0%}",
        "me_published_counts": len(package["published_counts"]),
    }


def sources_table(package: Package) -> pd.DataFrame:
    """Sources by kind and language."""
    s = package["sources"]
    table = pd.crosstab(s["kind"], s["language"].map(LANGUAGES).fillna(s["language"]), margins=True, margins_name="All")
    return table.rename_axis(index="Kind of source", columns=None).reset_index()


def codebook_table(package: Package) -> pd.DataFrame:
    c = package["codebook"].sort_values("order")
    return pd.DataFrame(
        {
            "Question": c["question"],
            "Answer": c["answer_type"].map({"single": "one code", "multiple": "one or more codes", "yes_no": "yes or no"}).fillna(c["answer_type"]),
            "Codes": c["codes"].str.replace("_", " ").str.replace(";", "; "),
            "Coding rule": c["coding_rule"],
        }
    ).reset_index(drop=True)
