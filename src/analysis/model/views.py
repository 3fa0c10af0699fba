"""The derived tables the chapters share, each computed once from the validated package."""

from __future__ import annotations

from datetime import date
from functools import cached_property

import pandas as pd

from analysis.model import geography, reasons, register, sources, timeline
from analysis.model.labels import Labels


class Views:
    """The validated package (tables looked up by name, as `package["partnerships"]`) and the
    derived tables built from it. Each is computed on first use and then kept, so a build
    computes the register, the tie years and the rest once, however many chapters show them."""

    def __init__(self, package, lang: str = "en"):
        self.package = package
        self.lang = lang

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.package[name]

    @property
    def descriptor(self) -> dict:
        return self.package.descriptor

    @cached_property
    def labels(self) -> Labels:
        return Labels(self["labels"], self.lang)

    @cached_property
    def register(self) -> pd.DataFrame:
        """One row per tie with both sides' names, levels, codes and provinces."""
        table = register.register(self["partnerships"], self["authorities"], self.lang)
        return table.assign(status_since=register.status_since(table, self["events"]).to_numpy())

    @cached_property
    def tie_names(self) -> pd.Series:
        """Every tie as readers name it, by id."""
        return register.tie_names(self.register)

    @cached_property
    def authority_names(self) -> dict[str, list[str]]:
        """Every name of each authority readers may type, by id."""
        return register.authority_names(self["authorities"], self.lang)

    @cached_property
    def top_level(self) -> pd.Series:
        """Each authority's province-level ancestor."""
        return register.top_level_ancestor(self["authorities"])

    @cached_property
    def tie_years(self) -> pd.DataFrame:
        """Per tie: the year it was founded, ended and suspended."""
        return timeline.tie_years(self["partnerships"], self["events"])

    @cached_property
    def data_date(self) -> str:
        """The report's one cut-off: the date of the latest event or decision (partial ISO date)."""
        return register.data_date(self.package)

    @cached_property
    def research_dates(self) -> tuple[date, date]:
        """The first and last day sources were read."""
        return register.research_dates(self.package)

    @cached_property
    def last_year(self) -> int:
        """The year the data run to: the end of every time axis."""
        return int(self.data_date[:4])

    @cached_property
    def connections(self) -> pd.DataFrame:
        """One row per tie with both ends' points and the distance between them."""
        authorities = self["authorities"]
        return geography.connections(self["partnerships"], authorities.assign(name=register.display_names(authorities, self.lang).to_numpy()))

    @cached_property
    def ending_reasons(self) -> pd.DataFrame:
        """Per ended tie, the reasons to end it cited in the decisions of its run-up."""
        return reasons.ending_reasons(self["decisions"], self.tie_years)

    @cached_property
    def nested_ties(self) -> pd.DataFrame:
        """Local ties inside a Chinese province their own Dutch province is tied to."""
        return register.nested_ties(self.register)

    @cached_property
    def citations(self) -> pd.Series:
        """How many rows of the package cite each source."""
        return sources.citations(self.package.tables)
