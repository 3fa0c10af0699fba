"""Every chart of the report, by name, as a function of the shared views."""

from __future__ import annotations

from analysis.pages import census, needs, network, stakeholders, timeline

CHARTS = {
    "status_by_level": network.status_by_level,
    "ties_over_time": timeline.ties_over_time,
    "netherlands_map": network.netherlands_map,
    "china_map": network.china_map,
    "connection_map": timeline.connection_map,
    "stakeholder_network": stakeholders.stakeholder_network,
    "assessment_matrix": needs.assessment_matrix,
    "ending_reasons": timeline.ending_reasons,
    "census_map": census.census_map,
}
