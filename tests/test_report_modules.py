"""The report's helpers: safe tables and links, labels, checklist, strategy evidence, the data
dictionary and the bibliography."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pandas as pd
import pytest

from analysis import book, links, project
from analysis.model import checklist, labels
from analysis.model import register as reg
from analysis.model.sources import citations
from analysis.model.views import Views
from analysis.package import load
from analysis.pages import bibliography, dictionary
from analysis.pages import register as register_page


class Elements(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse(html: str) -> list[tuple[str, dict]]:
    parser = Elements()
    parser.feed(html)
    return parser.tags


@pytest.fixture(scope="module")
def package():
    return load()


@pytest.mark.parametrize("url, ok", [
    ("https://example.org/a?b=c", True),
    ("http://example.org", True),
    ("javascript:alert(1)", False),
    ("https://example.org/\"onmouseover=alert(1)", False),
    ("//example.org/x", False),
    ("data:text/html,<script>", False),
    (None, False),
])
def test_only_http_urls_become_links(url, ok):
    assert (links.safe_url(url) is not None) == ok


def test_md_link_escapes_markup_in_its_text():
    md = links.md_link("*bold* [x](javascript:y) {glue:text}`z`", "https://example.org/p")
    assert md.startswith("[\\*bold\\* \\[x\\]") and md.endswith("](<https://example.org/p>)")
    assert links.md_link("text", "javascript:alert(1)") == "text"


def test_table_escapes_cells_and_renders_links_and_source_links():
    sources = pd.DataFrame([{"id": "s1", "url": "https://example.org/s1", "publisher": "Pub <b>", "published": "2021-03"}])
    frame = pd.DataFrame({
        "Name": ["<script>alert(1)</script>", None],
        "Link": [links.Link("<img src=x onerror=alert(1)>", "https://example.org"), links.Link("bad", "javascript:x")],
        "Sources": ["s1", ""],
    })
    html = book.table(frame, sources=sources)._repr_html_()
    tags = parse(html)
    assert not [t for t, _ in tags if t in ("script", "img", "b")]
    anchors = [a for t, a in tags if t == "a"]
    assert [a["href"] for a in anchors] == ["https://example.org", "https://example.org/s1"]
    assert "&lt;script&gt;" in html and "Pub &lt;b&gt; (2021)" in html and "<td>–</td>" in html


def test_searchable_table_carries_escaped_filter_values(package):
    frame = pd.DataFrame({"Tie": ["A – B", "C – D"], "Status": ['ended" onclick="x', "active"]})
    html = book.searchable(frame, "t1", {"Status": "status"}, noun="ties")._repr_html_()
    tags = parse(html)
    rows = [a for t, a in tags if t == "tr" and "data-status" in a]
    assert [r["data-status"] for r in rows] == ['ended" onclick="x', "active"]
    assert all("onclick" not in a for _, a in tags)
    form = next(a for t, a in tags if t == "form")
    assert form["data-table"] == "t1" and "hidden" in form


def test_correction_links_name_the_tie(package):
    import html as html_module
    from urllib.parse import parse_qs, urlsplit

    from analysis.profiles import ties

    view = register_page.register_view(Views(package))
    assert len(view) == len(package["partnerships"])
    first = view.iloc[0]["Tie"]
    page = ties.page(Views(package), first.url.removeprefix("ties/").removesuffix(".html"))
    url = html_module.unescape(re.search(r'<a href="([^"]+)">Report a correction to this tie</a>', page).group(1))
    assert url.startswith(project.repository_url() + "/issues/new?")
    query = parse_qs(urlsplit(url).query)
    assert query["title"] == [f"Correction: {first.text}"]


@pytest.mark.parametrize("value, text", [("2019-05-15", "15 May 2019"), ("2019-05", "May 2019"), ("2019", "2019"), ("", "undated"), (None, "undated")])
def test_readable_date(value, text):
    assert labels.readable_date(value) == text


@pytest.mark.parametrize("value, text", [("2019-05-15", "15 mei 2019"), ("2019-05", "mei 2019"), ("", "ongedateerd")])
def test_readable_date_in_dutch(value, text):
    assert labels.readable_date(value, "nl") == text


def test_code_definitions_follow_the_codebook(package):
    for question in package["codebook"].itertuples():
        definitions = labels.code_definitions(package["codebook"], question.id)
        assert list(definitions) == question.codes.split(";"), question.id
        assert all(definitions.values())


def test_every_practice_supports_a_checklist_step_and_every_step_has_sources(package):
    assert checklist.unused_practices(package) == []
    table = checklist.checklist_table(package)
    assert len(table) == len(checklist.STEPS) and table["Sources"].str.len().gt(0).all()


def test_a_checklist_step_naming_an_unknown_practice_fails_loudly(package):
    steps = (checklist.Step("Before", "Do it.", ("no-such-practice",)),)
    with pytest.raises(KeyError, match="step 1 .*no-such-practice"):
        checklist.checklist_table(package, steps)


def test_nested_ties_are_local_ties_inside_a_chinese_province_the_dutch_province_is_tied_to():
    def tie(id_, nl_id, nl_name, level, nl_province_id, nl_province, cn_name, cn_province_id, cn_province):
        return {
            "id": id_, "nl_authority_id": nl_id, "nl_name": nl_name, "nl_level": level, "nl_province_id": nl_province_id,
            "nl_province": nl_province, "cn_name": cn_name, "cn_province_id": cn_province_id, "cn_province": cn_province,
        }

    table = pd.DataFrame([
        tie("p1", "nl-brabant", "Brabant", "province", "nl-brabant", "Brabant", "Jiangsu", "cn-js", "Jiangsu"),
        tie("p2", "nl-brabant", "Brabant", "province", "nl-brabant", "Brabant", "Nanjing", "cn-js", "Jiangsu"),
        tie("m1", "nl-breda", "Breda", "municipality", "nl-brabant", "Brabant", "Yangzhou", "cn-js", "Jiangsu"),
        tie("m2", "nl-arnhem", "Arnhem", "municipality", "nl-gelderland", "Gelderland", "Wuxi", "cn-js", "Jiangsu"),
        tie("m3", "nl-tilburg", "Tilburg", "municipality", "nl-brabant", "Brabant", "Wuhan", "cn-hb", "Hubei"),
        # A body outside any province, and a Chinese partner outside any province: never nested.
        tie("m4", "nl-port", "Port", "other", None, "(no province)", "Suzhou", "cn-js", "Jiangsu"),
        tie("m5", "nl-oss", "Oss", "municipality", "nl-brabant", "Brabant", "Company", None, "(no province)"),
        # A second province of the same name (another id) does not nest Breda's tie.
        tie("p3", "nl-brabant-2", "Brabant", "province", "nl-brabant-2", "Brabant", "Hubei", "cn-hb", "Hubei"),
    ])
    nested = reg.nested_ties(table)
    assert nested["id"].tolist() == ["m1"]
    assert nested.loc[0, "province_partner"] == "Jiangsu; Nanjing"


def test_the_data_dictionary_lists_every_resource_and_field(package):
    views = Views(package)
    resources = dictionary.resources(views)
    assert resources["Resource"].tolist() == [r["name"] for r in package.descriptor["resources"]]
    for name in dictionary.tabular_names(views):
        fields = dictionary.fields(views, name)
        assert fields["Field"].tolist() == list(package[name].columns)
        assert fields["Description"].str.len().gt(0).all(), name
    assert resources.set_index("Resource").loc["partnerships", "Rows"] == len(package["partnerships"])
    refs = dictionary.fields(views, "partnerships").set_index("Field")["Refers to"]
    assert refs["nl_authority_id"] == "authorities"


def test_the_bibliography_lists_every_source_once_with_a_link(package):
    views = Views(package)
    entries = bibliography.entries(views)
    assert sorted(entries["Key"]) == sorted(package["sources"]["id"])
    assert all(links.safe_url(link.url) for link in entries["Title"])
    facts = bibliography.facts(views)
    assert facts["cited_sources"] + facts["uncited_sources"] == facts["sources"] == len(package["sources"])


def test_citation_counts_come_from_source_fields(rows, make_package):
    package = load(make_package(rows))
    counts = citations(package.tables)
    expected = sum(1 for e in rows["events"] if e["source_id"] == "s-news") + sum(
        1 for p in rows["partnerships"] if "s-news" in p["source_ids"].split(";"))
    assert counts["s-news"] == expected


def test_only_links_the_book_made_itself_may_be_relative():
    html = book.table(pd.DataFrame({"File": [links.Link("data", "../_static/x.csv"), links.Link("ours", "../_static/x.csv", local=True)]}))._repr_html_()
    assert [a["href"] for t, a in parse(html) if t == "a"] == ["../_static/x.csv"]
    assert "<td>data</td>" in html
