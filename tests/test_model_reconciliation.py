from __future__ import annotations

from datetime import date

import pandas as pd

from analysis import load
from analysis.model import reconciliation as rec


def reconcile_one(package, as_of, measure, value, qualifier="exact", since=None):
    """The register's comparison with one published count."""
    published = pd.DataFrame([{"id": "c", "source_id": "s-news", "as_of": as_of, "measure": measure, "value": value,
                               "qualifier": qualifier, "since": since, "wording": "", "explanation": ""}])
    return rec.reconcile(published, package["partnerships"], package["events"], package["authorities"]).loc[0]


def test_ties_existing_on_a_date(rows, make_package):
    package = load(make_package(rows))
    p, e = package["partnerships"], package["events"]
    assert set(rec.ties_existing_on(p, e, date(1990, 1, 1), False)["id"]) == {"rotterdam--shanghai"}
    assert set(rec.ties_existing_on(p, e, date(2020, 1, 1), False)["id"]) == {"rotterdam--shanghai", "arnhem--wuhan"}
    # Arnhem–Wuhan ended on 2021-03-04: alive that day, gone the day after.
    assert "arnhem--wuhan" in set(rec.ties_existing_on(p, e, date(2021, 3, 4), False)["id"])
    assert "arnhem--wuhan" not in set(rec.ties_existing_on(p, e, date(2021, 3, 5), False)["id"])


def test_unknown_founding_year_widens_the_range(rows, make_package):
    rows["partnerships"][1]["established"] = ""
    package = load(make_package(rows))
    row = reconcile_one(package, "2020", "municipalities_with_tie", 5)
    assert row[["register_min", "register_max", "register_formal_max"]].tolist() == [1, 2, 2]
    assert row["gap"] == 3


def test_exits_are_counted_in_their_window(rows, make_package):
    package = load(make_package(rows))
    inside = reconcile_one(package, "2023-05", "municipalities_ended", 1, "at_least", since="2021-01")
    before = reconcile_one(package, "2023-05", "municipalities_ended", 1, "at_least", since="2021-06")
    provinces = reconcile_one(package, "2023-05", "provinces_ended", 0, since="2021-01")
    assert inside["register_max"] == 1
    assert before["register_max"] == 0
    assert provinces["register_max"] == 0


def test_formal_count_drops_informal_ties(rows, make_package):
    rows["partnerships"][0]["relation_type"] = "informal"
    package = load(make_package(rows))
    row = reconcile_one(package, "2020", "municipalities_with_tie", 2)
    assert row[["register_max", "register_formal_max"]].tolist() == [2, 1]


def test_the_census_says_how_much_of_a_gap_its_leads_could_explain():
    census = pd.DataFrame({
        "kind": ["municipality"] * 5 + ["province"],
        "name": ["A", "B", "C", "D", "E", "P"],
        "result": ["tie_found", "no_tie_found", "no_tie_found", "lead", "lead", "tie_found"],
    })
    reconciled = pd.DataFrame([
        {"measure": "municipalities_with_tie", "published": 6, "register_max": 1},
        {"measure": "municipalities_with_tie", "published": 2, "register_max": 1},
        {"measure": "provinces_with_tie", "published": 1, "register_max": 1},
    ])
    gap_of_five, gap_of_one, none = rec.census_behind(reconciled, census)
    assert gap_of_five.startswith("The census searched all 5 municipalities: 1 with a tie, 2 with nothing found, 2 with a lead (D, E).")
    assert "at most 2 of the difference of 5; the other 3 the census cannot explain" in gap_of_five
    assert gap_of_one.endswith("at most 1 of the difference of 1.")
    assert none == "The census searched all 1 provinces: 1 with a tie, 0 with nothing found, none with a lead."
