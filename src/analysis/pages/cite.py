"""The how-to-cite chapter: the citation and its BibTeX, from CITATION.cff."""

from __future__ import annotations

from analysis import citation
from analysis import facts as fx
from analysis.model.views import Views

FACTS = ("citation_text", "citation_version")


def facts(v: Views) -> dict[str, object]:
    return fx.compute(v, FACTS)


def bibtex() -> str:
    return citation.bibtex(citation.citation())
