"""The project's own rules, one small function each in a module per section, run by `check_all`."""

from __future__ import annotations

from analysis.tables import Package
from analysis.validate.problems import Problem, cap
from analysis.validate.rules import assessment, authorities, every_resource, partnerships, sources
from analysis.validate.rules.authorities import geo_files_are_readable
from analysis.validate.rules.registry import RULES, Rule

# The order the rules run in, and their problems are listed in.
SECTIONS = [every_resource, sources, authorities, partnerships, assessment]


def rules() -> list[Rule]:
    """Every rule, section by section, each section's in the order its module defines them."""
    return [r for section in SECTIONS for r in RULES if r.__module__ == section.__name__]


def check_all(package: Package) -> list[Problem]:
    """Every rule's problems, at most `cap` of each rule."""
    # The code and location rules read the boundary files: check those first, alone.
    problems = cap(list(geo_files_are_readable(package)))
    if problems:
        return problems
    for check in rules():
        if check is not geo_files_are_readable:
            problems += cap(list(check(package)))
    return problems
