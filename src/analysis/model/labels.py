"""Readable words for codes and dates: the labels kept beside the data, in English and Dutch."""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from analysis.vocabulary import split_ids

LANGUAGES = ("en", "nl")
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
}
UNDATED = {"en": "undated", "nl": "ongedateerd"}


def readable_date(value: object, lang: str = "en") -> str:
    """`2019-05-15` → `15 May 2019`; `2019-05` → `May 2019`; `2019` → `2019`; empty → `undated`."""
    if value is None or (not isinstance(value, str) and pd.isna(value)) or value == "":
        return UNDATED[lang]
    months = MONTHS[lang]
    text = value.isoformat() if isinstance(value, date) else str(value)
    parts = text.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {months[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{months[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def outcome_reported(value: object) -> bool:
    """Whether a source reports a decision's outcome (not empty, not 'unknown')."""
    return not (value is None or (not isinstance(value, str) and pd.isna(value)) or str(value).lower() == "unknown")


def readable_outcome(value: object, missing: str = "not found in public sources") -> str:
    """A decision's outcome as readers read it: an outcome no source reports says so."""
    return str(value) if outcome_reported(value) else missing


def capitalised(text: str) -> str:
    """The label as the start of a sentence, a heading or a table cell: first letter upper case."""
    return text[:1].upper() + text[1:]


class Labels:
    """The package's `labels` resource: one English and one Dutch label per code of each
    vocabulary. A code without a label is an error (the validator refuses such a package), so
    a reader never sees a raw code in its place."""

    def __init__(self, table: pd.DataFrame, lang: str = "en"):
        self.lang = lang
        self._labels = {
            lang: {(v, c): label for v, c, label in zip(table["vocabulary"], table["code"], table[f"label_{lang}"])}
            for lang in LANGUAGES
        }
        self._codes: dict[str, list[str]] = {}
        for vocabulary, code in zip(table["vocabulary"], table["code"]):
            self._codes.setdefault(vocabulary, []).append(code)

    def __call__(self, vocabulary: str, code: str, lang: str | None = None) -> str:
        lang = lang or self.lang
        try:
            return self._labels[lang][(vocabulary, code)]
        except KeyError:
            raise KeyError(f"no {lang} label for {code!r} in vocabulary {vocabulary!r}") from None

    def vocabularies(self) -> tuple[str, ...]:
        return tuple(self._codes)

    def codes(self, vocabulary: str) -> list[str]:
        """A vocabulary's codes, in the order the labels list them (the order readers see)."""
        return list(self._codes[vocabulary])

    def mapping(self, vocabulary: str, lang: str | None = None) -> dict[str, str]:
        """Code → label for one vocabulary, in display order."""
        return {code: self(vocabulary, code, lang) for code in self.codes(vocabulary)}

    def map(self, vocabulary: str, values: pd.Series, lang: str | None = None, capitalise: bool = False) -> pd.Series:
        """Each code of a column as its label (a list of codes, `a;b`, as `label a; label b`);
        empty cells stay empty."""
        def one(value: object) -> object:
            codes = split_ids(value)
            if not codes:
                return pd.NA
            text = "; ".join(self(vocabulary, code, lang) for code in codes)
            return capitalised(text) if capitalise else text

        return values.map(one).astype(object)

    def in_text(self, text: str, vocabularies: tuple[str, ...] | None = None, lang: str = "en") -> str:
        """Text from the data with every code of the given vocabularies (all, if none are
        given) that it names (a whole word with an underscore, as `council_decided`) replaced by
        its label."""
        chosen = self.vocabularies() if vocabularies is None else vocabularies
        known = {code: self(v, code, lang) for v in chosen for code in self.codes(v) if "_" in code}
        return re.sub(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b", lambda m: known.get(m.group(), m.group()), text)


def code_definitions(codebook: pd.DataFrame, question_id: str) -> dict[str, str]:
    """A question's codes with their definitions, as the codebook words them."""
    text = codebook.set_index("id").loc[question_id, "code_definitions"]
    pieces = re.split(r"(?:^|;\s*)([a-z_]+) = ", text)
    return {pieces[i]: pieces[i + 1].strip() for i in range(1, len(pieces) - 1, 2)}
