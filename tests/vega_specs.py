"""What tests read from a Vega-Lite spec: every node, wherever it is nested."""

from __future__ import annotations


def walk(node):
    """Every dict in a spec, depth first (the spec itself first)."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)
