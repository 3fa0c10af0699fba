from __future__ import annotations

import pandas as pd

from analysis.model import census as cs


def test_census_rows_name_their_ties_province_and_authority():
    census = pd.DataFrame({
        "name": ["'s-Gravenhage", "Zoetermeer", "Limburg"],
        "kind": ["municipality", "municipality", "province"],
        "province_code": ["PV28", "PV28", "PV31"],
        "authority_id": ["nl-den-haag", None, "nl-limburg"],
        "partnership_ids": ["den-haag--wenzhou;den-haag--shenzhen", None, None],
        "result": ["tie_found", "no_tie_found", "no_tie_found"],
    })
    register = pd.DataFrame({"id": ["den-haag--wenzhou", "den-haag--shenzhen"], "nl_name": ["The Hague", "The Hague"],
                             "cn_name": ["Wenzhou", "Shenzhen"]})
    authorities = pd.DataFrame({"id": ["nl-den-haag", "nl-zh", "nl-limburg"], "country": "NL",
                                "level": ["municipality", "province", "province"], "name": ["The Hague", "South Holland", "Limburg"],
                                "code": ["GM0518", "PV28", "PV31"]})
    out = cs.census_with_ties(census, register, authorities)
    assert out["name"].tolist() == ["The Hague", "Zoetermeer", "Limburg"]
    assert out["province"].tolist() == ["South Holland", "South Holland", "Limburg"]
    assert out.loc[0, "ties"] == "The Hague – Wenzhou; The Hague – Shenzhen"
    assert pd.isna(out.loc[1, "ties"])
    assert cs.counts(out, "municipality").to_dict() == {"tie_found": 1, "no_tie_found": 1}
