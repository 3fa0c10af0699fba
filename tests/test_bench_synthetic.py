"""The benchmark's synthetic package: valid, and as many times larger as asked."""

from __future__ import annotations

import sys
from pathlib import Path

from analysis.package import check

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import synthetic  # noqa: E402


def test_synthetic_package_is_valid_and_scaled(tmp_path):
    factor = 2
    path = synthetic.write_synthetic(tmp_path / "pkg", factor=factor)
    problems, package = check(path)
    assert problems == []
    real, scaled = synthetic.row_counts(synthetic.REAL), synthetic.row_counts(path)
    for name, rows in real.items():
        expected = rows if name in synthetic.NOT_REPLICATED else rows * factor
        assert scaled[name] == expected, name
    assert sum(scaled.values()) >= 0.95 * factor * sum(real.values())
    assert package["partnerships"]["id"].is_unique
    assert len(package["partnerships"]) == factor * real["partnerships"]


def test_copies_keep_their_references_within_the_copy():
    resource = {"name": "events", "schema": {"fields": [{"name": n} for n in ("id", "partnership_id", "source_ids")],
                                            "foreignKeys": [{"fields": ["partnership_id"], "reference": {"resource": "partnerships", "fields": ["id"]}}]}}
    row = {"id": "a--b-1979", "partnership_id": "a--b", "source_ids": "s1; s2"}
    assert synthetic._replicate_rows(resource, [row], 0) == [row]
    assert synthetic._replicate_rows(resource, [row], 2) == [{"id": "a--b-1979-x2", "partnership_id": "a--b-x2", "source_ids": "s1-x2; s2-x2"}]
