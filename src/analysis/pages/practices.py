"""The good-practices chapter: the checklist and the catalogue it rests on."""

from __future__ import annotations

import pandas as pd

from analysis import facts as fx
from analysis.model import checklist as cl
from analysis.model.views import Views
from analysis.profiles.html import english_cells
from analysis.words import say

FACTS = ("practices", "negative_practices", "checklist_steps", "checklist_stages")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def checklist_table(v: Views) -> pd.DataFrame:
    return cl.checklist_table(v, lang=v.lang)


def catalogue_table(v: Views) -> pd.DataFrame:
    p = v["practices"]
    return pd.DataFrame(
        {
            say("Practice", v.lang): english_cells(p["name"], v.lang),
            say("What was done", v.lang): english_cells(p["description"], v.lang),
            say("Applied by", v.lang): english_cells(p["applied_by"], v.lang),
            say("Lesson", v.lang): english_cells(p["lesson"], v.lang),
            say("Sources", v.lang): p["source_id"],
        }
    ).reset_index(drop=True)
