"""The CPU backend's compiled training path: a Network translated into a flat program.

Why: walking the graph in Python costs about 100 µs of dispatch per step, more than the whole
arithmetic of a small network. So the network is translated once into integer tables (what each
layer does, where its buffers live, which layer feeds which; see kernels/program.py for their
fields), and one compiled function trains on every batch of a ``train_steps`` call.

What may change between calls — the optimizer's settings, slot state and step count, the
learning-rate schedule, clipping — is read at every call: the learning rate and the other
step-count terms are evaluated here in Python, per step, by the very functions the numpy
optimizers use, and passed in as a table. Dropout masks come from the caller's generator, drawn
here in the order the reference backend draws them, so both backends consume the same stream.
After the call the parameter arrays, the optimizer's slots and its step count are exactly where
the reference backend would have left them (up to rounding), so training can switch backends
between calls.

A translation depends only on the network and the dtype and is cached per network. A network
the program cannot express raises :class:`UnsupportedError` (the CPU backend then falls back to its
per-layer kernels and logs why).
"""

import functools
import itertools
import math
import threading
import weakref
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from engine import layers as L
from engine import losses, optimizers, regularizers, schedules
from engine.activations import Activation
from engine.backends.kernels import elementwise as E
from engine.backends.kernels import program as P
from engine.network import Network

Params = dict[str, dict[str, np.ndarray]]

#: Dropout draws held at once (float64 numbers, 16 MiB): a longer call runs in several chunks.
RAND_CHUNK = 1 << 21

_OPTIMIZER_KINDS: dict[type, int] = {
    optimizers.SGD: P.SGD,
    optimizers.Momentum: P.SGD,
    optimizers.Nesterov: P.SGD,
    optimizers.RMSProp: P.RMSPROP,
    optimizers.Adagrad: P.ADAGRAD,
    optimizers.Adam: P.ADAM,
    optimizers.AdamW: P.ADAMW,
}
_REGULARIZERS = (regularizers.Regularizer, regularizers.L1, regularizers.L2)


class UnsupportedError(NotImplementedError):
    """No kernel for this network or optimizer (the message says why)."""


def activation_code(act: Activation) -> tuple[int, float]:
    """(kernel code, α) of an activation."""
    try:
        code = E.ACTIVATION_CODES[act.name]
    except KeyError:
        raise UnsupportedError(f"no kernel for the activation {act.name!r}") from None
    return code, float(getattr(act, "alpha", 0.0))


def loss_code(loss: losses.Loss, from_logits: bool) -> tuple[int, float, float, float]:
    """(kernel code, parameter, clip low, clip high) of a loss."""
    logits = from_logits or getattr(loss, "from_logits", False)
    if isinstance(loss, losses.MeanSquaredError):
        return E.MSE, 0.0, 0.0, 0.0
    if isinstance(loss, losses.MeanAbsoluteError):
        return E.MAE, 0.0, 0.0, 0.0
    if isinstance(loss, losses.Huber):
        return E.HUBER, loss.delta, 0.0, 0.0
    if isinstance(loss, losses.BinaryCrossentropy):
        return (E.BCE_LOGITS if logits else E.BCE), 0.0, losses.EPS, 1 - losses.EPS
    if isinstance(loss, losses.CategoricalCrossentropy | losses.SparseCategoricalCrossentropy):
        return (E.CCE_LOGITS if logits else E.CCE), 0.0, losses.EPS, 1.0
    raise UnsupportedError(f"no kernel for the loss {loss.name!r}")


@functools.cache
def _size(shape: tuple[int, ...]) -> int:
    """Numbers in an array of ``shape`` (cached: called for every parameter on every call)."""
    return math.prod(shape)


def _pairs(rows: list, columns: int, dtype: Any = np.int64) -> np.ndarray:
    """A table of ``columns`` columns (also when it has no rows)."""
    return np.array(rows, dtype=dtype).reshape(len(rows), columns)


def optimizer_kind(optimizer: optimizers.Optimizer) -> int:
    """The compiled update of an optimizer (its exact class: a subclass may change the math)."""
    kind = _OPTIMIZER_KINDS.get(type(optimizer))
    if kind is None:
        raise UnsupportedError(f"no compiled update for the optimizer {type(optimizer).__name__}")
    return kind


@dataclass(frozen=True, eq=False)
class Program:
    """A network in the tables the compiled loop reads. Workspace offsets are per sample; a call
    multiplies them by its largest batch."""

    dtype: np.dtype
    ops: np.ndarray
    links: np.ndarray
    fpar: np.ndarray
    tpar: np.ndarray
    meta: np.ndarray
    fmeta: np.ndarray
    tmeta: np.ndarray
    #: (node id, parameter name, shape, offset in theta): trainable parameters first.
    layout: list[tuple[str, str, tuple[int, ...], int]]
    n_params: int
    #: Numbers in the trainable parameters (the front of theta), and how many arrays they are.
    n_trainable: int
    n_trainable_arrays: int
    #: (offset, size) of each trainable array (per-tensor clipping).
    segs: np.ndarray
    #: (offset, size) of each regularized kernel, and its (l1, l2).
    regs: np.ndarray
    fregs: np.ndarray
    #: (offset, size) of trainable arrays no gradient reaches: zero every step, as the reference.
    zero_segs: np.ndarray
    #: Workspace numbers per sample of the batch.
    ws_per_sample: int
    #: Dropout draws per sample per step (the widths of all dropout layers).
    dropout_width: int
    output_shape: tuple[int, ...]
    loss: losses.Loss
    #: Op tables laid out for a batch size and optimizer, kept: small networks are called often.
    _layouts: dict[tuple[int, int, int], tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    #: The optimizer settings tables by their values (building them costs more than a small step).
    _settings: dict[tuple, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    #: The buffers of the last call ("buffers"), reused by the next one under ``_lock``.
    _kept: dict[str, "_Buffers"] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # -- running ------------------------------------------------------------------------------
    def train_steps(
        self,
        params: Params,
        optimizer: optimizers.Optimizer,
        x: np.ndarray,
        y: np.ndarray,
        batches: list[np.ndarray],
        rng: np.random.Generator | None,
    ) -> tuple[np.ndarray, np.ndarray]:
        """``ReferenceBackend.train_steps`` for an input ``x`` already in this program's dtype."""
        kind, nesterov, fmeta, tmeta = self._optimizer_settings(optimizer)
        steps = len(batches)
        if not steps:  # nothing to do, and nothing (not even the optimizer's slots) changes
            return np.zeros(0), np.zeros((0, *self.output_shape), self.dtype)
        sizes = np.fromiter((len(b) for b in batches), np.int64, steps)
        starts = np.zeros(steps + 1, np.int64)
        np.cumsum(sizes, out=starts[1:])
        order = np.concatenate(batches).astype(np.int64, copy=False)
        samples = np.ascontiguousarray(x.reshape(len(x), -1))  # one compiled signature: C order
        if order.size and (order.min() < 0 or order.max() >= len(x)):  # rare: count from the end
            if order.min() < -len(x) or order.max() >= len(x):
                raise IndexError(f"batch indices must lie in [0, {len(x)}) for {len(x)} samples")
            order = np.where(order < 0, order + len(x), order)
        targets = self._targets(np.asarray(y)[order])
        if self.dropout_width and rng is None:
            raise ValueError("a training pass through Dropout needs a random generator (rng)")
        schedule = self._schedule(optimizer, kind, steps)
        widest = int(sizes.max())
        ops, meta = self._scaled(widest, kind, nesterov)
        preds = np.empty((len(order), math.prod(self.output_shape)), self.dtype)
        losses_ = np.empty(steps, np.float64)
        # The flat buffers of the last call are reused: filling them through kept views costs a
        # tenth of building them, which matters when a small network is called often. A call from
        # a second thread meanwhile gets buffers of its own.
        reuse = self._lock.acquire(blocking=False)
        try:
            buffers = self._kept.get("buffers") if reuse else None
            if buffers is None:
                buffers = _Buffers(self)
                if reuse:
                    self._kept["buffers"] = buffers
            buffers.load(params, optimizer)
            ws = buffers.workspace(self.ws_per_sample * widest)
            for first, last in self._chunks(sizes):
                draws = int(sizes[first:last].sum()) * self.dropout_width
                rand = rng.random(draws) if draws else np.zeros(0)
                P.run(
                    ops,
                    self.links,
                    self.fpar,
                    self.tpar,
                    meta,
                    fmeta,
                    tmeta,
                    self.segs,
                    self.regs,
                    self.fregs,
                    self.zero_segs,
                    samples,
                    order,
                    starts[first : last + 1],
                    targets,
                    rand,
                    schedule[first:last],
                    buffers.theta,
                    buffers.grads,
                    buffers.slots,
                    ws,
                    preds,
                    losses_[first:last],
                )
            buffers.store(params, optimizer)
        finally:
            if reuse:
                self._lock.release()
        optimizer.iterations += steps
        return losses_, preds.reshape(len(order), *self.output_shape)

    def _optimizer_settings(self, optimizer: optimizers.Optimizer) -> tuple[int, int, np.ndarray, np.ndarray]:
        """(kind, nesterov, float64 settings, settings in the model's dtype) of the optimizer now."""
        kind = optimizer_kind(optimizer)
        nesterov = int(getattr(optimizer, "nesterov", False))
        hyper = {
            name: getattr(optimizer, name, 0.0) for name in ("momentum", "rho", "epsilon", "beta_1", "beta_2")
        }
        clips = (optimizer.clipnorm, optimizer.global_clipnorm, optimizer.clipvalue)
        key = (kind, nesterov, *clips, *hyper.values())
        if key in self._settings:
            return kind, nesterov, *self._settings[key]
        fmeta, tmeta = self.fmeta.copy(), self.tmeta.copy()
        fmeta[P.F_CLIPNORM] = optimizer.clipnorm or -1.0
        fmeta[P.F_GLOBAL_CLIPNORM] = optimizer.global_clipnorm or -1.0
        tmeta[P.T_CLIPVALUE] = optimizer.clipvalue or -1.0
        tmeta[P.T_MOMENTUM], tmeta[P.T_EPSILON] = hyper["momentum"], hyper["epsilon"]
        tmeta[P.T_RHO], tmeta[P.T_ONE_MINUS_RHO] = hyper["rho"], 1 - hyper["rho"]
        tmeta[P.T_BETA_1], tmeta[P.T_ONE_MINUS_BETA_1] = hyper["beta_1"], 1 - hyper["beta_1"]
        tmeta[P.T_BETA_2], tmeta[P.T_ONE_MINUS_BETA_2] = hyper["beta_2"], 1 - hyper["beta_2"]
        if len(self._settings) > 64:  # a slider dragged through many values: start over
            self._settings.clear()
        self._settings[key] = fmeta, tmeta
        return kind, nesterov, fmeta, tmeta

    def _schedule(self, optimizer: optimizers.Optimizer, kind: int, steps: int) -> np.ndarray:
        """Per step: the learning rate and the terms that depend on the step count alone,
        computed in Python by the functions and expressions the numpy optimizers use, then
        rounded to the model's dtype as numpy rounds them."""
        table = np.zeros((steps, 4))
        start, schedule = optimizer.iterations, optimizer.learning_rate
        if isinstance(schedule, schedules.Constant) and kind in (P.SGD, P.RMSPROP):
            table[:, P.LR] = schedule(start)  # nothing depends on the step count
            return table.astype(self.dtype)
        for s in range(steps):
            lr = schedule(start + s)
            t = start + s + 1  # the update's number, as Optimizer.apply counts it
            table[s, P.LR] = lr
            if kind in (P.ADAM, P.ADAMW):
                beta_1, beta_2 = optimizer.beta_1, optimizer.beta_2
                table[s, P.STEP_A], table[s, P.STEP_B] = optimizers.adam_step_sizes(lr, beta_1, beta_2, t)
            if kind == P.ADAMW:
                table[s, P.STEP_C] = 1 - lr * optimizer.weight_decay
            elif kind == P.ADAGRAD and t == 1:
                table[s, P.STEP_A] = optimizer.initial_accumulator_value
        return table.astype(self.dtype)

    def _targets(self, y: np.ndarray) -> np.ndarray:
        """The loss's own target checks and conversions (class labels → one-hot rows), for all
        samples of the call at once, as rows of the output's last axis."""
        like = np.empty((len(y), *self.output_shape), self.dtype)  # only its shape and dtype are read
        loss = self.loss
        targets = loss.one_hot(like, y) if hasattr(loss, "one_hot") else loss.targets_like(like, y)
        return np.ascontiguousarray(targets, dtype=self.dtype).reshape(-1, self.output_shape[-1])

    def _scaled(self, widest: int, kind: int, nesterov: int) -> tuple[np.ndarray, np.ndarray]:
        """The op table and settings with workspace offsets for batches of up to ``widest``."""
        key = (widest, kind, nesterov)
        if key not in self._layouts:
            ops = self.ops.copy()
            fields = list(P.WS_FIELDS)
            ops[:, fields] = np.where(ops[:, fields] >= 0, ops[:, fields] * widest, -1)
            meta = self.meta.copy()
            meta[[P.M_SEED, P.M_SCRATCH]] *= widest
            meta[P.M_OPTIMIZER], meta[P.M_NESTEROV] = kind, nesterov
            self._layouts[key] = ops, meta
        return self._layouts[key]

    def _chunks(self, sizes: np.ndarray) -> list[tuple[int, int]]:
        """Runs of steps whose dropout draws fit in RAND_CHUNK numbers (at least one step each)."""
        steps = len(sizes)
        if not self.dropout_width or int(sizes.sum()) * self.dropout_width <= RAND_CHUNK:
            return [(0, steps)]
        bounds, held = [0], 0
        for s, size in enumerate(sizes):
            draws = int(size) * self.dropout_width
            if held + draws > RAND_CHUNK and s > bounds[-1]:
                bounds.append(s)
                held = 0
            held += draws
        bounds.append(steps)
        return list(itertools.pairwise(bounds))


class _Buffers:
    """A program's flat arrays — parameters, gradients, optimizer slots, workspace — with a view
    of each parameter and slot array kept, so a call copies in and out without slicing."""

    def __init__(self, program: "Program") -> None:
        self.program = program
        dtype = program.dtype
        self.theta = np.zeros(program.n_params, dtype)
        self.grads = np.zeros(program.n_params, dtype)
        self.slots = np.zeros((2, program.n_trainable), dtype)  # the most any optimizer keeps
        self._ws = np.empty(0, dtype)
        self.params = [
            (nid, name, self.theta[at : at + _size(shape)].reshape(shape))
            for nid, name, shape, at in program.layout
        ]
        self.slot_views = [
            [self.slots[k, at : at + _size(shape)].reshape(shape) for k in range(2)]
            for _, _, shape, at in program.layout[: program.n_trainable_arrays]
        ]

    def workspace(self, size: int) -> np.ndarray:
        if self._ws.size < size:
            self._ws = np.empty(size, self.program.dtype)
        return self._ws

    def load(self, params: Params, optimizer: optimizers.Optimizer) -> None:
        """Copy the parameters and the optimizer's slots in."""
        for nid, name, view in self.params:
            view[...] = params[nid][name]
        if optimizer.slots:
            if len(optimizer.slots) != self.program.n_trainable_arrays:
                raise ValueError("the optimizer was built for a different set of parameters; reset it")
            for views, state in zip(self.slot_views, optimizer.slots, strict=True):
                for k, name in enumerate(optimizer.slot_names):
                    views[k][...] = state[name]
        else:
            self.slots.fill(0)

    def store(self, params: Params, optimizer: optimizers.Optimizer) -> None:
        """Write parameters and optimizer slots back into the caller's arrays, in place."""
        for nid, name, view in self.params:
            params[nid][name][...] = view
        if not optimizer.slots:
            optimizer.slots = [
                {name: np.zeros_like(view) for name in optimizer.slot_names}
                for _, _, view in self.params[: self.program.n_trainable_arrays]
            ]
        for views, state in zip(self.slot_views, optimizer.slots, strict=True):
            for k, name in enumerate(optimizer.slot_names):
                state[name][...] = views[k]


# -- translation ----------------------------------------------------------------------------------


def translate(net: Network, dtype: np.dtype) -> Program:
    """The program of ``net`` in ``dtype`` (float32 or float64); raises UnsupportedError."""
    if net.loss is None:
        raise UnsupportedError("the network has no loss")
    steps, step_of = net.steps, net.step_of
    index = {s.node_id: i for i, s in enumerate(steps)}
    t = dtype.type

    # Parameters: trainable ones first, in the optimizer's order, then the moving statistics.
    trainable = net.trainable_keys()
    others = [k for k in net.weight_keys() if k not in set(trainable)]
    layout, at, size = [], {}, 0
    for nid, name in [*trainable, *others]:
        shape = tuple(step_of[nid].parameter_shapes[name])
        layout.append((nid, name, shape, size))
        at[nid, name] = size
        size += math.prod(shape)
    n_trainable = sum(math.prod(shape) for _, _, shape, _ in layout[: len(trainable)])

    # Which nodes the backward pass reaches (ancestors of the output), and which need a gradient
    # at all (a trainable parameter at or before them).
    reach, todo = set(), [net.output_id]
    while todo:
        nid = todo.pop()
        if nid not in reach:
            reach.add(nid)
            todo.extend(step_of[nid].inputs)
    has_params = {nid for nid, _ in trainable}
    requires: dict[str, bool] = {}
    for s in steps:
        requires[s.node_id] = s.node_id in has_params or any(requires[src] for src in s.inputs)
    needs = {nid: nid in reach and requires[nid] for nid in requires}

    ops = np.full((len(steps), P.N_FIELDS), -1, np.int64)
    fpar = np.zeros((len(steps), 2))
    tpar = np.zeros((len(steps), 4), dtype)
    links: list[list[int]] = []
    ws = 0
    dropout_width = 0

    def alloc(count: int) -> int:
        nonlocal ws
        ws += count
        return ws - count

    for i, step in enumerate(steps):
        nid, layer, row = step.node_id, step.layer, ops[i]
        width, cols = math.prod(step.output_shape), step.output_shape[-1]
        row[P.WIDTH], row[P.COLS] = width, cols
        row[P.IN], row[P.N_IN] = len(links), len(step.inputs)
        links.extend([index[src], P.NONE] for src in step.inputs)
        source = ops[index[step.inputs[0]]] if step.inputs else None
        fused = nid == net.head_id and net.fused_loss
        need = needs[nid] and not isinstance(layer, L.Input | L.Output)
        if isinstance(layer, L.Input):
            row[P.OP], row[P.VAL] = P.INPUT, alloc(width)
        elif isinstance(layer, L.Dense):
            code, fpar[i, P.ALPHA] = activation_code(step.activation)
            row[P.OP], row[P.ACT], row[P.Z] = P.DENSE, code, alloc(width)
            row[P.VAL] = row[P.Z] if code == E.LINEAR else alloc(width)
            row[P.P_A], row[P.P_B] = at[nid, "kernel"], at.get((nid, "bias"), -1)
            if need and fused:
                row[P.DZ] = alloc(width)
            elif need:
                row[P.DVAL] = alloc(width)
                row[P.DZ] = row[P.DVAL] if code == E.LINEAR else alloc(width)
        elif isinstance(layer, L.Activation) and step.activation.name != "linear":
            code, fpar[i, P.ALPHA] = activation_code(step.activation)
            row[P.OP], row[P.ACT], row[P.Z], row[P.VAL] = P.ACTIVATION, code, source[P.VAL], alloc(width)
            if need:
                row[P.DZ if fused else P.DVAL] = alloc(width)
        elif isinstance(layer, L.Dropout) and layer.config["rate"] > 0:
            rate = layer.config["rate"]
            row[P.OP], row[P.VAL] = P.DROPOUT, alloc(width)
            fpar[i, P.RATE], tpar[i, P.SCALE] = rate, t(1) / t(1 - rate)
            dropout_width += width
            if need:
                row[P.DVAL] = alloc(width)
        elif isinstance(layer, L.BatchNormalization):
            cfg = layer.config
            row[P.OP], row[P.VAL], row[P.XHAT], row[P.INV_STD] = (
                P.BATCHNORM,
                alloc(width),
                alloc(width),
                alloc(cols),
            )
            row[P.P_A], row[P.P_B] = at.get((nid, "gamma"), -1), at.get((nid, "beta"), -1)
            row[P.P_MEAN], row[P.P_VAR] = at[nid, "moving_mean"], at[nid, "moving_variance"]
            m = t(cfg["momentum"])
            tpar[i, P.MOMENTUM], tpar[i, P.ONE_MINUS_M], tpar[i, P.EPSILON] = m, 1 - m, t(cfg["epsilon"])
            if need:
                row[P.DVAL] = alloc(width)
        elif isinstance(layer, L.Add | L.Concatenate):
            row[P.OP], row[P.VAL] = (P.ADD if isinstance(layer, L.Add) else P.CONCATENATE), alloc(width)
            if need:
                row[P.DVAL] = alloc(width)
        elif isinstance(layer, L.Activation | L.Dropout | L.Flatten | L.Output):
            # No arithmetic: the linear activation, dropout at rate 0, a reshape, the output.
            row[P.OP], row[P.VAL] = P.ALIAS, source[P.VAL]
            if need:
                row[P.DVAL] = alloc(width)
        else:
            raise UnsupportedError(f"no compiled kernel for the layer {layer.label}")
        row[P.BACK] = int(need)
        row[P.FUSED] = int(fused)

    # Gradient hand-over: in the backward order, a source's first consumer assigns, later ones add.
    written: set[int] = set()
    for i in range(len(steps) - 1, -1, -1):
        if not ops[i, P.BACK]:
            continue
        for k in range(ops[i, P.IN], ops[i, P.IN] + ops[i, P.N_IN]):
            src = links[k][0]
            if needs[steps[src].node_id]:
                links[k][1] = P.ACCUMULATE if src in written else P.ASSIGN
                written.add(src)

    head = ops[index[net.head_id]]
    code, param, lo, hi = loss_code(net.loss, net.fused_loss)
    scratch = alloc(max(int(ops[:, P.WIDTH].max()), 1))
    seed = head[P.DZ] if net.fused_loss else head[P.DVAL]
    out_rows = math.prod(net.output_shape[:-1])

    meta = np.zeros(P.N_META, np.int64)
    meta[P.M_INPUT], meta[P.M_HEAD], meta[P.M_OUTPUT] = (
        index[net.input_id],
        index[net.head_id],
        index[net.output_id],
    )
    meta[P.M_LOSS], meta[P.M_SEED], meta[P.M_SCRATCH] = code, seed if seed >= 0 else scratch, scratch
    meta[P.M_OUT_ROWS], meta[P.M_TRAINABLE] = out_rows, n_trainable
    fmeta = np.zeros(P.N_FMETA)
    fmeta[P.F_LOSS_PARAM] = param
    tmeta = np.zeros(P.N_TMETA, dtype)
    tmeta[P.T_LO], tmeta[P.T_HI] = lo, hi
    # The categorical gradient divides by the number of samples, the kernel by rows of the output.
    fmeta[P.F_SEED_SCALE] = out_rows if code in (E.CCE, E.CCE_LOGITS) else 1

    regs, fregs = [], []
    for s in steps:
        spec = s.layer.config.get("kernel_regularizer") if isinstance(s.layer, L.Dense) else None
        if spec is None:
            continue
        reg = regularizers.get(spec)
        if type(reg) not in _REGULARIZERS:
            raise UnsupportedError(f"no compiled penalty for the regularizer {type(reg).__name__}")
        regs.append([at[s.node_id, "kernel"], math.prod(s.parameter_shapes["kernel"])])
        fregs.append([reg.l1, reg.l2])
    segs = [[off, math.prod(shape)] for _, _, shape, off in layout[: len(trainable)]]
    zero_segs = [
        [off, math.prod(shape)]
        for nid, _, shape, off in layout[: len(trainable)]
        if not ops[index[nid], P.BACK]
    ]
    return Program(
        dtype=dtype,
        ops=ops,
        links=_pairs(links, 2),
        fpar=fpar,
        tpar=tpar,
        meta=meta,
        fmeta=fmeta,
        tmeta=tmeta,
        layout=layout,
        n_params=size,
        n_trainable=n_trainable,
        n_trainable_arrays=len(trainable),
        segs=_pairs(segs, 2),
        regs=_pairs(regs, 2),
        fregs=_pairs(fregs, 2, np.float64),
        zero_segs=_pairs(zero_segs, 2),
        ws_per_sample=ws,
        dropout_width=dropout_width,
        output_shape=tuple(net.output_shape),
        loss=net.loss,
    )


_PROGRAMS: "weakref.WeakKeyDictionary[Network, dict[np.dtype, Program | UnsupportedError]]" = (
    weakref.WeakKeyDictionary()
)


def program_for(net: Network, dtype: np.dtype) -> Program:
    """The cached translation of ``net`` (an unsupported network raises the same error again)."""
    cached = _PROGRAMS.setdefault(net, {})
    if dtype not in cached:
        try:
            cached[dtype] = translate(net, dtype)
        except UnsupportedError as reason:
            cached[dtype] = reason
    found = cached[dtype]
    if isinstance(found, UnsupportedError):
        raise found
    return found
