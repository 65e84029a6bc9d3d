"""ONNX export: the network as an ONNX graph (opset 17) that onnxruntime and others can run.

The graph takes ``inputs`` — raw samples, shape (batch, *Input shape) — and returns
``outputs``. When the project scales its inputs, the scaling fitted in training is the graph's
first nodes (Sub, Div, and for min-max Mul, Add), so the model takes data as it comes.

Each layer is written with the operators that compute exactly what LayerLab computes:

- Dense → Gemm (x·W + b), then its activation.
- BatchNormalization → Sub/Mul/Add over the *last* axis with the moving statistics and
  1/√(var + ε) computed as LayerLab does. (ONNX's BatchNormalization normalises axis 1, which
  is the same only for flat inputs, and folds the arithmetic differently.)
- Swish and GELU are composed (Sigmoid·x; 0.5·x·(1 + erf(x/√2))): opset 17 has neither.
- Dropout → Identity: it only acts while training.

Node and tensor names are the layers' safe identifiers (see ``names``), never the typed names.
"""

import json
import math
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from engine.activations import Activation
from engine.errors import ConfigError
from engine.export.plan import ExportPlan, InputScaling, LayerPlan
from engine.messages import QT_TRANSLATE_NOOP, Message, term

OPSET = 17
#: The IR version that goes with opset 17, so runtimes from 2022 on can read the file.
IR_VERSION = 8
INPUT_NAME, OUTPUT_NAME = "inputs", "outputs"
#: Keys of the model's metadata that ``layerlab predict`` and ``serve`` read back.
CLASS_NAMES_KEY = "layerlab.class_names"
SCALING_KEY = "layerlab.input_scaling"


class _Builder:
    """Collects nodes and initializers; every node is named after the tensor it produces."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.initializers: list[onnx.TensorProto] = []
        self._constants: dict[float, str] = {}

    def op(self, op_type: str, inputs: list[str], output: str, **attributes) -> str:
        self.nodes.append(helper.make_node(op_type, inputs, [output], name=output, **attributes))
        return output

    def weight(self, name: str, array: np.ndarray) -> str:
        self.initializers.append(numpy_helper.from_array(np.asarray(array, dtype=np.float32), name))
        return name

    def constant(self, value: float) -> str:
        """A float32 scalar initializer, shared by every node that needs the same value."""
        if value not in self._constants:
            self._constants[value] = self.weight(f"const/{value!r}", np.array(value, dtype=np.float32))
        return self._constants[value]


def _activation(b: _Builder, activation: Activation, x: str, out: str) -> str:
    """Nodes computing ``out = f(x)``."""
    name = activation.name
    alpha = getattr(activation, "alpha", None)
    if name == "linear":
        return b.op("Identity", [x], out)
    simple = {"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "Relu", "softplus": "Softplus"}
    if name in simple:
        return b.op(simple[name], [x], out)
    if name == "hard_sigmoid":  # relu6(x + 3) / 6, as Keras 3 and PyTorch define it
        return b.op("HardSigmoid", [x], out, alpha=1 / 6, beta=0.5)
    if name == "leaky_relu":
        return b.op("LeakyRelu", [x], out, alpha=alpha)
    if name == "elu":
        return b.op("Elu", [x], out, alpha=alpha)
    if name == "softmax":
        return b.op("Softmax", [x], out, axis=-1)
    if name == "swish":
        sigmoid = b.op("Sigmoid", [x], f"{out}/sigmoid")
        return b.op("Mul", [x, sigmoid], out)
    if name == "gelu":
        scaled = b.op("Div", [x, b.constant(math.sqrt(2))], f"{out}/scaled")
        erf = b.op("Erf", [scaled], f"{out}/erf")
        one_plus = b.op("Add", [erf, b.constant(1.0)], f"{out}/one_plus_erf")
        half_x = b.op("Mul", [x, b.constant(0.5)], f"{out}/half_x")
        return b.op("Mul", [half_x, one_plus], out)
    raise ConfigError(
        Message(
            QT_TRANSLATE_NOOP("export", "the ONNX export has no operator for the activation {activation}"),
            context="export",
            activation=term(activation.label),
        )
    )


def _layer(b: _Builder, lp: LayerPlan, ins: list[str]) -> str:
    """Nodes for one layer; returns the name of the tensor it produces (its identifier)."""
    kind, out, p = lp.kind, lp.ident, lp.params
    if kind == "dense":
        args = [ins[0], b.weight(f"{out}.kernel", p["kernel"])]
        if "bias" in p:
            args.append(b.weight(f"{out}.bias", p["bias"]))
        activation = lp.activation
        assert activation is not None  # a Dense layer always has one (linear by default)
        if activation.name == "linear":
            return b.op("Gemm", args, out)
        return _activation(b, activation, b.op("Gemm", args, f"{out}/z"), out)
    if kind == "activation":
        assert lp.activation is not None
        return _activation(b, lp.activation, ins[0], out)
    if kind in ("dropout", "output"):
        return b.op("Identity", ins, out)
    if kind == "flatten":
        return b.op("Flatten", ins, out, axis=1)
    if kind == "batch_normalization":
        return _batch_norm(b, lp, ins[0])
    if kind == "add":
        return b.op("Sum", ins, out)
    if kind == "concatenate":
        return b.op("Concat", ins, out, axis=-1)
    raise ConfigError(
        Message(
            QT_TRANSLATE_NOOP("export", "the ONNX export has no translation for the layer type {layer}"),
            context="export",
            layer=term(lp.layer.label),
        )
    )


def _batch_norm(b: _Builder, lp: LayerPlan, x: str) -> str:
    """(x − mean) · 1/√(var + ε) · γ + β over the last axis, in LayerLab's order of operations."""
    out, p = lp.ident, lp.params
    mean = b.weight(f"{out}.moving_mean", p["moving_mean"])
    var = b.weight(f"{out}.moving_variance", p["moving_variance"])
    eps = b.constant(float(np.float32(lp.layer.config["epsilon"])))
    std = b.op("Sqrt", [b.op("Add", [var, eps], f"{out}/var_plus_eps")], f"{out}/std")
    inv_std = b.op("Reciprocal", [std], f"{out}/inv_std")
    centred = b.op("Sub", [x, mean], f"{out}/centred")
    steps: list[tuple[str, str]] = [("Mul", inv_std)]
    if "gamma" in p:
        steps.append(("Mul", b.weight(f"{out}.gamma", p["gamma"])))
    if "beta" in p:
        steps.append(("Add", b.weight(f"{out}.beta", p["beta"])))
    value = centred
    for i, (op_type, operand) in enumerate(steps):
        value = b.op(op_type, [value, operand], out if i == len(steps) - 1 else f"{out}/{op_type.lower()}{i}")
    return value


def _scaling(b: _Builder, scaling: InputScaling, out: str) -> str:
    """The fitted input scaling as the graph's first nodes: (x − shift) / divisor [· stretch + low]."""
    shift = b.weight("input_scaling.shift", scaling.shift)
    centred = b.op("Sub", [INPUT_NAME, shift], "input_scaling/centred")
    divisor = b.weight("input_scaling.divisor", scaling.divisor)
    if scaling.stretch is None:
        return b.op("Div", [centred, divisor], out)
    unit = b.op("Div", [centred, divisor], "input_scaling/unit")
    stretch, low = scaling.stretch
    stretched = b.op("Mul", [unit, b.constant(stretch)], "input_scaling/stretched")
    return b.op("Add", [stretched, b.constant(low)], out)


def build_model(plan: ExportPlan) -> onnx.ModelProto:
    """The ONNX model of ``plan``, checked by ``onnx.checker`` (a failure there is a bug)."""
    b = _Builder()
    tensors: dict[str, str] = {}
    for lp in plan.layers:
        if lp.kind == "input":
            tensors[lp.ident] = INPUT_NAME if plan.scaling is None else _scaling(b, plan.scaling, lp.ident)
        elif lp.kind == "output":
            tensors[lp.ident] = b.op("Identity", [tensors[lp.inputs[0]]], OUTPUT_NAME)
        else:
            tensors[lp.ident] = _layer(b, lp, [tensors[i] for i in lp.inputs])
    inputs = helper.make_tensor_value_info(INPUT_NAME, TensorProto.FLOAT, ["batch", *plan.input.output_shape])
    outputs = helper.make_tensor_value_info(
        OUTPUT_NAME, TensorProto.FLOAT, ["batch", *plan.output.output_shape]
    )
    graph = helper.make_graph(b.nodes, "layerlab", [inputs], [outputs], initializer=b.initializers)
    model = helper.make_model(
        graph,
        opset_imports=[helper.make_opsetid("", OPSET)],
        ir_version=IR_VERSION,
        producer_name="LayerLab",
        doc_string=_doc(plan),
    )
    metadata = {SCALING_KEY: plan.scaling.method if plan.scaling else "none"}
    if plan.class_names:
        metadata[CLASS_NAMES_KEY] = json.dumps(list(plan.class_names), ensure_ascii=False)
    helper.set_model_props(model, metadata)
    onnx.checker.check_model(model, full_check=True)
    return model


def _doc(plan: ExportPlan) -> str:
    text = [
        "Exported from LayerLab.",
        f"Input {INPUT_NAME!r}: {plan.describe_input()}.",
        f"Output {OUTPUT_NAME!r}: {plan.describe_output()}.",
    ]
    if plan.scaling is not None:
        text.append(
            "The first nodes (input_scaling/...) are the input scaling: (x - shift) / divisor"
            + (" * stretch + low" if plan.scaling.stretch else "")
            + "."
        )
    if plan.class_names:
        text.append(f"Class names: metadata key {CLASS_NAMES_KEY!r} (a JSON list).")
    return "\n".join(text)


def files(plan: ExportPlan, path: Path) -> dict[Path, bytes]:
    """The one file of this format: the serialized model at ``path``."""
    return {path: build_model(plan).SerializeToString()}
