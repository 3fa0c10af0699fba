"""Clear the book's execution cache when the data or the analysis code changed.

myst-nb's cache hashes only the code cells, so after a CSV changed a cached build would serve
old numbers. This keeps a digest of everything the chapters read beside the cache.
"""

from __future__ import annotations

import hashlib
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INPUTS = ["datapackage", "src/analysis", "_config.yml", "nl/_config.yml"]
BUILD = ROOT / "_build"
DIGEST = BUILD / ".inputs-digest"


def digest() -> str:
    sha = hashlib.sha256()
    for name in INPUTS:
        base = ROOT / name
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for path in files:
            sha.update(str(path.relative_to(ROOT)).encode())
            sha.update(path.read_bytes())
    return sha.hexdigest()


def main() -> int:
    current = digest()
    if DIGEST.exists() and DIGEST.read_text() == current:
        return 0
    # Sphinx would otherwise skip chapters whose own text did not change, so its environment
    # goes with the execution cache.
    stale = [BUILD / ".jupyter_cache", BUILD / ".doctrees", BUILD / "nl"]
    if any(path.exists() for path in stale):
        for path in stale:
            shutil.rmtree(path, ignore_errors=True)
        print("data or analysis code changed: cleared the execution cache", file=sys.stderr)
    BUILD.mkdir(exist_ok=True)
    DIGEST.write_text(current)
    return 0


if __name__ == "__main__":
    sys.exit(main())
