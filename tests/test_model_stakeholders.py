import pandas as pd

from analysis.model import stakeholders as nw

STAKEHOLDERS = pd.DataFrame(
    {
        "id": ["m", "v", "g", "c"],
        "name": ["Ministry", "Association", "Council", "Friendship body"],
        "country": ["NL", "NL", "NL", "CN"],
        "kind": ["ministry", "association", "council", "party_body"],
        "tier": ["national", "intermediary", "local", "chinese"],
    }
)
RELATIONS = pd.DataFrame(
    {
        "from_id": ["m", "m", "v", "c"],
        "to_id": ["v", "v", "g", "g"],
        "type": ["funds", "commissions", "advises", "refers_to"],
        "description": ["", "", "", ""],
    }
)


def test_degrees_count_relations_and_distinct_neighbours():
    deg = nw.degrees(STAKEHOLDERS, RELATIONS).set_index("id")
    assert deg.loc["m", ["out", "in", "relations", "neighbours"]].tolist() == [2, 0, 2, 1]
    assert deg.loc["v", ["out", "in", "relations", "neighbours"]].tolist() == [1, 2, 3, 2]
    assert deg.loc["g", "group"] == "Dutch local and provincial"
    assert deg.index[0] == "v"  # most relations first


def test_density_and_connectedness():
    assert nw.density(STAKEHOLDERS, RELATIONS) == 3 / 6
    assert nw.is_connected(STAKEHOLDERS, RELATIONS)
    assert not nw.is_connected(STAKEHOLDERS, RELATIONS[RELATIONS["to_id"] != "g"])


def test_layout_puts_groups_in_columns_and_edges_get_both_ends():
    placed = nw.layout(nw.degrees(STAKEHOLDERS, RELATIONS)).set_index("id")
    assert placed.loc["m", "x"] == 0 and placed.loc["g", "x"] == 1 and placed.loc["v", "x"] == 2 and placed.loc["c", "x"] == 3
    edges = nw.edges(placed.reset_index(), RELATIONS)
    assert edges.loc[0, ["from_x", "to_x", "to_name"]].tolist() == [0.0, 2.0, "Association"]
    assert nw.relation_counts(RELATIONS)["relations"].sum() == 4
