"""`make book` builds both editions at once (tools/build_editions.py): both must succeed before
the site gets its Dutch copy, and the strict flags reach both builds."""

from __future__ import annotations

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("build_editions", REPO / "tools" / "build_editions.py")
build_editions = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_editions)


def test_both_builds_get_the_strict_flags():
    commands = build_editions.commands(["-W", "-n", "--keep-going"])
    assert set(commands) == {"en", "nl"}
    for command in commands.values():
        assert command[-3:] == ["-W", "-n", "--keep-going"]
    assert commands["nl"][2:3] == ["nl"] and "_build/nl" in commands["nl"]


def test_a_failing_edition_fails_the_build_and_the_site_gets_no_dutch_copy(tmp_path, monkeypatch):
    (tmp_path / "_build" / "nl" / "_build" / "html").mkdir(parents=True)
    monkeypatch.setattr(build_editions, "JB", Path("/bin/false"))
    assert build_editions.build(tmp_path) == 1
    assert not (tmp_path / "_build" / "html" / "nl").exists()


def test_when_both_succeed_the_dutch_edition_is_copied_into_the_site(tmp_path, monkeypatch):
    built = tmp_path / "_build" / "nl" / "_build" / "html"
    built.mkdir(parents=True)
    (built / "index.html").write_text("<html lang=nl></html>")
    monkeypatch.setattr(build_editions, "JB", Path("/bin/true"))
    assert build_editions.build(tmp_path) == 0
    assert (tmp_path / "_build" / "html" / "nl" / "index.html").read_text() == "<html lang=nl></html>"


def test_make_book_builds_the_editions_with_this_script():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    book = makefile.split("\nbook:", 1)[1].split("\n\n", 1)[0]
    strict = makefile.split("\nbook-strict:", 1)[1].split("\n\n", 1)[0]
    assert "tools/build_editions.py" in book and "tools/build_editions.py" in strict and "$(JB_STRICT)" in strict
