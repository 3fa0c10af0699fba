"""The page of a Dutch authority the register has no tie for: what the census searched and found."""

from __future__ import annotations

import pandas as pd

from analysis import project
from analysis.links import slug
from analysis.model import census as cs
from analysis.model.labels import capitalised, readable_date
from analysis.model.views import Views
from analysis.profiles import html as h
from analysis.profiles.locator import locator, point_of
from analysis.profiles.ties import tie_url
from analysis.vocabulary import split_ids
from analysis.words import say


def page_ids(census: pd.DataFrame) -> pd.Series:
    """The page of every census row, by the row's index: the authority's id where the register
    has the authority, otherwise one made from its name (nl-aa-en-hunze)."""
    made = "nl-" + census["name"].map(slug)
    return census["authority_id"].fillna(made)


def _searched(v: Views, row: pd.Series) -> str:
    languages = ", ".join(v.labels("language", code) for code in split_ids(row["languages"]))
    return h.facts([
        (say("Searched on", v.lang), h.text(readable_date(row["searched_on"], v.lang))),
        (say("In", v.lang), h.text(languages)),
        (say("Kinds of source", v.lang), h.english(row["source_kinds"], v.lang)),
        (say("Queries", v.lang), h.text(row["queries"])),
        (say("Found", v.lang), h.text(capitalised(v.labels("census_result", row["result"])))),
        (say("The lead", v.lang), h.english(v.labels.in_text(str(row["lead"])), v.lang) if not pd.isna(row["lead"]) else ""),
        (say("Notes", v.lang), h.english(v.labels.in_text(str(row["notes"])), v.lang) if not pd.isna(row["notes"]) else ""),
    ])


def _ties(v: Views, row: pd.Series) -> str:
    """The ties the census names for the authority (a merged municipality's, say), linked."""
    ids = [t for t in split_ids(row["partnership_ids"]) if t in v.tie_names.index]
    if not ids:
        return ""
    items = "".join(f"<li>{h.link(v.tie_names[t], tie_url(t), local=True)}</li>" for t in ids)
    return h.heading(say("Ties", v.lang)) + f"<ul>{items}</ul>"


def page(v: Views, row: pd.Series) -> str:
    """The page of one census row (its name, kind, province and what was searched and found)."""
    kind = v.labels("census_kind", row["kind"])
    province = row["province"] if not pd.isna(row["province"]) else None
    where = say(" in {province}", v.lang, province=province) if province and row["kind"] != "province" else ""
    name = say("{name} province", v.lang, name=row["name"]) if row["kind"] == "province" else str(row["name"])
    found = say({
        "no_tie_found": "The searches of public sources listed below found no tie with a Chinese government.",
        "lead": "The searches found a lead that no source confirms (below); the register has no tie.",
        "tie_found": "The searches found the ties listed below.",
    }[row["result"]], v.lang)
    lede = say("{name}: {kind}{where}, the Netherlands. {found}", v.lang, name=row["name"], kind=kind, where=where, found=found)
    point = point_of(v.package, row["code"]) if not pd.isna(row["code"]) else None
    here = locator(v.package, "NL", point[0], point[1], str(row["name"]), v.lang) if point else ""
    meaning = say(
        "“No tie found” means that these searches found nothing, not that there never was a tie. "
        "Know of one? Please tell us, with a public source.", v.lang)
    country = say("the Netherlands", v.lang)
    blocks = [
        f'<div class="nlcn-locators">{here}</div>' if here else "",
        h.facts([
            (say("Name", v.lang), h.text(row["name"])),
            (say("Kind", v.lang), h.text(capitalised(kind))),
            (say("In", v.lang), h.text(say("{province}, the Netherlands", v.lang, province=province) if where else country)),
            (say("CBS code", v.lang), h.text(row["code"])),
        ]),
        _ties(v, row),
        h.heading(say("How it was searched", v.lang)) + _searched(v, row),
        h.paragraph(h.text(meaning)) if row["result"] != "tie_found" else "",
        h.paragraph(
            h.link(say("The census of every Dutch authority", v.lang), "../census.html", local=True) + " · "
            + h.link(say("The register of ties", v.lang), "../register.html", local=True)
        ),
        h.paragraph(h.link(say("Report a tie or a correction for this page", v.lang), project.correction_url(row["id"], str(row["name"]), what="Census entry"))),
    ]
    return h.page(name, lede, blocks)


def pages(v: Views, taken: set[str]) -> dict[str, str]:
    """The page of every census row whose authority has no page of its own (`taken`), by page id."""
    census = cs.census_with_ties(v["census"], v.register, v["authorities"], v.lang)
    ids = page_ids(census)
    out = {}
    for index, row in census.iterrows():
        page_id = ids[index]
        if page_id in taken:
            continue
        if page_id in out:
            raise ValueError(f"census rows {row['id']!r} and another both make the page {page_id!r}")
        out[page_id] = page(v, row)
    return out
