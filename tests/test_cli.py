"""`python -m analysis validate PATH`: a package's descriptor or its folder; any other path is
refused in one line that names it, never with a traceback."""

from __future__ import annotations

import subprocess
import sys

import pytest

from analysis.cli import main


def test_validate_accepts_the_folder_and_the_descriptor(rows, make_package, capsys):
    path = make_package(rows)
    for given in (path, path.parent):
        assert main(["validate", str(given)]) == 0
        assert capsys.readouterr().out == f"{given}: valid\n"


def _not_json(tmp_path):
    path = tmp_path / "sources.csv"
    path.write_text("id,url\ns1,https://example.org\n", encoding="utf-8")
    return path, path


def _binary(tmp_path):
    path = tmp_path / "logo.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return path, path


def _json_list(tmp_path):
    path = tmp_path / "datapackage.json"
    path.write_text("[]", encoding="utf-8")
    return path, path


def _missing(tmp_path):
    return tmp_path / "nowhere.json", tmp_path / "nowhere.json"


def _empty_folder(tmp_path):
    return tmp_path, tmp_path / "datapackage.json"


def _descriptor_is_a_folder(tmp_path):
    (tmp_path / "datapackage.json").mkdir()
    return tmp_path / "datapackage.json", tmp_path / "datapackage.json"


def _below_a_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not a folder\n", encoding="utf-8")
    return path / "datapackage.json", path / "datapackage.json"


@pytest.mark.parametrize("bad", [_missing, _not_json, _binary, _json_list, _empty_folder, _descriptor_is_a_folder, _below_a_file],
                         ids=lambda f: f.__name__.strip("_"))
def test_a_path_without_a_package_is_one_line_naming_it(tmp_path, capsys, bad):
    given, named = bad(tmp_path)
    assert main(["validate", str(given)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.count("\n") == 1 and str(named) in err, err


def test_the_command_prints_no_traceback_for_a_bad_path(tmp_path):
    result = subprocess.run([sys.executable, "-m", "analysis", "validate", str(tmp_path / "nowhere")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr == f"no descriptor at {tmp_path / 'nowhere'}\n"
