"""Foreign keys between string fields, checked from one read of each referenced key and reported
as frictionless reports them."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from analysis.tables import tabular_resources
from analysis.validate.problems import Problem


def _tabular(descriptor: dict, name: str) -> dict | None:
    return next((r for r in tabular_resources(descriptor) if r["name"] == name), None)


def checked_here(descriptor: dict, name: str, foreign_key: dict) -> bool:
    """Whether a foreign key joins string fields of two tabular resources that exist: those are
    compared as text, exactly as frictionless compares them. Any other key stays with frictionless."""
    fields = foreign_key.get("fields")
    reference = foreign_key.get("reference") or {}
    target_name = reference.get("resource") or name
    source, target = _tabular(descriptor, name), _tabular(descriptor, target_name)
    if source is None or target is None or not isinstance(fields, list) or not isinstance(reference.get("fields"), list):
        return False
    if not all(isinstance(r.get("path"), str) for r in (source, target)):
        return False

    def types(resource: dict) -> dict[str, str]:
        return {f["name"]: f.get("type", "string") for f in resource["schema"]["fields"]}

    return all(types(source).get(f) == "string" for f in fields) and all(
        types(target).get(f) == "string" for f in reference["fields"]
    )


def _read_columns(root: Path, resource: dict, columns: set[str]) -> pd.DataFrame:
    """The given columns (those the file has) as text, one row per record, so that row
    `i` is CSV row `i + 2` as frictionless numbers rows; missing values (the schema's
    missingValues, by default an empty cell) as None."""
    missing = list(resource["schema"].get("missingValues", [""]))
    path, encoding = root / resource["path"], resource.get("encoding", "utf-8")
    header = pd.read_csv(path, nrows=0, encoding=encoding).columns
    frame = pd.read_csv(
        path, usecols=[c for c in header if c in columns], dtype=str, keep_default_na=False,
        skip_blank_lines=False, encoding=encoding,
    )
    return frame.astype(object).where(~frame.isin(missing), None)


def foreign_key_problems(root: Path, descriptor: dict, foreign_keys: dict[str, list[dict]]) -> dict[str, list[Problem]]:
    """Rows whose foreign key names no row of the referenced resource, per resource, in row
    order; each referenced key is read once. A file that cannot be read is skipped here
    (frictionless reports it)."""
    unreadable = (OSError, UnicodeDecodeError, ValueError, pd.errors.ParserError)
    lookups: dict[tuple[str, tuple[str, ...]], set[tuple] | None] = {}

    def lookup(target: str, key: tuple[str, ...]) -> set[tuple] | None:
        if (target, key) not in lookups:
            try:
                frame = _read_columns(root, _tabular(descriptor, target), set(key))
                cells = zip(*(frame[k] for k in key)) if set(key) <= set(frame.columns) else iter(())
                lookups[(target, key)] = {c for c in cells if set(c) != {None}}
            except unreadable:
                lookups[(target, key)] = None
        return lookups[(target, key)]

    problems: dict[str, list[Problem]] = {}
    for name, keys in foreign_keys.items():
        try:
            frame = _read_columns(root, _tabular(descriptor, name), {f for fk in keys for f in fk["fields"]})
        except unreadable:
            continue
        found: list[tuple[int, int, Problem]] = []
        for order, fk in enumerate(keys):
            fields, reference = tuple(fk["fields"]), fk["reference"]
            target, key = reference.get("resource") or name, tuple(reference["fields"])
            known = lookup(target, key)
            if known is None or not set(fields) <= set(frame.columns):
                continue
            cells = pd.Series(list(zip(*(frame[f] for f in fields))), index=frame.index, dtype=object)
            empty = frame[list(fields)].isna().all(axis=1)
            for position, values in cells[~empty & ~cells.isin(known)].items():
                note = 'for "%s": values "%s" not found in the lookup table "%s" as "%s"' % (
                    ", ".join(fields), ", ".join(str(c) for c in values), target, ", ".join(key),
                )
                found.append((position, order, Problem(name, position + 2, ",".join(fields), f"ForeignKey Error: {note}")))
        problems[name] = [problem for _, _, problem in sorted(found, key=lambda item: item[:2])]
    return problems
