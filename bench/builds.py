"""Build times of the book: a cold build against the same book without code, and a rebuild.

Every build runs on a copy of the book's tracked files (as they are in the working tree), so
the project's own `_build` and execution cache are never touched:

- cold: a fresh copy with no `_build`, every chapter executed;
- floor: the same copy with every code cell removed and every `{glue:...}` role replaced by
  plain text, built the same way: what the framework costs without any of the project's code;
- rebuild: the cold copy built again with nothing changed, so the execution cache is reused;
  timed as `make book` runs it.

It also times what executing the chapters costs before their own code runs (a kernel, the
imports, the chart converter, validating the package), which bounds the cold build.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JB = Path(sys.executable).with_name("jupyter-book")

CODE_CELL = re.compile(r"^```\{code-cell\}.*?^```[ \t]*\n?", re.DOTALL | re.MULTILINE)
GLUE_ROLE = re.compile(r"\{glue(?::[a-z]+)?\}`[^`]*`")
PLACEHOLDER = "N"


def tracked_files(root: Path = ROOT) -> list[Path]:
    out = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, check=True)
    return [Path(name) for name in out.stdout.decode("utf-8").split("\0") if name]


def copy_book(dest: Path, root: Path = ROOT) -> Path:
    """Copy every tracked file, as it is in the working tree, into `dest`."""
    if dest.exists():
        shutil.rmtree(dest)
    for name in tracked_files(root):
        source = root / name
        if not source.is_file():  # deleted in the working tree
            continue
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    return dest


def strip_code(text: str) -> str:
    """A MyST notebook without its code cells, with each glued value replaced by plain text."""
    return GLUE_ROLE.sub(PLACEHOLDER, CODE_CELL.sub("", text))


def make_code_free(book: Path) -> int:
    """Strip every chapter of `book` in place; the number of code cells removed."""
    removed = 0
    for chapter in sorted((book / "chapters").glob("*.md")):
        text = chapter.read_text(encoding="utf-8")
        removed += len(CODE_CELL.findall(text))
        chapter.write_text(strip_code(text), encoding="utf-8")
    return removed


def _env(book: Path) -> dict[str, str]:
    """The environment for commands run in a copy: its own `src` first on the path."""
    book = book.resolve()
    return dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(book / "src"), os.environ.get("PYTHONPATH")])))


def build(book: Path) -> float:
    """Seconds for `jupyter-book build` of `book`, as `make book` runs it; fails loudly.

    The copy's own `src` comes first on the path, so its chapters import the copy's analysis
    package: the package, the figures and the validated-package cache are the copy's, and the
    project's are neither read nor written."""
    book = book.resolve()
    start = time.perf_counter()
    # From the copy's root, as `make book` runs: the configuration names some files from there.
    result = subprocess.run([str(JB), "build", str(book), "--builder", "html"], cwd=book, capture_output=True, text=True, env=_env(book))
    seconds = time.perf_counter() - start
    if result.returncode != 0 or "build succeeded" not in result.stdout:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise RuntimeError(f"building {book} failed")
    return seconds


def build_both(book: Path) -> float:
    """Seconds for both editions, built at once as `make book` builds them
    (`tools/build_editions.py` of the copy); fails loudly."""
    book = book.resolve()
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "tools/build_editions.py", str(book)], cwd=book, capture_output=True, text=True, env=_env(book))
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-4000:] + result.stderr[-4000:])
        raise RuntimeError(f"building both editions of {book} failed")
    return seconds


def make_book_steps(book: Path) -> float:
    """Seconds for what `make book` runs in `book` (validate, cache guard, build), so a rebuild
    is timed as a reader runs it."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "analysis", "validate"], cwd=book, env=_env(book), check=True, capture_output=True)
    guard(book)
    return time.perf_counter() - start + build(book)


def guard(book: Path) -> None:
    """`tools/cache_guard.py` of the copy: records its inputs beside the execution cache."""
    subprocess.run([sys.executable, "tools/cache_guard.py"], cwd=book, env=_env(book), check=True, capture_output=True)


def notebook_seconds(book: Path) -> dict[str, float]:
    """Execution seconds of each chapter in the last build of `book`, from its execution cache."""
    from jupyter_cache import get_cache

    cache = get_cache(str(book / "_build" / ".jupyter_cache"))
    return {Path(r.uri).stem: round(r.data.get("execution_seconds", 0.0), 3) for r in cache.list_cache_records()}


# --- what a chapter costs before its own code runs --------------------------------------------


def kernel_seconds() -> float:
    """Executing a notebook with no code cells, as myst-nb executes a chapter: a kernel started,
    asked for its info and shut down."""
    import nbformat
    from jupyter_cache.executors.utils import single_nb_execution

    notebook = nbformat.v4.new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    start = time.perf_counter()
    result = single_nb_execution(notebook, cwd=str(ROOT), timeout=60, allow_errors=False)
    if result.err is not None:
        raise RuntimeError(result.exc_string)
    return time.perf_counter() - start


CHAPTER_IMPORTS = (
    "from analysis import book; from analysis.pages import needs, network, register, timeline"
)


def _fresh_python(code: str) -> float:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def import_seconds() -> float:
    """Importing what the chapters' first cells import, in a fresh interpreter."""
    return _fresh_python(f"import time; s = time.perf_counter(); {CHAPTER_IMPORTS}; print(time.perf_counter() - s)")


def converter_seconds() -> float:
    """The first chart drawn to SVG in a process (vl-convert starts its JavaScript engine)."""
    spec = '{"data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}'
    return _fresh_python(
        f"import json, time, vl_convert; s = time.perf_counter(); vl_convert.vegalite_to_svg(json.loads('{spec}')); "
        "print(time.perf_counter() - s)"
    )


def validation_seconds() -> float:
    """Loading the validated package in a fresh interpreter, after the imports: what the first
    chapter of a build pays (the later ones take the kept package)."""
    return _fresh_python(
        "import time; from analysis import load; s = time.perf_counter(); load(); print(time.perf_counter() - s)"
    )
