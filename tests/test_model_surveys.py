import pandas as pd

from analysis.model import surveys as sv

SURVEYS = pd.DataFrame(
    {
        "id": ["s2", "s1"],
        "title": ["Later", "Earlier"],
        "organiser": ["O", "O"],
        "date": ["2021-12", "2017"],
        "population": ["p", "p"],
        "n_asked": pd.array([50, pd.NA], dtype="Int64"),
        "n_respondents": pd.array([27, pd.NA], dtype="Int64"),
    }
)
FINDINGS = pd.DataFrame(
    {
        "id": ["f1", "f2", "f3"],
        "survey_id": ["s2", "s2", "s1"],
        "question_id": [pd.NA, pd.NA, pd.NA],
        "kind": ["count", "qualitative", "share"],
        "value": [27.0, None, 0.5],
        "unit": ["municipalities", "", "share"],
        "text": ["", "", ""],
        "source_id": ["x", "x", "y"],
    }
)


def test_overview_is_oldest_first_with_finding_counts():
    out = sv.survey_overview(SURVEYS, FINDINGS)
    assert list(out["id"]) == ["s1", "s2"]
    assert list(out["findings"]) == [1, 2]


def test_response_rate_only_where_both_numbers_are_stated():
    rate = sv.response_rate(SURVEYS)
    assert rate.to_dict("records")[0]["rate"] == 0.54
    assert len(rate) == 1


def test_numeric_findings():
    assert list(sv.numeric_findings(FINDINGS)["id"]) == ["f1", "f3"]
