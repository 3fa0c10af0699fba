"""The rules' whole-table helpers agree with their one-row-at-a-time definitions."""

from __future__ import annotations

import pandas as pd

from analysis import load
from analysis.tables import rows_of
from analysis.vocabulary import latest_status_event, latest_status_events


def test_latest_status_events_agree_with_one_tie_at_a_time():
    events = load()["events"]
    latest = latest_status_events(events)
    for tie, own in events.groupby("partnership_id"):
        one = latest_status_event(own)
        if one is None:
            assert tie not in latest.index
        else:
            assert latest.loc[tie, "id"] == one["id"], tie


def test_rows_of_gives_each_row_with_its_line_and_missing_values():
    frame = pd.DataFrame({"a": pd.array(["x", None], dtype="string"), "b": pd.array([1, None], dtype="Int64")})
    rows = list(rows_of(frame))
    assert [line for line, _ in rows] == [2, 3]
    assert rows[0][1] == {"a": "x", "b": 1}
    assert pd.isna(rows[1][1]["a"]) and pd.isna(rows[1][1]["b"])
