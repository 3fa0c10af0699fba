"""The words the model and the validator share: partial dates, id lists, statuses, events, levels."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

import pandas as pd

# --- dates ------------------------------------------------------------------------------------

# The schema's pattern for a date given to the year, month or day.
PARTIAL_DATE_PATTERN = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@lru_cache(maxsize=None)
def parse_partial_date(text: str) -> tuple[date, date] | None:
    """First and last day covered by YYYY, YYYY-MM or YYYY-MM-DD; None if not a real date."""
    match = _DATE.match(str(text))
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return date(year, 1, 1), date(year, 12, 31)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1), date(year, month, last)
        exact = date(year, month, day)
        return exact, exact
    except ValueError:
        return None


# --- ids --------------------------------------------------------------------------------------


def split_ids(value: object) -> list[str]:
    """Semicolon-separated ids in one cell, as a list (empty cell: empty list)."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return []
    return [part.strip() for part in str(value).split(";") if part.strip()]


def explode_ids(values: pd.Series) -> pd.Series:
    """`split_ids` over a whole column: one row per id, indexed like the cell it came from
    (empty cells give no rows)."""
    index, ids = [], []
    for position, value in zip(values.index, values.to_numpy(dtype=object, na_value=None)):
        for part in split_ids(value):
            index.append(position)
            ids.append(part)
    return pd.Series(ids, index=pd.Index(index, dtype=values.index.dtype), dtype=object, name=values.name)


# --- statuses and events ----------------------------------------------------------------------

STATUSES = ["active", "dormant", "ended", "unknown"]
RELATION_TYPES = ["sister", "friendship", "mou", "informal", "unknown"]
# Sister and friendship ties are formal agreements; the others are not.
FORMAL_TYPES = ("sister", "friendship")

# Which status the latest status-changing event allows. Dormancy is usually reported without
# a dated event, so a formalised or renewed tie may be active, dormant or of unknown status.
STATUS_ALLOWED_AFTER = {
    "proposed": {"active", "dormant", "unknown"},
    "signed": {"active", "dormant", "unknown"},
    "formalised": {"active", "dormant", "unknown"},
    "renewed": {"active", "dormant", "unknown"},
    "suspended": {"dormant"},
    "ended": {"ended"},
}
STATUS_CHANGING_EVENTS = frozenset(STATUS_ALLOWED_AFTER) - {"proposed"}
# The events that set each known status: a tie is active since it was signed, formalised or
# renewed, dormant since it was suspended, ended since it ended.
SETS_STATUS = {"active": frozenset({"signed", "formalised", "renewed"}), "dormant": frozenset({"suspended"}),
               "ended": frozenset({"ended"})}
# Events that start a tie, and events that suspend or end it.
START_EVENTS = frozenset({"proposed", "signed", "formalised"})
END_EVENTS = frozenset({"suspended", "ended"})

EARLIEST_EVENT_YEAR = 1949  # founding of the PRC: no tie with a Chinese government predates it

# --- levels and answers -----------------------------------------------------------------------

# A Dutch municipality's parent is a province; a Chinese province-level unit may be a province
# or a directly controlled municipality.
PROVINCE_LEVEL = "province"
MUNICIPALITY_LEVEL = "municipality"

# The desk assessment's answer when no public source answers a question.
NOT_FOUND = "not_found"


# --- the event that set a tie's status -------------------------------------------------------


def _last_day(text: object) -> date:
    span = parse_partial_date(str(text))
    return span[1] if span else date.min


def latest_status_event(events: pd.DataFrame) -> pd.Series | None:
    """The latest event that changes a tie's status (ties on the same date: the later row)."""
    changing = events[events["type"].isin(STATUS_CHANGING_EVENTS)]
    if changing.empty:
        return None
    order = changing["date"].map(_last_day)
    return changing.loc[order.sort_values(kind="stable").index[-1]]


def latest_status_events(events: pd.DataFrame) -> pd.DataFrame:
    """`latest_status_event` of every tie at once, indexed by partnership_id."""
    changing = events[events["type"].isin(STATUS_CHANGING_EVENTS)]
    order = changing["date"].map(_last_day)
    latest = changing.loc[order.sort_values(kind="stable").index]
    return latest.groupby("partnership_id", sort=False).tail(1).set_index("partnership_id")


def term_pattern(term: str) -> re.Pattern:
    """A term of a source's wording, matched without regard to case; a Latin-script term only as
    a whole word or the start of one (stedenband, stedenbanden), a Chinese one anywhere."""
    escaped = re.escape(term)
    return re.compile(rf"(?<![A-Za-z]){escaped}" if term.isascii() else escaped, re.IGNORECASE)


def types_named(text: str, terms: dict[str, list[str]]) -> set[str]:
    """The types whose terms the text uses."""
    return {kind for kind, words in terms.items() if any(term_pattern(w).search(text) for w in words)}


# What a spreadsheet takes for the start of a formula in a cell it opens (OWASP's list): the
# validator refuses such text, and the exports write it as text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
