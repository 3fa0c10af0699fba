"""Facts and tables of the network chapter: who is tied to whom, and where."""

from __future__ import annotations

import pandas as pd

from analysis.findings import geography as gg
from analysis.findings import register as reg
from analysis.package import Package

LEVEL_NAMES = {
    "municipality": "Municipality",
    "province": "Province",
    "water_board": "Water board",
    "other": "Other body",
    "prefecture": "Prefecture-level city",
    "county_city": "County-level city",
    "district": "District",
}


def facts(package: Package) -> dict[str, object]:
    p, a = package["partnerships"], package["authorities"]
    table = reg.register(p, a)
    cn = gg.ties_by_province(table, "CN")
    nl = gg.ties_by_province(table, "NL")
    connections = gg.connections(p, a)
    pairs = gg.level_pairs(table)
    top_pair = pairs.iloc[0]
    return {
        "net_ties": len(p),
        "net_cn_provinces": len(cn),
        "net_cn_top_province": cn.iloc[0]["province"],
        "net_cn_top_ties": int(cn.iloc[0]["ties"]),
        "net_nl_top_province": nl.iloc[0]["province"],
        "net_nl_top_ties": int(nl.iloc[0]["ties"]),
        "net_top_pair_ties": int(top_pair["ties"]),
        "net_top_pair_nl": LEVEL_NAMES.get(top_pair["nl_level"], top_pair["nl_level"]).lower(),
        "net_top_pair_cn": LEVEL_NAMES.get(top_pair["cn_level"], top_pair["cn_level"]).lower(),
        "net_top_pair_share": f"{top_pair['ties'] / len(p):.0%}",
        "net_median_km": f"{int(connections['distance_km'].median()):,}",
        "net_cn_partners": p["cn_authority_id"].nunique(),
        "net_shared_partners": partners_shared(p),
    }


def province_table(package: Package, country: str) -> pd.DataFrame:
    table = reg.register(package["partnerships"], package["authorities"])
    out = gg.ties_by_province(table, country)
    side = "Dutch" if country == "NL" else "Chinese"
    return out.rename(columns={"province": f"{side} province", "ties": "Ties", "authorities": f"{side} authorities with ties"})


def level_table(package: Package) -> pd.DataFrame:
    pairs = gg.level_pairs(reg.register(package["partnerships"], package["authorities"]))
    return pd.DataFrame(
        {
            "Dutch side": pairs["nl_level"].map(LEVEL_NAMES).fillna(pairs["nl_level"]),
            "Chinese side": pairs["cn_level"].map(LEVEL_NAMES).fillna(pairs["cn_level"]),
            "Ties": pairs["ties"],
        }
    )


def partners_shared(partnerships: pd.DataFrame) -> int:
    """How many Chinese authorities are tied to more than one Dutch authority."""
    return int((partnerships.groupby("cn_authority_id")["nl_authority_id"].nunique() > 1).sum())


def shared_partners(package: Package) -> pd.DataFrame:
    """Chinese authorities tied to more than one Dutch authority, with the ties' sources."""
    table = reg.register(package["partnerships"], package["authorities"])
    many = table[table["cn_authority_id"].duplicated(keep=False)]
    out = many.groupby("cn_authority_id").agg(
        cn_name=("cn_name", "first"),
        nl_name=("nl_name", lambda names: "; ".join(sorted(names))),
        sources=("source_ids", lambda ids: ";".join(dict.fromkeys(i for v in ids for i in str(v).split(";") if i))),
    )
    return out.reset_index(drop=True).rename(columns={"cn_name": "Chinese authority", "nl_name": "Dutch partners", "sources": "Sources"})
