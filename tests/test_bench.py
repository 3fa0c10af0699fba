"""The benchmark's helpers: a valid synthetic package as many times larger as asked, the code-free
book and the discovery of findings functions (nothing here is timed)."""

from __future__ import annotations

import sys
from pathlib import Path

from analysis.validate import check

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import builds  # noqa: E402
import scale  # noqa: E402
import synthetic  # noqa: E402


def test_synthetic_package_is_valid_and_scaled(tmp_path):
    factor = 2
    path = synthetic.write_synthetic(tmp_path / "pkg", factor=factor)
    problems, package = check(path)
    assert problems == []
    real, scaled = synthetic.row_counts(synthetic.REAL), synthetic.row_counts(path)
    for name, rows in real.items():
        if name == "census":  # one row per municipality and province; bodies without a code are copied
            continue
        expected = rows if name in synthetic.NOT_REPLICATED else rows * factor
        assert scaled[name] == expected, name
    census = synthetic.read_rows(synthetic.REAL, "census")
    uncoded = sum(1 for row in census if not row["code"] and row["authority_id"])
    assert scaled["census"] == real["census"] + (factor - 1) * uncoded
    # The fixed resources (codebook, labels, census) are the smaller part: the package grows nearly by `factor`.
    replicated = sum(rows for name, rows in real.items() if name not in synthetic.NOT_REPLICATED)
    assert replicated >= 0.7 * sum(real.values())
    assert package["partnerships"]["id"].is_unique
    assert len(package["partnerships"]) == factor * real["partnerships"]


def test_copies_keep_their_references_within_the_copy():
    resource = {"name": "events", "schema": {"fields": [{"name": n} for n in ("id", "partnership_id", "source_ids")],
                                            "foreignKeys": [{"fields": ["partnership_id"], "reference": {"resource": "partnerships", "fields": ["id"]}}]}}
    row = {"id": "a--b-1979", "partnership_id": "a--b", "source_ids": "s1; s2"}
    assert synthetic._replicate_rows(resource, [row], 0) == [row]
    assert synthetic._replicate_rows(resource, [row], 2) == [{"id": "a--b-1979-x2", "partnership_id": "a--b-x2", "source_ids": "s1-x2; s2-x2"}]


def test_code_free_chapter_keeps_its_prose_and_loses_code_and_glue():
    text = (
        "# Title\n\n```{code-cell} ipython3\n:tags: [remove-cell]\nx = 1\n```\n\n"
        "There are {glue:text}`ties` ties.\n\n```{code-cell} ipython3\nx\n```\n\n```{tableofcontents}\n```\n"
    )
    stripped = builds.strip_code(text)
    assert "code-cell" not in stripped and "glue" not in stripped
    assert "There are N ties." in stripped and "```{tableofcontents}\n```" in stripped


def test_every_findings_function_can_be_called_by_the_benchmark():
    from analysis import load

    seconds = scale.time_findings(load())
    names = {label.split("(")[0] for label in seconds} - {"total"}
    assert names == {label for label, _ in scale.findings_functions()}


def test_the_report_is_written_from_the_results_the_benchmark_records():
    """bench/README.md is what `readme` writes from bench/results.json: every measure the
    benchmark records reaches the report, and the committed pair agree."""
    import json

    import run

    root = Path(__file__).resolve().parents[1] / "bench"
    results = json.loads((root / "results.json").read_text(encoding="utf-8"))
    assert run.readme(results) == (root / "README.md").read_text(encoding="utf-8")
    assert {"both_editions_cold_s", "both_editions_to_english_ratio"} <= set(results["metrics"])
