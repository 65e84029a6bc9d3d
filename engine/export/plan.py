"""What every exporter needs, worked out once: layers in order, safe names, weights, scaling.

The three exporters only translate an :class:`ExportPlan` into their format, so everything that
could go wrong with the *project* is found here, with one message for the CLI and the GUI
alike: no trained weights, a graph that cannot run, an input scaling that was never fitted.
"""

from dataclasses import dataclass

import numpy as np

from engine.activations import Activation
from engine.data import scaling as scaling_lib
from engine.errors import ConfigError, ShapeError
from engine.export.names import Namer
from engine.layers import Layer, Shape
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.project import Project


@dataclass(frozen=True)
class LayerPlan:
    """One layer to write out: its safe identifier, where its inputs come from, its weights."""

    ident: str
    layer: Layer
    #: Identifiers of the layers feeding this one, in the graph's edge order (Concatenate's order).
    inputs: tuple[str, ...]
    input_shapes: tuple[Shape, ...]
    output_shape: Shape
    #: What a Dense or Activation layer applies (None for other layers).
    activation: Activation | None
    #: float32 arrays under LayerLab's (= Keras') names: kernel, bias, gamma, beta, moving_*.
    params: dict[str, np.ndarray]

    @property
    def kind(self) -> str:
        return self.layer.type


@dataclass(frozen=True)
class InputScaling:
    """The input scaling fitted in training: ``(x − shift) / divisor``, then ``· stretch + low``.

    ``stretch`` is None for standardize; min-max to [low, high] has ``(high − low, low)``.
    """

    method: str
    shift: np.ndarray
    divisor: np.ndarray
    stretch: tuple[float, float] | None


@dataclass
class ExportPlan:
    #: Only the layers the Output depends on, in execution order: every one of them depends on
    #: the single Input, so it comes first, and the Output depends on them all, so it comes last.
    layers: list[LayerPlan]
    scaling: InputScaling | None
    #: What each output column stands for, when the project was trained on named classes.
    class_names: tuple[str, ...]
    #: Hands out further identifiers (e.g. a Keras activation layer split off a Dense).
    namer: Namer

    @property
    def input(self) -> LayerPlan:
        return self.layers[0]

    @property
    def output(self) -> LayerPlan:
        return self.layers[-1]

    @property
    def head(self) -> LayerPlan:
        """The layer whose result the Output passes on."""
        return next(lp for lp in self.layers if lp.ident == self.output.inputs[0])

    def describe_output(self) -> str:
        """What comes out and what it means, in words, for docstrings and the ONNX description."""
        shape = self.output.output_shape
        activation = self.head.activation.name if self.head.activation is not None else "linear"
        if len(shape) == 1 and activation == "softmax":
            meaning = f"the probabilities of the {shape[0]} classes (softmax)"
        elif shape == (1,) and activation == "sigmoid":
            meaning = "the probability of the positive class (sigmoid)"
        else:
            meaning = "the network's values" + ("" if activation == "linear" else f" after {activation}")
        return f"shape (N, {', '.join(map(str, shape))}): {meaning}"

    def describe_input(self) -> str:
        shape = ", ".join(map(str, self.input.output_shape))
        text = f"a batch of samples of shape (N, {shape}), unscaled as in the data set"
        if self.scaling is not None:
            text += f" (the model applies the {self.scaling.method} scaling fitted in training first)"
        return text


def plan_export(project: Project) -> ExportPlan:
    """The export plan of a trained project, or a LayerLabError saying why it cannot be exported."""
    model = project.to_model()
    net = model.network  # a GraphError listing the problems if the graph cannot run
    if not project.weights and net.weight_keys():
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "export", "the project has no trained weights yet: train it before exporting"
                ),
                context="export",
            )
        )
    needed = _feeding(project, net.output_id)
    namer = Namer()
    idents: dict[str, str] = {}
    layers = []
    for step in net.steps:
        if step.node_id not in needed:
            continue  # leads nowhere: a functional model (Keras) would drop it anyway
        idents[step.node_id] = namer.claim(step.name, step.layer.type)
        layers.append(
            LayerPlan(
                ident=idents[step.node_id],
                layer=step.layer,
                inputs=tuple(idents[s] for s in step.inputs),
                input_shapes=step.input_shapes,
                output_shape=step.output_shape,
                activation=step.activation,
                params={
                    name: np.ascontiguousarray(array, dtype=np.float32)
                    for name, array in model.params.get(step.node_id, {}).items()
                },
            )
        )
    return ExportPlan(
        layers=layers,
        scaling=_scaling(project, net.input_shape),
        class_names=tuple(map(str, project.training.get("class_names", ()))),
        namer=namer,
    )


def _feeding(project: Project, output_id: str) -> set[str]:
    """The Output and every node it depends on."""
    seen, todo = {output_id}, [output_id]
    while todo:
        for source in project.graph.inputs_of(todo.pop()):
            if source not in seen:
                seen.add(source)
                todo.append(source)
    return seen


def _scaling(project: Project, input_shape: Shape) -> InputScaling | None:
    scaler = scaling_lib.get(project.scaling)
    if scaler is None:
        return None
    # (shift, divisor) exactly as ``Scaler.transform`` uses them; raises if never fitted.
    shift, divisor = scaler.fitted()
    if shift.shape != tuple(input_shape):
        raise ShapeError(
            Message(
                QT_TRANSLATE_NOOP(
                    "export",
                    "the input scaling was fitted on samples of shape {fitted}, but the Input now "
                    "takes {shape}: train the project again before exporting",
                ),
                context="export",
                fitted=str(shift.shape),
                shape=str(tuple(input_shape)),
            )
        )
    stretch = None
    if isinstance(scaler, scaling_lib.MinMax):
        stretch = (scaler.high - scaler.low, scaler.low)
    return InputScaling(
        method=scaler.name,
        shift=shift.astype(np.float32),
        divisor=divisor.astype(np.float32),
        stretch=stretch,
    )
