"""Sphinx extension: write a page for every tie and every authority before Sphinx looks for documents.

The pages are plain MyST Markdown rendered from the validated package by `analysis.profiles`
(no notebook, nothing to execute), written into chapters/ties/ and chapters/authorities/. They
are orphans: the register, the other pages and the site search lead to them, the navigation
does not (it is written into every page, and would grow with every page). Only pages whose text
changed are rewritten, so a rebuild with nothing changed rereads none of them.

A book without a register chapter (a test book, say) gets no pages.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging

logger = logging.getLogger(__name__)
FOLDERS = ("ties", "authorities")


def write_pages(app: Sphinx, config: Config) -> None:
    chapters = Path(app.srcdir) / "chapters"
    if not (chapters / "register.md").is_file():
        return
    from analysis import profiles
    from analysis.model.views import Views
    from analysis.package import load_validated

    written = profiles.write(Views(load_validated(), config.language or "en"), chapters)
    logger.info("[profiles] %d page(s) written", len(written))
    # The table of contents leaves out every document it does not list; these it must not.
    generated = tuple(f"chapters/{folder}/" for folder in FOLDERS)
    config["exclude_patterns"] = [p for p in config["exclude_patterns"] if not str(p).startswith(generated)]


def setup(app: Sphinx) -> dict:
    # After the table of contents is read (priority 900), which adds to exclude_patterns.
    app.connect("config-inited", write_pages, priority=950)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
