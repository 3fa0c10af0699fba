"""tools/execute.py runs the chapters in one kernel before the build: each chapter gets a fresh
namespace and its own folder, the build then takes every chapter from the execution cache,
and the pages are the same as when myst-nb executes each chapter in a kernel of its own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from test_build_fails import FRONT_MATTER, JB, REPO, copy_book_setup, strict_flags

pytestmark = pytest.mark.book

EXECUTE = REPO / "tools" / "execute.py"

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


def test_the_build_takes_every_chapter_from_one_kernel_run(tmp_path):
    book = make_book(tmp_path / "book")
    executed = run(sys.executable, str(EXECUTE), str(book))
    assert executed.returncode == 0, executed.stderr[-3000:]
    assert "2 chapter(s) executed in one kernel" in executed.stdout
    log = build(book).stdout
    assert log.count("Using cached notebook") == 2
    assert "Executing notebook" not in log
    page = (book / "_build" / "html" / "chapters" / "second.html").read_text(encoding="utf-8")
    assert "working directory: chapters" in page and "second cell" in page
    again = run(sys.executable, str(EXECUTE), str(book))
    assert again.returncode == 0 and "every chapter is in the execution cache" in again.stdout


def test_pages_and_downloads_are_the_same_as_when_each_chapter_runs_in_its_own_kernel(tmp_path):
    shared, separate = make_book(tmp_path / "shared"), make_book(tmp_path / "separate")
    assert run(sys.executable, str(EXECUTE), str(shared)).returncode == 0
    build(shared)
    log = build(separate).stdout
    assert "Executing notebook" in log
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
    result = run(sys.executable, str(EXECUTE), str(book))
    assert result.returncode == 1
    assert "second.md" in result.stderr and "broken chapter" in result.stderr
