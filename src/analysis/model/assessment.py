"""The desk-coded needs assessment: the authority × question matrix and what it shows."""

from __future__ import annotations

import pandas as pd

from analysis.model.labels import code_definitions
from analysis.vocabulary import NOT_FOUND, explode_ids, split_ids

# Answers to a needs question that record no need: nothing found, or the need denied.
NO_NEED = frozenset({NOT_FOUND, "no", "declined"})
NEED_QUESTIONS = ["need_information", "need_national_coordination", "need_capacity", "need_guidance"]


def matrix(assessments: pd.DataFrame, codebook: pd.DataFrame, authorities: pd.DataFrame) -> pd.DataFrame:
    """Long table, one row per authority and question, with readable names and a `found` flag."""
    names = authorities.set_index("id")[["name", "level"]]
    questions = codebook.set_index("id")[["order", "topic", "question"]]
    out = assessments[["authority_id", "question_id", "answer", "detail", "source_id"]].copy()
    out["found"] = out["answer"] != NOT_FOUND
    out = out.join(names, on="authority_id").join(questions, on="question_id")
    return out.sort_values(["level", "name", "order"], kind="stable").reset_index(drop=True)


def coverage_by_question(assessments: pd.DataFrame, codebook: pd.DataFrame) -> pd.DataFrame:
    """Per question: authorities with a sourced answer, not found, and the share found."""
    found = (assessments["answer"] != NOT_FOUND).groupby(assessments["question_id"]).agg(["sum", "size"])
    out = codebook[["id", "order", "topic", "question"]].rename(columns={"id": "question_id"}).copy()
    out["found"] = out["question_id"].map(found["sum"]).fillna(0).astype("int64")
    out["assessed"] = out["question_id"].map(found["size"]).fillna(0).astype("int64")
    out["not_found"] = out["assessed"] - out["found"]
    out["share_found"] = (out["found"] / out["assessed"].where(out["assessed"] > 0)).round(3)
    return out.sort_values("order").reset_index(drop=True)


def code_counts(assessments: pd.DataFrame, question_id: str) -> pd.DataFrame:
    """Authorities per code of one question (a multiple answer counts once for each code)."""
    own = assessments[(assessments["question_id"] == question_id) & (assessments["answer"] != NOT_FOUND)]
    codes = explode_ids(own["answer"])
    counts = codes.value_counts().rename_axis("code").reset_index(name="authorities")
    return counts.sort_values(["authorities", "code"], ascending=[False, True], kind="stable").reset_index(drop=True).astype({"authorities": "int64"})


def authorities_answering(assessments: pd.DataFrame, question_id: str, codes: set[str]) -> int:
    """How many authorities answer a question with at least one of `codes`."""
    own = explode_ids(assessments.loc[assessments["question_id"] == question_id, "answer"])
    return int(own[own.isin(codes)].index.nunique())


def stated_needs(assessments: pd.DataFrame, codebook: pd.DataFrame) -> pd.Series:
    """Per need question, in NEED_QUESTIONS order: authorities a source shows asking for it or
    relying on it (every answer but not found, no or declined)."""
    expressed = needs_expressed(assessments, codebook)
    stated = expressed[~expressed["answer"].isin(NO_NEED)].groupby("need")["authorities"].sum()
    return stated.reindex(NEED_QUESTIONS).fillna(0).astype(int)


def needs_expressed(assessments: pd.DataFrame, codebook: pd.DataFrame) -> pd.DataFrame:
    """Per need and answer code (plus `not_found`): how many authorities a source shows giving it."""
    rows = []
    questions = codebook.set_index("id")
    for need in NEED_QUESTIONS:
        own = assessments[assessments["question_id"] == need]["answer"]
        for code in split_ids(questions.loc[need, "codes"]) + [NOT_FOUND]:
            rows.append({"need": need, "answer": code, "authorities": int((own == code).sum())})
    return pd.DataFrame(rows)


def code_meanings(assessments: pd.DataFrame, codebook: pd.DataFrame, question_id: str) -> pd.DataFrame:
    """`code_counts` of one question with each code's meaning as the codebook defines it."""
    counts = code_counts(assessments, question_id)
    return counts.assign(meaning=counts["code"].map(code_definitions(codebook, question_id)))
