"""Probes: what each unit of a network computes, and how its weights are spread.

TensorFlow Playground draws, on every hidden neuron, that neuron's output over the whole input
square: the first layer's units are half-planes (a tanh of a weighted sum of x₁ and x₂), and
each later layer mixes the pictures before it into curves and rings. :func:`unit_maps` gives
those pictures as arrays: one inference-mode forward pass of the network over a grid of input
points, through the backend's own layer code (``backends.get(...).forward``), keeping every
layer's output instead of only the last. Nothing here re-implements a layer or an activation.

:func:`weight_histograms` counts each layer's kernel values, for the live weight histograms
(initializations that are too wide or too narrow, weights that grow without bound under a
high learning rate, L2 pulling them towards 0).
"""

from dataclasses import dataclass

import numpy as np

from engine import backends
from engine import layers as L
from engine.errors import ConfigError, ShapeError
from engine.messages import QT_TRANSLATE_NOOP, Message
from engine.model import Model

Params = dict[str, dict[str, np.ndarray]]

#: Units a layer may have for its maps to be drawn (a card shows at most this many).
MAX_UNITS = 64


@dataclass(frozen=True)
class UnitMaps:
    """One layer's units over a grid: ``values[u, i, j]`` is unit ``u``'s output at grid point
    ``(i, j)`` (i along the first input axis, j along the second)."""

    node_id: str
    name: str
    values: np.ndarray

    @property
    def units(self) -> int:
        return int(self.values.shape[0])


def probed_layers(model: Model, max_units: int = MAX_UNITS) -> list[str]:
    """Node ids of the layers whose units :func:`unit_maps` pictures: every layer but the Output
    whose output is a flat row of at most ``max_units`` units — the Input too, as Playground
    shows the features the network is fed (x₁, x₂, or x₁², sin x₁ … when the project adds them)."""
    found = []
    for step in model.network.steps:
        if isinstance(step.layer, L.Output):
            continue
        shape = step.output_shape
        if len(shape) == 1 and 0 < shape[0] <= max_units:
            found.append(step.node_id)
    return found


def unit_maps(
    model: Model,
    grid_inputs: np.ndarray,
    grid_shape: tuple[int, int],
    *,
    params: Params | None = None,
    layers: list[str] | None = None,
    backend: str = "reference",
) -> list[UnitMaps]:
    """Every probed unit's output at each point of a grid over the input plane.

    ``grid_inputs`` are the grid's points as the network is fed them (after the project's input
    features and scaling), in row-major order of ``grid_shape`` — (nx, ny) points, x slowest.
    ``params`` defaults to the model's weights; ``layers`` to :func:`probed_layers`. Dropout is
    off and batch normalization uses its moving statistics, as in ``predict``.
    """
    net = model.network
    params = model.params if params is None else params
    nx, ny = (int(n) for n in grid_shape)
    if nx < 1 or ny < 1:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "landscape", "the grid needs at least one point along each axis, got {shape}"
                ),
                context="landscape",
                shape=str(grid_shape),
            )
        )
    x = np.asarray(grid_inputs, dtype=model.dtype)
    if x.shape[1:] != net.input_shape:
        raise ShapeError(
            Message(
                QT_TRANSLATE_NOOP(
                    "landscape",
                    "the Input expects samples of shape {expected}, but the grid has points of shape {shape}",
                ),
                context="landscape",
                expected=str(net.input_shape),
                shape=str(x.shape[1:]),
            )
        )
    if len(x) != nx * ny:
        raise ShapeError(
            Message(
                QT_TRANSLATE_NOOP(
                    "landscape", "a {nx}×{ny} grid has {points} points, but {given} were given"
                ),
                context="landscape",
                nx=nx,
                ny=ny,
                points=nx * ny,
                given=len(x),
            )
        )
    wanted = probed_layers(model) if layers is None else layers
    for node_id in wanted:
        if node_id not in net.step_of:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("landscape", "there is no layer with id {node} in this network"),
                    context="landscape",
                    node=repr(node_id),
                )
            )
    tape = backends.get(backend).forward(net, params, x, training=False)
    maps = []
    for node_id in wanted:
        out = np.asarray(tape.outputs[node_id])
        columns = out.reshape(nx * ny, -1)
        values = columns.T.reshape(-1, nx, ny)
        maps.append(UnitMaps(node_id, net.step_of[node_id].name, values))
    return maps


@dataclass(frozen=True)
class WeightHistogram:
    """The spread of one layer's kernel: ``counts`` in the bins between ``edges``."""

    node_id: str
    name: str
    counts: np.ndarray
    edges: np.ndarray
    #: Kernel values that are NaN or infinite (left out of the counts).
    non_finite: int


def weight_histograms(
    model: Model, params: Params | None = None, bins: int | None = None
) -> list[WeightHistogram]:
    """A histogram of every kernel (the weights of Dense layers), in network order.

    ``bins`` per layer; by default about √(number of weights), between 5 and 30, so that a
    layer of 16 weights is not spread over 30 mostly empty bins.

    Each layer gets its own bins over its own range, so a layer whose weights are all tiny is
    as readable as one whose weights are large. Biases are left out: a layer has few of them,
    and they start at zero, which would hide the kernel's spread behind one tall bar.
    """
    if bins is not None and bins < 1:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("landscape", "a histogram needs at least one bin, got {bins}"),
                context="landscape",
                bins=str(bins),
            )
        )
    params = model.params if params is None else params
    found = []
    for step in model.network.steps:
        kernel = params.get(step.node_id, {}).get("kernel")
        if kernel is None:
            continue
        values = np.asarray(kernel, dtype=np.float64).reshape(-1)
        n_bins = bins if bins is not None else int(np.clip(round(np.sqrt(len(values))), 5, 30))
        finite = values[np.isfinite(values)]
        if len(finite):
            low, high = float(finite.min()), float(finite.max())
            if low == high:
                low, high = low - 0.5, high + 0.5
            counts, edges = np.histogram(finite, bins=n_bins, range=(low, high))
        else:
            counts, edges = np.zeros(n_bins, dtype=np.int64), np.linspace(-0.5, 0.5, n_bins + 1)
        found.append(WeightHistogram(step.node_id, step.name, counts, edges, int(len(values) - len(finite))))
    return found


def surface_heights(
    alphas: np.ndarray, betas: np.ndarray, values: np.ndarray, points: np.ndarray
) -> np.ndarray:
    """Bilinear reading of a grid surface ``values[i, j]`` at (α, β) ``points`` (n × 2): the
    height at which a path drawn over a computed surface lies on it. Points outside the grid
    take the value of its nearest edge."""
    alphas, betas = np.asarray(alphas, np.float64), np.asarray(betas, np.float64)
    values = np.asarray(values, np.float64)
    points = np.asarray(points, np.float64).reshape(-1, 2)
    if values.shape != (len(alphas), len(betas)) or len(alphas) < 2 or len(betas) < 2:
        raise ShapeError(
            Message(
                QT_TRANSLATE_NOOP(
                    "landscape",
                    "values must have shape (len(alphas), len(betas)) with at least 2 of each, "
                    "got {shape} for {alphas} α and {betas} β",
                ),
                context="landscape",
                shape=str(values.shape),
                alphas=len(alphas),
                betas=len(betas),
            )
        )

    def locate(axis: np.ndarray, v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        v = np.clip(v, axis[0], axis[-1])
        i = np.clip(np.searchsorted(axis, v) - 1, 0, len(axis) - 2)
        t = (v - axis[i]) / (axis[i + 1] - axis[i])
        return i, t

    i, s = locate(alphas, points[:, 0])
    j, t = locate(betas, points[:, 1])
    return (
        values[i, j] * (1 - s) * (1 - t)
        + values[i + 1, j] * s * (1 - t)
        + values[i, j + 1] * (1 - s) * t
        + values[i + 1, j + 1] * s * t
    )
