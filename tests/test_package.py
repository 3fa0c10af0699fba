from __future__ import annotations

import pandas as pd
import pytest

from analysis import InvalidPackage, load
from analysis.cli import main
from analysis.validate import validate


def test_hand_made_package_is_valid(rows, make_package):
    assert validate(make_package(rows)) == []


def test_load_gives_schema_dtypes(rows, make_package):
    package = load(make_package(rows))
    partnerships = package["partnerships"]
    assert str(partnerships["established"].dtype) == "Int64"
    assert str(package["authorities"]["latitude"].dtype) == "Float64"
    assert partnerships.set_index("id").at["rotterdam--shanghai", "established"] == 1979
    # Empty cells are missing values, not empty strings.
    assert pd.isna(package["authorities"].set_index("id").at["cn-shanghai", "parent_id"])


def test_dangling_foreign_key_names_resource_row_and_field(rows, make_package, capsys):
    rows["partnerships"][1]["nl_authority_id"] = "nl-nowhere"
    path = make_package(rows)
    problems = validate(path)
    assert [(p.resource, p.row, p.field) for p in problems] == [("partnerships", 3, "nl_authority_id")]
    assert main(["validate", str(path)]) == 1
    assert "partnerships:3:nl_authority_id:" in capsys.readouterr().err


def test_cli_exits_zero_on_valid_package(rows, make_package, capsys):
    assert main(["validate", str(make_package(rows))]) == 0
    assert "valid" in capsys.readouterr().out


def test_load_refuses_invalid_package(rows, make_package):
    rows["partnerships"][0]["status"] = "thriving"
    with pytest.raises(InvalidPackage) as caught:
        load(make_package(rows))
    assert "partnerships:2:status:" in str(caught.value)


def test_missing_descriptor_is_a_problem_not_a_crash(tmp_path):
    problems = validate(tmp_path / "nowhere.json")
    assert problems and problems[0].resource == "datapackage"


def test_cascading_errors_are_capped(rows, make_package):
    rows["events"] = [dict(rows["events"][0], id=f"e{i}", partnership_id="ghost") for i in range(60)]
    problems = validate(make_package(rows))
    events = [p for p in problems if p.resource == "events"]
    assert len(events) == 26
    assert "more problem" in events[-1].message


def test_messages_name_the_offending_value(rows, make_package):
    rows["partnerships"][0]["established"] = "nineteen"
    rows["partnerships"][1]["status"] = ""
    messages = {(p.resource, p.row, p.field): p.message for p in validate(make_package(rows))}
    assert "'nineteen'" in messages[("partnerships", 2, "established")]
    assert messages[("partnerships", 3, "status")] == "missing value (required)"


def _with_url_field(descriptor_edit) -> dict:
    import copy
    import json

    from analysis.package import DEFAULT_PATH

    descriptor = copy.deepcopy(json.loads(DEFAULT_PATH.read_text(encoding="utf-8")))
    sources = next(r for r in descriptor["resources"] if r["name"] == "sources")
    url = next(f for f in sources["schema"]["fields"] if f["name"] == "url")
    descriptor_edit(url)
    return descriptor


@pytest.mark.parametrize("keep_pattern", [True, False])
def test_a_source_url_without_a_scheme_is_refused_with_or_without_the_pattern(rows, make_package, keep_pattern):
    """The uri format is left unchecked only where the field's pattern already requires an
    http(s) scheme; a URL without one is refused either way, at the same row and field."""

    def edit(field):
        assert field.get("format") == "uri"
        if not keep_pattern:
            field["constraints"].pop("pattern")

    rows["sources"][0]["url"] = "example.org/page"
    problems = validate(make_package(rows, _with_url_field(edit)))
    assert ("sources", 2, "url") in {(p.resource, p.row, p.field) for p in problems}, problems


def test_explode_ids_splits_a_column_as_split_ids_splits_a_cell():
    from analysis.vocabulary import explode_ids, split_ids

    cells = pd.Series(["a;b", " c ; d ;", pd.NA, "", "e", ";;", "f;f"], dtype="string")
    exploded = explode_ids(cells)
    expected = [(i, part) for i, cell in cells.items() for part in split_ids(cell)]
    assert list(exploded.items()) == expected
    assert list(explode_ids(pd.Series([], dtype="string"))) == []
