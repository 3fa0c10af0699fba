"""The package's tabular resources as DataFrames typed by their schemas, and the Package holding them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

_PANDAS_DTYPES = {
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "year": "Int64",
}
# Frictionless's default true and false values.
_BOOLEANS = {"true": True, "True": True, "TRUE": True, "1": True, "false": False, "False": False, "FALSE": False, "0": False}


@dataclass
class Package:
    """The package: its descriptor and one DataFrame per tabular resource."""

    path: Path
    descriptor: dict
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def __getitem__(self, name: str) -> pd.DataFrame:
        try:
            return self.tables[name]
        except KeyError:
            raise KeyError(f"no resource {name!r} in {self.path}") from None

    @property
    def root(self) -> Path:
        return self.path.parent

    def resource(self, name: str) -> dict:
        for res in self.descriptor["resources"]:
            if res["name"] == name:
                return res
        raise KeyError(f"no resource {name!r} in {self.path}")

    def file(self, name: str) -> Path:
        """Path of a resource's file (e.g. a boundary GeoJSON)."""
        return self.root / self.resource(name)["path"]


def tabular_resources(descriptor: dict) -> list[dict]:
    resources = descriptor.get("resources")
    return [r for r in resources if isinstance(r, dict) and r.get("type") == "table"] if isinstance(resources, list) else []


def _dtypes(resource: dict) -> dict[str, str]:
    return {f["name"]: _PANDAS_DTYPES.get(f.get("type", "string"), "string") for f in resource["schema"]["fields"]}


def _read_csv(root: Path, resource: dict, dtypes: dict[str, str]) -> pd.DataFrame:
    # Blank lines are kept (as rows of missing values) so that row i is always CSV line i + 2.
    frame = pd.read_csv(
        root / resource["path"],
        dtype=dtypes,
        keep_default_na=False,
        na_values={name: [""] for name in dtypes},
        skip_blank_lines=False,
        encoding="utf-8",
    )
    return frame[list(dtypes)]


def read_table(root: Path, resource: dict) -> pd.DataFrame:
    """Read one CSV resource with the dtypes its schema declares (dates stay ISO strings)."""
    return _read_csv(root, resource, _dtypes(resource))


def _convert(text: pd.Series, dtype: str) -> pd.Series:
    """A text column as `dtype`, a cell that does not convert becoming missing."""
    try:
        return text.astype(dtype)
    except (ValueError, TypeError):
        pass
    try:
        if dtype == "boolean":
            return text.map(_BOOLEANS).astype(dtype)
        number = pd.to_numeric(text, errors="coerce")
        if dtype == "Int64":
            number = number.where(number == number.round())
        return number.astype(dtype)
    except (ValueError, TypeError, OverflowError):
        return pd.Series(pd.NA, index=text.index, dtype=dtype, name=text.name)


def read_table_leniently(root: Path, resource: dict) -> tuple[pd.DataFrame, set[int]]:
    """`read_table` for a file whose cells may break its schema: a cell that is not of its
    field's type is read as missing. Also the CSV lines where that happened."""
    dtypes = _dtypes(resource)
    try:
        return _read_csv(root, resource, dtypes), set()
    except (ValueError, TypeError):
        pass
    frame = _read_csv(root, resource, dict.fromkeys(dtypes, "string"))
    lost: set[int] = set()
    for name, dtype in dtypes.items():
        if dtype == "string":
            continue
        converted = _convert(frame[name], dtype)
        gone = (frame[name].notna() & converted.isna()).to_numpy(dtype=bool)
        lost.update(int(position) + 2 for position in gone.nonzero()[0])
        frame[name] = converted
    return frame, lost


def rows_of(frame: pd.DataFrame) -> Iterable[tuple[int, dict]]:
    """Rows as {column: value} with their CSV line number (the header is line 1); missing
    values stay pd.NA. Dicts rather than iterrows' Series, which cost far more per row."""
    columns = list(frame.columns)
    for position, values in enumerate(zip(*(frame[c].tolist() for c in columns))):
        yield position + 2, dict(zip(columns, values))
