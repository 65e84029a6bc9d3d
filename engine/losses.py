"""Loss functions L(prediction, target) and their gradients, defined once.

Every loss is the mean over the batch of a per-sample loss; ``grad`` is the gradient of that
mean with respect to the prediction, so the backends never rescale by the batch size.

Cross-entropies also know the output activation they pair with (sigmoid for binary, softmax
for categorical). When the network ends in that activation the backends skip it and call the
``*_from_logits`` form: the fused formula never takes the log of a rounded-to-zero
probability, and its gradient is simply ``probabilities − targets``.
"""

import math
from typing import Any, ClassVar

import numpy as np

from engine.activations import row_max, row_sum, sigmoid, softmax, where
from engine.errors import ConfigError, ShapeError
from engine.messages import QT_TRANSLATE_NOOP, Message, term
from engine.registry import Configurable, Registry, compact_config

LOSSES: Registry[type["Loss"]] = Registry("loss")

#: Probabilities are kept inside [EPS, 1 − EPS] before a log (as Keras does), so a confident
#: wrong answer gives a large finite loss rather than inf.
EPS = 1e-7


class Loss(Configurable):
    name: ClassVar[str]
    label: ClassVar[str]
    #: The output activation whose fusion with this loss is exact and stable, if any.
    fused_activation: ClassVar[str | None] = None
    #: Whether targets are class indices (one integer per sample) rather than arrays.
    sparse_targets: ClassVar[bool] = False
    #: Whether the loss treats outputs as probabilities of classes.
    is_classification: ClassVar[bool] = False

    def per_sample(self, y_pred: np.ndarray, y_true: np.ndarray) -> np.ndarray:
        """The loss of each sample (shape ``(batch,)``)."""
        raise NotImplementedError

    def __call__(self, y_pred: np.ndarray, y_true: np.ndarray) -> float:
        return float(np.mean(self.per_sample(y_pred, self.targets_like(y_pred, y_true))))

    def value(self, y_pred: np.ndarray, y_true: np.ndarray) -> float:
        """The batch-mean loss."""
        return self(y_pred, y_true)

    def grad(self, y_pred: np.ndarray, y_true: np.ndarray) -> np.ndarray:
        """d(batch-mean loss)/d(y_pred)."""
        raise NotImplementedError

    def value_from_logits(self, z: np.ndarray, y_true: np.ndarray) -> float:
        raise NotImplementedError(f"{self.name} has no fused form")

    def grad_from_logits(self, z: np.ndarray, y_true: np.ndarray) -> np.ndarray:
        raise NotImplementedError(f"{self.name} has no fused form")

    def targets_like(self, y_pred: np.ndarray, y_true: np.ndarray) -> np.ndarray:
        """Targets reshaped to the prediction's shape (``(n,)`` labels for ``(n, 1)`` outputs)."""
        y_true = np.asarray(y_true)
        if y_true.shape == y_pred.shape:
            return y_true.astype(y_pred.dtype, copy=False)
        if y_true.size == y_pred.size and y_true.shape[:1] == y_pred.shape[:1]:
            return y_true.reshape(y_pred.shape).astype(y_pred.dtype, copy=False)
        raise ShapeError(
            Message(
                QT_TRANSLATE_NOOP(
                    "problems", "{loss}: targets of shape {targets} do not match predictions of shape {shape}"
                ),
                loss=term(self.label),
                targets=y_true.shape,
                shape=y_pred.shape,
            )
        )

    def output_problem(self, units: int, activation: str | None) -> str | None:
        """Why this loss cannot train an output of ``units`` units after ``activation``."""
        return None


# -- the formulas ---------------------------------------------------------------------------------
# Each loss's per-element value and gradient, written once with numpy operations that mean the
# same on whole arrays (the classes below) and on single numbers inside the numba kernels
# (engine/backends/kernels compiles these very functions). The classes add the batch means.
# ``lo``/``hi`` are the clipping bounds (EPS, 1 − EPS), passed in so a kernel can give them in
# the array's own dtype, exactly as numpy rounds them.


def mse(p, y):
    return (p - y) ** 2


def mse_grad(p, y):
    return 2 * (p - y)


def mae(p, y):
    return np.abs(p - y)


def mae_grad(p, y):
    return np.sign(p - y)


def huber(p, y, delta):
    d = np.abs(p - y)
    quadratic = 0.5 * d * d
    linear = delta * (d - 0.5 * delta)
    return where(d <= delta, quadratic, linear)


def huber_grad(p, y, delta):
    d = p - y
    return where(np.abs(d) <= delta, d, delta * np.sign(d))


def binary_crossentropy(p, y, lo, hi):
    p = np.minimum(np.maximum(p, lo), hi)  # clip into [lo, hi]
    return -(y * np.log(p) + (1 - y) * np.log(1 - p))


def binary_crossentropy_grad(p, y, lo, hi):
    p = np.minimum(np.maximum(p, lo), hi)
    return (p - y) / (p * (1 - p))


def binary_crossentropy_from_logits(z, y):
    # log(1 + e^z) − z·y, written so that e^{|z|} never overflows.
    return np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))


def binary_crossentropy_from_logits_grad(z, y):
    return sigmoid(z) - y


def categorical_crossentropy(p, y, lo, hi):
    """Per element; a sample's loss is the sum over its row."""
    return -(y * np.log(np.minimum(np.maximum(p, lo), hi)))


def categorical_crossentropy_grad(p, y, lo, hi):
    return -y / np.minimum(np.maximum(p, lo), hi)


def log_softmax(z):
    shifted = z - row_max(z)
    return shifted - np.log(row_sum(np.exp(shifted)))


def categorical_crossentropy_from_logits_grad(z, y):
    return softmax(z) - y


#: Every shared formula, for the kernels to compile (engine/backends/kernels/shared.py).
FORMULAS = (
    mse,
    mse_grad,
    mae,
    mae_grad,
    huber,
    huber_grad,
    binary_crossentropy,
    binary_crossentropy_grad,
    binary_crossentropy_from_logits,
    binary_crossentropy_from_logits_grad,
    categorical_crossentropy,
    categorical_crossentropy_grad,
    log_softmax,
    categorical_crossentropy_from_logits_grad,
)


def _samples_mean(elementwise: np.ndarray) -> np.ndarray:
    """Mean over every axis but the batch axis."""
    return elementwise.reshape(elementwise.shape[0], -1).mean(axis=1)


def _per_element_scale(y_pred: np.ndarray) -> float:
    """1 / (number of elements): the factor that turns a sum into the batch-mean of sample means."""
    return 1.0 / y_pred.size


@LOSSES.register("mse", "mean_squared_error", "l2")
class MeanSquaredError(Loss):
    """(ŷ − y)²: the L2 loss. Large errors dominate, so outliers pull the fit."""

    name = "mse"
    label = "Mean squared error (L2)"

    def per_sample(self, y_pred, y_true):
        return _samples_mean(mse(y_pred, y_true))

    def grad(self, y_pred, y_true):
        y_true = self.targets_like(y_pred, y_true)
        return mse_grad(y_pred, y_true) * _per_element_scale(y_pred)


@LOSSES.register("mae", "mean_absolute_error", "l1")
class MeanAbsoluteError(Loss):
    """|ŷ − y|: the L1 loss. Every error pulls equally hard, so outliers matter less."""

    name = "mae"
    label = "Mean absolute error (L1)"

    def per_sample(self, y_pred, y_true):
        return _samples_mean(mae(y_pred, y_true))

    def grad(self, y_pred, y_true):
        y_true = self.targets_like(y_pred, y_true)
        return mae_grad(y_pred, y_true) * _per_element_scale(y_pred)


@LOSSES.register("huber")
class Huber(Loss):
    """½d² for |d| ≤ δ, δ(|d| − ½δ) beyond: L2 near the target, L1 far from it."""

    name = "huber"
    label = "Huber"

    def __init__(self, delta: float = 1.0) -> None:
        if isinstance(delta, bool) or not isinstance(delta, int | float) or not delta > 0:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "Huber loss: delta must be a number > 0, got {value}"),
                    value=repr(delta),
                )
            )
        if not math.isfinite(delta):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "Huber loss: delta must be finite, got {value}"),
                    value=repr(delta),
                )
            )
        self.delta = float(delta)

    def per_sample(self, y_pred, y_true):
        return _samples_mean(huber(y_pred, y_true, self.delta))

    def grad(self, y_pred, y_true):
        g = huber_grad(y_pred, self.targets_like(y_pred, y_true), self.delta)
        return g * _per_element_scale(y_pred)

    def get_config(self):
        return {"name": self.name, "delta": self.delta}


@LOSSES.register("binary_crossentropy", "bce", "binary_cross_entropy")
class BinaryCrossentropy(Loss):
    """−[y log p + (1 − y) log(1 − p)]: one yes/no question per output unit."""

    name = "binary_crossentropy"
    label = "Binary cross-entropy"
    fused_activation = "sigmoid"
    is_classification = True

    def __init__(self, from_logits: bool = False) -> None:
        if not isinstance(from_logits, bool):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "problems", "binary cross-entropy: from_logits must be true or false, got {value}"
                    ),
                    value=repr(from_logits),
                )
            )
        self.from_logits = from_logits

    def per_sample(self, y_pred, y_true):
        if self.from_logits:
            return _samples_mean(self._elementwise_from_logits(y_pred, y_true))
        return _samples_mean(binary_crossentropy(y_pred, y_true, EPS, 1 - EPS))

    def grad(self, y_pred, y_true):
        if self.from_logits:
            return self.grad_from_logits(y_pred, y_true)
        y_true = self.targets_like(y_pred, y_true)
        return binary_crossentropy_grad(y_pred, y_true, EPS, 1 - EPS) * _per_element_scale(y_pred)

    @staticmethod
    def _elementwise_from_logits(z, y):
        return binary_crossentropy_from_logits(z, y)

    def value_from_logits(self, z, y_true):
        y_true = self.targets_like(z, y_true)
        return float(np.mean(_samples_mean(self._elementwise_from_logits(z, y_true))))

    def grad_from_logits(self, z, y_true):
        y_true = self.targets_like(z, y_true)
        return binary_crossentropy_from_logits_grad(z, y_true) * _per_element_scale(z)

    def output_problem(self, units, activation):
        if activation == "softmax" and not self.from_logits:
            return Message(
                QT_TRANSLATE_NOOP(
                    "problems",
                    "binary cross-entropy treats each output unit as its own yes/no probability, but "
                    "softmax makes the units compete; use sigmoid, or categorical cross-entropy",
                )
            )
        if units > 1 and activation != "sigmoid" and not self.from_logits:
            return Message(
                QT_TRANSLATE_NOOP(
                    "problems",
                    "binary cross-entropy on {units} units needs a sigmoid on each unit; for one class "
                    "out of {units} use (sparse) categorical cross-entropy with softmax",
                ),
                units=units,
            )
        return None

    def get_config(self):
        return {"name": self.name, "from_logits": self.from_logits}


class _Categorical(Loss):
    fused_activation = "softmax"
    is_classification = True

    def __init__(self, from_logits: bool = False) -> None:
        if not isinstance(from_logits, bool):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "{loss}: from_logits must be true or false, got {value}"),
                    loss=term(self.label),
                    value=repr(from_logits),
                )
            )
        self.from_logits = from_logits

    def one_hot(self, y_pred: np.ndarray, y_true: np.ndarray) -> np.ndarray:
        return self.targets_like(y_pred, y_true)

    def per_sample(self, y_pred, y_true):
        y = self.one_hot(y_pred, y_true)
        if self.from_logits:
            return -np.sum(y * log_softmax(y_pred), axis=-1)
        return np.sum(categorical_crossentropy(y_pred, y, EPS, 1.0), axis=-1)

    def __call__(self, y_pred, y_true):
        return float(np.mean(self.per_sample(y_pred, y_true)))

    def grad(self, y_pred, y_true):
        if self.from_logits:
            return self.grad_from_logits(y_pred, y_true)
        y = self.one_hot(y_pred, y_true)
        return categorical_crossentropy_grad(y_pred, y, EPS, 1.0) / y_pred.shape[0]

    def value_from_logits(self, z, y_true):
        y = self.one_hot(z, y_true)
        return float(np.mean(-np.sum(y * log_softmax(z), axis=-1)))

    def grad_from_logits(self, z, y_true):
        y = self.one_hot(z, y_true)
        return categorical_crossentropy_from_logits_grad(z, y) / z.shape[0]

    def output_problem(self, units, activation):
        if units < 2:
            return Message(
                QT_TRANSLATE_NOOP(
                    "problems",
                    "{loss} needs one output unit per class (at least 2), but this output has {units}; "
                    "for a yes/no answer use binary cross-entropy with a sigmoid",
                ),
                loss=term(self.label.lower(), key=self.label),
                units=units,
            )
        if activation != "softmax" and not self.from_logits:
            return Message(
                QT_TRANSLATE_NOOP(
                    "problems",
                    "{loss} needs probabilities that sum to 1: end the network with a softmax (it has "
                    "{activation})",
                ),
                loss=term(self.label.lower(), key=self.label),
                activation=activation or Message(QT_TRANSLATE_NOOP("problems", "no activation")),
            )
        return None

    def get_config(self):
        return {"name": self.name, "from_logits": self.from_logits}


@LOSSES.register("categorical_crossentropy", "cce", "categorical_cross_entropy")
class CategoricalCrossentropy(_Categorical):
    """−Σ yᵢ log pᵢ with one-hot (or soft) target rows."""

    name = "categorical_crossentropy"
    label = "Categorical cross-entropy"


@LOSSES.register("sparse_categorical_crossentropy", "scce", "sparse_categorical_cross_entropy")
class SparseCategoricalCrossentropy(_Categorical):
    """−log p_label with each target given as a class index."""

    name = "sparse_categorical_crossentropy"
    label = "Sparse categorical cross-entropy"
    sparse_targets = True

    def one_hot(self, y_pred, y_true):
        labels = np.asarray(y_true).reshape(-1)
        n, k = y_pred.shape[0], y_pred.shape[-1]
        if labels.shape[0] != n:
            raise ShapeError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "{loss}: {labels} labels for {count} predictions"),
                    loss=term(self.label),
                    labels=labels.shape[0],
                    count=n,
                )
            )
        whole = labels.dtype.kind != "f" or (
            np.all(np.isfinite(labels)) and np.all(labels == np.round(labels))
        )
        if not whole:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "{loss}: labels must be whole class numbers 0 … {last}"),
                    loss=term(self.label),
                    last=k - 1,
                )
            )
        ints = labels.astype(np.int64)
        if ints.size and (ints.min() < 0 or ints.max() >= k):
            bad = int(ints[(ints < 0) | (ints >= k)][0])
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "problems",
                        "{loss}: label {label} is outside the {classes} classes 0 … {last} of the output",
                    ),
                    loss=term(self.label),
                    label=bad,
                    classes=k,
                    last=k - 1,
                )
            )
        one_hot = np.zeros(y_pred.shape, dtype=y_pred.dtype)
        one_hot[np.arange(n), ints] = 1
        return one_hot


def get(spec: "str | dict[str, Any] | Loss") -> Loss:
    """A loss from a name, a config dict (``{"name": "huber", "delta": 2.0}``) or itself."""
    if isinstance(spec, Loss):
        return spec
    return LOSSES.create(spec)


def serialize(loss: Loss) -> "str | dict[str, Any]":
    """A bare name when every hyper-parameter is at its default, else the config dict."""
    return compact_config(loss)
