"""Every chart of the report, by name, as a function of the package."""

from __future__ import annotations

from analysis.charts import maps, needs, status, timeline

CHARTS = {
    "status_by_level": status.status_by_level_chart,
    "ties_over_time": timeline.ties_over_time_chart,
    "netherlands_map": maps.netherlands_map_chart,
    "china_map": maps.china_map_chart,
    "connection_map": maps.connection_map_chart,
    "stakeholder_network": needs.stakeholder_network_chart,
    "assessment_matrix": needs.assessment_matrix_chart,
    "ending_reasons": needs.ending_reasons_chart,
}
