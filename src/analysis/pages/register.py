"""The register chapter: every tie, searchable, and the provinces."""

from __future__ import annotations

import pandas as pd

from analysis import facts as fx
from analysis import project
from analysis.links import Link
from analysis.model import register as reg
from analysis.model.views import Views

FACTS = ("ties", "municipalities", "provinces_with_own_tie", "provinces_total", "active", "dormant", "ended",
         "unknown_status", "no_founding_year", "events")

# The register's filters: column of the view → data attribute on each row.
FILTERS = {"Status": "status", "Type": "type", "Dutch level": "level", "Dutch province": "nlprovince",
           "Chinese province": "cnprovince"}


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def register_view(v: Views) -> pd.DataFrame:
    """The searchable register: one row per tie, its sources and a link to report a correction.

    `Sources` holds source ids (the book turns them into links); `Correction` holds the
    pre-filled issue address for the tie.
    """
    t, label = v.register, v.labels
    ties = [reg.tie_label(n, c) for n, c in zip(t["nl_name"], t["cn_name"])]
    view = pd.DataFrame(
        {
            "Tie": ties,
            "Dutch level": label.map("level", t["nl_level"]),
            "Dutch province": t["nl_province"],
            "Chinese side": t["cn_name"] + " (" + t["cn_name_local"].fillna("") + ")",
            "Chinese province": t["cn_province"],
            "Type": label.map("relation_type", t["relation_type"]),
            "Founded": t["established"].astype("string"),
            "Status": label.map("status", t["status"]),
            "As of": t["status_as_of"].fillna("undated"),
            "Sources": t["source_ids"],
            "Correction": [Link("Report a correction", project.correction_url(i, n)) for i, n in zip(t["id"], ties)],
        }
    )
    # Ordered by the Dutch level's code, as the register has always been ordered.
    order = t["nl_level"].reset_index(drop=True).rename("_level")
    view = pd.concat([view, order], axis=1).sort_values(["_level", "Tie"], kind="stable")
    return view.drop(columns="_level").reset_index(drop=True)


def provinces_table(v: Views) -> pd.DataFrame:
    return reg.province_coverage(v.register, v["authorities"])
