"""Facts and tables of the good-practices chapter."""

from __future__ import annotations

import pandas as pd

from analysis.findings import checklist as cl
from analysis.package import Package, split_ids


def facts(package: Package) -> dict[str, object]:
    p = package["practices"]
    negative = p["applied_by"].str.contains("negative example", case=False, na=False)
    authorities = {a for ids in p["authority_ids"] for a in split_ids(ids)}
    return {
        "pr_practices": len(p),
        "pr_negative": int(negative.sum()),
        "pr_authorities": len(authorities),
        "pr_steps": len(cl.STEPS),
        "pr_stages": len({s.stage for s in cl.STEPS}),
    }


def catalogue_table(package: Package) -> pd.DataFrame:
    p = package["practices"]
    return pd.DataFrame(
        {
            "Practice": p["name"],
            "What was done": p["description"],
            "Applied by": p["applied_by"],
            "Lesson": p["lesson"],
            "Sources": p["source_id"],
        }
    ).reset_index(drop=True)
