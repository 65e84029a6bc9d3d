"""Data: generated and bundled sets, import, splits, scaling and batching."""

from typing import Any

import numpy as np

from engine.data.synthetic import GENERATORS, generate
from engine.errors import ConfigError


def load(spec: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """The (x, y) a project's ``dataset`` entry describes, e.g. ``{"name": "circle", "samples": 500}``."""
    settings = dict(spec)
    name = settings.pop("name", None)
    if name not in GENERATORS:
        raise ConfigError(f"unknown data set {name!r}; choose one of: {', '.join(GENERATORS.names())}")
    try:
        return generate(name, **settings)
    except TypeError:
        allowed = "samples, noise, seed"
        raise ConfigError(
            f"data set {name!r} takes only the settings {allowed}; got {sorted(settings)}"
        ) from None


__all__ = ["GENERATORS", "generate", "load"]
