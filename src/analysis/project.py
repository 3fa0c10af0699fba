"""Where the project lives: its repository and the links built from it (read from _config.yml)."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlencode

import yaml

from analysis.package import REPO_ROOT

CONFIG = REPO_ROOT / "_config.yml"


@lru_cache(maxsize=1)
def repository_url() -> str:
    """The repository's address, as the book's configuration gives it (no trailing slash)."""
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    return str(config["repository"]["url"]).rstrip("/")


def correction_url(tie_id: str, label: str) -> str:
    """A pre-filled new-issue address for reporting a correction to one tie of the register."""
    body = (
        f"Tie: {label} (`{tie_id}`)\n\n"
        "What is wrong or missing:\n\n"
        "A public source that shows it (address, publisher, date):\n"
    )
    query = urlencode({"title": f"Correction: {label}", "body": body, "labels": "correction"})
    return f"{repository_url()}/issues/new?{query}"
