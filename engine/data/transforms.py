"""Playground's input features for 2-D sets: x₁, x₂, x₁², x₂², x₁·x₂, sin x₁, sin x₂.

Feeding x₁² + x₂² lets even a network without hidden layers draw the circle's boundary — the
point Playground makes by letting students tick extra inputs. Keys are the names stored in a
project (``"inputs": ["x1", "x2", "x1_squared"]``); labels are what the GUI shows.
"""

from collections.abc import Callable, Sequence

import numpy as np

from engine.errors import ConfigError
from engine.messages import QT_TRANSLATE_NOOP, Message

_Feature = Callable[[np.ndarray, np.ndarray], np.ndarray]

#: key → (label, f(x1, x2))
INPUT_FEATURES: dict[str, tuple[str, _Feature]] = {
    "x1": ("x₁", lambda x1, x2: x1),
    "x2": ("x₂", lambda x1, x2: x2),
    "x1_squared": ("x₁²", lambda x1, x2: x1**2),
    "x2_squared": ("x₂²", lambda x1, x2: x2**2),
    "x1_x2": ("x₁·x₂", lambda x1, x2: x1 * x2),
    "sin_x1": ("sin x₁", lambda x1, x2: np.sin(x1)),
    "sin_x2": ("sin x₂", lambda x1, x2: np.sin(x2)),
}


def input_features(x: np.ndarray, keys: Sequence[str]) -> tuple[np.ndarray, tuple[str, ...]]:
    """The chosen feature columns of 2-D points ``x`` (n, 2), in the order given, with their labels."""
    if isinstance(keys, str) or not isinstance(keys, Sequence) or not keys:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "inputs must be a non-empty list of feature names, got {value}"),
                context="data",
                value=repr(keys),
            )
        )
    unknown = [k for k in keys if k not in INPUT_FEATURES]
    if unknown:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "unknown input feature {name}; choose from: {choices}"),
                context="data",
                name=repr(unknown[0]),
                choices=", ".join(INPUT_FEATURES),
            )
        )
    if len(set(keys)) != len(keys):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "inputs name a feature twice: {value}"),
                context="data",
                value=str(list(keys)),
            )
        )
    if x.ndim != 2 or x.shape[1] != 2:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data", "input features are built from 2-D points (x1, x2); this set has shape {shape}"
                ),
                context="data",
                shape=str(x.shape[1:]),
            )
        )
    x1, x2 = x[:, 0], x[:, 1]
    columns = [INPUT_FEATURES[k][1](x1, x2) for k in keys]
    return np.stack(columns, axis=1).astype(np.float32), tuple(INPUT_FEATURES[k][0] for k in keys)
