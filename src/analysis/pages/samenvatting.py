"""De samenvatting: the key findings on one page, in Dutch."""

from __future__ import annotations

from analysis import facts as fx
from analysis.model.views import Views

FACTS = ("first_year", "ties", "active", "ended", "dormant", "unknown_status", "origin_top", "top_need",
         "top_need_n", "data_cutoff", "nl_authorities", "municipalities", "provinces_with_own_tie", "provinces_total",
         "cn_authorities", "cn_provinces", "cn_top_province", "cn_top_province_ties", "nested_ties", "peak",
         "peak_year", "ties_with_end", "ended_share", "human_rights_endings", "ended_with_decision", "origin_top_n",
         "assessed_authorities", "results_concrete", "results_few_or_none", "decisions", "council_decisions",
         "evaluated", "found_share", "relied_national", "practices", "checklist_steps")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS, lang="nl")
