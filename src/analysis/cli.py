"""Command line: `python -m analysis validate [PATH]` and `python -m analysis summary [PATH]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.package import DEFAULT_PATH, load, validate


def _validate(args: argparse.Namespace) -> int:
    problems = validate(args.path)
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{args.path}: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"{args.path}: valid")
    return 0


def _summary(args: argparse.Namespace) -> int:
    package = load(args.path)
    for name, table in package.tables.items():
        print(f"{name}: {len(table)} rows")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, func, text in (
        ("validate", _validate, "validate the data package; exit 1 listing resource:row:field: message"),
        ("summary", _summary, "row counts of every resource of the validated package"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH, help="datapackage.json")
        sub.set_defaults(func=func)
    args = parser.parse_args(argv)
    return args.func(args)
