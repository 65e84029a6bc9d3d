"""Generated regression sets: 1-D curves to fit and 2-D surfaces, as in Playground's regression mode.

The 1-D curves are the lecture's targets: a line (the y = b + w·x of lesson 1), a sine and a
polynomial (smooth curves that sums of sigmoids approximate), a piecewise-linear curve (what a
sum of ReLUs builds exactly) and a step (the hard sigmoid). ``noise`` is the standard deviation
of Gaussian noise added to the targets; ``outliers`` (see ``synthetic.generate``) replaces a
fraction of targets by large errors, to show MSE being pulled where MAE is not.
"""

import numpy as np

from engine.data.synthetic import GENERATORS, Generator

#: Corners of the piecewise-linear target: three kinks, so three ReLUs can fit it exactly.
_KINKS_X = np.array([-3.0, -1.5, 0.0, 1.5, 3.0])
_KINKS_Y = np.array([-1.0, 1.0, -0.5, 1.0, 0.0])
#: Bumps of the multi-Gaussian surface: (centre x1, centre x2, height).
_BUMPS = np.array([[1.0, 1.0, 1.0], [-1.0, -1.0, 1.0], [1.0, -1.0, -1.0], [-1.0, 1.0, -1.0]])
_BUMP_WIDTH = 0.6


def _curve(f, low: float, high: float):
    """A 1-D generator body: x uniform in [low, high], target f(x) plus noise."""

    def make(n, noise, rng):
        x = rng.uniform(low, high, n)
        return x, f(x) + rng.normal(0, noise, n)

    return make


def _surface(f):
    """A 2-D generator body: points uniform in [−2, 2]², target f(x1, x2) plus noise."""

    def make(n, noise, rng):
        x = rng.uniform(-2, 2, (n, 2))
        return x, f(x[:, 0], x[:, 1]) + rng.normal(0, noise, n)

    return make


def _bumps(x1, x2):
    dx = x1[:, None] - _BUMPS[:, 0]
    dy = x2[:, None] - _BUMPS[:, 1]
    return (_BUMPS[:, 2] * np.exp(-(dx**2 + dy**2) / (2 * _BUMP_WIDTH**2))).sum(axis=1)


_ONE_D = {"task": "regression", "num_classes": 0, "feature_names": ("x",)}
_TWO_D = {"task": "regression", "num_classes": 0}

for _g in (
    Generator(
        "line",
        "Line",
        "y = 2x + 1 on [−2, 2]: two unknowns, one loss surface.",
        _curve(lambda x: 2 * x + 1, -2, 2),
        **_ONE_D,
    ),
    Generator("sine", "Sine", "One period of sin x on [−π, π].", _curve(np.sin, -np.pi, np.pi), **_ONE_D),
    Generator(
        "piecewise",
        "Piecewise linear",
        "Straight pieces joined at three kinks: a sum of ReLUs fits it exactly.",
        _curve(lambda x: np.interp(x, _KINKS_X, _KINKS_Y), -3, 3),
        **_ONE_D,
    ),
    Generator(
        "step",
        "Step",
        "0 left of zero, 1 right of it: the hard sigmoid.",
        _curve(lambda x: (x >= 0).astype(float), -2, 2),
        **_ONE_D,
    ),
    Generator(
        "polynomial",
        "Polynomial",
        "The cubic x³/2 − x on [−2, 2].",
        _curve(lambda x: x**3 / 2 - x, -2, 2),
        **_ONE_D,
    ),
    Generator(
        "plane",
        "Plane",
        "y = 0.8·x1 − 0.4·x2 + 0.2 on [−2, 2]²: what one linear unit fits.",
        _surface(lambda x1, x2: 0.8 * x1 - 0.4 * x2 + 0.2),
        **_TWO_D,
    ),
    Generator(
        "multi_gaussian",
        "Multi-Gaussian surface",
        "Two hills and two hollows on [−2, 2]²: needs hidden units.",
        _surface(_bumps),
        **_TWO_D,
    ),
):
    GENERATORS.add(_g.name, _g)
