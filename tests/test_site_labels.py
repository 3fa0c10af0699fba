"""No reader sees a code in place of its label: no code with an underscore anywhere in a built
page's text, and no code whose label differs from it in a table cell, a filter option or a
chart's data (tooltips, legends and axes draw from it). The data dictionary and the downloads
page describe the data as stored, codes included, and are left out."""

from __future__ import annotations

import csv
import html
import json
import re
from pathlib import Path

import pytest

from vega_specs import walk

REPO = Path(__file__).resolve().parents[1]
SITE = REPO / "_build" / "html"
LABELS = REPO / "datapackage" / "data" / "labels.csv"
SHOWS_CODES = {"chapters/dictionary.html", "chapters/downloads.html", "nl/chapters/dictionary.html", "nl/chapters/downloads.html"}

pytestmark = pytest.mark.site


def load_codes(path: Path = LABELS) -> tuple[set[str], set[str]]:
    """Codes with an underscore, and the other codes whose English label is another word."""
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    underscored = {r["code"] for r in rows if "_" in r["code"]}
    relabelled = {r["code"] for r in rows if "_" not in r["code"] and r["label_en"].lower() != r["code"].lower()}
    # A code that is also the label of another code (as "province" is) is a word readers know.
    words = {r["label_en"].lower() for r in rows}
    return underscored, {c for c in relabelled if c.lower() not in words}


def _chart_specs(page: str) -> list[dict]:
    decoder = json.JSONDecoder()
    return [decoder.raw_decode(page, m.end())[0] for m in re.finditer(r"vegaEmbed\(el,", page)]




def chart_values(spec: dict) -> set[str]:
    """Every value a chart can show: those of its encoded fields, and its texts."""
    fields = {n["field"] for n in walk(spec) if isinstance(n.get("field"), str)}
    fields = {f.split(".")[-1] for f in fields}
    values = set()
    for rows in spec.get("datasets", {}).values():
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, dict):
                values |= {str(v) for k, v in row.items() if k in fields and v is not None}
    values.add(str(spec.get("description", "")))
    return values


def visible_text(page: str) -> str:
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return html.unescape(text)


def cells(page: str) -> set[str]:
    """The text of every table cell and option, and each part of a '; '-separated list in one."""
    found = set()
    for inner in re.findall(r"<(?:td|th|option)\b[^>]*>(.*?)</(?:td|th|option)>", page, flags=re.S):
        text = html.unescape(re.sub(r"<[^>]+>", "", inner)).strip()
        found.add(text)
        found |= {part.strip() for part in text.split(";")}
    return found


def raw_codes(page: str, underscored: set[str], relabelled: set[str]) -> list[str]:
    """The codes a page shows readers in place of their labels."""
    problems = []
    text = visible_text(page)
    shown = cells(page)
    for spec in _chart_specs(page):
        values = chart_values(spec)
        shown |= values
        text += " " + " ".join(values)
        shown |= {part.strip() for v in values for part in re.split(r"[;,:()]", v)}
    words = set(re.findall(r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+", text))
    problems += sorted(f"code {w!r} in the text" for w in words & underscored)
    problems += sorted(f"code {c!r} in a table, filter or chart" for c in shown & relabelled)
    return problems


def pages() -> list[Path]:
    if not SITE.exists():
        return []
    return sorted(p for p in SITE.rglob("*.html") if "_static" not in p.parts and "_sources" not in p.parts)


@pytest.mark.parametrize("page", pages(), ids=lambda p: str(p.relative_to(SITE)))
def test_no_page_shows_a_code_in_place_of_its_label(page):
    if str(page.relative_to(SITE)) in SHOWS_CODES:
        pytest.skip("this page describes the stored data, codes included")
    underscored, relabelled = load_codes()
    assert raw_codes(page.read_text(encoding="utf-8"), underscored, relabelled) == []


def test_the_check_finds_codes_in_text_cells_and_chart_tooltips():
    underscored, relabelled = load_codes()
    assert "county_city" in underscored and "mou" in relabelled
    spec = {"datasets": {"d": [{"level": "county_city", "type": "mou", "other": "water_board"}]},
            "layer": [{"encoding": {"tooltip": [{"field": "level"}, {"field": "type"}]}}], "description": "x"}
    page = (
        "<p>Ties of every water_board.</p><table><tr><td>mou</td><td>active; sister</td></tr></table>"
        f"<script>vegaEmbed(el,{json.dumps(spec)},{{}})</script>"
    )
    found = raw_codes(page, underscored, relabelled)
    assert "code 'water_board' in the text" in found and "code 'county_city' in the text" in found
    assert "code 'mou' in a table, filter or chart" in found and "code 'sister' in a table, filter or chart" in found
    assert raw_codes("<p>Ties of every water board.</p><table><tr><td>memorandum</td></tr></table>", underscored, relabelled) == []
