"""Activations (forward and backward) and losses (value and gradient) over 2-D batches.

Arrays are (rows, units): a batch, or a batch with its leading axes merged. Each kernel picks
its formula by an integer code (the tables below) and calls the shared formula of
engine/activations.py / engine/losses.py on each number (softmax: on each row).
"""

from numba import njit

from engine import activations as A
from engine import losses as Ls
from engine.backends.kernels.shared import EXACT

# -- activations ----------------------------------------------------------------------------------

ACTIVATION_CODES = {
    "linear": 0,
    "sigmoid": 1,
    "hard_sigmoid": 2,
    "tanh": 3,
    "relu": 4,
    "leaky_relu": 5,
    "elu": 6,
    "swish": 7,
    "gelu": 8,
    "softplus": 9,
    "softmax": 10,
}
LINEAR, SOFTMAX = ACTIVATION_CODES["linear"], ACTIVATION_CODES["softmax"]


@njit(**EXACT)
def _f(code, alpha, x):
    if code == 1:
        return A.sigmoid(x)
    if code == 2:
        return A.hard_sigmoid(x)
    if code == 3:
        return A.tanh(x)
    if code == 4:
        return A.relu(x)
    if code == 5:
        return A.leaky_relu(x, alpha)
    if code == 6:
        return A.elu(x, alpha)
    if code == 7:
        return A.swish(x)
    if code == 8:
        return A.gelu(x)
    if code == 9:
        return A.softplus(x)
    return x  # linear: the identity


@njit(**EXACT)
def _df(code, alpha, x):
    if code == 1:
        return A.sigmoid_df(x)
    if code == 2:
        return A.hard_sigmoid_df(x)
    if code == 3:
        return A.tanh_df(x)
    if code == 4:
        return A.relu_df(x)
    if code == 5:
        return A.leaky_relu_df(x, alpha)
    if code == 6:
        return A.elu_df(x, alpha)
    if code == 7:
        return A.swish_df(x)
    if code == 8:
        return A.gelu_df(x)
    if code == 9:
        return A.sigmoid(x)  # softplus′ = sigmoid (as Softplus.df)
    return 1.0  # linear: the identity's derivative


@njit(**EXACT)
def activation_forward(code, alpha, z, out):
    """out = f(z), row by row."""
    n, k = z.shape
    if code == SOFTMAX:
        for i in range(n):
            out[i, :] = A.softmax(z[i])
        return
    for i in range(n):
        for j in range(k):
            out[i, j] = _f(code, alpha, z[i, j])


@njit(**EXACT)
def activation_backward(code, alpha, z, a, d, out):
    """out = dL/dz from d = dL/da: f'(z)·d elementwise; softmax: its Jacobian times d."""
    n, k = z.shape
    if code == SOFTMAX:
        for i in range(n):
            out[i, :] = A.softmax_backward(a[i], d[i])
        return
    if code == LINEAR:
        out[:, :] = d
        return
    for i in range(n):
        for j in range(k):
            out[i, j] = d[i, j] * _df(code, alpha, z[i, j])


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
    if code in (CCE, CCE_LOGITS):
        for i in range(n):
            row = 0.0
            if code == CCE_LOGITS:
                ls = Ls.log_softmax(p[i])
                for j in range(k):
                    row -= y[i, j] * ls[j]
                grad[i, :] = Ls.categorical_crossentropy_from_logits_grad(p[i], y[i]) / n
            else:
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
