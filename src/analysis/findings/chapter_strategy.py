"""The evidence behind the strategy chapter's recommendations, computed from the package."""

from __future__ import annotations

import pandas as pd

from analysis.findings import assessment as am
from analysis.findings import chapter_network
from analysis.findings import register as reg
from analysis.package import Package


def nested_ties(table: pd.DataFrame) -> pd.DataFrame:
    """Municipal (or other non-provincial) Dutch ties whose Chinese partner lies in the same
    Chinese province as a partner of the Dutch province the municipality belongs to.

    `table` is `register.register(...)`. One row per nested tie; where the Dutch province has
    several partners in that Chinese province, they are named together.
    """
    # Joined on the provinces' ids, not their names.
    provincial = table[table["nl_level"] == "province"][["nl_authority_id", "cn_province_id", "cn_name"]]
    provincial = provincial.rename(columns={"nl_authority_id": "nl_province_id", "cn_name": "province_partner"})
    local = table[(table["nl_level"] != "province") & table["cn_province_id"].notna() & table["nl_province_id"].notna()]
    nested = local.merge(provincial, on=["nl_province_id", "cn_province_id"])
    keys = ["id", "nl_name", "cn_name", "nl_province", "cn_province"]
    nested = (
        nested.drop_duplicates(keys + ["province_partner"])
        .sort_values("province_partner", kind="stable")
        .groupby(keys, as_index=False, sort=True)
        .agg(province_partner=("province_partner", "; ".join))
    )
    return nested[["id", "nl_name", "cn_name", "nl_province", "province_partner", "cn_province"]].reset_index(drop=True)


def facts(package: Package) -> dict[str, object]:
    a, p = package["assessments"], package["partnerships"]
    table = reg.register(p, package["authorities"])
    nested = nested_ties(table)
    return {
        "sg_authorities": a["authority_id"].nunique(),
        "sg_national_asked": am.authorities_answering(a, "need_national_coordination", {"asked"}),
        "sg_national_relied": am.authorities_answering(a, "need_national_coordination", {"relied"}),
        "sg_guidance_asked": am.authorities_answering(a, "need_guidance", {"asked"}),
        "sg_guidance_relied": am.authorities_answering(a, "need_guidance", {"relied"}),
        "sg_information": am.authorities_answering(a, "need_information", {"yes"}),
        "sg_capacity": am.authorities_answering(a, "need_capacity", {"yes"}),
        "sg_evaluated": am.authorities_answering(a, "evaluation", {"evaluated"}),
        "sg_review_announced": am.authorities_answering(a, "evaluation", {"review_announced"}),
        "sg_council_bypassed": am.authorities_answering(a, "council_involvement", {"council_bypassed"}),
        "sg_council_involved": am.authorities_answering(a, "council_involvement", {"council_decided", "council_motion", "council_informed"}),
        "sg_ks_measures": am.authorities_answering(a, "knowledge_security", {"measures_taken"}),
        "sg_ks_discussed": am.authorities_answering(a, "knowledge_security", {"risks_discussed"}),
        "sg_hr_any": am.authorities_answering(a, "human_rights", {"raised_with_partner", "debated_at_home", "reason_to_end"}),
        "sg_nested": len(nested),
        "sg_nested_provinces": nested["nl_province"].nunique(),
        "sg_shared_partners": chapter_network.partners_shared(p),
        "sg_unknown_status": int((p["status"] == "unknown").sum()),
        "sg_dormant": int((p["status"] == "dormant").sum()),
    }


def nested_table(package: Package) -> pd.DataFrame:
    table = reg.register(package["partnerships"], package["authorities"])
    nested = nested_ties(table).merge(table[["id", "source_ids"]], on="id", how="left")
    nested = nested.sort_values(["nl_province", "nl_name"], kind="stable")
    return pd.DataFrame(
        {
            "Dutch province": nested["nl_province"],
            "Its Chinese partner": nested["province_partner"],
            "Local tie in the same Chinese province": nested["nl_name"] + " – " + nested["cn_name"],
            "Sources": nested["source_ids"],
        }
    ).reset_index(drop=True)
