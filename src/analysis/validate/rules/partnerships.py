"""Rules on ties, their events and published counts: sides, statuses and dates that agree."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

import pandas as pd

from analysis.tables import Package, rows_of
from analysis.validate.problems import Problem
from analysis.validate.rules.cells import as_date, has
from analysis.validate.rules.registry import rule
from analysis.vocabulary import (
    EARLIEST_EVENT_YEAR, END_EVENTS, START_EVENTS, STATUS_ALLOWED_AFTER, latest_status_events, types_named,
    parse_partial_date,
    split_ids,
)


@rule
def partnership_sides_are_in_the_right_country(package: Package) -> Iterable[Problem]:
    """The Dutch side is a Dutch authority and the Chinese side a Chinese one."""
    if not has(package, "partnerships", "authorities"):
        return
    authorities = package["authorities"]
    country = dict(zip(authorities["id"], authorities["country"]))
    for line, row in rows_of(package["partnerships"]):
        for column, expected in (("nl_authority_id", "NL"), ("cn_authority_id", "CN")):
            value = row[column]
            if value in country and country[value] != expected:
                yield Problem("partnerships", line, column, f"{value!r} is not a {expected} authority")


@rule
def status_agrees_with_events(package: Package) -> Iterable[Problem]:
    """The status is the one the latest status-changing event allows; an ended tie has an end event."""
    if not has(package, "partnerships", "events"):
        return
    events = package["events"]
    with_end = set(events.loc[events["type"] == "ended", "partnership_id"])
    latest_events = latest_status_events(events)
    latest_type = dict(zip(latest_events.index, latest_events["type"]))
    latest_date = dict(zip(latest_events.index, latest_events["date"]))
    for line, row in rows_of(package["partnerships"]):
        status = row["status"]
        if status == "ended" and row["id"] not in with_end:
            yield Problem("partnerships", line, "status", "status is ended but no 'ended' event is recorded")
            continue
        if row["id"] not in latest_type:
            continue
        kind, when = latest_type[row["id"]], latest_date[row["id"]]
        allowed = STATUS_ALLOWED_AFTER[kind]
        if status not in allowed:
            yield Problem(
                "partnerships", line, "status",
                f"status {status!r} contradicts the latest event ({kind} on {when})",
            )
        span = parse_partial_date(when)
        as_of = as_date(row["status_as_of"])
        if span and as_of and as_of < span[0]:
            yield Problem(
                "partnerships", line, "status_as_of",
                f"{row['status_as_of']} is before the latest status event ({when})",
            )


@rule
def event_dates_are_plausible(package: Package) -> Iterable[Problem]:
    """An event is not dated before 1949 nor after its source was read (unreal dates:
    partial_dates_are_real)."""
    if not has(package, "events", "sources"):
        return
    sources = package["sources"]
    accessed = dict(zip(sources["id"], sources["accessed"]))
    for line, row in rows_of(package["events"]):
        span = parse_partial_date(row["date"])
        if span is None:
            continue
        if span[0].year < EARLIEST_EVENT_YEAR:
            yield Problem("events", line, "date", f"{row['date']} is before {EARLIEST_EVENT_YEAR}")
        read_on = as_date(accessed.get(row["source_id"]))
        if read_on and span[0] > read_on:
            yield Problem("events", line, "date", f"{row['date']} is after its source was read ({read_on})")


@rule
def ties_do_not_end_before_they_start(package: Package) -> Iterable[Problem]:
    """A tie is not suspended or ended before it began: before its founding year or before
    its first proposal, signing or formalisation."""
    if not has(package, "partnerships", "events"):
        return
    events = package["events"]
    founded = package["partnerships"].set_index("id")["established"].to_dict()
    rows = list(zip(events["partnership_id"], events["type"], events["date"].map(parse_partial_date), events["date"]))
    began: dict[str, date] = {}
    for tie, year in founded.items():
        if year is not None and not pd.isna(year):
            began[tie] = date(int(year), 1, 1)
    for tie, kind, span, _ in rows:
        if kind in START_EVENTS and span and (tie not in began or span[0] < began[tie]):
            began[tie] = span[0]
    for line, (tie, kind, span, text) in enumerate(rows, start=2):
        if kind in END_EVENTS and span and tie in began and span[1] < began[tie]:
            yield Problem("events", line, "date", f"{kind} on {text}, before the tie began ({began[tie].isoformat()})")


@rule
def counts_do_not_start_after_they_end(package: Package) -> Iterable[Problem]:
    """A published count's `since` is not after the date it is `as_of`."""
    if "published_counts" not in package.tables:
        return
    for line, row in rows_of(package["published_counts"]):
        since, as_of = parse_partial_date(row["since"]) if not pd.isna(row["since"]) else None, parse_partial_date(row["as_of"])
        if since and as_of and since[0] > as_of[1]:
            yield Problem("published_counts", line, "since", f"{row['since']} is after as_of {row['as_of']}")


@rule
def status_date_not_after_sources_read(package: Package) -> Iterable[Problem]:
    """`status_as_of` is not later than the last access date of the row's sources."""
    if not has(package, "partnerships", "sources"):
        return
    sources = package["sources"]
    accessed = dict(zip(sources["id"], sources["accessed"]))
    for line, row in rows_of(package["partnerships"]):
        dates = [as_date(accessed[s]) for s in split_ids(row["source_ids"]) if s in accessed]
        as_of = as_date(row["status_as_of"])
        if dates and as_of and as_of > max(d for d in dates if d):
            yield Problem("partnerships", line, "status_as_of", f"{row['status_as_of']} is after its sources were read")


@rule
def established_not_after_status_date(package: Package) -> Iterable[Problem]:
    """A tie cannot be founded after the date its status is known for."""
    if "partnerships" not in package.tables:
        return
    for line, row in rows_of(package["partnerships"]):
        as_of = as_date(row["status_as_of"])
        if not pd.isna(row["established"]) and as_of and int(row["established"]) > as_of.year:
            yield Problem("partnerships", line, "established", f"{row['established']} is after status_as_of {as_of}")


@rule
def status_confirmed_only_by_dated_sources(package: Package) -> Iterable[Problem]:
    """A tie's latest-confirmed date (`status_as_of`) comes from a dated source: one the tie or
    its events cite that was published on that date (to its precision), or an event of that date
    reported by a dated source. An undated source may date the event it reports, but never
    confirm a status as of a date: where no dated source confirms the status, `status_as_of`
    stays empty, and a known status then needs an event that dates it (the event that set it,
    or the latest one its sources report)."""
    if not has(package, "partnerships", "sources", "events"):
        return
    sources = package["sources"]
    published = {k: v for k, v in zip(sources["id"], sources["published"]) if not pd.isna(v)}
    events = package["events"]
    by_tie: dict[str, list[tuple[str, str]]] = {}
    for tie, day, source in zip(events["partnership_id"], events["date"], events["source_id"]):
        by_tie.setdefault(tie, []).append((str(day), source))
    dated_events = set(events["partnership_id"])
    for line, row in rows_of(package["partnerships"]):
        as_of = row["status_as_of"]
        own = by_tie.get(row["id"], [])
        if pd.isna(as_of):
            if row["status"] != "unknown" and row["id"] not in dated_events:
                yield Problem("partnerships", line, "status_as_of",
                              f"status {row['status']!r} has neither a dated source confirming it nor an event that dates it")
            continue
        as_of = str(as_of)
        cited = set(split_ids(row["source_ids"])) | {source for _, source in own}
        confirmed = any(_dates_agree(str(published[s]), as_of) for s in cited if s in published)
        reported = any(day == as_of and source in published for day, source in own)
        if not (confirmed or reported):
            yield Problem("partnerships", line, "status_as_of",
                          f"{as_of} rests on no dated source (none cited was published then, nor reports an event of that date)")


QUOTE_WORDS = 40
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def quote_words(text: str) -> int:
    """Words in a quote; in Chinese, where words are not spaced, two characters count as one."""
    characters = len(_CJK.findall(text))
    return len(_CJK.sub(" ", text).split()) + (characters + 1) // 2


def _dates_agree(published: str, as_of: str) -> bool:
    """A publication date and a latest-confirmed date name the same day, month or year, each to
    its own precision."""
    return published.startswith(as_of) or as_of.startswith(published)


def _quote_problems(resource: str, line: int, field: str, quote: str, english: object, language: object,
                    keep: str) -> Iterable[Problem]:
    """A source's words: at most 40 of them, and rendered in English (`<field>_en`) when the
    source is not in English; `keep` says which words to keep."""
    if quote_words(quote) > QUOTE_WORDS:
        yield Problem(resource, line, field, f"the quote has {quote_words(quote)} words: keep {keep}, at most {QUOTE_WORDS}")
    if language != "en" and pd.isna(english):
        yield Problem(resource, line, f"{field}_en", "a quote not in English needs its English rendering")


def _cited_by_events(events: pd.DataFrame) -> dict[str, set[str]]:
    """Per tie, the sources its events cite."""
    cited: dict[str, set[str]] = {}
    for tie, source in zip(events["partnership_id"], events["source_id"]):
        cited.setdefault(tie, set()).add(source)
    return cited


def _stated_by_a_source(line: int, row: pd.Series, fact: str, verb: str, cited: dict[str, set[str]],
                        language: dict[str, object]) -> Iterable[Problem]:
    """A tie's `fact` (type, status) in the words of a source (`<fact>_quote`, `<fact>_source_id`)
    that the tie or its events cite, the quote short and rendered."""
    quote, source = row[f"{fact}_quote"], row[f"{fact}_source_id"]
    value = row["relation_type" if fact == "type" else fact]
    if pd.isna(quote) or pd.isna(source):
        yield Problem("partnerships", line, f"{fact}_quote",
                      f"{fact} {value!r} needs the words of a source that {verb} it ({fact}_quote, {fact}_source_id)")
        return
    if source not in set(split_ids(row["source_ids"])) | cited.get(row["id"], set()):
        yield Problem("partnerships", line, f"{fact}_source_id", f"{source!r} is cited neither by the tie nor by its events")
    yield from _quote_problems("partnerships", line, f"{fact}_quote", quote, row[f"{fact}_quote_en"], language.get(source),
                               f"those that {verb} the {fact}")


@rule
def event_and_decision_quotes_are_short_and_rendered(package: Package) -> Iterable[Problem]:
    """An event's or a decision's quote is at most 40 words, and a quote not in English has its
    English rendering (a rendering without a quote is an error too)."""
    if "sources" not in package.tables:
        return
    language = dict(zip(package["sources"]["id"], package["sources"]["language"]))
    for name, what in (("events", "the event"), ("decisions", "the decision and its outcome")):
        if name not in package.tables or "quote" not in package[name].columns:
            continue
        for line, row in rows_of(package[name]):
            quote, english = row["quote"], row["quote_en"]
            if pd.isna(quote):
                if not pd.isna(english):
                    yield Problem(name, line, "quote_en", "an English rendering without a quote")
                continue
            yield from _quote_problems(name, line, "quote", quote, english, language.get(row["source_id"]),
                                       f"the words that state {what}")


TYPES_STATED = ("sister", "friendship", "mou")


def _relation_terms(package: Package) -> dict[str, list[str]]:
    resource = next(r for r in package.descriptor["resources"] if r["name"] == "partnerships")
    field = next(f for f in resource["schema"]["fields"] if f["name"] == "relation_type")
    return field.get("terms", {})


@rule
def tie_types_rest_on_the_words_of_a_source(package: Package) -> Iterable[Problem]:
    """A tie recorded as a twinning (sister), a friendship or an MoU has the words of a source that
    state it: a short quote, from a source the tie or its events cite, that uses one of the terms
    the descriptor maps to that type. A quote whose terms map to no type, or only to another type,
    is refused: the same kind of tie is coded the same way everywhere."""
    if not has(package, "partnerships", "sources", "events") or "type_quote" not in package["partnerships"].columns:
        return
    terms = _relation_terms(package)
    language = dict(zip(package["sources"]["id"], package["sources"]["language"]))
    cited = _cited_by_events(package["events"])
    for line, row in rows_of(package["partnerships"]):
        if row["relation_type"] not in TYPES_STATED:
            continue
        yield from _stated_by_a_source(line, row, "type", "state", cited, language)
        quote = row["type_quote"]
        if pd.isna(quote) or pd.isna(row["type_source_id"]):
            continue
        named = types_named(quote, terms)
        if not named:
            yield Problem("partnerships", line, "type_quote", "the quote uses no term the descriptor maps to a type (relation_type.terms)")
        elif row["relation_type"] not in named:
            yield Problem("partnerships", line, "type_quote", f"the quote's words state {', '.join(sorted(named))}, not {row['relation_type']!r}")


STATUSES_STATED = ("active", "dormant", "ended")


@rule
def tie_statuses_rest_on_the_words_of_a_source(package: Package) -> Iterable[Problem]:
    """A known status (active, dormant, ended) has the words of a source that show it: a short
    quote from a source the tie or its events cite (`status_source_id`, `status_quote`). Where the
    status has a latest-confirmed date (`status_as_of`), that source is the one that confirms it
    then: published on that date (to its precision), or the source of the tie's event of that date."""
    if not has(package, "partnerships", "sources", "events") or "status_quote" not in package["partnerships"].columns:
        return
    sources = package["sources"]
    language = dict(zip(sources["id"], sources["language"]))
    published = {k: str(v) for k, v in zip(sources["id"], sources["published"]) if not pd.isna(v)}
    events = package["events"]
    cited = _cited_by_events(events)
    event_days: dict[str, set[tuple[str, str]]] = {}
    for tie, day, source in zip(events["partnership_id"], events["date"], events["source_id"]):
        event_days.setdefault(tie, set()).add((str(day), source))
    for line, row in rows_of(package["partnerships"]):
        if row["status"] not in STATUSES_STATED:
            continue
        yield from _stated_by_a_source(line, row, "status", "show", cited, language)
        source, as_of = row["status_source_id"], row["status_as_of"]
        if pd.isna(row["status_quote"]) or pd.isna(source) or pd.isna(as_of):
            continue
        as_of = str(as_of)
        day = published.get(source)
        confirms = day is not None and _dates_agree(day, as_of)
        if not (confirms or (as_of, source) in event_days.get(row["id"], set())):
            yield Problem("partnerships", line, "status_source_id",
                          f"{source!r} does not date the status to {as_of}: it was not published then, nor reports the tie's event of that date")


@rule
def undated_pages_state_the_year_in_the_quote(package: Package) -> Iterable[Problem]:
    """An event whose source page shows no publication date is dated by the page's own words:
    its quote holds the event's year (a year worked out from a page without one is a guess)."""
    if not has(package, "events", "sources"):
        return
    published = dict(zip(package["sources"]["id"], package["sources"]["published"]))
    for line, row in rows_of(package["events"]):
        if row["source_id"] not in published or not pd.isna(published[row["source_id"]]) or pd.isna(row["quote"]):
            continue
        year = str(row["date"])[:4]
        if year not in str(row["quote"]):
            yield Problem("events", line, "quote",
                          f"{row['source_id']!r} is undated, so the quote must hold the words that give the year {year}")
