"""A chain network laid out for the device, and the host loop that launches its kernels.

The CPU program (engine/backends/compiled.py) already knows how a network's parameters and an
optimizer's state pack into flat arrays, how the learning rate and the step-count terms are
computed per step, how targets are checked and one-hot encoded, and how many dropout draws a
call takes: this module reuses that (``compiled.program_for``) rather than re-deciding it, so the
CPU and CUDA backends pack, schedule and draw exactly alike. What it adds is where each layer's
buffers live on the device and which kernels run in what order.

What runs on the device: chains of Dense (any activation), Activation, Dropout, Flatten and
Output layers, every loss, every optimizer with clipping, and L1/L2 weight penalties, in
float32. Anything else raises :class:`compiled.UnsupportedError` with the reason (the backend
then trains that network on the CPU and says why).

Per ``train_steps`` call: the parameters and optimizer slots go up once, the call's samples and
targets go up once (gathered in batch order), every step runs on the device without a copy
back, and at the end parameters, slots, losses and predictions come down once.
"""

import math
import weakref
from dataclasses import dataclass, field

import numpy as np

from engine import layers as L
from engine import optimizers
from engine.backends import compiled
from engine.backends.compiled import UnsupportedError
from engine.backends.kernels import elementwise as E
from engine.backends.kernels import program as P
from engine.network import Network

Params = dict[str, dict[str, np.ndarray]]
F32 = np.dtype(np.float32)
#: Samples per inference launch sequence (bounds the device memory ``predict`` needs).
PREDICT_CHUNK = 8192
DENSE, ACTIVATION, DROPOUT = range(3)


@dataclass(eq=False)
class Buf:
    """Where a layer's numbers live: the workspace (``offset`` numbers per sample of the widest
    batch), the call's samples (``x``) or its predictions (``preds``). Layers that only pass
    their input on share their source's Buf object."""

    kind: str
    offset: int = 0


@dataclass
class Layer:
    op: int
    width: int
    cols: int
    fin: int
    val: Buf
    z: Buf | None = None
    dval: Buf | None = None
    dz: Buf | None = None
    #: Where the gradient for the source goes (its dval), if anything before it learns.
    dsrc: Buf | None = None
    src_val: Buf | None = None
    code: int = E.LINEAR
    alpha: float = 0.0
    w_off: int = -1
    b_off: int = -1
    rate: float = 0.0
    scale: np.float32 = field(default_factory=lambda: np.float32(1))
    #: Dropout: numbers of earlier dropout layers per sample (where its draws start in a step).
    rand_rank: int = 0
    fused: bool = False


@dataclass
class Plan:
    layers: list[Layer]
    ws_per_sample: int
    in_width: int
    out_width: int
    out_cols: int
    #: Loss input (logits when fused, else predictions) and where its gradient goes.
    loss_in: Buf
    seed: Buf


def check_chain(net: Network) -> None:
    """Raise UnsupportedError unless every layer has one input, feeds at most one, and has a kernel."""
    consumers: dict[str, int] = {}
    for step in net.steps:
        for src in step.inputs:
            consumers[src] = consumers.get(src, 0) + 1
        layer = step.layer
        if not isinstance(layer, L.Input | L.Dense | L.Activation | L.Dropout | L.Flatten | L.Output):
            raise UnsupportedError(f"the CUDA backend has no kernel for {layer.label} layers")
        if len(step.inputs) > 1:
            raise UnsupportedError(f"the CUDA backend runs chains of layers only ({step.name} has 2 inputs)")
    if any(count > 1 for count in consumers.values()):
        raise UnsupportedError("the CUDA backend runs chains of layers only (a layer feeds two others)")
    if net.loss is None:
        raise UnsupportedError("the network has no loss")


def plan(net: Network, training: bool) -> Plan:
    """Buffers and kernels of a chain network (``training``: dropout on, gradients wanted)."""
    check_chain(net)
    layout = {(nid, name): at for nid, name, _, at in compiled.program_for(net, F32).layout}
    ws = 0

    def alloc(width: int) -> Buf:
        nonlocal ws
        ws += width
        return Buf("ws", ws - width)

    val, dval, learns, rank = Buf("x"), None, False, 0
    layers: list[Layer] = []
    by_node: dict[str, Layer] = {}
    seed: Buf | None = None
    loss_in: Buf | None = None
    for step in net.steps:
        layer, nid = step.layer, step.node_id
        width, cols = math.prod(step.output_shape), step.output_shape[-1]
        fin = math.prod(step.input_shapes[0]) if step.inputs else width
        fused = training and net.fused_loss and nid == net.head_id
        act = step.activation
        if isinstance(layer, L.Dense):
            if len(step.input_shapes[0]) != 1:
                raise UnsupportedError(f"the CUDA backend needs a flat input to {step.name} (add a Flatten)")
            code, alpha = compiled.activation_code(act)
            z = alloc(width)
            entry = Layer(DENSE, width, cols, fin, z if code == E.LINEAR else alloc(width), z=z)
            entry.code, entry.alpha, entry.fused = code, alpha, fused
            entry.w_off, entry.b_off = layout[nid, "kernel"], layout.get((nid, "bias"), -1)
            entry.src_val, entry.dsrc = val, dval if learns else None
            if training:
                entry.dz = alloc(width)
                entry.dval = None if fused else (entry.dz if code == E.LINEAR else alloc(width))
            if fused:
                loss_in, seed = z, entry.dz
            learns = True
        elif isinstance(layer, L.Activation) and act.name != "linear":
            code, alpha = compiled.activation_code(act)
            entry = Layer(ACTIVATION, width, cols, fin, alloc(width), z=val, src_val=val)
            entry.code, entry.alpha, entry.fused = code, alpha, fused
            entry.dsrc = dval if (training and learns) else None
            if fused:
                loss_in, seed = val, entry.dsrc
            elif entry.dsrc is not None:
                entry.dval = alloc(width)
        elif isinstance(layer, L.Dropout) and training and layer.config["rate"] > 0:
            rate = layer.config["rate"]
            entry = Layer(DROPOUT, width, cols, fin, alloc(width), src_val=val, rate=rate)
            entry.scale = np.float32(1) / np.float32(1 - rate)
            entry.rand_rank, rank = rank, rank + width
            entry.dsrc = dval if learns else None
            entry.dval = alloc(width) if learns else None
        else:  # Input, Flatten, Output, linear Activation, inactive Dropout: the value passes on
            by_node[nid] = Layer(-1, width, cols, fin, val, dval=dval)
            continue
        layers.append(entry)
        by_node[nid] = entry
        val, dval = entry.val, entry.dval
    if not layers:
        raise UnsupportedError("the network has no layer that computes anything")
    out = by_node[net.output_id]
    out.val.kind, out.val.offset = "preds", 0  # the output is written straight into the predictions
    if loss_in is None:
        loss_in, seed = out.val, out.dval
    if seed is None:  # nothing learns: the loss gradient still needs somewhere to go
        seed = alloc(math.prod(net.output_shape))
    return Plan(
        layers,
        ws,
        math.prod(net.input_shape),
        math.prod(net.output_shape),
        net.output_shape[-1],
        loss_in,
        seed,
    )


_PLANS: "weakref.WeakKeyDictionary[Network, dict[bool, Plan]]" = weakref.WeakKeyDictionary()


def plan_for(net: Network, training: bool) -> Plan:
    """The cached plan (an unsupported network raises its UnsupportedError every time)."""
    cached = _PLANS.setdefault(net, {})
    if training not in cached:
        cached[training] = plan(net, training)
    return cached[training]


# -- running --------------------------------------------------------------------------------------


class _Run:
    """Device arrays of one call and the offset arithmetic of its buffers."""

    def __init__(self, cuda, kernels, plan_: Plan, widest: int, xs: np.ndarray, theta: np.ndarray):
        self.cuda, self.K, self.plan, self.widest = cuda, kernels, plan_, widest
        self.x = cuda.to_device(xs.reshape(-1))
        self.theta = cuda.to_device(theta)
        self.ws = cuda.device_array(max(plan_.ws_per_sample * widest, 1), F32)
        self.preds = cuda.device_array(max(len(xs) * plan_.out_width, 1), F32)

    def at(self, buf: Buf, first: int) -> tuple[object, int]:
        """(device array, offset) of a buffer for the step whose batch starts at sample ``first``."""
        if buf.kind == "ws":
            return self.ws, buf.offset * self.widest
        if buf.kind == "x":
            return self.x, first * self.plan.in_width
        return self.preds, first * self.plan.out_width

    def forward(self, first: int, n: int, rand=None, rand_at: int = 0) -> None:
        K = self.K
        for layer in self.plan.layers:
            a, ao = self.at(layer.val, first)
            count = n * layer.width
            if layer.op == DENSE:
                x, xo = self.at(layer.src_val, first)
                z, zo = self.at(layer.z, first)
                grid, block = K.launch_2d(n, layer.width)
                K.dense_forward[grid, block](
                    x, xo, self.theta, layer.w_off, self.theta, layer.b_off, layer.b_off >= 0,
                    z, zo, a, ao, n, layer.fin, layer.width, layer.code, layer.alpha,
                )  # fmt: skip
                if layer.code == E.SOFTMAX:
                    self._softmax(z, zo, a, ao, count // layer.cols, layer.cols)
            elif layer.op == ACTIVATION:
                z, zo = self.at(layer.z, first)
                if layer.code == E.SOFTMAX:
                    self._softmax(z, zo, a, ao, count // layer.cols, layer.cols)
                else:
                    K.activation_forward[K.launch_1d(count)](z, zo, a, ao, count, layer.code, layer.alpha)
            else:
                src, so = self.at(layer.src_val, first)
                r_at = rand_at + n * layer.rand_rank
                K.dropout[K.launch_1d(count)](src, so, a, ao, rand, r_at, count, layer.rate, layer.scale)

    def _softmax(self, z, zo, a, ao, rows, cols) -> None:
        self.K.softmax_rows[self.K.launch_1d(rows)](z, zo, a, ao, rows, cols)

    def backward(self, first: int, n: int, grads, rand, rand_at: int) -> None:
        K, theta = self.K, self.theta
        for layer in reversed(self.plan.layers):
            count = n * layer.width
            if layer.op == DENSE:
                dz, dzo = self.at(layer.dz, first)
                if not layer.fused and layer.code != E.LINEAR:
                    self._activation_backward(layer, first, n, layer.z, layer.dval, layer.dz)
                x, xo = self.at(layer.src_val, first)
                grid, block = K.launch_2d(layer.fin, layer.width)
                K.dense_backward_weights[grid, block](
                    x, xo, dz, dzo, grads, layer.w_off, layer.b_off, layer.b_off >= 0,
                    n, layer.fin, layer.width,
                )  # fmt: skip
                if layer.dsrc is not None:
                    dx, dxo = self.at(layer.dsrc, first)
                    grid, block = K.launch_2d(n, layer.fin)
                    K.dense_backward_input[grid, block](
                        dz, dzo, theta, layer.w_off, dx, dxo, n, layer.fin, layer.width
                    )
            elif layer.dsrc is None or layer.fused:
                continue  # nothing before it learns, or the loss seeded its source directly
            elif layer.op == ACTIVATION:
                self._activation_backward(layer, first, n, layer.z, layer.dval, layer.dsrc)
            else:
                d, do = self.at(layer.dval, first)
                dx, dxo = self.at(layer.dsrc, first)
                r_at = rand_at + n * layer.rand_rank
                K.dropout[K.launch_1d(count)](d, do, dx, dxo, rand, r_at, count, layer.rate, layer.scale)

    def _activation_backward(self, layer: Layer, first: int, n: int, z_buf, d_buf, out_buf) -> None:
        K = self.K
        z, zo = self.at(z_buf, first)
        a, ao = self.at(layer.val, first)
        d, do = self.at(d_buf, first)
        out, oo = self.at(out_buf, first)
        count = n * layer.width
        if layer.code == E.SOFTMAX:
            rows = count // layer.cols
            K.softmax_backward_rows[K.launch_1d(rows)](a, ao, d, do, out, oo, rows, layer.cols)
        else:
            K.activation_backward[K.launch_1d(count)](
                z, zo, a, ao, d, do, out, oo, count, layer.code, layer.alpha
            )


def _load_theta(program: compiled.Program, params: Params) -> np.ndarray:
    """Every parameter, packed into one flat array at the program's offsets."""
    theta = np.empty(program.n_params, F32)
    for nid, name, shape, at in program.layout:
        theta[at : at + math.prod(shape)] = params[nid][name].reshape(-1)
    return theta


def _load_slots(program: compiled.Program, optimizer: optimizers.Optimizer) -> np.ndarray:
    """The optimizer's slots (zeros before its first update), one row per slot name."""
    slots = np.zeros((2, max(program.n_trainable, 1)), F32)  # the most any optimizer keeps
    if optimizer.slots:
        if len(optimizer.slots) != program.n_trainable_arrays:
            raise ValueError("the optimizer was built for a different set of parameters; reset it")
        for (_, _, shape, at), state in zip(program.layout, optimizer.slots, strict=False):
            for k, name in enumerate(optimizer.slot_names):
                slots[k, at : at + math.prod(shape)] = state[name].reshape(-1)
    return slots


def _store(program: compiled.Program, theta, slots, params: Params, optimizer) -> None:
    """Write parameters and slots back into the caller's arrays, in place (as the CPU program)."""
    for nid, name, shape, at in program.layout:
        params[nid][name][...] = theta[at : at + math.prod(shape)].reshape(shape)
    trainable = program.layout[: program.n_trainable_arrays]
    if not optimizer.slots:
        optimizer.slots = [
            {name: np.zeros_like(params[nid][key]) for name in optimizer.slot_names}
            for nid, key, _, _ in trainable
        ]
    for (_, _, shape, at), state in zip(trainable, optimizer.slots, strict=True):
        for k, name in enumerate(optimizer.slot_names):
            state[name][...] = slots[k, at : at + math.prod(shape)].reshape(shape)


def predict(cuda, kernels, net: Network, params: Params, x: np.ndarray) -> np.ndarray:
    """Inference on the device (dropout off), in chunks of PREDICT_CHUNK samples."""
    plan_ = plan_for(net, training=False)
    program = compiled.program_for(net, F32)
    theta = _load_theta(program, params)
    rows = np.ascontiguousarray(x.reshape(len(x), -1), dtype=F32)
    out = np.empty((len(x), plan_.out_width), F32)
    for start in range(0, len(x), PREDICT_CHUNK):
        part = rows[start : start + PREDICT_CHUNK]
        run = _Run(cuda, kernels, plan_, len(part), part, theta)
        if len(part):
            run.forward(0, len(part))
            out[start : start + len(part)] = run.preds.copy_to_host()[: len(part) * plan_.out_width].reshape(
                len(part), -1
            )
    return out.reshape(len(x), *net.output_shape)


def train_steps(
    cuda,
    kernels,
    net: Network,
    params: Params,
    optimizer: optimizers.Optimizer,
    x: np.ndarray,
    y: np.ndarray,
    batches: list[np.ndarray],
    rng: np.random.Generator | None,
) -> tuple[np.ndarray, np.ndarray]:
    """``ReferenceBackend.train_steps`` on the device, for a float32 chain network."""
    plan_ = plan_for(net, training=True)
    program = compiled.program_for(net, F32)
    kind, nesterov, fmeta, tmeta = program._optimizer_settings(optimizer)
    steps = len(batches)
    if not steps:
        return np.zeros(0), np.zeros((0, *net.output_shape), F32)
    sizes = np.fromiter((len(b) for b in batches), np.int64, steps)
    starts = np.zeros(steps + 1, np.int64)
    np.cumsum(sizes, out=starts[1:])
    order = np.concatenate(batches).astype(np.int64, copy=False)
    if order.size and (order.min() < -len(x) or order.max() >= len(x)):
        raise IndexError(f"batch indices must lie in [0, {len(x)}) for {len(x)} samples")
    if program.dropout_width and rng is None:
        raise ValueError("a training pass through Dropout needs a random generator (rng)")
    xs = np.ascontiguousarray(x.reshape(len(x), -1)[order], dtype=F32)
    targets = program._targets(np.asarray(y)[order]).reshape(-1)
    schedule = program._schedule(optimizer, kind, steps)
    theta, slots = _load_theta(program, params), _load_slots(program, optimizer)
    widest = int(sizes.max())
    run = _Run(cuda, kernels, plan_, widest, xs, theta)
    K = kernels
    n_train = program.n_trainable
    grads = cuda.device_array(max(program.n_params, 1), F32)
    d_slots = cuda.to_device(slots)
    d_targets = cuda.to_device(targets)
    d_schedule = cuda.to_device(schedule)
    d_tmeta = cuda.to_device(tmeta)
    losses = cuda.to_device(np.zeros(steps))
    code, param, lo, hi = compiled.loss_code(net.loss, net.fused_loss)
    lo, hi = tmeta[P.T_LO], tmeta[P.T_HI]
    seed_scale = float(fmeta[P.F_SEED_SCALE])
    clipvalue = float(tmeta[P.T_CLIPVALUE])
    if fmeta[P.F_CLIPNORM] > 0:
        limit, segs = float(fmeta[P.F_CLIPNORM]), program.segs
    elif fmeta[P.F_GLOBAL_CLIPNORM] > 0:
        limit, segs = float(fmeta[P.F_GLOBAL_CLIPNORM]), np.array([[0, n_train]], np.int64)
    else:
        limit, segs = -1.0, np.zeros((1, 2), np.int64)
    d_segs = cuda.to_device(np.ascontiguousarray(segs, np.int64))
    norms = cuda.to_device(np.zeros((steps, len(segs))))
    regs = [
        (int(r[0]), int(r[1]), float(f[0]), float(f[1]))
        for r, f in zip(program.regs, program.fregs, strict=True)
    ]
    update_launch = K.launch_1d(n_train)
    for first_step, last_step in program._chunks(sizes):
        chunk_first = int(starts[first_step])
        draws = int(sizes[first_step:last_step].sum()) * program.dropout_width
        rand = cuda.to_device(rng.random(draws) if draws else np.zeros(1))
        for s in range(first_step, last_step):
            first, n = int(starts[s]), int(sizes[s])
            rand_at = (first - chunk_first) * program.dropout_width
            run.forward(first, n, rand, rand_at)
            rows = n * (plan_.out_width // plan_.out_cols)
            p, po = run.at(plan_.loss_in, first)
            g, go = run.at(plan_.seed, first)
            K.loss_rows[K.launch_1d(rows)](
                code, param, lo, hi, p, po, d_targets, first * plan_.out_width, g, go,
                rows, plan_.out_cols, seed_scale, losses, s,
            )  # fmt: skip
            run.backward(first, n, grads, rand, rand_at)
            for start, size, l1, l2 in regs:
                K.penalties[K.launch_1d(min(size, 32 * K.THREADS))](
                    run.theta, grads, start, size, l1, l2, losses, s
                )
            if clipvalue > 0:
                K.clip_values[update_launch](grads, n_train, clipvalue)
            if limit > 0:
                blocks, threads = K.launch_1d(min(n_train, 32 * K.THREADS))
                K.sum_squares[(blocks, len(segs)), threads](grads, d_segs, norms[s])
            K.update[update_launch](
                run.theta, grads, d_slots, n_train, kind, nesterov, d_tmeta, d_schedule, s,
                d_segs, norms[s], limit,
            )  # fmt: skip
    theta = run.theta.copy_to_host()
    slots = d_slots.copy_to_host()
    _store(program, theta, slots, params, optimizer)
    optimizer.iterations += steps
    preds = run.preds.copy_to_host()[: len(order) * plan_.out_width]
    return losses.copy_to_host(), preds.reshape(len(order), *net.output_shape)
