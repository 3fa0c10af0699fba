"""Every coded value has an English and a Dutch label: the labels rules reject each missing one
at the row and field that holds it."""

from __future__ import annotations

import copy
import csv
import json

from analysis.package import DEFAULT_PATH
from analysis.validate import validate
from synthetic_rows import every_resource_rows

LABELS = DEFAULT_PATH.parent / "data" / "labels.csv"


def real_labels() -> list[dict]:
    with LABELS.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def without(vocabulary: str, code: str) -> list[dict]:
    rows = [r for r in real_labels() if (r["vocabulary"], r["code"]) != (vocabulary, code)]
    assert len(rows) == len(real_labels()) - 1
    return rows


def located(problems):
    return {(p.resource, p.row, p.field) for p in problems}


def test_the_real_labels_cover_the_test_package(rows, make_package):
    assert validate(make_package(rows)) == []


def test_a_status_without_a_label_is_rejected_where_it_is_used_and_where_it_is_allowed(rows, make_package):
    rows["labels"] = without("status", "ended")
    problems = validate(make_package(rows))
    ended = next(i for i, p in enumerate(rows["partnerships"]) if p["status"] == "ended") + 2
    assert ("partnerships", ended, "status") in located(problems)
    assert ("labels", None, "code") in located(problems)
    assert any("'ended'" in p.message and "'status'" in p.message for p in problems)


def test_each_code_of_a_list_needs_its_label(make_package):
    rows = every_resource_rows()
    rows["labels"] = without("reason", "security")
    rows["decisions"][0]["reason_codes"] = "human_rights;security"
    problems = validate(make_package(rows))
    assert [(p.resource, p.row, p.field) for p in problems if "'security'" in p.message] == [("decisions", 2, "reason_codes")]
    assert not any("'human_rights'" in p.message for p in problems)


def test_a_label_needs_both_languages(rows, make_package):
    labels = real_labels()
    next(r for r in labels if (r["vocabulary"], r["code"]) == ("relation_type", "sister"))["label_nl"] = ""
    rows["labels"] = labels
    problems = located(validate(make_package(rows)))
    assert any(resource == "labels" and field == "label_nl" for resource, _, field in problems)
    sister = next(i for i, p in enumerate(rows["partnerships"]) if p["relation_type"] == "sister") + 2
    assert ("partnerships", sister, "relation_type") in problems


def test_a_field_with_fixed_values_must_name_its_vocabulary(rows, make_package):
    descriptor = copy.deepcopy(json.loads(DEFAULT_PATH.read_text(encoding="utf-8")))
    partnerships = next(r for r in descriptor["resources"] if r["name"] == "partnerships")
    field = next(f for f in partnerships["schema"]["fields"] if f["name"] == "status")
    del field["vocabulary"]
    assert ("partnerships", None, "status") in located(validate(make_package(rows, descriptor)))
