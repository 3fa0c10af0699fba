"""Facts and tables of the timeline chapter: waves of ties, the reassessment and the exits."""

from __future__ import annotations

import pandas as pd

from analysis.findings import reasons as rs
from analysis.findings import register as reg
from analysis.findings import timeline as tl
from analysis.package import Package


def facts(package: Package) -> dict[str, object]:
    years = tl.tie_years(package["partnerships"], package["events"])
    last = reg.data_date(package).year
    stock = tl.stock_by_year(years, tl.FIRST_YEAR, last).set_index("year")
    peak_year = int(stock["existing"].idxmax())
    waves = tl.waves(years).set_index("period")
    busiest = waves["formed"].idxmax()
    durations = tl.years_to_end(years)
    reasons = rs.ending_reasons(package["decisions"], years)
    counts = rs.reason_counts(reasons)
    human = counts.set_index("reason")["ties"].get("human_rights", 0)
    first_end = years["end"].dropna().min()
    return {
        "tl_first_year": int(years["start"].min()),
        "tl_first_stock": int(stock.loc[int(years["start"].min()), "existing"]),
        "tl_peak_year": peak_year,
        "tl_peak": int(stock.loc[peak_year, "existing"]),
        "tl_now": int(stock.loc[last, "existing"]),
        "tl_last_year": last,
        "tl_busiest_period": busiest,
        "tl_busiest_formed": int(waves.loc[busiest, "formed"]),
        "tl_dated": int(years["start"].notna().sum()),
        "tl_undated": int(years["start"].isna().sum()),
        "tl_ended": int(years["end"].notna().sum()),
        "tl_first_end_year": int(first_end),
        "tl_ended_since_2021": int((years["end"] >= 2021).sum()),
        "tl_median_years_to_end": int(durations["years"].median()) if len(durations) else 0,
        "tl_ended_with_decision": int((reasons["decisions"] > 0).sum()),
        "tl_human_rights": int(human),
        "tl_window_years": rs.WINDOW_YEARS,
        "tl_renewals": int((package["events"]["type"] == "renewed").sum()),
        "tl_renewed_ties": int(package["events"].loc[package["events"]["type"] == "renewed", "partnership_id"].nunique()),
    }


def waves_table(package: Package) -> pd.DataFrame:
    years = tl.tie_years(package["partnerships"], package["events"])
    waves = tl.waves(years)
    return pd.DataFrame(
        {
            "Period": waves["period"],
            "Setting": waves["theme"],
            "Ties formed": waves["formed"],
            "Ties ended": waves["ended"],
        }
    )


def endings_table(package: Package) -> pd.DataFrame:
    """Every ended tie: who, when founded and ended, and the reasons cited in its run-up."""
    years = tl.tie_years(package["partnerships"], package["events"])
    reasons = rs.ending_reasons(package["decisions"], years).set_index("partnership_id")
    table = reg.register(package["partnerships"], package["authorities"]).set_index("id")
    ended = years[years["end"].notna()].sort_values(["end", "id"])
    return pd.DataFrame(
        {
            "Dutch side": ended["id"].map(table["nl_name"]).to_numpy(),
            "Chinese side": ended["id"].map(table["cn_name"]).to_numpy(),
            "Founded": ended["start"].astype("string").fillna("–").to_numpy(),
            "Ended": ended["end"].astype(int).to_numpy(),
            "Reasons cited": ended["id"].map(lambda t: ", ".join(rs.REASON_LABELS.get(c, c) for c in reasons.loc[t, "reasons"]) or "–").to_numpy(),
            "Sources": ended["id"].map(_event_sources(package["events"], "ended")).fillna("").to_numpy(),
        }
    )


def _event_sources(events: pd.DataFrame, kind: str) -> pd.Series:
    """Per tie, the sources of its events of one kind, joined for the book's source links."""
    own = events[events["type"] == kind]
    return own.groupby("partnership_id")["source_id"].agg(lambda ids: ";".join(dict.fromkeys(ids)))


def renewals_table(package: Package) -> pd.DataFrame:
    """Ties renewed or reaffirmed, with when and the source: the other side of the reassessment."""
    from analysis.findings.labels import readable_date

    e = package["events"]
    own = e[e["type"] == "renewed"]
    table = reg.register(package["partnerships"], package["authorities"]).set_index("id")
    own = own.sort_values(["date", "id"], kind="stable")
    return pd.DataFrame(
        {
            "When": own["date"].map(readable_date).to_numpy(),
            "Tie": (own["partnership_id"].map(table["nl_name"]) + " – " + own["partnership_id"].map(table["cn_name"])).to_numpy(),
            "What happened": own["description"].to_numpy(),
            "Sources": own["source_id"].to_numpy(),
        }
    )
