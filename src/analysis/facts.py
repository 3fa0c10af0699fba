"""Every fact the prose cites, each under one key, computed from the shared views.

A fact is a function named by its key; a chapter's page module lists the keys its prose cites,
and the book glues exactly those. A fact that reads words (a label, a date, a name) takes the
edition's language as `lang`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable

from analysis import citation
from analysis.links import Markdown, cite
from analysis.model import assessment as am
from analysis.model import checklist as cl
from analysis.model import geography as gg
from analysis.model import reasons as rs
from analysis.model import stakeholders as sh
from analysis.model import timeline as tl
from analysis.model.labels import readable_date
from analysis.model.register import count_authorities, partners_shared, province_coverage
from analysis.model.views import Views
from analysis.vocabulary import NOT_FOUND, explode_ids
from analysis.words import say

Fact = Callable[..., object]
FACTS: dict[str, Fact] = {}


def _register(key: str, func: Fact) -> None:
    if key in FACTS:
        raise ValueError(f"the fact {key!r} is defined twice")
    FACTS[key] = func


def fact(func: Fact) -> Fact:
    """Register a fact under its function's name; a name used twice is an error."""
    _register(func.__name__, func)
    return func


def compute(views: Views, keys: Iterable[str], lang: str | None = None) -> dict[str, object]:
    """The facts named by `keys`, in the edition's language (the views', unless given)."""
    lang = lang or views.lang
    out: dict[str, object] = {}
    for key in keys:
        try:
            func = FACTS[key]
        except KeyError:
            raise KeyError(f"no fact {key!r}") from None
        out[key] = func(views, lang) if "lang" in inspect.signature(func).parameters else func(views)
    return out


def _percent(share: float) -> str:
    return f"{share:.0%}"


# --- the register ---------------------------------------------------------------------------


@fact
def ties(v: Views) -> int:
    return len(v["partnerships"])


@fact
def first_year(v: Views) -> int:
    return int(v["partnerships"]["established"].min())


@fact
def nl_authorities(v: Views) -> int:
    """Dutch authorities with at least one tie."""
    return v["partnerships"]["nl_authority_id"].nunique()


@fact
def cn_authorities(v: Views) -> int:
    """Chinese authorities with at least one Dutch tie."""
    return v["partnerships"]["cn_authority_id"].nunique()


@fact
def municipalities(v: Views) -> int:
    """Dutch municipalities with at least one tie."""
    return count_authorities(v["partnerships"], v["authorities"], "NL", "municipality")


def _province_coverage(v: Views):
    return province_coverage(v.register, v["authorities"])


@fact
def provinces_with_own_tie(v: Views) -> int:
    return int((_province_coverage(v)["provincial_ties"] > 0).sum())


@fact
def provinces_total(v: Views) -> int:
    return len(_province_coverage(v))


def _with_status(v: Views, status: str) -> int:
    return int((v["partnerships"]["status"] == status).sum())


@fact
def active(v: Views) -> int:
    return _with_status(v, "active")


@fact
def dormant(v: Views) -> int:
    return _with_status(v, "dormant")


@fact
def ended(v: Views) -> int:
    """Ties whose status is ended."""
    return _with_status(v, "ended")


@fact
def unknown_status(v: Views) -> int:
    return _with_status(v, "unknown")


@fact
def ended_share(v: Views) -> str:
    return _percent((v["partnerships"]["status"] == "ended").mean())


@fact
def no_founding_year(v: Views) -> int:
    return int(v["partnerships"]["established"].isna().sum())


@fact
def undated_status(v: Views) -> int:
    return int(v["partnerships"]["status_as_of"].isna().sum())


@fact
def events(v: Views) -> int:
    return len(v["events"])


def _relation_type(v: Views, kind: str) -> int:
    return int((v["partnerships"]["relation_type"] == kind).sum())


@fact
def sister_ties(v: Views) -> int:
    return _relation_type(v, "sister")


@fact
def friendship_ties(v: Views) -> int:
    return _relation_type(v, "friendship")


@fact
def mou_ties(v: Views) -> int:
    return _relation_type(v, "mou")


# --- the network ----------------------------------------------------------------------------


@fact
def cn_provinces(v: Views) -> int:
    """Chinese provinces reached by at least one Dutch tie."""
    return len(gg.ties_by_province(v.register, "CN"))


@fact
def cn_top_province(v: Views) -> str:
    return str(gg.ties_by_province(v.register, "CN").iloc[0]["province"])


@fact
def cn_top_province_ties(v: Views) -> int:
    return int(gg.ties_by_province(v.register, "CN").iloc[0]["ties"])


@fact
def nl_top_province(v: Views) -> str:
    return str(gg.ties_by_province(v.register, "NL").iloc[0]["province"])


@fact
def nl_top_province_ties(v: Views) -> int:
    return int(gg.ties_by_province(v.register, "NL").iloc[0]["ties"])


def _top_pair(v: Views):
    return gg.level_pairs(v.register).iloc[0]


@fact
def top_pair_ties(v: Views) -> int:
    return int(_top_pair(v)["ties"])


@fact
def top_pair_nl(v: Views, lang: str) -> str:
    return v.labels("level", _top_pair(v)["nl_level"], lang)


@fact
def top_pair_cn(v: Views, lang: str) -> str:
    return v.labels("level", _top_pair(v)["cn_level"], lang)


@fact
def top_pair_share(v: Views) -> str:
    return _percent(_top_pair(v)["ties"] / len(v["partnerships"]))


@fact
def median_km(v: Views, lang: str) -> str:
    text = f"{int(v.connections['distance_km'].median()):,}"
    return text.replace(",", ".") if lang == "nl" else text


@fact
def shared_partners(v: Views) -> int:
    """Chinese authorities tied to more than one Dutch authority."""
    return partners_shared(v["partnerships"])


@fact
def nested_ties(v: Views) -> int:
    return len(v.nested_ties)


@fact
def nested_provinces(v: Views) -> int:
    return v.nested_ties["nl_province"].nunique()


# --- ties over time -------------------------------------------------------------------------


def _stock(v: Views):
    return tl.stock_by_year(v.tie_years, tl.FIRST_YEAR, v.last_year).set_index("year")


@fact
def first_stock(v: Views) -> int:
    return int(_stock(v).loc[int(v.tie_years["start"].min()), "existing"])


@fact
def peak_year(v: Views) -> int:
    return int(_stock(v)["existing"].idxmax())


@fact
def peak(v: Views) -> int:
    return int(_stock(v)["existing"].max())


@fact
def existing_now(v: Views) -> int:
    return int(_stock(v).loc[v.last_year, "existing"])


@fact
def last_year(v: Views) -> int:
    return v.last_year


def _waves(v: Views):
    return tl.waves(v.tie_years).set_index("period")


@fact
def busiest_period(v: Views) -> str:
    return str(_waves(v)["formed"].idxmax())


@fact
def busiest_period_formed(v: Views) -> int:
    return int(_waves(v)["formed"].max())


@fact
def dated(v: Views) -> int:
    """Ties whose founding year is known."""
    return int(v.tie_years["start"].notna().sum())


@fact
def ties_with_end(v: Views) -> int:
    """Ties with a recorded end."""
    return int(v.tie_years["end"].notna().sum())


@fact
def first_end_year(v: Views) -> int:
    return int(v.tie_years["end"].dropna().min())


@fact
def ended_since_2021(v: Views) -> int:
    return int((v.tie_years["end"] >= 2021).sum())


@fact
def median_years_to_end(v: Views) -> int:
    durations = tl.years_to_end(v.tie_years)
    return int(durations["years"].median()) if len(durations) else 0


@fact
def ended_with_decision(v: Views) -> int:
    return int((v.ending_reasons["decisions"] > 0).sum())


@fact
def human_rights_endings(v: Views) -> int:
    counts = rs.reason_counts(v.ending_reasons).set_index("reason")["ties"]
    return int(counts.get("human_rights", 0))


@fact
def window_years(v: Views) -> int:
    return rs.WINDOW_YEARS


def _renewals(v: Views):
    e = v["events"]
    return e[e["type"] == "renewed"]


@fact
def renewals(v: Views) -> int:
    return len(_renewals(v))


@fact
def renewed_ties(v: Views) -> int:
    return _renewals(v)["partnership_id"].nunique()


# --- the desk assessment --------------------------------------------------------------------


def _answering(v: Views, question: str, *codes: str) -> int:
    return am.authorities_answering(v["assessments"], question, set(codes))


@fact
def assessed_authorities(v: Views) -> int:
    return v["assessments"]["authority_id"].nunique()


@fact
def questions(v: Views) -> int:
    return len(v["codebook"])


@fact
def assessed_cells(v: Views) -> int:
    return len(v["assessments"])


@fact
def found_answers(v: Views) -> int:
    return int((v["assessments"]["answer"] != NOT_FOUND).sum())


@fact
def found_share(v: Views) -> str:
    return _percent((v["assessments"]["answer"] != NOT_FOUND).mean())


@fact
def not_found_share(v: Views) -> str:
    return _percent((v["assessments"]["answer"] == NOT_FOUND).mean())


def _found(v: Views, question: str) -> int:
    a = v["assessments"]
    return int(((a["question_id"] == question) & (a["answer"] != NOT_FOUND)).sum())


def _top_code(v: Views, question: str):
    counts = am.code_counts(v["assessments"], question)
    return counts.iloc[0] if len(counts) else None


@fact
def origin_found(v: Views) -> int:
    return _found(v, "origin")


@fact
def origin_top(v: Views, lang: str) -> str:
    return v.labels("answer", _top_code(v, "origin")["code"], lang)


@fact
def origin_top_n(v: Views) -> int:
    return int(_top_code(v, "origin")["authorities"])


@fact
def themes_found(v: Views) -> int:
    return _found(v, "themes")


@fact
def themes_top(v: Views, lang: str) -> str:
    return v.labels("answer", _top_code(v, "themes")["code"], lang)


@fact
def themes_top_n(v: Views) -> int:
    return int(_top_code(v, "themes")["authorities"])


@fact
def results_found(v: Views) -> int:
    return _found(v, "results")


@fact
def results_concrete(v: Views) -> int:
    return _answering(v, "results", "concrete_results")


@fact
def results_general_claims(v: Views) -> int:
    return _answering(v, "results", "general_claims")


@fact
def results_few_or_none(v: Views) -> int:
    return _answering(v, "results", "few_or_none")


@fact
def authorities_with_need(v: Views) -> int:
    """Authorities a source shows asking for, or relying on, at least one kind of support."""
    a = v["assessments"]
    return a[a["question_id"].isin(am.NEED_QUESTIONS) & ~a["answer"].isin(am.NO_NEED)]["authority_id"].nunique()


def _top_need(v: Views):
    stated = am.stated_needs(v["assessments"], v["codebook"])
    return str(stated.idxmax()), int(stated.max())


@fact
def top_need(v: Views, lang: str) -> str:
    return v.labels("question", _top_need(v)[0], lang)


@fact
def top_need_n(v: Views) -> int:
    return _top_need(v)[1]


@fact
def national_asked(v: Views) -> int:
    return _answering(v, "need_national_coordination", "asked")


@fact
def relied_national(v: Views) -> int:
    return _answering(v, "need_national_coordination", "relied")


@fact
def guidance_relied(v: Views) -> int:
    return _answering(v, "need_guidance", "relied")


@fact
def information_need(v: Views) -> int:
    return _answering(v, "need_information", "yes")


@fact
def capacity_need(v: Views) -> int:
    return _answering(v, "need_capacity", "yes")


@fact
def evaluated(v: Views) -> int:
    return _answering(v, "evaluation", "evaluated")


@fact
def review_announced(v: Views) -> int:
    return _answering(v, "evaluation", "review_announced")


@fact
def council_involved(v: Views) -> int:
    return _answering(v, "council_involvement", "council_decided", "council_motion", "council_informed")


@fact
def ks_measures(v: Views) -> int:
    return _answering(v, "knowledge_security", "measures_taken")


@fact
def ks_discussed(v: Views) -> int:
    return _answering(v, "knowledge_security", "risks_discussed")


@fact
def human_rights_any(v: Views) -> int:
    return _answering(v, "human_rights", "raised_with_partner", "debated_at_home", "reason_to_end")


@fact
def surveys(v: Views) -> int:
    return len(v["surveys"])


# --- stakeholders and decisions -------------------------------------------------------------


def _degrees(v: Views):
    return sh.degrees(sh.named(v["stakeholders"], v.lang), v["stakeholder_relations"])


@fact
def stakeholders(v: Views) -> int:
    return len(v["stakeholders"])


@fact
def stakeholder_relations(v: Views) -> int:
    return len(v["stakeholder_relations"])


@fact
def chinese_stakeholders(v: Views) -> int:
    return int((v["stakeholders"]["tier"] == "chinese").sum())


@fact
def top_stakeholder(v: Views) -> str:
    return str(_degrees(v).iloc[0]["name"])


@fact
def top_stakeholder_relations(v: Views) -> int:
    return int(_degrees(v).iloc[0]["relations"])


@fact
def stakeholder_density(v: Views) -> str:
    return _percent(sh.density(v["stakeholders"], v["stakeholder_relations"]))


@fact
def decisions(v: Views) -> int:
    return len(v["decisions"])


@fact
def council_decisions(v: Views) -> int:
    """Decisions taken or tabled in a council or the Provincial States."""
    return int(v["decisions"]["body"].isin(["council", "provincial_states"]).sum())


@fact
def motions(v: Views) -> int:
    return int((v["decisions"]["type"] == "motion").sum())


# --- practices ------------------------------------------------------------------------------


@fact
def practices(v: Views) -> int:
    return len(v["practices"])


@fact
def negative_practices(v: Views) -> int:
    """Practices recorded as negative examples: what went wrong when a step was missed."""
    return int(v["practices"]["applied_by"].str.contains("negative example", case=False, na=False).sum())


@fact
def practice_authorities(v: Views) -> int:
    return explode_ids(v["practices"]["authority_ids"]).nunique()


@fact
def checklist_steps(v: Views) -> int:
    return len(cl.STEPS)


@fact
def checklist_stages(v: Views) -> int:
    return len({s.stage for s in cl.STEPS})


# --- sources and method ---------------------------------------------------------------------


@fact
def sources(v: Views) -> int:
    return len(v["sources"])


def _sources_where(v: Views, column: str, value: str) -> int:
    return int((v["sources"][column] == value).sum())


@fact
def news_sources(v: Views) -> int:
    return _sources_where(v, "kind", "news")


@fact
def government_sources(v: Views) -> int:
    return _sources_where(v, "kind", "government")


@fact
def dutch_sources(v: Views) -> int:
    return _sources_where(v, "language", "nl")


@fact
def chinese_sources(v: Views) -> int:
    return _sources_where(v, "language", "zh")


@fact
def undated_sources(v: Views) -> int:
    return int(v["sources"]["published"].isna().sum())


@fact
def cited_sources(v: Views) -> int:
    return int(v["sources"]["id"].isin(v.citations.index).sum())


@fact
def uncited_sources(v: Views) -> int:
    return len(v["sources"]) - cited_sources(v)


@fact
def dated_sources(v: Views) -> int:
    """Sources whose page or address gives a publication date."""
    return int(v["sources"]["published"].notna().sum())


@fact
def data_cutoff(v: Views, lang: str) -> str:
    """The report's one cut-off and the span of reading, as the sentence every page that dates
    the data uses."""
    first, last = v.research_dates
    return say("The data run to {cutoff}, the date of the latest event they record; the sources were read "
               "between {first} and {last}.", lang, cutoff=readable_date(v.data_date, lang),
               first=readable_date(first, lang), last=readable_date(last, lang))


@fact
def unlocated(v: Views) -> int:
    return int(v["authorities"]["latitude"].isna().sum())


@fact
def authorities(v: Views) -> int:
    return len(v["authorities"])


@fact
def published_counts(v: Views) -> int:
    return len(v["published_counts"])


# --- context: milestones and the sources the prose cites ------------------------------------

# Milestones the context chapter's prose refers to, by their id in the `timeline` resource:
# each is glued as its date, linked to the source that gives it.
MILESTONES = {
    "recognition": "1950-netherlands-recognises-the-prc",
    "ambassadors": "1972-05-18-ambassadorial-relations",
    "cpaffc_founded": "1954-05-cpaffc-founded",
    "city_work_began": "1973-china-starts-friendship-city-activity",
    "cifca_founded": "1992-cifca-founded",
    "first_tie": "1979-rotterdam-shanghai",
    "xi_visit": "2014-03-22-xi-state-visit",
    "china_paper": "2019-05-15-china-paper-nederland-china-een-nieuwe-balans",
    "taskforce": "2019-05-paper-announces-taskforce-and-knowledge-network",
    "vngi_project": "2020-02-01-vng-international-china-project",
    "threat_assessment": "2021-02-03-state-actor-threat-assessment",
    "genocide_motion": "2021-02-25-uyghur-genocide-motion",
    "sanctions": "2021-03-eu-sanctions-and-counter-sanctions",
    "knowledge_network": "2021-05-26-china-kennisnetwerk-launched",
    "first_exit": "2021-07-21-arnhem-ends-wuhan-tie",
    "knowledge_desk": "2022-02-loket-kennisveiligheid-launched",
    "letter_2023": "2023-01-13-government-letter-on-china",
    "letter_2024": "2024-12-13-government-letter-ontwikkelingen-china-beleid",
}

# Sources the prose cites by name, glued as a link labelled with publisher and year.
CITED_SOURCES = {
    "src_clingendael": "clingendael-2022-vw",
    "src_clingendael_who": "clingendael-vw-ch3",
    "src_clingendael_trend": "clingendael-2022-vw-ch4",
    "src_ftm_cpaffc": "ftm-2022-01-propagandaclub",
    "src_ftm_survey": "ftm-2022-01-linkse-hobby",
    "src_cifca": "fx361-cifca",
    "src_nrc_2023": "nrc-2023-gemeenten-breken",
}


def _milestone(timeline_id: str) -> Fact:
    def milestone(v: Views, lang: str) -> Markdown:
        row = v["timeline"].set_index("id").loc[timeline_id]
        return cite(v["sources"], row["source_id"], readable_date(row["date"], lang))

    return milestone


def _source(source_id: str) -> Fact:
    def source(v: Views) -> Markdown:
        return cite(v["sources"], source_id)

    return source


for _key, _id in MILESTONES.items():
    _register(_key, _milestone(_id))
for _key, _id in CITED_SOURCES.items():
    _register(_key, _source(_id))


@fact
def milestones(v: Views) -> int:
    return len(v["timeline"])


@fact
def milestones_first(v: Views, lang: str) -> str:
    return readable_date(v["timeline"]["date"].min(), lang)


@fact
def milestones_last(v: Views, lang: str) -> str:
    return readable_date(v["timeline"]["date"].max(), lang)


# --- how to cite ----------------------------------------------------------------------------


@fact
def citation_text(v: Views) -> str:
    return citation.text(citation.citation())


@fact
def citation_version(v: Views) -> str:
    return str(citation.citation()["version"])


# --- the census ------------------------------------------------------------------------------


def _census(v: Views, kind: str | None = None):
    census = v["census"]
    return census if kind is None else census[census["kind"] == kind]


@fact
def census_rows(v: Views) -> int:
    return len(_census(v))


@fact
def census_municipalities(v: Views) -> int:
    return len(_census(v, "municipality"))


@fact
def census_provinces(v: Views) -> int:
    return len(_census(v, "province"))


@fact
def census_water_boards(v: Views) -> int:
    return len(_census(v, "water_board"))


@fact
def census_municipalities_with_tie(v: Views) -> int:
    return int((_census(v, "municipality")["result"] == "tie_found").sum())


@fact
def census_nothing_found(v: Views) -> int:
    """Municipalities whose search found no tie."""
    return int((_census(v, "municipality")["result"] == "no_tie_found").sum())


@fact
def census_leads(v: Views) -> int:
    """Authorities of any kind with a lead no source confirms."""
    return int((_census(v)["result"] == "lead").sum())


@fact
def census_date(v: Views, lang: str) -> str:
    return readable_date(_census(v)["searched_on"].max(), lang)


@fact
def version(v: Views) -> str:
    """The data package's version, as its descriptor gives it."""
    return str(v.descriptor.get("version", ""))
