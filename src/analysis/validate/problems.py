"""What validation reports: a Problem located at resource:row:field, and the error carrying them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Beyond this many problems in one resource, readers learn nothing new: one bad key
# can cascade into dozens of foreign-key errors.
MAX_PROBLEMS_PER_RESOURCE = 25


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the package, located as precisely as possible."""

    resource: str
    row: int | None
    field: str | None
    message: str

    def __str__(self) -> str:
        row = "" if self.row is None else str(self.row)
        return f"{self.resource}:{row}:{self.field or ''}: {self.message}"


class InvalidPackage(Exception):
    """Raised by `load` when the package does not validate; carries every problem."""

    def __init__(self, path: Path, problems: list[Problem]):
        self.path = path
        self.problems = problems
        lines = "\n".join(str(p) for p in problems)
        super().__init__(f"{path} is not valid ({len(problems)} problem(s)):\n{lines}")


def cap(problems: list[Problem], limit: int = MAX_PROBLEMS_PER_RESOURCE) -> list[Problem]:
    """Keep the first `limit` problems of a resource and summarise the rest in one line."""
    if len(problems) <= limit:
        return problems
    rest = len(problems) - limit
    return problems[:limit] + [Problem(problems[0].resource, None, None, f"... and {rest} more problem(s) of this resource")]
