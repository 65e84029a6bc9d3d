"""Keras export: a readable ``.py`` file using the Keras 3 functional API, and a ``.npz`` of weights.

The layers are Keras' own — LayerLab's layers follow Keras, so each maps onto its namesake with
the same settings and weights in the same layout (a Dense kernel is (in, out) in both). The
weights are a ``.npz`` of plain arrays rather than a ``.weights.h5`` file: numpy reads it on
every Keras backend without h5py, and ``load_model()`` sets each layer's weights by name, in
lines a student can read. ``model.save("model.keras")`` gives Keras' own format afterwards.

Two activations take a parameter that Keras' activation *names* cannot carry (Keras' leaky
ReLU defaults to a slope of 0.2, LayerLab's to 0.01), so they become LeakyReLU / ELU layers.
The fitted input scaling becomes a Normalization layer (mean = shift, variance = divisor²),
followed for min-max by a Rescaling layer.
"""

from pathlib import Path

import numpy as np

from engine.activations import Activation
from engine.errors import ConfigError
from engine.export.code import CLASS_NAMES_COMMENT, call, ident, names_tuple, npz_bytes, number, shape, wrap
from engine.export.plan import ExportPlan, LayerPlan
from engine.messages import QT_TRANSLATE_NOOP, Message, term

#: Keras' names for the activations it has without a parameter (None: no activation).
ACTIVATION_NAMES = {
    "linear": None,
    "sigmoid": "sigmoid",
    "hard_sigmoid": "hard_sigmoid",
    "tanh": "tanh",
    "relu": "relu",
    "swish": "silu",
    "gelu": "gelu",  # approximate=False by default: the exact erf form, as LayerLab's
    "softplus": "softplus",
    "softmax": "softmax",
}
#: Activations with a parameter, as layers; ``{alpha}`` is LayerLab's α.
ACTIVATION_LAYERS = {
    "leaky_relu": "layers.LeakyReLU(negative_slope={alpha}",
    "elu": "layers.ELU(alpha={alpha}",
}


def _activation_layer(activation: Activation) -> str:
    """A call opening the activation layer for ``activation``, to be closed with ``, name=...)``."""
    if activation.name in ACTIVATION_LAYERS:
        alpha = activation.alpha  # type: ignore[attr-defined]
        return ACTIVATION_LAYERS[activation.name].format(alpha=number(alpha))
    if activation.name in ACTIVATION_NAMES:
        return f'layers.Activation("{ACTIVATION_NAMES[activation.name] or "linear"}"'
    raise ConfigError(
        Message(
            QT_TRANSLATE_NOOP(
                "export", "the Keras export has no counterpart for the activation {activation}"
            ),
            context="export",
            activation=term(activation.label),
        )
    )


class _Writer:
    """The lines of ``build_model`` and of ``load_model``'s weight loading, and the weights."""

    def __init__(self, plan: ExportPlan) -> None:
        self.plan = plan
        self.build: list[str] = []
        self.load: list[str] = []
        self.weights: dict[str, np.ndarray] = {}

    def _set_weights(self, name: str, params: dict[str, np.ndarray]) -> None:
        keys = [f"{name}/{p}" for p in params]
        self.weights.update({k: a for k, a in zip(keys, params.values(), strict=True)})
        opening = f'model.get_layer("{name}").set_weights(['
        self.load += call(opening, [f'weights["{k}"]' for k in keys], "])")

    def layer(self, lp: LayerPlan, ins: list[str]) -> None:
        name, kind, cfg = ident(lp.ident), lp.kind, lp.layer.config
        x = ins[0]
        activation = lp.activation
        if kind == "dense":
            assert activation is not None  # a Dense layer always has one (linear by default)
            bias = "" if cfg["use_bias"] else ", use_bias=False"
            if activation.name in ACTIVATION_NAMES:
                keras_name = ACTIVATION_NAMES[activation.name]
                act = "" if keras_name is None else f', activation="{keras_name}"'
                self.build.append(f'{name} = layers.Dense({cfg["units"]}{act}{bias}, name="{name}")({x})')
            else:  # an activation with a parameter: a layer of its own after the Dense
                self.build.append(f'{name} = layers.Dense({cfg["units"]}{bias}, name="{name}")({x})')
                extra = ident(self.plan.namer.claim(f"{name}_activation", "activation"))
                self.build.append(f'{name} = {_activation_layer(activation)}, name="{extra}")({name})')
            self._set_weights(name, lp.params)
        elif kind == "activation":
            assert activation is not None
            self.build.append(f'{name} = {_activation_layer(activation)}, name="{name}")({x})')
        elif kind == "dropout":
            self.build.append(f'{name} = layers.Dropout({number(cfg["rate"])}, name="{name}")({x})')
        elif kind == "flatten":
            self.build.append(f'{name} = layers.Flatten(name="{name}")({x})')
        elif kind == "batch_normalization":
            settings = [f"momentum={number(cfg['momentum'])}", f"epsilon={number(cfg['epsilon'])}"]
            settings += [f"{k}=False" for k in ("center", "scale") if not cfg[k]]
            opening = f"{name} = layers.BatchNormalization("
            self.build += call(opening, [*settings, f'name="{name}"'], f")({x})")
            self._set_weights(name, lp.params)
        elif kind == "add":
            self.build.append(f'{name} = layers.Add(name="{name}")([{", ".join(ins)}])')
        elif kind == "concatenate":
            self.build.append(f'{name} = layers.Concatenate(axis=-1, name="{name}")([{", ".join(ins)}])')
        else:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "export", "the Keras export has no translation for the layer type {layer}"
                    ),
                    context="export",
                    layer=term(lp.layer.label),
                )
            )

    def scaling(self, x: str) -> str:
        """Normalization (and Rescaling for min-max) layers; returns the scaled tensor's name."""
        scaling = self.plan.scaling
        assert scaling is not None
        rank = scaling.shift.ndim
        axis = "-1" if rank == 1 else shape(range(1, rank + 1))
        self.weights["input_scaling/mean"] = scaling.shift
        variance = np.square(scaling.divisor.astype(np.float64))
        self.weights["input_scaling/variance"] = variance.astype(np.float32)
        self.build += [
            f"# The input scaling fitted on the training split ({scaling.method}): (x - shift) / divisor,",
            "# written as Keras' Normalization with mean = shift and variance = divisor ** 2.",
            "input_scaling = layers.Normalization(",
            f"    axis={axis},",
            '    mean=weights["input_scaling/mean"],',
            '    variance=weights["input_scaling/variance"],',
            '    name="input_scaling",',
            f")({x})",
        ]
        if scaling.stretch is None:
            return "input_scaling"
        stretch, low = scaling.stretch
        self.build.append(
            f"input_stretch = layers.Rescaling({number(stretch)}, offset={number(low)}, "
            'name="input_stretch")(input_scaling)'
        )
        return "input_stretch"


def source(plan: ExportPlan) -> tuple[str, dict[str, np.ndarray]]:
    """The generated module's text and its weights (Keras layouts, keyed ``layer/weight``)."""
    w = _Writer(plan)
    first = ident(plan.input.ident)
    w.build.append(f'{first} = keras.Input(shape={shape(plan.input.output_shape)}, name="{first}")')
    values = {plan.input.ident: first if plan.scaling is None else w.scaling(first)}
    for lp in plan.layers[1:-1]:
        w.layer(lp, [values[i] for i in lp.inputs])
        values[lp.ident] = lp.ident
    result = values[plan.output.inputs[0]]
    w.build.append(f'return keras.Model(inputs={first}, outputs={result}, name="layerlab_model")')
    takes = "weights: dict[str, np.ndarray]" if plan.scaling is not None else ""
    doc = [
        '"""Keras 3 model exported from LayerLab.',
        "",
        *wrap(
            "The network built with the Keras functional API, layer for layer. Its weights are in "
            "the .npz file with this file's name, beside it. It runs on any Keras 3 backend "
            "(LayerLab tests it with KERAS_BACKEND=torch)."
        ),
        "",
        "    from <this module> import load_model",
        "",
        "    model = load_model()",
        "    outputs = model.predict(samples)",
        "",
        *wrap(f"Input: {plan.describe_input()}."),
        *wrap(f"Output: {plan.describe_output()}."),
        'In Keras\' own format: model.save("model.keras").',
        '"""',
    ]
    lines = [
        *doc,
        "",
        "from pathlib import Path",
        "",
        "import keras",
        "import numpy as np",
        "from keras import layers",
        "",
        'WEIGHTS = Path(__file__).with_suffix(".npz")',
    ]
    if plan.class_names:
        lines += [*CLASS_NAMES_COMMENT, f"CLASS_NAMES = {names_tuple(plan.class_names)}"]
    lines += [
        "",
        "",
        f"def build_model({takes}) -> keras.Model:",
        '    """The layers, wired as in LayerLab'
        + (' (the input scaling takes its statistics from ``weights``)."""' if takes else '."""'),
        *(f"    {line}" for line in w.build),
        "",
        "",
        "def load_model(path: str | Path = WEIGHTS) -> keras.Model:",
        '    """The model with the weights from ``path`` (Dropout acts only in training)."""',
        "    with np.load(path, allow_pickle=False) as npz:",
        "        weights = {name: npz[name] for name in npz.files}",
        f"    model = build_model({'weights' if takes else ''})",
        *(f"    {line}" for line in w.load),
        "    return model",
        "",
        "",
        'if __name__ == "__main__":',
        "    load_model().summary()",
        "",
    ]
    return "\n".join(lines), w.weights


def files(plan: ExportPlan, path: Path) -> dict[Path, bytes]:
    """The module at ``path`` and its weights beside it (same name, suffix ``.npz``)."""
    text, weights = source(plan)
    return {path: text.encode("utf-8"), path.with_suffix(".npz"): npz_bytes(weights)}
