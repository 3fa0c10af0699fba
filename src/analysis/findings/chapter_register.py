"""Facts and tables of the register chapter."""

from __future__ import annotations

import pandas as pd

from analysis import project
from analysis.links import Link
from analysis.findings import reconciliation as rec
from analysis.findings import register as reg
from analysis.package import Package

# The register's filters: column of the view → data attribute on each row.
FILTERS = {"Status": "status", "Type": "type", "Dutch level": "level", "Dutch province": "nlprovince",
           "Chinese province": "cnprovince"}


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
            "Sources": table["source_id"],
        }
    )


def tie_label(nl_name: str, cn_name: str) -> str:
    return f"{nl_name} – {cn_name}"


def register_view(package: Package) -> pd.DataFrame:
    """The searchable register: one row per tie, its sources and a link to report a correction.

    `Sources` holds source ids (the book turns them into links); `Correction` holds the
    pre-filled issue address for the tie.
    """
    t = reg.register(package["partnerships"], package["authorities"])
    labels = [tie_label(n, c) for n, c in zip(t["nl_name"], t["cn_name"])]
    view = pd.DataFrame(
        {
            "Tie": labels,
            "Dutch level": t["nl_level"],
            "Dutch province": t["nl_province"],
            "Chinese side": t["cn_name"] + " (" + t["cn_name_local"].fillna("") + ")",
            "Chinese province": t["cn_province"],
            "Type": t["relation_type"],
            "Founded": t["established"].astype("string"),
            "Status": t["status"],
            "As of": t["status_as_of"].fillna("undated"),
            "Sources": t["source_ids"],
            "Correction": [Link("Report a correction", project.correction_url(i, l)) for i, l in zip(t["id"], labels)],
        }
    )
    return view.sort_values(["Dutch level", "Tie"], kind="stable").reset_index(drop=True)
