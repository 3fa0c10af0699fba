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


def page_ids(census: pd.DataFrame) -> pd.Series:
    """The page of every census row, by the row's index: the authority's id where the register
    has the authority, otherwise one made from its name (nl-aa-en-hunze)."""
    made = "nl-" + census["name"].map(slug)
    return census["authority_id"].fillna(made)


def _searched(v: Views, row: pd.Series) -> str:
    languages = ", ".join(v.labels("language", code) for code in split_ids(row["languages"]))
    return h.facts([
        ("Searched on", h.text(readable_date(row["searched_on"]))),
        ("In", h.text(languages)),
        ("Kinds of source", h.text(row["source_kinds"])),
        ("Queries", h.text(row["queries"])),
        ("Found", h.text(capitalised(v.labels("census_result", row["result"])))),
        ("The lead", h.text(v.labels.in_text(str(row["lead"]))) if not pd.isna(row["lead"]) else ""),
        ("Notes", h.text(v.labels.in_text(str(row["notes"]))) if not pd.isna(row["notes"]) else ""),
    ])


def _ties(v: Views, row: pd.Series) -> str:
    """The ties the census names for the authority (a merged municipality's, say), linked."""
    ids = [t for t in split_ids(row["partnership_ids"]) if t in v.tie_names.index]
    if not ids:
        return ""
    items = "".join(f"<li>{h.link(v.tie_names[t], tie_url(t), local=True)}</li>" for t in ids)
    return h.heading("Ties") + f"<ul>{items}</ul>"


def page(v: Views, row: pd.Series) -> str:
    """The page of one census row (its name, kind, province and what was searched and found)."""
    kind = v.labels("census_kind", row["kind"])
    province = row["province"] if not pd.isna(row["province"]) else None
    where = f" in {province}" if province and row["kind"] != "province" else ""
    name = f"{row['name']} province" if row["kind"] == "province" else str(row["name"])
    found = {
        "no_tie_found": "The searches of public sources listed below found no tie with a Chinese government.",
        "lead": "The searches found a lead that no source confirms (below); the register has no tie.",
        "tie_found": "The searches found the ties listed below.",
    }[row["result"]]
    lede = f"{row['name']}: {kind}{where}, the Netherlands. {found}"
    point = point_of(v.package, row["code"]) if not pd.isna(row["code"]) else None
    here = locator(v.package, "NL", point[0], point[1], str(row["name"])) if point else ""
    meaning = (
        "“No tie found” means that these searches found nothing, not that there never was a tie. "
        "Know of one? Please tell us, with a public source."
    )
    blocks = [
        f'<div class="nlcn-locators">{here}</div>' if here else "",
        h.facts([
            ("Name", h.text(row["name"])),
            ("Kind", h.text(capitalised(kind))),
            ("In", h.text(f"{province}, the Netherlands" if where else "the Netherlands")),
            ("CBS code", h.text(row["code"])),
        ]),
        _ties(v, row),
        h.heading("How it was searched") + _searched(v, row),
        h.paragraph(h.text(meaning)) if row["result"] != "tie_found" else "",
        h.paragraph(
            h.link("The census of every Dutch authority", "../census.html", local=True) + " · "
            + h.link("The register of ties", "../register.html", local=True)
        ),
        h.paragraph(h.link("Report a tie or a correction for this page", project.correction_url(row["id"], str(row["name"]), what="Census entry"))),
    ]
    return h.page(name, lede, blocks)


def pages(v: Views, taken: set[str]) -> dict[str, str]:
    """The page of every census row whose authority has no page of its own (`taken`), by page id."""
    census = cs.census_with_ties(v["census"], v.register, v["authorities"])
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
