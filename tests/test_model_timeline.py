"""Timeline findings on small hand-made frames whose answers are counted by hand."""

import pandas as pd
import pytest

from analysis.model import timeline as tl

PARTNERSHIPS = pd.DataFrame(
    {
        "id": ["a", "b", "c", "d"],
        "status": ["active", "ended", "dormant", "ended"],
        "established": pd.array([1979, 1999, 2010, pd.NA], dtype="Int64"),
    }
)
EVENTS = pd.DataFrame(
    {
        "partnership_id": ["b", "b", "c", "d", "a"],
        "date": ["2021-07-21", "2022", "2019-06", "2023-05-07", "1985"],
        "type": ["ended", "ended", "suspended", "ended", "visit"],
    }
)


@pytest.fixture
def years():
    return tl.tie_years(PARTNERSHIPS, EVENTS)


def test_tie_years_take_the_earliest_end_and_suspension(years):
    row = years.set_index("id")
    assert row.loc["b", "end"] == 2021
    assert row.loc["c", "suspended"] == 2019
    assert pd.isna(row.loc["a", "end"])
    assert pd.isna(row.loc["d", "start"]) and row.loc["d", "end"] == 2023


def test_stock_counts_a_tie_until_the_year_it_ends(years):
    stock = tl.stock_by_year(years, 1979, 2023).set_index("year")
    assert stock.loc[1979, "existing"] == 1
    assert stock.loc[1999, "existing"] == 2
    assert stock.loc[2020, "existing"] == 3
    assert stock.loc[2021, "existing"] == 2  # b ended in 2021
    assert stock.loc[2022, "undated"] == 1 and stock.loc[2023, "undated"] == 0


def test_flows_per_year(years):
    flows = tl.flows_by_year(years, 1979, 2023).set_index("year")
    assert flows["formed"].sum() == 3  # d has no founding year
    assert flows.loc[2021, "ended"] == 1 and flows.loc[2023, "ended"] == 1
    assert flows.loc[2019, "suspended"] == 1


def test_waves_put_boundary_years_in_the_later_period(years):
    assert tl.period_of(1988) == "1978–1988"
    assert tl.period_of(1989) == "1989–2003"
    assert tl.period_of(2021) == "2021–"
    assert tl.period_of(1950) is None
    waves = tl.waves(years).set_index("period")
    assert waves.loc["1978–1988", "formed"] == 1
    assert waves.loc["2004–2011", "formed"] == 1
    assert waves.loc["2021–", "ended"] == 2
    assert waves["formed"].sum() == 3


def test_years_to_end_and_active_in(years):
    durations = tl.years_to_end(years)
    assert durations.to_dict("records") == [{"id": "b", "start": 1999, "end": 2021, "years": 22}]
    assert list(tl.active_in(years, 2005)["id"]) == ["a", "b"]
    assert list(tl.active_in(years, 2022)["id"]) == ["a", "c"]
