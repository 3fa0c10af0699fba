"""The one loader: the validated package as typed DataFrames, validated once per build."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import platform
from importlib.metadata import version
from pathlib import Path

from analysis.imports import source_files
from analysis.tables import Package
from analysis.validate import InvalidPackage, check
from analysis.validate.files import descriptor_path

__all__ = ["DEFAULT_PATH", "PACKAGE_CACHE", "REPO_ROOT", "Package", "load", "load_validated", "package_digest"]

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PATH = REPO_ROOT / "datapackage" / "datapackage.json"
# The validated package, kept for the next chapter of the same build (each chapter runs in a
# kernel of its own). Inside _build, so a clean build starts without it.
PACKAGE_CACHE = REPO_ROOT / "_build" / ".validated-package"
# The libraries whose versions decide, with the code, whether a package is valid and how its
# tables are read.
VALIDATOR_LIBRARIES = ["frictionless", "pandas", "shapely"]


def load(path: str | Path = DEFAULT_PATH) -> Package:
    """The validated package as DataFrames; raises InvalidPackage naming every problem."""
    problems, package = check(path)
    if problems or package is None:
        raise InvalidPackage(Path(path), problems)
    return package


def validation_files() -> list[Path]:
    """The source of this module and of every analysis module it imports, directly or not:
    the code that validates and reads a package."""
    return source_files(__name__)


def package_digest(path: str | Path = DEFAULT_PATH) -> str:
    """A digest of everything validation depends on: the descriptor, every file it names, the
    validating code and the versions of Python and of the libraries it uses."""
    path = descriptor_path(Path(path))
    sha = hashlib.sha256()
    files = [path, *validation_files()]
    try:
        descriptor = json.loads(path.read_text(encoding="utf-8"))
        files += [path.parent / r["path"] for r in descriptor.get("resources", []) if isinstance(r.get("path"), str)]
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        pass  # load() reports it
    for file in files:
        sha.update(str(file).encode())
        sha.update(file.read_bytes() if file.is_file() else b"<missing>")
    sha.update(platform.python_version().encode())
    for library in VALIDATOR_LIBRARIES:
        sha.update(f"{library}=={version(library)}".encode())
    return sha.hexdigest()


def load_validated(path: str | Path = DEFAULT_PATH, cache: Path = PACKAGE_CACHE) -> Package:
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
