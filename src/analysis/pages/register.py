"""The register chapter: every tie, compact and searchable by name, each linked to its own page."""

from __future__ import annotations

import html

import pandas as pd

from analysis import book, project
from analysis import facts as fx
from analysis.model import register as reg
from analysis.model.views import Views
from analysis.profiles import ties as tie_pages
from analysis.words import say

FACTS = ("ties", "municipalities", "provinces_with_own_tie", "provinces_total", "active", "dormant", "ended",
         "unknown_status", "no_founding_year", "events")

# The register's filters: column (shown or hidden) → data attribute on each row.
FILTERS = {"Status": "status", "Type": "type", "Dutch level": "level", "Dutch province": "nlprovince",
           "Chinese province": "cnprovince"}


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def register_view(v: Views) -> pd.DataFrame:
    """The register as displayed: one compact row per tie, the tie linking to its own page."""
    t = v.register
    view = pd.DataFrame(
        {
            say("Tie", v.lang): [tie_pages.register_link(i, name) for i, name in v.tie_names.items()],
            say("Status", v.lang): v.labels.map("status", t["status"]),
            say("Status since", v.lang): t["status_since"],
            # A dash where no dated source confirms the status (the chapter says so).
            say("Last confirmed", v.lang): t["status_as_of"],
            say("Since", v.lang): t["established"].astype("string"),
            say("Type", v.lang): v.labels.map("relation_type", t["relation_type"]),
            say("Dutch province", v.lang): t["nl_province"],
            say("Chinese province", v.lang): t["cn_province"],
        }
    )
    return view.iloc[_order(v)].reset_index(drop=True)


def _order(v: Views) -> list[int]:
    """Rows by the Dutch level's code, then by tie, as the register has always been ordered."""
    keys = pd.DataFrame({"level": v.register["nl_level"].to_numpy(), "tie": v.tie_names.to_numpy()})
    return list(keys.sort_values(["level", "tie"], kind="stable").index)


def search_names(v: Views) -> pd.Series:
    """Per tie, every name a reader may type for it: both sides and their provinces, in English,
    Dutch or Chinese and in the other spellings the data record."""
    t = v.register
    every_name = v.authority_names

    def names(authority_id: object) -> list[str]:
        return [] if pd.isna(authority_id) else every_name.get(authority_id, [])

    words = [
        " | ".join(dict.fromkeys(names(nl) + names(cn) + names(nlp) + names(cnp)))
        for nl, cn, nlp, cnp in zip(t["nl_authority_id"], t["cn_authority_id"], t["nl_province_id"], t["cn_province_id"])
    ]
    return pd.Series(words, index=t.index).iloc[_order(v)].reset_index(drop=True)


def register_table(v: Views) -> book.SearchableTable:
    t = v.register
    hidden = pd.DataFrame({say("Dutch level", v.lang): v.labels.map("level", t["nl_level"])}).iloc[_order(v)]
    missing = html.escape(project.missing_tie_url())
    empty = say(
        '<p>No tie in the register matches. The register is incomplete: see how it compares with '
        '<a href="methods.html#reconciliation-with-published-counts">published counts</a> and what '
        '<a href="census.html">the census of every Dutch authority</a> found, or <a href="{missing}">report a missing tie</a>.</p>',
        v.lang, missing=missing)
    filters = {say(column, v.lang): attr for column, attr in FILTERS.items()}
    return book.searchable(register_view(v), "nlcn-register", filters, noun=say("ties", v.lang), hidden=hidden,
                           names=search_names(v), empty=empty, lang=v.lang)


def provinces_table(v: Views) -> pd.DataFrame:
    return reg.province_coverage(v.register, v["authorities"])
