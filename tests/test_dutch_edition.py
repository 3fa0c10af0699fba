"""The Dutch edition, page by page: the same model in Dutch words, Dutch place names and labels."""

from __future__ import annotations

import re

import pytest

from analysis import load
from analysis.model import register as reg
from analysis.model.views import Views
from analysis.pages import register as register_page
from analysis.profiles import authorities, ties
from analysis.words import say
from edition_labels import ENGLISH_LABELS, labels_of


@pytest.fixture(scope="module")
def dutch():
    return Views(load(), "nl")


def test_a_phrase_without_dutch_words_is_an_error():
    with pytest.raises(KeyError, match="no Dutch wording"):
        say("A phrase nobody translated", "nl")
    assert say("Ties of {name}", "nl", name="Arnhem") == "Banden van Arnhem"
    assert say("Ties of {name}", "en", name="Arnhem") == "Ties of Arnhem"


def test_dutch_places_carry_their_dutch_names(dutch):
    names = reg.display_names(dutch["authorities"], "nl")
    assert names["nl-den-haag"] == "Den Haag" and names["nl-provincie-noord-brabant"] == "Noord-Brabant"
    assert names["nl-provincie-fryslan"] == "Fryslân" and names["cn-beijing"] == "Peking"
    english = reg.display_names(dutch["authorities"], "en")
    assert english["nl-den-haag"] == "The Hague" and english["nl-provincie-noord-brabant"] == "North Brabant"


def test_a_dutch_tie_page_speaks_dutch(dutch):
    text = ties.page(dutch, "den-haag--wenzhou")
    assert text.splitlines()[4] == "# Den Haag – Wenzhou"
    assert "Een band tussen Den Haag in Nederland en Wenzhou in China" in text
    shown = labels_of(text)
    assert "Status sinds" in shown and "Laatst bevestigd" in shown and "Sinds" in shown
    assert not ENGLISH_LABELS & shown, ENGLISH_LABELS & shown
    # The sources' own words and titles, and data written in English, are what they are; the
    # page's own naming of places is Dutch.
    own = re.sub(r"“[^”]*”|<ul class=\"nlcn-sources\">.*?</ul>|<span lang=\"en\">.*?</span>", "", text, flags=re.S)
    assert "The Hague" not in own and "North Brabant" not in own and "South Holland" not in own


def test_every_dutch_generated_page_is_free_of_english_labels(dutch):
    from analysis import profiles

    pages = profiles.pages(dutch)
    assert len(pages) == len(profiles.pages(Views(dutch.package, "en")))
    for name, text in pages.items():
        english = ENGLISH_LABELS & labels_of(text)
        assert not english, f"{name}: {sorted(english)}"


def test_english_data_text_on_a_dutch_page_is_marked_english(dutch):
    text = ties.page(dutch, "arnhem--wuhan")
    # The events' descriptions are written in English in the data: a screen reader must know.
    assert '<span lang="en">' in text


def test_a_dutch_authority_page_is_named_as_dutch_readers_name_it(dutch):
    text = authorities.page(dutch, "nl-den-haag")
    title = next(line for line in text.splitlines() if line.startswith("# "))
    assert title.startswith("# Den Haag \\(") and "The Hague" in title  # every spelling stays searchable
    assert "Banden van Den Haag" in text


def test_the_dutch_register_has_dutch_columns_and_filters(dutch):
    view = register_page.register_view(dutch)
    assert list(view.columns)[:4] == ["Band", "Status", "Status sinds", "Laatst bevestigd"]
    table = register_page.register_table(dutch)._repr_html_()
    assert ">Alle</option>" in table and "Zoeken" in table and 'data-count="{shown} van {total} {noun} getoond"' in table
    assert ">Noord-Brabant<" in table and ">North Brabant<" not in table
