"""Rules on the sources and the lists of ids that cite them: well-formed URLs, ids that exist, dates in order."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

import pandas as pd

from analysis.tables import Package, rows_of
from analysis.validate.problems import Problem
from analysis.validate.rules.cells import as_date, cells
from analysis.validate.rules.registry import rule
from analysis.vocabulary import parse_partial_date, split_ids


_URL_UNSAFE = re.compile(r"[\s\x00-\x1f\x7f<>\"'\\]")
_HOST_LABEL = re.compile(r"(?!-)[\w-]{1,63}(?<!-)")
_IPV4 = re.compile(r"\d{1,3}(\.\d{1,3}){3}")


def url_problem(url: str) -> str | None:
    """Why a source URL is not a well-formed absolute http(s) address with a host, or None."""
    if _URL_UNSAFE.search(url):
        return "contains a space, a quote or a control character"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"cannot be parsed ({exc})"
    if parts.scheme not in ("http", "https"):
        return "is not an http(s) address"
    host = parts.hostname or ""
    if not host:
        return "has no host"
    if port == 0:
        return "has port 0"
    labels = host.rstrip(".").split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.fullmatch(label) for label in labels) or "_" in host:
        return f"has no valid host name ({host!r})"
    if labels[-1].isdigit() and not _IPV4.fullmatch(host):
        return f"has no valid host name ({host!r})"
    return None


@rule
def source_urls_are_well_formed(package: Package) -> Iterable[Problem]:
    """Every source URL is an absolute http(s) address with a valid host name."""
    if "sources" not in package.tables:
        return
    for line, _, url in cells(package, "sources", ["url"]):
        problem = url_problem(url)
        if problem:
            yield Problem("sources", line, "url", f"{url!r} {problem}")


# Columns holding several ids separated by semicolons, and the resource those ids name.
LIST_REFERENCES = {"source_ids": "sources", "partnership_ids": "partnerships", "authority_ids": "authorities"}
REQUIRED_LISTS = {"source_ids", "partnership_ids"}


def _field_required(package: Package, resource: str, column: str) -> bool:
    """Whether the schema makes a field required (a list of ids may be optional)."""
    try:
        fields = package.resource(resource)["schema"]["fields"]
    except KeyError:
        return True
    spec = next((f for f in fields if f["name"] == column), {})
    return bool(spec.get("constraints", {}).get("required", False))


@rule
def listed_ids_exist(package: Package) -> Iterable[Problem]:
    """Every id in a semicolon-separated list (sources, ties, authorities) names an existing row;
    every source and tie list names at least one."""
    for name, table in package.tables.items():
        for column, target in LIST_REFERENCES.items():
            if column not in table.columns or target not in package.tables:
                continue
            known = set(package[target]["id"].dropna())
            required = column in REQUIRED_LISTS and _field_required(package, name, column)
            for line, row in rows_of(table):
                ids = split_ids(row[column])
                if not ids and required:
                    yield Problem(name, line, column, f"no {target[:-1].replace('partnership', 'tie')} cited")
                for value in ids:
                    if value not in known:
                        yield Problem(name, line, column, f"unknown {target[:-1]} {value!r}")


@rule
def sources_not_published_after_read(package: Package) -> Iterable[Problem]:
    """A source is not published after the date it was read (unreal dates: partial_dates_are_real)."""
    if "sources" not in package.tables:
        return
    for line, row in rows_of(package["sources"]):
        published = row["published"]
        if pd.isna(published):
            continue
        span = parse_partial_date(published)
        if span is not None and span[0] > as_date(row["accessed"]):
            yield Problem("sources", line, "published", f"{published} is after the access date {row['accessed']}")


@rule
def sources_are_dated_or_say_what_was_checked(package: Package) -> Iterable[Problem]:
    """A source with a publication date says where it can be seen (on the page or in its
    address); one without says what was checked for a date, so that 'undated' is a finding."""
    if "sources" not in package.tables:
        return
    table = package["sources"]
    if "date_from" not in table.columns or "date_checked" not in table.columns:
        return
    for line, row in rows_of(table):
        dated = not pd.isna(row["published"])
        if dated and pd.isna(row["date_from"]):
            yield Problem("sources", line, "date_from", "a dated source must say where its date can be seen (page or address)")
        if not dated and not pd.isna(row["date_from"]):
            yield Problem("sources", line, "date_from", "an undated source has no place its date was seen")
        if not dated and (pd.isna(row["date_checked"]) or not str(row["date_checked"]).strip()):
            yield Problem("sources", line, "date_checked", "an undated source must say what was checked for a date")
