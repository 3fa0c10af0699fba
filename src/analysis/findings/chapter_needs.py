"""Facts and tables of the stakeholder and needs chapters."""

from __future__ import annotations

import pandas as pd

from analysis.findings import assessment as am
from analysis.findings import network as nw
from analysis.findings import surveys as sv
from analysis.package import Package

NEED_LABELS = {
    "need_information": "Information about China or the partner",
    "need_national_coordination": "Coordination with, or a position from, the national government",
    "need_capacity": "Capacity (staff, budget, expertise)",
    "need_guidance": "Guidance (framework, checklist, advice)",
}


def stakeholder_facts(package: Package) -> dict[str, object]:
    s, r = package["stakeholders"], package["stakeholder_relations"]
    deg = nw.degrees(s, r)
    d = package["decisions"]
    return {
        "st_stakeholders": len(s),
        "st_relations": len(r),
        "st_chinese": int((s["tier"] == "chinese").sum()),
        "st_top": deg.iloc[0]["name"],
        "st_top_relations": int(deg.iloc[0]["relations"]),
        "st_density": f"{nw.density(s, r):.0%}",
        "st_decisions": len(d),
        "st_council_decisions": int(d["body"].isin(["council", "provincial_states"]).sum()),
        "st_motions": int((d["type"] == "motion").sum()),
        "st_practices": len(package["practices"]),
    }


def needs_facts(package: Package) -> dict[str, object]:
    a, c = package["assessments"], package["codebook"]
    coverage = am.coverage_by_question(a, c).set_index("question_id")
    with_need = a[a["question_id"].isin(am.NEED_QUESTIONS) & ~a["answer"].isin(am.NO_NEED)]["authority_id"].nunique()
    return {
        "nd_authorities": a["authority_id"].nunique(),
        "nd_questions": len(c),
        "nd_cells": len(a),
        "nd_found": int((a["answer"] != "not_found").sum()),
        "nd_found_share": f"{(a['answer'] != 'not_found').mean():.0%}",
        "nd_need_mentions": int(am.stated_needs(a, c).sum()),
        "nd_authorities_with_need": int(with_need),
        "nd_relied_national": am.authorities_answering(a, "need_national_coordination", {"relied"}),
        "nd_hr_found": int(coverage.loc["human_rights", "found"]),
        "nd_ks_measures": am.authorities_answering(a, "knowledge_security", {"measures_taken"}),
        "nd_evaluated": am.authorities_answering(a, "evaluation", {"evaluated"}),
        "nd_surveys": len(package["surveys"]),
    }


def degree_table(package: Package, top: int = 12) -> pd.DataFrame:
    deg = nw.degrees(package["stakeholders"], package["stakeholder_relations"]).head(top)
    return pd.DataFrame({"Organisation": deg["name"], "Group": deg["group"], "Relations": deg["relations"], "Organisations linked": deg["neighbours"]})


def decisions_table(package: Package) -> pd.DataFrame:
    d = package["decisions"]
    counts = d.groupby(["body", "type"]).size().rename("Decisions").reset_index()
    counts["body"] = counts["body"].str.replace("_", " ")
    return counts.rename(columns={"body": "Body", "type": "Kind"}).sort_values("Decisions", ascending=False).reset_index(drop=True)


def coverage_table(package: Package) -> pd.DataFrame:
    cov = am.coverage_by_question(package["assessments"], package["codebook"])
    return pd.DataFrame({"Question": cov["question"], "Sourced answers": cov["found"], "Not found": cov["not_found"]})


def needs_table(package: Package) -> pd.DataFrame:
    expressed = am.needs_expressed(package["assessments"], package["codebook"])
    wide = expressed.pivot(index="need", columns="answer", values="authorities").fillna(0).astype(int)
    wide = wide.reindex(am.NEED_QUESTIONS)
    wide.index = wide.index.map(NEED_LABELS)
    return wide.rename_axis("Need").reset_index()


def survey_table(package: Package) -> pd.DataFrame:
    out = sv.survey_overview(package["surveys"], package["survey_findings"])
    return pd.DataFrame(
        {
            "Survey or inventory": out["title"],
            "By": out["organiser"],
            "When": out["date"],
            "Asked": out["n_asked"].astype("string").fillna("–"),
            "Answered": out["n_respondents"].astype("string").fillna("–"),
            "Published findings": out["findings"],
        }
    )


def decision_list(package: Package) -> pd.DataFrame:
    """Every recorded decision, newest first: who, which body, what kind, the outcome, the
    reasons as sources give them, and the source."""
    from analysis.findings.labels import readable_date

    d = package["decisions"].sort_values(["date", "id"], ascending=[False, True], kind="stable")
    names = package["authorities"].set_index("id")["name"]
    return pd.DataFrame(
        {
            "Date": d["date"].map(readable_date),
            "Authority": d["nl_authority_id"].map(names),
            "Body": d["body"].str.replace("_", " "),
            "Kind": d["type"].str.replace("_", " "),
            "Outcome": d["outcome"].fillna("").str.replace("_", " "),
            "Reasons given": d["reasons"],
            "Sources": d["source_id"],
        }
    ).reset_index(drop=True)
