"""The codebook and assessment rules reject each broken case at resource, row and field."""

from __future__ import annotations

import pytest

from analysis.validate import validate

CODEBOOK = [
    {"id": "themes", "order": "1", "topic": "purpose", "question": "Themes?", "answer_type": "multiple",
     "codes": "economy_trade;culture_exchange", "code_definitions": "d", "coding_rule": "r"},
    {"id": "need_capacity", "order": "2", "topic": "needs", "question": "Capacity?", "answer_type": "yes_no",
     "codes": "yes;no", "code_definitions": "d", "coding_rule": "r"},
]


def answer(authority, question, value, source="s-news", ties="", notes=""):
    return {"id": f"{authority}--{question}", "authority_id": authority, "question_id": question, "answer": value,
            "partnership_ids": ties, "detail": "", "source_id": source, "notes": notes}


@pytest.fixture
def assessed(rows):
    rows["codebook"] = [dict(r) for r in CODEBOOK]
    rows["assessments"] = [
        answer("nl-rotterdam", "themes", "economy_trade;culture_exchange", ties="rotterdam--shanghai"),
        answer("nl-rotterdam", "need_capacity", "not_found", source="", notes="searched: capacity Rotterdam China"),
        answer("nl-arnhem", "themes", "economy_trade"),
        answer("nl-arnhem", "need_capacity", "yes"),
    ]
    return rows


def located(problems):
    return {(p.resource, p.row, p.field) for p in problems}


def test_a_complete_assessment_is_valid(assessed, make_package):
    assert validate(make_package(assessed)) == []


@pytest.mark.parametrize(
    ("change", "where", "words"),
    [
        (lambda r: r["assessments"][2].update(answer="tourism"), ("assessments", 4, "answer"), "'tourism' is not a code"),
        (lambda r: r["assessments"][3].update(answer="yes;no"), ("assessments", 5, "answer"), "takes one code"),
        (lambda r: r["assessments"][3].update(source_id=""), ("assessments", 5, "source_id"), "needs its source"),
        (lambda r: r["assessments"][1].update(source_id="s-news"), ("assessments", 3, "source_id"), "cites no source"),
        (lambda r: r["assessments"][1].update(notes=""), ("assessments", 3, "notes"), "what was searched"),
        (lambda r: r["assessments"][2].update(id="arnhem-themes"), ("assessments", 4, "id"), "authority_id--question_id"),
        (lambda r: r["assessments"][2].update(partnership_ids="rotterdam--shanghai"), ("assessments", 4, "partnership_ids"), "not a tie of"),
        (lambda r: r["assessments"].pop(3), ("assessments", None, "authority_id"), "'nl-arnhem' has no answer to need_capacity"),
        (lambda r: r["codebook"][1].update(codes="yes;no;maybe"), ("codebook", 3, "codes"), "exactly the codes yes and no"),
        (lambda r: r["codebook"][0].update(codes="economy_trade;not_found;culture_exchange"), ("codebook", 2, "codes"), "not allowed as a code"),
    ],
)
def test_broken_assessments_are_rejected(assessed, make_package, change, where, words):
    change(assessed)
    problems = validate(make_package(assessed))
    assert where in located(problems), problems
    assert any(words in p.message for p in problems if (p.resource, p.row, p.field) == where)


def test_an_unknown_question_is_a_foreign_key_error(assessed, make_package):
    assessed["assessments"][0]["question_id"] = "mood"
    assert ("assessments", 2, "question_id") in located(validate(make_package(assessed)))
