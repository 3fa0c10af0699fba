"""The stakeholders chapter: who relates to whom, who decides, and every recorded decision."""

from __future__ import annotations

import pandas as pd

from analysis import book
from analysis import facts as fx
from analysis.charts import stakeholders as charts
from analysis.charts.theme import data_subtitle
from analysis.model import stakeholders as sh
from analysis.model.labels import readable_date
from analysis.model.views import Views
from analysis.vocabulary import split_ids
from analysis.profiles.html import english_cells, outcome
from analysis.words import say
from analysis.model import assessment as am
from analysis.model import register as reg

FACTS = ("stakeholders", "chinese_stakeholders", "stakeholder_relations", "top_stakeholder",
         "top_stakeholder_relations", "decisions", "council_decisions", "motions", "stakeholder_density")



def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def stakeholder_network(v: Views):
    subtitle = data_subtitle(v.data_date, "this report's stakeholder data", v.lang)
    return charts.stakeholder_network(sh.named(v["stakeholders"], v.lang), v["stakeholder_relations"], subtitle, v.labels)


def degree_table(v: Views, top: int = 12) -> pd.DataFrame:
    deg = sh.degrees(sh.named(v["stakeholders"], v.lang), v["stakeholder_relations"]).head(top)
    # A Dutch organisation goes by its own name; the others' names are the data's English ones.
    names = deg["name"].where(deg["country"] == "NL", english_cells(deg["name"], v.lang))
    return pd.DataFrame({say("Organisation", v.lang): names, say("Group", v.lang): deg["group"].map(lambda g: say(g, v.lang)),
                         say("Relations", v.lang): deg["relations"], say("Organisations linked", v.lang): deg["neighbours"]})


def decisions_table(v: Views) -> pd.DataFrame:
    """Decisions per body and kind, most first."""
    d = v["decisions"]
    counts = d.groupby(["body", "type"]).size().rename("decisions").reset_index()
    counts = counts.assign(body=v.labels.map("body", counts["body"]), type=v.labels.map("decision_type", counts["type"]))
    counts = counts.sort_values("decisions", ascending=False).reset_index(drop=True)
    return counts.rename(columns={"body": say("Body", v.lang), "type": say("Kind", v.lang), "decisions": say("Decisions", v.lang)})


def council_table(v: Views) -> pd.DataFrame:
    """How each authority's council was involved, where a source says so."""
    counts = am.code_meanings(v["assessments"], v["codebook"], "council_involvement")
    return pd.DataFrame({say("Answer", v.lang): v.labels.map("answer", counts["code"]), say("Authorities", v.lang): counts["authorities"],
                         say("Meaning", v.lang): english_cells(counts["meaning"], v.lang)})


def decision_list(v: Views) -> pd.DataFrame:
    """Every recorded decision, newest first: who (a province marked as such, so Groningen the
    municipality and Groningen the province are told apart), the ties it concerns, which body,
    what kind, the outcome, the reasons as sources give them, and the source."""
    d = v["decisions"].sort_values(["date", "id"], ascending=[False, True], kind="stable")
    a = v["authorities"]
    shown = reg.display_names(a, v.lang)
    names = {i: (n + say(" (province)", v.lang) if level == "province" else n) for i, n, level in zip(a["id"], shown, a["level"])}
    who = d["nl_authority_id"].map(names)
    named = v.tie_names
    concern = d["partnership_ids"].map(lambda ids: "; ".join(named[t] for t in split_ids(ids) if t in named.index))
    return pd.DataFrame(
        {
            say("Date", v.lang): d["date"].map(lambda date: readable_date(date, v.lang)),
            say("Authority", v.lang): who,
            say("Ties", v.lang): concern,
            say("Body", v.lang): v.labels.map("body", d["body"]),
            say("Kind", v.lang): v.labels.map("decision_type", d["type"]),
            say("Outcome", v.lang): d["outcome"].map(lambda value: outcome(value, v.lang)),
            say("Reasons given", v.lang): english_cells(d["reasons"], v.lang),
            say("Sources", v.lang): d["source_id"],
        }
    ).reset_index(drop=True)


# The decisions table's filters: column → data attribute on each row.
DECISION_FILTERS = {"Authority": "authority", "Body": "body", "Kind": "kind"}


def decision_table(v: Views) -> book.SearchableTable:
    """Every recorded decision, searchable by authority or tie and filterable by body and kind."""
    table = decision_list(v)
    names = table[say("Authority", v.lang)] + " | " + table[say("Ties", v.lang)]
    filters = {say(column, v.lang): attribute for column, attribute in DECISION_FILTERS.items()}
    return book.searchable(table, "nlcn-decisions", filters, noun=say("decisions", v.lang), sources=v["sources"], names=names, lang=v.lang)
