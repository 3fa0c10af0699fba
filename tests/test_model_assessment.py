import pandas as pd

from analysis.model import assessment as am

CODEBOOK = pd.DataFrame(
    {
        "id": ["themes", "need_guidance"],
        "order": [2, 11],
        "topic": ["purpose", "needs"],
        "question": ["Themes?", "Guidance?"],
    }
)
AUTHORITIES = pd.DataFrame({"id": ["a", "b"], "name": ["A", "B"], "level": ["municipality", "province"]})
ASSESSMENTS = pd.DataFrame(
    {
        "authority_id": ["a", "a", "b", "b"],
        "question_id": ["themes", "need_guidance", "themes", "need_guidance"],
        "answer": ["economy_trade;culture_exchange", "yes", "economy_trade", "not_found"],
        "detail": ["", "", "", ""],
        "source_id": ["s1", "s2", "s3", pd.NA],
    }
)


def test_matrix_has_names_and_found_flags():
    m = am.matrix(ASSESSMENTS, CODEBOOK, AUTHORITIES)
    assert len(m) == 4
    assert m["found"].sum() == 3
    assert list(m["name"]) == ["A", "A", "B", "B"]


def test_coverage_by_question():
    cov = am.coverage_by_question(ASSESSMENTS, CODEBOOK).set_index("question_id")
    assert cov.loc["themes", ["found", "not_found", "share_found"]].tolist() == [2, 0, 1.0]
    assert cov.loc["need_guidance", ["found", "not_found", "share_found"]].tolist() == [1, 1, 0.5]


def test_code_counts_split_multiple_answers_and_needs():
    counts = am.code_counts(ASSESSMENTS, "themes")
    assert counts.to_dict("records") == [{"code": "economy_trade", "authorities": 2}, {"code": "culture_exchange", "authorities": 1}]
    codebook = pd.DataFrame(
        {
            "id": am.NEED_QUESTIONS,
            "codes": ["yes;no", "asked;relied;declined", "yes;no", "asked;relied;declined"],
        }
    )
    answers = ASSESSMENTS.replace({"answer": {"yes": "relied"}})
    needs = am.needs_expressed(answers, codebook).set_index(["need", "answer"])["authorities"]
    assert needs.loc[("need_guidance", "relied")] == 1
    assert needs.loc[("need_guidance", "not_found")] == 1
    assert needs.loc[("need_guidance", "asked")] == 0
    assert needs.loc[("need_capacity", "not_found")] == 0
    assert len(needs) == 2 + 1 + 3 + 1 + 2 + 1 + 3 + 1
