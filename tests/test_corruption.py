"""Corruption suite: broken copies of the package, generated from the schema, are each rejected
at resource:row:field, and none of them can reach a build.

Every tabular resource in datapackage.json is corrupted in every way its schema makes
applicable (types, enums, patterns, keys, required fields, dates, coordinates, sources, URLs)
and in every way a file can break (encoding, byte-order mark, line ends, columns). Each copy
starts from the synthetic package in synthetic.py, which validates, cut down to the corrupted
resource and the resources it refers to (which keeps each case fast and validates too, see
test_each_cut_down_package_is_valid). `book.setup()`, which every chapter calls first, must
raise InvalidPackage naming the corrupted cell; a few copies of the real package go through
`python -m analysis validate` itself.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from analysis import InvalidPackage, book
from analysis.charts import render
from analysis.package import DEFAULT_PATH
from analysis.tables import tabular_resources
from analysis.validate import validate
from analysis.validate.rules.sources import LIST_REFERENCES
from analysis.vocabulary import PARTIAL_DATE_PATTERN
from conftest import write_package
from synthetic_rows import every_resource_rows

DESCRIPTOR = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
TABLES = tabular_resources(DESCRIPTOR)
FILES = [r for r in DESCRIPTOR["resources"] if r.get("type") != "table"]

BAD_TYPE = {"integer": "twelve", "number": "north", "date": "yesterday", "year": "nineteen", "boolean": "perhaps", "datetime": "soon"}
# Cells that hold ids of other rows, by the resource they point to (besides the schema's foreign keys).
LIST_COLUMNS = {"source_ids", "partnership_ids", "authority_ids"}
SOURCE_COLUMNS = {"source_id", "source_ids"}
MARKER = "CORRUPT-HERE"
MALFORMED_URLS = ["https:///no-host", "https://localhost/page", "https://exa_mple.org/page", "https://example.org:99999/", "ftp://example.org/file", "example.org/page"]
OUTSIDE = {"NL": ("48.85", "2.35"), "CN": ("52.37", "4.9")}  # Paris for a Dutch body, Amsterdam for a Chinese one


def needed_resources(name: str) -> list[str]:
    """The resource, every resource it refers to (foreign keys, lists of ids), transitively,
    and the boundary files when authorities are among them; in the descriptor's order."""
    by_name = {r["name"]: r for r in DESCRIPTOR["resources"]}
    needed, todo = set(), [name]
    while todo:
        current = todo.pop()
        if current in needed:
            continue
        needed.add(current)
        schema = by_name[current]["schema"]
        todo += [fk["reference"].get("resource") or current for fk in schema.get("foreignKeys", [])]
        todo += [LIST_REFERENCES[f["name"]] for f in schema["fields"] if f["name"] in LIST_REFERENCES]
    if "authorities" in needed:
        needed |= {r["name"] for r in FILES}
    return [r["name"] for r in DESCRIPTOR["resources"] if r["name"] in needed]


def cut_down(name: str) -> dict:
    descriptor = copy.deepcopy(DESCRIPTOR)
    keep = set(needed_resources(name))
    descriptor["resources"] = [r for r in descriptor["resources"] if r["name"] in keep]
    return descriptor


@dataclass
class Case:
    resource: str
    kind: str
    row: int | None
    field: str | None
    cells: dict[tuple[int, str], str] = field(default_factory=dict)  # (row index, column) -> value
    rows_edit: Callable[[dict], None] | None = None
    file_edit: Callable[[Path], None] | None = None
    whole: bool = False  # the rule needs resources that refer to this one: use every resource

    @property
    def id(self) -> str:
        return f"{self.resource}-{self.kind.replace(' ', '_')}" + (f"-{self.field}" if self.field else "")


def _fields(resource: dict) -> list[dict]:
    return resource["schema"]["fields"]


def _constraint(spec: dict, name: str):
    return spec.get("constraints", {}).get(name)


def _foreign_key_fields(resource: dict) -> list[str]:
    keys = [fk["fields"] for fk in resource["schema"].get("foreignKeys", [])]
    return [f for fields in keys for f in ([fields] if isinstance(fields, str) else fields)]


def _free_text(resource: dict) -> list[str]:
    """String fields without enum, pattern or reference: where a person's details could be typed."""
    keys = set(resource["schema"].get("primaryKey", [])) | set(_foreign_key_fields(resource)) | LIST_COLUMNS | SOURCE_COLUMNS
    return [
        f["name"] for f in _fields(resource)
        if f.get("type", "string") == "string" and f["name"] not in keys
        and not _constraint(f, "enum") and not _constraint(f, "pattern")
    ]


def _rewrite(path: Path, transform: Callable[[bytes], bytes]) -> None:
    path.write_bytes(transform(path.read_bytes()))


def _rewrite_columns(path: Path, transform: Callable[[list[str]], list[str]]) -> None:
    records = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(transform(r) for r in records)
    path.write_text(out.getvalue(), encoding="utf-8")


def table_cases(resource: dict) -> list[Case]:
    """Every applicable corruption of one tabular resource, derived from its schema."""
    name = resource["name"]
    fields = _fields(resource)
    names = [f["name"] for f in fields]
    keys = resource["schema"]["primaryKey"]
    keys = keys if isinstance(keys, list) else [keys]
    key = ",".join(keys)  # a composite key's problems name all its fields
    count = len(every_resource_rows()[name])
    data = Path(resource["path"])
    cases = [
        Case(name, "duplicate primary key", count + 2, key, rows_edit=lambda rows, n=name: rows[n].append(dict(rows[n][0]))),
        Case(name, "not UTF-8", 2, names[1], cells={(0, names[1]): MARKER},
             file_edit=lambda d, p=data: _rewrite(d / p, lambda b: b.replace(MARKER.encode(), "café".encode("latin-1")))),
        Case(name, "byte-order mark", 1, names[0], file_edit=lambda d, p=data: _rewrite(d / p, lambda b: b"\xef\xbb\xbf" + b)),
        Case(name, "CRLF line ends", 1, names[-1], file_edit=lambda d, p=data: _rewrite(d / p, lambda b: b.replace(b"\n", b"\r\n"))),
        Case(name, "line break in a cell", 2, names[1], cells={(0, names[1]): "first line\nsecond line"}),
        Case(name, "extra column", 1, "extra", file_edit=lambda d, p=data: _rewrite_columns(d / p, lambda r: r + ["extra"])),
        Case(name, "missing column", 1, names[1], file_edit=lambda d, p=data: _rewrite_columns(d / p, lambda r: r[:1] + r[2:])),
    ]
    required = [f["name"] for f in fields if _constraint(f, "required") and f["name"] not in keys]
    if required:
        cases.append(Case(name, "empty required field", 2, required[0], cells={(0, required[0]): ""}))
    for spec in fields:
        column, kind = spec["name"], spec.get("type", "string")
        if kind in BAD_TYPE:
            cases.append(Case(name, "wrong type", 2, column, cells={(0, column): BAD_TYPE[kind]}))
        if kind == "date" or _constraint(spec, "pattern") == PARTIAL_DATE_PATTERN:
            cases.append(Case(name, "impossible date", 2, column, cells={(0, column): "2021-02-30"}))
    enums = [f["name"] for f in fields if _constraint(f, "enum")]
    if enums:
        cases.append(Case(name, "unknown enum value", 2, enums[0], cells={(0, enums[0]): "not-in-the-list"}))
    patterned = [f["name"] for f in fields if _constraint(f, "pattern") not in (None, PARTIAL_DATE_PATTERN)]
    if patterned:
        cases.append(Case(name, "pattern mismatch", 2, patterned[0], cells={(0, patterned[0]): "Not Valid!"}))
    for column in _foreign_key_fields(resource) + [c for c in names if c in LIST_COLUMNS]:
        cases.append(Case(name, "dangling foreign key", 2, column, cells={(0, column): "ghost-id"}))
    for column in [c for c in names if c in SOURCE_COLUMNS]:
        cases.append(Case(name, "missing source", 2, column, cells={(0, column): ""}))
    if {"latitude", "longitude", "country"} <= set(names):
        done = set()  # one point per country is enough
        for position, row in enumerate(every_resource_rows()[name]):
            country = row["country"]
            if row.get("latitude") and country in OUTSIDE and country not in done:
                lat, lon = OUTSIDE[country]
                cases.append(Case(name, f"coordinates outside {country}", position + 2, "latitude",
                                  cells={(position, "latitude"): lat, (position, "longitude"): lon}))
                done.add(country)
    free = _free_text(resource)
    if free:
        cases.append(Case(name, "personal data", 2, free[0], cells={(0, free[0]): "Contact j.jansen@example.nl or +31 6 1234 5678."}))
    return cases


def rule_cases() -> list[Case]:
    """Corruptions only the project's rules can see: dates out of order, a status the events
    contradict, malformed URLs, points abroad (the latter also come from table_cases)."""
    cases = [
        # arnhem--wuhan was formalised in 1999; an end in 1990 comes before it began.
        Case("events", "end before start", 4, "date", cells={(2, "date"): "1990"}),
        Case("published_counts", "end before start", 2, "since", cells={(0, "since"): "2024-01-01"}),
        Case("sources", "end before start", 2, "published", cells={(0, "published"): "2026-12-01"}),
        # arnhem--wuhan has an 'ended' event, so it cannot be active.
        Case("partnerships", "status contradicting the events", 3, "status", cells={(1, "status"): "active"}, whole=True),
    ]
    for position, url in enumerate(MALFORMED_URLS):
        case = Case("sources", "malformed URL", 2, "url", cells={(0, "url"): url})
        case.kind = f"malformed URL {position + 1}"
        cases.append(case)
    return cases


CASES = [case for resource in TABLES for case in table_cases(resource)] + rule_cases()


def corrupted_package(directory: Path, case: Case) -> Path:
    rows = every_resource_rows()
    for (position, column), value in case.cells.items():
        rows[case.resource][position][column] = value
    if case.rows_edit:
        case.rows_edit(rows)
    path = write_package(directory, rows, None if case.whole else cut_down(case.resource))
    if case.file_edit:
        case.file_edit(directory)
    return path


@pytest.fixture
def restore_renderer(monkeypatch):
    """book.setup() switches on the book's chart renderer; leave other tests as they were."""
    import altair as alt

    active = alt.renderers.active
    monkeypatch.setattr(render, "STATIC_DIR", render.STATIC_DIR)
    yield
    alt.renderers.enable(active)


def test_the_uncorrupted_copy_is_valid(tmp_path):
    assert validate(write_package(tmp_path, every_resource_rows())) == []


@pytest.mark.parametrize("resource", TABLES, ids=lambda r: r["name"])
def test_each_cut_down_package_is_valid(tmp_path, resource):
    descriptor = cut_down(resource["name"])
    assert resource["name"] in {r["name"] for r in descriptor["resources"]}
    assert validate(write_package(tmp_path, every_resource_rows(), descriptor)) == []


def test_every_resource_and_kind_is_covered():
    kinds = {(c.resource, c.kind) for c in CASES}
    for resource in TABLES:
        for kind in ("duplicate primary key", "not UTF-8", "byte-order mark", "CRLF line ends", "extra column", "missing column", "empty required field"):
            assert (resource["name"], kind) in kinds
    covered = {c.kind.split(" ")[0] for c in CASES}
    assert {"wrong", "impossible", "unknown", "dangling", "missing", "personal", "coordinates", "end", "status", "malformed"} <= covered
    assert len({c.id for c in CASES}) == len(CASES), "case ids must be unique"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_corruption_is_rejected_before_any_build(tmp_path, case, restore_renderer):
    path = corrupted_package(tmp_path / "pkg", case)
    with pytest.raises(InvalidPackage) as caught:
        book.setup(path=path)
    located = {(p.resource, p.row, p.field) for p in caught.value.problems}
    assert (case.resource, case.row, case.field) in located, "\n".join(map(str, caught.value.problems))
    assert f"{case.resource}:{case.row}:{case.field}: " in str(caught.value)


@pytest.mark.parametrize("resource", FILES, ids=lambda r: r["name"])
@pytest.mark.parametrize("kind", ["not UTF-8", "byte-order mark", "truncated"])
def test_broken_boundary_file_is_rejected(tmp_path, resource, kind):
    path = write_package(tmp_path / "pkg", every_resource_rows(), cut_down("authorities"))
    target = path.parent / resource["path"]
    edits = {
        "not UTF-8": lambda b: b.replace(b'"features"', '"featüres"'.encode("latin-1"), 1),
        "byte-order mark": lambda b: b"\xef\xbb\xbf" + b,
        "truncated": lambda b: b[: len(b) // 2],
    }
    _rewrite(target, edits[kind])
    assert resource["name"] in {p.resource for p in validate(path)}


# --- the command line, on copies of the real package ---------------------------------------


def _real_copy(directory: Path) -> Path:
    shutil.copytree(DEFAULT_PATH.parent, directory)
    return directory / DEFAULT_PATH.name


def _edit_real(path: Path, resource: str, edit: Callable[[list[dict]], list[tuple[int, str]]]) -> list[tuple[int, str]]:
    """Edit a resource of a real-package copy; return the (CSV line, field) of each change."""
    spec = next(r for r in DESCRIPTOR["resources"] if r["name"] == resource)
    target = path.parent / spec["path"]
    with target.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        header, rows = reader.fieldnames, list(reader)
    changed = edit(rows)
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return changed


def _first(rows: list[dict], **match) -> int:
    return next(i for i, row in enumerate(rows) if all(row[k] == v for k, v in match.items()))


def _run_cli(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "analysis", "validate", str(path)], capture_output=True, text=True, timeout=300)


def _set(rows: list[dict], index: int, column: str, value: str) -> list[tuple[int, str]]:
    rows[index][column] = value
    return [(index + 2, column)]


def test_cli_names_file_problems_in_the_real_package(tmp_path):
    path = _real_copy(tmp_path / "pkg")
    _rewrite(path.parent / "data" / "sources.csv", lambda b: b"\xef\xbb\xbf" + b)
    _rewrite(path.parent / "data" / "events.csv", lambda b: b.replace(b"\n", b"\r\n"))
    result = _run_cli(path)
    assert result.returncode == 1
    assert "sources:1:id: " in result.stderr and "byte-order mark" in result.stderr
    last = next(r for r in DESCRIPTOR["resources"] if r["name"] == "events")["schema"]["fields"][-1]["name"]
    assert f"events:1:{last}: " in result.stderr and "CR LF" in result.stderr  # the line's end: its last field


def test_cli_names_schema_problems_in_the_real_package(tmp_path):
    path = _real_copy(tmp_path / "pkg")
    expected = _edit_real(path, "events", lambda rows: _set(rows, 0, "partnership_id", "ghost--tie"))
    expected += _edit_real(path, "partnerships", lambda rows: _set(rows, 1, "established", "nineteen-eighty"))
    result = _run_cli(path)
    assert result.returncode == 1
    assert f"events:{expected[0][0]}:partnership_id: " in result.stderr
    assert f"partnerships:{expected[1][0]}:established: " in result.stderr


def test_cli_names_rule_problems_in_the_real_package(tmp_path):
    path = _real_copy(tmp_path / "pkg")
    expected = {}
    expected["status"] = _edit_real(path, "partnerships", lambda rows: _set(rows, _first(rows, status="ended"), "status", "active"))
    expected["url"] = _edit_real(path, "sources", lambda rows: _set(rows, 0, "url", "https:///no-host"))
    expected["personal"] = _edit_real(path, "events", lambda rows: _set(rows, 3, "description", "Mail j.jansen@example.nl for details."))
    expected["date"] = _edit_real(path, "timeline", lambda rows: _set(rows, 0, "date", "2021-02-30"))
    result = _run_cli(path)
    assert result.returncode == 1
    for resource, changes in zip(["partnerships", "sources", "events", "timeline"], expected.values()):
        line, column = changes[0]
        assert f"{resource}:{line}:{column}: " in result.stderr, result.stderr[-3000:]


# --- the book itself --------------------------------------------------------------------------


def test_every_chapter_reads_the_data_through_book_setup():
    """Chapters get the package only from book.setup(), which validates it; none reads a file."""
    chapters = sorted((DEFAULT_PATH.parents[1] / "chapters").glob("*.md"))
    with_code = [c for c in chapters if "```{code-cell}" in c.read_text(encoding="utf-8")]
    assert with_code
    for chapter in with_code:
        text = chapter.read_text(encoding="utf-8")
        first_cell = text.split("```{code-cell}", 1)[1].split("```", 1)[0]
        assert "book.setup(page)" in first_cell, f"{chapter.name}: the first cell must call book.setup(page)"
        for reader in ("read_csv", "open(", "read_text", "json.load", "datapackage/", "analysis.load", "package.load"):
            assert reader not in text, f"{chapter.name} reads data around the validator ({reader})"


@pytest.mark.book
def test_a_corrupted_package_fails_the_strict_build(tmp_path):
    from test_build_fails import build_tiny_book

    case = next(c for c in CASES if c.id == "events-dangling_foreign_key-partnership_id")
    path = corrupted_package(tmp_path / "pkg", case)
    chapter = f"```{{code-cell}} ipython3\nfrom analysis import book\npackage = book.setup(path={str(path)!r})\n```\n"
    result = build_tiny_book(tmp_path, chapter)
    assert result.returncode != 0
    assert "events:2:partnership_id: " in result.stdout + result.stderr


# Every case of one resource, and the first case of every kind elsewhere.
PARALLEL_SAMPLE = [c for c in CASES if c.resource == "partnerships"] + list(
    {c.kind: c for c in reversed(CASES) if c.resource != "partnerships"}.values()
)


@pytest.mark.parametrize("case", PARALLEL_SAMPLE, ids=lambda c: c.id)
def test_parallel_validation_finds_the_same_problems(tmp_path, case, monkeypatch):
    """A large package is checked by frictionless in worker processes while the rules run
    here; the problems, their places and their order are the same as when it is checked in one
    process, frictionless first."""
    from analysis.validate import frictionless

    path = corrupted_package(tmp_path / "pkg", case)
    serial = validate(path)
    monkeypatch.setattr(frictionless, "PARALLEL_FROM_BYTES", -1)
    assert validate(path) == serial
    assert any((p.resource, p.row, p.field) == (case.resource, case.row, case.field) for p in serial)
