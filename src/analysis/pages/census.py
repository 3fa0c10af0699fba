"""The census chapter: every Dutch municipality, province and water board, and what its search found."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis import book, geo
from analysis import facts as fx
from analysis.charts import maps
from analysis.charts.theme import data_subtitle
from analysis.links import InLanguage, Link
from analysis.model import census as cs
from analysis.model.labels import readable_date
from analysis.model.views import Views
from analysis.vocabulary import split_ids
from analysis.profiles.census import page_ids
from analysis.words import say

FACTS = ("census_rows", "census_municipalities", "census_municipalities_with_tie", "census_leads", "census_nothing_found",
         "census_water_boards", "census_provinces", "census_date", "municipalities", "unknown_status", "no_founding_year")

# The table's filters: column → data attribute on each row.
FILTERS = {"Kind": "kind", "Province": "province", "Found": "found"}


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def census_table(v: Views) -> pd.DataFrame:
    """Every authority searched: its kind and province, what was found, the ties or the lead, and
    when; its own page (linked) gives what was searched."""
    c = cs.census_with_ties(v["census"], v.register, v["authorities"], v.lang)
    # A lead is written in English in the data: on a page of another edition it says so.
    lead = c["lead"] if v.lang == "en" else c["lead"].map(lambda t: t if pd.isna(t) else InLanguage(str(t), "en"))
    return pd.DataFrame(
        {
            say("Authority", v.lang): [Link(name, f"authorities/{page}.html", local=True) for name, page in zip(c["name"], page_ids(c))],
            say("Kind", v.lang): v.labels.map("census_kind", c["kind"], capitalise=True),
            say("Province", v.lang): c["province"],
            say("Found", v.lang): v.labels.map("census_result", c["result"]),
            say("Ties, or the lead", v.lang): c["ties"].astype(object).where(c["ties"].notna(), lead),
            say("Searched on", v.lang): c["searched_on"].map(lambda d: readable_date(d, v.lang)),
        }
    )


def census_register(v: Views) -> book.SearchableTable:
    """The census table with its search box and filters, in the edition's language."""
    filters = {say(column, v.lang): attr for column, attr in FILTERS.items()}
    return book.searchable(census_table(v), "nlcn-census", filters, noun=say("authorities", v.lang), lang=v.lang)


def census_map(v: Views):
    c = cs.census_with_ties(v["census"], v.register, v["authorities"], v.lang)
    codes = tuple(sorted(c.loc[c["kind"] == "municipality", "code"].dropna()))
    # The census has its own date: the day of its latest search, not the register's data date.
    searched = date.fromisoformat(str(v["census"]["searched_on"].max()))
    subtitle = data_subtitle(searched, "this report's census of Dutch authorities", v.lang)
    # The municipalities with the most ties are named on the map, at their recorded points.
    points = v["authorities"].set_index("id")[["latitude", "longitude"]]
    tied = c[(c["kind"] == "municipality") & c["authority_id"].notna()]
    places = pd.DataFrame({
        "place": tied["name"].to_numpy(),
        "latitude": tied["authority_id"].map(points["latitude"]).to_numpy(),
        "longitude": tied["authority_id"].map(points["longitude"]).to_numpy(),
        "ties": tied["partnership_ids"].map(lambda ids: len(split_ids(ids))).to_numpy(),
    }).dropna(subset=["latitude", "longitude"])
    return maps.census_map(c, geo.netherlands(v.package, codes), subtitle, v.labels, places)


