"""The page of one authority: its ties, decisions, desk-coded answers, census entry and sources."""

from __future__ import annotations

import pandas as pd

from analysis import project
from analysis.links import Link
from analysis.model.labels import capitalised, readable_date, readable_outcome
from analysis.model.register import LAST_CONFIRMED, STATUS_SINCE
from analysis.model.views import Views
from analysis.profiles import html as h
from analysis.profiles.locator import locator
from analysis.profiles.ties import tie_url
from analysis.vocabulary import NOT_FOUND, split_ids

COUNTRIES = {"NL": "the Netherlands", "CN": "China"}


def with_ties(v: Views) -> list[str]:
    """Every authority on either side of a tie, in the order of the authorities table."""
    tied = set(v["partnerships"]["nl_authority_id"]) | set(v["partnerships"]["cn_authority_id"])
    return [a for a in v["authorities"]["id"] if a in tied]


def _ties(v: Views, authority_id: str) -> pd.DataFrame:
    t = v.register
    own = t[(t["nl_authority_id"] == authority_id) | (t["cn_authority_id"] == authority_id)]
    return pd.DataFrame(
        {
            "Tie": [Link(v.tie_names[i], tie_url(i), local=True) for i in own["id"]],
            "Type": v.labels.map("relation_type", own["relation_type"]),
            "Formalised": own["established"].astype("string"),
            "Status": v.labels.map("status", own["status"]),
            STATUS_SINCE: own["status_since"].map(lambda d: "–" if pd.isna(d) else readable_date(d)),
            LAST_CONFIRMED: own["status_as_of"].map(lambda d: "no dated source" if pd.isna(d) else readable_date(d)),
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
            "Question": own["question_id"].map(questions["question"]),
            "Answer": v.labels.map("answer", own["answer"]),
            "What the source says": own["detail"].where(found, own["notes"]).map(lambda t: t if pd.isna(t) else v.labels.in_text(str(t))),
            "Sources": own["source_id"].fillna(""),
        }
    )


def _decisions(v: Views, authority_id: str) -> pd.DataFrame:
    d = v["decisions"]
    own = d[d["nl_authority_id"] == authority_id].sort_values(["date", "id"], kind="stable")
    named = v.tie_names
    concern = own["partnership_ids"].map(lambda ids: "; ".join(named[t] for t in split_ids(ids) if t in named.index))
    return pd.DataFrame(
        {
            "When": own["date"].map(readable_date),
            "Body": v.labels.map("body", own["body"], capitalise=True),
            "Kind": v.labels.map("decision_type", own["type"]),
            "Ties": concern,
            "Outcome": own["outcome"].map(readable_outcome),
            "Sources": own["source_id"],
        }
    )


def _census(v: Views, authority_id: str) -> str:
    census = v["census"]
    own = census[census["authority_id"] == authority_id]
    if own.empty:
        return ""
    row = own.iloc[0]
    languages = ", ".join(v.labels("language", code) for code in split_ids(row["languages"]))
    return h.heading("How it was searched") + h.facts([
        ("Searched on", h.text(readable_date(row["searched_on"]))),
        ("In", h.text(languages)),
        ("Queries", h.text(row["queries"])),
        ("Found", h.text(v.labels("census_result", row["result"]))),
    ])


def page(v: Views, authority_id: str) -> str:
    row = v["authorities"].set_index("id").loc[authority_id]
    known = v.authority_names[authority_id]
    # A province is named as one, so that Groningen the province and the municipality differ.
    name = f"{row['name']} province" if row["level"] == "province" and row["country"] == "NL" else row["name"]
    title = name if len(known) == 1 else f"{name} ({', '.join(known[1:])})"
    level = v.labels("level", row["level"])
    top = v.top_level.get(authority_id)
    province = v["authorities"].set_index("id")["name"].get(top) if top and top != authority_id else None
    where = f"in {province}, " if province else ""
    country = COUNTRIES.get(row["country"], row["country"])
    ties = _ties(v, authority_id)
    lede = f"{row['name']}: {level} {where}{country}, with {len(ties)} tie{'s' if len(ties) != 1 else ''} in this report's register."
    code_label = "CBS code" if row["country"] == "NL" else "GB/T 2260 code"
    local = f'<span lang="{"zh-Hans" if row["country"] == "CN" else "nl"}">{h.text(row["name_local"])}</span>'
    here = locator(v.package, row["country"], row["latitude"], row["longitude"], str(row["name"]))
    blocks = [
        f'<div class="nlcn-locators">{here}</div>' if here else "",
        h.facts([
            ("Name", h.text(row["name"])),
            ("Local name", local if not pd.isna(row["name_local"]) else ""),
            ("Also known as", h.text(", ".join(split_ids(row["other_names"])))),
            ("Level", h.text(capitalised(level))),
            ("In", h.text(f"{province}, {country}" if province else country)),
            (code_label, h.text(row["code"])),
            ("No longer exists since", h.text(readable_date(row["valid_until"])) if not pd.isna(row["valid_until"]) else ""),
        ]),
        h.heading("Ties") + h.table(ties, f"Ties of {row['name']}"),
        h.heading("Decisions") + h.table(_decisions(v, authority_id), f"Decisions of {row['name']}", v["sources"]),
        (h.heading("What public sources say (desk assessment)") + h.table(_answers(v, authority_id), f"Desk assessment of {row['name']}", v["sources"]))
        if (v["assessments"]["authority_id"] == authority_id).any() else "",
        _census(v, authority_id),
        h.heading("Sources") + h.source_list(split_ids(row["source_ids"]), v["sources"]) if split_ids(row["source_ids"]) else "",
        h.paragraph(h.link("Report a correction to this page", project.correction_url(authority_id, str(row["name"]), what="Authority"))),
    ]
    return h.page(title, lede, blocks)
