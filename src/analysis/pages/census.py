"""The census chapter: every Dutch municipality, province and water board, and what its search found."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis import facts as fx
from analysis import geo
from analysis.charts import maps
from analysis.charts.theme import data_subtitle
from analysis.links import Link
from analysis.model import census as cs
from analysis.model.labels import readable_date
from analysis.model.views import Views
from analysis.vocabulary import split_ids
from analysis.profiles.census import page_ids

FACTS = ("census_rows", "census_municipalities", "census_municipalities_with_tie", "census_leads", "census_nothing_found",
         "census_water_boards", "census_provinces", "census_date", "municipalities", "unknown_status", "no_founding_year")

# The table's filters: column → data attribute on each row.
FILTERS = {"Kind": "kind", "Province": "province", "Found": "found"}


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def census_table(v: Views) -> pd.DataFrame:
    """Every authority searched: its kind and province, what was found, the ties or the lead, and
    when; its own page (linked) gives what was searched."""
    c = cs.census_with_ties(v["census"], v.register, v["authorities"])
    return pd.DataFrame(
        {
            "Authority": [Link(name, f"authorities/{page}.html", local=True) for name, page in zip(c["name"], page_ids(c))],
            "Kind": v.labels.map("census_kind", c["kind"], capitalise=True),
            "Province": c["province"],
            "Found": v.labels.map("census_result", c["result"]),
            "Ties, or the lead": c["ties"].fillna(c["lead"]),
            "Searched on": c["searched_on"].map(readable_date),
        }
    )


def census_map(v: Views):
    c = cs.census_with_ties(v["census"], v.register, v["authorities"])
    codes = tuple(sorted(c.loc[c["kind"] == "municipality", "code"].dropna()))
    # The census has its own date: the day of its latest search, not the register's data date.
    searched = date.fromisoformat(str(v["census"]["searched_on"].max()))
    subtitle = data_subtitle(searched, "this report's census of Dutch authorities")
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


