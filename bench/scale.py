"""Every public findings function applied to a package, timed: `python bench/scale.py PATH`.

Functions are found in analysis.model and analysis.pages (chart calls and the downloads left
out), not listed here, so a new one is timed as soon as it
exists. Their arguments are built from the package by parameter name; a function with a
parameter this file cannot supply stops the benchmark rather than being skipped. The package is
read without validating it again (`python -m analysis validate` is timed on its own).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import pkgutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

import analysis.model
import analysis.pages
from analysis.package import DEFAULT_PATH, Package
from analysis.vocabulary import parse_partial_date
from analysis.tables import read_table, tabular_resources

# Parameters that name a resource of the package.
TABLES = {
    "partnerships": "partnerships",
    "authorities": "authorities",
    "events": "events",
    "decisions": "decisions",
    "assessments": "assessments",
    "codebook": "codebook",
    "stakeholders": "stakeholders",
    "relations": "stakeholder_relations",
    "surveys": "surveys",
    "findings": "survey_findings",
    "published": "published_counts",
    "census": "census",
    "sources": "sources",
}
# Parameters with more than one meaningful value: the function is called once for each.
CHOICES = {"country": ["NL", "CN"]}


# Chart calls draw maps from boundary files and the downloads write files: neither is findings.
NOT_FINDINGS = {"pages.downloads"}


def findings_functions() -> list[tuple[str, Callable]]:
    """Every public function defined in a module of analysis.model or analysis.pages (the
    chapters' facts and tables), by module and name; chart calls and downloads are left out."""
    from analysis.figures import CHARTS

    charts = set(CHARTS.values())
    found = []
    for package in (analysis.model, analysis.pages):
        prefix = package.__name__.removeprefix("analysis.")
        for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            label = f"{prefix}.{info.name}"
            if label in NOT_FINDINGS:
                continue
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, func in inspect.getmembers(module, inspect.isfunction):
                if func.__module__ == module.__name__ and not name.startswith("_") and func not in charts:
                    found.append((f"{label}.{name}", func))
    return found


def read_package(path: Path) -> Package:
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    return Package(path, descriptor, {r["name"]: read_table(path.parent, r) for r in tabular_resources(descriptor)})


class Arguments:
    """Argument values by parameter name, computed from the package with the findings
    functions themselves (so computing them is part of the timed work)."""

    def __init__(self, package: Package):
        self.package = package
        self._memo: dict[str, object] = {}

    def __getitem__(self, name: str) -> object:
        if name not in self._memo:
            self._memo[name] = self._make(name)
        return self._memo[name]

    def _make(self, name: str) -> object:
        from analysis.model import geography as gg
        from analysis.model import reasons as rs
        from analysis.model import register as reg
        from analysis.model import stakeholders as nw
        from analysis.model import timeline as tl
        from analysis.model.views import Views

        p = self.package
        if name == "package":
            return p
        if name == "v":  # one set of views for every chapter, as in a build
            return Views(p)
        if name in TABLES:
            return p[TABLES[name]]
        made: dict[str, Callable[[], object]] = {
            "register": lambda: reg.register(p["partnerships"], p["authorities"]),
            "years": lambda: tl.tie_years(p["partnerships"], p["events"]),
            "reasons": lambda: rs.ending_reasons(p["decisions"], self["years"]),
            "nodes": lambda: nw.degrees(p["stakeholders"], p["stakeholder_relations"]),
            "positions": lambda: nw.layout(self["nodes"]),
            "frame": lambda: p["partnerships"],
            "column": lambda: "status",
            "question_id": lambda: p["codebook"]["id"].iloc[0],
            "kind": lambda: "ended",
            "level": lambda: "municipality",
            "include_undated": lambda: True,
            "on": lambda: parse_partial_date(reg.data_date(p))[0],
            "end": lambda: parse_partial_date(reg.data_date(p))[0],
            "start": lambda: None,
            "first": lambda: tl.FIRST_YEAR,
            "last": lambda: int(reg.data_date(p)[:4]),
            "year": lambda: int(reg.data_date(p)[:4]),
            "timeline_id": lambda: p["timeline"]["id"].iloc[0],
            "nl_name": lambda: self["register"]["nl_name"].iloc[0],
            "cn_name": lambda: self["register"]["cn_name"].iloc[0],
            "table": lambda: self["register"],
            "value": lambda: reg.data_date(p),
            "codebook": lambda: p["codebook"],
            "code": lambda: p["codebook"]["codes"].iloc[0].split(";")[0],
            "codes": lambda: set(p["codebook"]["codes"].iloc[0].split(";")),
            "labels": lambda: self["v"].labels,
            "lang": lambda: "en",
            "text": lambda: p["sources"]["title"].iloc[0],
            "country": lambda: "CN",
            "name": lambda: "partnerships",
            "tables": lambda: p.tables,
            "url": lambda: p["sources"]["url"].iloc[0],
            "accessed": lambda: p["sources"]["accessed"].iloc[0],
            "reconciled": lambda: __import__("analysis.model.reconciliation", fromlist=["reconcile"]).reconcile(
                p["published_counts"], p["partnerships"], p["events"], p["authorities"]),
        }
        if name in ("lat1", "lon1", "lat2", "lon2"):  # great_circle_km: both ends of every tie
            side, axis = ("nl" if name.endswith("1") else "cn"), ("latitude" if name.startswith("lat") else "longitude")
            return self["connections"][f"{side}_{axis}"]
        if name == "connections":
            return gg.connections(p["partnerships"], p["authorities"])
        if name not in made:
            raise KeyError(name)
        return made[name]()


def calls(func: Callable, arguments: Arguments) -> list[tuple[str, dict]]:
    """The calls to make of `func`: one, or one per value of a parameter with choices."""
    required = [p for p in inspect.signature(func).parameters.values() if p.default is inspect.Parameter.empty]
    choice = next((p.name for p in required if p.name in CHOICES), None)
    fixed = {p.name: arguments[p.name] for p in required if p.name != choice}
    if choice is None:
        return [("", fixed)]
    return [(f"({value})", {**fixed, choice: value}) for value in CHOICES[choice]]


def time_findings(package: Package) -> dict[str, float]:
    """Seconds per findings function call, and their total (argument building included)."""
    arguments = Arguments(package)
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    for label, func in findings_functions():
        try:
            planned = calls(func, arguments)
        except KeyError as missing:
            raise SystemExit(f"bench/scale.py cannot supply parameter {missing} of {label}: add it to Arguments") from None
        for suffix, kwargs in planned:
            began = time.perf_counter()
            func(**kwargs)
            seconds[label + suffix] = round(time.perf_counter() - began, 4)
    seconds["total"] = round(time.perf_counter() - start, 4)
    return seconds


def time_validation(path: Path) -> dict[str, float]:
    """Seconds of each part of validation, as `analysis.validate.check` runs them."""
    from analysis.validate.files import read_descriptor
    from analysis.validate.frictionless import frictionless_problems
    from analysis.validate.rules import check_all

    descriptor = read_descriptor(path)
    start = time.perf_counter()
    problems = frictionless_problems(path, descriptor)
    checked = time.perf_counter()
    tables = read_package(path)
    read = time.perf_counter()
    problems += check_all(tables)
    done = time.perf_counter()
    if problems:
        raise SystemExit(f"{path} is not valid: {problems[0]}")
    return {
        "frictionless_and_foreign_keys": round(checked - start, 3),
        "reading_tables": round(read - checked, 3),
        "rules": round(done - read, 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH, help="datapackage.json")
    parser.add_argument("--validation", action="store_true", help="time the parts of validation instead")
    args = parser.parse_args(argv)
    print(json.dumps(time_validation(args.path) if args.validation else time_findings(read_package(args.path))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
