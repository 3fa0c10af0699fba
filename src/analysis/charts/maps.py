"""Maps: the Netherlands by status, China by partner level, and the ties between them by year.

Boundaries are joined on codes (CBS statcode, GB/T 2260), never on names. Natural Earth shows
de facto boundaries; every map says so in its caption.
"""

from __future__ import annotations

import warnings

import altair as alt
import pandas as pd

from analysis import geo
from analysis.charts.theme import OKABE_ITO, PHONE_WIDTH, status_scale, titled
from analysis.model import geography as gg
from analysis.model import timeline as tl
from analysis.model.labels import capitalised
from analysis.words import say

BOUNDARY_NOTE_NL = ["Boundaries: CBS 2025 (CC BY 4.0)."]
BOUNDARY_NOTE_NE = ["Boundaries: Natural Earth, de facto;", "no endorsement of any claim. Taiwan out of scope."]

LAND = "#f0f0f0"
BORDER = "#ffffff"
# Dutch bodies other than municipalities, marked by a shape per level.
LEVEL_SHAPES = {"province": "square", "water_board": "triangle-up", "other": "diamond"}
CN_LEVEL_COLOURS = {
    "province": OKABE_ITO["blue"],
    "municipality": OKABE_ITO["vermillion"],
    "prefecture": OKABE_ITO["orange"],
    "county_city": OKABE_ITO["green"],
    "district": OKABE_ITO["purple"],
    "other": OKABE_ITO["grey"],
}


CN_LEVEL_SHAPES = ["square", "diamond", "circle", "triangle-up", "triangle-down", "cross"]


def _notes(notes: list[str], lang: str) -> list[str]:
    """Boundary notes in the edition's language."""
    return [say(line, lang) for line in notes]


def _split_located(frame: pd.DataFrame, columns: list[str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Rows with every coordinate recorded, and the rest (which maps leave out and name)."""
    missing = frame[columns].isna().any(axis=1)
    return frame[~missing].copy(), frame[missing]


def _not_drawn(names: list[str], lang: str) -> str:
    if not names:
        return ""
    return say(" Not drawn for want of a recorded location or a current boundary: {names}.", lang, names=", ".join(sorted(set(names))))


def _topo(values: dict, feature: str) -> alt.Data:
    return alt.Data(values=values, format=alt.DataFormat(type="topojson", feature=feature))


def _labelled(summary: pd.DataFrame, labels) -> pd.DataFrame:
    """An authority summary with its level and status as readers read them (codes kept)."""
    return summary.assign(
        level_code=summary["level"],
        status_code=summary["status"],
        level=labels.map("level", summary["level"]),
        status=labels.map("status", summary["status"]),
    )


def netherlands_map(register: pd.DataFrame, authorities: pd.DataFrame, topo: dict, subtitle: list[str], labels) -> alt.LayerChart:
    """Municipalities with a tie filled by status; provinces and other bodies as marked points."""
    lang = labels.lang
    summary = _labelled(gg.authority_summary(register, "nl", labels.mapping("status")), labels)
    points = summary.merge(authorities[["id", "latitude", "longitude"]], left_on="authority_id", right_on="id")
    municipal = summary[summary["level_code"] == "municipality"]
    others, unplaced = _split_located(points[points["level_code"] != "municipality"], ["latitude", "longitude"])
    shapes = {capitalised(labels("level", code)): shape for code, shape in LEVEL_SHAPES.items()}
    others["kind"] = others["level_code"].where(others["level_code"].isin(list(LEVEL_SHAPES)), "other").map(
        lambda code: capitalised(labels("level", code)))
    drawn = set(geo.codes_in(topo, "municipalities"))
    missing = municipal[~municipal["code"].isin(drawn)]
    tooltip = [
        alt.Tooltip("name:N", title=say("Dutch authority", lang)),
        alt.Tooltip("level:N", title=say("Level", lang)),
        alt.Tooltip("partners:N", title=say("Chinese partners (status)", lang)),
    ]
    # Background boundaries are decoration: hidden from screen readers (aria=False).
    provinces = alt.Chart(_topo(topo, "provinces")).mark_geoshape(fill=LAND, stroke="#bbbbbb", strokeWidth=0.8, aria=False)
    filled = (
        alt.Chart(_topo(topo, "municipalities"))
        .mark_geoshape(stroke=BORDER, strokeWidth=0.5)
        .transform_lookup(lookup="properties.statcode", from_=alt.LookupData(municipal, "code", ["name", "level", "status", "partners"]))
        # Only municipalities with a tie: the others would be invisible shapes whose tooltip
        # reads "null" (the provinces layer draws the land beneath).
        .transform_filter("isValid(datum.status)")
        .encode(color=alt.Color("status:N", title=say("Status", lang), scale=status_scale(labels), legend=alt.Legend(columns=2)), tooltip=tooltip)
    )
    marks = (
        alt.Chart(others)
        .mark_point(filled=True, size=90, stroke="#000000", strokeWidth=0.6, opacity=1)
        .encode(
            longitude="longitude:Q",
            latitude="latitude:Q",
            color=alt.Color("status:N", scale=status_scale(labels), legend=None),
            shape=alt.Shape("kind:N", title=say("Other Dutch bodies", lang), scale=alt.Scale(domain=list(shapes), range=list(shapes.values())), legend=alt.Legend(columns=1)),
            tooltip=tooltip,
        )
    )
    counts = summary["level_code"].value_counts()
    by_status = municipal["status_code"].value_counts()
    statuses = ", ".join(f"{labels('status', s)}: {int(by_status.get(s, 0))}" for s in gg.STATUS_PRIORITY)
    description = say(
        "Map of the Netherlands. {municipalities} municipalities with a tie to a Chinese government are filled by the "
        "most active status among their ties ({statuses}). {provinces} provinces and {others} other bodies with ties are "
        "marked by symbols.", lang,
        municipalities=int(counts.get("municipality", 0)), statuses=statuses,
        provinces=int((others["level_code"] == "province").sum()), others=int((others["level_code"] != "province").sum()),
    ) + _not_drawn(list(missing["name"]) + list(unplaced["name"]), lang)
    located = points.dropna(subset=["latitude", "longitude"]).rename(columns={"name": "place"})
    names = _place_names(_most_tied(located, LABEL_APART_DEGREES["nl"]))
    chart = alt.layer(provinces, filled, marks, names).project(type="mercator").properties(width=PHONE_WIDTH - 20, height=370)
    return titled(chart, say("Dutch authorities with a Chinese tie", lang), subtitle + _notes(BOUNDARY_NOTE_NL, lang), description)


def china_map(register: pd.DataFrame, authorities: pd.DataFrame, top: pd.Series, topo: dict, subtitle: list[str], labels) -> alt.LayerChart:
    """China's provinces, shaded where a Dutch tie reaches them, and partner points by level
    (`top`: each authority's province-level ancestor)."""
    lang = labels.lang
    summary = _labelled(gg.authority_summary(register, "cn", labels.mapping("status")), labels)
    points = summary.merge(authorities[["id", "latitude", "longitude", "name_local"]], left_on="authority_id", right_on="id")
    points, unplaced = _split_located(points, ["latitude", "longitude"])
    sides = authorities.set_index("id")
    level_colours = {labels("level", code): colour for code, colour in CN_LEVEL_COLOURS.items()}
    reached = register["cn_authority_id"].map(top).value_counts().rename_axis("province_id").reset_index(name="ties")
    reached["gb2260"] = reached["province_id"].map(sides["code"]).astype(str)
    reached["province"] = reached["province_id"].map(sides["name"])
    base = (
        alt.Chart(_topo(topo, "provinces"))
        .mark_geoshape(stroke=BORDER, strokeWidth=0.6)
        .transform_lookup(lookup="properties.gb2260", from_=alt.LookupData(reached, "gb2260", ["ties", "province"]))
        # A province no Dutch tie reaches has no row to look up: it shows 0, not "null".
        .transform_calculate(dutch_ties="isValid(datum.ties) ? datum.ties : 0")
        .encode(
            color=alt.condition("datum.dutch_ties > 0", alt.value("#cfe3f3"), alt.value(LAND)),
            tooltip=[alt.Tooltip(f"properties.name_{lang}:N", title=say("Province", lang)),
                     alt.Tooltip("dutch_ties:Q", title=say("Dutch ties in this province", lang))],
        )
    )
    marks = (
        alt.Chart(points)
        .mark_point(filled=True, size=70, stroke="#000000", strokeWidth=0.5, opacity=0.95)
        .encode(
            longitude="longitude:Q",
            latitude="latitude:Q",
            color=alt.Color("level:N", title=say("Chinese partner", lang), scale=alt.Scale(domain=list(level_colours), range=list(level_colours.values())), legend=alt.Legend(columns=2)),
            shape=alt.Shape("level:N", title=say("Chinese partner", lang), scale=alt.Scale(domain=list(level_colours), range=CN_LEVEL_SHAPES)),
            tooltip=[
                alt.Tooltip("name:N", title=say("Chinese partner", lang)),
                alt.Tooltip("name_local:N", title=say("Chinese name", lang)),
                alt.Tooltip("level:N", title=say("Level", lang)),
                alt.Tooltip("partners:N", title=say("Dutch partners (status)", lang)),
            ],
        )
    )
    by_level = points["level"].value_counts()
    description = say(
        "Map of China's province-level units. {reached} of them have at least one tie with a Dutch authority, "
        "counting ties with the province itself or with a city, district or county in it. {partners} Chinese partners are "
        "marked by level: {levels}.", lang,
        reached=len(reached), partners=len(points), levels=", ".join(f"{level}: {int(n)}" for level, n in by_level.items()),
    ) + _not_drawn(list(unplaced["name"]), lang)
    names = _place_names(_most_tied(points.rename(columns={"name": "place"}), LABEL_APART_DEGREES["cn"]))
    chart = alt.layer(base, marks, names).project(type="equalEarth").properties(width=PHONE_WIDTH - 20, height=260)
    return titled(chart, say("Chinese partners of Dutch authorities", lang), subtitle + _notes(BOUNDARY_NOTE_NE, lang), description)


# How many places each panel of the connection map names: those with the most ties.
NAMED_PLACES = 6
# Two names closer than this (latitude plus longitude difference, in degrees) would overlap.
LABEL_APART_DEGREES = {"nl": 0.25, "cn": 2.5}


def _named(frame: pd.DataFrame, prefix: str) -> pd.DataFrame:
    """The places of one side of the ties with two ties or more, the most first (at most
    NAMED_PLACES, none close to one already named), to be named on the map."""
    counted = frame.groupby([f"{prefix}_name", f"{prefix}_latitude", f"{prefix}_longitude"]).size().rename("ties").reset_index()
    counted = counted.rename(columns={f"{prefix}_name": "place", f"{prefix}_latitude": "latitude", f"{prefix}_longitude": "longitude"})
    return _most_tied(counted, LABEL_APART_DEGREES[prefix])


def _most_tied(places: pd.DataFrame, apart: float) -> pd.DataFrame:
    """Of places (place, latitude, longitude, ties), those with two ties or more, the most first,
    at most NAMED_PLACES, leaving out a place that lies close to one already named (its name
    would print over the other)."""
    counted = places[places["ties"] >= 2]  # a place of one tie is told by its tooltip
    counted = counted.sort_values(["ties", "place"], ascending=[False, True], kind="stable")
    kept: list[int] = []
    for index, row in counted.iterrows():
        if all(abs(row["latitude"] - counted.at[k, "latitude"]) + abs(row["longitude"] - counted.at[k, "longitude"]) > apart for k in kept):
            kept.append(index)
    return counted.loc[kept].head(NAMED_PLACES)[["place", "latitude", "longitude", "ties"]]


def _place_names(places: pd.DataFrame) -> alt.LayerChart:
    """The names of the places given, beside their points, on a white halo that keeps them
    readable over filled areas (decoration for screen readers: the tooltips and the table name
    every place)."""
    base = alt.Chart(places).encode(longitude="longitude:Q", latitude="latitude:Q", text="place:N")
    halo = base.mark_text(align="left", dx=7, dy=-6, fontSize=12, stroke="#ffffff", strokeWidth=3, strokeJoin="round", aria=False)
    names = base.mark_text(align="left", dx=7, dy=-6, fontSize=12, color="#333333", aria=False)
    return alt.layer(halo, names)


def connection_map(connections: pd.DataFrame, years: pd.DataFrame, nl_topo: dict, cn_topo: dict, subtitle: list[str],
                   last_year: int, labels) -> alt.VConcatChart:
    """The two ends of every tie in existence at the end of the year chosen with the slider: the
    Netherlands above, China below, each at a scale where its places can be told apart. Pointing
    at (or tapping) an end picks out that tie's other end on the other map; the places with the
    most ties are named. Ties with an unknown founding year are not shown."""
    lang = labels.lang
    frame = connections.merge(years[["id", "start", "end"]], on="id")
    located, unplaced = _split_located(frame, ["nl_latitude", "nl_longitude", "cn_latitude", "cn_longitude"])
    dated = located[located["start"].notna()].copy()
    dated["start"] = dated["start"].astype(int)
    dated["end"] = dated["end"].astype("float")  # NaN becomes null in the spec
    dated["status"] = labels.map("status", dated["status"])
    year = alt.param(name="year", value=last_year, bind=alt.binding_range(min=tl.FIRST_YEAR, max=last_year, step=1, name=say("Year", lang) + " "))
    tie = alt.selection_point(name="tie", fields=["id"], on="pointerover", clear="pointerout", empty=True)
    alive = f"datum.start <= year && (datum.end === null || !isFinite(datum.end) || datum.end > year)"
    tooltip = [
        alt.Tooltip("nl_name:N", title=say("Dutch side", lang)),
        alt.Tooltip("cn_name:N", title=say("Chinese side", lang)),
        alt.Tooltip("start:Q", title=say("Since", lang), format="d"),
        alt.Tooltip("status:N", title=say("Status today", lang)),
        alt.Tooltip("distance_km:Q", title=say("Distance (km)", lang), format=",.0f"),
    ]
    colour = alt.Color("status:N", title=say("Status today", lang), scale=status_scale(labels), legend=alt.Legend(columns=2))

    def panel(topo: dict, prefix: str, height: int, first: bool) -> alt.LayerChart:
        # Background land is decoration: hidden from screen readers (aria=False).
        land = alt.Chart(_topo(topo, "provinces")).mark_geoshape(fill=LAND, stroke="#bbbbbb", strokeWidth=0.6, aria=False)
        ends = (
            alt.Chart(dated)
            .mark_circle(size=90, stroke="#ffffff", strokeWidth=1)
            .encode(
                longitude=f"{prefix}_longitude:Q", latitude=f"{prefix}_latitude:Q", color=colour, tooltip=tooltip,
                opacity=alt.condition(tie, alt.value(0.95), alt.value(0.2)),
                size=alt.condition(tie, alt.value(90), alt.value(50)),
            )
            .transform_filter(alive)
        )
        ends = ends.add_params(tie, year) if first else ends.add_params(tie)
        return alt.layer(land, ends, _place_names(_named(dated, prefix))).project(type="mercator").properties(width=PHONE_WIDTH - 20, height=height)

    undated = int(frame["start"].isna().sum())
    median = int(frame["distance_km"].median())
    description = say(
        "Two maps, the Netherlands above and China below, with a dot at each end of the {dated} ties whose founding year is "
        "known, coloured by status today; a slider chooses the year (default {last_year}) and only ties in existence at the end "
        "of that year are drawn. Pointing at a dot picks out the other end of its tie; the places with the most ties are named. "
        "{undated} ties with an unknown founding year are not shown. Median distance between partners: {median} km.", lang,
        dated=len(dated), last_year=last_year, undated=undated, median=f"{median:,}".replace(",", "." if lang == "nl" else ","),
    ) + _not_drawn(list(unplaced["nl_name"] + "–" + unplaced["cn_name"]), lang)
    with warnings.catch_warnings():
        # The one selection shared by both maps is what links them; Altair notes that it merged it.
        warnings.filterwarnings("ignore", message="Automatically deduplicated selection parameter")
        chart = alt.vconcat(panel(nl_topo, "nl", 200, True), panel(cn_topo, "cn", 170, False), spacing=12)
        chart = titled(chart, say("Ties in existence, year by year", lang), subtitle + _notes(BOUNDARY_NOTE_NL + BOUNDARY_NOTE_NE, lang), description)
        chart.to_dict()  # merged here, quietly, not when the page shows the chart
    return chart


CENSUS_COLOURS = {"tie_found": OKABE_ITO["blue"], "lead": OKABE_ITO["orange"], "no_tie_found": "#e8e8e8"}


def census_map(census: pd.DataFrame, topo: dict, subtitle: list[str], labels, places: pd.DataFrame | None = None) -> alt.LayerChart:
    """Every Dutch municipality filled by what the census found: a tie, a lead or nothing; of
    `places` (place, latitude, longitude, ties), those with the most ties are named."""
    lang = labels.lang
    municipal = census[census["kind"] == "municipality"].assign(
        result_label=lambda c: labels.map("census_result", c["result"]),
        ties=lambda c: c["ties"].fillna("–"),
    )
    colours = {labels("census_result", code): colour for code, colour in CENSUS_COLOURS.items()}
    # Background boundaries are decoration: hidden from screen readers (aria=False).
    provinces = alt.Chart(_topo(topo, "provinces")).mark_geoshape(fill=LAND, stroke="#555555", strokeWidth=0.8, aria=False)
    filled = (
        alt.Chart(_topo(topo, "municipalities"))
        .mark_geoshape(stroke=BORDER, strokeWidth=0.3)
        .transform_lookup(lookup="properties.statcode", from_=alt.LookupData(municipal, "code", ["name", "result_label", "ties"]))
        .transform_filter("isValid(datum.result_label)")
        .encode(
            color=alt.Color("result_label:N", title=say("What the census found", lang), scale=alt.Scale(domain=list(colours), range=list(colours.values())),
                            legend=alt.Legend(columns=1)),
            tooltip=[alt.Tooltip("name:N", title=say("Municipality", lang)), alt.Tooltip("result_label:N", title=say("Found", lang)),
                     alt.Tooltip("ties:N", title=say("Ties", lang))],
        )
    )
    counts = municipal["result"].value_counts()
    found = ", ".join(f"{labels('census_result', code)}: {int(counts.get(code, 0))}" for code in CENSUS_COLOURS)
    description = say("Map of the Netherlands with all {n} municipalities filled by what the census of public sources found ({found}).",
                      lang, n=len(municipal), found=found)
    layers = [provinces, filled]
    if places is not None and len(places):
        layers.append(_place_names(_most_tied(places, LABEL_APART_DEGREES["nl"])))
    chart = alt.layer(*layers).project(type="mercator").properties(width=PHONE_WIDTH - 20, height=370)
    return titled(chart, say("What the census found", lang), subtitle + _notes(BOUNDARY_NOTE_NL, lang), description)
