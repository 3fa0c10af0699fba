"""The strategy chapter: the evidence behind each recommendation, and the ties that share a province."""

from __future__ import annotations

import pandas as pd

from analysis import facts as fx
from analysis.model import register as reg
from analysis.model.views import Views
from analysis.words import say

FACTS = ("relied_national", "assessed_authorities", "nested_ties", "national_asked", "ks_measures", "ks_discussed",
         "information_need", "capacity_need", "unknown_status", "dormant", "nested_provinces", "shared_partners",
         "evaluated", "review_announced", "council_involved", "human_rights_any")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def nested_table(v: Views) -> pd.DataFrame:
    nested = v.nested_ties.merge(v.register[["id", "source_ids"]], on="id", how="left")
    nested = nested.sort_values(["nl_province", "nl_name"], kind="stable")
    return pd.DataFrame(
        {
            say("Dutch province", v.lang): nested["nl_province"],
            say("Its Chinese partner", v.lang): nested["province_partner"],
            say("Local tie in the same Chinese province", v.lang): [reg.tie_label(n, c) for n, c in zip(nested["nl_name"], nested["cn_name"])],
            say("Sources", v.lang): nested["source_ids"],
        }
    ).reset_index(drop=True)
