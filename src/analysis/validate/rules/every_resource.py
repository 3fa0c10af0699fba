"""Rules on every resource: dates that exist, no personal data."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analysis.tables import Package, tabular_resources
from analysis.validate import privacy
from analysis.validate.problems import Problem
from analysis.validate.rules.cells import cells
from analysis.validate.rules.registry import rule
from analysis.vocabulary import PARTIAL_DATE_PATTERN, parse_partial_date


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
