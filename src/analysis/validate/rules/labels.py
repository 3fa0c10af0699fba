"""Rules on the labels of codes: every coded value has an English and a Dutch label."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from analysis.tables import Package, tabular_resources
from analysis.validate.problems import Problem
from analysis.validate.rules.cells import has
from analysis.validate.rules.registry import rule
from analysis.vocabulary import split_ids

LABELS = "labels"


def _labelled(package: Package) -> dict[str, set[str]]:
    """The codes of each vocabulary that have both labels."""
    table = package[LABELS]
    both = table["label_en"].notna() & table["label_nl"].notna()
    out: dict[str, set[str]] = {}
    for vocabulary, code in zip(table.loc[both, "vocabulary"], table.loc[both, "code"]):
        out.setdefault(vocabulary, set()).add(code)
    return out


def _coded_fields(package: Package) -> Iterable[tuple[str, dict]]:
    for resource in tabular_resources(package.descriptor):
        if resource["name"] == LABELS:
            continue
        for field in resource.get("schema", {}).get("fields", []):
            yield resource["name"], field


@rule
def coded_fields_name_their_vocabulary(package: Package) -> Iterable[Problem]:
    """A field with a fixed list of values (`enum`) names the vocabulary its labels are kept in."""
    for name, field in _coded_fields(package):
        if "enum" in field.get("constraints", {}) and not field.get("vocabulary"):
            yield Problem(name, None, field["name"], "a field with fixed values needs a 'vocabulary' naming its labels")


@rule
def coded_values_have_labels(package: Package) -> Iterable[Problem]:
    """Every code a coded field holds (each of a ';'-separated list), and every value its schema
    allows, has an English and a Dutch label in `labels` under the field's vocabulary."""
    if not has(package, LABELS):
        return
    labelled = _labelled(package)
    for name, field in _coded_fields(package):
        vocabulary = field.get("vocabulary")
        if not vocabulary or name not in package.tables or field["name"] not in package[name]:
            continue
        known = labelled.get(vocabulary, set())
        for value in field.get("constraints", {}).get("enum", []):
            if str(value) not in known:
                yield Problem(LABELS, None, "code", f"{value!r}, allowed in {name}.{field['name']}, has no English and Dutch label in vocabulary {vocabulary!r}")
        column = package[name][field["name"]]
        # Each distinct value is looked at once and reported on every row that holds it.
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        for k, value in enumerate(uniques.to_numpy(dtype=object)):
            missing = [code for code in split_ids(value) if code not in known]
            for position in (codes == k).nonzero()[0] if missing else ():
                for code in missing:
                    yield Problem(name, int(position) + 2, field["name"], f"{code!r} has no English and Dutch label in vocabulary {vocabulary!r} (add it to labels.csv)")
