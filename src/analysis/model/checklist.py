"""The checklist for a municipality weighing a tie: the report's own steps, each resting on
practices in the catalogue (and so on their sources)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.links import InLanguage
from analysis.words import say


@dataclass(frozen=True)
class Step:
    stage: str
    step: str
    practice_ids: tuple[str, ...]


STEPS: tuple[Step, ...] = (
    Step("Before a tie", "Put the proposal to the council (or States) before anything is signed, and let it decide.",
         ("council-informed-before", "hr-embedded-council")),
    Step("Before a tie", "Ask the Ministry of Foreign Affairs how it sees the partner and the themes, and record the answer.",
         ("ministry-advice",)),
    Step("Before a tie", "Write down concrete goals and a fixed term, so that the tie ends or is renewed by decision.",
         ("fixed-term-mou", "interim-evaluation-goals")),
    Step("Before a tie", "Decide how human rights will be raised with the partner, and say so in the agreement.",
         ("hr-conditions-mou", "hr-embedded-council", "open-communication")),
    Step("Before a tie", "Hear the businesses, knowledge institutions and residents the tie would involve.",
         ("stakeholder-consultation",)),
    Step("While it runs", "Brief councillors and everyone who travels on knowledge security and digital safety.",
         ("knowledge-briefing-ps", "security-briefing-missions")),
    Step("While it runs", "Tell the council about missions and visits beforehand, and publish renewals and visits promptly.",
         ("inform-ps-missions", "pre-visit-ps-advice", "transparent-renewal")),
    Step("While it runs", "Route requests from Chinese delegations through regional partners that already know them.",
         ("channel-delegations",)),
    Step("While it runs", "Keep symbolic celebrations modest.",
         ("restraint-symbolism",)),
    Step("Evaluating", "Evaluate at a set moment against the goals, economic results included, and report to the council.",
         ("regular-evaluation", "annual-evaluation-ps", "economic-evaluation", "scenario-evaluation")),
    Step("Ending or changing", "If the tie ends, coordinate with the national government, phase it down, tell the partner "
         "openly and point businesses to other help.",
         ("exit-with-ministry", "gradual-phase-down", "business-continuity", "keep-options-open")),
    Step("Ending or changing", "Share the evaluation and the decision with other local governments.",
         ("needs-assessment-sharing",)),
)


def checklist_table(package, steps: tuple[Step, ...] = STEPS, lang: str = "en") -> pd.DataFrame:
    """The steps with the practices behind them, who applied them, and their sources, in the
    edition's language (the practices' names and who applied them are the data's, in English).

    Raises KeyError naming the step if a practice id is not in the package.
    """
    practices = package["practices"].set_index("id")
    rows = []
    for number, step in enumerate(steps, start=1):
        missing = [p for p in step.practice_ids if p not in practices.index]
        if missing:
            raise KeyError(f"checklist step {number} names practices not in the package: {', '.join(missing)}")
        own = practices.loc[list(step.practice_ids)]
        practice = "; ".join(own["name"])
        applied = "; ".join(dict.fromkeys(own["applied_by"]))
        rows.append(
            {
                say("Step", lang): number,
                say("Stage", lang): say(step.stage, lang),
                say("What to do", lang): say(step.step, lang),
                say("Practice behind it", lang): practice if lang == "en" else InLanguage(practice, "en"),
                say("Applied by", lang): applied if lang == "en" else InLanguage(applied, "en"),
                say("Sources", lang): ";".join(dict.fromkeys(own["source_id"])),
            }
        )
    return pd.DataFrame(rows)


def unused_practices(package, steps: tuple[Step, ...] = STEPS) -> list[str]:
    """Practices in the catalogue that no checklist step rests on."""
    used = {p for step in steps for p in step.practice_ids}
    return sorted(set(package["practices"]["id"]) - used)
