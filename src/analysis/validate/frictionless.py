"""Structure, types, constraints and keys, checked by frictionless (in worker processes for a
large package), its errors worded for readers."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from pathlib import Path

from analysis.tables import tabular_resources
from analysis.validate.foreign_keys import checked_here, foreign_key_problems
from analysis.validate.problems import Problem, cap

# Above this much tabular data, frictionless checks the resources in parallel processes.
PARALLEL_FROM_BYTES = 5_000_000
# Header problems frictionless reports without a row: they are on line 1.
_LABEL_ERRORS = {"blank-label", "duplicate-label", "extra-label", "incorrect-label", "missing-label"}


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


def frictionless_problems(
    path: Path, descriptor: dict, skip: Collection[str] = (), meanwhile: Callable[[], None] | None = None,
) -> list[Problem]:
    """Structure, types, constraints and keys, checked by frictionless; foreign keys between
    string fields are checked by `foreign_key_problems` instead, with the same outcome. The
    resources in `skip` (files whose other problems are reported) are left out, with the
    foreign keys that refer to them.

    A large package is checked in worker processes, one per CPU, and `meanwhile` (if given)
    runs in this process while they work; otherwise it is not run.

    Frictionless re-reads the whole referenced resource for every foreign key of every resource
    (the sources once for each resource that cites them), which made foreign keys most of the
    validation time; reading each referenced key once gives the same problems, located and
    worded as frictionless words them.
    """
    # Imported here: frictionless is slow to import and only validation needs it.
    from frictionless import Package as FrictionlessPackage

    try:
        package = FrictionlessPackage(str(path))
        for name in skip:
            package.remove_resource(name)
        own = {}
        for resource in package.resources:
            if resource.schema and resource.schema.foreign_keys:
                keys = [fk for fk in resource.schema.foreign_keys if (fk.get("reference") or {}).get("resource") not in skip]
                mine = [fk for fk in keys if checked_here(descriptor, resource.name, fk)]
                resource.schema.foreign_keys = [fk for fk in keys if fk not in mine]
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
    keys = {r["name"]: r.get("schema", {}).get("primaryKey", []) for r in tabular_resources(descriptor)}
    foreign = foreign_key_problems(path.parent, descriptor, own)
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
