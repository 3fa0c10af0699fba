"""Rules on every resource: dates that exist, no personal data."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from analysis.tables import Package, tabular_resources
from analysis.validate import privacy
from analysis.validate.problems import Problem
from analysis.validate.rules.cells import cells
from analysis.validate.rules.registry import rule
from analysis.vocabulary import FORMULA_START, PARTIAL_DATE_PATTERN, parse_partial_date


def _string_columns(package: Package, name: str) -> list[str]:
    table = package[name]
    return [c for c in table.columns if str(table[c].dtype) == "string"]


@rule
def partial_dates_are_real(package: Package) -> Iterable[Problem]:
    """A date given as YYYY, YYYY-MM or YYYY-MM-DD is a real calendar date (no 30 February)."""
    for resource in tabular_resources(package.descriptor):
        name = resource["name"]
        if name not in package.tables:
            continue
        columns = [
            f["name"] for f in resource["schema"]["fields"]
            if f.get("constraints", {}).get("pattern") == PARTIAL_DATE_PATTERN
        ]
        for line, column, value in cells(package, name, columns):
            if parse_partial_date(value) is None:
                yield Problem(name, line, column, f"{value!r} is not a real date")


@rule
def no_personal_data(package: Package) -> Iterable[Problem]:
    """No cell holds an e-mail address, a phone number, an IBAN or a citizen service number:
    the package is about public bodies and cites public sources only."""
    for name in package.tables:
        table = package[name]
        for column in _string_columns(package, name):
            # Each distinct value is scanned once (statuses, dates, publishers and the like
            # repeat), and reported on every row that holds it.
            codes, uniques = pd.factorize(table[column], use_na_sentinel=True)
            values = list(uniques.to_numpy(dtype=object))
            for k in privacy.candidates(values):
                findings = privacy.find(values[k])
                for position in (codes == k).nonzero()[0]:
                    for finding in findings:
                        yield Problem(name, int(position) + 2, column, str(finding))




def _pattern_starts_like_a_formula(pattern: str) -> bool:
    """Whether a field's pattern itself opens with a formula character (a literal, or one in a
    leading character class, where a '-' counts only first or last, not in a range such as
    0-9), as a signed-number pattern would."""
    body = pattern[1:] if pattern.startswith("^") else pattern
    if body.startswith("["):
        members = body[1:body.find("]", 2)] if "]" in body[2:] else ""
        ranges_removed = re.sub(r"(?<=.)-(?=.)", "", members)
        return any(ch in ranges_removed for ch in "=+@") or members.startswith("-") or members.endswith("-")
    return body.startswith(("=", "+", "-", "@", "\\+", "\\-"))


@rule
def no_text_a_spreadsheet_would_run(package: Package) -> Iterable[Problem]:
    """No text cell begins like a spreadsheet formula (=, +, -, @, a tab or a carriage return),
    unless its field's pattern requires such a start: corrections come from outside, and a cell
    such as =HYPERLINK(...) would run in the reader's spreadsheet."""
    for resource in tabular_resources(package.descriptor):
        name = resource["name"]
        if name not in package.tables:
            continue
        table = package[name]
        patterns = {f["name"]: f.get("constraints", {}).get("pattern", "") for f in resource["schema"]["fields"]}
        for column in _string_columns(package, name):
            if _pattern_starts_like_a_formula(patterns.get(column, "")):
                continue  # the field's own pattern asks for such a start
            values = table[column]
            starts = values.str.startswith(FORMULA_START, na=False)
            for position in starts.to_numpy().nonzero()[0]:
                value = values.iloc[position]
                yield Problem(name, int(position) + 2, column,
                              f"{value[:20]!r} begins like a spreadsheet formula ({value[:1]!r}); write it without that first character")
