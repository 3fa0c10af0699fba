"""The register as readers see it: one row per tie with both sides named, and simple counts."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.vocabulary import SETS_STATUS, explode_ids, latest_status_events, parse_partial_date, split_ids

NO_PROVINCE = "(no province)"


def display_names(authorities: pd.DataFrame, lang: str = "en") -> pd.Series:
    """Each authority's name as the edition's readers know it, by id: in English its English
    name; in Dutch its Dutch name where the data give one (`name_nl`: Den Haag, Peking), else a
    Dutch authority's own name (Noord-Brabant, Fryslân) and a Chinese one's usual spelling."""
    names = authorities.set_index("id")
    if lang == "en":
        return names["name"]
    dutch = names["name_nl"] if "name_nl" in names else pd.Series(pd.NA, index=names.index, dtype=object)
    own = names["name_local"].where(names["country"].eq("NL") & names["name_local"].notna(), names["name"])
    return dutch.where(dutch.notna(), own)


def register(partnerships: pd.DataFrame, authorities: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """Partnerships with the names (in the edition's language), levels, codes and provinces of
    both sides."""
    sides = authorities.set_index("id").assign(name=display_names(authorities, lang))
    top = top_level_ancestor(authorities)

    def side(prefix: str, column: str) -> pd.DataFrame:
        own = sides.loc[partnerships[column]].reset_index(drop=True)
        # A province (or direct-controlled city) is its own province; a body outside any
        # province (a public company, say) has none.
        ancestor = partnerships[column].reset_index(drop=True).map(top)
        is_region = ancestor.map(sides["level"]).eq("province") | (
            ancestor.map(sides["country"]).eq("CN") & ancestor.map(sides["level"]).eq("municipality")
        )
        region = ancestor.map(sides["name"]).where(is_region, NO_PROVINCE)
        return pd.DataFrame(
            {
                f"{prefix}_name": own["name"],
                f"{prefix}_name_local": own["name_local"],
                f"{prefix}_level": own["level"],
                f"{prefix}_code": own["code"],
                f"{prefix}_province": region,
                f"{prefix}_province_id": ancestor.where(is_region).astype(object),
            }
        )

    base = partnerships.reset_index(drop=True)
    return pd.concat([base, side("nl", "nl_authority_id"), side("cn", "cn_authority_id")], axis=1)


def top_level_ancestor(authorities: pd.DataFrame) -> pd.Series:
    """For each authority, the id of its province-level ancestor (itself if it has no parent)."""
    ids = authorities["id"].to_numpy(dtype=object)
    parent = pd.Series(authorities["parent_id"].to_numpy(dtype=object, na_value=None), index=ids).dropna()
    top = pd.Series(ids, index=ids, dtype=object)
    # One step up per pass for every authority at once; parents form no cycle (a rule), so
    # this ends within as many passes as the deepest chain is long.
    for _ in range(len(ids)):
        up = top.map(parent)
        if up.isna().all():
            break
        top = up.where(up.notna(), top)
    return top


def count_by(frame: pd.DataFrame, column: str, categories: list[str] | None = None) -> pd.DataFrame:
    """Rows per value of `column`, in the order of `categories` (zeros kept) or by count."""
    counts = frame[column].value_counts()
    if categories is not None:
        counts = counts.reindex(categories, fill_value=0)
    else:
        counts = counts.sort_values(ascending=False, kind="stable")
    return counts.rename_axis(column).reset_index(name="ties").astype({"ties": "int64"})


def count_authorities(partnerships: pd.DataFrame, authorities: pd.DataFrame, country: str, level: str) -> int:
    """Distinct authorities of one country and level that have at least one tie in `partnerships`."""
    column = "nl_authority_id" if country == "NL" else "cn_authority_id"
    tied = authorities[authorities["id"].isin(partnerships[column])]
    return int(((tied["country"] == country) & (tied["level"] == level)).sum())


def data_date(package) -> str:
    """The date the data run to, the report's one cut-off: the date of the latest event or
    decision it records (a partial ISO date, as precise as its source)."""
    dates = [str(d) for name in ("events", "decisions") if name in package.tables
             for d in package[name]["date"].dropna().unique()]
    # Partial dates (validated) order by their first day, then by their last.
    return max(dates, key=parse_partial_date)


def status_since(partnerships: pd.DataFrame, events: pd.DataFrame) -> pd.Series:
    """Per tie (indexed like `partnerships`), the date of the event that set its status (a
    partial ISO date): the latest status-changing event, where it is of a kind that sets that
    status (`SETS_STATUS`); empty where the status is unknown or no such event is recorded."""
    setting = latest_status_events(events)
    kind = partnerships["id"].map(setting["type"])
    sets = [k in SETS_STATUS.get(s, ()) for k, s in zip(kind, partnerships["status"])]
    return partnerships["id"].map(setting["date"]).astype("string").where(sets)


def research_dates(package) -> tuple[date, date]:
    """The first and the last day sources were read."""
    # ISO dates (validated) sort as text in the order of time.
    accessed = package["sources"]["accessed"].dropna().astype(str)
    return date.fromisoformat(accessed.min()), date.fromisoformat(accessed.max())


def province_coverage(table: pd.DataFrame, authorities: pd.DataFrame) -> pd.DataFrame:
    """Each Dutch province with the number of its own ties and of ties of bodies within it
    (`table`: the register)."""
    provinces = authorities[(authorities["country"] == "NL") & (authorities["level"] == "province")]
    own = table[table["nl_level"] == "province"].groupby("nl_name").size()
    within = table[table["nl_level"] != "province"].groupby("nl_province").size()
    out = pd.DataFrame({"province": provinces["name"].to_numpy(), "code": provinces["code"].to_numpy()})
    out["provincial_ties"] = out["province"].map(own).fillna(0).astype(int)
    out["ties_of_bodies_within"] = out["province"].map(within).fillna(0).astype(int)
    return out.sort_values("code").reset_index(drop=True)


def tie_label(nl_name: str, cn_name: str) -> str:
    """A tie as readers name it: both sides joined by a dash."""
    return f"{nl_name} – {cn_name}"


def tie_names(register: pd.DataFrame) -> pd.Series:
    """Every tie as readers name it (`tie_label`), indexed by its id."""
    return pd.Series([tie_label(n, c) for n, c in zip(register["nl_name"], register["cn_name"])], index=register["id"].to_numpy(), dtype=object)


def authority_names(authorities: pd.DataFrame, lang: str = "en") -> dict[str, list[str]]:
    """Every name of each authority readers may type, once each: the edition's name first, then
    the English, Dutch, local and other names the data record."""
    shown = display_names(authorities, lang)
    dutch = authorities["name_nl"] if "name_nl" in authorities else pd.Series(pd.NA, index=authorities.index)
    return {
        i: [str(x) for x in dict.fromkeys((shown[i], n, nl, local, *split_ids(other))) if not pd.isna(x) and str(x)]
        for i, n, nl, local, other in zip(authorities["id"], authorities["name"], dutch, authorities["name_local"], authorities["other_names"])
    }


def partners_shared(partnerships: pd.DataFrame) -> int:
    """How many Chinese authorities are tied to more than one Dutch authority."""
    return int((partnerships.groupby("cn_authority_id")["nl_authority_id"].nunique() > 1).sum())


def shared_partners(register: pd.DataFrame) -> pd.DataFrame:
    """Chinese authorities tied to more than one Dutch authority: the Chinese name, the Dutch
    partners' names and the ties' sources (ids joined by ';'), one row each."""
    many = register[register["cn_authority_id"].duplicated(keep=False)]
    out = many.groupby("cn_authority_id").agg(
        cn_name=("cn_name", "first"),
        nl_names=("nl_name", lambda names: "; ".join(sorted(names))),
        source_ids=("source_ids", lambda ids: ";".join(dict.fromkeys(i for v in ids for i in split_ids(v)))),
    )
    return out.reset_index(drop=True)


def nested_ties(register: pd.DataFrame) -> pd.DataFrame:
    """Municipal (or other non-provincial) Dutch ties whose Chinese partner lies in the same
    Chinese province as a partner of the Dutch province the municipality belongs to.

    One row per nested tie; where the Dutch province has several partners in that Chinese
    province, they are named together.
    """
    # Joined on the provinces' ids, not their names.
    provincial = register[register["nl_level"] == "province"][["nl_authority_id", "cn_province_id", "cn_name"]]
    provincial = provincial.rename(columns={"nl_authority_id": "nl_province_id", "cn_name": "province_partner"})
    local = register[(register["nl_level"] != "province") & register["cn_province_id"].notna() & register["nl_province_id"].notna()]
    nested = local.merge(provincial, on=["nl_province_id", "cn_province_id"])
    keys = ["id", "nl_name", "cn_name", "nl_province", "cn_province"]
    nested = (
        nested.drop_duplicates(keys + ["province_partner"])
        .sort_values("province_partner", kind="stable")
        .groupby(keys, as_index=False, sort=True)
        .agg(province_partner=("province_partner", "; ".join))
    )
    return nested[["id", "nl_name", "cn_name", "nl_province", "province_partner", "cn_province"]].reset_index(drop=True)


def flat_register(register: pd.DataFrame, events: pd.DataFrame, decisions: pd.DataFrame, sources: pd.DataFrame,
                  labels) -> pd.DataFrame:
    """The register as readers see it, one row per tie with names instead of ids: both sides
    and their provinces, type, founding year, status with the event that set it and the date of
    the latest source, the end date, the latest decision and the sources' addresses."""
    from analysis.model.labels import readable_outcome
    from analysis.model.reasons import decision_ties
    setting = latest_status_events(events)
    ends = events[events["type"] == "ended"].sort_values("date").groupby("partnership_id")["date"].first()
    links = decision_ties(decisions).sort_values(["date", "decision_id"], kind="stable")
    latest = links.groupby("partnership_id").tail(1).set_index("partnership_id")["decision_id"]
    by_decision = decisions.set_index("id")
    url = sources.set_index("id")["url"]

    def decision_text(tie: str) -> object:
        if tie not in latest.index:
            return pd.NA
        d = by_decision.loc[latest[tie]]
        outcome = readable_outcome(d["outcome"], missing="outcome not found in public sources")
        return f"{d['date']}: {labels('body', d['body'])}, {labels('decision_type', d['type'])} ({outcome})"

    def set_by(tie: str, status: str) -> object:
        if tie not in setting.index or setting.loc[tie, "type"] not in SETS_STATUS.get(status, ()):
            return pd.NA
        return f"{labels('event_type', setting.loc[tie, 'type'])} {setting.loc[tie, 'date']}"

    return pd.DataFrame(
        {
            "Tie": tie_names(register).to_numpy(),
            "Dutch side": register["nl_name"],
            "Dutch name": register["nl_name_local"],
            "Dutch level": labels.map("level", register["nl_level"]),
            "Dutch province": register["nl_province"],
            "Chinese side": register["cn_name"],
            "Chinese name": register["cn_name_local"],
            "Chinese level": labels.map("level", register["cn_level"]),
            "Chinese province": register["cn_province"],
            "Type": labels.map("relation_type", register["relation_type"]),
            "Since": register["established"],
            "Status": labels.map("status", register["status"]),
            "Status set by": [set_by(t, s) for t, s in zip(register["id"], register["status"])],
            "Status last confirmed": register["status_as_of"],
            "Ended": register["id"].map(ends),
            "Latest decision": register["id"].map(decision_text),
            "Sources": register["source_ids"].map(lambda ids: " ; ".join(str(url.get(i, i)) for i in split_ids(ids))),
            "Id": register["id"],
        }
    )
