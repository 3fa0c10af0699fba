"""A small synthetic package with rows in every resource (test data only, never published).

BASE_ROWS (conftest) covers the register; the rows here add one or two made-up rows to every
other resource, so that each resource can be corrupted on its own. The labels of the codes are
vocabulary, not test data: they are the real package's.
"""

from __future__ import annotations

import copy
import csv
import json

from conftest import BASE_ROWS, DEFAULT_PATH, census_rows

EXTRA_ROWS: dict[str, list[dict]] = {
    "stakeholders": [
        {"id": "st-ministry", "name": "Example ministry", "name_local": "Voorbeeldministerie", "country": "NL",
         "kind": "ministry", "tier": "national", "role": "Advises authorities on ties.", "source_id": "s-gov"},
        {"id": "st-association", "name": "Example association", "name_local": "", "country": "NL",
         "kind": "association", "tier": "intermediary", "role": "Supports member authorities.", "source_id": "s-gov"},
    ],
    "stakeholder_relations": [
        {"id": "rel-advises", "from_id": "st-ministry", "to_id": "st-association", "type": "advises",
         "description": "The ministry advises the association.", "source_id": "s-gov"},
    ],
    "practices": [
        {"id": "pr-evaluate", "name": "Evaluate the tie", "description": "Evaluate a tie before renewing it.",
         "applied_by": "Arnhem", "authority_ids": "nl-arnhem", "lesson": "Evaluations find few results.", "source_id": "s-news"},
    ],
    "timeline": [
        {"id": "tl-guidance", "date": "2020-06", "title": "National guidance published", "description": "A made-up event.",
         "scope": "national", "source_id": "s-gov"},
    ],
    "decisions": [
        {"id": "dec-arnhem-end", "nl_authority_id": "nl-arnhem", "partnership_ids": "arnhem--wuhan", "date": "2021-03-04",
         "body": "council", "type": "decision", "outcome": "tie ended", "vote": "unanimous",
         "reasons": "Human rights concerns.", "reason_codes": "human_rights", "source_id": "s-news",
         "quote": "De raad beëindigt de stedenband met Wuhan.", "quote_en": "The council ends the twinning with Wuhan."},
    ],
    "surveys": [
        {"id": "sv-example", "title": "An example survey", "organiser": "Example association", "date": "2020-05",
         "population": "Dutch municipalities", "n_asked": "10", "n_respondents": "5", "method": "questionnaire",
         "source_id": "s-gov"},
    ],
    "survey_questions": [
        {"id": "sq-tie", "survey_id": "sv-example", "text": "Does your authority have a tie with China?", "source_id": "s-gov"},
    ],
    "survey_findings": [
        {"id": "sf-tie", "survey_id": "sv-example", "question_id": "sq-tie", "kind": "count", "value": "3",
         "unit": "authorities", "text": "Three authorities have a tie.", "source_id": "s-gov"},
    ],
    "codebook": [
        {"id": "has_tie", "order": "1", "topic": "ties", "question": "Does the authority have a tie?", "answer_type": "yes_no",
         "codes": "yes; no", "code_definitions": "yes: a tie; no: no tie", "coding_rule": "Code from the register."},
    ],
    "assessments": [
        {"id": "nl-rotterdam--has_tie", "authority_id": "nl-rotterdam", "question_id": "has_tie", "answer": "yes",
         "partnership_ids": "rotterdam--shanghai", "detail": "Sister city since 1979.", "source_id": "s-gov", "notes": ""},
        {"id": "nl-arnhem--has_tie", "authority_id": "nl-arnhem", "question_id": "has_tie", "answer": "yes",
         "partnership_ids": "arnhem--wuhan", "detail": "Ended in 2021.", "source_id": "s-news", "notes": ""},
    ],
}


def _real_labels() -> list[dict]:
    descriptor = json.loads(DEFAULT_PATH.read_text(encoding="utf-8"))
    labels = next(r for r in descriptor["resources"] if r["name"] == "labels")
    with (DEFAULT_PATH.parent / labels["path"]).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def every_resource_rows() -> dict[str, list[dict]]:
    """A fresh copy of BASE_ROWS plus EXTRA_ROWS and the real labels: at least one row in every
    tabular resource."""
    rows = copy.deepcopy(BASE_ROWS)
    rows.update(copy.deepcopy(EXTRA_ROWS))
    # The real labels, and those of the made-up question its codebook asks.
    rows["labels"] = _real_labels() + [
        {"vocabulary": "question", "code": "has_tie", "label_en": "tie with China", "label_nl": "band met China"},
        {"vocabulary": "topic", "code": "ties", "label_en": "ties", "label_nl": "banden"},
    ]
    rows["census"] = census_rows(rows)
    return rows
