"""Every tie, every authority with a tie and every Dutch authority the census searched gets a page
of its own, written from the model with every value from the data escaped; rewriting leaves
unchanged pages alone."""

from __future__ import annotations

import html
import re

import pytest

from analysis import load, profiles
from analysis.model.views import Views
from analysis.model import census as cs
from analysis.profiles import authorities, census, ties


@pytest.fixture(scope="module")
def views():
    return Views(load())


def test_a_page_for_every_tie_every_authority_with_a_tie_and_every_dutch_authority(views):
    pages = profiles.pages(views)
    p = views["partnerships"]
    tied = set(p["nl_authority_id"]) | set(p["cn_authority_id"])
    assert {f"ties/{t}.md" for t in p["id"]} <= set(pages)
    assert {f"authorities/{a}.md" for a in tied} <= set(pages)
    searched = set(census.page_ids(views["census"]))
    assert len(searched) == len(views["census"]) and {f"authorities/{a}.md" for a in searched} <= set(pages)
    assert len(pages) == len(p) + len(tied | searched)


def test_an_authority_without_a_tie_has_its_census_entry_as_its_page(views):
    pages = profiles.pages(views)
    text = pages["authorities/nl-aa-en-hunze.md"]
    assert text.startswith("---\norphan: true\n---\n\n# Aa en Hunze\n")
    assert "municipality in Drenthe" in text and "<dt>CBS code</dt><dd>GM1680</dd>" in text
    assert "How it was searched" in text and "<dt>Found</dt><dd>No tie found</dd>" in text
    assert "Where Aa en Hunze lies in the Netherlands" in text and "Report a tie or a correction" in text
    water = pages["authorities/nl-waterschap-aa-en-maas.md"]
    assert "# Waterschap Aa en Maas" in water and '<svg class="nlcn-locator"' not in water
    # A lead is shown as a lead, and a tied authority's page is its authority page, with the census in it.
    assert "<dt>The lead</dt>" in pages["authorities/nl-venlo.md"]
    assert "How it was searched" in pages["authorities/nl-arnhem.md"] and "ties/arnhem--wuhan.html" in pages["authorities/nl-arnhem.md"]


def test_two_census_rows_cannot_share_a_page(views):
    rows = cs.census_with_ties(views["census"], views.register, views["authorities"])
    twice = rows[rows["kind"] == "municipality"].head(2).assign(name="Same Name", authority_id=None)
    with pytest.raises(ValueError, match="both make the page 'nl-same-name'"):
        hostile = {**views.package.tables, "census": twice}
        census.pages(Views(type(views.package)(views.package.path, views.package.descriptor, hostile)), set())


def test_a_tie_page_names_both_sides_its_status_and_what_set_it(views):
    text = ties.page(views, "arnhem--wuhan")
    assert text.startswith("---\norphan: true\n---\n\n# Arnhem – Wuhan\n")
    assert "../authorities/nl-arnhem.html" in text and "../authorities/cn-wuhan.html" in text
    assert "<dt>Status</dt><dd>Ended</dd>" in text and "<dt>Status since</dt><dd>July 2021: ended (" in text
    assert "<dt>Last confirmed</dt>" in text
    assert "Report a correction to this tie" in text


def test_the_register_shows_when_a_status_was_set_and_last_confirmed(views):
    from analysis.pages import register

    view = register.register_view(views)
    row = next(r for _, r in view.iterrows() if "arnhem--wuhan" in str(r["Tie"]))
    assert row["Status since"] == "2021-07" and row["Last confirmed"] == views.register.set_index("id").loc["arnhem--wuhan", "status_as_of"]
    unknown = views.register.loc[views.register["status"] == "unknown", "id"]
    assert views.register.set_index("id").loc[unknown, "status_since"].isna().all()


def test_an_open_decision_is_said_in_plain_words(views):
    text = ties.page(views, "tilburg--chengdu")
    assert "motion of December 2022: outcome not found in public sources" in text


def test_an_authority_page_lists_every_spelling_in_its_title(views):
    text = authorities.page(views, "nl-den-haag")
    title = next(line for line in text.splitlines() if line.startswith("# "))
    assert "The Hague" in title and "Den Haag" in title and "Gravenhage" in title
    assert "ties/den-haag--wenzhou.html" in text


def test_text_from_the_data_stays_text(views, monkeypatch):
    partnerships = views["partnerships"].copy()
    partnerships.loc[partnerships["id"] == "arnhem--wuhan", "notes"] = '<script>alert(1)</script> *bold* ```{raw} html'
    hostile = Views(type(views.package)(views.package.path, views.package.descriptor, {**views.package.tables, "partnerships": partnerships}))
    text = ties.page(hostile, "arnhem--wuhan")
    assert "<script>alert(1)</script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    # A fence inside a value cannot close the raw HTML block: the block ends once, at the end.
    assert text.count("\n```\n") == 1 and text.endswith("\n```\n")


def test_writing_leaves_unchanged_pages_alone_and_removes_stale_ones(views, tmp_path):
    first = profiles.write(views, tmp_path)
    assert len(first) == len(profiles.pages(views))
    stale = tmp_path / "ties" / "no-longer--a-tie.md"
    stale.write_text("# gone\n", encoding="utf-8")
    assert profiles.write(views, tmp_path) == [] and not stale.exists()


def test_an_authority_without_ties_gets_no_page(views):
    assert "cn-jiangxi" not in authorities.with_ties(views)
    assert set(authorities.with_ties(views)) == set(views["partnerships"]["nl_authority_id"]) | set(views["partnerships"]["cn_authority_id"])


def test_a_tie_page_has_locator_maps_and_the_meaning_of_its_type(views):
    text = ties.page(views, "arnhem--wuhan")
    assert text.count('<svg class="nlcn-locator" role="img"') == 2
    assert "Where Arnhem lies in the Netherlands" in text and "Where Wuhan lies in China" in text
    assert "stedenband" in text  # the definition of a twinning names the Dutch terms


def test_a_place_without_a_point_gets_no_map(views):
    unplaced = views["authorities"][views["authorities"]["latitude"].isna()]["id"]
    with_page = [a for a in unplaced if a in authorities.with_ties(views)]
    assert with_page and '<svg class="nlcn-locator"' not in authorities.page(views, with_page[0])


def test_a_proposal_overruled_or_a_vote_postponed_and_held_is_not_an_open_matter(views):
    # Arnhem's executive proposed keeping Wuhan and was overruled; the postponed vote was held.
    text = ties.page(views, "arnhem--wuhan")
    assert "Open matters" not in text and "July 2021: ended" in text


def test_every_source_on_a_page_has_an_archived_copy_beside_it(views):
    from analysis.model.sources import archive_url

    text = ties.page(views, "arnhem--wuhan")
    sources = views["sources"].set_index("id")
    listed = re.findall(r'<li><a href="([^"]+)">[^<]*</a> \(<a href="([^"]+)">archived copy</a>\)', text)
    assert listed
    for live, archived in listed:
        row = sources[sources["url"] == html.unescape(live)].iloc[0]
        assert html.unescape(archived) == archive_url(row["url"], row["accessed"])
        assert archived.startswith("https://web.archive.org/web/" + row["accessed"].replace("-", ""))
