"""LayerGraph: the network as nodes and edges — the single source of truth for every view.

A node holds a layer type, a user-editable name, its raw configuration (possibly invalid while
the user is still typing) and a canvas position. The graph answers everything a view asks
before any weight exists: topological order, every node's output shape, parameter counts,
and a list of problems pinned to nodes in sentences a student understands.

Every edit is a :class:`Command` with ``do``/``undo``; the graph announces each change through
``graph.events`` (plain callbacks).
"""

import copy
import itertools
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from engine import layers as layer_specs
from engine.errors import ConfigError, GraphError, ShapeError
from engine.events import EventEmitter
from engine.layers import Layer, Shape
from engine.messages import QT_TRANSLATE_NOOP, Message, reason


@dataclass
class Node:
    id: str
    type: str
    name: str
    config: dict[str, Any]
    position: tuple[float, float] = (0.0, 0.0)


@dataclass(frozen=True)
class Edge:
    source: str
    target: str


@dataclass(frozen=True)
class GraphEvent:
    """What changed: ``kind`` is one of node_added, node_removed, edge_added, edge_removed,
    config_changed, renamed, moved."""

    kind: str
    node_id: str | None = None
    edge: Edge | None = None


@dataclass(frozen=True)
class Problem:
    """A reason the graph cannot train (``error``) or probably is not what was meant (``warning``).

    ``node_id`` is None only for problems of the whole graph (e.g. no Output at all).
    """

    node_id: str | None
    #: Usually an :class:`~engine.messages.Message`: the English sentence, translatable by a GUI.
    message: str
    code: str
    severity: str = "error"


def _problem(node_id: str | None, code: str, template: str, severity: str = "error", **args: Any) -> Problem:
    """A Problem whose message is ``template`` filled with ``args``, translatable as a whole."""
    return Problem(node_id, Message(template, **args), code, severity)


@dataclass
class Analysis:
    """The result of one pass over the graph: order, shapes, built layers and problems."""

    order: list[str]
    shapes: dict[str, Shape | None]
    layers: dict[str, Layer]
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


class LayerGraph:
    def __init__(self) -> None:
        self.nodes: dict[str, Node] = {}
        self.edges: list[Edge] = []
        self.events: EventEmitter[GraphEvent] = EventEmitter()
        self._ids = itertools.count(1)

    # -- queries --------------------------------------------------------------------------------
    def node(self, node_id: str) -> Node:
        try:
            return self.nodes[node_id]
        except KeyError:
            raise GraphError(
                Message(QT_TRANSLATE_NOOP("problems", "there is no node {node!r} in the graph"), node=node_id)
            ) from None

    def inputs_of(self, node_id: str) -> list[str]:
        """Sources feeding ``node_id``, in the order they were connected (Concatenate's order)."""
        return [e.source for e in self.edges if e.target == node_id]

    def outputs_of(self, node_id: str) -> list[str]:
        return [e.target for e in self.edges if e.source == node_id]

    def nodes_of_type(self, type_name: str) -> list[str]:
        canonical = layer_specs.LAYERS.canonical(type_name)
        return [n.id for n in self.nodes.values() if n.type == canonical]

    def layer(self, node_id: str) -> Layer:
        """The node's layer spec, built from its configuration (ConfigError if invalid)."""
        node = self.node(node_id)
        return layer_specs.from_config(node.type, node.config)

    def new_id(self) -> str:
        while True:
            candidate = f"n{next(self._ids)}"
            if candidate not in self.nodes:
                return candidate

    def unique_name(self, base: str) -> str:
        """``base`` if free, else ``base_1``, ``base_2``, … (Keras' naming)."""
        taken = {n.name for n in self.nodes.values()}
        if base not in taken:
            return base
        for i in itertools.count(1):
            if f"{base}_{i}" not in taken:
                return f"{base}_{i}"
        raise AssertionError("unreachable")

    def connect_problem(self, source: str, target: str) -> str | None:
        """Why an edge source → target should be refused while wiring (a Message), or None if it
        is fine."""
        if source not in self.nodes or target not in self.nodes:
            return Message(QT_TRANSLATE_NOOP("problems", "both ends must be layers in the graph"))
        if source == target:
            return Message(QT_TRANSLATE_NOOP("problems", "a layer cannot feed itself"))
        if Edge(source, target) in self.edges:
            return Message(QT_TRANSLATE_NOOP("problems", "these layers are already connected"))
        src, dst = self.nodes[source], self.nodes[target]
        dst_cls = layer_specs.LAYERS.get(dst.type)
        if dst_cls.max_inputs == 0:
            return Message(
                QT_TRANSLATE_NOOP(
                    "problems", "{name} is an Input: data enters there, nothing can flow into it"
                ),
                name=dst.name,
            )
        if layer_specs.LAYERS.get(src.type) is layer_specs.Output:
            return Message(
                QT_TRANSLATE_NOOP("problems", "{name} is the Output: nothing comes after it"), name=src.name
            )
        if dst_cls.max_inputs is not None and len(self.inputs_of(target)) >= dst_cls.max_inputs:
            return Message(
                QT_TRANSLATE_NOOP(
                    "problems",
                    "{name} already has its input; to combine two layers, use an Add or Concatenate layer",
                ),
                name=dst.name,
            )
        if self._reaches(target, source):
            return Message(
                QT_TRANSLATE_NOOP("problems", "connecting {source} → {target} would make a loop"),
                source=src.name,
                target=dst.name,
            )
        return None

    def _reaches(self, start: str, goal: str) -> bool:
        seen, todo = {start}, [start]
        while todo:
            current = todo.pop()
            if current == goal:
                return True
            for nxt in self.outputs_of(current):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return False

    # -- analysis -------------------------------------------------------------------------------
    def topological_order(self) -> tuple[list[str], set[str]]:
        """Nodes in an order where every node comes after its inputs (Kahn's algorithm),
        and the nodes that could not be ordered because they sit on or after a cycle."""
        indegree = {nid: 0 for nid in self.nodes}
        for e in self.edges:
            indegree[e.target] += 1
        ready = deque(nid for nid, d in indegree.items() if d == 0)
        order = []
        while ready:
            nid = ready.popleft()
            order.append(nid)
            for target in self.outputs_of(nid):
                indegree[target] -= 1
                if indegree[target] == 0:
                    ready.append(target)
        return order, set(self.nodes) - set(order)

    def analyze(self, num_classes: int | None = None) -> Analysis:
        """Shapes of every node and every problem, in one pass.

        ``num_classes``: how many classes the training labels have, if known, so that a
        mismatch with the Output's units is reported before training starts.
        """
        order, unordered = self.topological_order()
        problems: list[Problem] = []
        built: dict[str, Layer] = {}
        for nid, node in self.nodes.items():
            try:
                built[nid] = self.layer(nid)
            except ConfigError as exc:
                problems.append(
                    _problem(
                        nid,
                        "bad_config",
                        QT_TRANSLATE_NOOP("problems", "{name}: {reason}"),
                        name=node.name,
                        reason=reason(exc),
                    )
                )

        cyclic = self._cycle_members(unordered)
        for nid in cyclic:
            problems.append(
                _problem(
                    nid,
                    "cycle",
                    QT_TRANSLATE_NOOP(
                        "problems",
                        "{name} is part of a loop; data must flow one way, from the Input to the Output",
                    ),
                    name=self.nodes[nid].name,
                )
            )

        problems += self._wiring_problems(built)

        shapes: dict[str, Shape | None] = {nid: None for nid in self.nodes}
        for nid in order:
            layer = built.get(nid)
            sources = self.inputs_of(nid)
            if layer is None or not _input_count_ok(layer, len(sources)):
                continue
            in_shapes = [shapes[s] for s in sources]
            if any(s is None for s in in_shapes):
                continue
            try:
                shapes[nid] = layer.compute_output_shape(in_shapes)  # type: ignore[arg-type]
                layer.parameter_shapes(in_shapes)  # type: ignore[arg-type]
            except ShapeError as exc:
                problems.append(
                    _problem(
                        nid,
                        "shape",
                        QT_TRANSLATE_NOOP("problems", "{name}: {reason}"),
                        name=self.nodes[nid].name,
                        reason=reason(exc),
                    )
                )
                shapes[nid] = None
                continue
            if isinstance(layer, layer_specs.Flatten) and len(in_shapes[0]) == 1:  # type: ignore[arg-type]
                problems.append(
                    _problem(
                        nid,
                        "flatten_1d",
                        QT_TRANSLATE_NOOP(
                            "problems",
                            "{name}: its input {shape} is already flat, so Flatten changes nothing",
                        ),
                        "warning",
                        name=self.nodes[nid].name,
                        shape=in_shapes[0],
                    )
                )

        problems += self._output_problems(built, shapes, num_classes)
        return Analysis(order=order, shapes=shapes, layers=built, problems=problems)

    def validate(self, num_classes: int | None = None) -> list[Problem]:
        """Every problem of the graph (errors and warnings), each pinned to its node."""
        return self.analyze(num_classes).problems

    def _cycle_members(self, unordered: set[str]) -> list[str]:
        """Of the nodes Kahn could not order, those on a cycle (not merely downstream of one)."""
        return [
            nid
            for nid in self.nodes
            if nid in unordered and any(self._reaches(t, nid) for t in self.outputs_of(nid))
        ]

    def _wiring_problems(self, built: dict[str, Layer]) -> list[Problem]:
        problems: list[Problem] = []
        input_ids = [nid for nid, n in self.nodes.items() if n.type == layer_specs.Input.type]
        output_ids = [nid for nid, n in self.nodes.items() if n.type == layer_specs.Output.type]
        if not input_ids:
            problems.append(
                _problem(
                    None,
                    "missing_input",
                    QT_TRANSLATE_NOOP(
                        "problems", "The network has no Input layer: add one so data can enter."
                    ),
                )
            )
        for nid in input_ids[1:]:
            problems.append(
                _problem(
                    nid,
                    "multiple_inputs",
                    QT_TRANSLATE_NOOP(
                        "problems",
                        "{name}: a data set feeds exactly one Input, and this is a second one; delete it "
                        "or join the branches after one Input",
                    ),
                    name=self.nodes[nid].name,
                )
            )
        reachable = self._closure(input_ids, self.outputs_of)
        useful = self._closure(output_ids, self.inputs_of)
        for nid, node in self.nodes.items():
            cls = layer_specs.LAYERS.get(node.type) if node.type in layer_specs.LAYERS else None
            n_in = len(self.inputs_of(nid))
            if cls is not None and not _input_count_ok(cls, n_in):
                problems.append(_input_count_problem(nid, node, cls, n_in))
            if input_ids and nid not in reachable and (cls is None or cls.min_inputs > 0):
                problems.append(
                    _problem(
                        nid,
                        "unreachable",
                        QT_TRANSLATE_NOOP(
                            "problems", "{name} gets no data: no path leads to it from an Input"
                        ),
                        name=node.name,
                    )
                )
            if output_ids and nid not in useful:
                problems.append(
                    _problem(
                        nid,
                        "dangling",
                        QT_TRANSLATE_NOOP(
                            "problems",
                            "{name} leads nowhere: no path goes from it to the Output, so what it computes "
                            "is never used",
                        ),
                        "warning",
                        name=node.name,
                    )
                )
        return problems

    def _closure(self, start: list[str], step) -> set[str]:
        seen, todo = set(start), list(start)
        while todo:
            for nxt in step(todo.pop()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    def _output_problems(self, built, shapes, num_classes) -> list[Problem]:
        output_ids = [nid for nid, n in self.nodes.items() if n.type == layer_specs.Output.type]
        if not output_ids:
            return [
                _problem(
                    None,
                    "missing_output",
                    QT_TRANSLATE_NOOP(
                        "problems",
                        "The network has no Output layer: add one after the last layer and choose a loss.",
                    ),
                )
            ]
        problems = [
            _problem(
                nid,
                "multiple_outputs",
                QT_TRANSLATE_NOOP(
                    "problems", "{name}: a network has exactly one Output, and this is a second one"
                ),
                name=self.nodes[nid].name,
            )
            for nid in output_ids[1:]
        ]
        out_id = output_ids[0]
        out_layer = built.get(out_id)
        if not isinstance(out_layer, layer_specs.Output):
            return problems
        name = self.nodes[out_id].name
        loss = out_layer.loss_function
        if loss is None:
            problems.append(
                _problem(
                    out_id,
                    "missing_loss",
                    QT_TRANSLATE_NOOP(
                        "problems", "{name}: choose a loss, so training knows what to make small"
                    ),
                    name=name,
                )
            )
        shape = shapes.get(out_id)
        if loss is None or shape is None:
            return problems
        units = shape[-1]
        activation = self.output_activation(out_id)
        why = loss.output_problem(units, activation)
        if why:
            problems.append(
                _problem(
                    out_id,
                    "loss_incompatible",
                    QT_TRANSLATE_NOOP("problems", "{name}: {reason}"),
                    name=name,
                    reason=why,
                )
            )
        elif num_classes is not None and loss.is_classification:
            expected = 1 if (units == 1 and num_classes == 2) else num_classes
            if units != expected:
                template = (
                    QT_TRANSLATE_NOOP(
                        "problems",
                        "{name}: the labels have {classes} classes but the output has {units} unit; give "
                        "the last Dense layer {classes} units",
                    )
                    if units == 1
                    else QT_TRANSLATE_NOOP(
                        "problems",
                        "{name}: the labels have {classes} classes but the output has {units} units; give "
                        "the last Dense layer {classes} units",
                    )
                )
                problems.append(
                    _problem(out_id, "class_count", template, name=name, classes=num_classes, units=units)
                )
        return problems

    def output_activation(self, output_id: str) -> str | None:
        """The activation applied just before the Output (what turns scores into predictions)."""
        sources = self.inputs_of(output_id)
        if len(sources) != 1:
            return None
        try:
            layer = self.layer(sources[0])
        except ConfigError:
            return None
        spec = getattr(layer, "config", {}).get("activation")
        if spec is None:
            return None
        return spec if isinstance(spec, str) else spec["name"]

    def summary_rows(self) -> list[tuple[str, str, Shape | None, int]]:
        """(name, type label, output shape, parameter count) per node in execution order."""
        analysis = self.analyze()
        rows = []
        for nid in analysis.order:
            node, layer = self.nodes[nid], analysis.layers.get(nid)
            in_shapes = [analysis.shapes[s] for s in self.inputs_of(nid)]
            params = 0
            if layer is not None and in_shapes and all(s is not None for s in in_shapes):
                try:
                    params = layer.count_params(in_shapes)  # type: ignore[arg-type]
                except ShapeError:
                    params = 0
            label = layer_specs.LAYERS.get(node.type).label
            rows.append((node.name, label, analysis.shapes[nid], params))
        return rows

    def summary(self) -> str:
        """A Keras-style table: layer, output shape, parameters, and the total."""
        rows = self.summary_rows()
        header = ("Layer (type)", "Output shape", "Param #")
        lines = [
            (f"{name} ({label})", "?" if s is None else str((None, *s)), f"{p:,}")
            for name, label, s, p in rows
        ]
        widths = [max(len(r[i]) for r in [header, *lines]) + 2 for i in range(3)]
        rule = "─" * sum(widths)
        text = [rule, "".join(h.ljust(w) for h, w in zip(header, widths, strict=True)), rule]
        text += ["".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in lines]
        total = sum(r[3] for r in rows)
        text += [rule, f"Total params: {total:,}", rule]
        return "\n".join(text)

    # -- editing --------------------------------------------------------------------------------
    def execute(self, command: "Command") -> "Command":
        """Carry out ``command`` (keep it to undo later)."""
        command.do(self)
        return command

    def add_layer(
        self, layer: Layer, *, name: str | None = None, position: tuple[float, float] = (0.0, 0.0)
    ) -> str:
        """Add a node for ``layer`` (a command under the hood) and return its id."""
        cmd = AddNode(layer.type, layer.get_config(), name=name or layer.name, position=position)
        self.execute(cmd)
        return cmd.node_id  # type: ignore[return-value]

    def connect(self, source: str, target: str) -> None:
        self.execute(Connect(source, target))

    # -- (de)serialization ------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "nodes": [
                {
                    "id": n.id,
                    "type": n.type,
                    "name": n.name,
                    "config": copy.deepcopy(n.config),
                    "position": list(n.position),
                }
                for n in self.nodes.values()
            ],
            "edges": [[e.source, e.target] for e in self.edges],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "LayerGraph":
        """Rebuild a graph saved by ``to_dict`` (input already checked by ``engine.project``)."""
        graph = cls()
        for n in data["nodes"]:
            graph.nodes[n["id"]] = Node(
                n["id"],
                layer_specs.LAYERS.canonical(n["type"]),
                n["name"],
                copy.deepcopy(n["config"]),
                tuple(n["position"]),
            )
        graph.edges = [Edge(s, t) for s, t in data["edges"]]
        return graph

    def copy(self) -> "LayerGraph":
        return LayerGraph.from_dict(self.to_dict())

    def _emit(self, kind: str, node_id: str | None = None, edge: Edge | None = None) -> None:
        self.events.emit(GraphEvent(kind, node_id, edge))


def _input_count_ok(layer: "Layer | type[Layer]", n: int) -> bool:
    return n >= layer.min_inputs and (layer.max_inputs is None or n <= layer.max_inputs)


def _input_count_problem(nid: str, node: Node, cls: type[Layer], n: int) -> Problem:
    if cls.max_inputs == 0:
        template = QT_TRANSLATE_NOOP(
            "problems", "{name} is an Input: data enters there, so nothing may flow into it"
        )
    elif n < cls.min_inputs and cls.min_inputs == 1:
        template = QT_TRANSLATE_NOOP("problems", "{name} has no input: connect a layer into it")
    elif n < cls.min_inputs:
        template = QT_TRANSLATE_NOOP("problems", "{name} combines at least {least} inputs, but {n} connected")
    else:
        template = QT_TRANSLATE_NOOP(
            "problems",
            "{name} takes one input but {n} are connected; to combine them, put an Add or Concatenate "
            "layer in between",
        )
    return _problem(nid, "input_count", template, name=node.name, least=cls.min_inputs, n=n)


# -- commands -------------------------------------------------------------------------------------


class Command:
    """An edit with ``do`` and ``undo``; ``text`` names it in an Undo menu."""

    text = "edit"

    def do(self, graph: LayerGraph) -> None:
        raise NotImplementedError

    def undo(self, graph: LayerGraph) -> None:
        raise NotImplementedError


class AddNode(Command):
    def __init__(
        self,
        type_name: str,
        config: dict[str, Any] | None = None,
        *,
        name: str | None = None,
        position: tuple[float, float] = (0.0, 0.0),
        node_id: str | None = None,
    ) -> None:
        self.type = layer_specs.LAYERS.canonical(type_name)
        self.config = dict(config or {})
        self.name = name
        self.position = (float(position[0]), float(position[1]))
        self.node_id = node_id
        self.text = f"add {layer_specs.LAYERS.get(self.type).label}"

    def do(self, graph):
        if self.node_id is None:
            self.node_id = graph.new_id()
        elif self.node_id in graph.nodes:
            raise GraphError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "a node with id {node!r} already exists"), node=self.node_id
                )
            )
        if self.name is None:
            self.name = graph.unique_name(self.type)
        elif not self.name.strip():
            raise GraphError(Message(QT_TRANSLATE_NOOP("problems", "a layer's name cannot be empty")))
        else:
            self.name = self.name.strip()
        if any(n.name == self.name for n in graph.nodes.values()):
            raise GraphError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "another layer is already called {name!r}"), name=self.name
                )
            )
        graph.nodes[self.node_id] = Node(
            self.node_id, self.type, self.name, copy.deepcopy(self.config), self.position
        )
        graph._emit("node_added", self.node_id)

    def undo(self, graph):
        del graph.nodes[self.node_id]
        graph._emit("node_removed", self.node_id)


class RemoveNode(Command):
    """Remove a node and every edge touching it; undo puts all of it back where it was."""

    def __init__(self, node_id: str) -> None:
        self.node_id = node_id
        self.text = "delete layer"
        self._node: Node | None = None
        self._index = 0
        self._edges: list[tuple[int, Edge]] = []

    def do(self, graph):
        node = graph.node(self.node_id)
        self._index = list(graph.nodes).index(self.node_id)
        self._edges = [(i, e) for i, e in enumerate(graph.edges) if self.node_id in (e.source, e.target)]
        for _, edge in reversed(self._edges):
            graph.edges.remove(edge)
            graph._emit("edge_removed", edge=edge)
        self._node = graph.nodes.pop(self.node_id)
        graph._emit("node_removed", node.id)

    def undo(self, graph):
        items = list(graph.nodes.items())
        items.insert(self._index, (self.node_id, self._node))
        graph.nodes = dict(items)
        graph._emit("node_added", self.node_id)
        for i, edge in self._edges:
            graph.edges.insert(i, edge)
            graph._emit("edge_added", edge=edge)


class Connect(Command):
    def __init__(self, source: str, target: str) -> None:
        self.edge = Edge(source, target)
        self.text = "connect"

    def do(self, graph):
        graph.node(self.edge.source), graph.node(self.edge.target)
        if self.edge in graph.edges:
            raise GraphError(Message(QT_TRANSLATE_NOOP("problems", "these layers are already connected")))
        graph.edges.append(self.edge)
        graph._emit("edge_added", edge=self.edge)

    def undo(self, graph):
        graph.edges.remove(self.edge)
        graph._emit("edge_removed", edge=self.edge)


class Disconnect(Command):
    def __init__(self, source: str, target: str) -> None:
        self.edge = Edge(source, target)
        self.text = "disconnect"
        self._index = 0

    def do(self, graph):
        if self.edge not in graph.edges:
            raise GraphError(Message(QT_TRANSLATE_NOOP("problems", "these layers are not connected")))
        self._index = graph.edges.index(self.edge)
        graph.edges.pop(self._index)
        graph._emit("edge_removed", edge=self.edge)

    def undo(self, graph):
        graph.edges.insert(self._index, self.edge)
        graph._emit("edge_added", edge=self.edge)


_MISSING = object()


class SetConfig(Command):
    """Change some settings of a node (others stay). Invalid values are kept and reported by
    validation, exactly as typed, so nothing the user entered is silently replaced."""

    def __init__(self, node_id: str, changes: dict[str, Any]) -> None:
        self.node_id = node_id
        self.changes = copy.deepcopy(changes)
        self.text = "change " + ", ".join(changes)
        self._old: dict[str, Any] = {}

    def do(self, graph):
        config = graph.node(self.node_id).config
        self._old = {k: copy.deepcopy(config[k]) if k in config else _MISSING for k in self.changes}
        config.update(copy.deepcopy(self.changes))
        graph._emit("config_changed", self.node_id)

    def undo(self, graph):
        config = graph.node(self.node_id).config
        for key, value in self._old.items():
            if value is _MISSING:
                config.pop(key, None)
            else:
                config[key] = value
        graph._emit("config_changed", self.node_id)


class Rename(Command):
    def __init__(self, node_id: str, name: str) -> None:
        self.node_id = node_id
        self.name = name
        self.text = "rename"
        self._old = ""

    def do(self, graph):
        node = graph.node(self.node_id)
        new = self.name.strip()
        if not new:
            raise GraphError(Message(QT_TRANSLATE_NOOP("problems", "a layer's name cannot be empty")))
        if any(n.name == new and n.id != self.node_id for n in graph.nodes.values()):
            raise GraphError(
                Message(QT_TRANSLATE_NOOP("problems", "another layer is already called {name!r}"), name=new)
            )
        self._old, node.name = node.name, new
        graph._emit("renamed", self.node_id)

    def undo(self, graph):
        graph.node(self.node_id).name = self._old
        graph._emit("renamed", self.node_id)


class Move(Command):
    def __init__(self, node_id: str, position: tuple[float, float]) -> None:
        self.node_id = node_id
        self.position = (float(position[0]), float(position[1]))
        self.text = "move"
        self._old = (0.0, 0.0)

    def do(self, graph):
        node = graph.node(self.node_id)
        self._old, node.position = node.position, self.position
        graph._emit("moved", self.node_id)

    def undo(self, graph):
        graph.node(self.node_id).position = self._old
        graph._emit("moved", self.node_id)
