"""The stakeholder network: who relates to whom, and simple measures of each organisation's place."""

from __future__ import annotations

import pandas as pd

from analysis.model.register import display_names

# Columns of the drawing, left to right, from the stakeholders' `tier`.
GROUPS = {
    "national": "Dutch national",
    "local": "Dutch local and provincial",
    "intermediary": "Advisers and networks",
    "international": "Advisers and networks",
    "chinese": "Chinese",
}
GROUP_ORDER = list(dict.fromkeys(GROUPS.values()))


def named(stakeholders: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """The stakeholders under the names an edition's readers use: in Dutch, a Dutch organisation
    by its own (Dutch) name, as authorities are named (`register.display_names`)."""
    return stakeholders.assign(name=display_names(stakeholders, lang).to_numpy())


def degrees(stakeholders: pd.DataFrame, relations: pd.DataFrame) -> pd.DataFrame:
    """Per stakeholder: relations out, in and in total, and the distinct organisations linked."""
    out_deg = relations.groupby("from_id").size()
    in_deg = relations.groupby("to_id").size()
    linked = pd.concat(
        [relations[["from_id", "to_id"]].set_axis(["a", "b"], axis=1), relations[["to_id", "from_id"]].set_axis(["a", "b"], axis=1)]
    ).drop_duplicates()
    neighbours = linked[linked["a"] != linked["b"]].groupby("a")["b"].nunique()
    frame = stakeholders[["id", "name", "country", "kind", "tier"]].copy()
    frame["group"] = frame["tier"].map(GROUPS)
    frame["out"] = frame["id"].map(out_deg).fillna(0).astype("int64")
    frame["in"] = frame["id"].map(in_deg).fillna(0).astype("int64")
    frame["relations"] = frame["out"] + frame["in"]
    frame["neighbours"] = frame["id"].map(neighbours).fillna(0).astype("int64")
    return frame.sort_values(["relations", "name"], ascending=[False, True], kind="stable").reset_index(drop=True)


def relation_counts(relations: pd.DataFrame) -> pd.DataFrame:
    counts = relations["type"].value_counts().rename_axis("type").reset_index(name="relations")
    return counts.sort_values(["relations", "type"], ascending=[False, True], kind="stable").reset_index(drop=True)


def density(stakeholders: pd.DataFrame, relations: pd.DataFrame) -> float:
    """Share of possible (undirected) pairs of stakeholders that have at least one relation."""
    n = len(stakeholders)
    if n < 2:
        return 0.0
    pairs = {frozenset(p) for p in zip(relations["from_id"], relations["to_id"]) if p[0] != p[1]}
    return len(pairs) / (n * (n - 1) / 2)


def layout(nodes: pd.DataFrame) -> pd.DataFrame:
    """Positions for drawing: one column per group, nodes spread evenly, most connected on top."""
    placed = []
    for column, group in enumerate(GROUP_ORDER):
        members = nodes[nodes["group"] == group].sort_values(["relations", "name"], ascending=[False, True], kind="stable")
        count = len(members)
        for rank, row in enumerate(members.itertuples()):
            y = 1.0 if count == 1 else 1 - rank / (count - 1)
            placed.append({"id": row.id, "x": float(column), "y": round(y, 4)})
    return nodes.merge(pd.DataFrame(placed, columns=["id", "x", "y"]), on="id")


def edges(positions: pd.DataFrame, relations: pd.DataFrame) -> pd.DataFrame:
    """Relations with the positions of both ends."""
    pos = positions.set_index("id")[["x", "y", "name"]]
    out = relations[["from_id", "to_id", "type", "description"]].copy()
    for end, column in (("from", "from_id"), ("to", "to_id")):
        out[[f"{end}_x", f"{end}_y", f"{end}_name"]] = pos.loc[out[column]].to_numpy()
    return out.reset_index(drop=True)


def is_connected(stakeholders: pd.DataFrame, relations: pd.DataFrame) -> bool:
    """Whether every stakeholder can reach every other through relations (ignoring direction)."""
    if stakeholders.empty:
        return True
    adjacent: dict[str, set[str]] = {s: set() for s in stakeholders["id"]}
    for a, b in zip(relations["from_id"], relations["to_id"]):
        adjacent.setdefault(a, set()).add(b)
        adjacent.setdefault(b, set()).add(a)
    start = stakeholders["id"].iloc[0]
    seen, todo = {start}, [start]
    while todo:
        for nxt in adjacent[todo.pop()] - seen:
            seen.add(nxt)
            todo.append(nxt)
    return len(seen) == len(adjacent)
