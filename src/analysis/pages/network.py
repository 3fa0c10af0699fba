"""The network chapter: who is tied to whom, and where, with its maps."""

from __future__ import annotations

import pandas as pd

from analysis import facts as fx
from analysis import geo
from analysis.charts import maps, status
from analysis.charts.theme import data_subtitle
from analysis.model import geography as gg
from analysis.model import register as reg
from analysis.model.views import Views
from analysis.words import say

FACTS = ("ties", "cn_authorities", "cn_provinces", "cn_top_province", "cn_top_province_ties", "nl_top_province",
         "nl_top_province_ties", "top_pair_nl", "top_pair_cn", "top_pair_ties", "top_pair_share", "median_km",
         "shared_partners")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def province_table(v: Views, country: str) -> pd.DataFrame:
    out = gg.ties_by_province(v.register, country)
    side = "Dutch" if country == "NL" else "Chinese"
    return out.rename(columns={"province": say(f"{side} province", v.lang), "ties": say("Ties", v.lang),
                               "authorities": say(f"{side} authorities with ties", v.lang)})


def level_table(v: Views) -> pd.DataFrame:
    pairs = gg.level_pairs(v.register)
    return pd.DataFrame(
        {
            say("Dutch side", v.lang): v.labels.map("level", pairs["nl_level"], capitalise=True),
            say("Chinese side", v.lang): v.labels.map("level", pairs["cn_level"], capitalise=True),
            say("Ties", v.lang): pairs["ties"],
        }
    )


def shared_partners(v: Views) -> pd.DataFrame:
    """Chinese authorities tied to more than one Dutch authority, with the ties' sources."""
    shared = reg.shared_partners(v.register)
    return pd.DataFrame({say("Chinese authority", v.lang): shared["cn_name"], say("Dutch partners", v.lang): shared["nl_names"],
                         say("Sources", v.lang): shared["source_ids"]})


def netherlands_map(v: Views):
    register = v.register
    codes = tuple(sorted(register.loc[register["nl_level"] == "municipality", "nl_code"].dropna()))
    return maps.netherlands_map(register, v["authorities"], geo.netherlands(v.package, codes), data_subtitle(v.data_date, lang=v.lang), v.labels)


def china_map(v: Views):
    return maps.china_map(v.register, v["authorities"], v.top_level, geo.china(v.package), data_subtitle(v.data_date, lang=v.lang), v.labels)


def status_by_level(v: Views):
    return status.status_by_level(v.register, data_subtitle(v.data_date, lang=v.lang), v.labels)


