"""The chapter facts agree with the package they are computed from (no value typed here is a
result: each expectation is recomputed from the data another way)."""

import pytest

from analysis import load
from analysis.findings import chapter_needs, chapter_network, chapter_timeline


@pytest.fixture(scope="module")
def package():
    return load()


def test_network_facts(package):
    facts = chapter_network.facts(package)
    p = package["partnerships"]
    assert facts["net_ties"] == len(p)
    assert facts["net_cn_partners"] == p["cn_authority_id"].nunique()
    table = chapter_network.province_table(package, "CN")
    assert table["Ties"].sum() == len(p)
    assert facts["net_cn_top_ties"] == table["Ties"].max()
    assert chapter_network.level_table(package)["Ties"].sum() == len(p)
    assert len(chapter_network.shared_partners(package)) == facts["net_shared_partners"]


def test_timeline_facts(package):
    facts = chapter_timeline.facts(package)
    assert facts["tl_dated"] + facts["tl_undated"] == len(package["partnerships"])
    ended_events = package["events"].query("type == 'ended'")["partnership_id"].nunique()
    assert facts["tl_ended"] == ended_events == len(chapter_timeline.endings_table(package))
    waves = chapter_timeline.waves_table(package)
    assert waves["Ties formed"].sum() == facts["tl_dated"]
    assert facts["tl_peak"] >= facts["tl_now"]


def test_needs_and_stakeholder_facts(package):
    facts = chapter_needs.needs_facts(package)
    a = package["assessments"]
    assert facts["nd_cells"] == len(a) == facts["nd_authorities"] * facts["nd_questions"]
    coverage = chapter_needs.coverage_table(package)
    assert coverage["Sourced answers"].sum() == facts["nd_found"]
    st = chapter_needs.stakeholder_facts(package)
    assert st["st_relations"] == len(package["stakeholder_relations"])
    assert chapter_needs.decisions_table(package)["Decisions"].sum() == st["st_decisions"]
    assert len(chapter_needs.survey_table(package)) == facts["nd_surveys"]
