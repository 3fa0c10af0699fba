"""The published surveys and inventories, and their findings, as readers see them."""

from __future__ import annotations

import pandas as pd


def survey_overview(surveys: pd.DataFrame, findings: pd.DataFrame) -> pd.DataFrame:
    """One row per survey with its findings counted, oldest first."""
    per_survey = findings.groupby("survey_id").size()
    out = surveys[["id", "title", "organiser", "date", "population", "n_asked", "n_respondents"]].copy()
    out["findings"] = out["id"].map(per_survey).fillna(0).astype("int64")
    return out.sort_values(["date", "id"], kind="stable").reset_index(drop=True)


def response_rate(surveys: pd.DataFrame) -> pd.DataFrame:
    """Surveys that state both how many were asked and how many answered, with the rate."""
    known = surveys.dropna(subset=["n_asked", "n_respondents"]).copy()
    known["rate"] = (known["n_respondents"] / known["n_asked"]).astype("Float64").round(3)
    return known[["id", "title", "n_asked", "n_respondents", "rate"]].reset_index(drop=True)


def numeric_findings(findings: pd.DataFrame) -> pd.DataFrame:
    """Findings that are counts or shares, with their survey, for tables and charts."""
    out = findings[findings["kind"].isin(["count", "share"])].copy()
    return out[["id", "survey_id", "question_id", "kind", "value", "unit", "text", "source_id"]].reset_index(drop=True)
