"""The page of one authority: its ties, decisions, desk-coded answers, census entry and sources."""

from __future__ import annotations

import pandas as pd

from analysis import project
from analysis.links import Link
from analysis.model.labels import capitalised, readable_date
from analysis.model.register import display_names
from analysis.model.views import Views
from analysis.profiles import html as h
from analysis.profiles.locator import locator
from analysis.profiles.ties import tie_url
from analysis.vocabulary import NOT_FOUND, split_ids
from analysis.words import say

COUNTRIES = {"NL": "the Netherlands", "CN": "China"}


def _date(value: object, lang: str, missing: str = "–") -> str:
    return missing if pd.isna(value) else readable_date(value, lang)


def with_ties(v: Views) -> list[str]:
    """Every authority on either side of a tie, in the order of the authorities table."""
    tied = set(v["partnerships"]["nl_authority_id"]) | set(v["partnerships"]["cn_authority_id"])
    return [a for a in v["authorities"]["id"] if a in tied]


def _ties(v: Views, authority_id: str) -> pd.DataFrame:
    t = v.register
    own = t[(t["nl_authority_id"] == authority_id) | (t["cn_authority_id"] == authority_id)]
    return pd.DataFrame(
        {
            say("Tie", v.lang): [Link(v.tie_names[i], tie_url(i), local=True) for i in own["id"]],
            say("Type", v.lang): v.labels.map("relation_type", own["relation_type"]),
            say("Since", v.lang): own["established"].astype("string"),
            say("Status", v.lang): v.labels.map("status", own["status"]),
            say("Status since", v.lang): own["status_since"].map(lambda d: _date(d, v.lang)),
            say("Last confirmed", v.lang): own["status_as_of"].map(lambda d: _date(d, v.lang, say("no dated source", v.lang))),
        }
    )


def _answers(v: Views, authority_id: str) -> pd.DataFrame:
    a = v["assessments"]
    own = a[a["authority_id"] == authority_id]
    questions = v["codebook"].set_index("id")
    own = own.assign(order=own["question_id"].map(questions["order"])).sort_values("order", kind="stable")
    found = own["answer"] != NOT_FOUND
    return pd.DataFrame(
        {
            say("Question", v.lang): (own["question_id"].map(questions["question"]) if v.lang == "en"
                                      else v.labels.map("question", own["question_id"])),
            say("Answer", v.lang): v.labels.map("answer", own["answer"]),
            say("What the source says", v.lang): h.english_cells(
                own["detail"].where(found, own["notes"]).map(lambda t: t if pd.isna(t) else v.labels.in_text(str(t))), v.lang),
            say("Sources", v.lang): own["source_id"].fillna(""),
        }
    )


def _decisions(v: Views, authority_id: str) -> pd.DataFrame:
    d = v["decisions"]
    own = d[d["nl_authority_id"] == authority_id].sort_values(["date", "id"], kind="stable")
    named = v.tie_names
    concern = own["partnership_ids"].map(lambda ids: "; ".join(named[t] for t in split_ids(ids) if t in named.index))
    return pd.DataFrame(
        {
            say("When", v.lang): own["date"].map(lambda d: readable_date(d, v.lang)),
            say("Body", v.lang): v.labels.map("body", own["body"], capitalise=True),
            say("Kind", v.lang): v.labels.map("decision_type", own["type"]),
            say("Ties", v.lang): concern,
            say("Outcome", v.lang): own["outcome"].map(lambda o: h.outcome(o, v.lang)),
            say("Sources", v.lang): own["source_id"],
        }
    )


def _census(v: Views, authority_id: str) -> str:
    census = v["census"]
    own = census[census["authority_id"] == authority_id]
    if own.empty:
        return ""
    row = own.iloc[0]
    languages = ", ".join(v.labels("language", code) for code in split_ids(row["languages"]))
    return h.heading(say("How it was searched", v.lang)) + h.facts([
        (say("Searched on", v.lang), h.text(readable_date(row["searched_on"], v.lang))),
        (say("In", v.lang), h.text(languages)),
        (say("Queries", v.lang), h.text(row["queries"])),
        (say("Found", v.lang), h.text(v.labels("census_result", row["result"]))),
    ])


def page(v: Views, authority_id: str) -> str:
    row = v["authorities"].set_index("id").loc[authority_id]
    known = v.authority_names[authority_id]
    # A province is named as one, so that Groningen the province and the municipality differ.
    shown = display_names(v["authorities"], v.lang)
    own_name = str(shown[authority_id])
    name = say("{name} province", v.lang, name=own_name) if row["level"] == "province" and row["country"] == "NL" else own_name
    others = [n for n in known if n != own_name]
    title = name if not others else f"{name} ({', '.join(others)})"
    level = v.labels("level", row["level"])
    top = v.top_level.get(authority_id)
    province = shown.get(top) if top and top != authority_id else None
    where = say("in {province}, ", v.lang, province=province) if province else ""
    country = say(COUNTRIES.get(row["country"], row["country"]), v.lang)
    ties = _ties(v, authority_id)
    lede = say("{name}: {level} {where}{country}, with {n} tie in this report's register." if len(ties) == 1
               else "{name}: {level} {where}{country}, with {n} ties in this report's register.",
               v.lang, name=own_name, level=level, where=where, country=country, n=len(ties))
    code_label = say("CBS code" if row["country"] == "NL" else "GB/T 2260 code", v.lang)
    local = f'<span lang="{"zh-Hans" if row["country"] == "CN" else "nl"}">{h.text(row["name_local"])}</span>'
    here = locator(v.package, row["country"], row["latitude"], row["longitude"], own_name, v.lang)
    blocks = [
        f'<div class="nlcn-locators">{here}</div>' if here else "",
        h.facts([
            (say("Name", v.lang), h.text(own_name)),
            (say("Local name", v.lang), local if not pd.isna(row["name_local"]) and row["name_local"] != own_name else ""),
            (say("Also known as", v.lang), h.text(", ".join(n for n in split_ids(row["other_names"]) if n != own_name))),
            (say("Level", v.lang), h.text(capitalised(level))),
            (say("In", v.lang), h.text(f"{province}, {country}" if province else country)),
            (code_label, h.text(row["code"])),
            (say("No longer exists since", v.lang), h.text(readable_date(row["valid_until"], v.lang)) if not pd.isna(row["valid_until"]) else ""),
        ]),
        h.heading(say("Ties", v.lang)) + h.table(ties, say("Ties of {name}", v.lang, name=own_name)),
        h.heading(say("Decisions", v.lang)) + h.table(_decisions(v, authority_id), say("Decisions of {name}", v.lang, name=own_name), v["sources"]),
        (h.heading(say("What public sources say (desk assessment)", v.lang))
         + h.table(_answers(v, authority_id), say("Desk assessment of {name}", v.lang, name=own_name), v["sources"]))
        if (v["assessments"]["authority_id"] == authority_id).any() else "",
        _census(v, authority_id),
        h.heading(say("Sources", v.lang)) + h.source_list(split_ids(row["source_ids"]), v["sources"], v.lang) if split_ids(row["source_ids"]) else "",
        h.paragraph(h.link(say("Report a correction to this page", v.lang), project.correction_url(authority_id, own_name, what="Authority"))),
    ]
    return h.page(title, lede, blocks)
