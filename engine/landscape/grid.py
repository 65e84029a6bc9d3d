"""The loss over a grid of points θ + a·δ + b·η: the one computation behind every surface.

Weight space gets flat coordinates (:class:`Layout`), a plane is a center and two directions,
and :func:`evaluate` fills a grid of (a, b) cells with the training objective there: the data
loss in inference mode (Dropout off, BatchNorm on its moving statistics, as ``Model.evaluate``
reports it) plus the weight penalty of any kernel regularizer, since that sum is what the
optimizer walks down.

Cells are evaluated in batches: one forward pass carries a whole batch of cells, the cells
along the first axis of every array ((cells, samples, units)), so that numpy runs each
activation and the loss over hundreds of thousands of numbers at once, with its SIMD formulas
(float32 tanh: about 0.4 ns a number, against 12–17 ns for the scalar libm call a numba loop
makes). What is the same for every cell is computed once per grid: a Dense layer fed by the
data alone has pre-activations ``P0 + a·P1 + b·P2`` with ``P0 = x·W + b``, ``P1 = x·δ_W + δ_b``,
``P2 = x·η_W + η_b``, so its product (digits: 1437 × 64 × 128) never runs per cell. Deeper Dense
layers multiply each cell by its own kernel in a small numba kernel (``_kernels``). Batches go
to one thread per core; numpy and the kernel release the GIL, so they run side by side.

Activations and losses are the very methods the reference backend calls (``Activation.f``,
``Loss.per_sample``), so the numbers are the backend's. A layer type this module does not know
is evaluated cell by cell through a backend's ``loss`` instead: exact, only slower.
"""

import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from engine import backends, losses, regularizers
from engine import layers as L
from engine.errors import ConfigError, ShapeError
from engine.messages import QT_TRANSLATE_NOOP, Message, term
from engine.network import Network

Params = dict[str, dict[str, np.ndarray]]
Key = tuple[str, str]
Method = Literal["auto", "batched", "backend"]

#: Numbers in the widest layer's activations per batch of cells (4 MB of float32): large
#: enough that numpy's per-call cost vanishes, small enough to stay near the core's cache.
BATCH_ELEMENTS = 1 << 20
#: The layers the batched path knows; anything else goes cell by cell through a backend.
BATCHED_LAYERS = (
    L.Input,
    L.Output,
    L.Dense,
    L.Activation,
    L.Dropout,
    L.Flatten,
    L.BatchNormalization,
    L.Add,
    L.Concatenate,
)


class Layout:
    """Where each parameter array sits in one flat vector: the coordinates of weight space.

    ``keys`` default to the trainable arrays (BatchNorm's moving statistics are state, not
    coordinates: no optimizer moves them, so no surface or Hessian varies them).
    """

    def __init__(self, net: Network, keys: list[Key] | None = None) -> None:
        self.keys: list[Key] = list(net.trainable_keys() if keys is None else keys)
        self.shapes = [tuple(net.step_of[nid].parameter_shapes[name]) for nid, name in self.keys]
        sizes = [int(np.prod(s)) for s in self.shapes]
        self.offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(int)
        self.size = int(self.offsets[-1])

    def flatten(self, params: Params, dtype: Any = np.float64) -> np.ndarray:
        """One vector of every array of the layout (zeros for arrays ``params`` lacks)."""
        out = np.zeros(self.size, dtype)
        for (nid, name), lo, hi in zip(self.keys, self.offsets[:-1], self.offsets[1:], strict=True):
            array = params.get(nid, {}).get(name)
            if array is not None:
                out[lo:hi] = np.ravel(array)
        return out

    def unflatten(self, vector: np.ndarray, base: Params) -> Params:
        """A copy of ``base`` (arrays and dtypes) with the layout's arrays taken from ``vector``."""
        params = {nid: {k: a.copy() for k, a in p.items()} for nid, p in base.items()}
        self.write(vector, params)
        return params

    def write(self, vector: np.ndarray, params: Params) -> None:
        """Copy ``vector`` into the arrays of ``params``, in place (keeping their dtype)."""
        for (nid, name), shape, lo, hi in zip(
            self.keys, self.shapes, self.offsets[:-1], self.offsets[1:], strict=True
        ):
            params[nid][name][...] = vector[lo:hi].reshape(shape)

    def zeros(self, dtype: Any = np.float64) -> Params:
        """Arrays of zeros shaped like the layout's (a direction that moves nothing)."""
        out: Params = {}
        for (nid, name), shape in zip(self.keys, self.shapes, strict=True):
            out.setdefault(nid, {})[name] = np.zeros(shape, dtype)
        return out


@dataclass(eq=False)
class Grid:
    """What :func:`evaluate` returns: the losses and how they were computed."""

    loss: np.ndarray  # (len(alphas), len(betas))
    method: str  # "batched", or the name of the backend that ran cell by cell
    seconds: float


def evaluate(
    net: Network,
    center: Params,
    d1: Params,
    d2: Params,
    alphas: np.ndarray,
    betas: np.ndarray,
    x: np.ndarray,
    y: np.ndarray,
    *,
    method: Method = "auto",
    backend: str = "reference",
) -> Grid:
    """The objective at center + alphas[i]·d1 + betas[j]·d2, for every i, j.

    ``center`` holds every parameter array of the network; ``d1``/``d2`` hold the trainable
    ones (an absent array does not move). ``method="auto"`` evaluates cells in batches when
    every layer is one the batched path knows, else through ``backend``'s ``loss`` per cell;
    ``"batched"`` insists on batches (a clear error says why a network cannot have them),
    ``"backend"`` forces the per-cell path.
    """
    if net.loss is None:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "landscape", "choose a loss first: call compile(loss=...) or set it on the Output"
                ),
                context="landscape",
            )
        )
    if method not in ("auto", "batched", "backend"):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("landscape", "method must be 'auto', 'batched' or 'backend', got {value}"),
                context="landscape",
                value=repr(method),
            )
        )
    x, y = np.asarray(x), np.asarray(y)
    if len(x) != len(y) or len(x) == 0:
        raise ShapeError(
            Message(
                QT_TRANSLATE_NOOP(
                    "landscape", "{samples} samples but {labels} labels: they must pair up one to one"
                ),
                context="landscape",
                samples=len(x),
                labels=len(y),
            )
        )
    alphas = np.asarray(alphas, np.float64).reshape(-1)
    betas = np.asarray(betas, np.float64).reshape(-1)
    start = time.perf_counter()
    unknown = [s for s in net.steps if not isinstance(s.layer, BATCHED_LAYERS)]
    if method == "batched" and unknown:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "landscape", "cells cannot be evaluated in batches: no batched {layer} layer"
                ),
                context="landscape",
                layer=term(unknown[0].layer.label),
            )
        )
    if method == "backend" or unknown:
        loss, used = _backend_grid(net, center, d1, d2, alphas, betas, x, y, backend), backend
    else:
        loss, used = _Batched(net, center, d1, d2, x, y).grid(alphas, betas), "batched"
    loss = loss + _penalty_grid(net, center, d1, d2, alphas, betas)
    return Grid(loss, used, time.perf_counter() - start)


def warm_up(dtypes: tuple[str, ...] = ("float32",)) -> None:
    """Compile the numba kernels of the batched path now (or load them from numba's cache).

    The app calls this on a background thread at start-up, so that the first surface a user
    asks for does not wait for the compiler. Safe from any thread.
    """
    from engine.landscape import _kernels as K

    for name in dtypes:
        dtype = np.dtype(name)
        cube, line = np.zeros((1, 1, 1), dtype), np.zeros(1, dtype)
        K.cell_products(cube, cube, cube, dtype.type(0))
        K.combine(line, line, line, line, line, np.zeros((1, 1), dtype))


# -- the per-cell path ------------------------------------------------------------------------------


def _backend_grid(net, center, d1, d2, alphas, betas, x, y, backend_name) -> np.ndarray:
    engine = backends.get(backend_name)
    layout = Layout(net)
    c, u, v = (layout.flatten(p) for p in (center, d1, d2))
    scratch = layout.unflatten(c, center)
    out = np.empty((len(alphas), len(betas)))
    for i, a in enumerate(alphas):
        for j, b in enumerate(betas):
            layout.write(c + a * u + b * v, scratch)
            out[i, j] = engine.loss(net, scratch, x, y)
    return out


def _penalty_grid(net, center, d1, d2, alphas, betas) -> np.ndarray | float:
    """The kernel regularizers' penalty at every cell (0 when no layer has one).

    An L2 penalty is a quadratic in (a, b) and is summed in closed form; an L1 penalty needs
    the absolute values, one row of cells at a time.
    """
    total: np.ndarray | float = 0.0
    for step in net.steps:
        spec = step.layer.config.get("kernel_regularizer")
        if spec is None:
            continue
        reg = regularizers.get(spec)
        W = np.asarray(center[step.node_id]["kernel"], np.float64).ravel()
        D = _array(d1, step.node_id, "kernel", W.shape).ravel()
        E = _array(d2, step.node_id, "kernel", W.shape).ravel()
        a, b = alphas[:, None], betas[None, :]
        if reg.l2:
            total = total + reg.l2 * (
                W @ W
                + a * a * (D @ D)
                + b * b * (E @ E)
                + 2 * a * (W @ D)
                + 2 * b * (W @ E)
                + 2 * a * b * (D @ E)
            )
        if reg.l1:
            l1 = np.array([np.abs(W + ai * D + betas[:, None] * E).sum(axis=1) for ai in alphas])
            total = total + reg.l1 * l1
    return total


def _array(params: Params, nid: str, name: str, shape) -> np.ndarray:
    array = params.get(nid, {}).get(name)
    return np.zeros(shape) if array is None else np.asarray(array, np.float64)


# -- the batched path -------------------------------------------------------------------------------


def _combine(center: np.ndarray, d1: np.ndarray, d2: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(cells, *center.shape): center + a[c]·d1 + b[c]·d2 for each cell c."""
    from engine.landscape import _kernels as K

    dtype = center.dtype
    out = np.empty((len(a), *center.shape), dtype)
    flat = [_for_kernel(p.astype(dtype, copy=False)).reshape(-1) for p in (center, d1, d2)]
    K.combine(*flat, _for_kernel(a), _for_kernel(b), out.reshape(len(a), -1))
    return out


def _for_kernel(array: np.ndarray) -> np.ndarray:
    """``array`` as a kernel takes it: C-contiguous and writable (numba compiles a separate
    kernel for read-only arrays, which ``warm_up`` would not have prepared)."""
    return np.require(array, requirements=("C", "W"))


_POOLS: dict[int, ThreadPoolExecutor] = {}


def _pool(threads: int) -> ThreadPoolExecutor:
    """A pool of ``threads`` workers, made once and kept: starting threads for every surface
    cost milliseconds, a good part of a live 31 × 31 refresh."""
    if threads not in _POOLS:
        _POOLS[threads] = ThreadPoolExecutor(threads, thread_name_prefix="landscape")
    return _POOLS[threads]


def _threads() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class _Batched:
    """One grid's forward passes, a batch of cells at a time.

    Built once per grid: the data as the network's input, targets repeated for a batch of
    cells, and everything that does not depend on the cell (parameter-free layers fed by the
    data, and the three products of each Dense layer fed by the data alone).
    """

    def __init__(self, net: Network, center: Params, d1: Params, d2: Params, x, y) -> None:
        self.net = net
        self.center, self.d1, self.d2 = center, d1, d2
        self.dtype = next((a.dtype for p in center.values() for a in p.values()), np.dtype(np.float32))
        x = np.asarray(x, self.dtype)
        if x.shape[1:] != net.input_shape:
            raise ShapeError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "landscape",
                        "the Input expects samples of shape {expected}, "
                        "but the data has samples of shape {shape}",
                    ),
                    context="landscape",
                    expected=str(net.input_shape),
                    shape=str(x.shape[1:]),
                )
            )
        self.n = len(x)
        loss = net.loss
        # Fused with the last activation (as the backends do it): the loss of the logits.
        self.loss = losses.get({**loss.get_config(), "from_logits": True}) if net.fused_loss else loss
        pred_like = np.empty((self.n, *net.output_shape), self.dtype)
        self.targets = np.asarray(y) if loss.sparse_targets else loss.targets_like(pred_like, y)
        # What every cell shares: outputs of steps no parameter reaches, and the products of a
        # Dense layer fed by such an output.
        self.shared: dict[str, np.ndarray] = {}
        self.products: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        for step in net.steps:
            layer = step.layer
            if isinstance(layer, L.Input):
                self.shared[step.node_id] = x
            elif all(s in self.shared for s in step.inputs) and not step.parameter_shapes:
                self.shared[step.node_id] = self._step(
                    step, [self.shared[s] for s in step.inputs], None, None
                )
            elif isinstance(layer, L.Dense) and step.inputs[0] in self.shared:
                inputs = self.shared[step.inputs[0]]
                p0, p1, p2 = (self._affine(step, p, inputs) for p in (center, d1, d2))
                self.products[step.node_id] = (p0, p1, p2)
        self.width = max(int(np.prod(s.output_shape)) for s in net.steps)

    def grid(self, alphas: np.ndarray, betas: np.ndarray) -> np.ndarray:
        a, b = (g.ravel().astype(self.dtype) for g in np.meshgrid(alphas, betas, indexing="ij"))
        out = np.empty(a.size)
        per_batch = max(1, BATCH_ELEMENTS // (self.n * self.width))
        threads = max(1, min(_threads(), -(-a.size // per_batch)))
        per_batch = min(per_batch, -(-a.size // threads))
        starts = range(0, a.size, per_batch)
        tiled = np.concatenate([self.targets] * min(per_batch, a.size))

        def run(start: int) -> None:
            stop = min(start + per_batch, a.size)
            out[start:stop] = self._cells(a[start:stop], b[start:stop], tiled)

        if threads == 1:
            for start in starts:
                run(start)
        else:
            list(_pool(threads).map(run, starts))
        return out.reshape(len(alphas), len(betas))

    def _cells(self, a: np.ndarray, b: np.ndarray, tiled: np.ndarray) -> np.ndarray:
        """The loss of each cell (a[c], b[c]) of one batch."""
        cells = len(a)
        values: dict[str, np.ndarray] = {}
        net = self.net
        for step in net.steps:
            nid = step.node_id
            if nid in self.shared:
                values[nid] = self.shared[nid]
            elif nid in self.products:
                values[nid] = self._activate(step, _combine(*self.products[nid], a, b))
            else:
                values[nid] = self._step(step, [values[s] for s in step.inputs], a, b)
        pred = values[net.output_id]
        pred = np.broadcast_to(pred, (cells, *pred.shape[-1 - len(net.output_shape) :]))
        per_sample = self.loss.per_sample(
            pred.reshape(cells * self.n, *net.output_shape), tiled[: cells * self.n]
        )
        return per_sample.reshape(cells, -1).mean(axis=1)

    # -- one step for a batch of cells (a, b given) or for the data alone (a, b None) ---------------
    def _param(self, step, name: str, a: np.ndarray | None, b: np.ndarray | None) -> np.ndarray:
        """The array ``name`` of ``step`` at each cell: (cells, *shape), or its center value."""
        c = self.center[step.node_id][name]
        if a is None:
            return c
        u = self.d1.get(step.node_id, {}).get(name)
        v = self.d2.get(step.node_id, {}).get(name)
        if u is None and v is None:
            return c
        return _combine(c, np.zeros_like(c) if u is None else u, np.zeros_like(c) if v is None else v, a, b)

    def _step(self, step, ins: list[np.ndarray], a, b) -> np.ndarray:
        layer = step.layer
        if isinstance(layer, L.Dense):
            return self._activate(step, self._dense(step, ins[0], a, b))
        if isinstance(layer, L.Activation):
            return self._activate(step, ins[0])
        if isinstance(layer, L.Dropout | L.Output):
            return ins[0]  # Dropout is the identity in inference
        if isinstance(layer, L.Flatten):
            lead = ins[0].ndim - len(step.input_shapes[0])
            return ins[0].reshape(*ins[0].shape[:lead], -1)
        if isinstance(layer, L.BatchNormalization):
            return self._batchnorm(step, ins[0], a, b)
        if isinstance(layer, L.Add):
            return sum(ins[1:], ins[0])
        # Concatenate: inputs shared by all cells are repeated for each cell of the batch.
        per_cell = [i for i, shape in zip(ins, step.input_shapes, strict=True) if i.ndim > len(shape) + 1]
        if per_cell:
            cells = len(per_cell[0])
            shapes = step.input_shapes
            ins = [np.broadcast_to(i, (cells, self.n, *shape)) for i, shape in zip(ins, shapes, strict=True)]
        return np.concatenate(ins, axis=-1)

    def _activate(self, step, z: np.ndarray) -> np.ndarray:
        if step.activation.name == "linear":
            return z
        if self.net.fused_loss and step.node_id == self.net.head_id:
            return z  # the loss takes the logits
        return step.activation.f(z)

    def _affine(self, step, params: Params, inputs: np.ndarray) -> np.ndarray:
        kernel = params.get(step.node_id, {}).get("kernel")
        z = np.zeros((len(inputs), step.output_shape[0]), self.dtype)
        if kernel is not None:
            z += inputs @ kernel.astype(self.dtype, copy=False)
        bias = params.get(step.node_id, {}).get("bias")
        if bias is not None:
            z += bias.astype(self.dtype, copy=False)
        return z

    def _dense(self, step, h: np.ndarray, a, b) -> np.ndarray:
        from engine.landscape import _kernels as K

        kernel = self._param(step, "kernel", a, b)
        h = _for_kernel(np.broadcast_to(h, (len(a), *h.shape[-2:])))
        kernels_t = _for_kernel(np.broadcast_to(kernel, (len(a), *kernel.shape[-2:])).transpose(0, 2, 1))
        z = np.empty((len(a), h.shape[1], kernel.shape[-1]), self.dtype)
        K.cell_products(h, kernels_t, z, self.dtype.type(0))
        if "bias" in step.parameter_shapes:
            bias = self._param(step, "bias", a, b)
            z += bias.reshape(-1, 1, bias.shape[-1]) if bias.ndim == 2 else bias
        return z

    def _batchnorm(self, step, x: np.ndarray, a, b) -> np.ndarray:
        """Inference: each channel shifted and scaled by its moving mean and variance, then γ, β."""
        p, cfg = self.center[step.node_id], step.layer.config
        inv_std = 1.0 / np.sqrt(p["moving_variance"] + x.dtype.type(cfg["epsilon"]))
        out = (x - p["moving_mean"]) * inv_std
        lead = (1,) * len(step.input_shapes[0])  # samples and every axis but the channels
        for name, combine in (("gamma", np.multiply), ("beta", np.add)):
            if name in p:
                value = self._param(step, name, a, b)
                if value.ndim == 2:  # one per cell: (cells, 1, …, channels)
                    value = value.reshape(len(value), *lead, value.shape[-1])
                out = combine(out, value)
        return out
