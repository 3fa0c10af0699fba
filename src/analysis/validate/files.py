"""The package's files as files: a descriptor that is JSON, CSV files in UTF-8 with LF line ends
and the schema's header."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from analysis.validate.problems import InvalidPackage, Problem, cap

DESCRIPTOR_NAME = "datapackage.json"
UTF8_BOM = b"\xef\xbb\xbf"


def descriptor_path(path: Path) -> Path:
    """The descriptor a path names: the file itself, or the datapackage.json of a folder."""
    return path / DESCRIPTOR_NAME if path.is_dir() else path


def read_descriptor(path: Path) -> dict:
    """The descriptor as a dict; raises InvalidPackage, in one problem naming the path, when
    there is none to read."""

    def refuse(message: str) -> InvalidPackage:
        return InvalidPackage(path, [Problem("datapackage", None, None, message)])

    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):
        raise refuse(f"no descriptor at {path}") from None
    except IsADirectoryError:
        raise refuse(f"{path} is a folder, not a descriptor") from None
    except OSError as exc:
        raise refuse(f"cannot read {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise refuse(f"descriptor {path} is not valid JSON: {exc}") from None
    if not isinstance(descriptor, dict):
        raise refuse(f"descriptor {path} is not a JSON object")
    return descriptor


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
