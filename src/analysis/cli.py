"""Command line:

- `python -m analysis validate [PATH]`: validate the data package (its descriptor or its folder);
- `python -m analysis summary [PATH]`: row counts of every resource;
- `python -m analysis facts [--lang en|nl] [PATH]`: every fact the prose can cite, with its value;
- `python -m analysis export --format csv|xlsx|json|geojson [--out DIR] [PATH]`: write downloads;
- `python -m analysis dist [--out DIR] [PATH]`: the versioned package zip and its checksum;
- `python -m analysis changelog [--old PATH | --old-ref TAG]`: regenerate CHANGELOG.md's data section;
- `python -m analysis survey ingest EXPORT.csv [--out DIR]`: check a survey export against the
  codebook, drop identifiers and write responses and suppressed counts.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis.package import DEFAULT_PATH, load
from analysis.validate import InvalidPackage, check


def _validate(args: argparse.Namespace) -> int:
    try:
        problems = check(args.path)[0]
    except InvalidPackage as exc:
        # No descriptor to read: one line says why, naming the path.
        print(exc.problems[0].message, file=sys.stderr)
        return 2
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{args.path}: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"{args.path}: valid")
    return 0


def _facts(args: argparse.Namespace) -> int:
    from analysis import facts
    from analysis.model.views import Views

    values = facts.compute(Views(load(args.path)), sorted(facts.FACTS), lang=args.lang)
    for key, value in values.items():
        print(f"{key}\t{value}")
    return 0


def _summary(args: argparse.Namespace) -> int:
    package = load(args.path)
    for name, table in package.tables.items():
        print(f"{name}: {len(table)} rows")
    return 0


def _export(args: argparse.Namespace) -> int:
    from analysis import export

    package = load(args.path)
    files = export.export(package, args.format, args.out)
    print(f"{args.out}: {len(files)} file(s) in {', '.join(args.format)}")
    return 0


def _dist(args: argparse.Namespace) -> int:
    from analysis import export

    for path in export.dist(load(args.path), args.out):
        print(path)
    return 0


def _changelog(args: argparse.Namespace) -> int:
    from analysis import changelog

    new = load(args.path)
    keep = None
    if args.old_ref:
        old, keep = changelog.package_at(args.old_ref)
        label = f"release `{args.old_ref}`"
    elif args.old:
        old, label = load(args.old), f"`{args.old}`"
    else:
        old, label = None, "an empty package (first release)"
    section = changelog.regenerate(args.changelog, new, old, label)
    if keep is not None:
        keep.cleanup()
    print(section, end="")
    return 0


def _survey_ingest(args: argparse.Namespace) -> int:
    from analysis.survey import InvalidExport, ingest

    codebook = load(args.package)["codebook"]
    out = args.out or args.export.with_name(f"{args.export.stem}-ingested")
    try:
        files = ingest(args.export, out, codebook, min_cell=args.min_cell)
    except InvalidExport as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{args.export}: {len(exc.problems)} problem(s); nothing written", file=sys.stderr)
        return 1
    responses = len(files["responses.csv"])
    hidden = int(files["published.csv"]["suppressed"].sum())
    print(f"{out}: {responses} response(s); {hidden} published cell(s) suppressed (< {args.min_cell})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, func, text in (
        ("validate", _validate, "validate the data package; exit 1 listing resource:row:field: message, 2 if PATH holds none"),
        ("summary", _summary, "row counts of every resource of the validated package"),
    ):
        sub = commands.add_parser(name, help=text)
        sub.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH, help="datapackage.json or its folder")
        sub.set_defaults(func=func)
    fct = commands.add_parser("facts", help="every fact the prose can cite, one per line: key, a tab, the value")
    fct.add_argument("--lang", choices=["en", "nl"], default="en", help="the edition whose words to use (default en)")
    fct.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH, help="datapackage.json or its folder")
    fct.set_defaults(func=_facts)
    exp = commands.add_parser("export", help="write the package as downloads in one or more formats")
    exp.add_argument("--format", action="append", choices=["csv", "xlsx", "json", "geojson"], required=True,
                     help="csv, xlsx, json or geojson; repeat for several")
    exp.add_argument("--out", type=Path, default=Path("dist/export"), help="directory to (re)write (default dist/export)")
    exp.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH, help="datapackage.json")
    exp.set_defaults(func=_export)
    dst = commands.add_parser("dist", help="the versioned package zip with its checksum manifest")
    dst.add_argument("--out", type=Path, default=Path("dist"), help="directory for the zip (default dist)")
    dst.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH, help="datapackage.json")
    dst.set_defaults(func=_dist)
    chg = commands.add_parser("changelog", help="regenerate CHANGELOG.md's data section against an earlier package")
    old = chg.add_mutually_exclusive_group()
    old.add_argument("--old", type=Path, help="the earlier datapackage.json")
    old.add_argument("--old-ref", help="a git ref (tag) whose datapackage/ is the earlier version")
    chg.add_argument("--changelog", type=Path, default=Path("CHANGELOG.md"), help="file to update (default CHANGELOG.md)")
    chg.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH, help="datapackage.json")
    chg.set_defaults(func=_changelog)
    survey = commands.add_parser("survey", help="re-field the needs assessment")
    survey_commands = survey.add_subparsers(dest="survey_command", required=True)
    ingest = survey_commands.add_parser("ingest", help="check an export against the codebook; write de-identified, suppressed results")
    ingest.add_argument("export", type=Path, help="CSV export of the survey tool, one column per codebook question")
    ingest.add_argument("--out", type=Path, help="new directory for the results (default: EXPORT-ingested next to the export)")
    ingest.add_argument("--package", type=Path, default=DEFAULT_PATH, help="datapackage.json holding the codebook")
    ingest.add_argument("--min-cell", type=int, default=5, help="suppress published counts below this (default 5)")
    ingest.set_defaults(func=_survey_ingest)
    args = parser.parse_args(argv)
    return args.func(args)
