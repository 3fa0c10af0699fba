"""The execute_chapters extension runs the chapters in one kernel before Sphinx reads them:
each chapter gets a fresh namespace and its own folder, the build takes every chapter from
the execution cache, and the pages and downloads are the same as when myst-nb executes each
chapter in a kernel of its own."""

from __future__ import annotations

import subprocess
from pathlib import Path

import nbformat
import pytest

from test_build_fails import FRONT_MATTER, JB, REPO, copy_book_setup, strict_flags

pytestmark = pytest.mark.book

EXTENSION = "    execute_chapters: tools/\n"

FIRST = """
# First

```{code-cell} ipython3
from pathlib import Path
from myst_nb import glue
leaked = "from the first chapter"
glue("answer", 6 * 7)
print("working directory:", Path.cwd().name)
```

The answer is {glue:text}`answer`.
"""

SECOND = """
# Second

```{code-cell} ipython3
assert "leaked" not in globals(), "a name from the first chapter reached the second"
from pathlib import Path
print("working directory:", Path.cwd().name)
```

```{code-cell} ipython3
print("second cell")
```
"""


def make_book(root: Path) -> Path:
    (root / "chapters").mkdir(parents=True)
    copy_book_setup(root)
    (root / "_toc.yml").write_text(
        "format: jb-book\nroot: chapters/index\nchapters:\n  - file: chapters/first\n  - file: chapters/second\n"
    )
    (root / "chapters" / "index.md").write_text("# Tiny book\n\n```{tableofcontents}\n```\n")
    (root / "chapters" / "first.md").write_text(FRONT_MATTER + FIRST)
    (root / "chapters" / "second.md").write_text(FRONT_MATTER + SECOND)
    return root


def run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(command), capture_output=True, text=True, timeout=600)


def build(book: Path) -> subprocess.CompletedProcess:
    result = run(str(JB), "build", str(book), "--builder", "html", *strict_flags())
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result


def without_the_extension(book: Path) -> Path:
    """The same book built as myst-nb builds it alone: a kernel per chapter."""
    config = book / "_config.yml"
    text = config.read_text(encoding="utf-8")
    assert EXTENSION in text
    config.write_text(text.replace(EXTENSION, ""), encoding="utf-8")
    return book


def test_the_build_executes_every_chapter_in_one_kernel_and_takes_it_from_the_cache(tmp_path):
    book = make_book(tmp_path / "book")
    log = build(book).stdout
    assert "2 chapter(s) executed in one kernel" in log
    assert log.count("Using cached notebook") == 2
    assert "Executing notebook" not in log
    page = (book / "_build" / "html" / "chapters" / "second.html").read_text(encoding="utf-8")
    assert "working directory: chapters" in page and "second cell" in page
    (book / "chapters" / "second.md").touch()  # read again, but its code is cached
    again = build(book).stdout
    assert "executed in one kernel" not in again and "Using cached notebook" in again


def test_pages_and_downloads_are_the_same_as_when_each_chapter_runs_in_its_own_kernel(tmp_path):
    shared, separate = make_book(tmp_path / "shared"), without_the_extension(make_book(tmp_path / "separate"))
    assert "executed in one kernel" in build(shared).stdout
    log = build(separate).stdout
    assert "Executing notebook" in log and "executed in one kernel" not in log
    for name in ("first", "second"):
        one = (shared / "_build" / "html" / "chapters" / f"{name}.html").read_text(encoding="utf-8")
        other = (separate / "_build" / "html" / "chapters" / f"{name}.html").read_text(encoding="utf-8")
        assert one == other, name
    for name in ("first", "second"):
        one = nbformat.read(shared / "_build" / "html" / "_sources" / "chapters" / f"{name}.ipynb", as_version=4)
        other = nbformat.read(separate / "_build" / "html" / "_sources" / "chapters" / f"{name}.ipynb", as_version=4)
        outputs = [[o for o in c.get("outputs", [])] for c in one.cells if c.cell_type == "code"]
        assert any(outputs), f"the {name} download has no outputs"
        assert outputs == [[o for o in c.get("outputs", [])] for c in other.cells if c.cell_type == "code"], name
    assert 'The answer is <span class="pasted-text">42</span>' in (shared / "_build" / "html" / "chapters" / "first.html").read_text(encoding="utf-8")


def test_a_raising_chapter_stops_with_its_name_and_error(tmp_path):
    book = make_book(tmp_path / "book")
    (book / "chapters" / "second.md").write_text(FRONT_MATTER + "\n# Second\n\n```{code-cell} ipython3\nraise ValueError('broken chapter')\n```\n")
    result = run(str(JB), "build", str(book), "--builder", "html", *strict_flags())
    output = result.stdout + result.stderr
    assert result.returncode != 0
    assert "second.md" in output and "broken chapter" in output
    assert not (book / "_build" / "html" / "chapters" / "first.html").exists(), "no page is written after a failing chapter"
