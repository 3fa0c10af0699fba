"""Each cross-resource rule rejects the broken case it names, at the right resource, row and field."""

from __future__ import annotations

import pytest

from analysis.validate import validate
from analysis.cli import main


def located(problems):
    return {(p.resource, p.row, p.field) for p in problems}


def test_unknown_authority_is_rejected(rows, make_package, capsys):
    rows["partnerships"][0]["cn_authority_id"] = "cn-atlantis"
    path = make_package(rows)
    assert ("partnerships", 2, "cn_authority_id") in located(validate(path))
    assert main(["validate", str(path)]) == 1
    assert "partnerships:2:cn_authority_id:" in capsys.readouterr().err


def test_missing_source_is_rejected(rows, make_package):
    rows["partnerships"][1]["source_ids"] = ""
    assert ("partnerships", 3, "source_ids") in located(validate(make_package(rows)))


def test_source_id_that_does_not_exist_is_rejected(rows, make_package):
    rows["partnerships"][1]["source_ids"] = "s-news; s-ghost"
    problems = validate(make_package(rows))
    assert [(p.resource, p.row, p.field) for p in problems] == [("partnerships", 3, "source_ids")]
    assert "s-ghost" in problems[0].message


def test_invalid_status_is_rejected(rows, make_package):
    rows["partnerships"][0]["status"] = "frozen"
    assert ("partnerships", 2, "status") in located(validate(make_package(rows)))


def test_event_without_known_source_is_rejected(rows, make_package):
    rows["events"][0]["source_id"] = "s-ghost"
    assert ("events", 2, "source_id") in located(validate(make_package(rows)))


def test_ended_tie_needs_an_end_event(rows, make_package):
    rows["events"] = [e for e in rows["events"] if e["type"] != "ended"]
    assert located(validate(make_package(rows))) == {("partnerships", 3, "status")}


def test_status_must_agree_with_latest_event(rows, make_package):
    rows["partnerships"][1]["status"] = "active"  # but the latest event ended it
    problems = validate(make_package(rows))
    assert located(problems) == {("partnerships", 3, "status")}
    assert "contradicts" in problems[0].message


def test_renewal_after_an_end_allows_active(rows, make_package):
    rows["partnerships"][1].update(status="active", status_as_of="2023-07-01")
    rows["events"].append({"id": "aw-renewed", "partnership_id": "arnhem--wuhan", "date": "2023-06",
                           "type": "renewed", "description": "Renewed.", "source_id": "s-news"})
    rows["sources"][0]["published"] = "2023-07-01"
    assert validate(make_package(rows)) == []


def test_status_date_before_latest_event_is_rejected(rows, make_package):
    rows["partnerships"][1]["status_as_of"] = "2020-01-01"
    assert ("partnerships", 3, "status_as_of") in located(validate(make_package(rows)))


@pytest.mark.parametrize("bad_date, reason", [("1948", "before 1949"), ("2021-02-30", "not a real date"), ("2027-01", "after its source")])
def test_event_dates_must_be_plausible(rows, make_package, bad_date, reason):
    rows["events"][0]["date"] = bad_date
    problems = [p for p in validate(make_package(rows)) if p.resource == "events"]
    assert [(p.row, p.field) for p in problems] == [(2, "date")]
    assert reason in problems[0].message


def test_dutch_code_must_exist_in_cbs(rows, make_package):
    rows["authorities"][1]["code"] = "GM9999"
    assert located(validate(make_package(rows))) == {("authorities", 3, "code")}


def test_dutch_code_must_match_level(rows, make_package):
    rows["authorities"][1]["code"] = "PV28"
    assert ("authorities", 3, "code") in located(validate(make_package(rows)))


def test_former_municipality_needs_a_successor(rows, make_package):
    rows["authorities"][1].update(code="", valid_until="2023-01-01", latitude="", longitude="", location_method="")
    assert located(validate(make_package(rows))) == {("authorities", 3, "successor_id")}
    rows["authorities"][1]["successor_id"] = "nl-arnhem"
    assert validate(make_package(rows)) == []


def test_chinese_code_must_lie_in_parent_province(rows, make_package):
    rows["authorities"][6]["code"] = "320100"  # a Jiangsu code under Hubei
    assert located(validate(make_package(rows))) == {("authorities", 8, "code")}


def test_dutch_point_outside_the_netherlands_is_rejected(rows, make_package):
    rows["authorities"][1].update(latitude="48.85", longitude="2.35")  # Paris
    assert located(validate(make_package(rows))) == {("authorities", 3, "latitude")}


def test_chinese_point_in_taiwan_is_rejected(rows, make_package):
    rows["authorities"][6].update(latitude="25.03", longitude="121.56")  # Taipei
    assert located(validate(make_package(rows))) == {("authorities", 8, "latitude")}


def test_sides_must_be_in_the_right_country(rows, make_package):
    rows["partnerships"][0]["nl_authority_id"] = "cn-wuhan"
    assert ("partnerships", 2, "nl_authority_id") in located(validate(make_package(rows)))


def test_active_status_needs_a_date(rows, make_package):
    # Neither a dated source confirming it nor any event dating it.
    tie = rows["partnerships"][0]["id"]
    rows["partnerships"][0]["status_as_of"] = ""
    rows["events"] = [e for e in rows["events"] if e["partnership_id"] != tie]
    rows["decisions"] = [d for d in rows.get("decisions", []) if tie not in d.get("partnership_ids", "")]
    assert ("partnerships", 2, "status_as_of") in located(validate(make_package(rows)))


def test_a_status_confirmed_as_of_a_date_no_dated_source_gives_is_refused(rows, make_package):
    rows["partnerships"][0]["status_as_of"] = "2024-02-02"
    problems = [p for p in validate(make_package(rows)) if (p.resource, p.row, p.field) == ("partnerships", 2, "status_as_of")]
    assert problems and "rests on no dated source" in problems[0].message


def test_an_undated_source_may_date_the_event_it_reports_but_not_confirm_a_status(rows, make_package):
    # The only source of the latest event is undated: the status keeps no confirmed date.
    tie = rows["partnerships"][1]
    for source in rows["sources"]:
        source.update(published="", date_from="", date_checked="the page and its address show no date")
    tie["status_as_of"] = "2021-03-04"
    assert ("partnerships", 3, "status_as_of") in located(validate(make_package(rows)))
    tie["status_as_of"] = ""
    assert ("partnerships", 3, "status_as_of") not in located(validate(make_package(rows)))


def test_unknown_status_on_undated_sources_may_have_no_date(rows, make_package):
    rows["sources"][1].update(published="", date_from="", date_checked="the page and its address show no date")
    rows["partnerships"][0].update(status="unknown", status_as_of="")
    assert validate(make_package(rows)) == []


def test_truncated_geojson_is_rejected(rows, make_package):
    path = make_package(rows)
    geo = path.parent / "geo" / "nl_provincies_2025.geojson"
    geo.write_text(geo.read_text(encoding="utf-8")[:5000], encoding="utf-8")
    assert any(p.resource == "nl_provinces" for p in validate(path))


def test_decision_naming_an_unknown_tie_is_rejected(rows, make_package):
    rows["decisions"] = [{"id": "d1", "nl_authority_id": "nl-arnhem", "partnership_ids": "arnhem--wuhan; arnhem--atlantis",
                          "date": "2021-07-21", "body": "council", "type": "motion", "outcome": "adopted", "vote": "",
                          "reasons": "", "source_id": "s-news", "quote": "De motie is aangenomen.",
                          "quote_en": "The motion was adopted."}]
    problems = validate(make_package(rows))
    assert [(p.resource, p.row, p.field) for p in problems] == [("decisions", 2, "partnership_ids")]
    assert "arnhem--atlantis" in problems[0].message


def test_relation_to_unknown_stakeholder_is_rejected(rows, make_package):
    rows["stakeholders"] = [{"id": "bz", "name": "Ministry of Foreign Affairs", "country": "NL", "kind": "ministry", "source_id": "s-gov"}]
    rows["stakeholder_relations"] = [{"id": "r1", "from_id": "bz", "to_id": "ghost", "type": "advises", "source_id": "s-gov"}]
    assert ("stakeholder_relations", 2, "to_id") in located(validate(make_package(rows)))


def test_practice_naming_an_unknown_authority_is_rejected(rows, make_package):
    rows["practices"] = [{"id": "p1", "name": "Evaluate", "description": "Evaluate regularly.", "authority_ids": "nl-nowhere",
                          "source_id": "s-gov"}]
    assert located(validate(make_package(rows))) == {("practices", 2, "authority_ids")}


def test_an_event_quote_is_short_and_rendered_in_english(rows, make_package):
    rows["events"][0]["quote"] = " ".join(["woord"] * 41)
    rows["events"][1]["quote"] = "De raad beëindigt de band."
    problems = located(validate(make_package(rows)))
    assert ("events", 2, "quote") in problems and ("events", 3, "quote_en") in problems
    rows["events"][0]["quote"] = "鹿特丹" * 30  # ninety characters: forty-five words
    rows["events"][0]["quote_en"] = "Rotterdam."
    assert ("events", 2, "quote") in located(validate(make_package(rows)))


def test_a_decision_states_its_outcome_in_a_short_quote_rendered_in_english(rows, make_package):
    rows["decisions"] = [{"id": "d1", "nl_authority_id": "nl-arnhem", "partnership_ids": "arnhem--wuhan", "date": "2021-07-21",
                          "body": "council", "type": "motion", "outcome": "adopted", "vote": "", "reasons": "",
                          "source_id": "s-news", "quote": " ".join(["woord"] * 41), "quote_en": "Words."}]
    assert ("decisions", 2, "quote") in located(validate(make_package(rows)))
    rows["decisions"][0].update(quote="De motie is aangenomen.", quote_en="")
    assert ("decisions", 2, "quote_en") in located(validate(make_package(rows)))
    rows["decisions"][0].update(quote="")
    assert ("decisions", 2, "quote") in located(validate(make_package(rows)))


def test_an_event_from_an_undated_page_holds_its_year_in_the_quote(rows, make_package):
    rows["sources"][0].update(published="", date_from="", date_checked="the page shows no date")
    rows["events"][1]["quote"] = "Arnhem en Wuhan sloten een stedenband."  # arnhem--wuhan 1999, cited to s-news
    assert ("events", 3, "quote") in located(validate(make_package(rows)))
    rows["events"][1]["quote"] = "In 1999 sloten Arnhem en Wuhan een stedenband."
    assert ("events", 3, "quote") not in located(validate(make_package(rows)))


def test_an_english_rendering_needs_a_quote(rows, make_package):
    rows["events"][0]["quote_en"] = "A rendering of nothing."
    assert ("events", 2, "quote_en") in located(validate(make_package(rows)))


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\",\"click\")", "+31 in the council", "-1 for the motion", "@SUM(A1)", "\tTabbed"])
def test_text_that_a_spreadsheet_would_run_is_refused_at_its_row_and_field(rows, make_package, capsys, text):
    rows["partnerships"][1]["notes"] = text
    path = make_package(rows)
    problems = [p for p in validate(path) if (p.resource, p.row, p.field) == ("partnerships", 3, "notes")]
    assert problems and "spreadsheet formula" in problems[0].message
    assert main(["validate", str(path)]) == 1
    assert "partnerships:3:notes:" in capsys.readouterr().err


def test_the_same_characters_inside_text_or_where_a_pattern_asks_for_them_pass():
    from analysis.validate.rules.every_resource import _pattern_starts_like_a_formula

    assert _pattern_starts_like_a_formula("^[-+]?[0-9]+$") and _pattern_starts_like_a_formula("\\+31[0-9]+")
    assert not _pattern_starts_like_a_formula("^[0-9]{4}(-[0-9]{2})?$") and not _pattern_starts_like_a_formula("^https?://")


def test_a_formula_sign_inside_the_text_is_fine(rows, make_package):
    rows["partnerships"][1]["notes"] = "Voted 20-3; see A=B and @council"
    assert not [p for p in validate(make_package(rows)) if p.field == "notes"]


def test_a_dated_source_says_where_its_date_is_and_an_undated_one_what_was_checked(rows, make_package):
    rows["sources"][0]["date_from"] = ""
    rows["sources"][1].update(published="", date_from="", date_checked="")
    rows["sources"][2].update(published="", date_from="address", date_checked="page text and address")
    found = located(validate(make_package(rows)))
    assert ("sources", 2, "date_from") in found       # dated, but where?
    assert ("sources", 3, "date_checked") in found    # undated, but what was checked?
    assert ("sources", 4, "date_from") in found       # undated, yet a place for its date


def test_an_undated_source_that_says_what_was_checked_passes(rows, make_package):
    rows["sources"][1].update(published="", date_from="", date_checked="the page's text and address show no date")
    assert not [p for p in validate(make_package(rows)) if p.resource == "sources"]


@pytest.mark.parametrize("change, field, message", [
    (dict(type_quote="", type_source_id=""), "type_quote", "needs the words of a source"),
    (dict(type_quote="Rotterdam en Shanghai tekenden een intentieverklaring."), "type_quote", "state mou, not 'sister'"),
    (dict(type_quote="Rotterdam en Shanghai werken samen."), "type_quote", "no term the descriptor maps"),
    (dict(type_source_id="s-geo"), "type_source_id", "cited neither by the tie nor by its events"),
    (dict(type_quote_en=""), "type_quote_en", "needs its English rendering"),
])
def test_a_ties_type_rests_on_words_that_state_it(rows, make_package, change, field, message):
    rows["partnerships"][0].update(change)
    problems = [p for p in validate(make_package(rows)) if (p.resource, p.row, p.field) == ("partnerships", 2, field)]
    assert problems and message in problems[0].message, [p.message for p in validate(make_package(rows))]


@pytest.mark.parametrize("change, field, message", [
    (dict(status_quote="", status_source_id=""), "status_quote", "needs the words of a source that show it"),
    (dict(status_source_id="s-geo"), "status_source_id", "cited neither by the tie nor by its events"),
    (dict(status_quote_en=""), "status_quote_en", "needs its English rendering"),
    (dict(status_quote="woord " * 41), "status_quote", "at most 40"),
    # s-gov was published in May 2023: it cannot confirm the status as of March 2024.
    (dict(status_as_of="2024-03"), "status_source_id", "does not date the status to 2024-03"),
])
def test_a_ties_status_rests_on_words_of_the_source_that_confirms_it(rows, make_package, change, field, message):
    rows["partnerships"][0].update(change)
    problems = [p for p in validate(make_package(rows)) if (p.resource, p.row, p.field) == ("partnerships", 2, field)]
    assert problems and message in problems[0].message, [p.message for p in validate(make_package(rows))]


def test_a_status_confirmed_by_the_source_of_an_event_of_that_date_passes(rows, make_package):
    # Arnhem's end (4 March 2021) is reported by s-news, published the day after.
    rows["partnerships"][1].update(status_as_of="2021-03-04")
    assert not [p for p in validate(make_package(rows)) if p.field.startswith("status")]


def test_an_unknown_status_needs_no_status_quote(rows, make_package):
    rows["partnerships"][0].update(status="unknown", status_quote="", status_source_id="", status_quote_en="")
    assert not [p for p in validate(make_package(rows)) if p.field.startswith("status_")]


def test_an_informal_tie_needs_no_type_quote(rows, make_package):
    rows["partnerships"][0].update(relation_type="informal", type_quote="", type_source_id="", type_quote_en="")
    assert not [p for p in validate(make_package(rows)) if p.field.startswith("type_")]
