"""Activations (forward and backward) and losses (value and gradient) over 2-D batches.

Arrays are (rows, units): a batch, or a batch with its leading axes merged. Each kernel picks
its formula by an integer code (the tables below) and calls the shared formula of
engine/activations.py / engine/losses.py on each number.

The ``*_flat`` kernels work on flat buffers from an offset, so the compiled training loop
(``program``) calls them on its workspace without making an array view per row or per layer:
every view costs two atomic reference-count updates, which were a sixth of a small network's
step. The 2-D kernels wrap them: one body of math each. Copies go number by number rather than by
slice assignment: numba compiles broadcasting and slice assignment (with their shape checks and
error messages) many times slower — seconds each — for no gain in speed.

Softmax mixes a row, and its shared formulas build row arrays (``x - row_max(x)``, ...); a
kernel that allocated those per row spent more time in malloc than in arithmetic. So
``_softmax_flat``, ``_softmax_backward_flat`` and the fused cross-entropy restate those formulas
as scalar loops, in the formulas' order of operations (tests compare them with the formulas).
"""

import numpy as np
from numba import njit

from engine import activations as A
from engine import losses as Ls
from engine.backends.kernels.shared import EXACT

# -- activations ----------------------------------------------------------------------------------

LINEAR, SIGMOID, HARD_SIGMOID, TANH, RELU, LEAKY_RELU, ELU, SWISH, GELU, SOFTPLUS, SOFTMAX = range(11)
ACTIVATION_CODES = {
    "linear": LINEAR,
    "sigmoid": SIGMOID,
    "hard_sigmoid": HARD_SIGMOID,
    "tanh": TANH,
    "relu": RELU,
    "leaky_relu": LEAKY_RELU,
    "elu": ELU,
    "swish": SWISH,
    "gelu": GELU,
    "softplus": SOFTPLUS,
    "softmax": SOFTMAX,
}

#: Codes whose derivative the kernels take from the output (as the classes'
#: ``derivative_from_output``; a test keeps the two in step).
FROM_OUTPUT = (LINEAR, SIGMOID, TANH, RELU, LEAKY_RELU)


@njit(**EXACT)
def f_flat(code, alpha, z, zo, out, oo, count):
    """out[oo:oo+count] = f(z[zo:zo+count]) for an elementwise activation. The formula is picked
    once per call, not per number, so each loop is one straight (vectorizable) formula. The loops
    index views taken once (not ``outs[j]``): an index that might be negative makes numba wrap
    it around, and LLVM then scatters number by number instead of storing whole vectors."""
    zs, outs = z[zo : zo + count], out[oo : oo + count]
    if code == SIGMOID:
        for j in range(count):
            outs[j] = A.sigmoid(zs[j])
    elif code == HARD_SIGMOID:
        for j in range(count):
            outs[j] = A.hard_sigmoid(zs[j])
    elif code == TANH:
        for j in range(count):
            outs[j] = A.tanh(zs[j])
    elif code == RELU:
        for j in range(count):
            outs[j] = A.relu(zs[j])
    elif code == LEAKY_RELU:
        for j in range(count):
            outs[j] = A.leaky_relu(zs[j], alpha)
    elif code == ELU:
        for j in range(count):
            outs[j] = A.elu(zs[j], alpha)
    elif code == SWISH:
        for j in range(count):
            outs[j] = A.swish(zs[j])
    elif code == GELU:
        for j in range(count):
            outs[j] = A.gelu(zs[j])
    elif code == SOFTPLUS:
        for j in range(count):
            outs[j] = A.softplus(zs[j])
    else:  # linear: the identity
        for j in range(count):
            outs[j] = zs[j]


@njit(**EXACT)
def df_flat(code, alpha, z, zo, a, ao, d, do, out, oo, count):
    """out = f'(z)·d over ``count`` numbers of an elementwise activation (formula picked once).
    Where the derivative is a function of the output a = f(z) (FROM_OUTPUT: tanh, sigmoid, the
    ReLUs) it is computed from a: no second exp or tanh per number. Views taken once, as f_flat."""
    zs, as_, ds, outs = z[zo : zo + count], a[ao : ao + count], d[do : do + count], out[oo : oo + count]
    if code == SIGMOID:
        for j in range(count):
            outs[j] = ds[j] * A.sigmoid_df_from_output(as_[j])
    elif code == HARD_SIGMOID:
        for j in range(count):
            outs[j] = ds[j] * A.hard_sigmoid_df(zs[j])
    elif code == TANH:
        for j in range(count):
            outs[j] = ds[j] * A.tanh_df_from_output(as_[j])
    elif code == RELU:
        for j in range(count):
            outs[j] = ds[j] * A.relu_df_from_output(as_[j])
    elif code == LEAKY_RELU:
        for j in range(count):
            outs[j] = ds[j] * A.leaky_relu_df_from_output(as_[j], alpha)
    elif code == ELU:
        for j in range(count):
            outs[j] = ds[j] * A.elu_df(zs[j], alpha)
    elif code == SWISH:
        for j in range(count):
            outs[j] = ds[j] * A.swish_df(zs[j])
    elif code == GELU:
        for j in range(count):
            outs[j] = ds[j] * A.gelu_df(zs[j])
    elif code == SOFTPLUS:
        for j in range(count):
            outs[j] = ds[j] * A.sigmoid(zs[j])  # softplus′ = sigmoid (as Softplus.df)
    else:  # linear: the identity's derivative
        for j in range(count):
            outs[j] = ds[j]


@njit(**EXACT)
def _row_max(z, zo, k):
    """max of a row (activations.softmax's ``row_max``)."""
    m = z[zo]
    for j in range(1, k):
        m = max(m, z[zo + j])
    return m


@njit(**EXACT)
def softmax_flat(z, zo, out, oo, rows, k):
    """activations.softmax on ``rows`` rows of ``k``: e = exp(x − max); e / Σe."""
    for i in range(rows):
        at, to = zo + i * k, oo + i * k
        m = _row_max(z, at, k)
        total = out[to] = np.exp(z[at] - m)  # the sum starts from its first term: 0 + e₀ = e₀
        for j in range(1, k):
            e = np.exp(z[at + j] - m)
            out[to + j] = e
            total += e
        for j in range(k):
            out[to + j] = out[to + j] / total


@njit(**EXACT)
def softmax_backward_flat(y, yo, d, do, out, oo, rows, k):
    """activations.softmax_backward on ``rows`` rows: y·(dy − Σ dy·y)."""
    for i in range(rows):
        r = i * k
        total = d[do + r] * y[yo + r]
        for j in range(1, k):
            total += d[do + r + j] * y[yo + r + j]
        for j in range(k):
            out[oo + r + j] = y[yo + r + j] * (d[do + r + j] - total)


@njit(**EXACT)
def activation_forward(code, alpha, z, out):
    """out = f(z) of a C-contiguous 2-D batch (softmax: along each row)."""
    n, k = z.shape
    flat_z, flat_out = z.reshape(n * k), out.reshape(n * k)
    if code == SOFTMAX:
        softmax_flat(flat_z, 0, flat_out, 0, n, k)
    else:
        f_flat(code, alpha, flat_z, 0, flat_out, 0, n * k)


@njit(**EXACT)
def activation_backward(code, alpha, z, a, d, out):
    """out = dL/dz from d = dL/da: f'(z)·d elementwise; softmax: its Jacobian times d."""
    n, k = z.shape
    size = n * k
    if code == SOFTMAX:
        softmax_backward_flat(a.reshape(size), 0, d.reshape(size), 0, out.reshape(size), 0, n, k)
    else:
        df_flat(
            code,
            alpha,
            z.reshape(size),
            0,
            a.reshape(size),
            0,
            d.reshape(size),
            0,
            out.reshape(size),
            0,
            size,
        )


# -- losses ---------------------------------------------------------------------------------------

MSE, MAE, HUBER, BCE, BCE_LOGITS, CCE, CCE_LOGITS = range(7)


def element_loss(code, param, lo, hi, p, y):
    """One element's loss, by loss code: plain Python so that both the CPU kernels (here) and the
    CUDA kernels (cuda_kernels.py) compile the one dispatch over the shared formulas."""
    if code == MSE:
        return Ls.mse(p, y)
    if code == MAE:
        return Ls.mae(p, y)
    if code == HUBER:
        return Ls.huber(p, y, param)
    if code == BCE:
        return Ls.binary_crossentropy(p, y, lo, hi)
    return Ls.binary_crossentropy_from_logits(p, y)


def element_loss_grad(code, param, lo, hi, p, y):
    """d(element loss)/dp, by loss code (shared with the CUDA kernels, as :func:`element_loss`)."""
    if code == MSE:
        return Ls.mse_grad(p, y)
    if code == MAE:
        return Ls.mae_grad(p, y)
    if code == HUBER:
        return Ls.huber_grad(p, y, param)
    if code == BCE:
        return Ls.binary_crossentropy_grad(p, y, lo, hi)
    return Ls.binary_crossentropy_from_logits_grad(p, y)


_element = njit(**EXACT)(element_loss)
_element_grad = njit(**EXACT)(element_loss_grad)


@njit(**EXACT)
def loss_value_grad(code, param, lo, hi, p, y, grad):
    """The batch-mean loss of predictions (or logits) ``p`` against targets ``y`` (same shape),
    and d(loss)/dp written into ``grad``. Elementwise losses average each sample's elements;
    categorical ones sum over a sample's row; then the mean over samples."""
    n, k = p.shape
    total = 0.0
    if code == CCE_LOGITS:
        # losses.log_softmax and categorical_crossentropy_from_logits_grad, number by number:
        # shifted = z − max; log-softmax = shifted − log Σ exp(shifted); grad = softmax − y.
        for i in range(n):
            m = p[i, 0]
            for j in range(1, k):
                m = max(m, p[i, j])
            sum_exp = np.exp(p[i, 0] - m)
            for j in range(1, k):
                sum_exp += np.exp(p[i, j] - m)
            log_sum = np.log(sum_exp)
            row = 0.0
            for j in range(k):
                shifted = p[i, j] - m
                row -= y[i, j] * (shifted - log_sum)
                grad[i, j] = (np.exp(shifted) / sum_exp - y[i, j]) / n
            total += row
        return total / n
    if code == CCE:
        for i in range(n):
            row = 0.0
            for j in range(k):
                row += Ls.categorical_crossentropy(p[i, j], y[i, j], lo, hi)
                grad[i, j] = Ls.categorical_crossentropy_grad(p[i, j], y[i, j], lo, hi) / n
            total += row
        return total / n
    scale = 1.0 / (n * k)
    for i in range(n):
        row = 0.0
        for j in range(k):
            row += _element(code, param, lo, hi, p[i, j], y[i, j])
            grad[i, j] = _element_grad(code, param, lo, hi, p[i, j], y[i, j]) * scale
        total += row / k
    return total / n


__all__ = ["activation_backward", "activation_forward", "loss_value_grad"]
