"""The project's cross-resource rules: one small function per rule, named after what it checks."""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd

from analysis import privacy
from analysis.vocabulary import (  # noqa: F401 - re-exported
    EARLIEST_EVENT_YEAR, END_EVENTS, NOT_FOUND, PARTIAL_DATE_PATTERN, START_EVENTS, STATUS_ALLOWED_AFTER,
    STATUS_CHANGING_EVENTS, parse_partial_date,
)
from analysis.package import Package, Problem, cap, rows_of, split_ids, tabular_resources

Rule = Callable[[Package], Iterable[Problem]]
RULES: list[Rule] = []

# A margin for points on the coast or a border: the boundary files are generalised.
COUNTRY_TOLERANCE_DEGREES = 0.15

def rule(func: Rule) -> Rule:
    RULES.append(func)
    return func


def check_all(package: Package) -> list[Problem]:
    # The code and location rules read the boundary files: check those first, alone.
    problems = cap(list(geo_files_are_readable(package)))
    if problems:
        return problems
    for check in RULES:
        if check is not geo_files_are_readable:
            problems += cap(list(check(package)))
    return problems


def _has(package: Package, *names: str) -> bool:
    return all(name in package.tables for name in names)


def _as_date(value: object) -> date | None:
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return None
    span = parse_partial_date(str(value))
    return span[0] if span else None


# --- every resource -------------------------------------------------------------------------


def _string_columns(package: Package, name: str) -> list[str]:
    table = package[name]
    return [c for c in table.columns if str(table[c].dtype) == "string"]


def _cells(package: Package, name: str, columns: list[str]) -> Iterable[tuple[int, str, str]]:
    """(CSV line, column, value) of every non-empty cell in the given columns."""
    table = package[name]
    for column in columns:
        for position, value in enumerate(table[column].to_numpy(dtype=object, na_value=None)):
            if value is not None:
                yield position + 2, column, value


@rule
def partial_dates_are_real(package: Package) -> Iterable[Problem]:
    """A date given as YYYY, YYYY-MM or YYYY-MM-DD is a real calendar date (no 30 February)."""
    for resource in tabular_resources(package.descriptor):
        name = resource["name"]
        if name not in package.tables:
            continue
        columns = [
            f["name"] for f in resource["schema"]["fields"]
            if f.get("constraints", {}).get("pattern") == PARTIAL_DATE_PATTERN
        ]
        for line, column, value in _cells(package, name, columns):
            if parse_partial_date(value) is None:
                yield Problem(name, line, column, f"{value!r} is not a real date")


@rule
def no_personal_data(package: Package) -> Iterable[Problem]:
    """No cell holds an e-mail address, a phone number, an IBAN or a citizen service number:
    the package is about public bodies and cites public sources only."""
    for name in package.tables:
        table = package[name]
        for column in _string_columns(package, name):
            # Each distinct value is scanned once (statuses, dates, publishers and the like
            # repeat), and reported on every row that holds it.
            codes, uniques = pd.factorize(table[column], use_na_sentinel=True)
            values = list(uniques.to_numpy(dtype=object))
            for k in privacy.candidates(values):
                findings = privacy.find(values[k])
                for position in (codes == k).nonzero()[0]:
                    for finding in findings:
                        yield Problem(name, int(position) + 2, column, str(finding))


# --- sources -------------------------------------------------------------------------------


_URL_UNSAFE = re.compile(r"[\s\x00-\x1f\x7f<>\"'\\]")
_HOST_LABEL = re.compile(r"(?!-)[\w-]{1,63}(?<!-)")
_IPV4 = re.compile(r"\d{1,3}(\.\d{1,3}){3}")


def url_problem(url: str) -> str | None:
    """Why a source URL is not a well-formed absolute http(s) address with a host, or None."""
    if _URL_UNSAFE.search(url):
        return "contains a space, a quote or a control character"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return f"cannot be parsed ({exc})"
    if parts.scheme not in ("http", "https"):
        return "is not an http(s) address"
    host = parts.hostname or ""
    if not host:
        return "has no host"
    if port == 0:
        return "has port 0"
    labels = host.rstrip(".").split(".")
    if len(labels) < 2 or not all(_HOST_LABEL.fullmatch(label) for label in labels) or "_" in host:
        return f"has no valid host name ({host!r})"
    if labels[-1].isdigit() and not _IPV4.fullmatch(host):
        return f"has no valid host name ({host!r})"
    return None


@rule
def source_urls_are_well_formed(package: Package) -> Iterable[Problem]:
    """Every source URL is an absolute http(s) address with a valid host name."""
    if "sources" not in package.tables:
        return
    for line, _, url in _cells(package, "sources", ["url"]):
        problem = url_problem(url)
        if problem:
            yield Problem("sources", line, "url", f"{url!r} {problem}")


# Columns holding several ids separated by semicolons, and the resource those ids name.
LIST_REFERENCES = {"source_ids": "sources", "partnership_ids": "partnerships", "authority_ids": "authorities"}
REQUIRED_LISTS = {"source_ids", "partnership_ids"}


def _field_required(package: Package, resource: str, column: str) -> bool:
    """Whether the schema makes a field required (a list of ids may be optional)."""
    try:
        fields = package.resource(resource)["schema"]["fields"]
    except KeyError:
        return True
    spec = next((f for f in fields if f["name"] == column), {})
    return bool(spec.get("constraints", {}).get("required", False))


@rule
def listed_ids_exist(package: Package) -> Iterable[Problem]:
    """Every id in a semicolon-separated list (sources, ties, authorities) names an existing row;
    every source and tie list names at least one."""
    for name, table in package.tables.items():
        for column, target in LIST_REFERENCES.items():
            if column not in table.columns or target not in package.tables:
                continue
            known = set(package[target]["id"].dropna())
            required = column in REQUIRED_LISTS and _field_required(package, name, column)
            for line, row in rows_of(table):
                ids = split_ids(row[column])
                if not ids and required:
                    yield Problem(name, line, column, f"no {target[:-1].replace('partnership', 'tie')} cited")
                for value in ids:
                    if value not in known:
                        yield Problem(name, line, column, f"unknown {target[:-1]} {value!r}")


@rule
def sources_not_published_after_read(package: Package) -> Iterable[Problem]:
    """A source is not published after the date it was read (unreal dates: partial_dates_are_real)."""
    if "sources" not in package.tables:
        return
    for line, row in rows_of(package["sources"]):
        published = row["published"]
        if pd.isna(published):
            continue
        span = parse_partial_date(published)
        if span is not None and span[0] > _as_date(row["accessed"]):
            yield Problem("sources", line, "published", f"{published} is after the access date {row['accessed']}")


# --- authorities ---------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _geo_properties(path: Path, key: str) -> frozenset[str]:
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    return frozenset(str(f["properties"][key]) for f in data["features"])


@lru_cache(maxsize=8)
def _geo_union(path: Path, exclude_key: str | None = None, exclude_value: str | None = None):
    from shapely.geometry import shape
    from shapely.ops import unary_union

    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    shapes = [
        shape(f["geometry"])
        for f in data["features"]
        if exclude_key is None or str(f["properties"].get(exclude_key)) != exclude_value
    ]
    return unary_union(shapes).buffer(COUNTRY_TOLERANCE_DEGREES)


def _geo_file(package: Package, name: str) -> Path | None:
    try:
        return package.file(name)
    except KeyError:
        return None


@rule
def geo_files_are_readable(package: Package) -> Iterable[Problem]:
    """Boundary files parse as GeoJSON with valid geometry and the code property joins use."""
    from shapely.geometry import shape

    expected = {"nl_municipalities": "statcode", "nl_provinces": "statcode", "cn_provinces": "gb2260", "world_countries": "iso_a3_eh"}
    for name, key in expected.items():
        path = _geo_file(package, name)
        if path is None:
            continue
        try:
            with path.open(encoding="utf-8") as handle:
                features = json.load(handle)["features"]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            yield Problem(name, None, None, f"{path.name} is not readable GeoJSON: {exc}")
            continue
        if not features:
            yield Problem(name, None, None, f"{path.name} has no features")
        for position, feature in enumerate(features, start=1):
            props = feature.get("properties") or {}
            if not props.get(key):
                yield Problem(name, position, key, f"feature {position} has no {key}")
            try:
                if not shape(feature["geometry"]).is_valid:
                    yield Problem(name, position, "geometry", f"feature {position} has invalid geometry")
            except Exception as exc:  # shapely raises several types on malformed geometry
                yield Problem(name, position, "geometry", f"feature {position}: {exc}")


@rule
def parents_are_consistent(package: Package) -> Iterable[Problem]:
    """A parent lies in the same country; a Dutch municipality's parent is a province."""
    if "authorities" not in package.tables:
        return
    table = package["authorities"]
    country, level = (dict(zip(table["id"], table[c])) for c in ("country", "level"))
    for line, row in rows_of(table):
        parent = row["parent_id"]
        if pd.isna(parent) or parent not in country:
            continue
        if country[parent] != row["country"]:
            yield Problem("authorities", line, "parent_id", f"parent {parent!r} is in another country")
        if row["country"] == "NL" and row["level"] == "municipality" and level[parent] != "province":
            yield Problem("authorities", line, "parent_id", f"parent {parent!r} of a municipality is not a province")


@rule
def parents_form_no_cycle(package: Package) -> Iterable[Problem]:
    """Following parents from any authority ends at one without a parent (a province, say),
    never back where it started: an authority cannot lie within itself."""
    if "authorities" not in package.tables:
        return
    table = package["authorities"]
    parent = {a: p for a, p in zip(table["id"], table["parent_id"]) if not pd.isna(p)}
    for line, aid in enumerate(table["id"], start=2):
        seen, current = {aid}, aid
        while current in parent:
            current = parent[current]
            if current in seen:
                yield Problem("authorities", line, "parent_id", f"following parents from {aid!r} comes back to {current!r}")
                break
            seen.add(current)


@rule
def dutch_codes_exist_in_cbs(package: Package) -> Iterable[Problem]:
    """A Dutch code is a CBS code of the right level that exists in the CBS boundary files."""
    if "authorities" not in package.tables:
        return
    municipalities = _geo_file(package, "nl_municipalities")
    provinces = _geo_file(package, "nl_provinces")
    gm = _geo_properties(municipalities, "statcode") if municipalities else frozenset()
    pv = _geo_properties(provinces, "statcode") if provinces else frozenset()
    for line, row in rows_of(package["authorities"]):
        if row["country"] != "NL":
            continue
        code, level = row["code"], row["level"]
        former = not pd.isna(row["valid_until"])
        if former and pd.isna(row["successor_id"]):
            yield Problem("authorities", line, "successor_id", "a body that no longer exists needs a successor")
        if pd.isna(code):
            if level in ("municipality", "province") and not former:
                yield Problem("authorities", line, "code", f"Dutch {level} without a CBS code")
            continue
        if former:
            continue  # former codes are not in the current boundary files
        if code.startswith("GM") and (level != "municipality" or code not in gm):
            yield Problem("authorities", line, "code", f"{code} is not a CBS municipality code of a {level}")
        elif code.startswith("PV") and (level != "province" or code not in pv):
            yield Problem("authorities", line, "code", f"{code} is not a CBS province code of a {level}")
        elif not code.startswith(("GM", "PV")):
            yield Problem("authorities", line, "code", f"{code} is not a CBS code")


@rule
def chinese_codes_fit_their_province(package: Package) -> Iterable[Problem]:
    """A Chinese code is a GB/T 2260 code; provinces exist in the boundary file; lower units
    share the first two digits of their province's code."""
    if "authorities" not in package.tables:
        return
    table = package["authorities"]
    provinces_file = _geo_file(package, "cn_provinces")
    known = _geo_properties(provinces_file, "gb2260") if provinces_file else frozenset()
    codes = dict(zip(table["id"], table["code"]))
    for line, row in rows_of(table):
        if row["country"] != "CN":
            continue
        code = row["code"]
        if pd.isna(code):
            continue
        if code.startswith(("GM", "PV")) or not re.fullmatch(r"[1-8]\d{5}", code):
            yield Problem("authorities", line, "code", f"{code} is not a GB/T 2260 code")
            continue
        if row["level"] in ("province", "municipality") and code not in known:
            yield Problem("authorities", line, "code", f"{code} is not a province-level GB/T 2260 code")
        parent = row["parent_id"]
        if not pd.isna(parent) and parent in codes and not pd.isna(codes[parent]):
            if codes[parent][:2] != code[:2]:
                yield Problem("authorities", line, "code", f"{code} does not lie in its parent's province {codes[parent]}")


@rule
def coordinates_lie_in_their_country(package: Package) -> Iterable[Problem]:
    """A Dutch point lies in the Netherlands, a Chinese point in mainland China, Hong Kong or Macao."""
    if "authorities" not in package.tables:
        return
    import shapely

    nl_file, cn_file = _geo_file(package, "nl_provinces"), _geo_file(package, "cn_provinces")
    areas = {}
    if nl_file:
        areas["NL"] = _geo_union(nl_file)
    if cn_file:
        areas["CN"] = _geo_union(cn_file, "gb2260", "710000")  # Taiwan is out of scope
    table = package["authorities"]
    # Every point tested against its country's area at once; missing coordinates test as outside.
    lon = table["longitude"].to_numpy(dtype="float64", na_value=float("nan"))
    lat = table["latitude"].to_numpy(dtype="float64", na_value=float("nan"))
    inside = {country: shapely.contains_xy(area, lon, lat) for country, area in areas.items()}
    for position, (line, row) in enumerate(rows_of(table)):
        lat, lon = row["latitude"], row["longitude"]
        if pd.isna(lat) or pd.isna(lon):
            if not pd.isna(row["location_method"]):
                yield Problem("authorities", line, "latitude", "location_method given but no coordinates")
            continue
        if pd.isna(row["location_method"]):
            yield Problem("authorities", line, "location_method", "coordinates without a location_method")
        if row["country"] in inside and not inside[row["country"]][position]:
            yield Problem("authorities", line, "latitude", f"({lat}, {lon}) lies outside {row['country']}")


# --- partnerships and events ----------------------------------------------------------------


@rule
def partnership_sides_are_in_the_right_country(package: Package) -> Iterable[Problem]:
    """The Dutch side is a Dutch authority and the Chinese side a Chinese one."""
    if not _has(package, "partnerships", "authorities"):
        return
    authorities = package["authorities"]
    country = dict(zip(authorities["id"], authorities["country"]))
    for line, row in rows_of(package["partnerships"]):
        for column, expected in (("nl_authority_id", "NL"), ("cn_authority_id", "CN")):
            value = row[column]
            if value in country and country[value] != expected:
                yield Problem("partnerships", line, column, f"{value!r} is not a {expected} authority")


def _last_day(text: object) -> date:
    span = parse_partial_date(str(text))
    return span[1] if span else date.min


def latest_status_event(events: pd.DataFrame) -> pd.Series | None:
    """The latest event that changes a tie's status (ties on the same date: the later row)."""
    changing = events[events["type"].isin(STATUS_CHANGING_EVENTS)]
    if changing.empty:
        return None
    order = changing["date"].map(_last_day)
    return changing.loc[order.sort_values(kind="stable").index[-1]]


def latest_status_events(events: pd.DataFrame) -> pd.DataFrame:
    """`latest_status_event` of every tie at once, indexed by partnership_id."""
    changing = events[events["type"].isin(STATUS_CHANGING_EVENTS)]
    order = changing["date"].map(_last_day)
    latest = changing.loc[order.sort_values(kind="stable").index]
    return latest.groupby("partnership_id", sort=False).tail(1).set_index("partnership_id")


@rule
def status_agrees_with_events(package: Package) -> Iterable[Problem]:
    """The status is the one the latest status-changing event allows; an ended tie has an end event."""
    if not _has(package, "partnerships", "events"):
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
        as_of = _as_date(row["status_as_of"])
        if span and as_of and as_of < span[0]:
            yield Problem(
                "partnerships", line, "status_as_of",
                f"{row['status_as_of']} is before the latest status event ({when})",
            )


@rule
def event_dates_are_plausible(package: Package) -> Iterable[Problem]:
    """An event is not dated before 1949 nor after its source was read (unreal dates:
    partial_dates_are_real)."""
    if not _has(package, "events", "sources"):
        return
    sources = package["sources"]
    accessed = dict(zip(sources["id"], sources["accessed"]))
    for line, row in rows_of(package["events"]):
        span = parse_partial_date(row["date"])
        if span is None:
            continue
        if span[0].year < EARLIEST_EVENT_YEAR:
            yield Problem("events", line, "date", f"{row['date']} is before {EARLIEST_EVENT_YEAR}")
        read_on = _as_date(accessed.get(row["source_id"]))
        if read_on and span[0] > read_on:
            yield Problem("events", line, "date", f"{row['date']} is after its source was read ({read_on})")


@rule
def ties_do_not_end_before_they_start(package: Package) -> Iterable[Problem]:
    """A tie is not suspended or ended before it began: before its founding year or before
    its first proposal, signing or formalisation."""
    if not _has(package, "partnerships", "events"):
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
    if not _has(package, "partnerships", "sources"):
        return
    sources = package["sources"]
    accessed = dict(zip(sources["id"], sources["accessed"]))
    for line, row in rows_of(package["partnerships"]):
        dates = [_as_date(accessed[s]) for s in split_ids(row["source_ids"]) if s in accessed]
        as_of = _as_date(row["status_as_of"])
        if dates and as_of and as_of > max(d for d in dates if d):
            yield Problem("partnerships", line, "status_as_of", f"{row['status_as_of']} is after its sources were read")


@rule
def established_not_after_status_date(package: Package) -> Iterable[Problem]:
    """A tie cannot be founded after the date its status is known for."""
    if "partnerships" not in package.tables:
        return
    for line, row in rows_of(package["partnerships"]):
        as_of = _as_date(row["status_as_of"])
        if not pd.isna(row["established"]) and as_of and int(row["established"]) > as_of.year:
            yield Problem("partnerships", line, "established", f"{row['established']} is after status_as_of {as_of}")


@rule
def status_date_given_unless_sources_undated(package: Package) -> Iterable[Problem]:
    """A tie has a status date, except an unknown status resting only on undated sources."""
    if not _has(package, "partnerships", "sources"):
        return
    sources = package["sources"]
    published = dict(zip(sources["id"], sources["published"]))
    for line, row in rows_of(package["partnerships"]):
        if not pd.isna(row["status_as_of"]):
            continue
        cited = [s for s in split_ids(row["source_ids"]) if s in published]
        if row["status"] != "unknown":
            yield Problem("partnerships", line, "status_as_of", f"status {row['status']!r} needs the date of its source")
        elif any(not pd.isna(published[s]) for s in cited):
            yield Problem("partnerships", line, "status_as_of", "a cited source is dated: give the latest date")


# --- needs assessment --------------------------------------------------------------------------

_CODE = re.compile(r"[a-z][a-z0-9_]*$")


@rule
def codebook_codes_are_well_formed(package: Package) -> Iterable[Problem]:
    """Codes are lower-case identifiers, unique per question; yes/no questions offer yes and no;
    `not_found` is reserved for desk assessments."""
    if "codebook" not in package.tables:
        return
    for line, row in rows_of(package["codebook"]):
        codes = split_ids(row["codes"])
        for code in codes:
            if not _CODE.match(code) or code == NOT_FOUND:
                yield Problem("codebook", line, "codes", f"{code!r} is not allowed as a code")
        if len(set(codes)) != len(codes):
            yield Problem("codebook", line, "codes", "a code is listed twice")
        if row["answer_type"] == "yes_no" and sorted(codes) != ["no", "yes"]:
            yield Problem("codebook", line, "codes", "a yes_no question has exactly the codes yes and no")


@rule
def assessment_answers_fit_the_codebook(package: Package) -> Iterable[Problem]:
    """An answer uses its question's codes (several only where the question allows it), or is
    `not_found`; answers cite a source, `not_found` says what was searched."""
    if not _has(package, "assessments", "codebook"):
        return
    codebook = package["codebook"]
    questions = {q["id"]: q for _, q in rows_of(codebook)}
    for line, row in rows_of(package["assessments"]):
        if row["id"] != f"{row['authority_id']}--{row['question_id']}":
            yield Problem("assessments", line, "id", f"{row['id']!r} is not authority_id--question_id")
        if row["question_id"] not in questions:
            continue  # the foreign key reports it
        question = questions[row["question_id"]]
        given = split_ids(row["answer"])
        if given == [NOT_FOUND]:
            if not pd.isna(row["source_id"]):
                yield Problem("assessments", line, "source_id", "a not_found answer cites no source")
            if pd.isna(row["notes"]):
                yield Problem("assessments", line, "notes", "say what was searched for a not_found answer")
            continue
        allowed = split_ids(question["codes"])
        for code in given:
            if code not in allowed:
                yield Problem("assessments", line, "answer", f"{code!r} is not a code of {row['question_id']!r}")
        if len(given) > 1 and question["answer_type"] != "multiple":
            yield Problem("assessments", line, "answer", f"{row['question_id']!r} takes one code, not {len(given)}")
        if pd.isna(row["source_id"]):
            yield Problem("assessments", line, "source_id", "an answer needs its source")


@rule
def assessment_ties_belong_to_the_authority(package: Package) -> Iterable[Problem]:
    """Ties named in an assessment are ties of the authority assessed."""
    if not _has(package, "assessments", "partnerships"):
        return
    partnerships = package["partnerships"]
    owner = dict(zip(partnerships["id"], partnerships["nl_authority_id"]))
    for line, row in rows_of(package["assessments"]):
        for tie in split_ids(row["partnership_ids"]):
            if tie in owner and owner[tie] != row["authority_id"]:
                yield Problem("assessments", line, "partnership_ids", f"{tie!r} is not a tie of {row['authority_id']!r}")


@rule
def assessments_cover_every_dutch_authority(package: Package) -> Iterable[Problem]:
    """Every Dutch authority with a tie is assessed on every codebook question, once."""
    if not _has(package, "assessments", "codebook", "partnerships"):
        return
    assessed = package["assessments"]
    pairs = set(zip(assessed["authority_id"], assessed["question_id"]))
    questions = package["codebook"]["id"].tolist()
    for line, row in rows_of(package["partnerships"].drop_duplicates("nl_authority_id")):
        missing = [q for q in questions if (row["nl_authority_id"], q) not in pairs]
        if missing:
            yield Problem(
                "assessments", None, "authority_id",
                f"{row['nl_authority_id']!r} has no answer to {', '.join(missing)}",
            )
