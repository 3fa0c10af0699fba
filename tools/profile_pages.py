"""Sphinx extension: write a page for every tie and every authority before Sphinx looks for documents.

The pages are plain MyST Markdown rendered from the validated package by `analysis.profiles`
(no notebook, nothing to execute), written into chapters/ties/ and chapters/authorities/, which
the table of contents takes in by glob. Only pages whose text changed are rewritten, so a rebuild
with nothing changed rereads none of them.
"""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)


def write_pages(app: Sphinx) -> None:
    from analysis import profiles
    from analysis.model.views import Views
    from analysis.package import load_validated

    # Only a book whose table of contents takes the pages in gets them (a test book may not).
    globs = set(app.config.external_site_map.globs()) if getattr(app.config, "external_site_map", None) else set()
    if f"chapters/{profiles.TIES}/*" not in globs:
        return
    written = profiles.write(Views(load_validated()), Path(app.srcdir) / "chapters")
    logger.info("[profiles] %d page(s) written", len(written))


def setup(app: Sphinx) -> dict:
    app.connect("builder-inited", write_pages)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
