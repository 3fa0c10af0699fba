"""Ties over time: when each tie began and ended, the stock per year, flows and waves."""

from __future__ import annotations

import pandas as pd

from analysis.model import reconciliation as rec

FIRST_YEAR = 1979  # Rotterdam–Shanghai, the first tie

# Periods of Dutch–Chinese relations used to group ties into waves. Each runs from its first
# year up to, not including, the next period's first year; the boundary years are turning
# points (1989 Tiananmen, 2004 and 2012 changes at the top in both countries, 2021 the first
# exit), so they open the later period.
PERIODS = [
    ("1978–1988", 1978, 1988, "Reform and opening: the first ties"),
    ("1989–2003", 1989, 2003, "After 1989: trade-led ties"),
    ("2004–2011", 2004, 2011, "Partnership years"),
    ("2012–2020", 2012, 2020, "Xi Jinping's first terms"),
    ("2021–", 2021, None, "Reassessment and exits"),
]


def tie_years(partnerships: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Per tie: the founding year (`established`), the year it ended (earliest 'ended' event)
    and the year it was suspended (earliest 'suspended' event), each empty when unknown."""
    by_type = {
        kind: rec.first_event_dates(events, kind).map(lambda d: d.year) for kind in ("ended", "suspended")
    }
    out = pd.DataFrame(
        {
            "id": partnerships["id"].to_numpy(),
            "status": partnerships["status"].to_numpy(),
        }
    )
    out["start"] = partnerships["established"].astype("Int64").reset_index(drop=True)
    out["end"] = out["id"].map(by_type["ended"]).astype("Int64")
    out["suspended"] = out["id"].map(by_type["suspended"]).astype("Int64")
    return out


def stock_by_year(years: pd.DataFrame, first: int, last: int) -> pd.DataFrame:
    """Ties in existence at the end of each year: founded in or before it and not ended by it.

    Ties of unknown founding year cannot be placed and are left out (`undated` says how many
    of them had not ended by that year, so a reader sees what the stock may miss).
    """
    rows = []
    for year in range(first, last + 1):
        alive = years["end"].isna() | (years["end"] > year)
        dated = years["start"].notna() & (years["start"] <= year)
        rows.append(
            {
                "year": year,
                "existing": int((dated & alive).sum()),
                "undated": int((years["start"].isna() & alive).sum()),
            }
        )
    return pd.DataFrame(rows).astype("int64")


def flows_by_year(years: pd.DataFrame, first: int, last: int) -> pd.DataFrame:
    """Ties formed, suspended and ended in each year (ties without the year are not counted)."""
    index = pd.RangeIndex(first, last + 1, name="year")
    out = pd.DataFrame(index=index)
    for column, name in (("start", "formed"), ("suspended", "suspended"), ("end", "ended")):
        counts = years[column].dropna().astype(int).value_counts()
        out[name] = counts.reindex(index, fill_value=0).astype("int64")
    return out.reset_index()


def period_of(year: int) -> str | None:
    for label, start, end, _ in PERIODS:
        if year >= start and (end is None or year <= end):
            return label
    return None


def waves(years: pd.DataFrame) -> pd.DataFrame:
    """Ties formed and ended per period; ties without a year are counted apart."""
    labels = [p[0] for p in PERIODS]
    formed = years["start"].dropna().astype(int).map(period_of).value_counts()
    ended = years["end"].dropna().astype(int).map(period_of).value_counts()
    out = pd.DataFrame(
        {
            "period": labels,
            "from": [p[1] for p in PERIODS],
            "to": [p[2] for p in PERIODS],
            "theme": [p[3] for p in PERIODS],
            "formed": [int(formed.get(p, 0)) for p in labels],
            "ended": [int(ended.get(p, 0)) for p in labels],
        }
    )
    return out.astype({"to": "Int64"})


def years_to_end(years: pd.DataFrame) -> pd.DataFrame:
    """Ended ties whose founding year is known, with the years from founding to ending."""
    done = years[years["end"].notna() & years["start"].notna()].copy()
    done["years"] = (done["end"] - done["start"]).astype("int64")
    return done[["id", "start", "end", "years"]].sort_values("years", kind="stable").reset_index(drop=True)


def active_in(years: pd.DataFrame, year: int) -> pd.DataFrame:
    """Ties that existed at the end of `year` (dated ties only)."""
    alive = years["end"].isna() | (years["end"] > year)
    return years[(years["start"].notna() & (years["start"] <= year) & alive).to_numpy()]
