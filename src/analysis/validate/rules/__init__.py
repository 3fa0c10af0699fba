"""The project's own rules, one small function each in a module per section, run by `check_all`."""

from __future__ import annotations

from analysis.tables import Package
from analysis.validate.problems import Problem, cap
from analysis.validate.rules import assessment, authorities, census, every_resource, labels, partnerships, sources
from analysis.validate.rules.authorities import geo_files_are_readable
from analysis.validate.rules.registry import RULES, Rule

# The order the rules run in, and their problems are listed in.
SECTIONS = [every_resource, sources, authorities, partnerships, assessment, census, labels]


def rules() -> list[Rule]:
    """Every rule, section by section, each section's in the order its module defines them."""
    return [r for section in SECTIONS for r in RULES if r.__module__ == section.__name__]


def _run(check: Rule, package: Package, failed: list[str] | None) -> list[Problem]:
    if failed is None:
        return cap(list(check(package)))
    try:
        return cap(list(check(package)))
    except Exception:  # noqa: BLE001 - any error: the table it broke on has problems reported
        failed.append(check.__name__)
        return []


def check_all(package: Package, failed: list[str] | None = None) -> list[Problem]:
    """Every rule's problems, at most `cap` of each rule. Given a list `failed`, a rule that
    raises is skipped and named there, for tables whose problems other checks report (the rules
    assume well-formed tables); without one the error propagates."""
    # The code and location rules read the boundary files: check those first, alone.
    problems = _run(geo_files_are_readable, package, failed)
    if problems:
        return problems
    for check in rules():
        if check is not geo_files_are_readable:
            problems += _run(check, package, failed)
    return problems
