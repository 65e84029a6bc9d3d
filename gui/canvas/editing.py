"""Canvas edits made of several engine commands: delete, copy/paste, duplicate, arrange.

Each runs as one undo step (a macro), and works on node ids and the engine graph only, so it
is the same whether the user used a menu, a shortcut or the mouse.
"""

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from engine import layers as layer_specs
from engine.graph import AddNode, Connect, Disconnect, Move, RemoveNode
from gui.canvas.layout import arrange
from gui.commands import Label
from gui.document import GraphDocument
from gui.engine_texts import engine_text


def tr(text: str) -> str:
    # Named tr (not _tr) so pyside6-lupdate extracts the texts passed to it.
    return QCoreApplication.translate("editing", text)


def add_layer(document: GraphDocument, type_name: str, position: tuple[float, float]) -> str:
    """Add a layer with the engine's default settings; returns the new node's id."""
    spec = layer_specs.LAYERS.get(type_name)
    command = AddNode(spec.type, spec().get_config(), position=position)
    # A function, not a text: the Undo menu names the step again after a language switch.
    document.execute(command, lambda: tr("Add %1").replace("%1", engine_text(spec.label)))
    return command.node_id  # type: ignore[return-value]


def delete(document: GraphDocument, node_ids: list[str], edges: list[tuple[str, str]]) -> None:
    """Remove the edges, then the nodes (with every edge touching them)."""
    if not node_ids and not edges:
        return
    graph = document.graph
    with document.macro(lambda: tr("Delete")):
        for source, target in edges:
            if source not in node_ids and target not in node_ids:
                document.execute(Disconnect(source, target))
        for nid in node_ids:
            if nid in graph.nodes:
                document.execute(RemoveNode(nid))


def copy_payload(document: GraphDocument, node_ids: list[str]) -> str:
    """The nodes and the edges among them, as JSON for the clipboard."""
    graph = document.graph
    ids = [nid for nid in graph.nodes if nid in set(node_ids)]
    index = {nid: i for i, nid in enumerate(ids)}
    nodes = [
        {
            "type": graph.nodes[nid].type,
            "name": graph.nodes[nid].name,
            "config": graph.nodes[nid].config,
            "position": list(graph.nodes[nid].position),
        }
        for nid in ids
    ]
    edges = [
        [index[e.source], index[e.target]] for e in graph.edges if e.source in index and e.target in index
    ]
    return json.dumps({"nodes": nodes, "edges": edges})


def paste(document: GraphDocument, payload: str, offset: tuple[float, float]) -> list[str]:
    """Add copies of the nodes in ``payload`` (new ids and names), shifted by ``offset``.

    Returns the new ids; a payload that is not ours (other JSON, a foreign app) adds nothing.
    """
    try:
        data: dict[str, Any] = json.loads(payload)
        nodes, edges = data["nodes"], data["edges"]
        entries = [(n["type"], dict(n["config"]), n["name"], n["position"]) for n in nodes]
    except (ValueError, KeyError, TypeError):
        return []
    graph = document.graph
    new_ids: list[str] = []
    with document.macro(lambda: tr("Paste")):
        for type_name, config, name, (x, y) in entries:
            if type_name not in layer_specs.LAYERS:
                continue
            command = AddNode(
                type_name,
                config,
                name=graph.unique_name(str(name)),
                position=(float(x) + offset[0], float(y) + offset[1]),
                node_id=graph.new_id(),
            )
            if document.execute(command) is None:
                new_ids.append(command.node_id)  # type: ignore[arg-type]
        if len(new_ids) == len(entries):
            for source, target in edges:
                document.execute(Connect(new_ids[source], new_ids[target]))
    return new_ids


def move(document: GraphDocument, positions: dict[str, tuple[float, float]], text: Label) -> None:
    """Move the nodes whose position differs from ``positions``, as one undo step."""
    graph = document.graph
    changed = {
        nid: pos for nid, pos in positions.items() if nid in graph.nodes and graph.nodes[nid].position != pos
    }
    if not changed:
        return
    with document.macro(text):
        for nid, pos in changed.items():
            document.execute(Move(nid, pos))


def arrange_all(document: GraphDocument) -> None:
    """Lay the whole graph out left to right (undoable)."""
    move(document, arrange(document.graph), lambda: tr("Arrange layers"))
