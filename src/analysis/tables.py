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


def read_table(root: Path, resource: dict) -> pd.DataFrame:
    """Read one CSV resource with the dtypes its schema declares (dates stay ISO strings)."""
    fields = resource["schema"]["fields"]
    dtypes = {f["name"]: _PANDAS_DTYPES.get(f.get("type", "string"), "string") for f in fields}
    frame = pd.read_csv(
        root / resource["path"],
        dtype=dtypes,
        keep_default_na=False,
        na_values={name: [""] for name in dtypes},
        encoding="utf-8",
    )
    return frame[[f["name"] for f in fields]]


def rows_of(frame: pd.DataFrame) -> Iterable[tuple[int, dict]]:
    """Rows as {column: value} with their CSV line number (the header is line 1); missing
    values stay pd.NA. Dicts rather than iterrows' Series, which cost far more per row."""
    columns = list(frame.columns)
    for position, values in enumerate(zip(*(frame[c].tolist() for c in columns))):
        yield position + 2, dict(zip(columns, values))
