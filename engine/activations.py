"""Every activation function f(x) and its derivative f'(x), defined once.

The same definitions drive the backends' forward and backward passes and the activation
plots, so what a student sees plotted is exactly what the network computes.

Formulas are written with numpy operations only, in numerically stable forms (no overflow
for large |x|), so they are exact for scalars and arrays of any float dtype alike.
"""

import math
from typing import Any, ClassVar

import numpy as np
from scipy.special import erf

from engine.errors import ConfigError
from engine.registry import Registry

ACTIVATIONS: Registry[type["Activation"]] = Registry("activation")


class Activation:
    """An elementwise function with its derivative (softmax overrides the backward rule)."""

    name: ClassVar[str]
    label: ClassVar[str]
    #: Whether f acts on each element alone (softmax does not: it mixes a row).
    elementwise: ClassVar[bool] = True

    def __call__(self, x: np.ndarray) -> np.ndarray:
        return self.f(np.asarray(x))

    def f(self, x: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def df(self, x: np.ndarray) -> np.ndarray:
        """f'(x), elementwise."""
        raise NotImplementedError

    def backward(self, x: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
        """dL/dx given dL/dy, the input x and the output y = f(x) (chain rule)."""
        return dy * self.df(x)

    def get_config(self) -> dict[str, Any]:
        return {"name": self.name}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Activation) and self.get_config() == other.get_config()

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.get_config().items())))

    def __repr__(self) -> str:
        params = ", ".join(f"{k}={v!r}" for k, v in self.get_config().items() if k != "name")
        return f"{type(self).__name__}({params})"


def _sigmoid(x: np.ndarray) -> np.ndarray:
    # exp of a non-positive number only: never overflows.
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e)).astype(x.dtype, copy=False)


@ACTIVATIONS.register("linear", "identity", "none")
class Linear(Activation):
    name = "linear"
    label = "Linear"

    def f(self, x):
        return x.copy()

    def df(self, x):
        return np.ones_like(x)


@ACTIVATIONS.register("sigmoid", "logistic")
class Sigmoid(Activation):
    name = "sigmoid"
    label = "Sigmoid"

    def f(self, x):
        return _sigmoid(x)

    def df(self, x):
        s = _sigmoid(x)
        return s * (1 - s)


@ACTIVATIONS.register("hard_sigmoid")
class HardSigmoid(Activation):
    """relu6(x + 3) / 6, the piecewise-linear sigmoid (Keras 3 and PyTorch's definition)."""

    name = "hard_sigmoid"
    label = "Hard sigmoid"

    def f(self, x):
        return np.clip(x / 6 + 0.5, 0, 1).astype(x.dtype, copy=False)

    def df(self, x):
        return np.where((x > -3) & (x < 3), 1 / 6, 0).astype(x.dtype, copy=False)


@ACTIVATIONS.register("tanh")
class Tanh(Activation):
    name = "tanh"
    label = "Tanh"

    def f(self, x):
        return np.tanh(x)

    def df(self, x):
        t = np.tanh(x)
        return 1 - t * t


@ACTIVATIONS.register("relu")
class ReLU(Activation):
    name = "relu"
    label = "ReLU"

    def f(self, x):
        return np.maximum(x, 0)

    def df(self, x):
        return (x > 0).astype(x.dtype)


class _WithAlpha(Activation):
    """An activation with one slope/scale hyper-parameter α."""

    default_alpha: ClassVar[float]

    def __init__(self, alpha: float | None = None) -> None:
        alpha = self.default_alpha if alpha is None else alpha
        if isinstance(alpha, bool) or not isinstance(alpha, int | float) or not math.isfinite(alpha):
            raise ConfigError(f"{self.label}: alpha must be a finite number, got {alpha!r}")
        if alpha < 0:
            raise ConfigError(f"{self.label}: alpha must be ≥ 0, got {alpha}")
        self.alpha = float(alpha)

    def get_config(self):
        return {"name": self.name, "alpha": self.alpha}


@ACTIVATIONS.register("leaky_relu", "leakyrelu")
class LeakyReLU(_WithAlpha):
    """x for x > 0, αx otherwise: negative inputs keep a small gradient (no dead units)."""

    name = "leaky_relu"
    label = "Leaky ReLU"
    default_alpha = 0.01

    def f(self, x):
        return np.where(x > 0, x, self.alpha * x).astype(x.dtype, copy=False)

    def df(self, x):
        return np.where(x > 0, 1.0, self.alpha).astype(x.dtype, copy=False)


@ACTIVATIONS.register("elu")
class ELU(_WithAlpha):
    """x for x > 0, α(eˣ − 1) otherwise: smooth, and its mean output is closer to zero."""

    name = "elu"
    label = "ELU"
    default_alpha = 1.0

    def f(self, x):
        neg = self.alpha * np.expm1(np.minimum(x, 0))
        return np.where(x > 0, x, neg).astype(x.dtype, copy=False)

    def df(self, x):
        neg = self.alpha * np.exp(np.minimum(x, 0))
        return np.where(x > 0, 1.0, neg).astype(x.dtype, copy=False)


@ACTIVATIONS.register("swish", "silu")
class Swish(Activation):
    """x·sigmoid(x): bounded below (minimum ≈ −0.278), unbounded above, smooth."""

    name = "swish"
    label = "Swish / SiLU"

    def f(self, x):
        return x * _sigmoid(x)

    def df(self, x):
        s = _sigmoid(x)
        return s + x * s * (1 - s)


@ACTIVATIONS.register("gelu")
class GELU(Activation):
    """x·Φ(x) with Φ the standard normal CDF (the exact form, as PyTorch's default)."""

    name = "gelu"
    label = "GELU"

    def f(self, x):
        return (0.5 * x * (1 + erf(x / math.sqrt(2)))).astype(x.dtype, copy=False)

    def df(self, x):
        cdf = 0.5 * (1 + erf(x / math.sqrt(2)))
        pdf = np.exp(-0.5 * x * x) / math.sqrt(2 * math.pi)
        return (cdf + x * pdf).astype(x.dtype, copy=False)


@ACTIVATIONS.register("softplus")
class Softplus(Activation):
    """log(1 + eˣ), a smooth ReLU; its derivative is the sigmoid."""

    name = "softplus"
    label = "Softplus"

    def f(self, x):
        return np.logaddexp(0, x).astype(x.dtype, copy=False)

    def df(self, x):
        return _sigmoid(x)


@ACTIVATIONS.register("softmax")
class Softmax(Activation):
    """exp(xᵢ) / Σⱼ exp(xⱼ) over the last axis: a row of probabilities that sums to 1."""

    name = "softmax"
    label = "Softmax"
    elementwise = False

    def f(self, x):
        shifted = x - np.max(x, axis=-1, keepdims=True)
        e = np.exp(shifted)
        return e / np.sum(e, axis=-1, keepdims=True)

    def df(self, x):
        """The diagonal of the Jacobian, ∂yᵢ/∂xᵢ = yᵢ(1 − yᵢ) (what a curve of one unit shows)."""
        y = self.f(x)
        return y * (1 - y)

    def backward(self, x, y, dy):
        # Jacobian-vector product: dx_i = y_i (dy_i − Σ_j dy_j y_j).
        return y * (dy - np.sum(dy * y, axis=-1, keepdims=True))


def get(spec: "str | dict[str, Any] | Activation | None") -> Activation:
    """An activation from a name, a config dict (``{"name": "elu", "alpha": 0.5}``) or itself."""
    if isinstance(spec, Activation):
        return spec
    if spec is None:
        return Linear()
    return ACTIVATIONS.create(spec)


def serialize(activation: Activation) -> "str | dict[str, Any]":
    """The most compact config: a bare name when no hyper-parameter differs from its default."""
    config = activation.get_config()
    default = type(activation)().get_config()
    return activation.name if config == default else config
