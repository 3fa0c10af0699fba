"""Survey ingest: every export here is synthetic, made up in this file; none is real."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import cli, load
from analysis.survey import InvalidExport, ingest

CODEBOOK = pd.DataFrame(
    {
        "id": ["origin", "themes", "need_guidance"],
        "order": [1, 2, 3],
        "answer_type": ["single", "multiple", "yes_no"],
        "codes": ["economic;personal;other", "trade;culture;water", "yes;no"],
    }
)
HEADER = "Respondent ID,E-mail,Name,IP Address,authority_code,origin,themes,need_guidance"


def synthetic_export(answers: list[tuple[str, str, str]]) -> str:
    """An export with one row per (origin, themes, need_guidance) answer and fake identifiers."""
    lines = [HEADER]
    for i, (origin, themes, guidance) in enumerate(answers, start=1):
        lines.append(f'{1000 + i},person{i}@example.org,Person {i},10.0.0.{i},GM{i:04d},{origin},"{themes}",{guidance}')
    return "\n".join(lines) + "\n"


# 12 respondents: origin economic 7, personal 4, other 1; themes trade 10, culture 5, water 3;
# guidance yes 6, no 6.
ANSWERS = (
    [("economic", "trade;culture", "yes")] * 5
    + [("economic", "trade", "no")] * 2
    + [("personal", "trade;water", "no")] * 2
    + [("personal", "trade", "yes")]
    + [("personal", "water", "no")]
    + [("other", "", "")]
)


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(synthetic_export(ANSWERS), encoding="utf-8")
    return path


def _cell(published: pd.DataFrame, question: str, code: str) -> pd.Series:
    return published.set_index(["question_id", "code"]).loc[(question, code)]


def test_ingest_drops_identifiers_and_keeps_answers(export, tmp_path):
    out = tmp_path / "out"
    ingest(export, out, CODEBOOK)
    responses = pd.read_csv(out / "responses.csv", dtype=str, keep_default_na=False)
    assert list(responses.columns) == ["response", "authority_code", "origin", "themes", "need_guidance"]
    assert len(responses) == 12
    written = (out / "responses.csv").read_text() + (out / "published.csv").read_text()
    for marker in ("example.org", "Person 1", "10.0.0.", "1001"):
        assert marker not in written


def test_counts_and_small_cells_are_suppressed(export, tmp_path):
    published = ingest(export, tmp_path / "out", CODEBOOK)["published.csv"]
    assert _cell(published, "themes", "trade")["respondents"] == 10
    assert _cell(published, "themes", "culture")["respondents"] == 5
    assert _cell(published, "themes", "water")["suppressed"]  # 3 respondents
    assert pd.isna(_cell(published, "themes", "water")["respondents"])
    assert _cell(published, "themes", "trade")["base"] == 11  # one left it empty
    assert _cell(published, "need_guidance", "yes")["respondents"] == 6
    assert _cell(published, "need_guidance", "yes")["share"] == pytest.approx(6 / 11, abs=0.001)


def test_a_lone_small_cell_takes_a_second_one_with_it(tmp_path):
    # guidance: 10 yes, 2 no -> only "no" is small, but base - yes would reveal it.
    answers = [("economic", "trade", "yes")] * 10 + [("economic", "trade", "no")] * 2
    path = tmp_path / "one_small.csv"
    path.write_text(synthetic_export(answers), encoding="utf-8")
    published = ingest(path, tmp_path / "out", CODEBOOK)["published.csv"]
    assert _cell(published, "need_guidance", "no")["suppressed"]
    assert _cell(published, "need_guidance", "yes")["suppressed"], "yes = base - no would reveal the small cell"
    # themes is multiple choice: counts do not add up to the base, so no second suppression
    assert not _cell(published, "themes", "trade")["suppressed"]


def test_a_base_below_the_threshold_hides_the_whole_question(tmp_path):
    path = tmp_path / "few.csv"
    path.write_text(synthetic_export([("economic", "trade", "yes")] * 4), encoding="utf-8")
    published = ingest(path, tmp_path / "out", CODEBOOK)["published.csv"]
    assert published["suppressed"].all()
    assert published["base"].isna().all()


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda t: t.replace(",economic,", ",economical,", 1), ":2:origin: 'economical' is not a code"),
        (lambda t: t.replace(",economic,", ",economic;personal,", 1), ":2:origin: 'economic;personal': one answer expected"),
        (lambda t: t.replace(",need_guidance", ",guidance_needed"), ":1:guidance_needed: column is neither"),
        (lambda t: t.replace(",need_guidance", ",need_guidance,Notes"), ":2:: 8 cells, the header has 9"),
        (lambda t: t.replace("GM0002", "Gemeente X"), ":3:authority_code: 'Gemeente X' is not a CBS code"),
        (lambda t: t.replace("GM0002", "GM0001"), ":3:authority_code: 'GM0001' responded more than once"),
        (lambda t: t.replace(",yes\n", ",call 06 12345678\n", 1), "not a code of this question"),
        (lambda t: t.replace("authority_code,", "", 1), ":2:: 8 cells, the header has 7"),
        (lambda t: t.split("\n")[0] + "\n", "::: no responses"),
    ],
)
def test_malformed_exports_are_rejected_and_nothing_is_written(export, tmp_path, mutate, expected):
    export.write_text(mutate(export.read_text()), encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(InvalidExport) as caught:
        ingest(export, out, CODEBOOK)
    assert expected in str(caught.value)
    assert str(export) in str(caught.value)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"], "no staging directory left behind"


def test_contact_details_in_an_answer_are_refused(tmp_path):
    codebook = pd.DataFrame({"id": ["need_guidance"], "order": [1], "answer_type": ["multiple"], "codes": ["yes;mail me at a@b.org"]})
    path = tmp_path / "e.csv"
    path.write_text("authority_code,need_guidance\nGM0001,mail me at a@b.org\n", encoding="utf-8")
    with pytest.raises(InvalidExport, match="e-mail address or phone number"):
        ingest(path, tmp_path / "out", codebook)


def test_not_utf8_is_rejected_and_a_byte_order_mark_is_accepted(export, tmp_path):
    text = synthetic_export(ANSWERS)
    export.write_bytes(text.replace("Person 1,", "Pérson 1,").encode("latin-1"))
    with pytest.raises(InvalidExport, match="not UTF-8"):
        ingest(export, tmp_path / "out", CODEBOOK)
    export.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    files = ingest(export, tmp_path / "out", CODEBOOK)
    assert list(files["responses.csv"].columns)[1] == "authority_code"


def test_an_existing_output_directory_is_never_overwritten(export, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    with pytest.raises(InvalidExport, match="already exists"):
        ingest(export, out, CODEBOOK)
    assert [p.name for p in out.iterdir()] == ["keep.txt"]


def test_a_failure_while_writing_leaves_nothing(export, tmp_path, monkeypatch):
    calls = []
    original = pd.DataFrame.to_csv

    def failing(self, path, *args, **kwargs):
        calls.append(path)
        if len(calls) == 2:
            raise OSError("disk full")
        return original(self, path, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_csv", failing)
    with pytest.raises(OSError, match="disk full"):
        ingest(export, tmp_path / "out", CODEBOOK)
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def _real_export(tmp_path, fill: str):
    """A synthetic export for the package's own codebook: every respondent gives the first code."""
    codebook = load()["codebook"].sort_values("order")
    header = ["Email", "authority_code"] + list(codebook["id"])
    lines = [",".join(header)]
    for i in range(6):
        answers = [row.codes.split(";")[0] for row in codebook.itertuples()]
        lines.append(",".join([f"x{i}@example.org", f"GM{i + 1:04d}"] + answers))
    if fill:
        lines[1] = lines[1].replace(f",{codebook['codes'].iloc[0].split(';')[0]},", f",{fill},", 1)
    path = tmp_path / "export.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_command_line_ingest_with_the_package_codebook(tmp_path, capsys):
    path = _real_export(tmp_path, "")
    assert cli.main(["survey", "ingest", str(path), "--out", str(tmp_path / "res")]) == 0
    assert "6 response(s)" in capsys.readouterr().out
    published = pd.read_csv(tmp_path / "res" / "published.csv")
    assert set(published["question_id"]) == set(load()["codebook"]["id"])


def test_command_line_reports_problems_and_exits_1(tmp_path, capsys):
    path = _real_export(tmp_path, "no_such_code")
    assert cli.main(["survey", "ingest", str(path)]) == 1
    err = capsys.readouterr().err
    assert f"{path}:2:origin: 'no_such_code' is not a code" in err
    assert "nothing written" in err
    assert not (tmp_path / "export-ingested").exists()
