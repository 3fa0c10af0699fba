"""Rules on dates, order of events, source URLs and the files themselves, each at resource:row:field."""

from __future__ import annotations

import pytest

from analysis.validate import validate
from analysis.validate.rules.sources import url_problem


def located(problems):
    return {(p.resource, p.row, p.field) for p in problems}


@pytest.mark.parametrize("resource, index, column, value", [
    ("published_counts", 0, "as_of", "2023-02-29"),
    ("published_counts", 0, "since", "2021-13"),
    ("partnerships", 0, "status_as_of", "2023-04-31"),
    ("authorities", 1, "valid_until", "2023-00"),
])
def test_every_partial_date_must_be_a_real_date(rows, make_package, resource, index, column, value):
    rows[resource][index][column] = value
    problems = [p for p in validate(make_package(rows)) if "not a real date" in p.message]
    assert located(problems) == {(resource, index + 2, column)}


def test_a_leap_day_is_a_real_date(rows, make_package):
    rows["published_counts"][0]["as_of"] = "2024-02-29"
    rows["sources"][1]["published"] = "2024-02-29"
    rows["partnerships"][0]["status_as_of"] = "2024-02-29"
    assert validate(make_package(rows)) == []


def test_a_tie_cannot_end_before_its_founding_year(rows, make_package):
    rows["events"] = [e for e in rows["events"] if e["type"] != "formalised" or e["partnership_id"] != "arnhem--wuhan"]
    rows["events"][-1]["date"] = "1998-06"  # established 1999
    problems = validate(make_package(rows))
    assert ("events", 3, "date") in located(problems)
    assert "before the tie began (1999-01-01)" in next(p.message for p in problems if p.field == "date")


def test_a_tie_cannot_end_before_it_was_signed(rows, make_package):
    rows["partnerships"][1]["established"] = ""
    rows["events"][2]["date"] = "1998"  # formalised 1999
    assert ("events", 4, "date") in located(validate(make_package(rows)))


def test_a_tie_may_end_in_the_year_it_began(rows, make_package):
    rows["events"][1]["date"] = "2021-01"
    rows["partnerships"][1]["established"] = "2021"
    assert validate(make_package(rows)) == []


def test_a_count_cannot_start_after_its_date(rows, make_package):
    rows["published_counts"][0]["since"] = "2023-06"  # as_of 2023-05-01
    assert located(validate(make_package(rows))) == {("published_counts", 2, "since")}


@pytest.mark.parametrize("url", [
    "https://example.org/news/1", "http://example.org", "https://www.example.nl/a/b?c=d#e",
    "https://例子.中国/页面", "https://example.org:8443/x", "https://192.0.2.1/report.pdf",
])
def test_well_formed_urls_pass(url):
    assert url_problem(url) is None


@pytest.mark.parametrize("url", [
    "https:///no-host", "https://", "ftp://example.org/file", "example.org/page", "https://localhost/page",
    "https://exa_mple.org", "https://-example.org", "https://example.org:99999/", "https://exa mple.org",
    "https://example.org/a\tb", "https://[::1/", "javascript:alert(1)", "https://example.123",
])
def test_malformed_urls_are_named(url):
    assert url_problem(url)


def test_malformed_source_url_is_rejected(rows, make_package):
    rows["sources"][2]["url"] = "https:///geo"
    problems = validate(make_package(rows))
    assert located(problems) == {("sources", 4, "url")}
    assert "has no host" in problems[0].message


def test_crlf_and_byte_order_mark_are_rejected_with_the_fix(rows, make_package):
    path = make_package(rows)
    data = path.parent / "data"
    (data / "events.csv").write_bytes((data / "events.csv").read_bytes().replace(b"\n", b"\r\n"))
    (data / "sources.csv").write_bytes(b"\xef\xbb\xbf" + (data / "sources.csv").read_bytes())
    messages = {(p.resource, p.row, p.field): p.message for p in validate(path)}
    assert "save the file with LF line ends" in messages[("events", 1, "quote_en")]  # the last field, where the line ends
    assert "save it as UTF-8 without one" in messages[("sources", 1, "id")]


def test_columns_out_of_order_are_rejected(rows, make_package):
    path = make_package(rows)
    target = path.parent / "data" / "timeline.csv"
    lines = target.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    header[1], header[2] = header[2], header[1]
    target.write_text(",".join(header) + "\n", encoding="utf-8")
    problems = validate(path)
    assert located(problems) == {("timeline", 1, header[1])}
    assert "order" in problems[0].message


def test_an_authority_cannot_lie_within_itself(rows, make_package):
    authorities = rows["authorities"]
    province = next(a for a in authorities if a["country"] == "NL" and a["level"] == "province")
    child = next(a for a in authorities if a.get("parent_id") == province["id"])
    province["parent_id"] = child["id"]
    problems = [p for p in validate(make_package(rows)) if "comes back to" in p.message]
    index = authorities.index(province)
    assert ("authorities", index + 2, "parent_id") in located(problems)
