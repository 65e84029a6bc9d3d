"""Learning-rate schedules: the step size as a function of the optimizer's step count."""

import math
from typing import Any, ClassVar

from engine.errors import ConfigError
from engine.messages import QT_TRANSLATE_NOOP, Message, term
from engine.registry import Configurable, Registry, setting_word

SCHEDULES: Registry[type["Schedule"]] = Registry("schedule")


def _number(label: str, field: str, value: Any, *, low: float, inclusive: bool = True) -> float:
    ok = not isinstance(value, bool) and isinstance(value, int | float) and math.isfinite(value)
    if ok:
        ok = value >= low if inclusive else value > low
    if not ok:
        bound = f"≥ {low:g}" if inclusive else f"> {low:g}"
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "problems", "{label}: {field} must be a finite number {bound}, got {value}"
                ),
                label=term(label),
                field=setting_word(field),
                bound=bound,
                value=repr(value),
            )
        )
    return float(value)


def _count(label: str, field: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("problems", "{label}: {field} must be a whole number ≥ 1, got {value}"),
                label=term(label),
                field=setting_word(field),
                value=repr(value),
            )
        )
    return value


class Schedule(Configurable):
    name: ClassVar[str]
    label: ClassVar[str]

    def __init__(self, initial_learning_rate: float) -> None:
        self.initial_learning_rate = _number(
            self.label, "initial_learning_rate", initial_learning_rate, low=0, inclusive=False
        )

    def __call__(self, step: int) -> float:
        raise NotImplementedError

    def get_config(self) -> dict[str, Any]:
        return {"name": self.name, "initial_learning_rate": self.initial_learning_rate}


@SCHEDULES.register("constant")
class Constant(Schedule):
    name, label = "constant", "Constant"

    def __call__(self, step):
        return self.initial_learning_rate


@SCHEDULES.register("step")
class StepDecay(Schedule):
    """Multiply by ``gamma`` every ``step_size`` steps (a staircase)."""

    name, label = "step", "Step decay"

    def __init__(self, initial_learning_rate: float, step_size: int = 1000, gamma: float = 0.5):
        super().__init__(initial_learning_rate)
        self.step_size = _count(self.label, "step_size", step_size)
        self.gamma = _number(self.label, "gamma", gamma, low=0, inclusive=False)

    def __call__(self, step):
        return self.initial_learning_rate * self.gamma ** (step // self.step_size)

    def get_config(self):
        return {**super().get_config(), "step_size": self.step_size, "gamma": self.gamma}


@SCHEDULES.register("exponential")
class ExponentialDecay(Schedule):
    """lr · rate^(step / decay_steps): a smooth version of step decay."""

    name, label = "exponential", "Exponential decay"

    def __init__(self, initial_learning_rate: float, decay_steps: int = 1000, decay_rate: float = 0.96):
        super().__init__(initial_learning_rate)
        self.decay_steps = _count(self.label, "decay_steps", decay_steps)
        self.decay_rate = _number(self.label, "decay_rate", decay_rate, low=0, inclusive=False)

    def __call__(self, step):
        return self.initial_learning_rate * self.decay_rate ** (step / self.decay_steps)

    def get_config(self):
        return {**super().get_config(), "decay_steps": self.decay_steps, "decay_rate": self.decay_rate}


@SCHEDULES.register("cosine")
class CosineDecay(Schedule):
    """Half a cosine from lr down to ``alpha``·lr over ``decay_steps``, then flat."""

    name, label = "cosine", "Cosine decay"

    def __init__(self, initial_learning_rate: float, decay_steps: int = 1000, alpha: float = 0.0):
        super().__init__(initial_learning_rate)
        self.decay_steps = _count(self.label, "decay_steps", decay_steps)
        self.alpha = _number(self.label, "alpha", alpha, low=0)
        if self.alpha > 1:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "{label}: alpha must be in [0, 1], got {value}"),
                    label=term(self.label),
                    value=alpha,
                )
            )

    def __call__(self, step):
        progress = min(step, self.decay_steps) / self.decay_steps
        cosine = 0.5 * (1 + math.cos(math.pi * progress))
        return self.initial_learning_rate * ((1 - self.alpha) * cosine + self.alpha)

    def get_config(self):
        return {**super().get_config(), "decay_steps": self.decay_steps, "alpha": self.alpha}


@SCHEDULES.register("warmup", "linear_warmup")
class LinearWarmup(Schedule):
    """Ramp linearly up to lr over ``warmup_steps``, then follow ``after`` (constant by default).

    The first step uses lr / warmup_steps, never zero, so step one already moves.
    """

    name, label = "warmup", "Linear warm-up"

    def __init__(
        self,
        initial_learning_rate: float,
        warmup_steps: int = 100,
        after: "dict[str, Any] | Schedule | None" = None,
    ):
        super().__init__(initial_learning_rate)
        self.warmup_steps = _count(self.label, "warmup_steps", warmup_steps)
        if after is None:
            after = Constant(self.initial_learning_rate)
        self.after = get(after)
        if isinstance(self.after, LinearWarmup):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("problems", "{label}: cannot be followed by another warm-up"),
                    label=term(self.label),
                )
            )

    def __call__(self, step):
        if step < self.warmup_steps:
            return self.initial_learning_rate * (step + 1) / self.warmup_steps
        return self.after(step - self.warmup_steps)

    def get_config(self):
        return {**super().get_config(), "warmup_steps": self.warmup_steps, "after": self.after.get_config()}


def get(spec: "float | str | dict[str, Any] | Schedule") -> Schedule:
    """A schedule from a config dict, or a constant schedule from a plain number."""
    if isinstance(spec, Schedule):
        return spec
    if isinstance(spec, int | float) and not isinstance(spec, bool):
        return Constant(spec)
    if isinstance(spec, str):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "problems", "schedule {spec!r} needs its settings (at least initial_learning_rate)"
                ),
                spec=spec,
            )
        )
    return SCHEDULES.create(spec)
