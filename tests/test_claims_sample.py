"""The audit sampler: every claim the register makes, each with its cited sources; a sample that
its seed reproduces."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

from analysis import load

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("claims_sample", ROOT / "tools" / "claims_sample.py")
claims_sample = importlib.util.module_from_spec(spec)
spec.loader.exec_module(claims_sample)


def test_every_claim_of_the_register_is_drawn_with_its_source(rows, make_package):
    every = claims_sample.claims(load(make_package(rows)))
    kinds = Counter(c["kind"] for c in every)
    # Three events, two ties (each founded, typed and with a status), no decisions in the base rows.
    assert kinds == {"event": 3, "tie founding": 2, "tie type": 2, "tie status": 2}
    status = next(c for c in every if c["kind"] == "tie status" and c["id"] == "arnhem--wuhan")
    assert status["claim"].endswith("is ended, last confirmed 2021-03-05")
    assert status["quote"] == "De stedenband met Wuhan stopt." and status["sources"][0]["id"] == "s-news"


def test_the_sample_is_reproduced_by_its_seed():
    def draw(seed: int) -> list[str]:
        out = subprocess.run([sys.executable, "tools/claims_sample.py", "--seed", str(seed), "--n", "5"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
        return [c["id"] + c["kind"] for c in json.loads(out)["sample"]]

    assert draw(7) == draw(7) and draw(7) != draw(8)
