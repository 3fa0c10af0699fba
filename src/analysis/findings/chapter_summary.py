"""The key findings on one page (and in Dutch): facts gathered from every chapter's module."""

from __future__ import annotations

from analysis.findings import about, chapter_methods, chapter_motives, chapter_needs, chapter_network
from analysis.findings import chapter_practices, chapter_register, chapter_strategy, chapter_timeline
from analysis.findings import assessment as am
from analysis.findings import register as reg
from analysis.findings.labels import MONTHS_NL, readable_date
from analysis.package import Package

ORIGIN_NL = {
    "economic_interest": "economisch belang",
    "personal_or_community_link": "een persoonlijke of gemeenschapsband",
    "institutional_link": "een band via een instelling",
    "chinese_initiative": "een Chinees initiatief",
    "framework_link": "een bestaande (provinciale of nationale) band",
    "other": "een ander motief",
}
NEED_NL = {
    "need_information": "informatie over China of de partner",
    "need_national_coordination": "afstemming met, of een standpunt van, het Rijk",
    "need_capacity": "capaciteit (mensen, geld, expertise)",
    "need_guidance": "een handreiking (kader, checklist, advies)",
}


def top_need(package: Package) -> tuple[str, int]:
    """The need that sources record for the most authorities (asked for or relied on), and how many."""
    stated = am.stated_needs(package["assessments"], package["codebook"])
    return str(stated.idxmax()), int(stated.max())

MODULES = (about, chapter_register, chapter_network, chapter_timeline, chapter_motives, chapter_methods,
           chapter_practices, chapter_strategy)


def facts(package: Package) -> dict[str, object]:
    out: dict[str, object] = {}
    for module in MODULES:
        out.update(module.facts(package))
    out.update(chapter_needs.needs_facts(package))
    out.update(chapter_needs.stakeholder_facts(package))
    p = package["partnerships"]
    ended_or_dormant = int(p["status"].isin(["ended", "dormant"]).sum())
    out["sm_ended_share"] = f"{(p['status'] == 'ended').mean():.0%}"
    out["sm_ended_or_dormant"] = ended_or_dormant
    out["sm_active_share"] = f"{(p['status'] == 'active').mean():.0%}"
    out["sm_data_date_nl"] = readable_date(reg.data_date(package), MONTHS_NL)
    need, n = top_need(package)
    out["sm_top_need"] = chapter_needs.NEED_LABELS[need].lower()
    out["sm_top_need_nl"] = NEED_NL[need]
    out["sm_top_need_n"] = n
    origin = am.code_counts(package["assessments"], "origin")
    out["sm_origin_top_nl"] = ORIGIN_NL.get(origin.iloc[0]["code"], origin.iloc[0]["code"]) if len(origin) else "onbekend"
    return out
