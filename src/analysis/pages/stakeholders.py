"""The stakeholders chapter: who relates to whom, who decides, and every recorded decision."""

from __future__ import annotations

import pandas as pd

from analysis import book
from analysis import facts as fx
from analysis.charts import stakeholders as charts
from analysis.charts.theme import data_subtitle
from analysis.model import stakeholders as sh
from analysis.model.labels import readable_date, readable_outcome
from analysis.model.views import Views
from analysis.vocabulary import split_ids
from analysis.model import assessment as am

FACTS = ("stakeholders", "chinese_stakeholders", "stakeholder_relations", "top_stakeholder",
         "top_stakeholder_relations", "decisions", "council_decisions", "motions", "stakeholder_density")



def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def stakeholder_network(v: Views):
    subtitle = data_subtitle(v.data_date, "this report's stakeholder data")
    return charts.stakeholder_network(v["stakeholders"], v["stakeholder_relations"], subtitle, v.labels)


def degree_table(v: Views, top: int = 12) -> pd.DataFrame:
    deg = sh.degrees(v["stakeholders"], v["stakeholder_relations"]).head(top)
    return pd.DataFrame({"Organisation": deg["name"], "Group": deg["group"], "Relations": deg["relations"], "Organisations linked": deg["neighbours"]})


def decisions_table(v: Views) -> pd.DataFrame:
    """Decisions per body and kind, most first."""
    d = v["decisions"]
    counts = d.groupby(["body", "type"]).size().rename("Decisions").reset_index()
    counts = counts.assign(body=v.labels.map("body", counts["body"]), type=v.labels.map("decision_type", counts["type"]))
    return counts.rename(columns={"body": "Body", "type": "Kind"}).sort_values("Decisions", ascending=False).reset_index(drop=True)


def council_table(v: Views) -> pd.DataFrame:
    """How each authority's council was involved, where a source says so."""
    counts = am.code_meanings(v["assessments"], v["codebook"], "council_involvement")
    return pd.DataFrame({"Answer": v.labels.map("answer", counts["code"]), "Authorities": counts["authorities"], "Meaning": counts["meaning"]})


def decision_list(v: Views) -> pd.DataFrame:
    """Every recorded decision, newest first: who (a province marked as such, so Groningen the
    municipality and Groningen the province are told apart), the ties it concerns, which body,
    what kind, the outcome, the reasons as sources give them, and the source."""
    d = v["decisions"].sort_values(["date", "id"], ascending=[False, True], kind="stable")
    a = v["authorities"]
    names = {i: (f"{n} (province)" if level == "province" else n) for i, n, level in zip(a["id"], a["name"], a["level"])}
    who = d["nl_authority_id"].map(names)
    named = v.tie_names
    concern = d["partnership_ids"].map(lambda ids: "; ".join(named[t] for t in split_ids(ids) if t in named.index))
    return pd.DataFrame(
        {
            "Date": d["date"].map(readable_date),
            "Authority": who,
            "Ties": concern,
            "Body": v.labels.map("body", d["body"]),
            "Kind": v.labels.map("decision_type", d["type"]),
            "Outcome": d["outcome"].map(readable_outcome),
            "Reasons given": d["reasons"],
            "Sources": d["source_id"],
        }
    ).reset_index(drop=True)


# The decisions table's filters: column → data attribute on each row.
DECISION_FILTERS = {"Authority": "authority", "Body": "body", "Kind": "kind"}


def decision_table(v: Views) -> book.SearchableTable:
    """Every recorded decision, searchable by authority or tie and filterable by body and kind."""
    table = decision_list(v)
    names = table["Authority"] + " | " + table["Ties"]
    return book.searchable(table, "nlcn-decisions", DECISION_FILTERS, noun="decisions", sources=v["sources"], names=names)
