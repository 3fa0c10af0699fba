"""What the Dutch-edition tests share: the English edition's own labels, and the labels a page shows."""

from __future__ import annotations

import re

from analysis.words import DUTCH

# The report's own phrases whose Dutch differs: a Dutch page must not show one as a label.
ENGLISH_LABELS = {english for english, dutch in DUTCH.items() if english != dutch and "{" not in english}

_LABEL = re.compile(r"<(h[1-6]|dt|th|caption|label|button|option)\b[^>]*>(.*?)</\1>", flags=re.S)


def labels_of(page: str) -> set[str]:
    """The text of every heading, term, column head, caption and control of a page (HTML, or a
    generated page's Markdown with its `# title`), spaces collapsed and heading marks dropped."""
    found = [re.sub(r"<[^>]+>", " ", inner) for _, inner in _LABEL.findall(page)]
    found += re.findall(r"^# (.+)$", page, flags=re.M)
    return {" ".join(text.split()).rstrip("#¶ ").strip() for text in found}
