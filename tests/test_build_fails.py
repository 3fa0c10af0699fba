"""The strict build must fail on a raising cell and on a Sphinx warning, and pass otherwise."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
JB = Path(sys.executable).with_name("jupyter-book")

pytestmark = pytest.mark.book

FRONT_MATTER = """---
jupytext:
  text_representation:
    extension: .md
    format_name: myst
kernelspec:
  display_name: Python 3
  language: python
  name: python3
---
"""


def strict_flags() -> list[str]:
    out = subprocess.run(["make", "-s", "-C", str(REPO), "print-jb-strict"], capture_output=True, text=True, check=True)
    return out.stdout.split()


def copy_book_setup(book: Path) -> None:
    """The project's configuration, static files, templates and local Sphinx extensions, so a
    test book builds with the report's settings (but not its charts)."""
    shutil.copy(REPO / "_config.yml", book / "_config.yml")
    shutil.copytree(REPO / "_static", book / "_static", ignore=shutil.ignore_patterns("figures"))
    shutil.copytree(REPO / "_templates", book / "_templates")
    (book / "tools").mkdir(exist_ok=True)
    config = yaml.safe_load((REPO / "_config.yml").read_text(encoding="utf-8"))["sphinx"]
    wanted = [f"{name}.py" for name in config["local_extensions"]] + [Path(config["config"]["html_search_scorer"]).name]
    for name in wanted:
        shutil.copy(REPO / "tools" / name, book / "tools" / name)


def build_tiny_book(tmp_path: Path, chapter_body: str) -> subprocess.CompletedProcess:
    """A one-chapter book with the project's own _config.yml, built as CI builds the report."""
    book = tmp_path / "book"
    (book / "chapters").mkdir(parents=True)
    copy_book_setup(book)
    (book / "_toc.yml").write_text("format: jb-book\nroot: chapters/index\nchapters:\n  - file: chapters/one\n")
    (book / "chapters" / "index.md").write_text("# Tiny book\n\n```{tableofcontents}\n```\n")
    (book / "chapters" / "one.md").write_text(FRONT_MATTER + "\n# One\n\n" + chapter_body)
    return subprocess.run(
        [str(JB), "build", str(book), "--builder", "html", *strict_flags()],
        capture_output=True, text=True, timeout=600,
    )


def test_clean_chapter_builds(tmp_path):
    result = build_tiny_book(tmp_path, "```{code-cell} ipython3\nprint(1 + 1)\n```\n")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_raising_cell_fails_the_build(tmp_path):
    result = build_tiny_book(tmp_path, "```{code-cell} ipython3\nraise ValueError('broken chapter')\n```\n")
    assert result.returncode != 0
    assert "broken chapter" in result.stdout + result.stderr


def test_sphinx_warning_fails_the_build(tmp_path):
    result = build_tiny_book(tmp_path, "See {ref}`a-label-that-does-not-exist`.\n")
    assert result.returncode != 0
    assert "a-label-that-does-not-exist" in result.stdout + result.stderr
