"""The timeline chapter: waves of ties, the ties year by year, the exits and the renewals."""

from __future__ import annotations

import pandas as pd

from analysis import facts as fx
from analysis import geo
from analysis.charts import maps
from analysis.charts import timeline as charts
from analysis.charts.theme import data_subtitle
from analysis.model import reasons as rs
from analysis.model import timeline as tl
from analysis.model.labels import capitalised, readable_date
from analysis.model.views import Views
from analysis.profiles.html import english_cells
from analysis.words import say

FACTS = ("dated", "first_stock", "first_year", "peak", "peak_year", "busiest_period", "busiest_period_formed",
         "ties_with_end", "first_end_year", "existing_now", "last_year", "human_rights_endings",
         "ended_with_decision", "no_founding_year", "median_years_to_end", "window_years", "renewals",
         "renewed_ties")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def waves_table(v: Views) -> pd.DataFrame:
    waves = tl.waves(v.tie_years)
    return pd.DataFrame(
        {
            say("Period", v.lang): waves["period"],
            say("Setting", v.lang): waves["theme"].map(lambda theme: say(theme, v.lang)),
            say("Ties formed", v.lang): waves["formed"],
            say("Ties ended", v.lang): waves["ended"],
        }
    )


def _event_sources(events: pd.DataFrame, kind: str) -> pd.Series:
    """Per tie, the sources of its events of one kind, joined for the book's source links."""
    own = events[events["type"] == kind]
    return own.groupby("partnership_id")["source_id"].agg(lambda ids: ";".join(dict.fromkeys(ids)))


def endings_table(v: Views) -> pd.DataFrame:
    """Every ended tie: who, when founded and ended, and the reasons cited in its run-up."""
    years = v.tie_years
    reasons = v.ending_reasons.set_index("partnership_id")
    table = v.register.set_index("id")
    ended = years[years["end"].notna()].sort_values(["end", "id"])

    def cited(tie: str) -> str:
        return ", ".join(capitalised(v.labels("reason", code)) for code in reasons.loc[tie, "reasons"]) or "–"

    return pd.DataFrame(
        {
            say("Dutch side", v.lang): ended["id"].map(table["nl_name"]).to_numpy(),
            say("Chinese side", v.lang): ended["id"].map(table["cn_name"]).to_numpy(),
            say("Since", v.lang): ended["start"].astype("string").fillna("–").to_numpy(),
            say("Ended", v.lang): ended["end"].astype(int).to_numpy(),
            say("Reasons cited", v.lang): ended["id"].map(cited).to_numpy(),
            say("Sources", v.lang): ended["id"].map(_event_sources(v["events"], "ended")).fillna("").to_numpy(),
        }
    )


def renewals_table(v: Views) -> pd.DataFrame:
    """Ties renewed or reaffirmed, with when and the source: the other side of the reassessment."""
    e = v["events"]
    own = e[e["type"] == "renewed"].sort_values(["date", "id"], kind="stable")
    return pd.DataFrame(
        {
            say("When", v.lang): own["date"].map(lambda d: readable_date(d, v.lang)).to_numpy(),
            say("Tie", v.lang): own["partnership_id"].map(v.tie_names).to_numpy(),
            say("What happened", v.lang): english_cells(own["description"], v.lang).to_numpy(),
            say("Sources", v.lang): own["source_id"].to_numpy(),
        }
    )


def ties_over_time(v: Views):
    stock = tl.stock_by_year(v.tie_years, tl.FIRST_YEAR, v.last_year)
    flows = tl.flows_by_year(v.tie_years, tl.FIRST_YEAR, v.last_year)
    return charts.ties_over_time(stock, flows, data_subtitle(v.data_date, lang=v.lang), v.lang)


def connection_map(v: Views):
    return maps.connection_map(v.connections, v.tie_years, geo.netherlands(v.package, ()), geo.china(v.package),
                               data_subtitle(v.data_date, lang=v.lang), v.last_year, v.labels)


def ending_reasons(v: Views):
    counts = rs.reason_counts(v.ending_reasons)
    subtitle = data_subtitle(v.data_date, "this report's decisions data", v.lang)
    return charts.ending_reasons(counts, int((v.ending_reasons["decisions"] > 0).sum()), subtitle, v.labels)
