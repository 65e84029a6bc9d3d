"""Generated 2-D classification sets, as in TensorFlow Playground.

Each generator takes the number of samples, a noise level and a seed, and returns
``(x, y)``: float32 points of shape (n, 2) and int64 labels of shape (n,). The same seed
always gives the same points.
"""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from engine.errors import ConfigError
from engine.registry import Registry


@dataclass(frozen=True)
class Generator:
    name: str
    label: str
    description: str
    make: Callable[[int, float, np.random.Generator], tuple[np.ndarray, np.ndarray]]
    num_classes: int = 2


GENERATORS: Registry[Generator] = Registry("data set")


def _circle(n, noise, rng):
    """Class 1 inside radius 1, class 0 on a ring from 1.4 to 2: needs a curved boundary."""
    inner = n // 2
    radius = np.concatenate([rng.uniform(0, 1.0, inner), rng.uniform(1.4, 2.0, n - inner)])
    angle = rng.uniform(0, 2 * np.pi, n)
    x = np.stack([radius * np.cos(angle), radius * np.sin(angle)], axis=1)
    y = np.concatenate([np.ones(inner), np.zeros(n - inner)])
    return x + rng.normal(0, noise, x.shape), y


def _xor(n, noise, rng):
    """Label 1 where x₁·x₂ > 0: the classic set a single linear boundary cannot split."""
    x = rng.uniform(-2, 2, (n, 2))
    x += np.sign(x) * 0.1  # a small gap around the axes keeps the classes apart
    y = (x[:, 0] * x[:, 1] > 0).astype(float)
    return x + rng.normal(0, noise, x.shape), y


def _gaussians(n, noise, rng):
    """Two round clouds at (1, 1) and (−1, −1): linearly separable."""
    half = n // 2
    centers = np.concatenate([np.tile([1.0, 1.0], (half, 1)), np.tile([-1.0, -1.0], (n - half, 1))])
    y = np.concatenate([np.ones(half), np.zeros(n - half)])
    return centers + rng.normal(0, 0.35 + noise, (n, 2)), y


def _spiral(n, noise, rng):
    """Two interleaved spiral arms: hard, needs several layers."""
    half = n // 2
    t = np.sqrt(rng.uniform(0, 1, n)) * 3 * np.pi
    arm = np.concatenate([np.zeros(half), np.ones(n - half)])
    angle = t + arm * np.pi
    r = t / (3 * np.pi) * 2
    x = np.stack([r * np.cos(angle), r * np.sin(angle)], axis=1)
    return x + rng.normal(0, noise, x.shape), 1 - arm


def _moons(n, noise, rng):
    """Two interlocking half circles."""
    half = n // 2
    a = rng.uniform(0, np.pi, half)
    b = rng.uniform(0, np.pi, n - half)
    upper = np.stack([np.cos(a), np.sin(a)], axis=1)
    lower = np.stack([1 - np.cos(b), 0.5 - np.sin(b)], axis=1)
    x = np.concatenate([upper, lower]) - [0.5, 0.25]
    y = np.concatenate([np.zeros(half), np.ones(n - half)])
    return x + rng.normal(0, noise, x.shape), y


for _g in (
    Generator("circle", "Circle", "A disc inside a ring.", _circle),
    Generator("xor", "XOR", "Opposite quadrants share a class.", _xor),
    Generator("gaussians", "Two Gaussians", "Two round clouds, linearly separable.", _gaussians),
    Generator("spiral", "Spiral", "Two interleaved spiral arms.", _spiral),
    Generator("moons", "Moons", "Two interlocking half circles.", _moons),
):
    GENERATORS.add(_g.name, _g)


def generate(
    name: str, samples: int = 500, noise: float = 0.0, seed: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """Points and labels of the named set, shuffled so classes are interleaved."""
    gen = GENERATORS.get(name)
    if isinstance(samples, bool) or not isinstance(samples, int) or samples < 2:
        raise ConfigError(f"{gen.label}: samples must be a whole number ≥ 2, got {samples!r}")
    if isinstance(noise, bool) or not isinstance(noise, int | float) or not 0 <= noise <= 5:
        raise ConfigError(f"{gen.label}: noise must be a number in [0, 5], got {noise!r}")
    rng = np.random.default_rng(seed)
    x, y = gen.make(samples, float(noise), rng)
    order = rng.permutation(samples)
    return x[order].astype(np.float32), y[order].astype(np.int64)
