"""The changelog's data section regenerates from two versions of the package."""

from __future__ import annotations

import copy

import pytest

from analysis import changelog
from analysis.cli import main
from analysis.package import load
from conftest import BASE_ROWS, write_package

CHANGELOG = f"""# Changelog

## [2026.12.0]

### Data

{changelog.START}
stale text
{changelog.END}

## [2026.11.0]
"""


@pytest.fixture
def versions(tmp_path):
    old_rows = copy.deepcopy(BASE_ROWS)
    new_rows = copy.deepcopy(BASE_ROWS)
    new_rows["sources"][0]["title"] = "A news item, corrected title"
    new_rows["published_counts"] = []
    new_rows["events"].append(
        {"id": "rotterdam--shanghai-2019-visit", "partnership_id": "rotterdam--shanghai", "date": "2019",
         "type": "visit", "description": "A delegation visits.", "source_id": "s-gov"}
    )
    return write_package(tmp_path / "old", old_rows), write_package(tmp_path / "new", new_rows)


def test_diff_finds_rows_added_changed_and_removed(versions):
    old, new = (load(p) for p in versions)
    by_name = {d.resource: d for d in changelog.diff(old, new)}
    assert by_name["events"].added == ["rotterdam--shanghai-2019-visit"]
    assert by_name["sources"].changed == ["s-news"]
    assert by_name["published_counts"].removed == ["count-2023"]
    assert by_name["partnerships"].empty


def test_the_section_regenerates_in_place_from_two_versions(versions, tmp_path):
    path = tmp_path / "CHANGELOG.md"
    path.write_text(CHANGELOG, encoding="utf-8")
    old_path, new_path = versions
    assert main(["changelog", "--old", str(old_path), "--changelog", str(path), str(new_path)]) == 0
    text = path.read_text(encoding="utf-8")
    assert "stale text" not in text
    assert "| events | 1 | 0 | 0 |" in text
    assert "| sources | 0 | 1 | 0 |" in text
    assert "| published_counts | 0 | 0 | 1 |" in text
    assert "- events, added: `rotterdam--shanghai-2019-visit`" in text
    assert text.startswith("# Changelog") and text.rstrip().endswith("## [2026.11.0]")
    # Regenerating again changes nothing: the section is a pure function of the two versions.
    main(["changelog", "--old", str(old_path), "--changelog", str(path), str(new_path)])
    assert path.read_text(encoding="utf-8") == text


def test_a_first_release_counts_every_row_as_added(versions):
    new = load(versions[1])
    section = changelog.markdown(changelog.diff(None, new), "an empty package", list_ids=False)
    assert f"| events | {len(new['events'])} | 0 | 0 |" in section
    assert "added:" not in section


def test_a_changelog_without_markers_is_refused():
    with pytest.raises(ValueError, match="no generated data section"):
        changelog.replace_section("# Changelog\n", "x\n")


def test_the_committed_changelog_is_current():
    """CHANGELOG.md's data section is what `make changelog` would write now."""
    from analysis.package import REPO_ROOT

    text = (REPO_ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    section = text.split(changelog.START, 1)[1].split(changelog.END, 1)[0].lstrip("\n")
    if "an empty package (first release)" in section:
        expected = changelog.markdown(changelog.diff(None, load()), "an empty package (first release)", list_ids=False)
    else:
        ref = section.split("release `", 1)[1].split("`", 1)[0]
        old, tmp = changelog.package_at(ref)
        expected = changelog.markdown(changelog.diff(old, load()), f"release `{ref}`")
        tmp.cleanup()
    assert section == expected, "run `make changelog` and commit CHANGELOG.md"
