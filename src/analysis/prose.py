"""Finds figures typed by hand into a chapter's prose: every number must be glued from the data.

What counts as prose: a chapter's Markdown outside its front matter, code cells, fenced blocks,
directive options, roles (glue, doc, ...) and link targets. In it, any digit or number word
(English or Dutch) is a hand-typed figure, except the names in ALLOWED.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# Names that contain digits but are not figures about the data.
ALLOWED = (
    re.compile(r"CC BY 4\.0"),            # the licence's name
    re.compile(r"GB/T 2260"),             # the Chinese standard for administrative codes
)
NUMBER_WORDS = (
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "thousand million dozen dozens half quarter twice "
    "twee drie vier vijf zes zeven acht negen tien elf twaalf twintig dertig veertig vijftig honderd "
    "duizend helft kwart"
).split()
_NUMBER = re.compile(r"\d|\b(?:" + "|".join(NUMBER_WORDS) + r")(?:-\w+)?\b", re.IGNORECASE)
_FENCE = re.compile(r"^(`{3,}|:{3,})")
_ROLE = re.compile(r"\{[\w:-]+\}`[^`]*`")
_INLINE_CODE = re.compile(r"`[^`]*`")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_HTML_COMMENT = re.compile(r"<!--.*?-->")


@dataclass(frozen=True)
class Figure:
    path: str
    line: int
    text: str
    context: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: hand-typed figure {self.text!r} in: {self.context.strip()}"


def prose_lines(text: str) -> list[tuple[int, str]]:
    """(line number, text) of the prose lines of a MyST chapter."""
    lines = text.splitlines()
    out: list[tuple[int, str]] = []
    start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                start = i + 1
                break
    fence: str | None = None
    for number, line in enumerate(lines[start:], start=start + 1):
        stripped = line.strip()
        match = _FENCE.match(stripped)
        if fence is None and match:
            marker = match.group(1)
            # Admonitions (:::{admonition}) hold prose; code cells and code blocks do not.
            if marker.startswith(":") and "{admonition}" in stripped:
                continue
            fence = marker
            continue
        if fence is not None:
            if stripped.startswith(fence) and stripped.strip(fence[0]) == "":
                fence = None
            continue
        if stripped.startswith(":::") or re.match(r"^:[\w-]+:", stripped):
            continue  # closing an admonition, or a directive option
        out.append((number, line))
    return out


def hand_typed(text: str, path: str = "<text>") -> list[Figure]:
    found = []
    for number, line in prose_lines(text):
        clean = _HTML_COMMENT.sub(" ", line)
        clean = _ROLE.sub(" ", clean)
        clean = _INLINE_CODE.sub(" ", clean)
        clean = _LINK_TARGET.sub("]", clean)
        for allowed in ALLOWED:
            clean = allowed.sub(" ", clean)
        for match in _NUMBER.finditer(clean):
            found.append(Figure(path, number, match.group(0), line))
    return found


def check_chapters(paths: list[Path]) -> list[Figure]:
    return [f for p in paths for f in hand_typed(p.read_text(encoding="utf-8"), str(p))]
