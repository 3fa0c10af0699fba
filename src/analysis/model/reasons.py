"""Why ties ended: the reasons coded in the decisions around each ending."""

from __future__ import annotations

import pandas as pd

from analysis.vocabulary import explode_ids, parse_partial_date, split_ids

# Codes that argue for keeping a tie (or are about procedure), not for ending it.
REASONS_TO_KEEP = frozenset({"dialogue", "economic_interest", "exchange", "procedure"})
WINDOW_YEARS = 2  # decisions in the two years up to an ending count as its run-up


def decision_ties(decisions: pd.DataFrame) -> pd.DataFrame:
    """One row per decision and tie it concerns (decisions may concern several ties)."""
    ties = explode_ids(decisions["partnership_ids"].reset_index(drop=True))
    own = decisions.reset_index(drop=True).loc[ties.index]
    return pd.DataFrame(
        {
            "decision_id": own["id"].to_numpy(dtype=object),
            "partnership_id": ties.to_numpy(dtype=object),
            "date": own["date"].to_numpy(dtype=object),
            "reason_codes": own["reason_codes"].to_numpy(dtype=object),
        },
        columns=["decision_id", "partnership_id", "date", "reason_codes"],
    )


def ending_reasons(decisions: pd.DataFrame, years: pd.DataFrame) -> pd.DataFrame:
    """Per ended tie, the reasons to end it cited in decisions from the `WINDOW_YEARS` years
    up to and including its end year (reasons for keeping it are left out)."""
    links = decision_ties(decisions)
    # Each tie's decisions as (year, reason codes), looked up per ended tie.
    by_tie: dict[str, list[tuple[int, object]]] = {}
    for tie, when, codes in zip(links["partnership_id"], links["date"], links["reason_codes"]):
        by_tie.setdefault(tie, []).append((parse_partial_date(when)[0].year, codes))
    ended = years[years["end"].notna()].set_index("id")["end"]
    rows = []
    for tie, end_year in ended.items():
        window = [codes for year, codes in by_tie.get(tie, []) if end_year - WINDOW_YEARS < year <= end_year]
        codes = sorted({c for value in window for c in split_ids(value)} - REASONS_TO_KEEP)
        rows.append({"partnership_id": tie, "end": int(end_year), "reasons": codes, "decisions": len(window)})
    return pd.DataFrame(rows, columns=["partnership_id", "end", "reasons", "decisions"])


def reason_counts(reasons: pd.DataFrame) -> pd.DataFrame:
    """Ended ties citing each reason, most cited first; `share` is of ended ties with any decision."""
    with_decision = reasons[reasons["decisions"] > 0]
    exploded = with_decision.explode("reasons").dropna(subset=["reasons"])
    counts = exploded.groupby("reasons")["partnership_id"].nunique()
    out = counts.rename("ties").rename_axis("reason").reset_index()
    out["share"] = (out["ties"] / max(len(with_decision), 1)).round(3)
    return out.sort_values(["ties", "reason"], ascending=[False, True], kind="stable").reset_index(drop=True).astype({"ties": "int64"})
