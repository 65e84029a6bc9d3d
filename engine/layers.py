"""Layer specifications: configuration, output shapes and parameter shapes, before any math.

A layer here is a description, not a computation (the backends compute). Like Keras layers,
a spec validates its hyper-parameters when built and names the bad value;
``compute_output_shape`` works before any weight exists, so the canvas can show shapes and
problems while the user is still wiring; ``get_config``/``from_config`` round-trip exactly.

Shapes never include the batch axis: a batch of 2-D points has the shape ``(2,)``.
"""

import math
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from engine import activations, initializers, losses, regularizers
from engine.errors import ConfigError, ShapeError
from engine.messages import QT_TRANSLATE_NOOP, Message, reason, term
from engine.registry import Registry

Shape = tuple[int, ...]

LAYERS: Registry[type["Layer"]] = Registry("layer type")


@dataclass(frozen=True)
class Field:
    """One hyper-parameter of a layer: its kind, default and allowed range.

    The inspector builds its editor from this, and the constructor validates with it.
    ``kind`` is one of: int, float, bool, shape, activation, initializer, regularizer, loss.
    """

    name: str
    kind: str
    default: Any
    help: str
    minimum: float | None = None
    maximum: float | None = None
    #: Whether the bounds themselves are allowed.
    min_inclusive: bool = True
    max_inclusive: bool = True
    nullable: bool = False

    def range_text(self) -> str:
        lo = "" if self.minimum is None else f"{'[' if self.min_inclusive else '('}{self.minimum:g}"
        hi = "" if self.maximum is None else f"{self.maximum:g}{']' if self.max_inclusive else ')'}"
        if lo and hi:
            return Message(QT_TRANSLATE_NOOP("problems", "in {low}, {high}"), low=lo, high=hi)
        if lo:
            return f"{'≥' if self.min_inclusive else '>'} {self.minimum:g}"
        return f"{'≤' if self.max_inclusive else '<'} {self.maximum:g}" if hi else ""

    def validate(self, layer: str, value: Any) -> Any:
        """The value in canonical form, or a ConfigError naming layer, field and value."""
        if value is None and self.nullable:
            return None
        where = Message(
            QT_TRANSLATE_NOOP("problems", "{layer}: {field}"),
            layer=term(layer),
            field=term(self.name, "fields", _field_title(self.name)),
        )
        if self.kind in ("int", "float"):
            if self.kind == "int":
                ok = isinstance(value, int | np.integer) and not isinstance(value, bool)
                kind_text = Message(QT_TRANSLATE_NOOP("problems", "a whole number"))
            else:
                ok = isinstance(value, int | float | np.number) and not isinstance(value, bool)
                kind_text = Message(QT_TRANSLATE_NOOP("problems", "a number"))
                ok = ok and math.isfinite(value)
            if not ok:
                raise ConfigError(
                    Message(
                        QT_TRANSLATE_NOOP("problems", "{where} must be {kind} {range}, got {value}"),
                        where=where,
                        kind=kind_text,
                        range=self.range_text(),
                        value=repr(value),
                    )
                )
            value = int(value) if self.kind == "int" else float(value)
            low_bad = self.minimum is not None and (
                value < self.minimum if self.min_inclusive else value <= self.minimum
            )
            high_bad = self.maximum is not None and (
                value > self.maximum if self.max_inclusive else value >= self.maximum
            )
            if low_bad or high_bad:
                raise ConfigError(
                    Message(
                        QT_TRANSLATE_NOOP("problems", "{where} must be {range}, got {value}"),
                        where=where,
                        range=self.range_text(),
                        value=f"{value:g}",
                    )
                )
            return value
        if self.kind == "bool":
            if not isinstance(value, bool | np.bool_):
                raise ConfigError(
                    Message(
                        QT_TRANSLATE_NOOP("problems", "{where} must be true or false, got {value}"),
                        where=where,
                        value=repr(value),
                    )
                )
            return bool(value)
        if self.kind == "shape":
            return _validate_shape(where, value)
        serializers = {
            "activation": (activations.get, activations.serialize),
            "initializer": (initializers.get, initializers.serialize),
            "loss": (losses.get, losses.serialize),
            "regularizer": (regularizers.get, lambda r: r.get_config()),
        }
        build, serialize = serializers[self.kind]
        try:
            return serialize(build(value))
        except ConfigError as exc:
            raise ConfigError(
                Message(QT_TRANSLATE_NOOP("problems", "{where}: {reason}"), where=where, reason=reason(exc))
            ) from None


def _shapes_listed(shapes: list[Shape]) -> str:
    """``(2,) and (3,)``, each "and" in the interface language."""
    listed = str(shapes[0])
    for shape in shapes[1:]:
        listed = Message(QT_TRANSLATE_NOOP("problems", "{shapes} and {shape}"), shapes=listed, shape=shape)
    return listed


def _field_title(name: str) -> str:
    """How the GUI titles a setting (``kernel_size`` → ``Kernel size``): its catalogue key."""
    text = name.replace("_", " ")
    return text[:1].upper() + text[1:]


def _validate_shape(where: str, value: Any) -> Shape:
    if isinstance(value, int | np.integer) and not isinstance(value, bool):
        value = (int(value),)
    if not isinstance(value, list | tuple) or not value:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("problems", "{where} must be a size such as 2 or (8, 8), got {value}"),
                where=where,
                value=repr(value),
            )
        )
    dims = []
    for dim in value:
        if isinstance(dim, bool) or not isinstance(dim, int | np.integer) or dim < 1:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "problems", "{where}: every size must be a whole number ≥ 1, got {value}"
                    ),
                    where=where,
                    value=repr(value),
                )
            )
        dims.append(int(dim))
    return tuple(dims)


class Layer:
    """Base class of layer specs. Subclasses declare ``fields`` and the shape rules."""

    type: ClassVar[str]
    label: ClassVar[str]
    description: ClassVar[str]
    fields: ClassVar[tuple[Field, ...]] = ()
    #: How many incoming edges the layer takes (``None``: no upper limit).
    min_inputs: ClassVar[int] = 1
    max_inputs: ClassVar[int | None] = 1
    #: Parameters that training leaves to the layer itself (e.g. BatchNorm's moving averages).
    non_trainable: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, *args: Any, name: str | None = None, **kwargs: Any) -> None:
        if len(args) > len(self.fields):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "{layer} takes at most {count} positional settings"),
                    layer=term(self.label),
                    count=len(self.fields),
                )
            )
        given = dict(zip((f.name for f in self.fields), args, strict=False))
        for key, value in kwargs.items():
            if key in given:
                raise ConfigError(
                    Message(
                        QT_TRANSLATE_NOOP("problems", "{layer}: {setting} is given twice"),
                        layer=term(self.label),
                        setting=key,
                    )
                )
            given[key] = value
        known = {f.name for f in self.fields}
        unknown = sorted(set(given) - known)
        if unknown:
            if known:
                raise ConfigError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "problems", "{layer} has no setting {setting!r}; its settings are: {settings}"
                        ),
                        layer=term(self.label),
                        setting=unknown[0],
                        settings=", ".join(sorted(known)),
                    )
                )
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "{layer} has no setting {setting!r}"),
                    layer=term(self.label),
                    setting=unknown[0],
                )
            )
        self.config = {f.name: f.validate(self.label, given.get(f.name, f.default)) for f in self.fields}
        #: Preferred node name when this spec is placed in a graph (Keras' ``name=``).
        self.name = name

    def __getattr__(self, item: str) -> Any:
        config = self.__dict__.get("config")
        if config is not None and item in config:
            return config[item]
        raise AttributeError(item)

    def get_config(self) -> dict[str, Any]:
        """Every setting, JSON-ready; ``from_config`` rebuilds an equal layer."""
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.config.items()}

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> "Layer":
        return cls(**config)

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.config == other.config  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self.type)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.config.items())})"

    # -- shapes and parameters ------------------------------------------------------------------
    def compute_output_shape(self, input_shapes: list[Shape]) -> Shape:
        """The output shape for these input shapes, or a ShapeError saying why they do not fit."""
        return input_shapes[0]

    def parameter_shapes(self, input_shapes: list[Shape]) -> dict[str, Shape]:
        """Every parameter array's shape, in Keras' weight order."""
        return {}

    def count_params(self, input_shapes: list[Shape]) -> int:
        return sum(math.prod(s) for s in self.parameter_shapes(input_shapes).values())

    def initial_parameters(
        self, input_shapes: list[Shape], rng: np.random.Generator, dtype: Any = np.float32
    ) -> dict[str, np.ndarray]:
        """Fresh parameter arrays drawn from this layer's initializers."""
        return {}


def _flat_features(layer: Layer, shape: Shape) -> int:
    if len(shape) != 1:
        raise ShapeError(
            Message(
                QT_TRANSLATE_NOOP(
                    "problems",
                    "{layer} expects a flat vector of features but gets shape {shape}; put a Flatten "
                    "layer in front of it",
                ),
                layer=term(layer.label),
                shape=shape,
            )
        )
    return shape[0]


@LAYERS.register("input")
class Input(Layer):
    type, label = "input", "Input"
    description = "Where the data enters: one sample's features."
    fields = (Field("shape", "shape", (2,), "Size of one sample, e.g. 2 for (x₁, x₂), (8, 8) for an image."),)
    min_inputs, max_inputs = 0, 0

    def compute_output_shape(self, input_shapes):
        return self.config["shape"]


@LAYERS.register("dense", "fully_connected")
class Dense(Layer):
    type, label = "dense", "Dense"
    description = "Fully connected: every output is a weighted sum of all inputs plus a bias."
    fields = (
        Field("units", "int", 8, "Number of neurons (outputs).", minimum=1),
        Field("activation", "activation", "linear", "Applied to each neuron's weighted sum."),
        Field("use_bias", "bool", True, "Add a learnable bias b to each neuron."),
        Field("kernel_initializer", "initializer", "glorot_uniform", "How the weights W start."),
        Field("bias_initializer", "initializer", "zeros", "How the biases b start."),
        Field(
            "kernel_regularizer",
            "regularizer",
            None,
            "L1/L2 penalty on W against overfitting.",
            nullable=True,
        ),
    )

    def compute_output_shape(self, input_shapes):
        _flat_features(self, input_shapes[0])
        return (self.config["units"],)

    def parameter_shapes(self, input_shapes):
        n_in = _flat_features(self, input_shapes[0])
        shapes = {"kernel": (n_in, self.config["units"])}
        if self.config["use_bias"]:
            shapes["bias"] = (self.config["units"],)
        return shapes

    def initial_parameters(self, input_shapes, rng, dtype=np.float32):
        shapes = self.parameter_shapes(input_shapes)
        params = {"kernel": initializers.get(self.config["kernel_initializer"])(shapes["kernel"], rng, dtype)}
        if "bias" in shapes:
            params["bias"] = initializers.get(self.config["bias_initializer"])(shapes["bias"], rng, dtype)
        return params


@LAYERS.register("activation")
class Activation(Layer):
    type, label = "activation", "Activation"
    description = "Applies a non-linear function to each value (softmax: to each row)."
    fields = (Field("activation", "activation", "relu", "The function f(x)."),)


@LAYERS.register("dropout")
class Dropout(Layer):
    type, label = "dropout", "Dropout"
    description = "While training, zeroes a random fraction of values (against overfitting)."
    fields = (
        Field(
            "rate",
            "float",
            0.2,
            "Fraction of values dropped in each training step.",
            minimum=0.0,
            maximum=1.0,
            max_inclusive=False,
        ),
    )


@LAYERS.register("flatten")
class Flatten(Layer):
    type, label = "flatten", "Flatten"
    description = "Reshapes each sample into one flat vector, e.g. an 8×8 image into 64 values."

    def compute_output_shape(self, input_shapes):
        return (math.prod(input_shapes[0]),)


@LAYERS.register("batch_normalization", "batchnormalization", "batchnorm")
class BatchNormalization(Layer):
    type, label = "batch_normalization", "Batch normalization"
    description = "Rescales each feature to mean 0 and variance 1 over the batch, then learns γ, β."
    fields = (
        Field(
            "momentum",
            "float",
            0.99,
            "How slowly the moving mean/variance for inference follow the batches.",
            minimum=0.0,
            maximum=1.0,
            max_inclusive=False,
        ),
        Field(
            "epsilon",
            "float",
            1e-3,
            "Added to the variance so it is never divided by zero.",
            minimum=0.0,
            min_inclusive=False,
        ),
        Field("center", "bool", True, "Learn a shift β."),
        Field("scale", "bool", True, "Learn a scale γ."),
    )
    non_trainable = frozenset({"moving_mean", "moving_variance"})

    def parameter_shapes(self, input_shapes):
        channels = (input_shapes[0][-1],)
        shapes: dict[str, Shape] = {}
        if self.config["scale"]:
            shapes["gamma"] = channels
        if self.config["center"]:
            shapes["beta"] = channels
        shapes["moving_mean"] = channels
        shapes["moving_variance"] = channels
        return shapes

    def initial_parameters(self, input_shapes, rng, dtype=np.float32):
        ones = {"gamma", "moving_variance"}
        return {
            name: (np.ones if name in ones else np.zeros)(shape, dtype=dtype)
            for name, shape in self.parameter_shapes(input_shapes).items()
        }


@LAYERS.register("add")
class Add(Layer):
    type, label = "add", "Add"
    description = "Adds its inputs element by element (a skip connection); shapes must match."
    min_inputs, max_inputs = 2, None

    def compute_output_shape(self, input_shapes):
        first = input_shapes[0]
        for shape in input_shapes[1:]:
            if shape != first:
                listed = _shapes_listed(input_shapes)
                raise ShapeError(
                    Message(
                        QT_TRANSLATE_NOOP("problems", "Add needs inputs of one shape, but gets {shapes}"),
                        shapes=listed,
                    )
                )
        return first


@LAYERS.register("concatenate", "concat")
class Concatenate(Layer):
    type, label = "concatenate", "Concatenate"
    description = "Joins its inputs side by side along the last axis."
    min_inputs, max_inputs = 2, None

    def compute_output_shape(self, input_shapes):
        ranks = {len(s) for s in input_shapes}
        if len(ranks) > 1 or any(s[:-1] != input_shapes[0][:-1] for s in input_shapes):
            listed = _shapes_listed(input_shapes)
            raise ShapeError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "problems",
                        "Concatenate joins along the last axis, so all other sizes must match; gets {shapes}",
                    ),
                    shapes=listed,
                )
            )
        return (*input_shapes[0][:-1], sum(s[-1] for s in input_shapes))


@LAYERS.register("output")
class Output(Layer):
    type, label = "output", "Output"
    description = "The network's prediction, compared with the labels by the loss."
    fields = (Field("loss", "loss", None, "How far a prediction is from its label.", nullable=True),)

    @property
    def loss_function(self) -> "losses.Loss | None":
        spec = self.config["loss"]
        return None if spec is None else losses.get(spec)


def get(type_name: str) -> type[Layer]:
    """The layer class registered as ``type_name`` (clear error when unknown)."""
    return LAYERS.get(type_name)


def from_config(type_name: str, config: dict[str, Any]) -> Layer:
    return get(type_name).from_config(config)
