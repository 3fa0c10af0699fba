"""Re-fielding the needs assessment: check a survey-tool export against the codebook,
drop direct identifiers and publish counts with small cells suppressed.

`python -m analysis survey ingest EXPORT.csv --out DIR` writes two files into DIR, or nothing:
- `responses.csv`: one row per respondent, direct identifiers removed;
- `published.csv`: per question and code the number and share of respondents, with every
  count below `MIN_CELL` suppressed (and, where needed, a second cell so that the first cannot
  be recovered by subtraction).
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.tables import rows_of
from analysis.validate.problems import Problem

MIN_CELL = 5

# Columns that identify a person (or their device) directly. Compared after lower-casing and
# removing spaces, dashes and underscores.
DIRECT_IDENTIFIERS = frozenset(
    {
        "respondentid", "responseid", "name", "firstname", "lastname", "fullname", "respondent",
        "respondentname", "email", "emailaddress", "mail", "phone", "phonenumber", "telephone",
        "mobile", "ipaddress", "ip", "useragent", "latitude", "longitude", "location", "contact",
        "contactperson", "function", "jobtitle", "recipient", "externalreference",
    }
)
# Columns a survey tool adds that we neither need nor publish.
TOOL_METADATA = frozenset({"startdate", "enddate", "submittedat", "recordeddate", "duration", "progress", "finished", "status"})
AUTHORITY_COLUMN = "authority_code"
_AUTHORITY_CODE = re.compile(r"(GM\d{4}|PV\d{2}|WS\d{4})$")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+|00)\d[\d \-]{7,}\d|\b0\d{1,3}[ \-]?\d{6,8}\b")


class InvalidExport(Exception):
    """Raised when an export cannot be ingested; its problems read `FILE:row:column: message`."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Question:
    id: str
    answer_type: str
    codes: tuple[str, ...]


def questions_from_codebook(codebook: pd.DataFrame) -> list[Question]:
    ordered = codebook.sort_values("order")
    return [
        Question(row.id, row.answer_type, tuple(c.strip() for c in row.codes.split(";") if c.strip()))
        for row in ordered.itertuples()
    ]


def _normal(column: str) -> str:
    return re.sub(r"[\s_\-]", "", column.lower())


def read_export(path: Path) -> pd.DataFrame:
    """The export as strings; a byte-order mark is accepted, other encodings are refused."""
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidExport([Problem(str(path), None, None, f"not UTF-8 (byte {exc.start})")]) from None
    except OSError as exc:
        raise InvalidExport([Problem(str(path), None, None, f"cannot read: {exc.strerror}")]) from None
    if not text.strip():
        raise InvalidExport([Problem(str(path), None, None, "the file is empty")])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, body = rows[0], [r for r in rows[1:] if any(cell.strip() for cell in r)]
    problems = [
        Problem(str(path), number, None, f"{len(r)} cells, the header has {len(header)}")
        for number, r in enumerate(rows[1:], start=2)
        if any(cell.strip() for cell in r) and len(r) != len(header)
    ]
    duplicates = sorted({c for c in header if header.count(c) > 1})
    problems += [Problem(str(path), 1, c, "column appears more than once") for c in duplicates]
    if problems:
        raise InvalidExport(problems)
    return pd.DataFrame(body, columns=header, dtype="string")


def check_export(frame: pd.DataFrame, questions: list[Question], file: str) -> list[Problem]:
    """Every problem in an export: missing or unknown columns, codes not in the codebook,
    several codes for a single-answer question, bad or repeated authority codes."""
    problems: list[Problem] = []
    by_id = {q.id: q for q in questions}
    columns = list(frame.columns)
    for q in questions:
        if q.id not in columns:
            problems.append(Problem(file, 1, q.id, "codebook question missing from the export"))
    if AUTHORITY_COLUMN not in columns:
        problems.append(Problem(file, 1, AUTHORITY_COLUMN, "column missing (CBS code of the responding authority)"))
    for column in columns:
        known = column in by_id or column == AUTHORITY_COLUMN
        if not known and _normal(column) not in DIRECT_IDENTIFIERS | TOOL_METADATA:
            problems.append(Problem(file, 1, column, "column is neither a codebook question nor a known identifier"))
    if len(frame) == 0:
        problems.append(Problem(file, None, None, "no responses"))
    for line, row in rows_of(frame):
        if AUTHORITY_COLUMN in columns:
            code = (row[AUTHORITY_COLUMN] or "").strip()
            if not _AUTHORITY_CODE.match(code):
                problems.append(Problem(file, line, AUTHORITY_COLUMN, f"{code!r} is not a CBS code (GMxxxx, PVxx or WSxxxx)"))
        for q in questions:
            if q.id not in columns:
                continue
            raw = (row[q.id] or "").strip()
            if not raw:
                continue  # an unanswered question is allowed
            given = [c.strip() for c in raw.split(";") if c.strip()]
            if q.answer_type != "multiple" and len(given) > 1:
                problems.append(Problem(file, line, q.id, f"{raw!r}: one answer expected ({q.answer_type})"))
            for code in given:
                if code not in q.codes:
                    problems.append(Problem(file, line, q.id, f"{code!r} is not a code of this question ({'; '.join(q.codes)})"))
            if _EMAIL.search(raw) or _PHONE.search(raw):
                problems.append(Problem(file, line, q.id, "answer contains an e-mail address or phone number"))
    if AUTHORITY_COLUMN in columns:
        codes = frame[AUTHORITY_COLUMN].str.strip()
        for position in (codes.duplicated() & (codes != "")).to_numpy().nonzero()[0]:
            problems.append(Problem(file, int(position) + 2, AUTHORITY_COLUMN, f"{codes.iloc[position]!r} responded more than once"))
    return problems


def deidentify(frame: pd.DataFrame, questions: list[Question]) -> pd.DataFrame:
    """Keep the authority code and the answers, in codebook order; number the responses."""
    kept = frame[[AUTHORITY_COLUMN] + [q.id for q in questions]].apply(lambda s: s.str.strip())
    kept.insert(0, "response", range(1, len(kept) + 1))
    return kept.reset_index(drop=True)


def tabulate(responses: pd.DataFrame, questions: list[Question], min_cell: int = MIN_CELL) -> pd.DataFrame:
    """Respondents per question and code, with small cells suppressed.

    `base` is the number answering the question. Counts (and bases) below `min_cell` are
    suppressed. For single-answer questions the counts add up to the base, so when exactly
    one count is suppressed the next smallest is suppressed too.
    """
    rows = []
    for q in questions:
        answers = responses[q.id].fillna("").astype(str)
        answered = answers[answers.str.strip() != ""]
        chosen = answered.str.split(";").apply(lambda codes: {c.strip() for c in codes})
        base = len(answered)
        counts = {code: int(chosen.apply(lambda s, c=code: c in s).sum()) for code in q.codes}
        suppressed = {code: n < min_cell for code, n in counts.items()}
        if base < min_cell:
            suppressed = dict.fromkeys(counts, True)
        elif q.answer_type != "multiple" and sum(suppressed.values()) == 1:
            open_cells = sorted((n, code) for code, n in counts.items() if not suppressed[code])
            if open_cells:
                suppressed[open_cells[0][1]] = True
        for code in q.codes:
            hidden = suppressed[code]
            rows.append(
                {
                    "question_id": q.id,
                    "code": code,
                    "respondents": pd.NA if hidden else counts[code],
                    "base": pd.NA if base < min_cell else base,
                    "share": pd.NA if hidden or base == 0 else round(counts[code] / base, 3),
                    "suppressed": hidden,
                }
            )
    frame = pd.DataFrame(rows)
    return frame.astype({"respondents": "Int64", "base": "Int64", "share": "Float64", "suppressed": "boolean"})


def _write_all(out: Path, files: dict[str, pd.DataFrame]) -> None:
    """Write every file into a fresh directory, then move it into place: all or nothing."""
    if out.exists():
        raise InvalidExport([Problem(str(out), None, None, "output directory already exists; choose a new one")])
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        for name, frame in files.items():
            frame.to_csv(staging / name, index=False, lineterminator="\n")
        os.replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def ingest(export: Path, out: Path, codebook: pd.DataFrame, min_cell: int = MIN_CELL) -> dict[str, pd.DataFrame]:
    """Check, de-identify and tabulate one export; write both files or raise InvalidExport."""
    questions = questions_from_codebook(codebook)
    frame = read_export(export)
    problems = check_export(frame, questions, str(export))
    if problems:
        raise InvalidExport(problems)
    responses = deidentify(frame, questions)
    files = {"responses.csv": responses, "published.csv": tabulate(responses, questions, min_cell)}
    _write_all(Path(out), files)
    return files
