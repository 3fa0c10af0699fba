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


def correction_url(tie_id: str, label: str, what: str = "Tie") -> str:
    """A pre-filled new-issue address for reporting a correction to one tie of the register (or,
    with `what`, to another row, such as an authority)."""
    body = (
        f"{what}: {label} (`{tie_id}`)\n\n"
        "What is wrong or missing:\n\n"
        "A public source that shows it (address, publisher, date):\n"
    )
    query = urlencode({"title": f"Correction: {label}", "body": body, "labels": "correction"})
    return f"{repository_url()}/issues/new?{query}"


def missing_tie_url() -> str:
    """A pre-filled new-issue address for reporting a tie the register lacks."""
    body = (
        "The tie (Dutch authority and Chinese partner):\n\n"
        "A public source that shows it (address, publisher, date):\n"
    )
    query = urlencode({"title": "Missing tie: ", "body": body, "labels": "correction"})
    return f"{repository_url()}/issues/new?{query}"
