"""Facts and tables of the register chapter."""

from __future__ import annotations

import pandas as pd

from analysis.findings import reconciliation as rec
from analysis.findings import register as reg
from analysis.package import Package


def facts(package: Package) -> dict[str, object]:
    p, a = package["partnerships"], package["authorities"]
    coverage = reg.province_coverage(p, a)
    status = reg.count_by(p, "status", reg.STATUSES).set_index("status")["ties"]
    return {
        "reg_ties": len(p),
        "reg_municipalities": reg.count_authorities(p, a, "NL", "municipality"),
        "reg_provinces_with_own_tie": int((coverage["provincial_ties"] > 0).sum()),
        "reg_provinces_total": len(coverage),
        "reg_active": int(status["active"]),
        "reg_dormant": int(status["dormant"]),
        "reg_ended": int(status["ended"]),
        "reg_unknown": int(status["unknown"]),
        "reg_no_founding_year": int(p["established"].isna().sum()),
        "reg_events": len(package["events"]),
    }


def reconciliation_table(package: Package) -> pd.DataFrame:
    table = rec.reconcile(package["published_counts"], package["partnerships"], package["events"], package["authorities"])
    publisher = package["sources"].set_index("id")["publisher"]
    return pd.DataFrame(
        {
            "Published by": table["source_id"].map(publisher),
            "As of": table["as_of"],
            "Measure": table["measure"].str.replace("_", " "),
            "Published": table["qualifier"].map({"exact": "", "at_least": "≥ ", "about": "≈ "}) + table["published"].astype(str),
            "Register (known founding year)": table["register_min"],
            "Register (incl. unknown year)": table["register_max"],
            "Register (sister/friendship only)": table["register_formal_max"],
            "Why they differ": table["explanation"].fillna(""),
        }
    )
