"""L1 and L2 weight penalties: extra loss that pulls weights toward zero (against overfitting)."""

import math
from typing import Any, ClassVar

import numpy as np

from engine.errors import ConfigError
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.registry import Configurable, Registry, kind_word, setting_word

REGULARIZERS: Registry[type["Regularizer"]] = Registry("regularizer")


def _strength(label: str, field: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("problems", "{label}: {field} must be a finite number, got {value}"),
                label=kind_word(label),
                field=setting_word(field),
                value=repr(value),
            )
        )
    if value < 0:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("problems", "{label}: {field} must be ≥ 0, got {value}"),
                label=kind_word(label),
                field=setting_word(field),
                value=value,
            )
        )
    return float(value)


@REGULARIZERS.register("l1l2")
class Regularizer(Configurable):
    """penalty(w) = l1·Σ|w| + l2·Σw², added to the loss; its gradient is added to w's."""

    name: ClassVar[str] = "l1l2"

    def __init__(self, l1: float = 0.0, l2: float = 0.0) -> None:
        self.l1 = _strength("regularizer", "l1", l1)
        self.l2 = _strength("regularizer", "l2", l2)

    def penalty(self, w: np.ndarray) -> float:
        return float(self.l1 * np.sum(np.abs(w)) + self.l2 * np.sum(w * w))

    def grad(self, w: np.ndarray) -> np.ndarray:
        return (self.l1 * np.sign(w) + 2 * self.l2 * w).astype(w.dtype, copy=False)

    def get_config(self) -> dict[str, Any]:
        return {"name": self.name, "l1": self.l1, "l2": self.l2}


@REGULARIZERS.register("l1")
class L1(Regularizer):
    name = "l1"

    def __init__(self, l1: float = 0.01) -> None:
        super().__init__(l1=l1)

    def get_config(self):
        return {"name": self.name, "l1": self.l1}


@REGULARIZERS.register("l2")
class L2(Regularizer):
    name = "l2"

    def __init__(self, l2: float = 0.01) -> None:
        super().__init__(l2=l2)

    def get_config(self):
        return {"name": self.name, "l2": self.l2}


def get(spec: "str | dict[str, Any] | Regularizer | None") -> Regularizer | None:
    if spec is None or isinstance(spec, Regularizer):
        return spec
    return REGULARIZERS.create(spec)
