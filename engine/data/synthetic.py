"""Generated sets, as in TensorFlow Playground: 2-D classification here, regression in ``regression.py``.

Each generator takes the number of samples, a noise level and a seed (plus its own options,
such as ``classes``) and returns ``(x, y)``: float32 points of shape (n, features) and int64
labels of shape (n,), or float32 targets of shape (n, 1) for regression. The same seed always
gives the same points.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine.data.dataset import Task
from engine.errors import ConfigError
from engine.messages import QT_TRANSLATE_NOOP, Message, term
from engine.registry import Registry

DEFAULT_SAMPLES = 500
MAX_CLASSES = 10
#: Regression only: at most this fraction of targets may be replaced by outliers.
MAX_OUTLIERS = 0.5


@dataclass(frozen=True)
class Generator:
    name: str
    label: str
    description: str
    #: ``make(n, noise, rng, **options) -> (x, y)`` with classes in blocks (``generate`` shuffles).
    make: Callable[..., tuple[np.ndarray, np.ndarray]]
    task: Task = "classification"
    #: Classes with the default options; 0 for regression.
    num_classes: int = 2
    feature_names: tuple[str, ...] = ("x1", "x2")
    #: Settings beyond samples/noise/seed that ``make`` takes, with their defaults.
    options: Mapping[str, Any] = field(default_factory=dict)

    def settings(self) -> tuple[str, ...]:
        """Every key a data-set spec for this generator may carry besides ``name``."""
        extra = ("outliers",) if self.task == "regression" else ()
        return ("samples", "noise", "seed", *self.options, *extra)


GENERATORS: Registry[Generator] = Registry("data set")


def balanced_labels(n: int, classes: int) -> np.ndarray:
    """Labels 0..classes-1 in blocks whose sizes differ by at most one."""
    return np.arange(n) * classes // n


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


def _blobs(n, noise, rng, classes):
    """``classes`` round clouds evenly spaced on a circle of radius 2: softmax's first set."""
    y = balanced_labels(n, classes)
    angle = 2 * np.pi * y / classes
    centers = 2 * np.stack([np.cos(angle), np.sin(angle)], axis=1)
    return centers + rng.normal(0, 0.4 + noise, (n, 2)), y


def _spiral(n, noise, rng, classes):
    """``classes`` interleaved spiral arms: hard, needs several layers."""
    t = np.sqrt(rng.uniform(0, 1, n)) * 3 * np.pi
    arm = balanced_labels(n, classes)
    angle = t + arm * 2 * np.pi / classes
    r = t / (3 * np.pi) * 2
    x = np.stack([r * np.cos(angle), r * np.sin(angle)], axis=1)
    return x + rng.normal(0, noise, x.shape), arm


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
    Generator("spiral", "Spiral", "Interleaved spiral arms, one per class.", _spiral, options={"classes": 2}),
    Generator("moons", "Moons", "Two interlocking half circles.", _moons),
    Generator(
        "blobs",
        "Gaussian blobs",
        "Round clouds on a circle, one per class.",
        _blobs,
        num_classes=3,
        options={"classes": 3},
    ),
):
    GENERATORS.add(_g.name, _g)


#: The generators' settings as sentences name them (translated under "data").
SETTING_NAMES = {
    "noise": QT_TRANSLATE_NOOP("data", "noise"),
    "outliers": QT_TRANSLATE_NOOP("data", "outliers"),
    "classes": QT_TRANSLATE_NOOP("data", "classes"),
}


def _check_number(gen: Generator, key: str, value: object, low: float, high: float, whole: bool) -> None:
    kinds = (int, np.integer) if whole else (int, float, np.integer, np.floating)
    if isinstance(value, bool) or not isinstance(value, kinds) or not low <= value <= high:
        template = (
            QT_TRANSLATE_NOOP(
                "data", "{name}: {setting} must be a whole number in [{low}, {high}], got {value}"
            )
            if whole
            else QT_TRANSLATE_NOOP(
                "data", "{name}: {setting} must be a number in [{low}, {high}], got {value}"
            )
        )
        raise ConfigError(
            Message(
                template,
                context="data",
                name=term(gen.label),
                setting=term(SETTING_NAMES.get(key, key), "data"),
                low=low,
                high=high,
                value=repr(value),
            )
        )


def _add_outliers(y: np.ndarray, fraction: float, rng: np.random.Generator) -> np.ndarray:
    """Replace exactly round(fraction·n) targets by errors of 4–6 spreads, up or down (MSE vs MAE)."""
    count = round(fraction * len(y))
    rows = rng.choice(len(y), size=count, replace=False)
    spread = float(y.std()) or 1.0
    size = (count, y.shape[1])
    y = y.copy()
    y[rows] += rng.choice([-1.0, 1.0], size=size) * rng.uniform(4.0, 6.0, size=size) * spread
    return y


def generate(
    name: str, samples: int = DEFAULT_SAMPLES, noise: float = 0.0, seed: int | None = 0, **options: Any
) -> tuple[np.ndarray, np.ndarray]:
    """Points and targets of the named set, shuffled so classes are interleaved.

    ``options`` are the generator's own settings (``classes`` for blobs and spiral) and, for
    regression sets, ``outliers``: the fraction of targets replaced by large errors. Outliers
    are drawn after everything else, so the same seed gives the same points with or without them.
    """
    gen = GENERATORS.get(name)
    unknown = sorted(set(options) - set(gen.settings()))
    if unknown:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "data set {name} takes only the settings {allowed}; got {unknown}"),
                context="data",
                name=repr(gen.name),
                allowed=", ".join(gen.settings()),
                unknown=str(unknown),
            )
        )
    if isinstance(samples, bool) or not isinstance(samples, int | np.integer) or samples < 2:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "{name}: samples must be a whole number ≥ 2, got {value}"),
                context="data",
                name=term(gen.label),
                value=repr(samples),
            )
        )
    _check_number(gen, "noise", noise, 0, 5, whole=False)
    outliers = options.pop("outliers", 0.0)
    _check_number(gen, "outliers", outliers, 0, MAX_OUTLIERS, whole=False)
    settings = {**gen.options, **options}
    if "classes" in settings:
        _check_number(gen, "classes", settings["classes"], 2, MAX_CLASSES, whole=True)
        if samples < settings["classes"]:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("data", "{name}: {samples} samples cannot cover {classes} classes"),
                    context="data",
                    name=term(gen.label),
                    samples=samples,
                    classes=settings["classes"],
                )
            )
    rng = np.random.default_rng(seed)
    x, y = gen.make(int(samples), float(noise), rng, **settings)
    order = rng.permutation(samples)
    x = x[order].astype(np.float32).reshape(samples, -1)
    if gen.task == "classification":
        return x, y[order].astype(np.int64)
    y = y[order].astype(np.float32).reshape(samples, -1)
    if outliers:
        y = _add_outliers(y, outliers, rng)
    return x, y
