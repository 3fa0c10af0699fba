"""The bibliography, generated from the `sources` resource (there is no hand-kept list)."""

from __future__ import annotations

import pandas as pd

from analysis import facts as fx
from analysis.links import InLanguage, Link
from analysis.model.labels import readable_date
from analysis.model.sources import archive_url
from analysis.model.views import Views
from analysis.words import say

FACTS = ("sources", "cited_sources", "uncited_sources", "dated_sources", "undated_sources")
FILTERS = {"Kind": "kind", "Language": "language"}


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def filters(lang: str = "en") -> dict[str, str]:
    """The bibliography's filters, by the edition's column names."""
    return {say(column, lang): attribute for column, attribute in FILTERS.items()}


def _published_as_read(published: object, where: object, checked: object, lang: str = "en") -> object:
    """A source's publication date and where it can be seen, or 'undated' and what was checked
    (the data's English words, marked so on another edition's page)."""
    if pd.isna(published):
        if pd.isna(checked):
            return say("undated", lang)
        return f"undated ({checked})" if lang == "en" else InLanguage(f"{say('undated', lang)} ({checked})", "en")
    day = readable_date(published, lang)
    return say("{day} (in the address)", lang, day=day) if where == "address" else day


def entries(v: Views) -> pd.DataFrame:
    """Every source, sorted by publisher then date: a linked title, publisher, dates, kind, language,
    and how many rows of the package cite it."""
    s = v["sources"].copy()
    s["cited"] = s["id"].map(v.citations).fillna(0).astype("int64")
    s = s.sort_values(["publisher", "published", "title"], key=lambda c: c.str.lower(), na_position="last", kind="stable")
    lang = v.lang
    return pd.DataFrame(
        {
            say("Publisher", lang): s["publisher"],
            say("Title", lang): [Link(t, u) for t, u in zip(s["title"], s["url"])],
            # A copy to fall back on when the address no longer works.
            say("Archived copy", lang): [Link(say("archived copy", lang), archive_url(u, a)) for u, a in zip(s["url"], s["accessed"])],
            say("Published", lang): [_published_as_read(p, f, c, lang) for p, f, c in zip(s["published"], s["date_from"], s["date_checked"])],
            say("Read on", lang): s["accessed"].map(lambda d: readable_date(d, lang)),
            say("Kind", lang): v.labels.map("source_kind", s["kind"]),
            say("Language", lang): v.labels.map("language", s["language"], capitalise=True),
            say("Cited by rows", lang): s["cited"],
            say("Key", lang): s["id"],
        }
    ).reset_index(drop=True)
