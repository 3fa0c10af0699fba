"""Rules on the needs assessment: a codebook of well-formed codes, answers that fit it, every authority assessed."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from analysis.tables import Package, rows_of
from analysis.validate.problems import Problem
from analysis.validate.rules.cells import has
from analysis.validate.rules.registry import rule
from analysis.vocabulary import NOT_FOUND, split_ids


_CODE = re.compile(r"[a-z][a-z0-9_]*$")


@rule
def codebook_codes_are_well_formed(package: Package) -> Iterable[Problem]:
    """Codes are lower-case identifiers, unique per question; yes/no questions offer yes and no;
    `not_found` is reserved for desk assessments."""
    if "codebook" not in package.tables:
        return
    for line, row in rows_of(package["codebook"]):
        codes = split_ids(row["codes"])
        for code in codes:
            if not _CODE.match(code) or code == NOT_FOUND:
                yield Problem("codebook", line, "codes", f"{code!r} is not allowed as a code")
        if len(set(codes)) != len(codes):
            yield Problem("codebook", line, "codes", "a code is listed twice")
        if row["answer_type"] == "yes_no" and sorted(codes) != ["no", "yes"]:
            yield Problem("codebook", line, "codes", "a yes_no question has exactly the codes yes and no")


@rule
def assessment_answers_fit_the_codebook(package: Package) -> Iterable[Problem]:
    """An answer uses its question's codes (several only where the question allows it), or is
    `not_found`; answers cite a source, `not_found` says what was searched."""
    if not has(package, "assessments", "codebook"):
        return
    codebook = package["codebook"]
    questions = {q["id"]: q for _, q in rows_of(codebook)}
    for line, row in rows_of(package["assessments"]):
        if row["id"] != f"{row['authority_id']}--{row['question_id']}":
            yield Problem("assessments", line, "id", f"{row['id']!r} is not authority_id--question_id")
        if row["question_id"] not in questions:
            continue  # the foreign key reports it
        question = questions[row["question_id"]]
        given = split_ids(row["answer"])
        if given == [NOT_FOUND]:
            if not pd.isna(row["source_id"]):
                yield Problem("assessments", line, "source_id", "a not_found answer cites no source")
            if pd.isna(row["notes"]):
                yield Problem("assessments", line, "notes", "say what was searched for a not_found answer")
            continue
        allowed = split_ids(question["codes"])
        for code in given:
            if code not in allowed:
                yield Problem("assessments", line, "answer", f"{code!r} is not a code of {row['question_id']!r}")
        if len(given) > 1 and question["answer_type"] != "multiple":
            yield Problem("assessments", line, "answer", f"{row['question_id']!r} takes one code, not {len(given)}")
        if pd.isna(row["source_id"]):
            yield Problem("assessments", line, "source_id", "an answer needs its source")


@rule
def assessment_ties_belong_to_the_authority(package: Package) -> Iterable[Problem]:
    """Ties named in an assessment are ties of the authority assessed."""
    if not has(package, "assessments", "partnerships"):
        return
    partnerships = package["partnerships"]
    owner = dict(zip(partnerships["id"], partnerships["nl_authority_id"]))
    for line, row in rows_of(package["assessments"]):
        for tie in split_ids(row["partnership_ids"]):
            if tie in owner and owner[tie] != row["authority_id"]:
                yield Problem("assessments", line, "partnership_ids", f"{tie!r} is not a tie of {row['authority_id']!r}")


@rule
def assessments_cover_every_dutch_authority(package: Package) -> Iterable[Problem]:
    """Every Dutch authority with a tie is assessed on every codebook question, once."""
    if not has(package, "assessments", "codebook", "partnerships"):
        return
    assessed = package["assessments"]
    pairs = set(zip(assessed["authority_id"], assessed["question_id"]))
    questions = package["codebook"]["id"].tolist()
    for line, row in rows_of(package["partnerships"].drop_duplicates("nl_authority_id")):
        missing = [q for q in questions if (row["nl_authority_id"], q) not in pairs]
        if missing:
            yield Problem(
                "assessments", None, "authority_id",
                f"{row['nl_authority_id']!r} has no answer to {', '.join(missing)}",
            )
