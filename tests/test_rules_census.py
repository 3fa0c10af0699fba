"""The census covers every Dutch municipality and province once and names every tie under its
own authority: each rule rejects the broken case it names, at its row and field."""

from __future__ import annotations

from conftest import census_rows
from analysis.validate import validate


def located(problems):
    return {(p.resource, p.row, p.field) for p in problems}


def line_of(census: list[dict], **match) -> int:
    return next(i for i, row in enumerate(census) if all(row[k] == v for k, v in match.items())) + 2


def test_a_made_up_census_of_the_test_package_is_valid(rows, make_package):
    rows["census"] = census_rows(rows)
    assert validate(make_package(rows)) == []


def test_a_municipality_left_out_is_named(rows, make_package):
    rows["census"] = [r for r in census_rows(rows) if r["code"] != "GM0014"]
    problems = validate(make_package(rows))
    assert ("census", None, "code") in located(problems)
    assert any("GM0014 has no census row" in p.message for p in problems)


def test_a_municipality_counted_twice_or_unknown_is_rejected(rows, make_package):
    census = census_rows(rows)
    first = line_of(census, code="GM0014")
    census.append(dict(census[first - 2], id="again"))
    census.append(dict(census[first - 2], id="ghost", code="GM9999"))
    rows["census"] = census
    problems = validate(make_package(rows))
    assert ("census", len(census), "code") in located(problems)  # the copy, after the original
    assert ("census", len(census) + 1, "code") in located(problems)
    assert any("GM9999 is not in the CBS boundary files" in p.message for p in problems)


def test_a_tie_no_census_row_names_is_rejected(rows, make_package):
    census = census_rows(rows)
    rotterdam = line_of(census, code="GM0599")
    census[rotterdam - 2].update(result="no_tie_found", partnership_ids="")
    rows["census"] = census
    tie = next(i for i, p in enumerate(rows["partnerships"]) if p["nl_authority_id"] == "nl-rotterdam") + 2
    assert ("partnerships", tie, "id") in located(validate(make_package(rows)))


def test_a_tie_listed_under_another_authority_is_rejected(rows, make_package):
    census = census_rows(rows)
    rotterdam, arnhem = line_of(census, code="GM0599"), line_of(census, code="GM0202")
    moved = census[rotterdam - 2]["partnership_ids"]
    census[rotterdam - 2].update(result="no_tie_found", partnership_ids="")
    census[arnhem - 2]["partnership_ids"] += ";" + moved
    rows["census"] = census
    assert ("census", arnhem, "partnership_ids") in located(validate(make_package(rows)))


def test_a_result_must_agree_with_what_the_row_names(rows, make_package):
    census = census_rows(rows)
    empty, rotterdam = line_of(census, code="GM0014"), line_of(census, code="GM0599")
    census[empty - 2]["result"] = "tie_found"
    census[rotterdam - 2]["result"] = "lead"
    rows["census"] = census
    problems = located(validate(make_package(rows)))
    assert {("census", empty, "partnership_ids"), ("census", rotterdam, "result"), ("census", rotterdam, "lead")} <= problems
