"""Facts and tables of the motives chapter: why ties were formed, their themes, what they delivered."""

from __future__ import annotations

import pandas as pd

from analysis.findings import assessment as am
from analysis.findings.labels import code_definitions, code_label
from analysis.package import Package
from analysis.rules import NOT_FOUND

QUESTIONS = ("origin", "themes", "results")


def facts(package: Package) -> dict[str, object]:
    a, c = package["assessments"], package["codebook"]
    out: dict[str, object] = {"mo_authorities": a["authority_id"].nunique()}
    for q in QUESTIONS:
        counts = am.code_counts(a, q)
        found = int(((a["question_id"] == q) & (a["answer"] != NOT_FOUND)).sum())
        out[f"mo_{q}_found"] = found
        out[f"mo_{q}_top"] = code_label(counts.iloc[0]["code"]) if len(counts) else "none"
        out[f"mo_{q}_top_n"] = int(counts.iloc[0]["authorities"]) if len(counts) else 0
    results = am.code_counts(a, "results").set_index("code")["authorities"]
    for code in code_definitions(c, "results"):
        out[f"mo_results_{code}"] = int(results.get(code, 0))
    relation = package["partnerships"]["relation_type"].value_counts()
    out["mo_sister"] = int(relation.get("sister", 0))
    out["mo_friendship"] = int(relation.get("friendship", 0))
    out["mo_mou"] = int(relation.get("mou", 0))
    return out


def code_table(package: Package, question_id: str) -> pd.DataFrame:
    """Authorities per code of a question, with the codebook's definition of each code."""
    counts = am.code_counts(package["assessments"], question_id)
    definitions = code_definitions(package["codebook"], question_id)
    return pd.DataFrame(
        {
            "Answer": counts["code"].map(code_label),
            "Authorities": counts["authorities"],
            "Meaning": counts["code"].map(definitions),
        }
    )


def answers_table(package: Package, question_id: str) -> pd.DataFrame:
    """Every sourced answer to a question: who, the coded answer, what the source says, the source."""
    a = package["assessments"]
    own = a[(a["question_id"] == question_id) & (a["answer"] != NOT_FOUND)]
    names = package["authorities"].set_index("id")["name"]
    out = pd.DataFrame(
        {
            "Authority": own["authority_id"].map(names),
            "Answer": own["answer"].str.replace(";", "; ").map(code_label),
            "What the source says": own["detail"],
            "Sources": own["source_id"],
        }
    )
    return out.sort_values("Authority", kind="stable").reset_index(drop=True)
