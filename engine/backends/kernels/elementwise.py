"""Activations (forward and backward) and losses (value and gradient) over 2-D batches.

Arrays are (rows, units): a batch, or a batch with its leading axes merged. Each kernel picks
its formula by an integer code (the tables below) and calls the shared formula of
engine/activations.py / engine/losses.py on each number (softmax: on each row).

Row by row rather than on whole 2-D batches, and copies number by number rather than by slice
assignment: numba compiles broadcasting and slice assignment (with their shape checks and error
messages) many times slower — seconds each — for no gain in speed.
"""

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


@njit(**EXACT)
def _f_row(code, alpha, z, out):
    """out = f(z) along one row of an elementwise activation. The formula is picked once per row,
    not per number, so each inner loop is one straight (vectorizable) formula."""
    k = z.shape[0]
    if code == SIGMOID:
        for j in range(k):
            out[j] = A.sigmoid(z[j])
    elif code == HARD_SIGMOID:
        for j in range(k):
            out[j] = A.hard_sigmoid(z[j])
    elif code == TANH:
        for j in range(k):
            out[j] = A.tanh(z[j])
    elif code == RELU:
        for j in range(k):
            out[j] = A.relu(z[j])
    elif code == LEAKY_RELU:
        for j in range(k):
            out[j] = A.leaky_relu(z[j], alpha)
    elif code == ELU:
        for j in range(k):
            out[j] = A.elu(z[j], alpha)
    elif code == SWISH:
        for j in range(k):
            out[j] = A.swish(z[j])
    elif code == GELU:
        for j in range(k):
            out[j] = A.gelu(z[j])
    elif code == SOFTPLUS:
        for j in range(k):
            out[j] = A.softplus(z[j])
    else:  # linear: the identity
        for j in range(k):
            out[j] = z[j]


@njit(**EXACT)
def _df_row(code, alpha, z, d, out):
    """out = f'(z)·d along one row of an elementwise activation (formula picked once per row)."""
    k = z.shape[0]
    if code == SIGMOID:
        for j in range(k):
            out[j] = d[j] * A.sigmoid_df(z[j])
    elif code == HARD_SIGMOID:
        for j in range(k):
            out[j] = d[j] * A.hard_sigmoid_df(z[j])
    elif code == TANH:
        for j in range(k):
            out[j] = d[j] * A.tanh_df(z[j])
    elif code == RELU:
        for j in range(k):
            out[j] = d[j] * A.relu_df(z[j])
    elif code == LEAKY_RELU:
        for j in range(k):
            out[j] = d[j] * A.leaky_relu_df(z[j], alpha)
    elif code == ELU:
        for j in range(k):
            out[j] = d[j] * A.elu_df(z[j], alpha)
    elif code == SWISH:
        for j in range(k):
            out[j] = d[j] * A.swish_df(z[j])
    elif code == GELU:
        for j in range(k):
            out[j] = d[j] * A.gelu_df(z[j])
    elif code == SOFTPLUS:
        for j in range(k):
            out[j] = d[j] * A.sigmoid(z[j])  # softplus′ = sigmoid (as Softplus.df)
    else:  # linear: the identity's derivative
        for j in range(k):
            out[j] = d[j]


@njit(**EXACT)
def activation_forward(code, alpha, z, out):
    """out = f(z), row by row."""
    n, k = z.shape
    for i in range(n):
        if code == SOFTMAX:
            row = A.softmax(z[i])
            for j in range(k):
                out[i, j] = row[j]
        else:
            _f_row(code, alpha, z[i], out[i])


@njit(**EXACT)
def activation_backward(code, alpha, z, a, d, out):
    """out = dL/dz from d = dL/da: f'(z)·d elementwise; softmax: its Jacobian times d."""
    n, k = z.shape
    for i in range(n):
        if code == SOFTMAX:
            row = A.softmax_backward(a[i], d[i])
            for j in range(k):
                out[i, j] = row[j]
        else:
            _df_row(code, alpha, z[i], d[i], out[i])


# -- losses ---------------------------------------------------------------------------------------

MSE, MAE, HUBER, BCE, BCE_LOGITS, CCE, CCE_LOGITS = range(7)


@njit(**EXACT)
def _element(code, param, lo, hi, p, y):
    if code == MSE:
        return Ls.mse(p, y)
    if code == MAE:
        return Ls.mae(p, y)
    if code == HUBER:
        return Ls.huber(p, y, param)
    if code == BCE:
        return Ls.binary_crossentropy(p, y, lo, hi)
    return Ls.binary_crossentropy_from_logits(p, y)


@njit(**EXACT)
def _element_grad(code, param, lo, hi, p, y):
    if code == MSE:
        return Ls.mse_grad(p, y)
    if code == MAE:
        return Ls.mae_grad(p, y)
    if code == HUBER:
        return Ls.huber_grad(p, y, param)
    if code == BCE:
        return Ls.binary_crossentropy_grad(p, y, lo, hi)
    return Ls.binary_crossentropy_from_logits_grad(p, y)


@njit(**EXACT)
def loss_value_grad(code, param, lo, hi, p, y, grad):
    """The batch-mean loss of predictions (or logits) ``p`` against targets ``y`` (same shape),
    and d(loss)/dp written into ``grad``. Elementwise losses average each sample's elements;
    categorical ones sum over a sample's row; then the mean over samples."""
    n, k = p.shape
    total = 0.0
    if code == CCE_LOGITS:
        for i in range(n):
            ls = Ls.log_softmax(p[i])
            g = Ls.categorical_crossentropy_from_logits_grad(p[i], y[i])
            row = 0.0
            for j in range(k):
                row -= y[i, j] * ls[j]
                grad[i, j] = g[j] / n
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
