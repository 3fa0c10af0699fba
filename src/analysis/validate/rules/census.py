"""Rules on the census: every Dutch municipality and province once, every tie named by its authority's row."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analysis.tables import Package, rows_of
from analysis.validate.problems import Problem
from analysis.validate.rules.authorities import geo_codes
from analysis.validate.rules.cells import has
from analysis.validate.rules.registry import rule
from analysis.vocabulary import split_ids

CENSUS = "census"


@rule
def census_covers_every_cbs_code_once(package: Package) -> Iterable[Problem]:
    """Every municipality and province of the CBS boundary files has exactly one census row,
    and no census row names a code those files lack."""
    if not has(package, CENSUS):
        return
    expected = geo_codes(package, "nl_municipalities", "statcode") | geo_codes(package, "nl_provinces", "statcode")
    codes = package[CENSUS]["code"]
    seen: dict[str, int] = {}
    for line, code in enumerate(codes.to_numpy(dtype=object, na_value=None), start=2):
        if code is None:
            continue
        if code not in expected:
            yield Problem(CENSUS, line, "code", f"{code} is not in the CBS boundary files")
        elif code in seen:
            yield Problem(CENSUS, line, "code", f"{code} has a census row already (line {seen[code]})")
        else:
            seen[code] = line
    for code in sorted(expected - set(seen)):
        yield Problem(CENSUS, None, "code", f"{code} has no census row")


@rule
def census_rows_agree_with_their_result(package: Package) -> Iterable[Problem]:
    """A row with ties found names them; a row without names none; a lead says what it is; a
    row's authority has the row's code."""
    if not has(package, CENSUS, "authorities"):
        return
    authorities = package["authorities"]
    code_of = dict(zip(authorities["id"], authorities["code"]))
    for line, row in rows_of(package[CENSUS]):
        ties = split_ids(row["partnership_ids"])
        if row["result"] == "tie_found" and not ties:
            yield Problem(CENSUS, line, "partnership_ids", "a tie was found: name it")
        if row["result"] != "tie_found" and ties:
            yield Problem(CENSUS, line, "result", f"ties are named but the result is {row['result']!r}")
        if (row["result"] == "lead") == pd.isna(row["lead"]):
            yield Problem(CENSUS, line, "lead", "a lead says what it is, and only a lead" if row["result"] == "lead" else "only a lead has lead text")
        authority = row["authority_id"]
        if not pd.isna(authority) and authority in code_of and not pd.isna(row["code"]) and code_of[authority] != row["code"]:
            yield Problem(CENSUS, line, "authority_id", f"{authority!r} has code {code_of[authority]}, not {row['code']}")


@rule
def every_tie_is_in_the_census(package: Package) -> Iterable[Problem]:
    """Every tie is named by exactly one census row: the row of its Dutch authority, or of the
    body that succeeded it (a merged municipality's ties are listed under the new one); a row
    is an authority's when it names the authority or carries its CBS code."""
    if not has(package, CENSUS, "partnerships", "authorities"):
        return
    census = package[CENSUS]
    authorities = package["authorities"]
    successor = {a: s for a, s in zip(authorities["id"], authorities["successor_id"]) if not pd.isna(s)}
    code_of = {a: c for a, c in zip(authorities["id"], authorities["code"]) if not pd.isna(c)}
    named: dict[str, list[tuple[int, object, object]]] = {}
    for line, row in rows_of(census):
        for tie in split_ids(row["partnership_ids"]):
            named.setdefault(tie, []).append((line, row["authority_id"], row["code"]))
    known = set(authorities["id"])
    for line, row in rows_of(package["partnerships"]):
        if row["nl_authority_id"] not in known:
            continue  # the foreign key reports it
        rows = named.get(row["id"], [])
        owners = {row["nl_authority_id"], successor.get(row["nl_authority_id"])} - {None}
        codes = {code_of[o] for o in owners if o in code_of}
        if not rows:
            yield Problem("partnerships", line, "id", f"no census row names {row['id']!r}: add it to its authority's row")
        elif len(rows) > 1:
            yield Problem(CENSUS, rows[1][0], "partnership_ids", f"{row['id']!r} is named by more than one census row")
        elif rows[0][1] not in owners and rows[0][2] not in codes:
            yield Problem(CENSUS, rows[0][0], "partnership_ids", f"{row['id']!r} is a tie of {row['nl_authority_id']!r}, not of this row's authority")
