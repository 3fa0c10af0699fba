"""The context chapter: national relations, the Chinese side and the politicisation at home."""

from __future__ import annotations

import pandas as pd

from analysis import facts as fx
from analysis.model.labels import readable_date
from analysis.model.views import Views

FACTS = (*fx.MILESTONES, *fx.CITED_SOURCES, "milestones", "milestones_first", "milestones_last")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def milestones_table(v: Views) -> pd.DataFrame:
    """Every milestone in date order, with what happened and its source."""
    t = v["timeline"].sort_values(["date", "id"], kind="stable")
    return pd.DataFrame(
        {
            "When": t["date"].map(readable_date),
            "Where": v.labels.map("scope", t["scope"], capitalise=True),
            "Milestone": t["title"],
            "What happened": t["description"],
            "Sources": t["source_id"],
        }
    ).reset_index(drop=True)
