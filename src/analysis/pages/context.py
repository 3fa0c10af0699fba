"""The context chapter: national relations, the Chinese side and the politicisation at home."""

from __future__ import annotations

import pandas as pd

from analysis import facts as fx
from analysis.model.labels import readable_date
from analysis.model.views import Views
from analysis.profiles.html import english_cells
from analysis.words import say

FACTS = (*fx.MILESTONES, *fx.CITED_SOURCES, "milestones", "milestones_first", "milestones_last")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def milestones_table(v: Views) -> pd.DataFrame:
    """Every milestone in date order, with what happened and its source."""
    t = v["timeline"].sort_values(["date", "id"], kind="stable")
    return pd.DataFrame(
        {
            say("When", v.lang): t["date"].map(lambda d: readable_date(d, v.lang)),
            say("Where", v.lang): v.labels.map("scope", t["scope"], capitalise=True),
            say("Milestone", v.lang): english_cells(t["title"], v.lang),
            say("What happened", v.lang): english_cells(t["description"], v.lang),
            say("Sources", v.lang): t["source_id"],
        }
    ).reset_index(drop=True)
