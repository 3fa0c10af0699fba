"""The good-practices chapter: the checklist and the catalogue it rests on."""

from __future__ import annotations

import pandas as pd

from analysis import facts as fx
from analysis.model import checklist as cl
from analysis.model.views import Views

FACTS = ("practices", "negative_practices", "checklist_steps", "checklist_stages")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def checklist_table(v: Views) -> pd.DataFrame:
    return cl.checklist_table(v)


def catalogue_table(v: Views) -> pd.DataFrame:
    p = v["practices"]
    return pd.DataFrame(
        {
            "Practice": p["name"],
            "What was done": p["description"],
            "Applied by": p["applied_by"],
            "Lesson": p["lesson"],
            "Sources": p["source_id"],
        }
    ).reset_index(drop=True)
