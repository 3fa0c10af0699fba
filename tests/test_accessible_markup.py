"""The markup the project writes into pages is accessible: focusable, named scrolling tables
without empty header cells, charts as named groups (their controls stay reachable), and static
chart files with a title and description."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from analysis import book
from analysis.charts import render


def test_tables_are_named_focusable_regions():
    page = book.table(pd.DataFrame({"Tie": ["a--b"], "Status": ["active"]}))._repr_html_()
    wrapper = re.match(r"<div [^>]*>", page).group()
    assert 'role="region"' in wrapper and 'tabindex="0"' in wrapper
    assert 'aria-label="Table: Tie, Status"' in wrapper
    captioned = book.table(pd.DataFrame({"x": [1]}), caption="Ties <by> year")._repr_html_()
    assert 'aria-label="Ties &lt;by&gt; year"' in captioned


def test_a_pivot_table_has_no_empty_header_cells():
    long = pd.DataFrame({"question": ["q1", "q1", "q2"], "answer": ["yes", "no", "yes"], "n": [3, 1, 2]})
    wide = long.pivot_table(index="question", columns="answer", values="n", fill_value=0).reset_index()
    assert wide.columns.name == "answer"  # what pandas leaves behind
    page = book.table(wide)._repr_html_()
    assert "<th></th>" not in page
    header = re.search(r"<thead>(.*?)</thead>", page, re.S).group(1)
    assert re.findall(r"<th[^>]*>(.*?)</th>", header) == ["question", "no", "yes"]


def test_charts_are_named_groups_not_images():
    spec = {"title": {"text": "Ties <over> time"}, "description": "A line chart.", "mark": "point", "data": {"values": []}}
    figure = render.chart_html(spec)
    div = re.search(r'<div id="chart-[0-9a-f]+"[^>]*>', figure).group()
    assert 'role="group"' in div and 'role="img"' not in div
    assert 'aria-label="Chart: Ties &lt;over&gt; time"' in div
    # The Explore button names the chart it opens; once interactive, the actions menu gets a name.
    assert re.search(r'<button type="button" class="nlcn-explore" aria-controls="chart-[0-9a-f]+"', figure)
    charts_js = (Path(__file__).resolve().parents[1] / "_static" / "charts.js").read_text(encoding="utf-8")
    assert f'ACTIONS_LABEL = "{render.ACTIONS_LABEL}"' in charts_js


def test_static_svg_gets_title_description_and_role():
    svg = render.with_text_alternative('<svg xmlns="http://www.w3.org/2000/svg" width="1"><rect/></svg>', "A & B", "Ties <b>grew</b>.")
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" width="1" role="img" aria-labelledby="title desc">')
    assert '<title id="title">A &amp; B</title><desc id="desc">Ties &lt;b&gt;grew&lt;/b&gt;.</desc><rect/>' in svg
    with pytest.raises(ValueError):
        render.with_text_alternative("<html></html>", "t", "d")
