"""The census of Dutch authorities: what a search of public sources found for each."""

from __future__ import annotations

import pandas as pd

from analysis.model.register import display_names, tie_names
from analysis.vocabulary import explode_ids


def census_with_ties(census: pd.DataFrame, register: pd.DataFrame, authorities: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """The census with each authority and its province named as the register names them (the
    census's own name where the register lacks the authority) and its ties named as readers
    name them (`Dutch side – Chinese side`, joined by '; '; empty where none)."""
    ties = explode_ids(census["partnership_ids"]).map(tie_names(register))
    shown = display_names(authorities, lang)
    provinces = authorities[(authorities["country"] == "NL") & (authorities["level"] == "province")]
    province = census["province_code"].map(dict(zip(provinces["code"], provinces["id"].map(shown))))
    name = census["authority_id"].map(shown).fillna(census["name"])
    return census.assign(name=name, ties=ties.groupby(level=0).agg("; ".join).reindex(census.index), province=province)


def counts(census: pd.DataFrame, kind: str) -> pd.Series:
    """Rows of one kind per result."""
    return census.loc[census["kind"] == kind, "result"].value_counts()
