"""Citation metadata: valid CFF, one version everywhere, Zenodo metadata that match."""

from __future__ import annotations

import json
import subprocess
import tomllib
from pathlib import Path

from analysis import citation
from analysis.package import load

REPO = Path(__file__).resolve().parents[1]
CFFCONVERT = REPO / ".venv-cff" / "bin" / "cffconvert"


def test_citation_cff_is_valid_according_to_cffconvert():
    assert CFFCONVERT.exists(), "make test installs cffconvert into .venv-cff"
    result = subprocess.run([str(CFFCONVERT), "--validate", "-i", str(citation.CITATION)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_zenodo_metadata_match_the_citation():
    result = subprocess.run([str(CFFCONVERT), "-i", str(citation.CITATION), "-f", "zenodo"], capture_output=True, text=True, check=True)
    expected = json.loads(result.stdout)
    zenodo = json.loads(citation.ZENODO.read_text(encoding="utf-8"))
    for key in ("title", "version", "publication_date", "description", "keywords"):
        assert zenodo[key] == expected[key], key
    assert [c["name"] for c in zenodo["creators"]] == [c["name"] for c in expected["creators"]]
    assert zenodo["license"] == expected["license"]["id"]


def test_one_version_everywhere():
    cff = citation.citation()
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert cff["version"] == load().descriptor["version"] == pyproject["project"]["version"]
    assert cff["version"] in (REPO / "CHANGELOG.md").read_text(encoding="utf-8")


def test_the_book_citation_names_title_version_and_year():
    cff = citation.citation()
    text = citation.text(cff)
    assert cff["title"] in text and cff["version"] in text and str(cff["date-released"])[:4] in text
    bib = citation.bibtex(cff)
    assert bib.startswith("@misc{") and f"version = {{{cff['version']}}}" in bib and bib.endswith("}")


def test_the_pages_workflow_builds_strictly_and_publishes_on_tags():
    import yaml

    flow = yaml.safe_load((REPO / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    triggers = flow[True] if True in flow else flow["on"]  # YAML 1.1 reads the key `on` as True
    assert triggers["push"]["tags"] == ["v*"]
    steps = flow["jobs"]["build"]["steps"]
    runs = [s.get("run") for s in steps if "run" in s]
    assert "make book-strict" in runs
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "_build/html"
    assert flow["jobs"]["deploy"]["needs"] == "build"
