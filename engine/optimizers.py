"""Optimizers: how a gradient becomes a step, each defined once.

The update rules follow ``torch.optim`` exactly (the tests compare step by step), with
Keras' names and default hyper-parameters. ``apply`` changes the parameter arrays in place,
so a backend's buffers stay where they are.

Each rule is written once, as a module-level formula (below) with numpy operations that mean
the same on whole arrays and on single numbers: the classes call it on arrays, and the CPU
backend's compiled training loop (engine/backends/kernels/program.py) calls the very same
function on each number.
"""

import math
from typing import Any, ClassVar

import numpy as np

from engine import schedules
from engine.errors import ConfigError
from engine.messages import QT_TRANSLATE_NOOP, Message, term
from engine.registry import Configurable, Registry, setting_word

OPTIMIZERS: Registry[type["Optimizer"]] = Registry("optimizer")


def _check(
    label: str,
    field: str,
    value: Any,
    low: float,
    high: float | None = None,
    *,
    low_open: bool = False,
    high_open: bool = True,
) -> float:
    valid = not isinstance(value, bool) and isinstance(value, int | float) and math.isfinite(value)
    if valid:
        valid = (value > low) if low_open else (value >= low)
        if valid and high is not None:
            valid = (value < high) if high_open else (value <= high)
    if not valid:
        lo = f"{'(' if low_open else '['}{low:g}"
        hi = f"{high:g}{')' if high_open else ']'}" if high is not None else "∞)"
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("problems", "{label}: {field} must be in {low}, {high}, got {value}"),
                label=term(label),
                field=setting_word(field),
                low=lo,
                high=hi,
                value=repr(value),
            )
        )
    return float(value)


def _optional_positive(label: str, field: str, value: Any) -> float | None:
    return None if value is None else _check(label, field, value, 0, low_open=True)


# -- the formulas ---------------------------------------------------------------------------------
# One update of one parameter (array or number) from its gradient and its slot state; each returns
# the new parameter and the new slots. Everything that depends only on the step count (Adam's
# bias correction, Adagrad's first-step accumulator, AdamW's decay factor) is computed once per
# step by the caller, and so are complements such as 1 − ρ: in Python they are exact float64
# numbers that numpy then rounds to the array's dtype, and a compiled kernel that is handed them
# in that dtype computes in it too (a literal 1 inside the formula would promote float32 to float64
# there), so the kernel's update equals numpy's bit for bit.


def sgd_update(p, g, v, lr, momentum, nesterov):
    """θ ← θ − lr·g; with momentum μ: v ← μv + g, θ ← θ − lr·v (Nesterov: θ − lr·(g + μv))."""
    if momentum == 0:
        return p - lr * g, v
    v = momentum * v + g
    if nesterov:
        return p - lr * (g + momentum * v), v
    return p - lr * v, v


def rmsprop_update(p, g, s, lr, rho, one_minus_rho, epsilon):
    s = rho * s + one_minus_rho * g * g
    return p - lr * g / (np.sqrt(s) + epsilon), s


def adagrad_update(p, g, s, lr, epsilon, initial):
    """``initial`` is the initial accumulator value on the very first step, 0 after it."""
    s = s + initial + g * g
    return p - lr * g / (np.sqrt(s) + epsilon), s


def adam_step_sizes(lr, beta_1, beta_2, t):
    """Adam's bias correction for update number ``t`` (from 1): (lr / (1 − β₁ᵗ), √(1 − β₂ᵗ))."""
    return lr / (1 - beta_1**t), math.sqrt(1 - beta_2**t)


def adam_update(
    p, g, m, v, step_size, sqrt_bias_2, beta_1, one_minus_beta_1, beta_2, one_minus_beta_2, epsilon
):
    m = beta_1 * m + one_minus_beta_1 * g
    v = beta_2 * v + one_minus_beta_2 * g * g
    return p - step_size * m / (np.sqrt(v) / sqrt_bias_2 + epsilon), m, v


def decoupled_weight_decay(p, keep):
    """AdamW's decay θ ← θ·(1 − lr·λ), applied to the weight itself before the Adam step;
    ``keep`` is 1 − lr·λ."""
    return p * keep


def clip_value(g, limit):
    """g clipped into [−limit, limit] (NaN stays NaN)."""
    return np.minimum(np.maximum(g, -limit), limit)


def scale_to_norm(g, norm, limit):
    """g scaled down so that a tensor (or all of them) of this norm gets norm ``limit``."""
    return g * (limit / norm) if norm > limit else g


#: Every shared formula, for the compiled training loop (engine/backends/kernels/shared.py).
FORMULAS = (
    sgd_update,
    rmsprop_update,
    adagrad_update,
    adam_update,
    decoupled_weight_decay,
    clip_value,
    scale_to_norm,
)


class Optimizer(Configurable):
    """Base: learning rate (a number or a schedule), gradient clipping, per-parameter slots."""

    name: ClassVar[str]
    label: ClassVar[str]
    slot_names: ClassVar[tuple[str, ...]] = ()

    def __init__(
        self,
        learning_rate: "float | dict[str, Any] | schedules.Schedule" = 0.01,
        *,
        lr: float | None = None,
        clipnorm: float | None = None,
        clipvalue: float | None = None,
        global_clipnorm: float | None = None,
    ) -> None:
        self.learning_rate = schedules.get(learning_rate if lr is None else lr)
        self.clipnorm = _optional_positive(self.label, "clipnorm", clipnorm)
        self.clipvalue = _optional_positive(self.label, "clipvalue", clipvalue)
        self.global_clipnorm = _optional_positive(self.label, "global_clipnorm", global_clipnorm)
        if self.clipnorm is not None and self.global_clipnorm is not None:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "{label}: use clipnorm or global_clipnorm, not both"),
                    label=term(self.label),
                )
            )
        #: Number of updates applied so far (the schedules' step count).
        self.iterations = 0
        self.slots: list[dict[str, np.ndarray]] = []

    # -- learning rate ------------------------------------------------------------------------
    @property
    def current_learning_rate(self) -> float:
        """The step size the next update will use."""
        return self.learning_rate(self.iterations)

    def set_learning_rate(self, value: "float | dict[str, Any] | schedules.Schedule") -> None:
        """Change the learning rate (or schedule) between steps, keeping all slot state."""
        self.learning_rate = schedules.get(value)

    # -- update -------------------------------------------------------------------------------
    def apply(self, params: list[np.ndarray], grads: list[np.ndarray]) -> None:
        """One update of every parameter array, in place."""
        if len(params) != len(grads):
            raise ValueError(f"{len(params)} parameters but {len(grads)} gradients")
        if not self.slots:
            self.slots = [{slot: np.zeros_like(p) for slot in self.slot_names} for p in params]
        elif len(self.slots) != len(params):
            raise ValueError("the optimizer was built for a different set of parameters; reset it")
        lr = self.current_learning_rate
        self.iterations += 1
        for p, g, slots in zip(params, self.clip(grads), self.slots, strict=True):
            self.update(p, g.astype(p.dtype, copy=False), slots, lr)

    def clip(self, grads: list[np.ndarray]) -> list[np.ndarray]:
        """Gradients after value clipping, then per-tensor or global norm clipping."""
        if self.clipvalue is not None:
            grads = [clip_value(g, self.clipvalue) for g in grads]
        if self.clipnorm is not None:
            grads = [scale_to_norm(g, float(np.linalg.norm(g)), self.clipnorm) for g in grads]
        if self.global_clipnorm is not None:
            total = math.sqrt(sum(float(np.sum(g.astype(np.float64) ** 2)) for g in grads))
            grads = [scale_to_norm(g, total, self.global_clipnorm) for g in grads]
        return grads

    def update(self, p: np.ndarray, g: np.ndarray, slots: dict[str, np.ndarray], lr: float) -> None:
        raise NotImplementedError

    def reset(self) -> None:
        """Forget all slot state and the step count (a fresh start with the same settings)."""
        self.iterations = 0
        self.slots = []

    # -- config -------------------------------------------------------------------------------
    def get_config(self) -> dict[str, Any]:
        config: dict[str, Any] = {"name": self.name}
        if isinstance(self.learning_rate, schedules.Constant):
            config["learning_rate"] = self.learning_rate.initial_learning_rate
        else:
            config["learning_rate"] = self.learning_rate.get_config()
        for key in ("clipnorm", "clipvalue", "global_clipnorm"):
            if getattr(self, key) is not None:
                config[key] = getattr(self, key)
        return config


@OPTIMIZERS.register("sgd")
class SGD(Optimizer):
    """θ ← θ − lr·g; with momentum μ: v ← μv + g, θ ← θ − lr·v; Nesterov looks one step ahead."""

    name, label = "sgd", "SGD"
    slot_names = ("velocity",)
    default_momentum: ClassVar[float] = 0.0
    default_nesterov: ClassVar[bool] = False

    def __init__(
        self, learning_rate=0.01, momentum: float | None = None, nesterov: bool | None = None, **kwargs
    ):
        super().__init__(learning_rate, **kwargs)
        momentum = self.default_momentum if momentum is None else momentum
        self.momentum = _check(self.label, "momentum", momentum, 0, 1)
        self.nesterov = self.default_nesterov if nesterov is None else nesterov
        if not isinstance(self.nesterov, bool):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "{label}: nesterov must be true or false, got {value}"),
                    label=term(self.label),
                    value=repr(nesterov),
                )
            )
        if self.nesterov and self.momentum == 0:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "{label}: Nesterov needs a momentum above 0"),
                    label=term(self.label),
                )
            )

    def update(self, p, g, slots, lr):
        v = slots["velocity"]
        p[...], v[...] = sgd_update(p, g, v, lr, self.momentum, self.nesterov)

    def get_config(self):
        return {**super().get_config(), "momentum": self.momentum, "nesterov": self.nesterov}


@OPTIMIZERS.register("momentum")
class Momentum(SGD):
    """SGD with momentum 0.9: a heavy ball that keeps rolling through small bumps."""

    name, label = "momentum", "SGD + momentum"
    default_momentum = 0.9


@OPTIMIZERS.register("nesterov")
class Nesterov(SGD):
    """Momentum that evaluates the step from where the momentum is about to carry it."""

    name, label = "nesterov", "Nesterov momentum"
    default_momentum, default_nesterov = 0.9, True


@OPTIMIZERS.register("rmsprop")
class RMSProp(Optimizer):
    """s ← ρs + (1 − ρ)g², θ ← θ − lr·g / (√s + ε): each weight gets its own step size."""

    name, label = "rmsprop", "RMSProp"
    slot_names = ("square_avg",)

    def __init__(self, learning_rate=0.001, rho: float = 0.9, epsilon: float = 1e-7, **kwargs):
        super().__init__(learning_rate, **kwargs)
        self.rho = _check(self.label, "rho", rho, 0, 1)
        self.epsilon = _check(self.label, "epsilon", epsilon, 0, low_open=True)

    def update(self, p, g, slots, lr):
        s = slots["square_avg"]
        p[...], s[...] = rmsprop_update(p, g, s, lr, self.rho, 1 - self.rho, self.epsilon)

    def get_config(self):
        return {**super().get_config(), "rho": self.rho, "epsilon": self.epsilon}


@OPTIMIZERS.register("adagrad")
class Adagrad(Optimizer):
    """s ← s + g², θ ← θ − lr·g / (√s + ε): steps shrink for weights that already moved a lot."""

    name, label = "adagrad", "Adagrad"
    slot_names = ("sum",)

    def __init__(
        self, learning_rate=0.01, initial_accumulator_value: float = 0.1, epsilon: float = 1e-7, **kwargs
    ):
        super().__init__(learning_rate, **kwargs)
        self.initial_accumulator_value = _check(
            self.label, "initial_accumulator_value", initial_accumulator_value, 0
        )
        self.epsilon = _check(self.label, "epsilon", epsilon, 0, low_open=True)

    def update(self, p, g, slots, lr):
        s = slots["sum"]
        initial = self.initial_accumulator_value if self.iterations == 1 else 0.0
        p[...], s[...] = adagrad_update(p, g, s, lr, self.epsilon, initial)

    def get_config(self):
        return {
            **super().get_config(),
            "initial_accumulator_value": self.initial_accumulator_value,
            "epsilon": self.epsilon,
        }


@OPTIMIZERS.register("adam")
class Adam(Optimizer):
    """Momentum on g and RMSProp on g², both bias-corrected for their zero start."""

    name, label = "adam", "Adam"
    slot_names = ("m", "v")

    def __init__(
        self, learning_rate=0.001, beta_1: float = 0.9, beta_2: float = 0.999, epsilon: float = 1e-7, **kwargs
    ):
        super().__init__(learning_rate, **kwargs)
        self.beta_1 = _check(self.label, "beta_1", beta_1, 0, 1)
        self.beta_2 = _check(self.label, "beta_2", beta_2, 0, 1)
        self.epsilon = _check(self.label, "epsilon", epsilon, 0, low_open=True)

    def update(self, p, g, slots, lr):
        m, v = slots["m"], slots["v"]
        step_size, sqrt_bias_2 = adam_step_sizes(lr, self.beta_1, self.beta_2, self.iterations)
        beta_1, beta_2 = self.beta_1, self.beta_2
        p[...], m[...], v[...] = adam_update(
            p, g, m, v, step_size, sqrt_bias_2, beta_1, 1 - beta_1, beta_2, 1 - beta_2, self.epsilon
        )

    def get_config(self):
        return {**super().get_config(), "beta_1": self.beta_1, "beta_2": self.beta_2, "epsilon": self.epsilon}


@OPTIMIZERS.register("adamw")
class AdamW(Adam):
    """Adam with weight decay applied to the weights directly, not through the gradient."""

    name, label = "adamw", "AdamW"

    def __init__(self, learning_rate=0.001, weight_decay: float = 0.004, **kwargs):
        super().__init__(learning_rate, **kwargs)
        self.weight_decay = _check(self.label, "weight_decay", weight_decay, 0)

    def update(self, p, g, slots, lr):
        p[...] = decoupled_weight_decay(p, 1 - lr * self.weight_decay)
        super().update(p, g, slots, lr)

    def get_config(self):
        return {**super().get_config(), "weight_decay": self.weight_decay}


def get(spec: "str | dict[str, Any] | Optimizer") -> Optimizer:
    """An optimizer from a name (default settings), a config dict, or itself."""
    if isinstance(spec, Optimizer):
        return spec
    return OPTIMIZERS.create(spec)
