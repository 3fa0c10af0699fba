"""A synthetic package many times larger than the real one, for timing validation and findings.

Every resource except the codebook, the labels and the census is replicated `factor` times. Copy 0 is the real data; copy
r >= 1 appends `-x<r>` to every id and to every reference to a replicated resource (foreign keys
and the semicolon-separated id lists), so keys stay unique, references resolve within the same
copy and every rule holds as it does for the real package. The codebook is the fixed set of
questions every assessed authority answers, the labels are the fixed words for each code and the
census has one row per municipality and province (naming its ties in every copy), so none is
replicated but the census rows of bodies without a CBS code, which are copied with their bodies. Boundary files are copied as they are.

The result is written to a directory of the caller's choosing (the benchmark uses a temporary
one) and is never part of the repository: it is made of copies of real rows with altered ids,
not data about real ties.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "datapackage" / "datapackage.json"
NOT_REPLICATED = frozenset({"codebook", "labels", "census"})
# Columns holding several ids separated by semicolons, and the resource those ids name.
ID_LISTS = {"source_ids": "sources", "partnership_ids": "partnerships", "authority_ids": "authorities"}


def _suffix(value: str, copy: int) -> str:
    return value if copy == 0 or not value else f"{value}-x{copy}"


def _suffix_list(value: str, copy: int) -> str:
    """Each id of a semicolon-separated list suffixed, separators and spacing kept."""
    if copy == 0:
        return value
    parts = value.split(";")
    return ";".join(part.replace(part.strip(), _suffix(part.strip(), copy)) if part.strip() else part for part in parts)


def _reference_columns(resource: dict) -> set[str]:
    """Columns of a resource that hold ids of a replicated resource (its own id included)."""
    schema = resource["schema"]
    names = {f["name"] for f in schema["fields"]}
    columns = {"id"} & names
    for key in schema.get("foreignKeys", []):
        target = key["reference"]["resource"] or resource["name"]
        if target not in NOT_REPLICATED:
            columns.update(key["fields"] if isinstance(key["fields"], list) else [key["fields"]])
    return columns


def _census_of_copies(rows: list[dict], factor: int) -> list[dict]:
    """The census of the copies: a municipality or province (one CBS code) is searched once and
    its row names its ties in every copy; a body without a code is copied like an authority."""
    out = []
    for row in rows:
        if row["code"] or not row["authority_id"]:
            out.append(dict(row, partnership_ids=";".join(_suffix_list(row["partnership_ids"], copy) for copy in range(factor)) if row["partnership_ids"] else ""))
            continue
        for copy in range(factor):
            out.append(dict(row, id=_suffix(row["id"], copy), authority_id=_suffix(row["authority_id"], copy),
                            partnership_ids=_suffix_list(row["partnership_ids"], copy)))
    return out


def _replicate_rows(resource: dict, rows: list[dict], copy: int) -> list[dict]:
    single = _reference_columns(resource)
    lists = {c for c in ID_LISTS if c in {f["name"] for f in resource["schema"]["fields"]}}
    out = []
    for row in rows:
        new = dict(row)
        for column in single:
            new[column] = _suffix(row[column], copy)
        for column in lists:
            new[column] = _suffix_list(row[column], copy)
        if resource["name"] == "assessments":
            # The rules require an assessment's id to be authority_id--question_id.
            new["id"] = f"{new['authority_id']}--{row['question_id']}"
        out.append(new)
    return out


def write_synthetic(out: Path, factor: int = 100, source: Path = REAL) -> Path:
    """Write the package replicated `factor` times into the new directory `out`; its descriptor path."""
    if factor < 1:
        raise ValueError("factor must be at least 1")
    descriptor = json.loads(source.read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=False)
    for resource in descriptor["resources"]:
        target = out / resource["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        origin = source.parent / resource["path"]
        if resource.get("type") != "table":
            shutil.copyfile(origin, target)
            continue
        with origin.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            fields = reader.fieldnames or []
            rows = list(reader)
        copies = 1 if resource["name"] in NOT_REPLICATED else factor
        with target.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
            writer.writeheader()
            if resource["name"] == "census":
                writer.writerows(_census_of_copies(rows, factor))
                continue
            for copy in range(copies):
                writer.writerows(_replicate_rows(resource, rows, copy))
    path = out / "datapackage.json"
    shutil.copyfile(source, path)
    return path


def read_rows(path: Path, name: str) -> list[dict]:
    """The rows of one tabular resource of a package."""
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == name)
    with (path.parent / resource["path"]).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def row_counts(path: Path) -> dict[str, int]:
    """Data rows per tabular resource of a package (header excluded)."""
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    counts = {}
    for resource in descriptor["resources"]:
        if resource.get("type") == "table":
            with (path.parent / resource["path"]).open(encoding="utf-8", newline="") as handle:
                counts[resource["name"]] = sum(1 for _ in csv.DictReader(handle))
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="new directory for the synthetic package")
    parser.add_argument("--factor", type=int, default=100)
    args = parser.parse_args(argv)
    path = write_synthetic(args.out, args.factor)
    counts = row_counts(path)
    print(f"{path}: {counts['partnerships']} ties, {sum(counts.values())} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
