"""Feature scaling: standardize or min-max, fitted on the training split only.

Statistics come from the training samples alone — fitting on eval or test data would leak
what the model is later judged on. The fitted statistics are part of ``get_config()`` as plain
floats, so a project saves them and prediction after loading scales inputs exactly as training
did (``get(config)`` rebuilds the scaler).

Constant columns (every training value equal) have no spread to divide by: they are shifted
but not divided, so standardize maps them to 0 and min-max to ``low``. Such a feature carries
no information either way, and no division by zero can turn it into NaN.
"""

from typing import Any, ClassVar

import numpy as np

from engine.errors import ConfigError, ShapeError
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.registry import Configurable, Registry

SCALERS: Registry[type["Scaler"]] = Registry("scaling")


def _stats(name: str, field: str, value: Any) -> np.ndarray | None:
    """A statistic read back from a config: numbers, finite, or None before fitting."""
    if value is None:
        return None
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "scaling {name}: {field} must be a list of numbers, got {value}"),
                context="data",
                name=repr(name),
                field=field,
                value=repr(value),
            )
        ) from None
    if not np.isfinite(array).all():
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "scaling {name}: {field} must hold finite numbers"),
                context="data",
                name=repr(name),
                field=field,
            )
        )
    return array


class Scaler(Configurable):
    """Maps features column by column with a shift and a divisor learned by ``fit``."""

    name: ClassVar[str]

    def fitted(self) -> tuple[np.ndarray, np.ndarray]:
        """The fitted state as ``transform`` applies it: (shift, divisor) per feature, the divisor
        1 for constant columns; a ConfigError if ``fit`` has not run. Public for code that
        applies the same scaling elsewhere (the exporters bake it into the exported model)."""
        raise NotImplementedError

    def fit(self, x_train: np.ndarray) -> "Scaler":
        """Learn the statistics from the training split; returns self."""
        raise NotImplementedError

    def transform(self, x: np.ndarray) -> np.ndarray:
        """Scaled float32 copy of ``x`` (n, features...)."""
        shift, divisor = self.fitted()
        if x.shape[1:] != shift.shape:
            raise ShapeError(
                Message(
                    QT_TRANSLATE_NOOP("data", "scaling was fitted on samples of shape {fitted}, got {shape}"),
                    context="data",
                    fitted=str(shift.shape),
                    shape=str(x.shape[1:]),
                )
            )
        return ((x - shift) / divisor).astype(np.float32)

    def fit_transform(self, x_train: np.ndarray) -> np.ndarray:
        return self.fit(x_train).transform(x_train)

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> "Scaler":
        """The scaler a saved config describes, fitted statistics included (any kind, by its name)."""
        return SCALERS.create(config)

    def _not_fitted(self) -> ConfigError:
        return ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data", "scaling {name} has not been fitted: fit it on the training split first"
                ),
                context="data",
                name=repr(self.name),
            )
        )


def _check_training_data(x: np.ndarray) -> np.ndarray:
    if x.ndim < 2 or len(x) == 0:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data",
                    "scaling needs at least one training sample of shape (n, features...), got {shape}",
                ),
                context="data",
                shape=str(x.shape),
            )
        )
    return x.astype(np.float64)


@SCALERS.register("standardize", "standard", "zscore")
class Standardize(Scaler):
    """(x − mean) / std per feature: zero mean and unit spread on the training split."""

    name = "standardize"

    def __init__(self, mean: Any = None, std: Any = None) -> None:
        self.mean = _stats(self.name, "mean", mean)
        self.std = _stats(self.name, "std", std)
        if (self.mean is None) != (self.std is None) or (
            self.mean is not None and self.mean.shape != self.std.shape  # type: ignore[union-attr]
        ):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "data", "scaling 'standardize': mean and std must both be given, with the same shape"
                    ),
                    context="data",
                )
            )

    def fit(self, x_train: np.ndarray) -> "Standardize":
        x = _check_training_data(x_train)
        low, high = x.min(axis=0), x.max(axis=0)
        constant = low == high
        # Exact values for constant columns: their mean is the value and their spread is zero.
        self.mean = np.where(constant, low, x.mean(axis=0))
        self.std = np.where(constant, 0.0, x.std(axis=0))
        return self

    def fitted(self) -> tuple[np.ndarray, np.ndarray]:
        if self.mean is None or self.std is None:
            raise self._not_fitted()
        return self.mean, np.where(self.std > 0, self.std, 1.0)

    def get_config(self) -> dict[str, Any]:
        config: dict[str, Any] = {"name": self.name}
        if self.mean is not None and self.std is not None:
            config.update(mean=self.mean.tolist(), std=self.std.tolist())
        return config


@SCALERS.register("minmax", "min_max", "normalize")
class MinMax(Scaler):
    """(x − min) / (max − min) per feature, stretched to [low, high] (default [0, 1])."""

    name = "minmax"

    def __init__(self, low: float = 0.0, high: float = 1.0, min: Any = None, max: Any = None) -> None:
        for field, value in (("low", low), ("high", high)):
            if isinstance(value, bool) or not isinstance(value, int | float) or not np.isfinite(value):
                raise ConfigError(
                    Message(
                        QT_TRANSLATE_NOOP("data", "scaling 'minmax': {field} must be a number, got {value}"),
                        context="data",
                        field=field,
                        value=repr(value),
                    )
                )
        if not low < high:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "data", "scaling 'minmax': low must be below high, got [{low}, {high}]"
                    ),
                    context="data",
                    low=str(low),
                    high=str(high),
                )
            )
        self.low, self.high = float(low), float(high)
        self.min = _stats(self.name, "min", min)
        self.max = _stats(self.name, "max", max)
        if (self.min is None) != (self.max is None) or (
            self.min is not None and self.min.shape != self.max.shape  # type: ignore[union-attr]
        ):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "data", "scaling 'minmax': min and max must both be given, with the same shape"
                    ),
                    context="data",
                )
            )

    def fit(self, x_train: np.ndarray) -> "MinMax":
        x = _check_training_data(x_train)
        self.min, self.max = x.min(axis=0), x.max(axis=0)
        return self

    def fitted(self) -> tuple[np.ndarray, np.ndarray]:
        if self.min is None or self.max is None:
            raise self._not_fitted()
        spread = self.max - self.min
        return self.min, np.where(spread > 0, spread, 1.0)

    def transform(self, x: np.ndarray) -> np.ndarray:
        unit = super().transform(x)
        return (unit * (self.high - self.low) + self.low).astype(np.float32)

    def get_config(self) -> dict[str, Any]:
        config: dict[str, Any] = {"name": self.name, "low": self.low, "high": self.high}
        if self.min is not None and self.max is not None:
            config.update(min=self.min.tolist(), max=self.max.tolist())
        return config


def get(spec: "str | dict[str, Any] | Scaler | None") -> Scaler | None:
    """A scaler from a name, a saved config or an instance; None (no scaling) stays None."""
    if spec is None or isinstance(spec, Scaler):
        return spec
    return SCALERS.create(spec)
