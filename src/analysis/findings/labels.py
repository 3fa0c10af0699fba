"""Readable labels for codes and dates, shared by the chapters."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

LANGUAGES = {"nl": "Dutch", "en": "English", "zh": "Chinese", "de": "German", "fr": "French"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


MONTHS_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]


def readable_date(value: object, months: list[str] = MONTHS) -> str:
    """`2019-05-15` → `15 May 2019`; `2019-05` → `May 2019`; `2019` → `2019`; empty → `undated`."""
    if value is None or (not isinstance(value, str) and pd.isna(value)) or value == "":
        return "undated"
    text = value.isoformat() if isinstance(value, date) else str(value)
    parts = text.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {months[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{months[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def code_definitions(codebook: pd.DataFrame, question_id: str) -> dict[str, str]:
    """A question's codes with their definitions, as the codebook words them."""
    text = codebook.set_index("id").loc[question_id, "code_definitions"]
    pieces = re.split(r"(?:^|;\s*)([a-z_]+) = ", text)
    return {pieces[i]: pieces[i + 1].strip() for i in range(1, len(pieces) - 1, 2)}


def code_label(code: str) -> str:
    """`economic_interest` → `economic interest`."""
    return code.replace("_", " ")
