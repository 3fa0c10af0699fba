"""One run of validation reports every problem, each once: the files', frictionless's and the
project's rules', so that fixing what it reports does not uncover more."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from analysis.package import DEFAULT_PATH
from analysis.validate import check, validate
from analysis.validate import rules as rules_package
from analysis.validate.rules import every_resource
from analysis.vocabulary import split_ids


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _drop_line(path: Path, line: int) -> None:
    """Remove one CSV line (every record is one line: the file checks require it)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    path.write_text("\n".join(lines[: line - 1] + lines[line:]), encoding="utf-8")


def _located(problems) -> dict[tuple, list[str]]:
    found: dict[tuple, list[str]] = {}
    for p in problems:
        found.setdefault((p.resource, p.row, p.field), []).append(p.message)
    return found


def test_a_removed_source_is_reported_where_a_tie_and_an_event_cite_it(tmp_path):
    """A tie's list of sources is checked by a rule, an event's source by the foreign key:
    both places are reported in the same run, at their CSV lines."""
    root = tmp_path / "pkg"
    shutil.copytree(DEFAULT_PATH.parent, root)
    data = root / "data"
    partnerships, events, sources = (_rows(data / f"{name}.csv") for name in ("partnerships", "events", "sources"))
    by_ties = [s for row in partnerships for s in split_ids(row["source_ids"])]
    by_events = [row["source_id"] for row in events]
    # The source cited least often by both, so no cap on the number of problems hides either place.
    source = min(set(by_ties) & set(by_events), key=lambda s: (by_ties.count(s) + by_events.count(s), s))
    tie_line = next(i for i, row in enumerate(partnerships) if source in split_ids(row["source_ids"])) + 2
    event_line = next(i for i, row in enumerate(events) if row["source_id"] == source) + 2
    _drop_line(data / "sources.csv", next(i for i, row in enumerate(sources) if row["id"] == source) + 2)

    located = _located(validate(root))

    assert f"unknown source {source!r}" in located[("partnerships", tie_line, "source_ids")], located
    (message,) = located[("events", event_line, "source_id")]
    assert message.startswith("ForeignKey Error") and source in message


def test_each_problem_is_reported_once(rows, make_package):
    """A cell both frictionless and a rule refuse is reported once, in frictionless's words;
    different problems in the same run are all there."""
    rows["sources"][0]["url"] = "https://exa mple.org/page"  # the pattern and the URL rule refuse it
    rows["partnerships"][0]["established"] = "nineteen"  # frictionless only
    rows["partnerships"][1]["status"] = "active"  # a rule only: the tie has an 'ended' event
    problems = validate(make_package(rows))
    located = _located(problems)
    assert len(problems) == len(set(problems))
    (url,) = located[("sources", 2, "url")]
    assert url.startswith("not allowed: 'https://exa mple.org/page'")
    assert located[("partnerships", 2, "established")][0].startswith("wrong type: 'nineteen'")
    assert located[("partnerships", 3, "status")] == ["status 'active' contradicts the latest event (ended on 2021-03-04)"]


def test_a_file_problem_stops_only_its_own_resource(rows, make_package):
    rows["events"][0]["partnership_id"] = "ghost"
    rows["partnerships"][1]["status"] = "active"
    path = make_package(rows)
    sources = path.parent / "data" / "sources.csv"
    sources.write_bytes(b"\xef\xbb\xbf" + sources.read_bytes())
    located = _located(validate(path))
    assert ("sources", 1, "id") in located
    assert located[("events", 2, "partnership_id")][0].startswith("ForeignKey Error")
    assert ("partnerships", 3, "status") in located
    # Nothing is said about the citations of a source file that could not be checked.
    assert not [key for key, messages in located.items() if any("source" in m and "unknown" in m for m in messages)]


def test_rows_after_a_blank_line_keep_their_line_numbers(rows, make_package):
    """The rules read a blank line as a row of missing values, so every row keeps its CSV line;
    what they say about the blank row itself is left to frictionless's report of it."""
    rows["sources"][1]["url"] = "https:///no-host"  # the pattern allows it, the URL rule does not
    path = make_package(rows)
    sources = path.parent / "data" / "sources.csv"
    lines = sources.read_text(encoding="utf-8").split("\n")
    sources.write_text("\n".join(lines[:2] + [""] + lines[2:]), encoding="utf-8")
    located = _located(validate(path))
    assert ("sources", 3, None) in located  # the blank row
    assert located[("sources", 4, "url")] == ["'https:///no-host' has no host"]
    assert not [key for key in located if key[:2] == ("sources", 3) and key[2] not in (None, "id")]


def _breaking_rule(package):
    raise RuntimeError("a rule that breaks")
    yield  # a generator, like every rule


@pytest.fixture
def breaking_rule(monkeypatch):
    _breaking_rule.__module__ = every_resource.__name__
    monkeypatch.setattr(rules_package, "RULES", [*rules_package.RULES, _breaking_rule])


def test_a_rule_breaking_on_a_package_with_reported_problems_is_skipped(rows, make_package, breaking_rule):
    rows["partnerships"][0]["established"] = "nineteen"
    rows["partnerships"][1]["status"] = "active"
    located = _located(validate(make_package(rows)))
    assert ("partnerships", 2, "established") in located and ("partnerships", 3, "status") in located


def test_a_rule_breaking_on_a_package_frictionless_passes_raises(rows, make_package, breaking_rule):
    with pytest.raises(RuntimeError, match="a rule that breaks"):
        check(make_package(rows))


def test_every_rule_defined_runs():
    assert set(rules_package.rules()) == set(rules_package.RULES)
    assert len(rules_package.rules()) == len(rules_package.RULES)


def test_a_folder_validates_as_its_descriptor(rows, make_package):
    path = make_package(rows)
    problems, package = check(path.parent)
    assert problems == [] and package.path == path


def test_problems_read_as_resource_row_field_message(rows, make_package):
    rows["events"][0]["partnership_id"] = "ghost"
    lines = [str(p) for p in validate(make_package(rows))]
    assert lines and all(line.startswith("events:2:partnership_id: ") for line in lines)
