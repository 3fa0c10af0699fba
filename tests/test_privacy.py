"""No personal data in the package, the chapters or any other published text.

The detector catches planted e-mail addresses, phone numbers, IBANs and BSNs (all made up),
leaves the codes, dates and ids the package holds alone, and finds nothing in the real
package or in any Markdown or descriptor the project publishes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import load
from analysis.validate import privacy, validate
from analysis.validate.rules.every_resource import no_personal_data

REPO = Path(__file__).resolve().parents[1]

# Made-up examples of each kind (the IBAN and BSN are the standard test numbers).
PERSONAL = [
    ("mail jan.jansen@example.nl today", "e-mail"),
    ("Contact: info+press@gemeente-voorbeeld.nl.", "e-mail"),
    ("j.jansen [at] example [dot] nl", "e-mail"),
    ("mailto:someone@example.org", "e-mail"),
    ("bel 06-12345678", "phone"),
    ("mobile 06 1234 5678", "phone"),
    ("tel. 020 123 4567", "phone"),
    ("010-1234567", "phone"),
    ("tel +31 6 1234 5678", "phone"),
    ("+31 (0)20 123 4567", "phone"),
    ("0031 20 123 4567", "phone"),
    ("tel:+31201234567", "phone"),
    ("call +86 10 6512 3456", "phone"),
    ("+1 212-555-0123", "phone"),
    ("NL91ABNA0417164300", "IBAN"),
    ("account NL91 ABNA 0417 1643 00", "IBAN"),
    ("BSN 111222333", "BSN"),
    ("burgerservicenummer: 1112.22.333", "BSN"),
    ("id 123456782", "BSN"),
]

NOT_PERSONAL = [
    "GM0599", "PV28", "310000", "420100", "2021-03-05", "2023-05", "1979", "1979–2021",
    "rotterdam--shanghai-1979-formalised", "https://nos.nl/artikel/2374836-gemeente", "https://example.org/doc/123456782",
    "https://medium.com/@author/post-1", "1.234.567 inhabitants", "€ 12.345.678", "Ties grew by 12 in 2019-2021.",
    "8 000 km", "+3%", "NL91ABNA0417164301",  # a wrong IBAN checksum
    "123456789",  # fails the BSN eleven-test
    "ISBN 978-90-12345-67-8", "2021-03-05 12:00", "31.2304, 121.4737", "上海市 310000",
]


@pytest.mark.parametrize("text, kind", PERSONAL)
def test_planted_personal_data_is_found(text, kind):
    found = privacy.find(text)
    assert len(found) == 1, found
    assert kind.lower() in found[0].kind.lower()


@pytest.mark.parametrize("text", NOT_PERSONAL)
def test_codes_dates_ids_and_links_are_not_personal_data(text):
    assert privacy.find(text) == []


FOLDED = ["BſN: 1112 22 333", "SOFINUMMER 1112.22.333", "j.jansen (AT) example (DOT) nl"]


@pytest.mark.parametrize("text", [t for t, _ in PERSONAL] + FOLDED)
def test_the_bulk_prefilter_keeps_every_value_find_reports_on(text, monkeypatch):
    """`candidates` skips a pattern when a column lacks what it needs (an @, a bracket, a
    keyword after case folding); it must still keep every value `find` reports on, alone or
    among other values, and keep the same values as without the prefilter."""
    values = ["GM0599", text, "2021-03-05"] + NOT_PERSONAL
    assert privacy.find(text)
    assert privacy.candidates([text]) == [0]
    kept = privacy.candidates(values)
    assert 1 in kept
    monkeypatch.setattr(privacy, "_NEEDS", {})
    assert privacy.candidates(values) == kept


def test_a_finding_is_masked_in_messages():
    (finding,) = privacy.find("mail jan.jansen@example.nl")
    assert "jan.jansen@example.nl" not in str(finding)
    assert str(finding).startswith("looks like an e-mail address")


def test_validate_rejects_personal_data_in_any_text_field(rows, make_package):
    rows["events"][1]["description"] = "Ask the clerk on 06-12345678."
    rows["authorities"][4]["notes"] = "Press office: press@example.org"
    problems = [p for p in validate(make_package(rows)) if "looks like" in p.message]
    assert {(p.resource, p.row, p.field) for p in problems} == {("events", 3, "description"), ("authorities", 6, "notes")}


def test_the_real_package_holds_no_personal_data():
    assert list(no_personal_data(load())) == []


def published_texts() -> list[Path]:
    """Every Markdown file and descriptor the project publishes or ships."""
    files = sorted(REPO.glob("*.md")) + sorted((REPO / "chapters").glob("*.md"))
    files += sorted((REPO / "datapackage").rglob("*.md")) + sorted((REPO / "bench").glob("*.md"))
    files += [REPO / "datapackage" / "datapackage.json", REPO / "_config.yml", REPO / "CITATION.cff"]
    return [f for f in files if f.exists()]


def scan(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [f"{path.name}:{text.count(chr(10), 0, text.find(f.text)) + 1}: {f}" for f in privacy.find(text)]


def test_chapters_and_documents_hold_no_personal_data():
    files = published_texts()
    assert any(f.parent.name == "chapters" for f in files) and (REPO / "README.md") in files
    problems = [line for path in files for line in scan(path)]
    assert problems == []


def test_the_document_scan_finds_planted_data(tmp_path):
    page = tmp_path / "chapter.md"
    page.write_text("# A chapter\n\nWrite to j.jansen@example.nl or call 06-12345678.\n", encoding="utf-8")
    assert [line.split(": ", 1)[0] for line in scan(page)] == ["chapter.md:3", "chapter.md:3"]
