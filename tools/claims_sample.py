"""Draw a random sample of the package's claims for an audit against their cited sources.

Every claim the register makes is one of: an event, a decision, a tie's founding year, its type
or its status. Each is written as a reader meets it, with the source(s) it cites and the words
recorded from them. The sample is reproducible from its seed:

    python tools/claims_sample.py --seed 20261206 --n 25 > sample.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys

import pandas as pd

from analysis.package import load_validated
from analysis.vocabulary import split_ids


def _text(value: object) -> str:
    return "" if pd.isna(value) else str(value)


def claims(package) -> list[dict]:
    sources = package["sources"].set_index("id")
    ties = package["partnerships"]
    events = package["events"]
    out: list[dict] = []

    def cited(ids: list[str]) -> list[dict]:
        return [{"id": i, "url": sources.loc[i, "url"], "title": sources.loc[i, "title"],
                 "publisher": sources.loc[i, "publisher"], "published": _text(sources.loc[i, "published"])}
                for i in dict.fromkeys(ids) if i in sources.index]

    for e in events.itertuples():
        out.append({"kind": "event", "id": e.id, "claim": f"On {e.date} ({e.type}): {e.description}",
                    "quote": _text(e.quote), "quote_en": _text(e.quote_en), "sources": cited([e.source_id])})
    for d in package["decisions"].itertuples():
        out.append({"kind": "decision", "id": d.id,
                    "claim": f"On {d.date} the {d.body} of {d.nl_authority_id} took a {d.type} on {d.partnership_ids}; outcome: {_text(d.outcome) or 'not found'}",
                    "quote": _text(d.quote), "quote_en": _text(d.quote_en), "sources": cited([d.source_id])})
    for t in ties.itertuples():
        own = events[events["partnership_id"] == t.id]
        if not pd.isna(t.established):
            founding = own[own["date"].astype(str).str.startswith(str(int(t.established)))]
            out.append({"kind": "tie founding", "id": t.id, "claim": (f"Contacts of the informal tie {t.id} began in {int(t.established)}" if t.relation_type == "informal" else
                                  f"The tie {t.id} was formalised in {int(t.established)} (the year its agreement was signed or it was officially entered)"),
                        "quote": " | ".join(founding["quote"].fillna("")), "quote_en": " | ".join(founding["quote_en"].fillna("")),
                        "sources": cited(list(founding["source_id"]))})
        if not pd.isna(t.type_quote):
            out.append({"kind": "tie type", "id": t.id, "claim": f"The tie {t.id} is of type '{t.relation_type}'",
                        "quote": t.type_quote, "quote_en": _text(t.type_quote_en), "sources": cited([t.type_source_id])})
        if t.status == "unknown":
            claim = f"No cited source shows the current status of the tie {t.id} (status 'unknown')"
            out.append({"kind": "tie status", "id": t.id, "claim": claim, "quote": "", "quote_en": "",
                        "sources": cited(split_ids(t.source_ids))})
        else:
            as_of = f", last confirmed {t.status_as_of}" if not pd.isna(t.status_as_of) else ", with no dated confirmation"
            out.append({"kind": "tie status", "id": t.id, "claim": f"The tie {t.id} is {t.status}{as_of}",
                        "quote": t.status_quote, "quote_en": _text(t.status_quote_en), "sources": cited([t.status_source_id])})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=25)
    args = parser.parse_args(argv)
    every = claims(load_validated())
    sample = random.Random(args.seed).sample(every, args.n)
    json.dump({"seed": args.seed, "population": len(every), "sample": sample}, sys.stdout, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
