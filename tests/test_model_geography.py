import pandas as pd
import pytest

from analysis.model import geography as geo

AUTHORITIES = pd.DataFrame(
    {
        "id": ["nl-a", "nl-b", "cn-x", "cn-y"],
        "name": ["A", "B", "X", "Y"],
        "name_local": ["A", "B", "X市", "Y市"],
        "level": ["municipality", "province", "prefecture", "province"],
        "latitude": [0.0, 0.0, 0.0, 90.0],
        "longitude": [0.0, 0.0, 90.0, 0.0],
    }
)
PARTNERSHIPS = pd.DataFrame(
    {
        "id": ["a--x", "b--y"],
        "nl_authority_id": ["nl-a", "nl-b"],
        "cn_authority_id": ["cn-x", "cn-y"],
        "relation_type": ["sister", "mou"],
        "established": pd.array([2000, pd.NA], dtype="Int64"),
        "status": ["active", "ended"],
        "status_as_of": ["2020", "2022-01"],
    }
)


def test_great_circle_quarter_of_the_globe():
    quarter = 2 * 3.141592653589793 * geo.EARTH_RADIUS_KM / 4
    assert geo.great_circle_km(0, 0, 0, 90) == pytest.approx(quarter)
    assert geo.great_circle_km(52.0, 4.5, 52.0, 4.5) == 0
    # Rotterdam to Shanghai is about 8,900 km
    assert geo.great_circle_km(51.92, 4.48, 31.23, 121.47) == pytest.approx(8900, rel=0.02)


def test_connections_carry_both_points_and_the_distance():
    out = geo.connections(PARTNERSHIPS, AUTHORITIES)
    assert list(out["cn_name"]) == ["X", "Y"]
    assert list(out["distance_km"]) == [10008.0, 10008.0]


def test_ties_by_province_and_level_pairs():
    register = pd.DataFrame(
        {
            "nl_province": ["P1", "P1", "P2"],
            "cn_province": ["C", "C", "C"],
            "nl_authority_id": ["a", "a", "b"],
            "cn_authority_id": ["x", "y", "x"],
            "nl_level": ["municipality", "municipality", "province"],
            "cn_level": ["prefecture", "prefecture", "province"],
        }
    )
    nl = geo.ties_by_province(register, "NL")
    assert nl.to_dict("records") == [{"province": "P1", "ties": 2, "authorities": 1}, {"province": "P2", "ties": 1, "authorities": 1}]
    cn = geo.ties_by_province(register, "CN")
    assert cn.to_dict("records") == [{"province": "C", "ties": 3, "authorities": 2}]
    pairs = geo.level_pairs(register)
    assert pairs.iloc[0].to_dict() == {"nl_level": "municipality", "cn_level": "prefecture", "ties": 2}


def test_authority_summary_prefers_the_most_alive_status():
    register = pd.DataFrame(
        {
            "nl_authority_id": ["a", "a", "b"],
            "nl_name": ["A", "A", "B"],
            "nl_level": ["municipality"] * 3,
            "nl_code": ["GM0001", "GM0001", "GM0002"],
            "nl_province": ["P", "P", "P"],
            "cn_name": ["X", "Y", "Z"],
            "status": ["ended", "dormant", "unknown"],
        }
    )
    out = geo.authority_summary(register).set_index("authority_id")
    assert out.loc["a", "status"] == "dormant" and out.loc["a", "ties"] == 2
    assert out.loc["a", "partners"] == "X (ended); Y (dormant)"
    assert out.loc["b", "status"] == "unknown"
