"""The summary: the key findings of every chapter on one page."""

from __future__ import annotations

from analysis import facts as fx
from analysis.model.views import Views
from analysis.charts import status
from analysis.charts.theme import data_subtitle

FACTS = ("ties", "first_year", "active", "ended", "dormant", "unknown_status", "origin_top", "themes_top",
         "results_concrete", "results_found", "top_need", "top_need_n", "data_cutoff", "nl_authorities",
         "municipalities", "provinces_with_own_tie", "provinces_total", "cn_authorities", "cn_provinces",
         "cn_top_province", "cn_top_province_ties", "nl_top_province", "nl_top_province_ties", "nested_ties", "peak",
         "peak_year", "busiest_period", "ties_with_end", "ended_share", "ended_since_2021", "human_rights_endings",
         "ended_with_decision", "origin_top_n", "assessed_authorities", "themes_top_n", "results_general_claims",
         "results_few_or_none", "decisions", "council_decisions", "evaluated", "ks_measures", "found_share",
         "relied_national", "guidance_relied", "information_need", "capacity_need", "practices",
         "practice_authorities", "checklist_steps", "no_founding_year")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def status_by_level(v: Views):
    return status.status_by_level(v.register, data_subtitle(v.data_date, lang=v.lang), v.labels)
