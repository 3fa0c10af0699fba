"""What a chapter's first cell calls: load the package, enable the theme and offline renderer."""

from __future__ import annotations

import hashlib
import os
import pickle
import platform
from collections.abc import Mapping
from importlib.metadata import version
from pathlib import Path

from analysis.charts import render, theme
from analysis.package import DEFAULT_PATH, REPO_ROOT, Package, load

STATIC_FIGURES = REPO_ROOT / "_static" / "figures"
# The validated package, kept for the next chapter of the same build (each chapter runs in a
# kernel of its own). Inside _build, so a clean build starts without it.
PACKAGE_CACHE = REPO_ROOT / "_build" / ".validated-package"
# What decides whether a package is valid and how its tables are read: the validating code and
# the libraries it relies on.
VALIDATOR_FILES = [Path(__file__).with_name("package.py"), Path(__file__).with_name("rules.py")]
VALIDATOR_LIBRARIES = ["frictionless", "pandas", "shapely"]


def setup(path=DEFAULT_PATH) -> Package:
    """Load the validated package and prepare charts for the book."""
    theme.enable()
    render.enable(static_dir=STATIC_FIGURES)
    return load_validated(path)


def package_digest(path=DEFAULT_PATH) -> str:
    """A digest of everything validation depends on: the descriptor, every file it names, the
    validating code and the versions of Python and of the libraries it uses."""
    path = Path(path)
    sha = hashlib.sha256()
    files = [path, *VALIDATOR_FILES]
    try:
        import json

        descriptor = json.loads(path.read_text(encoding="utf-8"))
        files += [path.parent / r["path"] for r in descriptor.get("resources", []) if isinstance(r.get("path"), str)]
    except (OSError, ValueError, TypeError, KeyError):
        pass  # load() reports it
    for file in files:
        sha.update(str(file).encode())
        sha.update(file.read_bytes() if file.is_file() else b"<missing>")
    sha.update(platform.python_version().encode())
    for library in VALIDATOR_LIBRARIES:
        sha.update(f"{library}=={version(library)}".encode())
    return sha.hexdigest()


def load_validated(path=DEFAULT_PATH, cache: Path = PACKAGE_CACHE) -> Package:
    """`load(path)`, validated once per build: the first chapter validates the package and keeps
    the result under a digest of its files and of the validating code; the next chapters take
    it from there while nothing changed. Only a valid package is kept, so any problem is still
    raised by every chapter."""
    key = package_digest(path)
    kept = cache / f"{key}.pickle"
    try:
        with kept.open("rb") as handle:
            return pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError):
        pass  # not kept yet (or being replaced): validate
    package = load(path)
    try:
        cache.mkdir(parents=True, exist_ok=True)
        for old in cache.glob("*.pickle"):
            if old != kept:
                old.unlink(missing_ok=True)
        partial = kept.with_suffix(f".{os.getpid()}.tmp")
        with partial.open("wb") as handle:
            pickle.dump(package, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(partial, kept)
    except OSError:
        pass  # nowhere to keep it: the next chapter validates again
    return package


def glue_facts(facts: Mapping[str, object]) -> None:
    """Glue every computed fact so the prose can cite it by name."""
    from myst_nb import glue

    for name, value in facts.items():
        glue(name, value, display=False)


class Table:
    """A table for a book page: no index column, missing values as a dash, and every cell
    escaped so that text from the data can never become markup."""

    def __init__(self, frame, caption: str | None = None):
        self.frame = frame
        self.caption = caption

    def _repr_html_(self) -> str:
        import html

        body = self.frame.to_html(index=False, escape=True, na_rep="–", classes="nlcn-table", border=0)
        if self.caption:
            body = body.replace(">", f"><caption>{html.escape(self.caption)}</caption>", 1)
        return f'<div class="nlcn-table-wrap">{body}</div>'


def table(frame, caption: str | None = None) -> Table:
    return Table(frame, caption)
