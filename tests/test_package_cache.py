"""Chapters validate the package once per build and reuse it while nothing it depends on changed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from analysis import InvalidPackage, package
from analysis.imports import PACKAGE_DIR


def test_second_chapter_reuses_the_validated_package(rows, make_package, tmp_path, monkeypatch):
    path = make_package(rows)
    first = package.load_validated(path, cache=tmp_path / "cache")

    def no_validation(*_):
        raise AssertionError("validated again although nothing changed")

    monkeypatch.setattr(package, "load", no_validation)
    again = package.load_validated(path, cache=tmp_path / "cache")
    for name, table in first.tables.items():
        pd.testing.assert_frame_equal(again[name], table)


def test_a_changed_file_is_validated_again(rows, make_package, tmp_path):
    path = make_package(rows)
    package.load_validated(path, cache=tmp_path / "cache")
    valid = package.package_digest(path)
    partnerships = path.parent / "data" / "partnerships.csv"
    partnerships.write_text(partnerships.read_text(encoding="utf-8").replace(",active,", ",thriving,"), encoding="utf-8")
    with pytest.raises(InvalidPackage):
        package.load_validated(path, cache=tmp_path / "cache")
    kept = {p.stem for p in (tmp_path / "cache").glob("*.pickle")}
    assert kept == {valid}, "an invalid package is never kept"


def test_digest_covers_the_data(rows, make_package):
    path = make_package(rows)
    before = package.package_digest(path)
    assert package.package_digest(path.parent) == before, "a package's folder names its descriptor"
    (path.parent / "geo" / "nl_provincies_2025.geojson").write_text("{}", encoding="utf-8")
    assert package.package_digest(path) != before


def _python(code: str, pythonpath: Path | None = None) -> str:
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_digest_covers_every_module_validation_runs(rows, make_package):
    """Every analysis module that loading a package imports, in a fresh interpreter, is part
    of the digest: a module validation comes to depend on cannot be left out."""
    path = make_package(rows)
    loaded = json.loads(_python(f"""
        import json, sys
        from analysis.package import load
        load({str(path)!r})
        print(json.dumps(sorted(m.__file__ for n, m in list(sys.modules.items())
                                if (n == "analysis" or n.startswith("analysis.")) and getattr(m, "__file__", None))))
    """))
    covered = {str(f) for f in package.validation_files()}
    assert {"validate/privacy.py", "validate/rules/authorities.py", "vocabulary.py", "tables.py"} <= {
        Path(f).relative_to(PACKAGE_DIR).as_posix() for f in covered
    }
    assert len(loaded) > 10
    assert set(loaded) <= covered, f"not in the digest: {sorted(set(loaded) - covered)}"


def test_editing_a_validation_module_changes_the_digest(rows, make_package, tmp_path):
    """In a copy of the code: a change to the personal-data patterns, which no other module's
    text shows, gives a new digest, so a package validated before is validated again."""
    path = make_package(rows)
    shutil.copytree(PACKAGE_DIR, tmp_path / "src" / "analysis", ignore=shutil.ignore_patterns("__pycache__"))
    privacy = tmp_path / "src" / "analysis" / "validate" / "privacy.py"
    out = _python(f"""
        from pathlib import Path
        import analysis
        from analysis.package import package_digest
        assert Path(analysis.__file__).is_relative_to({str(tmp_path)!r}), analysis.__file__
        before = package_digest({str(path)!r})
        privacy = Path({str(privacy)!r})
        privacy.write_text(privacy.read_text(encoding="utf-8") + "# a changed pattern\\n", encoding="utf-8")
        print(before, package_digest({str(path)!r}))
    """, pythonpath=tmp_path / "src")
    before, after = out.split()
    assert before != after
