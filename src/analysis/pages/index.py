"""The landing page: the headline numbers, the headline chart and a look-up box."""

from __future__ import annotations

from analysis import facts as fx
from analysis.charts import status
from analysis.charts.theme import data_subtitle
from analysis.model.views import Views

FACTS = ("first_year", "ties", "nl_authorities", "municipalities", "active", "ended", "data_cutoff")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def status_by_level(v: Views):
    return status.status_by_level(v.register, data_subtitle(v.data_date, lang=v.lang), v.labels)
