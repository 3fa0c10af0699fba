"""Reconcile the register with counts others published: what we count for the same date and measure."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from analysis.vocabulary import FORMAL_TYPES, parse_partial_date

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
    firsts = {d: _start(d) for d in chosen["date"].unique()}
    starts = pd.to_datetime(chosen["date"].map(firsts).astype(object))
    return starts.groupby(chosen["partnership_id"]).min().dt.date.rename("date")


def end_dates(events: pd.DataFrame) -> pd.Series:
    """First day of the earliest 'ended' event of each tie."""
    return first_event_dates(events, "ended")


def _tie_ends(partnerships: pd.DataFrame, events: pd.DataFrame) -> np.ndarray:
    """Each tie's first end date, in the order of `partnerships` (NaT for a tie not ended)."""
    ends = partnerships["id"].map(end_dates(events))
    return np.array([np.datetime64(d, "D") if isinstance(d, date) else np.datetime64("NaT", "D") for d in ends], dtype="datetime64[D]")


def _existing(founded: pd.Series, tie_ends: np.ndarray, on: date, include_undated: bool) -> np.ndarray:
    """Mask of ties founded by `on` (or of unknown founding year, if `include_undated`) and not ended before it."""
    year = founded.to_numpy(dtype="float64", na_value=np.nan)
    known = ~np.isnan(year) & (year <= on.year)
    alive = np.isnat(tie_ends) | (tie_ends >= np.datetime64(on, "D"))
    return (known | (np.isnan(year) & include_undated)) & alive


def _ending(tie_ends: np.ndarray, start: date | None, end: date) -> np.ndarray:
    """Mask of ties whose first end lies between `start` and `end` (inclusive)."""
    mask = ~np.isnat(tie_ends) & (tie_ends <= np.datetime64(end, "D"))
    if start:
        mask &= tie_ends >= np.datetime64(start, "D")
    return mask


def ties_existing_on(partnerships: pd.DataFrame, events: pd.DataFrame, on: date, include_undated: bool) -> pd.DataFrame:
    """Ties founded by `on` (or of unknown founding year, if `include_undated`) and not ended before it."""
    return partnerships[_existing(partnerships["established"], _tie_ends(partnerships, events), on, include_undated)]


def authorities_ending_between(partnerships: pd.DataFrame, events: pd.DataFrame, start: date | None, end: date) -> set[str]:
    """Dutch authorities that ended at least one tie between `start` and `end` (inclusive)."""
    return set(partnerships.loc[_ending(_tie_ends(partnerships, events), start, end), "nl_authority_id"])


def reconcile(published: pd.DataFrame, partnerships: pd.DataFrame, events: pd.DataFrame, authorities: pd.DataFrame) -> pd.DataFrame:
    """One row per published count with the register's comparable counts.

    For stocks, `register_min` counts ties whose founding year is known to precede the date and
    `register_max` adds ties of unknown founding year; `register_formal_max` keeps only sister and
    friendship ties. For exits, both bounds count Dutch authorities with an end event in the window.
    """
    # Computed once for all counts: each tie's end, its Dutch authority and that authority's level.
    tie_ends = _tie_ends(partnerships, events)
    founded = partnerships["established"]
    formal = partnerships["relation_type"].isin(FORMAL_TYPES).to_numpy()
    dutch, names = pd.factorize(partnerships["nl_authority_id"])
    dutch_level = partnerships["nl_authority_id"].map(dict(zip(authorities["id"], authorities["level"])))
    at_level = {level: (dutch_level == level).to_numpy() for level in set(LEVEL_OF_MEASURE.values())}

    def authorities_at(mask: np.ndarray, level: str) -> int:
        """Distinct Dutch authorities of `level` among the ties in `mask`."""
        return int(np.count_nonzero(np.bincount(dutch[mask & at_level[level]], minlength=len(names))))

    rows = []
    for row in published.itertuples(index=False):
        on = _end(row.as_of)
        level = LEVEL_OF_MEASURE[row.measure]
        if row.measure.endswith("_with_tie"):
            low = _existing(founded, tie_ends, on, include_undated=False)
            high = _existing(founded, tie_ends, on, include_undated=True)
            counts = [authorities_at(mask, level) for mask in (low, high, high & formal)]
        else:
            since = _start(row.since) if isinstance(row.since, str) else None
            ended = authorities_at(_ending(tie_ends, since, on), level)
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


def census_behind(reconciled: pd.DataFrame, census: pd.DataFrame, lang: str = "en") -> pd.Series:
    """For every reconciled count, what the census of the same kind of authority says about the
    gap: how many were searched, how many with a tie, with nothing found, with a lead (named),
    and how much of the gap the leads could at most explain (in the edition's language)."""
    from analysis.words import say

    out = []
    for row in reconciled.itertuples(index=False):
        kind = LEVEL_OF_MEASURE[row.measure]
        rows = census[census["kind"] == kind]
        result = rows["result"].value_counts()
        leads = rows.loc[rows["result"] == "lead", "name"].tolist()
        plural = {"municipality": "municipalities", "province": "provinces", "water_board": "water boards"}.get(kind, f"{kind}s")
        text = say("The census searched all {n} {kinds}: {tie} with a tie, {nothing} with nothing found", lang,
                   n=len(rows), kinds=say(plural, lang), tie=int(result.get("tie_found", 0)), nothing=int(result.get("no_tie_found", 0)))
        text += (say(", {n} with a lead ({names}).", lang, n=len(leads), names=", ".join(leads)) if leads
                 else say(", none with a lead.", lang))
        gap = row.published - row.register_max
        if gap > 0:
            explained = min(gap, len(leads))
            rest = gap - explained
            text += say(" The leads could explain at most {explained} of the difference of {gap}", lang, explained=explained, gap=gap)
            text += (
                say("; the other {rest} the census cannot explain: a tie no public source it searched names, "
                    "or a count taken at another moment or of a wider kind of relation.", lang, rest=rest)
                if rest else "."
            )
        out.append(text)
    return pd.Series(out, index=reconciled.index, dtype="string")
