"""Personal data that must never be published: e-mail addresses, phone numbers, bank account
numbers (IBAN) and Dutch citizen service numbers (BSN).

The package and the chapters name public bodies and their public sources only. The patterns
are tuned so that the codes and numbers the package does hold (CBS codes such as GM0599,
GB/T 2260 codes such as 310000, ISO dates, years, ids and the numbers inside URLs) are not
taken for personal data; every candidate is checked further (digit count, IBAN checksum,
the BSN eleven-test) before it is reported.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple


class Finding(NamedTuple):
    kind: str
    text: str

    def __str__(self) -> str:
        return f"looks like {self.kind} ({mask(self.text)})"


EMAIL = re.compile(r"(?<![\w.%+-])[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
# "name [at] example [dot] org" and the like. Anchored at the start of a word (where a match
# always starts anyway), so that the engine does not retry inside every word.
EMAIL_SPELLED = re.compile(r"(?<![\w.-])[\w.-]+\s*[\[(]\s*at\s*[\])]\s*[\w-]+(?:\s*(?:[\[(]\s*dot\s*[\])]|\.)\s*[\w-]+)+", re.I)

# Phone numbers: an international prefix (+ or 00) and 8 to 15 digits in all, or a Dutch
# national number (0 and nine digits: 06-12345678, 020 123 4567, 010-1234567).
PHONE_INTERNATIONAL = re.compile(r"(?<![\w+])(?:\+|00)[1-9](?:[\s.\-/]?(?:\(\d{1,4}\)|\d)){7,18}(?!\d)")
PHONE_DUTCH = re.compile(r"(?<![\w+./:-])0[1-9](?:[\s\-]?\d){8}(?![\w])")

IBAN = re.compile(r"(?<![\w])[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?(?![\w])")

# A BSN is nine digits passing the eleven-test; written together, or in any grouping after a
# word that names it.
BSN_PLAIN = re.compile(r"(?<![\w.,/-])\d{9}(?![\w.,/-]?\d)")
BSN_NAMED = re.compile(r"(?:bsn|burgerservicenummer|sofi-?nummer|citizen service number)\D{0,12}(\d[\d .-]{7,12}\d)", re.I)

URL = re.compile(r"(?:https?://|www\.)\S+", re.I)


def mask(text: str) -> str:
    """Enough of a finding to locate it, not enough to publish it again."""
    text = text.strip()
    if len(text) <= 4:
        return "*" * len(text)
    return text[:2] + "*" * (len(text) - 4) + text[-2:]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def iban_is_valid(text: str) -> bool:
    """ISO 13616 check: length and the mod-97 checksum."""
    compact = re.sub(r"\s", "", text).upper()
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in moved)
    return int(number) % 97 == 1


def bsn_is_valid(digits: str) -> bool:
    """The eleven-test of the Dutch citizen service number."""
    if len(digits) != 9 or digits == "000000000":
        return False
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return sum(int(d) * w for d, w in zip(digits, weights)) % 11 == 0


def find(text: object) -> list[Finding]:
    """Every likely piece of personal data in a text (one finding per stretch of text)."""
    if not isinstance(text, str) or not text:
        return []
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, match: re.Match, group: int = 0) -> None:
        start, end = match.span(group)
        if not any(start < e and s < end for s, e in taken):
            taken.append((start, end))
            found.append(Finding(kind, match.group(group)))

    for m in (*EMAIL.finditer(text), *EMAIL_SPELLED.finditer(text)):
        add("an e-mail address", m)
    # Numbers inside links (article ids, dates in paths) are not phone or account numbers;
    # blanking the links keeps the positions of everything else.
    prose = URL.sub(lambda m: " " * len(m.group()), text)
    for m in IBAN.finditer(prose):
        if iban_is_valid(m.group()):
            add("a bank account number (IBAN)", m)
    for m in BSN_NAMED.finditer(prose):
        if bsn_is_valid(_digits(m.group(1))):
            add("a citizen service number (BSN)", m, 1)
    for m in BSN_PLAIN.finditer(prose):
        if bsn_is_valid(m.group()):
            add("a citizen service number (BSN)", m)
    for m in PHONE_INTERNATIONAL.finditer(prose):
        if 8 <= len(_digits(m.group())) <= 15:
            add("a phone number", m)
    for m in PHONE_DUTCH.finditer(prose):
        add("a phone number", m)
    return found


_PATTERNS = (EMAIL, EMAIL_SPELLED, IBAN, BSN_NAMED, BSN_PLAIN, PHONE_INTERNATIONAL, PHONE_DUTCH)
# Between joined cells: NUL is neither a word character nor space nor punctuation any pattern
# allows inside a match, so a real match never spans two cells.
_SEPARATOR = "\x00\n"


# What a text must contain for a pattern to match in it, checked by a fast substring search
# first (after case folding, which folds at least what the case-insensitive patterns fold).
_NEEDS = {
    EMAIL: ("@",),
    EMAIL_SPELLED: ("[", "("),
    BSN_NAMED: ("bsn", "burgerservicenummer", "sofi", "citizen service number"),
}


def _may_match(pattern: re.Pattern, text: str) -> bool:
    needs = _NEEDS.get(pattern)
    if needs is None:
        return True
    folded = text.casefold() if pattern.flags & re.IGNORECASE else text
    return any(need in folded for need in needs)


def candidates(values: list[str]) -> list[int]:
    """Positions of the values in which any pattern matches: a superset of the values `find`
    reports on, found with one pass of each pattern over all the values joined, so that a
    column of a hundred thousand cells is scanned at the speed of the regex engine."""
    if not values:
        return []
    joined = _SEPARATOR.join(values)
    starts = [0]
    for value in values[:-1]:
        starts.append(starts[-1] + len(value) + len(_SEPARATOR))
    hits: set[int] = set()
    for pattern in _PATTERNS:
        if not _may_match(pattern, joined):
            continue
        for m in pattern.finditer(joined):
            first = bisect_right(starts, m.start()) - 1
            last = bisect_right(starts, max(m.end() - 1, m.start())) - 1
            hits.update(range(first, last + 1))
    return sorted(hits)
