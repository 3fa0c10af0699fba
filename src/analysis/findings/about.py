"""The headline facts of the opening chapter."""

from __future__ import annotations

from analysis.findings import register as reg
from analysis.package import Package


def facts(package: Package) -> dict[str, object]:
    partnerships = package["partnerships"]
    return {
        "ties": len(partnerships),
        "first_year": int(partnerships["established"].min()),
        "nl_authorities": partnerships["nl_authority_id"].nunique(),
        "cn_authorities": partnerships["cn_authority_id"].nunique(),
        "sources": len(package["sources"]),
        "data_date": reg.data_date(package).isoformat(),
        "research_date": reg.research_date(package).isoformat(),
    }
