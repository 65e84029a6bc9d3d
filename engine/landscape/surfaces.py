"""Loss surfaces a student can look at, and the paths training takes across them.

A network has thousands of weights, so its loss lives in thousands of dimensions; a picture
shows a plane through that space. Which plane decides what the picture can teach:

- :func:`parameter_plane` varies two chosen weights and fixes the rest. For ``y = b + w·x``
  (:func:`line_model`) there are only two weights, so the surface *is* the whole loss, and the
  recorded (b, w) path (:class:`ParameterTrace`) is exactly where gradient descent went.
- :func:`random_plane` is Li et al. 2018's view of any network: two random directions, each
  rescaled unit by unit to the size of the weights it moves (filter normalisation), so that
  networks of different scale are comparable and a direction never drowns a small layer.
- :func:`trajectory_plane` is the plane in which training actually moved: the first two
  principal components of the recorded weights θᵢ − θ_final, with the path projected onto it.
- :func:`interpolate` is the 1-D slice along the straight line between two weight vectors.
- :class:`LiveLandscape` keeps a coarse surface around the current weights while training runs,
  at a cadence that bounds its share of the time.
"""

import math
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine import layers
from engine.errors import ConfigError
from engine.landscape.grid import Layout, Method, Params, evaluate
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.model import Model, Sequential


@dataclass(eq=False)
class Surface:
    """The loss over a plane: ``loss[i, j]`` is the objective at
    ``center + alphas[i]·directions[0] + betas[j]·directions[1]``.

    ``path`` (n × 2), when present, is a training path in the same (α, β) coordinates;
    ``explained_variance`` gives, for a trajectory plane, the share of the path's squared
    distance from the final weights that each axis captures.
    """

    alphas: np.ndarray
    betas: np.ndarray
    loss: np.ndarray
    center: Params
    directions: tuple[Params, Params]
    labels: tuple[str, str] = ("α", "β")
    path: np.ndarray | None = None
    explained_variance: np.ndarray | None = None
    method: str = ""
    seconds: float = 0.0

    def minimum(self) -> tuple[float, float, float]:
        """(α, β, loss) of the lowest cell (NaN cells, where the loss blew up, are skipped)."""
        if not np.any(np.isfinite(self.loss)):
            return math.nan, math.nan, math.nan
        i, j = np.unravel_index(
            np.nanargmin(np.where(np.isfinite(self.loss), self.loss, np.nan)), self.loss.shape
        )
        return float(self.alphas[i]), float(self.betas[j]), float(self.loss[i, j])

    def params_at(self, alpha: float, beta: float) -> Params:
        """The weights at (α, β) of this plane (e.g. to load the point a user clicked)."""
        d1, d2 = self.directions
        out = {nid: {k: a.copy() for k, a in p.items()} for nid, p in self.center.items()}
        for nid, arrays in d1.items():
            for name, u in arrays.items():
                target = out[nid][name]
                target[...] = target + alpha * u + beta * d2[nid][name]
        return out


@dataclass(eq=False)
class Profile:
    """The loss along a line: ``loss[i]`` at ``start + ts[i]·(end − start)``."""

    ts: np.ndarray
    loss: np.ndarray
    method: str = ""
    seconds: float = 0.0


def principal_component(number: int) -> Message:
    """A trajectory plane's axis name: "PC 1" (the path's first principal component), "PC 2"."""
    return Message(QT_TRANSLATE_NOOP("landscape", "PC {number}"), context="landscape", number=number)


# -- choosing data and planes ---------------------------------------------------------------------


def _data(x: np.ndarray, y: np.ndarray, subsample: "int | np.ndarray | None", seed: int):
    """The samples a surface is computed on: all, a fixed random subset of at most
    ``subsample`` samples (all of them when there are no more), or the given indices."""
    x, y = np.asarray(x), np.asarray(y)
    if subsample is None:
        return x, y
    if isinstance(subsample, int | np.integer) and not isinstance(subsample, bool):
        if subsample < 1:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("landscape", "subsample must be a number of samples ≥ 1, got {value}"),
                    context="landscape",
                    value=str(subsample),
                )
            )
        if subsample >= len(x):
            return x, y
        idx = np.sort(np.random.default_rng(seed).choice(len(x), int(subsample), replace=False))
    else:
        idx = np.asarray(subsample)
        if idx.ndim != 1 or idx.dtype.kind not in "iu" or idx.size == 0:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "landscape", "subsample must be a number of samples or a list of sample indices"
                    ),
                    context="landscape",
                )
            )
        if idx.min() < 0 or idx.max() >= len(x):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("landscape", "subsample indices must lie in 0 … {last}"),
                    context="landscape",
                    last=len(x) - 1,
                )
            )
    return x[idx], y[idx]


def _check_resolution(resolution: int) -> int:
    if isinstance(resolution, bool) or not isinstance(resolution, int | np.integer) or resolution < 2:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("landscape", "resolution must be a whole number ≥ 2, got {value}"),
                context="landscape",
                value=repr(resolution),
            )
        )
    return int(resolution)


def _check_span(span: float) -> float:
    if isinstance(span, bool) or not isinstance(span, int | float) or not 0 < span < math.inf:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("landscape", "span must be a positive number, got {value}"),
                context="landscape",
                value=repr(span),
            )
        )
    return float(span)


def _copy(params: Params) -> Params:
    return {nid: {k: a.copy() for k, a in p.items()} for nid, p in params.items()}


def filter_normalized_direction(
    model: Model, params: Params, rng: np.random.Generator, include_biases: bool = False
) -> Params:
    """A random Gaussian direction in weight space, normalised filter by filter (Li et al. 2018).

    For each Dense unit — a column of its kernel — the direction's column is rescaled to the
    norm of the weight column, so moving one unit of the direction changes every unit by the
    same fraction of its own size. Biases and BatchNorm's γ, β are left still (zero) by
    default, as in the paper; with ``include_biases`` each of these one-number "filters" gets a
    random sign times its own magnitude.
    """
    net = model.network
    out: Params = {}
    for nid, name in net.trainable_keys():
        w = np.asarray(params[nid][name], np.float64)
        d = rng.standard_normal(w.shape)
        if w.ndim >= 2:
            d_norm = np.linalg.norm(d.reshape(-1, w.shape[-1]), axis=0)
            w_norm = np.linalg.norm(w.reshape(-1, w.shape[-1]), axis=0)
            d *= w_norm / np.where(d_norm > 0, d_norm, 1.0)
        elif include_biases:
            d = np.sign(d) * np.abs(w)
        else:
            d = np.zeros_like(w)
        out.setdefault(nid, {})[name] = d.astype(params[nid][name].dtype)
    return out


def random_plane(
    model: Model,
    x: np.ndarray,
    y: np.ndarray,
    resolution: int = 101,
    span: float = 1.0,
    seed: int = 0,
    include_biases: bool = False,
    subsample: "int | np.ndarray | None" = None,
    *,
    center: Params | None = None,
    method: Method = "auto",
    backend: str = "reference",
) -> Surface:
    """Li et al.'s slice: the loss at θ + α·δ + β·η for α, β in [−span, span].

    θ is ``center`` (default: the model's current weights); δ and η are two filter-normalised
    random directions drawn from ``seed`` (the same seed gives the same plane). ``subsample``
    (at most this many samples, drawn once from ``seed``, or their indices) computes the surface
    on a fixed subset instead of all of ``x``.
    """
    resolution, span = _check_resolution(resolution), _check_span(span)
    center = _copy(model.params if center is None else center)
    rng = np.random.default_rng(seed)
    d1 = filter_normalized_direction(model, center, rng, include_biases)
    d2 = filter_normalized_direction(model, center, rng, include_biases)
    if not any(np.any(a) for p in d1.values() for a in p.values()):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "landscape", "the network has no weights to vary (every kernel is zero or absent)"
                ),
                context="landscape",
            )
        )
    x, y = _data(x, y, subsample, seed)
    grid = np.linspace(-span, span, resolution)
    result = evaluate(model.network, center, d1, d2, grid, grid, x, y, method=method, backend=backend)
    return Surface(
        grid, grid.copy(), result.loss, center, (d1, d2), method=result.method, seconds=result.seconds
    )


def trajectory_plane(
    model: Model,
    snapshots: "Sequence[Params]",
    x: np.ndarray,
    y: np.ndarray,
    resolution: int = 51,
    *,
    margin: float = 0.25,
    subsample: "int | np.ndarray | None" = None,
    seed: int = 0,
    method: Method = "auto",
    backend: str = "reference",
) -> Surface:
    """The plane training moved in: PCA of θᵢ − θ_final over the snapshots, path projected.

    The axes are the two leading right-singular vectors of the matrix of differences from the
    final weights (the last snapshot), which is the plane through θ_final that the path lies
    closest to; ``explained_variance`` is each axis's share of the squared distances, so two
    shares summing to ≈ 1 mean the drawn path is the real one. The grid covers the path with
    ``margin`` (a fraction of its extent) to spare on every side. Axes are oriented so that
    training starts at negative coordinates and walks toward the final weights at (0, 0).
    """
    resolution = _check_resolution(resolution)
    if len(snapshots) < 2:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("landscape", "a trajectory needs at least two snapshots of the weights"),
                context="landscape",
            )
        )
    net = model.network
    layout = Layout(net)
    if layout.size < 2:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("landscape", "a plane needs at least two trainable weights"),
                context="landscape",
            )
        )
    final = snapshots[-1]
    theta = layout.flatten(final)
    moves = np.stack([layout.flatten(s) for s in snapshots]) - theta
    _, s, vt = np.linalg.svd(moves, full_matrices=False)
    total = float(np.sum(s * s))
    if total == 0:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("landscape", "the weights never moved: there is no path to show"),
                context="landscape",
            )
        )
    axes = np.zeros((2, layout.size))
    axes[: min(2, len(vt))] = vt[:2]
    path = moves @ axes.T
    for k in range(2):
        if path[0, k] > 0:
            axes[k], path[:, k] = -axes[k], -path[:, k]
    explained = np.zeros(2)
    explained[: min(2, len(s))] = s[:2] ** 2 / total
    lo, hi = path.min(axis=0), path.max(axis=0)
    extent = np.maximum(hi - lo, 1e-3 * max(float(np.max(hi - lo)), 1e-12))
    alphas = np.linspace(lo[0] - margin * extent[0], hi[0] + margin * extent[0], resolution)
    betas = np.linspace(lo[1] - margin * extent[1], hi[1] + margin * extent[1], resolution)
    dtype = model.dtype
    d1 = layout.unflatten(axes[0], layout.zeros(dtype))
    d2 = layout.unflatten(axes[1], layout.zeros(dtype))
    center = _copy(final)
    x, y = _data(x, y, subsample, seed)
    result = evaluate(net, center, d1, d2, alphas, betas, x, y, method=method, backend=backend)
    return Surface(
        alphas,
        betas,
        result.loss,
        center,
        (d1, d2),
        labels=(principal_component(1), principal_component(2)),
        path=path,
        explained_variance=explained,
        method=result.method,
        seconds=result.seconds,
    )


def interpolate(
    model: Model,
    start: Params,
    end: Params,
    x: np.ndarray,
    y: np.ndarray,
    resolution: int = 51,
    t_range: tuple[float, float] = (-0.5, 1.5),
    *,
    subsample: "int | np.ndarray | None" = None,
    seed: int = 0,
    method: Method = "auto",
    backend: str = "reference",
) -> Profile:
    """The loss along the straight line from ``start`` (t = 0) to ``end`` (t = 1), e.g. from
    the initial to the trained weights (Goodfellow et al. 2015), a little beyond both ends."""
    resolution = _check_resolution(resolution)
    layout = Layout(model.network)
    direction = layout.flatten(end) - layout.flatten(start)
    d1 = layout.unflatten(direction, layout.zeros(model.dtype))
    ts = np.linspace(t_range[0], t_range[1], resolution)
    x, y = _data(x, y, subsample, seed)
    result = evaluate(
        model.network,
        _copy(start),
        d1,
        layout.zeros(model.dtype),
        ts,
        np.zeros(1),
        x,
        y,
        method=method,
        backend=backend,
    )
    return Profile(ts, result.loss[:, 0], result.method, result.seconds)


# -- two chosen weights ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    """One scalar weight: a layer (its node name or id), one of its arrays, and an index."""

    layer: str
    array: str = "kernel"
    index: "tuple[int, ...] | int" = 0

    def locate(self, model: Model) -> tuple[str, str, int]:
        """(node id, array name, flat index), or a clear error naming what does not exist."""
        graph = model.graph
        nid = self.layer if self.layer in graph.nodes else None
        if nid is None:
            named = [n.id for n in graph.nodes.values() if n.name == self.layer]
            if not named:
                raise ConfigError(
                    Message(
                        QT_TRANSLATE_NOOP("landscape", "there is no layer named {name}"),
                        context="landscape",
                        name=repr(self.layer),
                    )
                )
            nid = named[0]
        arrays = model.params.get(nid, {})
        name = graph.nodes[nid].name
        if self.array not in arrays:
            listed = ", ".join(arrays) or Message(QT_TRANSLATE_NOOP("landscape", "none"), context="landscape")
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("landscape", "{layer} has no {array} array (its arrays: {listed})"),
                    context="landscape",
                    layer=name,
                    array=repr(self.array),
                    listed=listed,
                )
            )
        if self.array in model.network.step_of[nid].layer.non_trainable:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "landscape", "{layer}.{array} is not trained, so it has no loss surface"
                    ),
                    context="landscape",
                    layer=name,
                    array=self.array,
                )
            )
        shape = arrays[self.array].shape
        index = (self.index,) if isinstance(self.index, int | np.integer) else tuple(self.index)
        if len(index) != len(shape) or any(not 0 <= i < n for i, n in zip(index, shape, strict=True)):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "landscape", "{layer}.{array} has shape {shape}; index {index} is outside it"
                    ),
                    context="landscape",
                    layer=name,
                    array=self.array,
                    shape=str(shape),
                    index=str(self.index),
                )
            )
        return nid, self.array, int(np.ravel_multi_index(index, shape))

    def label(self, model: Model) -> str:
        nid, array, _ = self.locate(model)
        index = (self.index,) if isinstance(self.index, int | np.integer) else tuple(self.index)
        return f"{model.graph.nodes[nid].name}.{array}[{', '.join(str(i) for i in index)}]"

    def value(self, model: Model, params: Params | None = None) -> float:
        nid, array, flat = self.locate(model)
        return float((model.params if params is None else params)[nid][array].reshape(-1)[flat])


def parameter_plane(
    model: Model,
    x: np.ndarray,
    y: np.ndarray,
    first: Param,
    second: Param,
    resolution: int = 101,
    first_range: tuple[float, float] | None = None,
    second_range: tuple[float, float] | None = None,
    *,
    span: float = 2.0,
    params: Params | None = None,
    subsample: "int | np.ndarray | None" = None,
    seed: int = 0,
    method: Method = "auto",
    backend: str = "reference",
) -> Surface:
    """The exact loss as two chosen weights vary and every other weight stays fixed.

    ``alphas``/``betas`` are the values of ``first``/``second`` themselves (not offsets), over
    the given ranges or the current value ± ``span``. For a model with only two weights, such
    as :func:`line_model`, this is the complete loss function.
    """
    resolution, span = _check_resolution(resolution), _check_span(span)
    params = _copy(model.params if params is None else params)
    (n1, a1, i1), (n2, a2, i2) = first.locate(model), second.locate(model)
    if (n1, a1, i1) == (n2, a2, i2):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("landscape", "choose two different weights for the two axes"),
                context="landscape",
            )
        )
    ranges = []
    for (nid, array, flat), given in (((n1, a1, i1), first_range), ((n2, a2, i2), second_range)):
        value = float(params[nid][array].reshape(-1)[flat])
        lo, hi = (value - span, value + span) if given is None else given
        if not (math.isfinite(lo) and math.isfinite(hi) and lo < hi):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "landscape", "a range must run from a smaller to a larger number, got {given}"
                    ),
                    context="landscape",
                    given=str(given),
                )
            )
        ranges.append(np.linspace(lo, hi, resolution))
        params[nid][array].reshape(-1)[flat] = 0  # the axes carry this weight's value
    layout = Layout(model.network)
    d1, d2 = layout.zeros(model.dtype), layout.zeros(model.dtype)
    d1[n1][a1].reshape(-1)[i1] = 1
    d2[n2][a2].reshape(-1)[i2] = 1
    x, y = _data(x, y, subsample, seed)
    result = evaluate(
        model.network, params, d1, d2, ranges[0], ranges[1], x, y, method=method, backend=backend
    )
    return Surface(
        ranges[0],
        ranges[1],
        result.loss,
        params,
        (d1, d2),
        labels=(first.label(model), second.label(model)),
        method=result.method,
        seconds=result.seconds,
    )


class ParameterTrace:
    """The values of two chosen weights, recorded after every training step (two numbers each,
    so nothing is ever thinned out): the path to draw on a :func:`parameter_plane`."""

    def __init__(self, model: Model, first: Param, second: Param) -> None:
        self.model = model
        self._where = [first.locate(model), second.locate(model)]
        self._points: list[tuple[float, float]] = []

    def record(self, params: Params | None = None) -> None:
        params = self.model.params if params is None else params
        a, b = (float(params[nid][array].reshape(-1)[flat]) for nid, array, flat in self._where)
        self._points.append((a, b))

    @property
    def points(self) -> np.ndarray:
        """(steps recorded, 2): the first and second weight's values, in order."""
        return np.array(self._points, dtype=np.float64).reshape(-1, 2)

    def clear(self) -> None:
        self._points.clear()


def line_model(
    b: float = 0.0,
    w: float = 0.0,
    *,
    loss: str = "mse",
    optimizer: Any = "sgd",
    dtype: Any = "float64",
) -> tuple[Model, Param, Param]:
    """``y = b + w·x`` as a network (Input(1) → Dense(1)), compiled, with refs to b and w.

    The first lesson's model: a function with two unknowns, a loss L(b, w) and an optimizer.
    """
    model = Sequential([layers.Input(1), layers.Dense(1, name="line")], dtype=dtype)
    model.compile(optimizer=optimizer, loss=loss)
    model.set_weights([np.array([[w]]), np.array([b])])
    return model, Param("line", "bias", 0), Param("line", "kernel", (0, 0))


def least_squares_line(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """(b, w) of the line with the least mean squared error: the bottom of the MSE surface."""
    x = np.asarray(x, np.float64).reshape(-1)
    y = np.asarray(y, np.float64).reshape(-1)
    dx = x - x.mean()
    w = float(dx @ (y - y.mean()) / (dx @ dx))
    return float(y.mean() - w * x.mean()), w


# -- recording and live surfaces -----------------------------------------------------------------


class Snapshots(Sequence):
    """Copies of the weights over training, for :func:`trajectory_plane`, in bounded memory.

    Every ``stride``-th recorded step is kept; when more than ``capacity`` are kept, every other
    one is dropped and the stride doubles, so the kept ones stay evenly spread over the whole
    run. The most recent weights are always the last item (the final point of the path).
    """

    def __init__(self, capacity: int = 256) -> None:
        if isinstance(capacity, bool) or not isinstance(capacity, int) or capacity < 2:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("landscape", "capacity must be a whole number ≥ 2, got {value}"),
                    context="landscape",
                    value=repr(capacity),
                )
            )
        self.capacity = capacity
        self.stride = 1
        self._kept: list[tuple[int, Params]] = []
        self._latest: tuple[int, Params] | None = None
        self._count = 0

    def record(self, params: Params) -> None:
        copy = _copy(params)
        step = self._count
        self._count += 1
        self._latest = (step, copy)
        if step % self.stride == 0:
            self._kept.append((step, copy))
            if len(self._kept) > self.capacity:
                self._kept = self._kept[::2]
                self.stride *= 2

    def _items(self) -> list[tuple[int, Params]]:
        if self._latest is None:
            return []
        if self._kept and self._kept[-1][0] == self._latest[0]:
            return self._kept
        return [*self._kept, self._latest]

    @property
    def steps(self) -> list[int]:
        """The step number (0 = first recorded) of each snapshot."""
        return [step for step, _ in self._items()]

    def __len__(self) -> int:
        return len(self._items())

    def __getitem__(self, index):  # type: ignore[override]
        items = self._items()
        if isinstance(index, slice):
            return [p for _, p in items[index]]
        return items[index][1]

    def __iter__(self) -> Iterator[Params]:
        return (p for _, p in self._items())


@dataclass(eq=False, repr=False)
class LiveLandscape:
    """A coarse surface around the current weights, kept up to date while training runs.

    The plane's directions are drawn once, at the weights training started from, and stay
    fixed, so successive pictures are comparable and the path grows in one coordinate frame:
    :meth:`record` projects the current weights onto it (least squares on the two directions).
    :meth:`refresh` recomputes the surface through the current weights. :meth:`due` says when
    to: the first surface at once, later ones only while the time spent here (recording and
    refreshing) stays within ``budget`` of the wall time since the first recorded step — so the
    picture refreshes as often as it can without slowing training by more than that share.
    :meth:`finish` computes the full-resolution surface once training stops.

    Without ``params``, :meth:`record` and :meth:`refresh` read the model's weights, which the
    optimizer changes in place: call them between training steps. Given a copy of the weights
    (``params``), they can run on a thread of their own beside training; one thread at a time.
    """

    model: Model
    x: np.ndarray
    y: np.ndarray
    resolution: int = 31
    span: float = 1.0
    seed: int = 0
    include_biases: bool = False
    subsample: "int | np.ndarray | None" = None
    budget: float = 0.1
    method: Method = "auto"
    backend: str = "reference"
    _path: list[tuple[float, float]] = field(default_factory=list, init=False)
    _cost: float | None = field(default=None, init=False)  # of the last refresh
    _spent: float = field(default=0.0, init=False)  # in record and refresh, in all
    _clock: float | None = field(default=None, init=False)  # when the first step was recorded

    def __post_init__(self) -> None:
        _check_resolution(self.resolution)
        _check_span(self.span)
        if not 0 < self.budget < 1:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("landscape", "budget must be a fraction between 0 and 1, got {value}"),
                    context="landscape",
                    value=repr(self.budget),
                )
            )
        self.x, self.y = _data(self.x, self.y, self.subsample, self.seed)
        self._layout = Layout(self.model.network)
        start = _copy(self.model.params)
        rng = np.random.default_rng(self.seed)
        self.directions = (
            filter_normalized_direction(self.model, start, rng, self.include_biases),
            filter_normalized_direction(self.model, start, rng, self.include_biases),
        )
        self._origin = self._layout.flatten(start)
        basis = np.stack([self._layout.flatten(d) for d in self.directions])
        self._basis = basis
        self._solve = np.linalg.pinv(basis @ basis.T) @ basis  # (2, P): least-squares coordinates

    def coordinates(self, params: Params) -> tuple[float, float]:
        """(α, β) of ``params`` in the plane's frame (origin: the weights training started at)."""
        a, b = self._solve @ (self._layout.flatten(params) - self._origin)
        return float(a), float(b)

    def record(self, params: Params | None = None) -> tuple[float, float]:
        """Add the current weights to the path; returns their (α, β)."""
        start = time.perf_counter()
        if self._clock is None:
            self._clock = start
        point = self.coordinates(self.model.params if params is None else params)
        self._path.append(point)
        self._spent += time.perf_counter() - start
        return point

    @property
    def path(self) -> np.ndarray:
        return np.array(self._path, dtype=np.float64).reshape(-1, 2)

    def due(self) -> bool:
        """Whether refreshing now keeps the time spent here within ``budget`` of the wall time."""
        if self._cost is None or self._clock is None:
            return True
        elapsed = time.perf_counter() - self._clock
        return self._spent + self._cost <= self.budget * (elapsed + self._cost)

    def refresh(self, params: Params | None = None, resolution: int | None = None) -> Surface:
        """The surface through the current weights, in the frame of the path."""
        start = time.perf_counter()
        center = _copy(self.model.params if params is None else params)
        a0, b0 = self.coordinates(center)
        grid = np.linspace(-self.span, self.span, _check_resolution(resolution or self.resolution))
        d1, d2 = self.directions
        result = evaluate(
            self.model.network,
            center,
            d1,
            d2,
            grid,
            grid,
            self.x,
            self.y,
            method=self.method,
            backend=self.backend,
        )
        self._cost = time.perf_counter() - start
        self._spent += self._cost
        # The plane's point at frame coordinates (0, 0), so that center + α·δ + β·η holds for
        # the frame's α, β: the current weights minus their own coordinates along δ and η.
        origin = self._layout.flatten(center) - a0 * self._basis[0] - b0 * self._basis[1]
        return Surface(
            a0 + grid,
            b0 + grid,
            result.loss,
            self._layout.unflatten(origin, center),
            (d1, d2),
            path=self.path,
            method=result.method,
            seconds=result.seconds,
        )

    def finish(self, resolution: int = 101) -> Surface:
        """The full-resolution surface, once training has stopped."""
        return self.refresh(resolution=resolution)
