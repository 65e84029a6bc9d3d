"""Automatic left-to-right arrangement: each node one column right of its furthest input.

Pure placement on screen (no model logic): columns come from the longest path from a source,
rows are ordered by the average row of each node's inputs, which keeps edges from crossing in
the networks students build.
"""

from engine.graph import LayerGraph

COLUMN_STEP = 260.0
ROW_STEP = 130.0


def arrange(graph: LayerGraph) -> dict[str, tuple[float, float]]:
    """A position (top-left corner) for every node."""
    order, unordered = graph.topological_order()
    column: dict[str, int] = {}
    for nid in order:
        column[nid] = max((column[s] + 1 for s in graph.inputs_of(nid) if s in column), default=0)
    last = max(column.values(), default=-1)
    for nid in graph.nodes:
        if nid in unordered:
            column[nid] = last + 1
    columns: dict[int, list[str]] = {}
    for nid in graph.nodes:
        columns.setdefault(column[nid], []).append(nid)
    row: dict[str, float] = {}
    positions: dict[str, tuple[float, float]] = {}
    for c in sorted(columns):
        members = columns[c]

        def rank(nid: str) -> float:
            sources = [row[s] for s in graph.inputs_of(nid) if s in row]
            return sum(sources) / len(sources) if sources else graph.nodes[nid].position[1] / ROW_STEP

        members.sort(key=rank)
        for i, nid in enumerate(members):
            row[nid] = i - (len(members) - 1) / 2
            positions[nid] = (c * COLUMN_STEP, row[nid] * ROW_STEP)
    return positions
