"""Every activation function f(x) and its derivative f'(x), defined once.

The same definitions drive the backends' forward and backward passes and the activation
plots, so what a student sees plotted is exactly what the network computes.

Formulas are written with numpy operations only, in numerically stable forms (no overflow
for large |x|), so they are exact for scalars and arrays of any float dtype alike.
"""

import math
from typing import Any, ClassVar

import numpy as np
from scipy.special import erf as _scipy_erf

from engine.errors import ConfigError
from engine.messages import QT_TRANSLATE_NOOP, Message, term
from engine.registry import Configurable, Registry, compact_config

ACTIVATIONS: Registry[type["Activation"]] = Registry("activation")


class Activation(Configurable):
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

    #: Whether f'(x) can be computed from the output y = f(x) alone (tanh: 1 − y²). The backward
    #: pass then reuses the forward pass's output instead of evaluating f (an exp or tanh) again.
    #: ELU, hard sigmoid and softplus could in exact arithmetic, but not in floating point: ELU's
    #: y + α cancels for very negative x, and rounding moves the hard sigmoid's kinks.
    derivative_from_output: ClassVar[bool] = False

    def df_from_output(self, y: np.ndarray) -> np.ndarray:
        """f'(x) written with y = f(x) only (activations with ``derivative_from_output``)."""
        raise NotImplementedError(f"{self.label}'s derivative needs its input x")

    def backward(self, x: np.ndarray, y: np.ndarray, dy: np.ndarray) -> np.ndarray:
        """dL/dx given dL/dy, the input x and the output y = f(x) (chain rule)."""
        if self.derivative_from_output:
            return dy * self.df_from_output(y)
        return dy * self.df(x)


# -- the formulas ---------------------------------------------------------------------------------
# Each formula is written once, with numpy operations that mean the same for a whole array
# (the classes below) and for one number inside a numba kernel (engine/backends/kernels compiles
# these very functions). Four helpers stand in for what numba spells differently: ``erf``
# (scipy here, ``math.erf`` in a kernel), ``where`` and the row reductions of softmax (whole rows here,
# one row at a time in a kernel). Constants are Python numbers, so a float32 array stays float32.


def erf(x):
    """The error function (scipy on arrays; the kernels use math.erf on one number)."""
    return _scipy_erf(x)


def where(condition, a, b):
    """``a`` where the condition holds, else ``b`` (np.where; a plain if/else in a kernel)."""
    return np.where(condition, a, b)


def row_max(x):
    """The maximum of each row (last axis), kept as a column so it broadcasts back."""
    return np.max(x, axis=-1, keepdims=True)


def row_sum(x):
    """The sum of each row (last axis), kept as a column so it broadcasts back."""
    return np.sum(x, axis=-1, keepdims=True)


def sigmoid(x):
    # exp of a non-positive number only: never overflows.
    e = np.exp(-np.abs(x))
    return where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def sigmoid_df_from_output(s):
    """σ′ = σ(1 − σ), from the output s = σ(x)."""
    return s * (1 - s)


def sigmoid_df(x):
    return sigmoid_df_from_output(sigmoid(x))


def hard_sigmoid(x):
    return np.minimum(np.maximum(x / 6 + 0.5, 0), 1)  # clip to [0, 1]


def hard_sigmoid_df(x):
    return where((x > -3) & (x < 3), 1 / 6, 0)


def tanh(x):
    """np.tanh (inside a kernel, float32 numbers take a vectorizable rational form of the same
    function, within 4.1e-7: engine/backends/kernels/shared.py)."""
    return np.tanh(x)


def tanh_df_from_output(t):
    """tanh′ = 1 − tanh², from the output t = tanh(x)."""
    return 1 - t * t


def tanh_df(x):
    return tanh_df_from_output(tanh(x))


def relu(x):
    return np.maximum(x, 0)


def relu_df(x):
    return where(x > 0, 1.0, 0.0)


def relu_df_from_output(a):
    """The output max(x, 0) is positive exactly where x is."""
    return relu_df(a)


def leaky_relu(x, alpha):
    return where(x > 0, x, alpha * x)


def leaky_relu_df(x, alpha):
    return where(x > 0, 1.0, alpha)


def leaky_relu_df_from_output(a, alpha):
    """With α ≥ 0 (the class checks it) the output is positive exactly where x is."""
    return leaky_relu_df(a, alpha)


def elu(x, alpha):
    return where(x > 0, x, alpha * np.expm1(np.minimum(x, 0)))


def elu_df(x, alpha):
    return where(x > 0, 1.0, alpha * np.exp(np.minimum(x, 0)))


def swish(x):
    return x * sigmoid(x)


def swish_df(x):
    s = sigmoid(x)
    return s + x * s * (1 - s)


def gelu(x):
    return 0.5 * x * (1 + erf(x / math.sqrt(2)))


def gelu_df(x):
    cdf = 0.5 * (1 + erf(x / math.sqrt(2)))
    pdf = np.exp(-0.5 * x * x) / math.sqrt(2 * math.pi)
    return cdf + x * pdf


def softplus(x):
    return np.logaddexp(0, x)


def softmax(x):
    """exp(xᵢ − max) / Σⱼ exp(xⱼ − max) along the last axis (rows of a batch, or one row)."""
    shifted = x - row_max(x)
    e = np.exp(shifted)
    return e / row_sum(e)


def softmax_backward(y, dy):
    """Jacobian-vector product of softmax: dx_i = y_i (dy_i − Σ_j dy_j y_j), per row."""
    return y * (dy - row_sum(dy * y))


#: Every shared formula, for the kernels to compile (engine/backends/kernels/shared.py).
FORMULAS = (
    sigmoid,
    sigmoid_df_from_output,
    sigmoid_df,
    hard_sigmoid,
    hard_sigmoid_df,
    tanh,
    tanh_df_from_output,
    tanh_df,
    relu,
    relu_df,
    relu_df_from_output,
    leaky_relu,
    leaky_relu_df,
    leaky_relu_df_from_output,
    elu,
    elu_df,
    swish,
    swish_df,
    gelu,
    gelu_df,
    softplus,
    softmax,
    softmax_backward,
)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return sigmoid(x).astype(x.dtype, copy=False)


# -- the activations ------------------------------------------------------------------------------


@ACTIVATIONS.register("linear", "identity", "none")
class Linear(Activation):
    name = "linear"
    label = "Linear"

    def f(self, x):
        return x.copy()

    def df(self, x):
        return np.ones_like(x)

    derivative_from_output = True

    def df_from_output(self, y):
        return np.ones_like(y)


@ACTIVATIONS.register("sigmoid", "logistic")
class Sigmoid(Activation):
    name = "sigmoid"
    label = "Sigmoid"

    def f(self, x):
        return _sigmoid(x)

    def df(self, x):
        return sigmoid_df(x).astype(x.dtype, copy=False)

    derivative_from_output = True

    def df_from_output(self, y):
        return sigmoid_df_from_output(y).astype(y.dtype, copy=False)


@ACTIVATIONS.register("hard_sigmoid")
class HardSigmoid(Activation):
    """relu6(x + 3) / 6, the piecewise-linear sigmoid (Keras 3 and PyTorch's definition)."""

    name = "hard_sigmoid"
    label = "Hard sigmoid"

    def f(self, x):
        return hard_sigmoid(x).astype(x.dtype, copy=False)

    def df(self, x):
        return hard_sigmoid_df(x).astype(x.dtype, copy=False)


@ACTIVATIONS.register("tanh")
class Tanh(Activation):
    name = "tanh"
    label = "Tanh"

    def f(self, x):
        return tanh(x)

    def df(self, x):
        return tanh_df(x)

    derivative_from_output = True

    def df_from_output(self, y):
        return tanh_df_from_output(y)


@ACTIVATIONS.register("relu")
class ReLU(Activation):
    name = "relu"
    label = "ReLU"

    def f(self, x):
        return relu(x)

    def df(self, x):
        return relu_df(x).astype(x.dtype, copy=False)

    derivative_from_output = True

    def df_from_output(self, y):
        return relu_df_from_output(y).astype(y.dtype, copy=False)


class _WithAlpha(Activation):
    """An activation with one slope/scale hyper-parameter α."""

    default_alpha: ClassVar[float]

    def __init__(self, alpha: float | None = None) -> None:
        alpha = self.default_alpha if alpha is None else alpha
        if isinstance(alpha, bool) or not isinstance(alpha, int | float) or not math.isfinite(alpha):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "{label}: alpha must be a finite number, got {value}"),
                    label=term(self.label),
                    value=repr(alpha),
                )
            )
        if alpha < 0:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "{label}: alpha must be ≥ 0, got {value}"),
                    label=term(self.label),
                    value=alpha,
                )
            )
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
        return leaky_relu(x, self.alpha).astype(x.dtype, copy=False)

    def df(self, x):
        return leaky_relu_df(x, self.alpha).astype(x.dtype, copy=False)

    derivative_from_output = True

    def df_from_output(self, y):
        return leaky_relu_df_from_output(y, self.alpha).astype(y.dtype, copy=False)


@ACTIVATIONS.register("elu")
class ELU(_WithAlpha):
    """x for x > 0, α(eˣ − 1) otherwise: smooth, and its mean output is closer to zero."""

    name = "elu"
    label = "ELU"
    default_alpha = 1.0

    def f(self, x):
        return elu(x, self.alpha).astype(x.dtype, copy=False)

    def df(self, x):
        return elu_df(x, self.alpha).astype(x.dtype, copy=False)


@ACTIVATIONS.register("swish", "silu")
class Swish(Activation):
    """x·sigmoid(x): bounded below (minimum ≈ −0.278), unbounded above, smooth."""

    name = "swish"
    label = "Swish / SiLU"

    def f(self, x):
        return swish(x)

    def df(self, x):
        return swish_df(x)


@ACTIVATIONS.register("gelu")
class GELU(Activation):
    """x·Φ(x) with Φ the standard normal CDF (the exact form, as PyTorch's default)."""

    name = "gelu"
    label = "GELU"

    def f(self, x):
        return gelu(x).astype(x.dtype, copy=False)

    def df(self, x):
        return gelu_df(x).astype(x.dtype, copy=False)


@ACTIVATIONS.register("softplus")
class Softplus(Activation):
    """log(1 + eˣ), a smooth ReLU; its derivative is the sigmoid."""

    name = "softplus"
    label = "Softplus"

    def f(self, x):
        return softplus(x).astype(x.dtype, copy=False)

    def df(self, x):
        return _sigmoid(x)


@ACTIVATIONS.register("softmax")
class Softmax(Activation):
    """exp(xᵢ) / Σⱼ exp(xⱼ) over the last axis: a row of probabilities that sums to 1."""

    name = "softmax"
    label = "Softmax"
    elementwise = False

    def f(self, x):
        return softmax(x)

    def df(self, x):
        """The diagonal of the Jacobian, ∂yᵢ/∂xᵢ = yᵢ(1 − yᵢ) (what a curve of one unit shows)."""
        y = self.f(x)
        return y * (1 - y)

    def backward(self, x, y, dy):
        return softmax_backward(y, dy)


def get(spec: "str | dict[str, Any] | Activation | None") -> Activation:
    """An activation from a name, a config dict (``{"name": "elu", "alpha": 0.5}``) or itself."""
    if isinstance(spec, Activation):
        return spec
    if spec is None:
        return Linear()
    return ACTIVATIONS.create(spec)


def serialize(activation: Activation) -> "str | dict[str, Any]":
    """The most compact config: a bare name when no hyper-parameter differs from its default."""
    return compact_config(activation)
