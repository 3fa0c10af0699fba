"""The data dictionary chapter, generated from datapackage.json: resources and their fields."""

from __future__ import annotations

import pandas as pd

from analysis.model.views import Views
from analysis.profiles.html import english_cells
from analysis.words import say


def _constraints(field: dict, lang: str = "en") -> str:
    c = field.get("constraints", {})
    parts = []
    if c.get("unique"):
        parts.append(say("unique", lang))
    if "enum" in c:
        parts.append(say("one of: {values}", lang, values=", ".join(map(str, c["enum"]))))
    if "pattern" in c:
        parts.append(say("pattern {pattern}", lang, pattern=c["pattern"]))
    for key, word in (("minimum", "at least"), ("maximum", "at most"), ("minLength", "length at least"), ("maxLength", "length at most")):
        if key in c:
            parts.append(f"{say(word, lang)} {c[key]}")
    return "; ".join(parts)


def resources(v: Views) -> pd.DataFrame:
    """One row per resource: name, what it holds, its file, rows and primary key."""
    package = v.package
    rows = []
    for r in package.descriptor["resources"]:
        schema = r.get("schema", {})
        rows.append(
            {
                "Resource": r["name"],
                "Title": r.get("title", ""),
                "What it holds": r.get("description", ""),
                "File": r["path"],
                "Rows": len(package[r["name"]]) if r["name"] in package.tables else None,
                "Primary key": ", ".join(schema.get("primaryKey", []) if isinstance(schema.get("primaryKey"), list) else [schema.get("primaryKey", "")]),
            }
        )
    frame = pd.DataFrame(rows).astype({"Rows": "Int64"})
    # Titles and descriptions are the descriptor's English words, marked so on another edition's page.
    frame["Title"] = english_cells(frame["Title"], v.lang)
    frame["What it holds"] = english_cells(frame["What it holds"], v.lang)
    return frame.rename(columns=lambda column: say(column, v.lang))


def fields(v: Views, name: str) -> pd.DataFrame:
    """One row per field of a tabular resource: type, required, constraints, foreign key, description."""
    package = v.package
    resource = package.resource(name)
    schema = resource.get("schema", {})
    foreign = {}
    for fk in schema.get("foreignKeys", []):
        own = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
        target = fk["reference"].get("resource") or name
        for f in own:
            foreign[f] = target
    frame = pd.DataFrame(
        [
            {
                "Field": f["name"],
                "Type": f.get("type", "string") + (f" ({f['format']})" if f.get("format") not in (None, "default") else ""),
                "Required": say("yes", v.lang) if f.get("constraints", {}).get("required") else "",
                "Constraints": _constraints(f, v.lang),
                "Refers to": foreign.get(f["name"], ""),
                "Description": f.get("description", ""),
            }
            for f in schema.get("fields", [])
        ]
    )
    frame["Description"] = english_cells(frame["Description"], v.lang)
    return frame.rename(columns=lambda column: say(column, v.lang))


def tabular_names(v: Views) -> list[str]:
    return [r["name"] for r in v.descriptor["resources"] if r.get("schema", {}).get("fields")]


def fields_tables(v: Views) -> dict[str, pd.DataFrame]:
    """The fields of every tabular resource, by resource name."""
    return {name: fields(v, name) for name in tabular_names(v)}
