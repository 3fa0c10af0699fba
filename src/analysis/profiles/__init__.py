"""A page of its own for every tie and every authority, written from the model (no notebook each)."""

from __future__ import annotations

from pathlib import Path

from analysis.model.views import Views
from analysis.profiles import authorities, ties

# Where the pages go, below the book's chapters; the table of contents globs these folders.
TIES = "ties"
AUTHORITIES = "authorities"


def pages(v: Views) -> dict[str, str]:
    """Every generated page's text by its path below the chapters folder."""
    out = {f"{TIES}/{tie}.md": ties.page(v, tie) for tie in v["partnerships"]["id"]}
    out.update({f"{AUTHORITIES}/{authority}.md": authorities.page(v, authority) for authority in authorities.with_ties(v)})
    return out


def write(v: Views, chapters: Path) -> list[Path]:
    """Write the pages below `chapters`, rewriting only those whose text changed (so a rebuild
    rereads nothing else) and removing pages no longer in the data; the paths written."""
    wanted = pages(v)
    written = []
    for folder in (TIES, AUTHORITIES):
        (chapters / folder).mkdir(parents=True, exist_ok=True)
        for old in (chapters / folder).glob("*.md"):
            if f"{folder}/{old.name}" not in wanted:
                old.unlink()
    for name, text in wanted.items():
        path = chapters / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written
