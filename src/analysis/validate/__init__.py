"""Validate a data package: its files, frictionless's checks and the project's rules, every
problem in one run."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from analysis.tables import Package, read_table, read_table_leniently, tabular_resources
from analysis.validate.files import descriptor_path, file_problems, read_descriptor
from analysis.validate.frictionless import frictionless_problems
from analysis.validate.problems import InvalidPackage, Problem
from analysis.validate.rules import check_all

__all__ = ["InvalidPackage", "Problem", "check", "validate"]


@dataclass
class _Ruled:
    """What the rules found on the tables as well as they could be read."""

    problems: list[Problem]
    package: Package
    # Whether every table read with its types and every rule ran: then this is what a
    # strict run would give.
    clean: bool
    # (resource, CSV line) of rows with a cell read as missing because it is not of its type.
    lenient_rows: set[tuple[str, int]] = field(default_factory=set)


def _rules_on_what_can_be_read(path: Path, descriptor: dict, broken: set[str]) -> _Ruled:
    tables, lenient_rows, clean = {}, set(), True
    for resource in tabular_resources(descriptor):
        name = resource.get("name")
        if not isinstance(name, str):
            clean = False  # frictionless reports the resource
            continue
        if name in broken:
            continue
        try:
            tables[name], lines = read_table_leniently(path.parent, resource)
        except Exception:  # noqa: BLE001 - any error: frictionless reports why the table is unreadable
            clean = False
            continue
        lenient_rows |= {(name, line) for line in lines}
        clean = clean and not lines
    package = Package(path, descriptor, tables)
    failed: list[str] = []
    problems = check_all(package, failed)
    return _Ruled(problems, package, clean and not failed, lenient_rows)


def _merge(found: list[Problem], ruled: _Ruled) -> list[Problem]:
    """Each problem once, the rules' after the others'. A rule's problem on a cell already
    reported is left out, and so is one on a row reported as a whole (a blank row) or holding a
    cell of the wrong type, which the rules read as missing: the other report names the cause."""
    cells = {(p.resource, p.row, p.field) for p in found if p.row is not None}
    rows = {(p.resource, p.row) for p in found if p.row is not None and p.field is None} | ruled.lenient_rows
    kept = [p for p in ruled.problems if (p.resource, p.row, p.field) not in cells and (p.resource, p.row) not in rows]
    return list(dict.fromkeys(found + kept))


def check(path: str | Path) -> tuple[list[Problem], Package | None]:
    """Problems in the package (a descriptor, or a folder holding datapackage.json), and the
    package itself when its tables are well-formed.

    Everything is checked in one run, so that fixing what it reports does not uncover more:
    each CSV file as a file (a file that fails stops only its own resource's checks), then
    frictionless's structure, types, constraints and keys, and the project's rules. The rules
    assume well-formed tables; where the other checks find problems, the rules read each table
    as well as it can be read and a rule that breaks on one is skipped, its problems masked by
    those reported. Raises InvalidPackage when there is no descriptor to read.
    """
    path = descriptor_path(Path(path))
    descriptor = read_descriptor(path)
    found: list[Problem] = []
    broken: set[str] = set()
    for resource in tabular_resources(descriptor):
        if not (isinstance(resource.get("name"), str) and isinstance(resource.get("path"), str)):
            continue  # frictionless reports the resource
        problems = file_problems(path.parent, resource)
        if problems:
            broken.add(resource["name"])
            found += problems
    # A large package's rules run while frictionless's worker processes check it.
    ruled: list[_Ruled] = []

    def rules_meanwhile() -> None:
        ruled.append(_rules_on_what_can_be_read(path, descriptor, broken))

    found += frictionless_problems(path, descriptor, skip=broken, meanwhile=rules_meanwhile)
    if not ruled:
        rules_meanwhile()
    if found:
        return _merge(found, ruled[0]), None
    if ruled[0].clean:
        return list(dict.fromkeys(ruled[0].problems)), ruled[0].package
    # Frictionless passes what a table read or a rule breaks on: run them again so the error shows.
    package = Package(path, descriptor, {r["name"]: read_table(path.parent, r) for r in tabular_resources(descriptor)})
    return list(dict.fromkeys(check_all(package))), package


def validate(path: str | Path) -> list[Problem]:
    """Every problem in the package (empty when it is valid)."""
    try:
        return check(path)[0]
    except InvalidPackage as exc:
        return exc.problems
