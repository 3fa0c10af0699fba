"""Foreign keys are checked by analysis.validate from one read of each referenced key: the
problems must be the ones frictionless itself reports, row for row and word for word."""

from __future__ import annotations

from frictionless import Package as FrictionlessPackage

from analysis.validate import validate
from analysis.validate.frictionless import _short


def frictionless_foreign_key_problems(path):
    report = FrictionlessPackage(str(path)).validate()
    return [
        (task.name, err.row_number, ",".join(err.field_names), _short(err))
        for task in report.tasks
        for err in task.errors
        if err.type == "foreign-key"
    ]


def test_foreign_key_problems_match_frictionless(rows, make_package):
    rows["authorities"][1]["parent_id"] = "nl-ghost"  # a key to the resource itself
    rows["partnerships"][1]["nl_authority_id"] = "nl-nowhere"
    rows["events"][0]["partnership_id"] = "ghost"
    rows["events"][2]["source_id"] = "s-ghost"
    rows["published_counts"][0]["source_id"] = "s-gone"
    path = make_package(rows)
    expected = frictionless_foreign_key_problems(path)
    assert len(expected) == 5
    ours = [(p.resource, p.row, p.field, p.message) for p in validate(path) if p.message.startswith("ForeignKey")]
    assert sorted(ours) == sorted(expected)


def test_empty_reference_is_not_a_foreign_key_problem(rows, make_package):
    rows["authorities"][1]["parent_id"] = ""
    path = make_package(rows)
    assert frictionless_foreign_key_problems(path) == []
    assert not [p for p in validate(path) if p.message.startswith("ForeignKey")]
