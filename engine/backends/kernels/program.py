"""The whole training loop of a network as one compiled function.

``engine.backends.compiled`` translates a Network into a flat *program*: one row of integers per
layer (what it does, where its buffers start), one row of its float settings, a table of which
layer feeds which. ``run`` then trains on every batch of a call without returning to Python:
gather the batch, forward through every layer, loss, backward, weight penalties, gradient
clipping, the optimizer update. The math is not re-written here: layers come from ``layers``,
activations and losses from ``elementwise``, optimizer updates from engine/optimizers.py.

Buffers: ``theta`` holds every parameter (trainable ones first, in the optimizer's order, then
batch-norm moving statistics), ``grads`` their gradients at the same offsets, ``slots`` the
optimizer's state for the trainable part; ``ws`` is one workspace holding each layer's output,
pre-activation and gradients for the largest batch. Offsets of -1 mean "not needed".
"""

import numpy as np
from numba import njit

from engine import optimizers as O
from engine.backends.kernels import elementwise as E
from engine.backends.kernels import layers as K
from engine.backends.kernels.shared import EXACT

# -- the program's tables -------------------------------------------------------------------------

#: What a layer does. ALIAS passes its input on unchanged (Flatten, Output, Dropout with rate 0,
#: the linear Activation): its value *is* its input's buffer.
INPUT, DENSE, ACTIVATION, DROPOUT, BATCHNORM, ADD, CONCATENATE, ALIAS = range(8)

#: Integer fields of an op row. VAL: the layer's output; Z: pre-activation (Dense, Activation);
#: DVAL/DZ: dL/d(output), dL/dz; WIDTH: numbers per sample; COLS: its last axis; IN, N_IN: where
#: its sources start in ``links`` and how many; P_A, P_B: first and second parameter (kernel and
#: bias, or γ and β); P_MEAN, P_VAR: batch-norm moving statistics; XHAT, INV_STD: batch-norm
#: buffers; ACT: activation code; BACK: the backward pass visits it; FUSED: the loss seeds its DZ.
(OP, VAL, Z, DVAL, DZ, WIDTH, COLS, IN, N_IN, P_A, P_B, P_MEAN, P_VAR, XHAT, INV_STD, ACT, BACK, FUSED) = (
    range(18)
)
N_FIELDS = 18
#: Fields that are workspace offsets (scaled by the batch size when a call lays out its buffers).
WS_FIELDS = (VAL, Z, DVAL, DZ, XHAT, INV_STD)

#: Float settings of an op row, in float64 (``fpar``) and in the model's dtype (``tpar``: where the
#: reference computes in that dtype, so the kernel rounds the same way).
ALPHA, RATE = range(2)
SCALE, MOMENTUM, ONE_MINUS_M, EPSILON = range(4)

#: A link (source op, mode): how a layer's gradient reaches a source. The first consumer (in the
#: backward order) assigns it, later ones add to it; NONE: the source needs no gradient.
NONE, ASSIGN, ACCUMULATE = range(3)

#: Integer settings of the whole program (``meta``).
(M_INPUT, M_HEAD, M_LOSS, M_SEED, M_OUT_ROWS, M_SCRATCH, M_OPTIMIZER, M_NESTEROV, M_TRAINABLE, M_OUTPUT) = (
    range(10)
)
N_META = 10
#: Float settings of the whole program in float64 (``fmeta``); a clip limit ≤ 0: no clipping.
F_LOSS_PARAM, F_SEED_SCALE, F_CLIPNORM, F_GLOBAL_CLIPNORM = range(4)
N_FMETA = 4
#: Settings in the model's dtype (``tmeta``): the loss's clip bounds, and the optimizer's
#: hyper-parameters as numpy rounds them to the arrays' dtype (so updates match numpy's bit for bit).
(
    T_LO,
    T_HI,
    T_CLIPVALUE,
    T_MOMENTUM,
    T_RHO,
    T_ONE_MINUS_RHO,
    T_EPSILON,
    T_BETA_1,
    T_ONE_MINUS_BETA_1,
    T_BETA_2,
    T_ONE_MINUS_BETA_2,
) = range(11)
N_TMETA = 11

#: Optimizer kinds. Momentum and Nesterov are SGD with settings.
SGD, RMSPROP, ADAGRAD, ADAM, ADAMW = range(5)

#: Columns of the per-step schedule (model dtype): the learning rate, then what depends on the
#: step count alone: Adam's step size and √(1 − β₂ᵗ), or Adagrad's first-step accumulator;
#: AdamW's 1 − lr·λ.
LR, STEP_A, STEP_B, STEP_C = range(4)


@njit(**EXACT)
def _view(buf, offset, rows, cols):
    """rows × cols numbers of a flat buffer from ``offset``, as a C-contiguous 2-D view."""
    return buf[offset : offset + rows * cols].reshape((rows, cols))


@njit(**EXACT)
def _send(ws, src, dst, count, mode):
    """Hand a gradient of ``count`` numbers at ``src`` to a source's buffer at ``dst``."""
    if mode == ASSIGN:
        for j in range(count):
            ws[dst + j] = ws[src + j]
    elif mode == ACCUMULATE:
        for j in range(count):
            ws[dst + j] += ws[src + j]


@njit(**EXACT)
def _target(ws_offset, mode, scratch):
    """Where a layer writes a source's gradient: straight into it, or to scratch to be added."""
    return ws_offset if mode == ASSIGN else scratch


@njit(**EXACT)
def _finish(ws, scratch, dst, count, mode):
    """After writing to ``_target``: add what went to scratch into the source's gradient."""
    if mode == ACCUMULATE:
        _send(ws, scratch, dst, count, mode)


@njit(**EXACT)
def _small(n, fin, fout):
    """Whether a dense layer's products are small enough for plain loops (layers.SMALL_PRODUCT)."""
    return n * fin * fout <= K.SMALL_PRODUCT


@njit(**EXACT)
def _forward(i, n, ops, links, fpar, tpar, theta, ws, rand, rand_at):
    """Layer ``i`` on a batch of ``n`` samples. ``rand_at[i]``: where its dropout draws start;
    ``rand_at[-1]``: how far the dropout stream is used. Fields are read as ``ops[i, FIELD]``, not
    through a row view: every array view costs reference counting, and small networks take
    thousands of steps a second."""
    code = ops[i, OP]
    width, cols = ops[i, WIDTH], ops[i, COLS]
    rows = n * (width // cols)
    first = links[ops[i, IN], 0] if ops[i, N_IN] else i  # the Input has no source
    if code == DENSE:
        fin, act = ops[first, WIDTH], ops[i, ACT]
        x_at, z_at, w_at, b_at = ops[first, VAL], ops[i, Z], ops[i, P_A], ops[i, P_B]
        if _small(n, fin, width):
            K.dense_forward_small(
                _view(ws, x_at, n, fin),
                _view(theta, w_at, fin, width),
                theta[b_at : b_at + width] if b_at >= 0 else theta[:0],
                b_at >= 0,
                _view(ws, z_at, n, width),
            )
            if act == E.SOFTMAX:
                E.softmax_flat(ws, z_at, ws, ops[i, VAL], n, width)
            elif act != E.LINEAR:
                E.f_flat(act, fpar[i, ALPHA], ws, z_at, ws, ops[i, VAL], n * width)
        else:
            K.dense_forward_into(
                _view(ws, x_at, n, fin),
                _view(theta, w_at, fin, width),
                theta[b_at : b_at + width] if b_at >= 0 else theta[:0],
                b_at >= 0,
                act,
                fpar[i, ALPHA],
                _view(ws, z_at, n, width),
                _view(ws, ops[i, VAL], n, width),
            )
    elif code == ACTIVATION:
        if ops[i, ACT] == E.SOFTMAX:
            E.softmax_flat(ws, ops[i, Z], ws, ops[i, VAL], rows, cols)
        else:
            E.f_flat(ops[i, ACT], fpar[i, ALPHA], ws, ops[i, Z], ws, ops[i, VAL], n * width)
    elif code == DROPOUT:
        src, out, rate, scale = ops[first, VAL], ops[i, VAL], fpar[i, RATE], tpar[i, SCALE]
        at = rand_at[i] = rand_at[-1]
        for j in range(n * width):
            # The reference's mask: keep where the uniform draw is ≥ rate, scaled by 1/(1 − rate).
            ws[out + j] = ws[src + j] * (scale if rand[at + j] >= rate else 0.0)
        rand_at[-1] += n * width
    elif code == BATCHNORM:
        rows_in = _view(ws, ops[first, VAL], rows, cols)
        mean, var = K.batchnorm_statistics(
            rows_in,
            theta[ops[i, P_MEAN] : ops[i, P_MEAN] + cols],
            theta[ops[i, P_VAR] : ops[i, P_VAR] + cols],
            tpar[i, MOMENTUM],
            tpar[i, ONE_MINUS_M],
        )
        K.batchnorm_normalize_into(
            rows_in,
            mean,
            var,
            theta[ops[i, P_A] : ops[i, P_A] + cols] if ops[i, P_A] >= 0 else theta[:0],
            theta[ops[i, P_B] : ops[i, P_B] + cols] if ops[i, P_B] >= 0 else theta[:0],
            tpar[i, EPSILON],
            _view(ws, ops[i, VAL], rows, cols),
            _view(ws, ops[i, XHAT], rows, cols),
            ws[ops[i, INV_STD] : ops[i, INV_STD] + cols],
        )
    elif code == ADD:
        out, count = ops[i, VAL], n * width
        one, two = ops[first, VAL], ops[links[ops[i, IN] + 1, 0], VAL]
        for j in range(count):
            ws[out + j] = ws[one + j] + ws[two + j]
        for k in range(ops[i, IN] + 2, ops[i, IN] + ops[i, N_IN]):
            more = ops[links[k, 0], VAL]
            for j in range(count):
                ws[out + j] += ws[more + j]
    elif code == CONCATENATE:
        out = _view(ws, ops[i, VAL], rows, cols)
        offset = np.int64(0)  # not the literal 0: that would compile a second copy_columns
        for k in range(ops[i, IN], ops[i, IN] + ops[i, N_IN]):
            src = links[k, 0]
            K.copy_columns(out, _view(ws, ops[src, VAL], rows, ops[src, COLS]), offset)
            offset += ops[src, COLS]


@njit(**EXACT)
def _backward(i, n, ops, links, fpar, tpar, theta, grads, ws, rand, rand_at, scratch):
    """dL/d(sources) and dL/d(parameters) of layer ``i`` from its dL/d(output)."""
    code = ops[i, OP]
    width, cols = ops[i, WIDTH], ops[i, COLS]
    rows = n * (width // cols)
    count = n * width
    first, mode = links[ops[i, IN], 0], links[ops[i, IN], 1]
    src_d = ops[first, DVAL]
    if code == DENSE:
        fin, act, dz = ops[first, WIDTH], ops[i, ACT], ops[i, DZ]
        if ops[i, FUSED] == 0 and act != E.LINEAR:
            if act == E.SOFTMAX:
                E.softmax_backward_flat(ws, ops[i, VAL], ws, ops[i, DVAL], ws, dz, n, width)
            else:
                E.df_flat(
                    act, fpar[i, ALPHA], ws, ops[i, Z], ws, ops[i, VAL], ws, ops[i, DVAL], ws, dz, count
                )
        dx = _target(src_d, mode, scratch)
        w_at, b_at, x_at = ops[i, P_A], ops[i, P_B], ops[first, VAL]
        x, w, d = _view(ws, x_at, n, fin), _view(theta, w_at, fin, width), _view(ws, dz, n, width)
        dw, db = _view(grads, w_at, fin, width), grads[b_at : b_at + width] if b_at >= 0 else grads[:0]
        dx_rows = _view(ws, dx, n if mode != NONE else 0, fin)  # no rows: no dL/dx wanted
        if _small(n, fin, width):
            K.dense_backward_small(x, w, d, b_at >= 0, dw, db, dx_rows)
        else:
            K.dense_backward_into(x, w, d, b_at >= 0, dw, db, dx_rows)
        _finish(ws, scratch, src_d, n * fin, mode)
    elif code == ACTIVATION:
        if ops[i, FUSED]:
            _send(ws, ops[i, DZ], src_d, count, mode)
        else:
            dx = _target(src_d, mode, scratch)
            if ops[i, ACT] == E.SOFTMAX:
                E.softmax_backward_flat(ws, ops[i, VAL], ws, ops[i, DVAL], ws, dx, rows, cols)
            else:
                E.df_flat(
                    ops[i, ACT],
                    fpar[i, ALPHA],
                    ws,
                    ops[i, Z],
                    ws,
                    ops[i, VAL],
                    ws,
                    ops[i, DVAL],
                    ws,
                    dx,
                    count,
                )
            _finish(ws, scratch, src_d, count, mode)
    elif code == DROPOUT:
        dx = _target(src_d, mode, scratch)
        d, at, rate, scale = ops[i, DVAL], rand_at[i], fpar[i, RATE], tpar[i, SCALE]
        for j in range(count):
            ws[dx + j] = ws[d + j] * (scale if rand[at + j] >= rate else 0.0)
        _finish(ws, scratch, src_d, count, mode)
    elif code == BATCHNORM:
        dx = _target(src_d, mode, scratch)
        p_a, p_b = ops[i, P_A], ops[i, P_B]
        K.batchnorm_backward_into(
            _view(ws, ops[i, XHAT], rows, cols),
            ws[ops[i, INV_STD] : ops[i, INV_STD] + cols],
            _view(ws, ops[i, DVAL], rows, cols),
            theta[p_a : p_a + cols] if p_a >= 0 else theta[:0],
            _view(ws, dx, rows, cols),
            grads[p_a : p_a + cols] if p_a >= 0 else grads[:0],
            grads[p_b : p_b + cols] if p_b >= 0 else grads[:0],
        )
        _finish(ws, scratch, src_d, count, mode)
    elif code in (ADD, ALIAS):
        for k in range(ops[i, IN], ops[i, IN] + ops[i, N_IN]):
            _send(ws, ops[i, DVAL], ops[links[k, 0], DVAL], count, links[k, 1])
    elif code == CONCATENATE:
        d = _view(ws, ops[i, DVAL], rows, cols)
        offset = 0
        for k in range(ops[i, IN], ops[i, IN] + ops[i, N_IN]):
            piece, part_mode = links[k, 0], links[k, 1]
            piece_cols = ops[piece, COLS]
            if part_mode != NONE:
                dst = _view(ws, ops[piece, DVAL], rows, piece_cols)
                for r in range(rows):
                    for j in range(piece_cols):
                        if part_mode == ASSIGN:
                            dst[r, j] = d[r, offset + j]
                        else:
                            dst[r, j] += d[r, offset + j]
            offset += piece_cols


@njit(**EXACT)
def _penalties(theta, grads, regs, fregs):
    """Add each regularized kernel's penalty gradient; return the total penalty (as the reference's
    Regularizer: l1·Σ|w| + l2·Σw², gradient l1·sign(w) + 2·l2·w)."""
    total = 0.0
    for r in range(regs.shape[0]):
        start, size = regs[r, 0], regs[r, 1]
        l1, l2 = fregs[r, 0], fregs[r, 1]
        sum_abs, sum_sq = 0.0, 0.0
        for j in range(start, start + size):
            w = theta[j]
            sum_abs += abs(w)
            sum_sq += w * w
            grads[j] += l1 * np.sign(w) + 2 * l2 * w
        total += l1 * sum_abs + l2 * sum_sq
    return total


@njit(**EXACT)
def _sum_squares(g):
    total = 0.0
    for j in range(g.shape[0]):
        total += float(g[j]) * float(g[j])
    return total


@njit(**EXACT)
def _clip(g, segs, fmeta, tmeta):
    """The optimizer's clipping, in its order: by value, then per-tensor or global norm."""
    if tmeta[T_CLIPVALUE] > 0:
        for j in range(g.shape[0]):
            g[j] = O.clip_value(g[j], tmeta[T_CLIPVALUE])
    limit = fmeta[F_CLIPNORM]
    if limit > 0:
        for k in range(segs.shape[0]):
            start, stop = segs[k, 0], segs[k, 0] + segs[k, 1]
            norm = np.sqrt(_sum_squares(g[start:stop]))
            for j in range(start, stop):
                g[j] = O.scale_to_norm(g[j], norm, limit)
    limit = fmeta[F_GLOBAL_CLIPNORM]
    if limit > 0:
        norm = np.sqrt(_sum_squares(g))
        for j in range(g.shape[0]):
            g[j] = O.scale_to_norm(g[j], norm, limit)


@njit(**EXACT)
def _update(p, g, count, slots, kind, nesterov, tmeta, schedule, s):
    """One optimizer update of the ``count`` trainable numbers at the front of ``p`` (gradients
    ``g``), step ``s`` of the schedule: the shared formulas, number by number, with every operand
    in the model's dtype (as numpy computes on the arrays). Indexes rather than slicing: no views."""
    lr, eps = schedule[s, LR], tmeta[T_EPSILON]
    if kind == SGD:
        momentum = tmeta[T_MOMENTUM]
        for j in range(count):
            p[j], slots[0, j] = O.sgd_update(p[j], g[j], slots[0, j], lr, momentum, nesterov)
    elif kind == RMSPROP:
        rho, one_minus_rho = tmeta[T_RHO], tmeta[T_ONE_MINUS_RHO]
        for j in range(count):
            p[j], slots[0, j] = O.rmsprop_update(p[j], g[j], slots[0, j], lr, rho, one_minus_rho, eps)
    elif kind == ADAGRAD:
        first = schedule[s, STEP_A]
        for j in range(count):
            p[j], slots[0, j] = O.adagrad_update(p[j], g[j], slots[0, j], lr, eps, first)
    else:
        if kind == ADAMW:
            keep = schedule[s, STEP_C]
            for j in range(count):
                p[j] = O.decoupled_weight_decay(p[j], keep)
        b1, c1, b2, c2 = (
            tmeta[T_BETA_1],
            tmeta[T_ONE_MINUS_BETA_1],
            tmeta[T_BETA_2],
            tmeta[T_ONE_MINUS_BETA_2],
        )
        step_a, step_b = schedule[s, STEP_A], schedule[s, STEP_B]
        for j in range(count):
            p[j], slots[0, j], slots[1, j] = O.adam_update(
                p[j], g[j], slots[0, j], slots[1, j], step_a, step_b, b1, c1, b2, c2, eps
            )


@njit(**EXACT)
def run(
    ops,
    links,
    fpar,
    tpar,
    meta,
    fmeta,
    tmeta,
    segs,
    regs,
    fregs,
    zero_segs,
    x,
    order,
    starts,
    targets,
    rand,
    schedule,
    theta,
    grads,
    slots,
    ws,
    preds,
    losses,
):
    """Train on batches ``order[starts[s]:starts[s + 1]]`` for every s, in order.

    ``x``: all samples (rows); ``targets``/``preds``: one row per (sample, output row) in batch
    order; ``rand``: the dropout draws of these steps, in the reference's order; ``schedule``:
    per-step learning rate and step-count terms. Writes ``losses[s]`` (loss + penalties).
    """
    n_ops = ops.shape[0]
    rand_at = np.zeros(n_ops + 1, np.int64)
    head = ops[meta[M_HEAD]]
    in_at, in_width = ops[meta[M_INPUT], VAL], ops[meta[M_INPUT], WIDTH]
    out_rows, out_cols = meta[M_OUT_ROWS], head[COLS]
    out_width, pred_at = head[WIDTH], ops[meta[M_OUTPUT]][VAL]
    scratch, seed_at = meta[M_SCRATCH], meta[M_SEED]
    n_train = meta[M_TRAINABLE]
    kind, nesterov = meta[M_OPTIMIZER], meta[M_NESTEROV] != 0
    for s in range(starts.shape[0] - 1):
        first, last = starts[s], starts[s + 1]
        n = last - first
        # Number by number into one view of the batch (not ws[at + j]: see elementwise.f_flat):
        # twice as fast as copying row slices for narrow rows, vector stores for wide ones.
        batch = _view(ws, in_at, n, in_width)
        for r in range(n):
            row = order[first + r]
            for j in range(in_width):
                batch[r, j] = x[row, j]
        for i in range(n_ops):
            _forward(i, n, ops, links, fpar, tpar, theta, ws, rand, rand_at)

        rows = n * out_rows
        seed = _view(ws, seed_at, rows, out_cols)
        logits_or_pred = head[Z] if head[FUSED] else head[VAL]
        loss = E.loss_value_grad(
            meta[M_LOSS],
            fmeta[F_LOSS_PARAM],
            tmeta[T_LO],
            tmeta[T_HI],
            _view(ws, logits_or_pred, rows, out_cols),
            targets[first * out_rows : last * out_rows],
            seed,
        )
        if fmeta[F_SEED_SCALE] != 1.0:
            seed *= fmeta[F_SEED_SCALE]
        for r in range(n):
            for j in range(out_width):
                preds[first + r, j] = ws[pred_at + r * out_width + j]

        for i in range(n_ops - 1, -1, -1):
            if ops[i, BACK]:
                _backward(i, n, ops, links, fpar, tpar, theta, grads, ws, rand, rand_at, scratch)
        for k in range(zero_segs.shape[0]):
            grads[zero_segs[k, 0] : zero_segs[k, 0] + zero_segs[k, 1]] = 0
        penalty = _penalties(theta, grads, regs, fregs)

        if fmeta[F_CLIPNORM] > 0 or fmeta[F_GLOBAL_CLIPNORM] > 0 or tmeta[T_CLIPVALUE] > 0:
            _clip(grads[:n_train], segs, fmeta, tmeta)
        _update(theta, grads, n_train, slots, kind, nesterov, tmeta, schedule, s)
        losses[s] = loss + penalty
