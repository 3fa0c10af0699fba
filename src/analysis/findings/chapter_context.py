"""Facts and tables of the context chapter: national relations, the Chinese side, politicisation."""

from __future__ import annotations

import pandas as pd

from analysis.findings.labels import readable_date
from analysis.links import Markdown, cite
from analysis.package import Package

SCOPES = {"national": "Netherlands–China", "international": "China and the world", "local": "Local ties"}

# Milestones the chapter's prose refers to, by their id in the `timeline` resource.
MILESTONES = {
    "ctx_recognition": "1950-netherlands-recognises-the-prc",
    "ctx_ambassadors": "1972-05-18-ambassadorial-relations",
    "ctx_cpaffc": "1954-05-cpaffc-founded",
    "ctx_city_work": "1973-china-starts-friendship-city-activity",
    "ctx_cifca": "1992-cifca-founded",
    "ctx_first_tie": "1979-rotterdam-shanghai",
    "ctx_xi_visit": "2014-03-22-xi-state-visit",
    "ctx_china_paper": "2019-05-15-china-paper-nederland-china-een-nieuwe-balans",
    "ctx_taskforce": "2019-05-paper-announces-taskforce-and-knowledge-network",
    "ctx_vngi_project": "2020-02-01-vng-international-china-project",
    "ctx_threat": "2021-02-03-state-actor-threat-assessment",
    "ctx_genocide_motion": "2021-02-25-uyghur-genocide-motion",
    "ctx_sanctions": "2021-03-eu-sanctions-and-counter-sanctions",
    "ctx_ckn": "2021-05-26-china-kennisnetwerk-launched",
    "ctx_first_exit": "2021-07-21-arnhem-ends-wuhan-tie",
    "ctx_knowledge_desk": "2022-02-loket-kennisveiligheid-launched",
    "ctx_letter_2023": "2023-01-13-government-letter-on-china",
    "ctx_letter_2024": "2024-12-13-government-letter-ontwikkelingen-china-beleid",
}

# Sources the prose cites for the Chinese side and for politicisation at home.
CITED_SOURCES = {
    "ctx_src_clingendael": "clingendael-2022-vw",
    "ctx_src_clingendael_who": "clingendael-vw-ch3",
    "ctx_src_clingendael_trend": "clingendael-2022-vw-ch4",
    "ctx_src_ftm_cpaffc": "ftm-2022-01-propagandaclub",
    "ctx_src_ftm_survey": "ftm-2022-01-linkse-hobby",
    "ctx_src_cifca": "fx361-cifca",
    "ctx_src_nrc_2023": "nrc-2023-gemeenten-breken",
}


def milestone(package: Package, timeline_id: str) -> Markdown:
    """The milestone's date as readers read it, linked to the source that gives it."""
    row = package["timeline"].set_index("id").loc[timeline_id]
    return cite(package["sources"], row["source_id"], readable_date(row["date"]))


def facts(package: Package) -> dict[str, object]:
    t = package["timeline"]
    out: dict[str, object] = {name: milestone(package, tid) for name, tid in MILESTONES.items()}
    out.update({name: cite(package["sources"], sid) for name, sid in CITED_SOURCES.items()})
    out["ctx_milestones"] = len(t)
    out["ctx_first"] = readable_date(t["date"].min())
    out["ctx_last"] = readable_date(t["date"].max())
    return out


def milestones_table(package: Package) -> pd.DataFrame:
    """Every milestone in date order, with what happened and its source."""
    t = package["timeline"].sort_values(["date", "id"], kind="stable")
    return pd.DataFrame(
        {
            "When": t["date"].map(readable_date),
            "Where": t["scope"].map(SCOPES).fillna(t["scope"]),
            "Milestone": t["title"],
            "What happened": t["description"],
            "Sources": t["source_id"],
        }
    ).reset_index(drop=True)
