"""Deterministic builds: the same commit gives the same chart specs, the same chart HTML and
the same static SVG downloads, whatever the hash seed, time zone or working directory."""

from __future__ import annotations

import pytest

from analysis.figures import CHARTS
from determinism import assert_same_files, file_digests, run_twice

# Writes, for every chart of the catalogue: its spec, the HTML the book embeds, and the static
# SVG the page offers for download (written by the renderer itself).
CHARTS_CODE = """
import json, sys
from pathlib import Path
from analysis import load
from analysis.charts import render, theme
from analysis.figures import CHARTS
from analysis.model.views import Views

out = Path(sys.argv[1])
theme.enable()
render.STATIC_DIR = out / "figures"
package = Views(load())
for name, build in sorted(CHARTS.items()):
    spec = build(package).to_dict()
    (out / f"{name}.vl.json").write_text(json.dumps(spec, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    (out / f"{name}.html").write_text(render.chart_html(spec), encoding="utf-8")
"""


def test_charts_and_downloads_are_identical_across_processes(tmp_path):
    first, second = run_twice(CHARTS_CODE, tmp_path)
    # Each chart: a drawing for a desktop and one for a phone, a PNG, its script and its data.
    assert len(list((first / "figures").glob("*-phone.svg"))) == len(CHARTS)
    assert_same_files(first, second)


def test_the_comparison_notices_a_changed_byte(tmp_path):
    for run in ("a", "b"):
        (tmp_path / run).mkdir()
        (tmp_path / run / "chart.svg").write_text("<svg>1</svg>", encoding="utf-8")
    assert_same_files(tmp_path / "a", tmp_path / "b")
    (tmp_path / "b" / "chart.svg").write_text("<svg>2</svg>", encoding="utf-8")
    with pytest.raises(AssertionError, match="chart.svg"):
        assert_same_files(tmp_path / "a", tmp_path / "b")
    (tmp_path / "b" / "extra.csv").write_text("", encoding="utf-8")
    assert "extra.csv" in file_digests(tmp_path / "b")
    with pytest.raises(AssertionError, match="extra.csv"):
        assert_same_files(tmp_path / "a", tmp_path / "b")
