"""The project's rules as they are defined, and the decorator that makes a function one."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from analysis.tables import Package
from analysis.validate.problems import Problem

Rule = Callable[[Package], Iterable[Problem]]
RULES: list[Rule] = []


def rule(func: Rule) -> Rule:
    RULES.append(func)
    return func
