"""Load the data package and validate it: frictionless first, then the project's own rules."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis.vocabulary import explode_ids, split_ids  # noqa: F401 - re-exported

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PATH = REPO_ROOT / "datapackage" / "datapackage.json"

# Beyond this many problems in one resource, readers learn nothing new: one bad key
# can cascade into dozens of foreign-key errors.
MAX_PROBLEMS_PER_RESOURCE = 25

_PANDAS_DTYPES = {
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "year": "Int64",
}


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


@dataclass
class Package:
    """The validated package: its descriptor and one DataFrame per tabular resource."""

    path: Path
    descriptor: dict
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def __getitem__(self, name: str) -> pd.DataFrame:
        try:
            return self.tables[name]
        except KeyError:
            raise KeyError(f"no resource {name!r} in {self.path}") from None

    @property
    def root(self) -> Path:
        return self.path.parent

    def resource(self, name: str) -> dict:
        for res in self.descriptor["resources"]:
            if res["name"] == name:
                return res
        raise KeyError(f"no resource {name!r} in {self.path}")

    def file(self, name: str) -> Path:
        """Path of a resource's file (e.g. a boundary GeoJSON)."""
        return self.root / self.resource(name)["path"]


def _read_descriptor(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidPackage(path, [Problem("datapackage", None, None, f"no descriptor at {path}")]) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidPackage(path, [Problem("datapackage", None, None, f"descriptor is not valid JSON: {exc}")]) from None


def tabular_resources(descriptor: dict) -> list[dict]:
    return [r for r in descriptor.get("resources", []) if r.get("type") == "table"]


def read_table(root: Path, resource: dict) -> pd.DataFrame:
    """Read one CSV resource with the dtypes its schema declares (dates stay ISO strings)."""
    fields = resource["schema"]["fields"]
    dtypes = {f["name"]: _PANDAS_DTYPES.get(f.get("type", "string"), "string") for f in fields}
    frame = pd.read_csv(
        root / resource["path"],
        dtype=dtypes,
        keep_default_na=False,
        na_values={name: [""] for name in dtypes},
        encoding="utf-8",
    )
    return frame[[f["name"] for f in fields]]


UTF8_BOM = b"\xef\xbb\xbf"
# Header problems frictionless reports without a row: they are on line 1.
_LABEL_ERRORS = {"blank-label", "duplicate-label", "extra-label", "incorrect-label", "missing-label"}


def _field_at(fields: list[str], position: int) -> str | None:
    return fields[position] if 0 <= position < len(fields) else None


def file_problems(root: Path, resource: dict) -> list[Problem]:
    """What is wrong with a CSV file as a file: it is UTF-8 without a byte-order mark, its
    lines end in LF, no cell holds a line break (so a row is a line), and its header names
    the schema's fields in the schema's order. Checked before frictionless reads the file."""
    name = resource["name"]
    fields = [f["name"] for f in resource.get("schema", {}).get("fields", [])]
    try:
        data = (root / resource["path"]).read_bytes()
    except OSError:
        return []  # frictionless names a missing file
    problems: list[Problem] = []
    if data.startswith(UTF8_BOM):
        problems.append(Problem(name, 1, _field_at(fields, 0), "the file starts with a byte-order mark: save it as UTF-8 without one"))
        data = data[len(UTF8_BOM):]
    # Bytes that are not UTF-8 become lone surrogates, which no UTF-8 text contains.
    text = data.decode("utf-8", errors="surrogateescape")
    lines = text.split("\n")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        for number, line in enumerate(lines, start=1):
            bad = next((ch for ch in line if "\udc80" <= ch <= "\udcff"), None)
            if bad is None:
                continue
            cells = next(csv.reader([line]), [])
            column = next((i for i, cell in enumerate(cells) if bad in cell), -1)
            byte = ord(bad) - 0xDC00
            problems.append(Problem(name, number, _field_at(fields, column), f"not UTF-8 (byte 0x{byte:02x}): save the file as UTF-8"))
    crlf = [number for number, line in enumerate(lines, start=1) if line.endswith("\r")] if "\r" in text else []
    if crlf:
        more = f" (and {len(crlf) - 1} more line(s))" if len(crlf) > 1 else ""
        problems.append(Problem(name, crlf[0], _field_at(fields, len(fields) - 1), f"the line ends in CR LF{more}: save the file with LF line ends"))
    # A cell holding a line break is quoted, and the line its quote opens on holds an odd
    # number of quote characters (every quote closed on a line, doubled ones included, makes
    # an even number). Only a file with such a line is read record by record.
    if not any(line.count('"') % 2 for line in lines):
        return cap(problems + _header_problems(name, next(csv.reader([lines[0]]), []), fields))
    reader = csv.reader(io.StringIO(text, newline=""))
    header: list[str] = []
    previous = 0
    for number, record in enumerate(reader, start=1):
        if number == 1:
            header = record
        if reader.line_num - previous > 1:
            column = next((i for i, cell in enumerate(record) if "\n" in cell or "\r" in cell), -1)
            problems.append(Problem(name, number, _field_at(header, column), "a line break inside a cell: one row is one line"))
        previous = reader.line_num
    problems += _header_problems(name, header, fields)
    return cap(problems)


def _header_problems(name: str, header: list[str], fields: list[str]) -> list[Problem]:
    problems = [Problem(name, 1, f, f"column {f!r} is missing from the header") for f in fields if f not in header]
    for position, label in enumerate(header, start=1):
        if label not in fields:
            problems.append(Problem(name, 1, label or f"column {position}", f"column {label!r} is not in the schema"))
    duplicated = sorted({label for label in header if header.count(label) > 1})
    problems += [Problem(name, 1, label, f"column {label!r} appears twice") for label in duplicated]
    if not problems and header != fields:
        first = next(h for h, f in zip(header, fields) if h != f)
        problems.append(Problem(name, 1, first, f"columns are not in the schema's order ({', '.join(fields)})"))
    return problems


# Above this much tabular data, frictionless checks the resources in parallel processes.
PARALLEL_FROM_BYTES = 5_000_000


def _data_bytes(root: Path, descriptor: dict) -> int:
    """Bytes of the package's local tabular files (those that exist)."""
    total = 0
    for resource in tabular_resources(descriptor):
        path = resource.get("path")
        if isinstance(path, str) and (root / path).is_file():
            total += (root / path).stat().st_size
    return total


def _drop_implied_uri_formats(resource) -> None:
    """Take the `uri` format off string fields whose pattern already requires an http(s)
    scheme. Frictionless's uri format only checks that a scheme is present, which such a
    pattern (matched against the whole cell) already checks; parsing every cell as a URI was
    most of the time spent on the sources. A cell without a scheme is still refused, as a
    pattern error at the same row and field."""
    if not resource.schema:
        return
    for field_ in resource.schema.fields:
        pattern = (field_.constraints or {}).get("pattern") or ""
        if field_.type == "string" and field_.format == "uri" and re.match(r"\^?https\?://", pattern):
            field_.format = "default"


def _validate_in_workers(package, meanwhile: Callable[[], None] | None):
    """What `Package.validate(parallel=True)` does (the descriptor checked first, then each
    resource validated in a worker process), with `meanwhile` run here as the workers work."""
    import multiprocessing

    from frictionless import FrictionlessException, Report, settings
    from frictionless.package.package import _validate_parallel

    try:
        package.to_descriptor(validate=True)
    except FrictionlessException as exception:
        return Report.from_validation(time=0, errors=exception.to_errors())
    options = [
        {"resource": {"descriptor": r.to_descriptor(), "basepath": r.basepath}, "validate": {"limit_rows": None, "limit_errors": settings.DEFAULT_LIMIT_ERRORS}}
        for r in package.resources
    ]
    with multiprocessing.get_context("fork").Pool() as pool:
        pending = pool.map_async(_validate_parallel, options)
        if meanwhile is not None:
            meanwhile()
        descriptors = pending.get()
    return Report.from_validation_reports(time=0, reports=[Report.from_descriptor(d) for d in descriptors])


def _frictionless_problems(path: Path, meanwhile: Callable[[], None] | None = None) -> list[Problem]:
    """Structure, types, constraints and keys, checked by frictionless; foreign keys between
    string fields are checked by `_foreign_key_problems` instead, with the same outcome.

    A large package is checked in worker processes, one per CPU, and `meanwhile` (if given)
    runs in this process while they work.

    Frictionless re-reads the whole referenced resource for every foreign key of every resource
    (the sources once for each resource that cites them), which made foreign keys most of the
    validation time; reading each referenced key once gives the same problems, located and
    worded as frictionless words them.
    """
    # Imported here: frictionless is slow to import and only validation needs it.
    from frictionless import Package as FrictionlessPackage

    descriptor = _read_descriptor(path)
    try:
        package = FrictionlessPackage(str(path))
        own = {}
        for resource in package.resources:
            if resource.schema and resource.schema.foreign_keys:
                mine = [fk for fk in resource.schema.foreign_keys if _checked_here(descriptor, resource.name, fk)]
                resource.schema.foreign_keys = [fk for fk in resource.schema.foreign_keys if fk not in mine]
                own[resource.name] = mine
            _drop_implied_uri_formats(resource)
        # Once the foreign keys checked here are taken out, no resource depends on another,
        # and a large package is validated in parallel, one process per CPU. A small one is
        # not: starting the processes would cost more than it saves.
        independent = not any(r.schema and r.schema.foreign_keys for r in package.resources)
        if independent and _data_bytes(path.parent, descriptor) > PARALLEL_FROM_BYTES:
            report = _validate_in_workers(package, meanwhile)
        else:
            report = package.validate()
    except Exception as exc:  # frictionless raises FrictionlessException on bad descriptors
        return [Problem("datapackage", None, None, str(exc))]
    problems = [Problem("datapackage", None, None, err.message) for err in report.errors]
    if problems:
        return problems
    keys = {r["name"]: r.get("schema", {}).get("primaryKey", []) for r in descriptor["resources"]}
    foreign = _foreign_key_problems(path.parent, descriptor, own)
    for task in report.tasks:
        found: list[Problem] = []
        for err in task.errors:
            field_name = getattr(err, "field_name", None)
            if field_name is None and err.type == "primary-key":
                field_name = ",".join(keys.get(task.name, []))
            if field_name is None and err.type == "foreign-key":
                field_name = ",".join(getattr(err, "field_names", None) or [])
            row = getattr(err, "row_number", None)
            if row is None and err.type in _LABEL_ERRORS:
                row = 1
            found.append(Problem(task.name, row, field_name, _short(err)))
        # In row order, as frictionless reports them: a row's own errors before its foreign keys.
        found = sorted(found + foreign.get(task.name, []), key=lambda p: -1 if p.row is None else p.row)
        problems += cap(found)
    return problems


def _tabular(descriptor: dict, name: str) -> dict | None:
    return next((r for r in tabular_resources(descriptor) if r["name"] == name), None)


def _checked_here(descriptor: dict, name: str, foreign_key: dict) -> bool:
    """Whether a foreign key joins string fields of two tabular resources that exist: those are
    compared as text, exactly as frictionless compares them. Any other key stays with frictionless."""
    fields = foreign_key.get("fields")
    reference = foreign_key.get("reference") or {}
    target_name = reference.get("resource") or name
    source, target = _tabular(descriptor, name), _tabular(descriptor, target_name)
    if source is None or target is None or not isinstance(fields, list) or not isinstance(reference.get("fields"), list):
        return False
    if not all(isinstance(r.get("path"), str) for r in (source, target)):
        return False

    def types(resource: dict) -> dict[str, str]:
        return {f["name"]: f.get("type", "string") for f in resource["schema"]["fields"]}

    return all(types(source).get(f) == "string" for f in fields) and all(
        types(target).get(f) == "string" for f in reference["fields"]
    )


def _read_columns(root: Path, resource: dict, columns: set[str]) -> pd.DataFrame:
    """The given columns (those the file has) as text, one row per record, so that row
    `i` is CSV row `i + 2` as frictionless numbers rows; missing values (the schema's
    missingValues, by default an empty cell) as None."""
    missing = list(resource["schema"].get("missingValues", [""]))
    path, encoding = root / resource["path"], resource.get("encoding", "utf-8")
    header = pd.read_csv(path, nrows=0, encoding=encoding).columns
    frame = pd.read_csv(
        path, usecols=[c for c in header if c in columns], dtype=str, keep_default_na=False,
        skip_blank_lines=False, encoding=encoding,
    )
    return frame.astype(object).where(~frame.isin(missing), None)


def _foreign_key_problems(root: Path, descriptor: dict, foreign_keys: dict[str, list[dict]]) -> dict[str, list[Problem]]:
    """Rows whose foreign key names no row of the referenced resource, per resource, in row
    order; each referenced key is read once. A file that cannot be read is skipped here
    (frictionless reports it)."""
    unreadable = (OSError, UnicodeDecodeError, ValueError, pd.errors.ParserError)
    lookups: dict[tuple[str, tuple[str, ...]], set[tuple] | None] = {}

    def lookup(target: str, key: tuple[str, ...]) -> set[tuple] | None:
        if (target, key) not in lookups:
            try:
                frame = _read_columns(root, _tabular(descriptor, target), set(key))
                cells = zip(*(frame[k] for k in key)) if set(key) <= set(frame.columns) else iter(())
                lookups[(target, key)] = {c for c in cells if set(c) != {None}}
            except unreadable:
                lookups[(target, key)] = None
        return lookups[(target, key)]

    problems: dict[str, list[Problem]] = {}
    for name, keys in foreign_keys.items():
        try:
            frame = _read_columns(root, _tabular(descriptor, name), {f for fk in keys for f in fk["fields"]})
        except unreadable:
            continue
        found: list[tuple[int, int, Problem]] = []
        for order, fk in enumerate(keys):
            fields, reference = tuple(fk["fields"]), fk["reference"]
            target, key = reference.get("resource") or name, tuple(reference["fields"])
            known = lookup(target, key)
            if known is None or not set(fields) <= set(frame.columns):
                continue
            cells = pd.Series(list(zip(*(frame[f] for f in fields))), index=frame.index, dtype=object)
            empty = frame[list(fields)].isna().all(axis=1)
            for position, values in cells[~empty & ~cells.isin(known)].items():
                note = 'for "%s": values "%s" not found in the lookup table "%s" as "%s"' % (
                    ", ".join(fields), ", ".join(str(c) for c in values), target, ", ".join(key),
                )
                found.append((position, order, Problem(name, position + 2, ",".join(fields), f"ForeignKey Error: {note}")))
        problems[name] = [problem for _, _, problem in sorted(found, key=lambda item: item[:2])]
    return problems


def _short(err) -> str:
    """A readable message that names the offending value where there is one."""
    note = getattr(err, "note", "") or ""
    cell = getattr(err, "cell", None)
    if err.type == "constraint-error" and 'constraint "required"' in note:
        return "missing value (required)"
    if err.type in ("type-error", "constraint-error") and cell is not None:
        kind = "wrong type" if err.type == "type-error" else "not allowed"
        return f"{kind}: {cell!r} ({note})"
    if err.type in ("unique-error", "primary-key") and cell is not None:
        return f"duplicate value {cell!r} ({note})"
    title = getattr(err, "title", err.type)
    return f"{title}: {note}" if note else err.message


def cap(problems: list[Problem], limit: int = MAX_PROBLEMS_PER_RESOURCE) -> list[Problem]:
    """Keep the first `limit` problems of a resource and summarise the rest in one line."""
    if len(problems) <= limit:
        return problems
    rest = len(problems) - limit
    return problems[:limit] + [Problem(problems[0].resource, None, None, f"... and {rest} more problem(s) of this resource")]


def check(path: str | Path = DEFAULT_PATH) -> tuple[list[Problem], Package | None]:
    """Problems in the package, and the package itself when it is well-formed enough to read.

    Structure and schemas are checked first; the cross-resource rules assume well-formed
    tables, so they run only once frictionless finds nothing.
    """
    from analysis import rules

    path = Path(path)
    descriptor = _read_descriptor(path)
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
            tables = {r["name"]: read_table(path.parent, r) for r in tabular_resources(descriptor)}
            package = Package(path, descriptor, tables)
            ahead["result"] = (rules.check_all(package), package)
        except Exception:  # noqa: BLE001 - a package frictionless refuses may break a rule
            pass

    problems = _frictionless_problems(path, meanwhile=rules_meanwhile)
    if problems:
        return problems, None
    if "result" in ahead:
        return ahead["result"]
    tables = {r["name"]: read_table(path.parent, r) for r in tabular_resources(descriptor)}
    package = Package(path, descriptor, tables)
    return rules.check_all(package), package


def validate(path: str | Path = DEFAULT_PATH) -> list[Problem]:
    """Every problem in the package (empty when it is valid)."""
    try:
        return check(path)[0]
    except InvalidPackage as exc:
        return exc.problems


def load(path: str | Path = DEFAULT_PATH) -> Package:
    """The validated package as DataFrames; raises InvalidPackage naming every problem."""
    problems, package = check(path)
    if problems or package is None:
        raise InvalidPackage(Path(path), problems)
    return package


def rows_of(frame: pd.DataFrame) -> Iterable[tuple[int, dict]]:
    """Rows as {column: value} with their CSV line number (the header is line 1); missing
    values stay pd.NA. Dicts rather than iterrows' Series, which cost far more per row."""
    columns = list(frame.columns)
    for position, values in enumerate(zip(*(frame[c].tolist() for c in columns))):
        yield position + 2, dict(zip(columns, values))
