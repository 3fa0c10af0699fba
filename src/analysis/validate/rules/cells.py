"""What rules of several sections read from the tables: which are there, non-empty cells, dates."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pandas as pd

from analysis.tables import Package
from analysis.vocabulary import parse_partial_date


def has(package: Package, *names: str) -> bool:
    return all(name in package.tables for name in names)


def as_date(value: object) -> date | None:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    span = parse_partial_date(str(value))
    return span[0] if span else None


def cells(package: Package, name: str, columns: list[str]) -> Iterable[tuple[int, str, str]]:
    """(CSV line, column, value) of every non-empty cell in the given columns."""
    table = package[name]
    for column in columns:
        for position, value in enumerate(table[column].to_numpy(dtype=object, na_value=None)):
            if value is not None:
                yield position + 2, column, value
