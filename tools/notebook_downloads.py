"""Sphinx extension: each chapter's notebook is published, with the chapter's outputs.

myst-nb writes each chapter's notebook into `_build/jupyter_execute`; this publishes it as
`_sources/<chapter>.ipynb`, which the downloads page links for researchers (reader pages carry no
download button). For a chapter it executes itself,
that notebook has the outputs; for a chapter whose outputs it takes from the execution cache
(every chapter, once `execute_chapters` has run them), it writes the notebook without them. Once
every chapter is read, this merges the cached outputs into those files, so the download is
the executed notebook either way.
"""

from __future__ import annotations

from pathlib import Path

import nbformat


def fill_outputs(app, env) -> None:
    config = getattr(env, "mystnb_config", None)
    if config is None or config.execution_mode != "cache":
        return
    from jupyter_cache import get_cache

    cache = get_cache(config.execution_cache_path)
    folder = Path(config.output_folder)
    for docname in sorted(env.found_docs):
        path = folder.joinpath(*docname.split("/")).with_suffix(".ipynb")
        if not path.is_file():
            continue
        notebook = nbformat.read(path, as_version=4)
        if not any(cell.cell_type == "code" for cell in notebook.cells):
            continue
        try:
            _, merged = cache.merge_match_into_notebook(notebook)
        except KeyError:  # not in the cache: myst-nb executed it and wrote its outputs
            continue
        path.write_text(nbformat.writes(merged), encoding="utf-8")


def publish(app, exception) -> None:
    """Copy every chapter's notebook to _sources/ in the built site."""
    config = getattr(app.env, "mystnb_config", None)
    if exception is not None or config is None or app.builder.format != "html":
        return
    folder = Path(config.output_folder)
    for path in sorted(folder.rglob("*.ipynb")):
        target = Path(app.outdir) / "_sources" / path.relative_to(folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        data = path.read_bytes()
        if not target.is_file() or target.read_bytes() != data:
            target.write_bytes(data)


def setup(app):
    app.connect("env-updated", fill_outputs)
    app.connect("build-finished", publish)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
