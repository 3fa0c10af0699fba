from __future__ import annotations

import copy
from datetime import date

import pandas as pd

from analysis import load
from analysis import facts
from analysis.model import register as reg
from analysis.model.views import Views
from analysis.vocabulary import STATUSES


def test_register_names_both_sides_and_their_provinces(rows, make_package):
    package = load(make_package(rows))
    table = reg.register(package["partnerships"], package["authorities"]).set_index("id")
    assert table.at["arnhem--wuhan", "nl_province"] == "Gelderland"
    assert table.at["arnhem--wuhan", "cn_province"] == "Hubei"
    # A direct-controlled city is its own province.
    assert table.at["rotterdam--shanghai", "cn_province"] == "Shanghai"
    assert table.at["rotterdam--shanghai", "nl_level"] == "municipality"


def test_count_by_keeps_zero_categories_in_order(rows, make_package):
    package = load(make_package(rows))
    counts = reg.count_by(package["partnerships"], "status", STATUSES)
    assert counts["status"].tolist() == ["active", "dormant", "ended", "unknown"]
    assert counts["ties"].tolist() == [1, 0, 1, 0]


def test_count_authorities_by_country_and_level(rows, make_package):
    package = load(make_package(rows))
    assert reg.count_authorities(package["partnerships"], package["authorities"], "NL", "municipality") == 2
    assert reg.count_authorities(package["partnerships"], package["authorities"], "CN", "prefecture") == 1
    assert reg.count_authorities(package["partnerships"], package["authorities"], "NL", "province") == 0


def test_data_date_is_the_latest_event(rows, make_package):
    # The cut-off is the latest event, not the newest source (s-gov, 2023-05, is newer).
    assert reg.data_date(load(make_package(rows))) == "2021-03-04"
    later = copy.deepcopy(rows)
    later["events"].append({**later["events"][0], "id": "rotterdam--shanghai-2022-visit", "date": "2022", "type": "visit"})
    later["events"].append({**later["events"][0], "id": "rotterdam--shanghai-2022-03-visit", "date": "2022-03", "type": "visit"})
    # A month within the year outranks the bare year: it starts later.
    assert reg.data_date(load(make_package(later))) == "2022-03"


def test_research_dates_span_the_access_dates(rows, make_package):
    later = copy.deepcopy(rows)
    later["sources"][0]["accessed"] = "2026-12-06"
    assert reg.research_dates(load(make_package(later))) == (date(2026, 11, 22), date(2026, 12, 6))


def test_the_cut_off_is_one_sentence_in_either_language(rows, make_package):
    views = Views(load(make_package(rows)))
    english = facts.compute(views, ["data_cutoff"])["data_cutoff"]
    dutch = facts.compute(views, ["data_cutoff"], lang="nl")["data_cutoff"]
    assert english.startswith("The data run to 4 March 2021,") and "22 November 2026" in english
    assert dutch.startswith("De gegevens lopen tot 4 maart 2021,")


def test_headline_facts(rows, make_package):
    found = facts.compute(Views(load(make_package(rows))), ["ties", "nl_authorities", "cn_authorities"])
    assert found == {"ties": 2, "nl_authorities": 2, "cn_authorities": 2}


def test_province_coverage_counts_own_ties_and_ties_within(rows, make_package):
    package = load(make_package(rows))
    table = reg.province_coverage(reg.register(package["partnerships"], package["authorities"]), package["authorities"]).set_index("province")
    assert table.loc["Gelderland", ["provincial_ties", "ties_of_bodies_within"]].tolist() == [0, 1]
    assert table.loc["South Holland", ["provincial_ties", "ties_of_bodies_within"]].tolist() == [0, 1]


def test_register_view_has_one_row_per_tie(rows, make_package):
    from analysis.pages import register

    views = Views(load(make_package(rows)))
    view = register.register_view(views)
    assert len(view) == 2
    assert {link.text for link in view["Tie"]} == {"Rotterdam – Shanghai", "Arnhem – Wuhan"}
    assert {link.url for link in view["Tie"]} == {"ties/rotterdam--shanghai.html", "ties/arnhem--wuhan.html"}
    # The search matches every name of both sides: the Chinese names too.
    assert "上海市" in " ".join(register.search_names(views))


def test_district_reports_its_province_not_its_city(rows, make_package):
    rows["authorities"].append({"id": "cn-jiangan", "country": "CN", "level": "district", "name": "Jiang'an", "name_local": "江岸区",
                                "code": "420102", "parent_id": "cn-wuhan", "latitude": "", "longitude": "", "location_method": "",
                                "source_ids": "s-gov", "notes": ""})
    rows["partnerships"][1]["cn_authority_id"] = "cn-jiangan"
    package = load(make_package(rows))
    table = reg.register(package["partnerships"], package["authorities"]).set_index("id")
    assert table.at["arnhem--wuhan", "cn_province"] == "Hubei"


def test_a_body_outside_any_province_has_none():
    import pandas as pd

    from analysis.model import register as reg

    authorities = pd.DataFrame(
        {
            "id": ["nl-port", "nl-p", "nl-m", "cn-sh", "cn-x"],
            "country": ["NL", "NL", "NL", "CN", "CN"],
            "level": ["other", "province", "municipality", "municipality", "other"],
            "name": ["Port", "Prov", "Town", "Shanghai", "Commission"],
            "name_local": ["", "", "", "上海市", ""],
            "code": [pd.NA, "PV28", "GM0001", "310000", pd.NA],
            "parent_id": [pd.NA, pd.NA, "nl-p", pd.NA, "cn-sh"],
        }
    )
    partnerships = pd.DataFrame({"id": ["a", "b"], "nl_authority_id": ["nl-port", "nl-m"], "cn_authority_id": ["cn-x", "cn-sh"]})
    table = reg.register(partnerships, authorities)
    assert list(table["nl_province"]) == [reg.NO_PROVINCE, "Prov"]
    assert list(table["cn_province"]) == ["Shanghai", "Shanghai"]


def test_top_level_ancestor_climbs_every_chain_to_its_top():
    authorities = pd.DataFrame(
        {
            "id": ["district", "city", "province", "lone", "town"],
            "parent_id": pd.Series(["city", "province", pd.NA, pd.NA, "province"], dtype="string"),
        }
    )
    top = reg.top_level_ancestor(authorities)
    assert top.to_dict() == {"district": "province", "city": "province", "province": "province", "lone": "lone", "town": "province"}
