"""The chapter pages agree with the package they are computed from (no value typed here is a
result: each expectation is recomputed from the data another way)."""

import pytest

from analysis import load
from analysis.model.views import Views
from analysis.pages import needs, network, stakeholders, timeline


@pytest.fixture(scope="module")
def views():
    return Views(load())


def test_network_facts(views):
    facts = network.facts(views)
    p = views["partnerships"]
    assert facts["ties"] == len(p)
    assert facts["cn_authorities"] == p["cn_authority_id"].nunique()
    table = network.province_table(views, "CN")
    assert table["Ties"].sum() == len(p)
    assert facts["cn_top_province_ties"] == table["Ties"].max()
    assert network.level_table(views)["Ties"].sum() == len(p)
    assert len(network.shared_partners(views)) == facts["shared_partners"]


def test_timeline_facts(views):
    facts = timeline.facts(views)
    assert facts["dated"] + facts["no_founding_year"] == len(views["partnerships"])
    ended_events = views["events"].query("type == 'ended'")["partnership_id"].nunique()
    assert facts["ties_with_end"] == ended_events == len(timeline.endings_table(views))
    waves = timeline.waves_table(views)
    assert waves["Ties formed"].sum() == facts["dated"]
    assert facts["peak"] >= facts["existing_now"]


def test_needs_and_stakeholder_facts(views):
    facts = needs.facts(views)
    a = views["assessments"]
    assert facts["assessed_cells"] == len(a) == facts["assessed_authorities"] * facts["questions"]
    coverage = needs.coverage_table(views)
    assert coverage["Sourced answers"].sum() == facts["found_answers"]
    st = stakeholders.facts(views)
    assert st["stakeholder_relations"] == len(views["stakeholder_relations"])
    assert stakeholders.decisions_table(views)["Decisions"].sum() == st["decisions"]
    assert len(needs.survey_table(views)) == facts["surveys"]


def test_the_bibliography_gives_every_source_an_archived_copy(views):
    from analysis.pages import bibliography

    entries = bibliography.entries(views)
    assert len(entries) == len(views["sources"])
    copies = entries["Archived copy"]
    assert all(link.url.startswith("https://web.archive.org/web/2") for link in copies)
    assert all(link.url.endswith(title.url) for link, title in zip(copies, entries["Title"]))
