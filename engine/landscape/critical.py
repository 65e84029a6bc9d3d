"""Critical points: where the gradient vanishes, and what the curvature there decides.

At a point where ∇L = 0 the Hessian (the matrix of second derivatives) tells a minimum from a
saddle from a maximum: all eigenvalues ≥ 0 is a local minimum (every direction curves up),
mixed signs is a saddle (some direction still goes down), all ≤ 0 is a local maximum. Along
the eigenvector of the most negative eigenvalue the loss falls fastest to second order, which
is how an optimizer escapes a saddle.

The Hessian is built from the analytic gradients the backends already compute, by central
differences in float64: column i is (∇L(θ + h·eᵢ) − ∇L(θ − h·eᵢ)) / 2h, exact for a quadratic
up to rounding. That costs two gradients per parameter, fine up to a couple of thousand
parameters; beyond, only Hessian-vector products are formed (the same difference along a
vector) and Lanczos iteration (scipy's ``eigsh``) finds the extreme eigenvalues from them.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy.sparse.linalg import ArpackNoConvergence, LinearOperator, eigsh

from engine import backends
from engine.errors import ConfigError
from engine.landscape.grid import Layout, Params
from engine.messages import QT_TRANSLATE_NOOP, Message, term
from engine.model import Model

Gradient = Callable[[np.ndarray], np.ndarray]

#: Relative finite-difference step: about the cube root of float64's precision, where the
#: truncation error (∝ h²) and the rounding error (∝ ε/h) of a central difference balance.
STEP = 1e-5


def hessian_from_gradient(grad: Gradient, theta: np.ndarray, step: float = STEP) -> np.ndarray:
    """The Hessian at ``theta`` by central differences of ``grad``, symmetrized."""
    theta = np.array(theta, dtype=np.float64).reshape(-1)
    H = np.empty((theta.size, theta.size))
    probe = theta.copy()
    for i in range(theta.size):
        h = step * max(1.0, abs(theta[i]))
        probe[i] = theta[i] + h
        up, h_up = grad(probe), probe[i] - theta[i]  # the step actually taken, after rounding
        probe[i] = theta[i] - h
        down, h_down = grad(probe), theta[i] - probe[i]
        probe[i] = theta[i]
        H[:, i] = (np.asarray(up, np.float64) - np.asarray(down, np.float64)) / (h_up + h_down)
    return (H + H.T) / 2


def hessian_vector_product(
    grad: Gradient, theta: np.ndarray, v: np.ndarray, step: float = STEP
) -> np.ndarray:
    """H·v without forming H: the central difference of ``grad`` along ``v``."""
    theta = np.asarray(theta, np.float64)
    v = np.asarray(v, np.float64).reshape(-1)
    norm = float(np.linalg.norm(v))
    if norm == 0:
        return np.zeros_like(v)
    h = step * max(1.0, float(np.max(np.abs(theta)))) / norm
    up, down = np.asarray(grad(theta + h * v), np.float64), np.asarray(grad(theta - h * v), np.float64)
    return (up - down) / (2 * h)


#: The kinds of point :func:`classify` tells apart, as words in a sentence ("this point is a
#: minimum"): marked here so a GUI can translate them (see :func:`kind_word`).
KIND_WORDS = (
    QT_TRANSLATE_NOOP("landscape", "minimum"),
    QT_TRANSLATE_NOOP("landscape", "maximum"),
    QT_TRANSLATE_NOOP("landscape", "saddle"),
    QT_TRANSLATE_NOOP("landscape", "flat"),
)


def kind_word(kind: str) -> Message:
    """A :class:`Curvature`'s ``kind`` ("saddle") as a translatable word."""
    return term(kind, "landscape")


def classify(eigenvalues: np.ndarray, tol: float = 0.0) -> str:
    """The kind of critical point these Hessian eigenvalues make.

    "minimum" (all ≥ −tol), "maximum" (all ≤ tol), "saddle" (both signs beyond tol), or "flat"
    when every eigenvalue is within tol of zero (curvature alone cannot decide).
    """
    lam = np.asarray(eigenvalues, np.float64)
    up, down = bool(np.any(lam > tol)), bool(np.any(lam < -tol))
    if up and down:
        return "saddle"
    if up:
        return "minimum"
    if down:
        return "maximum"
    return "flat"


@dataclass(eq=False)
class Curvature:
    """The Hessian's verdict at one point.

    ``eigenvalues`` ascend; ``eigenvectors[:, i]`` (unit length, in the flat parameter order of
    :class:`engine.landscape.grid.Layout`) belongs to ``eigenvalues[i]``. When ``exact`` is
    False only the extremes were computed (Lanczos): the lowest and highest few.
    """

    eigenvalues: np.ndarray
    eigenvectors: np.ndarray
    kind: str
    gradient_norm: float
    exact: bool
    #: Eigenvalues within ± this are treated as zero (flat directions).
    tolerance: float

    @property
    def escape_direction(self) -> np.ndarray | None:
        """The eigenvector of the most negative eigenvalue, if any is below −tolerance."""
        if self.eigenvalues[0] < -self.tolerance:
            return self.eigenvectors[:, 0]
        return None


def analyze(
    grad: Gradient,
    theta: np.ndarray,
    *,
    exact_limit: int = 2000,
    k: int = 3,
    rtol: float = 1e-3,
    step: float = STEP,
    seed: int = 0,
) -> Curvature:
    """Eigenvalues of the Hessian at ``theta`` and the kind of point they make it.

    Exact (all eigenvalues) for up to ``exact_limit`` parameters; beyond, the ``k`` lowest and
    ``k`` highest by Lanczos. Eigenvalues smaller in size than ``rtol`` times the largest are
    treated as zero: flat directions are common in networks, and rounding must not turn one
    into a saddle.
    """
    theta = np.array(theta, dtype=np.float64).reshape(-1)
    n = theta.size
    if n == 0:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("landscape", "there are no parameters to take the curvature of"),
                context="landscape",
            )
        )
    g = np.asarray(grad(theta), np.float64)
    if n <= exact_limit or n <= 2 * k + 1:
        lam, vec = np.linalg.eigh(hessian_from_gradient(grad, theta, step))
        exact = True
    else:
        op = LinearOperator(
            (n, n), matvec=lambda v: hessian_vector_product(grad, theta, v, step), dtype=np.float64
        )
        v0 = np.random.default_rng(seed).standard_normal(n)
        lo_val, lo_vec = _lanczos(op, k, "SA", v0)
        hi_val, hi_vec = _lanczos(op, k, "LA", v0)
        lam = np.concatenate([lo_val, hi_val])
        vec = np.concatenate([lo_vec, hi_vec], axis=1)
        order = np.argsort(lam)
        lam, vec = lam[order], vec[:, order]
        exact = False
    tol = rtol * float(np.max(np.abs(lam))) if lam.size else 0.0
    return Curvature(lam, vec, classify(lam, tol), float(np.linalg.norm(g)), exact, tol)


#: Lanczos iterations allowed for each end of the spectrum (each costs two gradient passes).
LANCZOS_ITERATIONS = 300


def _lanczos(op: LinearOperator, k: int, which: str, v0: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` lowest ("SA") or highest ("LA") eigenpairs; those that converged if not all did."""
    try:
        return eigsh(op, k=k, which=which, v0=v0, tol=1e-6, maxiter=LANCZOS_ITERATIONS)
    except ArpackNoConvergence as stalled:
        if len(stalled.eigenvalues) == 0:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "landscape",
                        "the Hessian's extreme eigenvalues did not converge; "
                        "try a smaller network or subsample",
                    ),
                    context="landscape",
                )
            ) from None
        return stalled.eigenvalues, stalled.eigenvectors


def escape_step(
    theta: np.ndarray,
    curvature: Curvature,
    step: float,
    value: Callable[[np.ndarray], float] | None = None,
) -> np.ndarray:
    """θ moved ``step`` along the direction of most negative curvature.

    Both signs lower the loss to second order; with ``value`` the one that lowers it more is
    taken. At a minimum there is nothing to escape along, and the error says so.
    """
    direction = curvature.escape_direction
    if direction is None:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "landscape", "this point is a {kind}: no direction of negative curvature to escape along"
                ),
                context="landscape",
                kind=kind_word(curvature.kind),
            )
        )
    theta = np.asarray(theta, np.float64)
    plus, minus = theta + step * direction, theta - step * direction
    if value is not None and value(minus) < value(plus):
        return minus
    return plus


# -- a model's loss ---------------------------------------------------------------------------------


class _Objective:
    """A model's training objective (loss + weight penalty) as functions of a flat float64 θ.

    The gradient is the backend's training-mode gradient (the one optimizers follow) with a
    fixed random stream, so a network with Dropout is differentiated under one fixed mask and
    the finite differences see a smooth function; BatchNorm uses the statistics of the batch.
    The weights given are copied, never changed.
    """

    def __init__(self, model: Model, x, y, params: Params | None, backend: str, seed: int) -> None:
        self.net = model.network
        if self.net.loss is None:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "landscape", "choose a loss first: call compile(loss=...) or set it on the Output"
                    ),
                    context="landscape",
                )
            )
        self.layout = Layout(self.net)
        source = model.params if params is None else params
        self.scratch = {nid: {k: a.astype(np.float64) for k, a in p.items()} for nid, p in source.items()}
        self.theta = self.layout.flatten(source)
        self.x, self.y = np.asarray(x, np.float64), np.asarray(y)
        self.engine = backends.get(backend)
        self.seed = seed

    def gradient(self, theta: np.ndarray) -> np.ndarray:
        self.layout.write(theta, self.scratch)
        rng = np.random.default_rng(self.seed)
        _, grads, _ = self.engine.loss_and_gradients(self.net, self.scratch, self.x, self.y, rng)
        _, penalty_grads = self.net.regularization(self.scratch)
        for (nid, name), g in penalty_grads.items():
            grads[nid][name] = grads[nid][name] + g
        return self.layout.flatten(grads)

    def value(self, theta: np.ndarray) -> float:
        self.layout.write(theta, self.scratch)
        return (
            self.engine.loss(self.net, self.scratch, self.x, self.y)
            + self.net.regularization(self.scratch)[0]
        )


def hessian(
    model: Model, x: np.ndarray, y: np.ndarray, params: Params | None = None, *, backend: str = "reference"
) -> np.ndarray:
    """The full Hessian of the objective over every trainable weight, in float64.

    Rows and columns follow :class:`engine.landscape.grid.Layout` (layer by layer, kernel then
    bias, each array flattened). Costs two gradient passes per weight.
    """
    objective = _Objective(model, x, y, params, backend, seed=0)
    return hessian_from_gradient(objective.gradient, objective.theta)


def curvature(
    model: Model,
    x: np.ndarray,
    y: np.ndarray,
    params: Params | None = None,
    *,
    exact_limit: int = 2000,
    k: int = 3,
    rtol: float = 1e-3,
    backend: str = "reference",
    seed: int = 0,
) -> Curvature:
    """Classify the model's current weights (or ``params``): minimum, saddle, maximum or flat."""
    objective = _Objective(model, x, y, params, backend, seed)
    return analyze(objective.gradient, objective.theta, exact_limit=exact_limit, k=k, rtol=rtol, seed=seed)


def escape_saddle(
    model: Model,
    x: np.ndarray,
    y: np.ndarray,
    step: float = 0.1,
    *,
    params: Params | None = None,
    spectrum: Curvature | None = None,
    backend: str = "reference",
) -> Params:
    """New weights one ``step`` (in weight units) along the most negative curvature, taking the
    sign that lowers the loss more; the model itself is left as it was. ``spectrum`` reuses a
    :func:`curvature` already computed at these weights."""
    if not (isinstance(step, int | float) and math.isfinite(step) and step > 0):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("landscape", "step must be a positive number, got {value}"),
                context="landscape",
                value=repr(step),
            )
        )
    objective = _Objective(model, x, y, params, backend, seed=0)
    found = spectrum or analyze(objective.gradient, objective.theta)
    moved = escape_step(objective.theta, found, step, objective.value)
    base = model.params if params is None else params
    return objective.layout.unflatten(moved, base)
