"""A page of its own for every tie, every authority and every Dutch authority the census searched,
written from the model (no notebook each)."""

from __future__ import annotations

from pathlib import Path

from analysis.model.views import Views
from analysis.profiles import authorities, census, ties

# Where the pages go, below the book's chapters; the table of contents globs these folders.
TIES = "ties"
AUTHORITIES = "authorities"


def pages(v: Views) -> dict[str, str]:
    """Every generated page's text by its path below the chapters folder."""
    out = {f"{TIES}/{tie}.md": ties.page(v, tie) for tie in v["partnerships"]["id"]}
    own = authorities.with_ties(v)
    out.update({f"{AUTHORITIES}/{authority}.md": authorities.page(v, authority) for authority in own})
    # Every Dutch authority has a page: one without a tie gets its census entry.
    out.update({f"{AUTHORITIES}/{page}.md": text for page, text in census.pages(v, set(own)).items()})
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
