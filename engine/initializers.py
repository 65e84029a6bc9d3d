"""Weight initializers, all drawn from an explicit ``numpy.random.Generator`` (seeded runs repeat).

Fans follow Keras: a kernel of shape ``(fan_in, fan_out)``; a 1-D shape uses its length for both.
"""

import math
from typing import Any, ClassVar

import numpy as np

from engine.errors import ConfigError
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.registry import Configurable, Registry, compact_config, setting_word

INITIALIZERS: Registry[type["Initializer"]] = Registry("initializer")


def _fans(shape: tuple[int, ...]) -> tuple[int, int]:
    if len(shape) == 0:
        return 1, 1
    if len(shape) == 1:
        return shape[0], shape[0]
    receptive = math.prod(shape[:-2])
    return shape[-2] * receptive, shape[-1] * receptive


def _finite(label: Message, field: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("problems", "{label}: {field} must be a finite number, got {value}"),
                label=label,
                field=setting_word(field),
                value=repr(value),
            )
        )
    return float(value)


class Initializer(Configurable):
    name: ClassVar[str]
    label: ClassVar[str]

    def __call__(
        self, shape: tuple[int, ...], rng: np.random.Generator, dtype: Any = np.float32
    ) -> np.ndarray:
        return self.sample(tuple(shape), rng).astype(dtype)

    def sample(self, shape: tuple[int, ...], rng: np.random.Generator) -> np.ndarray:
        raise NotImplementedError


@INITIALIZERS.register("zeros")
class Zeros(Initializer):
    name = "zeros"
    label = "Zeros"

    def sample(self, shape, rng):
        return np.zeros(shape)


@INITIALIZERS.register("ones")
class Ones(Initializer):
    name = "ones"
    label = "Ones"

    def sample(self, shape, rng):
        return np.ones(shape)


@INITIALIZERS.register("constant")
class Constant(Initializer):
    name = "constant"
    label = "Constant"

    def __init__(self, value: float = 0.0) -> None:
        self.value = _finite(Message(QT_TRANSLATE_NOOP("problems", "constant initializer")), "value", value)

    def sample(self, shape, rng):
        return np.full(shape, self.value)

    def get_config(self):
        return {"name": self.name, "value": self.value}


@INITIALIZERS.register("random_normal", "normal")
class RandomNormal(Initializer):
    name = "random_normal"
    label = "Normal"

    def __init__(self, mean: float = 0.0, stddev: float = 0.05) -> None:
        label = Message(QT_TRANSLATE_NOOP("problems", "normal initializer"))
        self.mean = _finite(label, "mean", mean)
        self.stddev = _finite(label, "stddev", stddev)
        if self.stddev < 0:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "normal initializer: stddev must be ≥ 0, got {value}"),
                    value=stddev,
                )
            )

    def sample(self, shape, rng):
        return rng.normal(self.mean, self.stddev, size=shape)

    def get_config(self):
        return {"name": self.name, "mean": self.mean, "stddev": self.stddev}


@INITIALIZERS.register("random_uniform", "uniform")
class RandomUniform(Initializer):
    name = "random_uniform"
    label = "Uniform"

    def __init__(self, minval: float = -0.05, maxval: float = 0.05) -> None:
        label = Message(QT_TRANSLATE_NOOP("problems", "uniform initializer"))
        self.minval = _finite(label, "minval", minval)
        self.maxval = _finite(label, "maxval", maxval)
        if self.minval > self.maxval:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "uniform initializer: minval {low} is above maxval {high}"),
                    low=minval,
                    high=maxval,
                )
            )

    def sample(self, shape, rng):
        return rng.uniform(self.minval, self.maxval, size=shape)

    def get_config(self):
        return {"name": self.name, "minval": self.minval, "maxval": self.maxval}


class _VarianceScaling(Initializer):
    """Variance ``scale / fan`` keeps activations' spread steady from layer to layer."""

    scale: ClassVar[float]
    mode: ClassVar[str]  # "fan_in" or "fan_avg"
    distribution: ClassVar[str]  # "normal" or "uniform"

    def sample(self, shape, rng):
        fan_in, fan_out = _fans(shape)
        fan = fan_in if self.mode == "fan_in" else (fan_in + fan_out) / 2
        variance = self.scale / max(1.0, fan)
        if self.distribution == "normal":
            return rng.normal(0.0, math.sqrt(variance), size=shape)
        limit = math.sqrt(3 * variance)
        return rng.uniform(-limit, limit, size=shape)


@INITIALIZERS.register("glorot_uniform", "xavier_uniform")
class GlorotUniform(_VarianceScaling):
    """U(−a, a) with a = √(6 / (fan_in + fan_out)) (Glorot & Bengio 2010; Keras' default)."""

    name, label = "glorot_uniform", "Glorot / Xavier uniform"
    scale, mode, distribution = 1.0, "fan_avg", "uniform"


@INITIALIZERS.register("glorot_normal", "xavier_normal")
class GlorotNormal(_VarianceScaling):
    """N(0, 2 / (fan_in + fan_out)), untruncated (as PyTorch's ``xavier_normal_``)."""

    name, label = "glorot_normal", "Glorot / Xavier normal"
    scale, mode, distribution = 1.0, "fan_avg", "normal"


@INITIALIZERS.register("he_uniform", "kaiming_uniform")
class HeUniform(_VarianceScaling):
    """U(−a, a) with a = √(6 / fan_in): suits ReLU, which zeroes half its inputs (He et al. 2015)."""

    name, label = "he_uniform", "He uniform"
    scale, mode, distribution = 2.0, "fan_in", "uniform"


@INITIALIZERS.register("he_normal", "kaiming_normal")
class HeNormal(_VarianceScaling):
    """N(0, 2 / fan_in), untruncated."""

    name, label = "he_normal", "He normal"
    scale, mode, distribution = 2.0, "fan_in", "normal"


def get(spec: "str | dict[str, Any] | Initializer") -> Initializer:
    if isinstance(spec, Initializer):
        return spec
    return INITIALIZERS.create(spec)


def serialize(initializer: Initializer) -> "str | dict[str, Any]":
    return compact_config(initializer)
