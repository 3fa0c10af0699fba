"""The page of one tie: both sides, type, founding, status and what set it, history, decisions, sources."""

from __future__ import annotations

import pandas as pd

from analysis import project
from analysis.links import Link
from analysis.model import reasons as rs
from analysis.model.labels import capitalised, outcome_reported, readable_date
from analysis.model.views import Views
from analysis.profiles import html as h
from analysis.profiles.locator import locator
from analysis.vocabulary import SETS_STATUS, latest_status_events, split_ids
from analysis.words import say

# Outcomes that leave a matter open (no source reports how it ended): the page says so in plain
# words. A proposal that was overruled or a vote that was postponed and held later is not open.
OPEN_OUTCOMES = ("unknown", "not confirmed", "no final decision")


def authority_url(authority_id: str) -> str:
    """Where an authority's page is, seen from another generated page."""
    return f"../authorities/{authority_id}.html"


def tie_url(tie_id: str, from_chapter: bool = False) -> str:
    """Where a tie's page is, from another generated page or (`from_chapter`) from a chapter."""
    return f"ties/{tie_id}.html" if from_chapter else f"../ties/{tie_id}.html"


def decisions_of(v: Views, tie_id: str) -> pd.DataFrame:
    """The decisions that concern a tie, oldest first."""
    links = rs.decision_ties(v["decisions"])
    ids = links.loc[links["partnership_id"] == tie_id, "decision_id"]
    own = v["decisions"][v["decisions"]["id"].isin(ids)]
    return own.sort_values(["date", "id"], kind="stable")


def _definition(v: Views, relation_type: str) -> str:
    """What the type means, as the data package defines it."""
    fields = v.package.resource("partnerships")["schema"]["fields"]
    key = "definitions" if v.lang == "en" else f"definitions_{v.lang}"
    definitions = next((f.get(key, {}) for f in fields if f["name"] == "relation_type"), {})
    meaning = definitions.get(relation_type)
    return f'<br><span class="nlcn-definition">{h.text(meaning)}</span>' if meaning else ""


def _type_evidence(v: Views, row: pd.Series) -> str:
    """The words of the source that state the type, beside its link."""
    if "type_quote" not in row or pd.isna(row["type_quote"]):
        return ""
    words = _quoted(row["type_quote"], row["type_quote_en"])
    return f'<br><span class="nlcn-evidence">{h.text(words)} ({h.cited(row["type_source_id"], v["sources"])})</span>'


def _quoted(quote: object, english: object) -> object:
    """A source's own words, with their English rendering where they are not in English."""
    if pd.isna(quote):
        return pd.NA
    return f"“{quote}”" + (f" ({english})" if not pd.isna(english) else "")


def is_open(outcome: object) -> bool:
    return pd.isna(outcome) or any(word in str(outcome).lower() for word in OPEN_OUTCOMES)


def _side(v: Views, row: pd.Series, prefix: str) -> str:
    name, local = row[f"{prefix}_name"], row[f"{prefix}_name_local"]
    label = v.labels("level", row[f"{prefix}_level"])
    where = row[f"{prefix}_province"]
    local_text = f' (<span lang="{"zh-Hans" if prefix == "cn" else "nl"}">{h.text(local)}</span>)' if not pd.isna(local) and local != name else ""
    place = f", {h.text(where)}" if where and where != name and not where.startswith("(") else ""
    return f"{h.link(str(name), authority_url(row[f'{prefix}_authority_id']), local=True)}{local_text}: {h.text(label)}{place}"


def _status(v: Views, row: pd.Series, events: pd.DataFrame) -> list[tuple[str, str]]:
    status = v.labels("status", row["status"])
    out = [(say("Status", v.lang), h.text(capitalised(status)))]
    setting = latest_status_events(events)
    if row["id"] in setting.index and setting.loc[row["id"], "type"] in SETS_STATUS.get(row["status"], ()):
        event = setting.loc[row["id"]]
        kind = v.labels("event_type", event["type"])
        when = readable_date(event["date"], v.lang)
        out.append((say("Status since", v.lang), f"{h.text(when)}: {h.text(kind)} ({h.cited(event['source_id'], v['sources'])})"))
    confirmed = (h.text(readable_date(row["status_as_of"], v.lang)) if not pd.isna(row["status_as_of"])
                 else say("no dated source confirms it", v.lang))
    if "status_quote" in row and not pd.isna(row["status_quote"]):
        words = h.text(_quoted(row["status_quote"], row["status_quote_en"]))
        confirmed += f'<br><span class="nlcn-evidence">{words} ({h.cited(row["status_source_id"], v["sources"])})</span>'
    out.append((say("Last confirmed", v.lang), confirmed))
    ended = events[events["type"] == "ended"]
    if len(ended):
        first = ended.sort_values("date").iloc[0]
        out.append((say("Ended", v.lang), f"{h.text(readable_date(first['date'], v.lang))} ({h.cited(first['source_id'], v['sources'])})"))
    return out


def _pending(v: Views, decisions: pd.DataFrame) -> str:
    items = []
    for d in decisions.itertuples():
        if not is_open(d.outcome):
            continue
        kind = say("{kind} of {date}", v.lang, kind=v.labels("decision_type", d.type), date=readable_date(d.date, v.lang))
        what = f"{capitalised(v.labels('body', d.body))}, {kind}"
        shown = (h.english(d.outcome, v.lang) if outcome_reported(d.outcome)
                 else h.text(say("outcome not found in public sources", v.lang)))
        items.append(f"<li>{h.text(what)}: {shown}.</li>")
    return f'<ul class="nlcn-pending">{"".join(items)}</ul>' if items else ""


def page(v: Views, tie_id: str) -> str:
    register = v.register.set_index("id")
    row = register.loc[tie_id].copy()
    row["id"] = tie_id
    events = v["events"][v["events"]["partnership_id"] == tie_id].sort_values(["date", "id"], kind="stable")
    decisions = decisions_of(v, tie_id)
    label = v.tie_names[tie_id]
    kind = v.labels("relation_type", row["relation_type"])
    known = not pd.isna(row["established"])
    founded = str(int(row["established"])) if known else say("not known from public sources", v.lang)
    lede = say(
        "A tie between {nl} in the Netherlands and {cn} in China: {kind}, since {year}, {status}." if known
        else "A tie between {nl} in the Netherlands and {cn} in China: {kind}, start not known, {status}.",
        v.lang, nl=row["nl_name"], cn=row["cn_name"], kind=kind, year=founded, status=v.labels("status", row["status"]),
    )
    history = pd.DataFrame(
        {
            say("When", v.lang): events["date"].map(lambda d: readable_date(d, v.lang)),
            say("Event", v.lang): v.labels.map("event_type", events["type"], capitalise=True),
            say("What happened", v.lang): h.english_cells(events["description"], v.lang),
            say("In the source's words", v.lang): [_quoted(q, e) for q, e in zip(events["quote"], events["quote_en"])],
            say("Sources", v.lang): events["source_id"],
        }
    )
    decided = pd.DataFrame(
        {
            say("When", v.lang): decisions["date"].map(lambda d: readable_date(d, v.lang)),
            say("Body", v.lang): v.labels.map("body", decisions["body"], capitalise=True),
            say("Kind", v.lang): v.labels.map("decision_type", decisions["type"]),
            say("Outcome", v.lang): decisions["outcome"].map(lambda o: h.outcome(o, v.lang)),
            say("Vote", v.lang): h.english_cells(decisions["vote"], v.lang),
            say("Reasons given", v.lang): h.english_cells(decisions["reasons"], v.lang),
            say("In the source's words", v.lang): [_quoted(q, e) for q, e in zip(decisions["quote"], decisions["quote_en"])],
            say("Sources", v.lang): decisions["source_id"],
        }
    )
    pending = _pending(v, decisions)
    source_ids = split_ids(row["source_ids"]) + list(events["source_id"]) + list(decisions["source_id"])
    correction = project.correction_url(tie_id, label)
    points = v["authorities"].set_index("id")
    maps = "".join(
        locator(v.package, country, points.loc[row[f"{side}_authority_id"], "latitude"], points.loc[row[f"{side}_authority_id"], "longitude"], str(row[f"{side}_name"]), v.lang)
        for side, country in (("nl", "NL"), ("cn", "CN"))
    )
    blocks = [
        f'<div class="nlcn-locators">{maps}</div>' if maps else "",
        h.facts([
            (say("Dutch side", v.lang), _side(v, row, "nl")),
            (say("Chinese side", v.lang), _side(v, row, "cn")),
            (say("Type", v.lang), h.text(capitalised(kind)) + _definition(v, row["relation_type"]) + _type_evidence(v, row)),
            (say("Since", v.lang), h.text(founded)),
            *_status(v, row, events),
            (say("Themes", v.lang), h.english(row["themes"], v.lang)),
        ]),
        h.heading(say("Open matters", v.lang)) + pending if pending else "",
        h.heading(say("History", v.lang)) + h.table(history, say("Events in the tie {tie}", v.lang, tie=label), v["sources"]) if len(history) else "",
        h.heading(say("Decisions", v.lang)) + h.table(decided, say("Decisions concerning {tie}", v.lang, tie=label), v["sources"]) if len(decided) else "",
        h.heading(say("Notes", v.lang)) + h.paragraph(h.english(v.labels.in_text(str(row["notes"])), v.lang)) if not pd.isna(row["notes"]) else "",
        h.heading(say("Sources", v.lang)) + h.source_list(source_ids, v["sources"], v.lang),
        h.paragraph(h.link(say("Report a correction to this tie", v.lang), correction)),
    ]
    return h.page(label, lede, blocks)


def register_link(tie_id: str, text: str) -> Link:
    """A link from the register chapter to a tie's page."""
    return Link(text, tie_url(tie_id, from_chapter=True), local=True)
