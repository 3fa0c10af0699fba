"""Promises the published package keeps, checked on the real data."""

from __future__ import annotations

import json

import pytest

from analysis import DEFAULT_PATH, load
from analysis.validate import validate


@pytest.fixture(scope="module")
def package():
    return load()


def test_real_package_validates():
    assert validate(DEFAULT_PATH) == []


def test_descriptor_is_data_package_v2_with_every_field_described():
    descriptor = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    assert descriptor["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    for resource in descriptor["resources"]:
        assert resource.get("description"), resource["name"]
        for field in resource.get("schema", {}).get("fields", []):
            assert field.get("description"), f"{resource['name']}.{field['name']} has no description"


def test_all_twelve_provinces_are_in_the_register(package):
    authorities = package["authorities"]
    provinces = authorities[(authorities["country"] == "NL") & (authorities["level"] == "province")]
    assert sorted(provinces["code"]) == [f"PV{n}" for n in range(20, 32)]
    tied = set(package["partnerships"]["nl_authority_id"])
    for row in provinces.itertuples():
        # A province without a tie must say what was searched (in its notes).
        assert row.id in tied or isinstance(row.notes, str) and row.notes.strip(), row.name


def test_every_tie_has_type_status_and_sources(package):
    ties = package["partnerships"]
    assert ties["relation_type"].notna().all() and ties["status"].notna().all()
    assert ties["source_ids"].str.strip().str.len().gt(0).all()
    # A known status without a confirmed date rests only on undated sources, and its notes say so.
    unconfirmed = ties[ties["status_as_of"].isna() & (ties["status"] != "unknown")]
    assert unconfirmed["notes"].str.contains("No dated source confirms the status").all()


def test_no_status_is_confirmed_by_an_undated_source_and_the_dated_share_is_known(package):
    from analysis.validate.rules.partnerships import status_confirmed_only_by_dated_sources

    assert list(status_confirmed_only_by_dated_sources(package)) == []
    sources = package["sources"]
    dated = sources["published"].notna()
    # Every source is dated, or says what was checked for a date.
    assert (dated | sources["date_checked"].fillna("").str.len().gt(20)).all()
    assert dated.sum() >= 224


def test_every_founding_year_has_an_event_of_that_year_with_its_source(package):
    ties, events = package["partnerships"], package["events"]
    for tie in ties[ties["established"].notna()].itertuples():
        own = events[(events["partnership_id"] == tie.id) & (events["date"].str[:4] == str(int(tie.established)))]
        assert len(own) and own["source_id"].notna().all(), tie.id


def test_taiwan_is_out_of_scope(package):
    codes = package["authorities"]["code"].dropna()
    assert not codes.str.startswith("71").any()


def test_nearly_every_event_carries_the_words_of_its_source(package):
    events = package["events"]
    assert events["quote"].notna().mean() >= 0.95


def test_no_tie_is_ended_without_an_end_event_that_is_not_a_proposal(package):
    """A status follows a decision or a later source, never a proposal: every ended tie has an
    'ended' event, and no 'ended' event describes a proposal or a vote still to come."""
    events = package["events"]
    ended = events[events["type"] == "ended"]
    assert set(package["partnerships"].query("status == 'ended'")["id"]) <= set(ended["partnership_id"])
    pending = ended["description"].str.contains("scheduled|to be decided|proposal|proposes", case=False)
    assert not pending.any(), ended.loc[pending, "id"].tolist()


def test_every_tie_of_unknown_status_or_founding_year_says_in_its_census_row_what_was_searched(package):
    """Above the targets (8 of unknown status, 12 without a founding year), each such tie's census
    row says what was searched for it, and the research log lists the queries."""
    import csv

    from analysis.package import DEFAULT_PATH
    from analysis.vocabulary import split_ids

    ties = package["partnerships"]
    open_ties = ties[(ties["status"] == "unknown") | ties["established"].isna()]
    with open(DEFAULT_PATH.parent / "research" / "open-ties-searched-2026-12.csv", encoding="utf-8", newline="") as handle:
        logged = {row["partnership_id"]: row for row in csv.DictReader(handle)}
    census = package["census"]
    for tie in open_ties["id"]:
        assert tie in logged and logged[tie]["queries"].count('"') >= 4, tie
        row = census[census["partnership_ids"].map(lambda ids: tie in split_ids(ids))]
        assert len(row) == 1, tie
        assert "searched again on" in row["notes"].iloc[0] and "open-ties-searched" in row["notes"].iloc[0], tie
