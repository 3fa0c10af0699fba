import pandas as pd

from analysis.model import reasons as rs

DECISIONS = pd.DataFrame(
    {
        "id": ["d1", "d2", "d3", "d4"],
        "partnership_ids": ["t1", "t1; t2", "t2", "t3"],
        "date": ["2021-03", "2022-11", "2015", "2020"],
        "reason_codes": ["dialogue;economic_interest", "human_rights;security", "human_rights", "few_results"],
    }
)
YEARS = pd.DataFrame({"id": ["t1", "t2", "t3", "t4"], "end": pd.array([2022, 2023, pd.NA, 2023], dtype="Int64")})


def test_ending_reasons_use_the_run_up_and_drop_reasons_to_keep():
    out = rs.ending_reasons(DECISIONS, YEARS).set_index("partnership_id")
    assert out.loc["t1", "reasons"] == ["human_rights", "security"]  # d1's reasons argue for keeping
    assert out.loc["t2", "reasons"] == ["human_rights", "security"]  # d3 (2015) is outside the window
    assert out.loc["t4", "decisions"] == 0 and out.loc["t4", "reasons"] == []
    assert "t3" not in out.index  # not ended


def test_reason_counts_share_of_ties_with_a_decision():
    counts = rs.reason_counts(rs.ending_reasons(DECISIONS, YEARS))
    assert counts.to_dict("records") == [
        {"reason": "human_rights", "ties": 2, "share": 1.0},
        {"reason": "security", "ties": 2, "share": 1.0},
    ]
