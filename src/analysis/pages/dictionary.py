"""The data dictionary chapter, generated from datapackage.json: resources and their fields."""

from __future__ import annotations

import pandas as pd

from analysis.model.views import Views


def _constraints(field: dict) -> str:
    c = field.get("constraints", {})
    parts = []
    if c.get("unique"):
        parts.append("unique")
    if "enum" in c:
        parts.append("one of: " + ", ".join(map(str, c["enum"])))
    if "pattern" in c:
        parts.append(f"pattern {c['pattern']}")
    for key, word in (("minimum", "at least"), ("maximum", "at most"), ("minLength", "length at least"), ("maxLength", "length at most")):
        if key in c:
            parts.append(f"{word} {c[key]}")
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
    return pd.DataFrame(rows).astype({"Rows": "Int64"})


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
    return pd.DataFrame(
        [
            {
                "Field": f["name"],
                "Type": f.get("type", "string") + (f" ({f['format']})" if f.get("format") not in (None, "default") else ""),
                "Required": "yes" if f.get("constraints", {}).get("required") else "",
                "Constraints": _constraints(f),
                "Refers to": foreign.get(f["name"], ""),
                "Description": f.get("description", ""),
            }
            for f in schema.get("fields", [])
        ]
    )


def tabular_names(v: Views) -> list[str]:
    return [r["name"] for r in v.descriptor["resources"] if r.get("schema", {}).get("fields")]


def fields_tables(v: Views) -> dict[str, pd.DataFrame]:
    """The fields of every tabular resource, by resource name."""
    return {name: fields(v, name) for name in tabular_names(v)}
