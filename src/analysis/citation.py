"""How to cite the report: read from CITATION.cff, the one place the citation is kept."""

from __future__ import annotations

import yaml

from analysis.package import REPO_ROOT

CITATION = REPO_ROOT / "CITATION.cff"
ZENODO = REPO_ROOT / ".zenodo.json"


def citation(path=CITATION) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _authors(cff: dict) -> list[str]:
    names = []
    for a in cff.get("authors", []):
        if "name" in a:
            names.append(a["name"])
        else:
            names.append(" ".join(x for x in (a.get("given-names"), a.get("family-names")) if x))
    return names


def text(cff: dict) -> str:
    """A plain reference: authors (year). Title (version). URL."""
    year = str(cff["date-released"])[:4]
    url = cff.get("url") or cff.get("repository-code", "")
    return f"{'; '.join(_authors(cff))} ({year}). {cff['title']} (version {cff['version']}). {url}"


def bibtex(cff: dict) -> str:
    year = str(cff["date-released"])[:4]
    key = "nlchinaties" + year
    fields = {
        "author": " and ".join("{" + a + "}" for a in _authors(cff)),
        "title": "{" + cff["title"] + "}",
        "year": year,
        "version": cff["version"],
        "url": cff.get("url") or cff.get("repository-code", ""),
        "note": f"Licence {cff['license']}",
    }
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items())
    return f"@misc{{{key},\n{body}\n}}"
