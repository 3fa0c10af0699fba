"""Reconcile the register with counts others published: what we count for the same date and measure."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.rules import parse_partial_date

FORMAL_TYPES = ("sister", "friendship")
LEVEL_OF_MEASURE = {
    "municipalities_with_tie": "municipality",
    "provinces_with_tie": "province",
    "municipalities_ended": "municipality",
    "provinces_ended": "province",
}


def _end(text: str) -> date:
    return parse_partial_date(text)[1]


def _start(text: str) -> date:
    return parse_partial_date(text)[0]


def first_event_dates(events: pd.DataFrame, kind: str) -> pd.Series:
    """First day of the earliest event of one type, per tie."""
    chosen = events[events["type"] == kind]
    return chosen.groupby("partnership_id")["date"].agg(lambda ds: min(_start(d) for d in ds))


def end_dates(events: pd.DataFrame) -> pd.Series:
    """First day of the earliest 'ended' event of each tie."""
    return first_event_dates(events, "ended")


def ties_existing_on(partnerships: pd.DataFrame, events: pd.DataFrame, on: date, include_undated: bool) -> pd.DataFrame:
    """Ties founded by `on` (or of unknown founding year, if `include_undated`) and not ended before it."""
    ends = end_dates(events)
    founded = partnerships["established"]
    known = founded.notna() & (founded.fillna(9999) <= on.year)
    alive = partnerships["id"].map(ends).map(lambda d: pd.isna(d) or d >= on)
    mask = (known | (founded.isna() & include_undated)) & alive.astype(bool)
    return partnerships[mask.to_numpy()]


def authorities_ending_between(partnerships: pd.DataFrame, events: pd.DataFrame, start: date | None, end: date) -> set[str]:
    """Dutch authorities that ended at least one tie between `start` and `end` (inclusive)."""
    ends = end_dates(events)
    in_window = ends[(ends <= end) & ((ends >= start) if start else True)]
    return set(partnerships.loc[partnerships["id"].isin(in_window.index), "nl_authority_id"])


def _dutch_at_level(ids: set[str] | pd.Series, authorities: pd.DataFrame, level: str) -> int:
    levels = authorities.set_index("id")["level"]
    return int(sum(1 for i in set(ids) if levels.get(i) == level))


def reconcile(published: pd.DataFrame, partnerships: pd.DataFrame, events: pd.DataFrame, authorities: pd.DataFrame) -> pd.DataFrame:
    """One row per published count with the register's comparable counts.

    For stocks, `register_min` counts ties whose founding year is known to precede the date and
    `register_max` adds ties of unknown founding year; `register_formal_max` keeps only sister and
    friendship ties. For exits, both bounds count Dutch authorities with an end event in the window.
    """
    rows = []
    for row in published.itertuples(index=False):
        on = _end(row.as_of)
        level = LEVEL_OF_MEASURE[row.measure]
        if row.measure.endswith("_with_tie"):
            low = ties_existing_on(partnerships, events, on, include_undated=False)
            high = ties_existing_on(partnerships, events, on, include_undated=True)
            formal = high[high["relation_type"].isin(FORMAL_TYPES)]
            counts = [_dutch_at_level(set(t["nl_authority_id"]), authorities, level) for t in (low, high, formal)]
        else:
            since = _start(row.since) if isinstance(row.since, str) else None
            ended = _dutch_at_level(authorities_ending_between(partnerships, events, since, on), authorities, level)
            counts = [ended, ended, ended]
        rows.append(
            {
                "id": row.id,
                "source_id": row.source_id,
                "as_of": row.as_of,
                "measure": row.measure,
                "published": int(row.value),
                "qualifier": row.qualifier,
                "register_min": counts[0],
                "register_max": counts[1],
                "register_formal_max": counts[2],
                "gap": int(row.value) - counts[1],
                "explanation": row.explanation,
            }
        )
    return pd.DataFrame(rows)
