"""Chapters validate the package once per build and reuse it while nothing changed."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import InvalidPackage, book


def test_second_chapter_reuses_the_validated_package(rows, make_package, tmp_path, monkeypatch):
    path = make_package(rows)
    first = book.load_validated(path, cache=tmp_path / "cache")

    def no_validation(*_):
        raise AssertionError("validated again although nothing changed")

    monkeypatch.setattr(book, "load", no_validation)
    again = book.load_validated(path, cache=tmp_path / "cache")
    for name, table in first.tables.items():
        pd.testing.assert_frame_equal(again[name], table)


def test_a_changed_file_is_validated_again(rows, make_package, tmp_path):
    path = make_package(rows)
    book.load_validated(path, cache=tmp_path / "cache")
    valid = book.package_digest(path)
    partnerships = path.parent / "data" / "partnerships.csv"
    partnerships.write_text(partnerships.read_text(encoding="utf-8").replace(",active,", ",thriving,"), encoding="utf-8")
    with pytest.raises(InvalidPackage):
        book.load_validated(path, cache=tmp_path / "cache")
    kept = {p.stem for p in (tmp_path / "cache").glob("*.pickle")}
    assert kept == {valid}, "an invalid package is never kept"


def test_digest_covers_data_and_validating_code(rows, make_package, monkeypatch, tmp_path):
    path = make_package(rows)
    before = book.package_digest(path)
    (path.parent / "geo" / "nl_provincies_2025.geojson").write_text("{}", encoding="utf-8")
    assert book.package_digest(path) != before
    extra = tmp_path / "extra_rule.py"
    extra.write_text("# another rule\n", encoding="utf-8")
    monkeypatch.setattr(book, "VALIDATOR_FILES", [*book.VALIDATOR_FILES, extra])
    changed = book.package_digest(path)
    extra.write_text("# a changed rule\n", encoding="utf-8")
    assert book.package_digest(path) != changed
