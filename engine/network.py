"""Network: a checked, executable snapshot of a LayerGraph, shared by every backend.

Building one runs the graph's validation; any error stops it with the problems listed, so a
backend only ever sees a graph that makes sense: one Input, one Output with a loss, every
shape known. The network also decides the one piece of cross-layer planning the math needs:
whether the loss is fused with the activation before it (see ``engine.losses``).
"""

from dataclasses import dataclass
from typing import Any

import numpy as np

from engine import activations, regularizers
from engine import layers as layer_specs
from engine.errors import GraphError
from engine.graph import LayerGraph
from engine.layers import Layer, Shape
from engine.losses import Loss
from engine.messages import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class Step:
    """One node in execution order, with everything a backend needs to run it."""

    node_id: str
    name: str
    layer: Layer
    inputs: tuple[str, ...]
    input_shapes: tuple[Shape, ...]
    output_shape: Shape
    #: The activation a Dense or Activation layer applies (None for other layers).
    activation: activations.Activation | None
    parameter_shapes: dict[str, Shape]


class Network:
    def __init__(self, graph: LayerGraph, *, require_loss: bool = True) -> None:
        analysis = graph.analyze()
        errors = [p for p in analysis.errors if require_loss or p.code != "missing_loss"]
        if errors:
            # One line per problem, each translated on its own.
            listed = Message(QT_TRANSLATE_NOOP("problems", "- {problem}"), problem=errors[0].message)
            for p in errors[1:]:
                listed = Message(
                    QT_TRANSLATE_NOOP("problems", "{lines}\n- {problem}"), lines=listed, problem=p.message
                )
            raise GraphError(
                Message(QT_TRANSLATE_NOOP("problems", "the network cannot run yet:\n{listed}"), listed=listed)
            )
        self.graph = graph
        steps = []
        for nid in analysis.order:
            node, layer = graph.nodes[nid], analysis.layers[nid]
            sources = tuple(graph.inputs_of(nid))
            in_shapes = tuple(analysis.shapes[s] for s in sources)
            activation = (
                layer.config.get("activation")
                if isinstance(layer, layer_specs.Dense | layer_specs.Activation)
                else None
            )
            steps.append(
                Step(
                    node_id=nid,
                    name=node.name,
                    layer=layer,
                    inputs=sources,
                    input_shapes=in_shapes,  # type: ignore[arg-type]
                    output_shape=analysis.shapes[nid],  # type: ignore[arg-type]
                    activation=None if activation is None else activations.get(activation),
                    parameter_shapes=layer.parameter_shapes(list(in_shapes)),  # type: ignore[arg-type]
                )
            )
        self.steps: list[Step] = steps
        self.step_of = {s.node_id: s for s in steps}
        self.input_id = next(s.node_id for s in steps if isinstance(s.layer, layer_specs.Input))
        output = next(s for s in steps if isinstance(s.layer, layer_specs.Output))
        self.output_id = output.node_id
        #: The node whose result the Output passes on (the network's last computing layer).
        self.head_id = output.inputs[0]
        self.loss: Loss | None = output.layer.loss_function  # type: ignore[attr-defined]
        head_activation = self.step_of[self.head_id].activation
        #: Whether the loss is computed from the head's pre-activation values (logits).
        self.fused_loss = bool(
            self.loss is not None
            and self.loss.fused_activation is not None
            and not getattr(self.loss, "from_logits", False)
            and head_activation is not None
            and head_activation.name == self.loss.fused_activation
        )
        self.input_shape: Shape = self.step_of[self.input_id].output_shape
        self.output_shape: Shape = output.output_shape

    # -- parameters ---------------------------------------------------------------------------------
    def weight_keys(self) -> list[tuple[str, str]]:
        """(node id, parameter name) of every array, in Keras' ``get_weights`` order."""
        return [(s.node_id, name) for s in self.steps for name in s.parameter_shapes]

    def trainable_keys(self) -> list[tuple[str, str]]:
        return [
            (nid, name)
            for nid, name in self.weight_keys()
            if name not in self.step_of[nid].layer.non_trainable
        ]

    def init_params(
        self, rng: np.random.Generator, dtype: Any = np.float32
    ) -> dict[str, dict[str, np.ndarray]]:
        """Fresh parameters for every layer, drawn in execution order from ``rng``."""
        return {
            s.node_id: s.layer.initial_parameters(list(s.input_shapes), rng, dtype)
            for s in self.steps
            if s.parameter_shapes
        }

    def count_params(self) -> int:
        return sum(int(np.prod(shape)) for s in self.steps for shape in s.parameter_shapes.values())

    def regularization(
        self, params: dict[str, dict[str, np.ndarray]]
    ) -> tuple[float, dict[tuple[str, str], np.ndarray]]:
        """The total weight penalty and its gradient for each regularized kernel."""
        penalty, grads = 0.0, {}
        for s in self.steps:
            spec = s.layer.config.get("kernel_regularizer")
            if spec is None:
                continue
            reg = regularizers.get(spec)
            kernel = params[s.node_id]["kernel"]
            penalty += reg.penalty(kernel)
            grads[(s.node_id, "kernel")] = reg.grad(kernel)
        return penalty, grads
