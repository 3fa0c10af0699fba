"""Every fact is computed once, under one key, and glued only where the prose cites it."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

from analysis import facts, load
from analysis.model import register as register_module
from analysis.model.labels import MONTHS
from analysis.model.views import Views

REPO = Path(__file__).resolve().parents[1]
GLUE = re.compile(r"\{glue:(?:text|md)\}`([^`]+)`")


def cited(chapter: Path) -> set[str]:
    return set(GLUE.findall(chapter.read_text(encoding="utf-8")))


def chapters_citing_facts() -> list[Path]:
    return sorted(p for p in (REPO / "chapters").glob("*.md") if cited(p))


@pytest.fixture(scope="module")
def views():
    return Views(load())


@pytest.mark.parametrize("chapter", chapters_citing_facts(), ids=lambda p: p.stem)
def test_a_page_glues_exactly_the_facts_its_prose_cites(chapter, views):
    page = importlib.import_module(f"analysis.pages.{chapter.stem}")
    assert len(page.FACTS) == len(set(page.FACTS)), "a fact listed twice"
    assert set(page.FACTS) == cited(chapter)
    assert set(page.facts(views)) == cited(chapter)


def test_every_fact_is_cited_by_some_chapter():
    used = set().union(*(cited(p) for p in chapters_citing_facts()))
    assert sorted(set(facts.FACTS) - used) == []


def test_a_key_cannot_be_defined_twice():
    def ties(v):
        return 0

    with pytest.raises(ValueError, match="'ties' is defined twice"):
        facts.fact(ties)


def test_every_fact_has_a_value(views):
    values = facts.compute(views, facts.FACTS)
    assert all(value is not None and str(value) != "" for value in values.values())


def test_a_fact_in_dutch_uses_dutch_words(views):
    english = facts.compute(views, ["data_cutoff", "top_need"])
    dutch = facts.compute(views, ["data_cutoff", "top_need"], lang="nl")
    month = int(views.data_date[5:7]) - 1
    assert MONTHS["en"][month] in english["data_cutoff"] and MONTHS["nl"][month] in dutch["data_cutoff"]
    assert english["top_need"] in views.labels.mapping("question", "en").values()
    assert dutch["top_need"] in views.labels.mapping("question", "nl").values()


def test_the_views_compute_the_register_once_for_every_page(monkeypatch):
    calls = []
    original = register_module.register

    def counted(*args, **kwargs):
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(register_module, "register", counted)
    views = Views(load())
    for chapter in chapters_citing_facts():
        importlib.import_module(f"analysis.pages.{chapter.stem}").facts(views)
    assert len(calls) == 1


def test_the_command_line_prints_every_fact(capsys):
    from analysis.cli import main

    assert main(["facts"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in out] == sorted(facts.FACTS)
    assert "ties\t" + str(len(load()["partnerships"])) in out
