"""Two-dimensional test functions, and optimizers racing across them.

A network's loss surface has too many dimensions to watch an optimizer think; these surfaces
have two, with known minima and analytic gradients, and each shows one difficulty in the
open: Rosenbrock's curved banana valley (plain SGD crawls along its floor, momentum and Adam
do not), the saddle x² − y² (gradient descent stalls near its centre before escaping), Beale's
flat plateaus and sharp corners, and a narrow quadratic valley (SGD zig-zags across it).
:func:`race` runs the engine's own optimizers (engine/optimizers.py — the same update rules
that train networks) from one start and records every step, as distill.pub's "Why Momentum
Really Works" does.

Formulas use numpy operations only, so ``f`` and ``gradient`` work on one point and, for
plotting, on whole grids of points alike.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from engine import optimizers
from engine.errors import ConfigError
from engine.landscape.critical import Curvature, analyze, escape_step
from engine.messages import QT_TRANSLATE_NOOP, Message, term
from engine.registry import Registry

Point = tuple[float, float]


@dataclass(frozen=True)
class TestFunction:
    """f(x, y) with its gradient, where to start, where the minima are, and what to plot."""

    __test__ = False  # a name pytest would otherwise try to collect as a test class

    name: str
    label: str
    description: str
    f: Callable[[Any, Any], Any]
    df: Callable[[Any, Any], tuple[Any, Any]]
    start: Point
    minima: tuple[Point, ...]
    #: ((x_min, x_max), (y_min, y_max)): the region worth plotting.
    bounds: tuple[Point, Point]
    #: A step size per optimizer that shows it at its typical best on this surface.
    learning_rates: dict[str, float]
    #: Loss below which a run counts as arrived (for counting steps in a race).
    threshold: float

    def value(self, point: np.ndarray) -> float:
        return float(self.f(point[0], point[1]))

    def gradient(self, point: np.ndarray) -> np.ndarray:
        gx, gy = self.df(point[0], point[1])
        return np.array([gx, gy], dtype=np.float64)

    def grid(self, resolution: int = 201) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(xs, ys, z) over ``bounds`` with ``z[i, j] = f(xs[i], ys[j])``, for a contour plot."""
        xs = np.linspace(*self.bounds[0], resolution)
        ys = np.linspace(*self.bounds[1], resolution)
        return xs, ys, self.f(xs[:, None], ys[None, :])


FUNCTIONS: Registry[TestFunction] = Registry("test function")


def _rosenbrock(x, y):
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2


def _rosenbrock_df(x, y):
    return -2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)


def _saddle(x, y):
    return x * x - y * y


def _saddle_df(x, y):
    return 2 * x, -2 * y


def _beale_terms(x, y):
    return 1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y**3


def _beale(x, y):
    a, b, c = _beale_terms(x, y)
    return a * a + b * b + c * c


def _beale_df(x, y):
    a, b, c = _beale_terms(x, y)
    dx = 2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y**3 - 1)
    dy = 2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y * y
    return dx, dy


#: The valley's curvature across (y) is this many times its curvature along (x).
VALLEY_RATIO = 25.0


def _valley(x, y):
    return 0.5 * (x * x + VALLEY_RATIO * y * y)


def _valley_df(x, y):
    return x, VALLEY_RATIO * y


#: The test functions' names and descriptions, marked for translation (shown through :func:`_text`).
TEXTS = (
    QT_TRANSLATE_NOOP("landscape", "Rosenbrock (banana)"),
    QT_TRANSLATE_NOOP(
        "landscape", "A long curved valley with its minimum at (1, 1): easy to find, slow to follow."
    ),
    QT_TRANSLATE_NOOP("landscape", "Saddle x² − y²"),
    QT_TRANSLATE_NOOP(
        "landscape", "Downhill along y, uphill along x: the gradient vanishes at (0, 0), which is no minimum."
    ),
    QT_TRANSLATE_NOOP("landscape", "Beale"),
    QT_TRANSLATE_NOOP("landscape", "Flat plateaus and steep walls; the minimum is at (3, 0.5)."),
    QT_TRANSLATE_NOOP("landscape", "Narrow valley"),
)


def _text(text: str) -> Message:
    """One of :data:`TEXTS` as a translatable Message."""
    return Message(text, context="landscape")


for _fn in (
    TestFunction(
        "rosenbrock",
        _text("Rosenbrock (banana)"),
        _text("A long curved valley with its minimum at (1, 1): easy to find, slow to follow."),
        _rosenbrock,
        _rosenbrock_df,
        start=(-1.5, 2.0),
        minima=((1.0, 1.0),),
        bounds=((-2.0, 2.0), (-1.0, 3.0)),
        learning_rates={
            "sgd": 1e-3,
            "momentum": 1e-3,
            "nesterov": 1e-3,
            "rmsprop": 1e-2,
            "adagrad": 1.0,
            "adam": 0.1,
            "adamw": 0.1,
        },
        threshold=1e-2,
    ),
    TestFunction(
        "saddle",
        _text("Saddle x² − y²"),
        _text("Downhill along y, uphill along x: the gradient vanishes at (0, 0), which is no minimum."),
        _saddle,
        _saddle_df,
        start=(1.5, 1e-3),
        minima=(),
        bounds=((-2.0, 2.0), (-2.0, 2.0)),
        learning_rates={
            "sgd": 0.05,
            "momentum": 0.05,
            "nesterov": 0.05,
            "rmsprop": 0.05,
            "adagrad": 0.5,
            "adam": 0.05,
            "adamw": 0.05,
        },
        threshold=-1.0,
    ),
    TestFunction(
        "beale",
        _text("Beale"),
        _text("Flat plateaus and steep walls; the minimum is at (3, 0.5)."),
        _beale,
        _beale_df,
        start=(1.0, 1.5),
        minima=((3.0, 0.5),),
        bounds=((-4.5, 4.5), (-4.5, 4.5)),
        learning_rates={
            "sgd": 1e-3,
            "momentum": 1e-3,
            "nesterov": 1e-3,
            "rmsprop": 1e-2,
            "adagrad": 0.5,
            "adam": 0.1,
            "adamw": 0.1,
        },
        threshold=1e-2,
    ),
    TestFunction(
        "valley",
        _text("Narrow valley"),
        Message(
            QT_TRANSLATE_NOOP(
                "landscape", "A quadratic bowl {ratio}× steeper across than along: plain SGD zig-zags."
            ),
            context="landscape",
            ratio=f"{VALLEY_RATIO:g}",
        ),
        _valley,
        _valley_df,
        start=(-4.0, 1.0),
        minima=((0.0, 0.0),),
        bounds=((-5.0, 5.0), (-2.0, 2.0)),
        learning_rates={
            "sgd": 0.07,
            "momentum": 0.02,
            "nesterov": 0.02,
            "rmsprop": 0.05,
            "adagrad": 1.0,
            "adam": 0.1,
            "adamw": 0.1,
        },
        threshold=1e-3,
    ),
):
    FUNCTIONS.add(_fn.name, _fn)


def get(function: "str | TestFunction") -> TestFunction:
    """A test function by name (clear error when unknown), or itself."""
    return function if isinstance(function, TestFunction) else FUNCTIONS.get(function)


@dataclass(eq=False)
class RacePath:
    """One optimizer's run: every point it visited (the start first) and f there."""

    optimizer: str
    label: str
    learning_rate: float
    points: np.ndarray  # (steps taken + 1, 2)
    values: np.ndarray  # (steps taken + 1,)
    #: Why the run ended before its steps were used up: "diverged" (f or the point is no longer
    #: a finite number) or "left the region" (far outside the plotted bounds); None otherwise.
    stopped: str | None = None

    def steps_to(self, threshold: float) -> int | None:
        """The first step at which f fell below ``threshold`` (None: it never did)."""
        below = np.flatnonzero(self.values < threshold)
        return int(below[0]) if below.size else None


#: Why a race's run ended early (:attr:`RacePath.stopped`): compare with ``==``, show as a sentence.
DIVERGED = Message(QT_TRANSLATE_NOOP("landscape", "diverged"), context="landscape")
LEFT_REGION = Message(QT_TRANSLATE_NOOP("landscape", "left the region"), context="landscape")

#: The optimizers a race runs by default, in the order a lecture introduces them.
RACERS = ("sgd", "momentum", "nesterov", "rmsprop", "adagrad", "adam")


def race(
    function: "str | TestFunction",
    racers: "list[str | dict[str, Any] | optimizers.Optimizer] | None" = None,
    *,
    start: Point | None = None,
    steps: int = 1000,
    learning_rates: dict[str, float] | None = None,
) -> list[RacePath]:
    """Run each optimizer from the same start for ``steps`` updates and record its path.

    ``racers`` are optimizer names, configs or Optimizer objects (each copied afresh, so an
    object passed in is not changed). A name takes its step size from ``learning_rates``, else
    from the function's own suggestions; a config or object keeps its own. A run stops early
    if it diverges or flies far out of the plotted region.
    """
    fn = get(function)
    if isinstance(steps, bool) or not isinstance(steps, int) or steps < 1:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("landscape", "steps must be a whole number ≥ 1, got {value}"),
                context="landscape",
                value=repr(steps),
            )
        )
    start_point = np.array(fn.start if start is None else start, dtype=np.float64)
    if start_point.shape != (2,) or not np.all(np.isfinite(start_point)):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "landscape", "start must be a point (x, y) of two finite numbers, got {value}"
                ),
                context="landscape",
                value=repr(start),
            )
        )
    (x0, x1), (y0, y1) = fn.bounds
    reach = 10 * max(x1 - x0, y1 - y0)
    rates = {**fn.learning_rates, **(learning_rates or {})}
    paths = []
    for racer in RACERS if racers is None else racers:
        if isinstance(racer, str):
            name = optimizers.OPTIMIZERS.canonical(racer)
            optimizer = optimizers.get({"name": name, "learning_rate": rates.get(name, 0.01)})
        else:
            optimizer = optimizers.get(optimizers.get(racer).get_config())
        rate = optimizer.current_learning_rate
        point = start_point.copy()
        points, values = [point.copy()], [fn.value(point)]
        stopped = None
        for _ in range(steps):
            optimizer.apply([point], [fn.gradient(point)])
            value = fn.value(point)
            if not (np.all(np.isfinite(point)) and math.isfinite(value)):
                stopped = DIVERGED
                break
            points.append(point.copy())
            values.append(value)
            if np.max(np.abs(point - start_point)) > reach:
                stopped = LEFT_REGION
                break
        paths.append(
            RacePath(
                optimizer.name,
                term(optimizer.label),
                rate,
                np.array(points),
                np.array(values),
                stopped,
            )
        )
    return paths


def curvature_at(function: "str | TestFunction", point: Point) -> Curvature:
    """The Hessian's eigenvalues at ``point`` (finite differences of the analytic gradient)
    and what they make it: minimum, saddle, maximum or flat."""
    fn = get(function)
    return analyze(fn.gradient, np.asarray(point, np.float64))


def escape(function: "str | TestFunction", point: Point, step: float = 0.1) -> np.ndarray:
    """``point`` moved ``step`` along the direction of most negative curvature, downhill."""
    fn = get(function)
    at = np.asarray(point, np.float64)
    return escape_step(at, curvature_at(fn, point), step, fn.value)
