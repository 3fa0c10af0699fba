"""Where the ties are: Dutch and Chinese provinces, and how far apart the partners lie."""

from __future__ import annotations

import numpy as np
import pandas as pd

EARTH_RADIUS_KM = 6371.0


def great_circle_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Haversine distance in kilometres (arrays or scalars, degrees)."""
    lat1, lon1, lat2, lon2 = (np.radians(np.asarray(v, dtype=float)) for v in (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


def connections(partnerships: pd.DataFrame, authorities: pd.DataFrame) -> pd.DataFrame:
    """One row per tie with both sides' names and points, and the distance between them."""
    side = authorities.set_index("id")[["name", "name_local", "level", "latitude", "longitude"]]
    nl = side.loc[partnerships["nl_authority_id"]].add_prefix("nl_").reset_index(drop=True)
    cn = side.loc[partnerships["cn_authority_id"]].add_prefix("cn_").reset_index(drop=True)
    base = partnerships[["id", "relation_type", "established", "status", "status_as_of"]].reset_index(drop=True)
    out = pd.concat([base, nl, cn], axis=1)
    out["distance_km"] = great_circle_km(out["nl_latitude"], out["nl_longitude"], out["cn_latitude"], out["cn_longitude"]).round(0)
    return out


def ties_by_province(register: pd.DataFrame, country: str) -> pd.DataFrame:
    """Ties per province of one side (`NL` or `CN`), with the number of distinct partners there."""
    prefix = "nl" if country == "NL" else "cn"
    column = f"{prefix}_authority_id"
    grouped = register.groupby(f"{prefix}_province")
    out = pd.DataFrame({"ties": grouped.size(), "authorities": grouped[column].nunique()})
    out = out.rename_axis("province").reset_index()
    return out.sort_values(["ties", "province"], ascending=[False, True], kind="stable").reset_index(drop=True).astype({"ties": "int64", "authorities": "int64"})


def level_pairs(register: pd.DataFrame) -> pd.DataFrame:
    """Ties per pair of levels (Dutch level × Chinese level)."""
    pairs = register.groupby(["nl_level", "cn_level"]).size().rename("ties").reset_index()
    return pairs.sort_values("ties", ascending=False, kind="stable").reset_index(drop=True).astype({"ties": "int64"})


# When an authority has several ties, the map shows the most alive of their statuses.
STATUS_PRIORITY = ["active", "dormant", "unknown", "ended"]


def authority_summary(register: pd.DataFrame, side: str = "nl", status_names: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per authority of one side with its ties listed and a summary status
    (the first of active, dormant, unknown, ended that any of its ties has). Each partner is
    named with its tie's status, as `status_names` words it (the code if not given)."""
    other = "cn" if side == "nl" else "nl"
    key = f"{side}_authority_id"
    if register.empty:
        return pd.DataFrame()
    rank = {s: i for i, s in enumerate(STATUS_PRIORITY)}
    ties = register.assign(
        _rank=register["status"].map(rank.__getitem__),
        _partner=[f"{n} ({(status_names or {}).get(s, s)})" for n, s in zip(register[f"{other}_name"], register["status"])],
    )
    grouped = ties.groupby(key, sort=True)
    # Each authority's first tie (in register order) gives its name, level, code and province.
    first = ties.drop_duplicates(key).set_index(key).loc[grouped.size().index]
    # Plain lists, so that column types are inferred from the values as for a list of rows.
    return pd.DataFrame(
        {
            "authority_id": first.index.tolist(),
            "name": first[f"{side}_name"].tolist(),
            "level": first[f"{side}_level"].tolist(),
            "code": first[f"{side}_code"].tolist(),
            "province": first[f"{side}_province"].tolist(),
            "ties": grouped.size().tolist(),
            "status": grouped["_rank"].min().map(dict(enumerate(STATUS_PRIORITY))).tolist(),
            "partners": grouped["_partner"].agg("; ".join).tolist(),
        }
    )
