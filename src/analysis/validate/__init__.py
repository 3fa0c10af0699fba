"""Validate a data package: its files, frictionless's checks and the project's rules."""

from __future__ import annotations

from pathlib import Path

from analysis.tables import Package, read_table, tabular_resources
from analysis.validate.files import file_problems, read_descriptor
from analysis.validate.frictionless import frictionless_problems
from analysis.validate.problems import InvalidPackage, Problem
from analysis.validate.rules import check_all

__all__ = ["InvalidPackage", "Problem", "check", "validate"]


def _read_tables(path: Path, descriptor: dict) -> Package:
    return Package(path, descriptor, {r["name"]: read_table(path.parent, r) for r in tabular_resources(descriptor)})


def check(path: str | Path) -> tuple[list[Problem], Package | None]:
    """Problems in the package, and the package itself when it is well-formed enough to read.

    Structure and schemas are checked first; the cross-resource rules assume well-formed
    tables, so they run only once frictionless finds nothing. Raises InvalidPackage when there
    is no descriptor to read.
    """
    path = Path(path)
    descriptor = read_descriptor(path)
    # Frictionless would read a broken file as best it can and report the consequences;
    # a file that is not plain UTF-8 CSV with the schema's header is reported as such instead.
    problems = [p for r in tabular_resources(descriptor) for p in file_problems(path.parent, r)]
    if problems:
        return problems, None
    # A large package's rules run while frictionless's workers check it. Their result counts
    # only if frictionless finds nothing, as when they run after it; if reading or a rule
    # fails on a package frictionless passes, they run again below and the failure shows.
    ahead: dict[str, tuple[list[Problem], Package]] = {}

    def rules_meanwhile() -> None:
        try:
            package = _read_tables(path, descriptor)
            ahead["result"] = (check_all(package), package)
        except Exception:  # noqa: BLE001 - a package frictionless refuses may break a rule
            pass

    problems = frictionless_problems(path, descriptor, meanwhile=rules_meanwhile)
    if problems:
        return problems, None
    if "result" in ahead:
        return ahead["result"]
    package = _read_tables(path, descriptor)
    return check_all(package), package


def validate(path: str | Path) -> list[Problem]:
    """Every problem in the package (empty when it is valid)."""
    try:
        return check(path)[0]
    except InvalidPackage as exc:
        return exc.problems
