"""Sphinx extension: execute the chapters in one kernel, before Sphinx reads them.

myst-nb executes each chapter that is not in the execution cache in a kernel of its own:
starting the kernel and importing pandas, Altair and the analysis package cost every chapter
about a second before its own code runs. Before Sphinx reads the documents, this executes
every chapter it is about to read that the cache does not hold, one after another in a single
kernel, each in a fresh namespace and in its own folder (as myst-nb runs it), and stores each
executed notebook in the cache under the hash myst-nb looks up. myst-nb then takes every
chapter's outputs from the cache and starts no kernel.

The chapters still execute on every cold build, in full; what they share is the kernel
process, so modules imported by one chapter are already imported for the next. A chapter that
raises stops the build, naming the chapter and the cell. A chapter in another kernel than the
first one's is left to myst-nb, as before.
"""

from __future__ import annotations

import copy
import time
from pathlib import Path

import nbformat
import yaml
from jupyter_cache import get_cache
from jupyter_cache.base import CacheBundleIn
from myst_nb.core.read import read_myst_markdown_notebook
from myst_parser.config.main import MdParserConfig


def is_notebook(text: str) -> bool:
    """A MyST Markdown notebook, as myst-nb recognises one: front matter naming a kernel."""
    if not text.startswith("---"):
        return False
    front = yaml.safe_load(text.split("---", 2)[1]) or {}
    return "kernelspec" in front


def read_notebook(path: Path) -> nbformat.NotebookNode:
    """The notebook myst-nb makes of a chapter (same code cells and kernel, hence same hash)."""
    return read_myst_markdown_notebook(path.read_text(encoding="utf-8"), MdParserConfig(), add_source_map=True, path=path)


def pending(paths: list[Path], cache_path: Path) -> list[tuple[Path, nbformat.NotebookNode]]:
    """The chapters among `paths` with code that the execution cache does not hold yet, in the
    kernel the first of them names (a chapter in another kernel is left to myst-nb)."""
    cache = get_cache(str(cache_path))
    out = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if not is_notebook(text):
            continue
        notebook = read_notebook(path)
        if not any(cell.cell_type == "code" for cell in notebook.cells):
            continue
        try:
            cache.match_cache_notebook(notebook)
        except KeyError:
            out.append((path, notebook))
    kernels = [kernel_name(notebook) for _, notebook in out]
    return [chapter for chapter, kernel in zip(out, kernels) if kernel == kernels[0]]


def kernel_name(notebook: nbformat.NotebookNode) -> str:
    return notebook.metadata.get("kernelspec", {}).get("name", "python3")


class ChapterFailed(Exception):
    pass


def execute_all(chapters: list[tuple[Path, nbformat.NotebookNode]], timeout: int, allow_errors: bool) -> list[tuple[Path, nbformat.NotebookNode, float]]:
    """Execute each chapter in one shared kernel, each with a fresh namespace and its own
    folder as working directory (set by a cell run before the chapter's own, then dropped)."""
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    manager = KernelManager(kernel_name=kernel_name(chapters[0][1]))
    manager.start_kernel()
    client = None
    done = []
    try:
        for path, notebook in chapters:
            folder = str(path.parent.resolve())
            work = copy.deepcopy(notebook)
            work.cells.insert(0, nbformat.v4.new_code_cell(f"%reset -f\nimport os as _os\n_os.chdir({folder!r})\ndel _os"))
            # No timing metadata on the cells: jupyter-cache hashes cell metadata, and myst-nb
            # records none either.
            runner = NotebookClient(
                work, km=manager, timeout=timeout, allow_errors=allow_errors, record_timing=False,
                resources={"metadata": {"path": folder}},
            )
            runner.kc = client
            start = time.perf_counter()
            try:
                runner.execute()
            except CellExecutionError as exc:
                raise ChapterFailed(f"{path}: a cell raised an error\n{exc}") from exc
            client = runner.kc
            # The executed cells, and the metadata execution adds (the kernel's language_info,
            # which sets the highlighting of code on the page).
            notebook.cells = work.cells[1:]
            notebook.metadata = work.metadata
            renumber(notebook)
            done.append((path, notebook, time.perf_counter() - start))
    finally:
        if client is not None:
            client.stop_channels()
        manager.shutdown_kernel(now=True)
    return done


def renumber(notebook: nbformat.NotebookNode) -> None:
    """Execution counts from 1, as a chapter executed in a kernel of its own has them (the
    shared kernel counts on across chapters)."""
    count = 0
    for cell in notebook.cells:
        if cell.cell_type != "code" or cell.get("execution_count") is None:
            continue
        count += 1
        cell.execution_count = count
        for output in cell.get("outputs", []):
            if "execution_count" in output:
                output["execution_count"] = count


def store(cache_path: Path, executed: list[tuple[Path, nbformat.NotebookNode, float]]) -> None:
    cache = get_cache(str(cache_path))
    for path, notebook, seconds in executed:
        cache.cache_notebook_bundle(
            CacheBundleIn(notebook, str(path), data={"execution_seconds": seconds}), check_validity=False, overwrite=True
        )


def execute_before_reading(app, env, docnames: list[str]) -> None:
    """Sphinx `env-before-read-docs`: execute the Markdown notebooks about to be read."""
    from sphinx.errors import ExtensionError
    from sphinx.util import logging

    config = getattr(env, "mystnb_config", None)
    if config is None or config.execution_mode != "cache":
        return
    source = Path(app.srcdir)
    paths = [source / f"{name}.md" for name in sorted(docnames) if (source / f"{name}.md").is_file()]
    chapters = pending(paths, Path(config.execution_cache_path))
    if not chapters:
        return
    start = time.perf_counter()
    try:
        executed = execute_all(chapters, config.execution_timeout, config.execution_allow_errors)
    except ChapterFailed as exc:
        raise ExtensionError(str(exc)) from exc
    store(Path(config.execution_cache_path), executed)
    logging.getLogger(__name__).info(f"{len(executed)} chapter(s) executed in one kernel in {time.perf_counter() - start:.1f} s")


def setup(app):
    app.connect("env-before-read-docs", execute_before_reading)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
