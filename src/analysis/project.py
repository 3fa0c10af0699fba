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


def edition_folder(lang: str) -> str:
    """Where an edition lives, in the repository and in the site: the English one at the root,
    the others in a folder named by their language ("nl/")."""
    return "" if lang == "en" else f"{lang}/"


def chapters(edition: str = "") -> list[tuple[str, str]]:
    """Every chapter of an edition (its folder: "" for the English book, "nl/" for the Dutch)
    in the book's order, as (file without suffix, title)."""
    toc = yaml.safe_load((REPO_ROOT / edition / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]] + [c["file"] for part in toc.get("parts", []) for c in part["chapters"]]
    out = []
    for file in files:
        text = (REPO_ROOT / edition / f"{file}.md").read_text(encoding="utf-8")
        title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), file)
        out.append((file, title))
    return out


def binder_url(file: str) -> str:
    """Where a chapter opens as a notebook on Binder, ready to re-run (binder/ holds the environment)."""
    owner_repo = repository_url().split("github.com/", 1)[-1]
    return f"https://mybinder.org/v2/gh/{owner_repo}/main?urlpath=lab/tree/{file}.md"


@lru_cache(maxsize=1)
def site_url() -> str:
    """The published site's address, as the book's configuration gives it (with a trailing slash)."""
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    return str(config["sphinx"]["config"]["html_baseurl"]).rstrip("/") + "/"
