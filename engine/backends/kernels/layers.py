"""Layer kernels: dense (matrix products through BLAS), batch normalization, dropout, add,
concatenate. 2-D C-contiguous arrays of one float dtype; the wrappers in cpu.py check that.

The ``*_into`` kernels write into buffers they are given: the compiled training loop
(``program``) calls them on views of its workspace, so a step allocates (almost) nothing. The
allocating kernels of the same name wrap them for the per-layer path: one body of math each.
``dense_*_small`` do a small layer's products by plain loops instead of BLAS (SMALL_PRODUCT).
"""

import numpy as np
from numba import njit

from engine.backends.kernels.elementwise import activation_forward
from engine.backends.kernels.shared import EXACT


@njit(**EXACT)
def dense_forward_into(x, W, b, use_bias, code, alpha, z, a):
    """z = x·W (+ b), a = f(z). ``a`` may be ``z`` itself for the linear activation."""
    np.dot(x, W, z)
    if use_bias:
        n, k = z.shape
        for i in range(n):
            for j in range(k):
                z[i, j] += b[j]
    activation_forward(code, alpha, z, a)


#: Multiply-adds of one product (batch × inputs × outputs) up to which a dense layer is computed
#: by plain loops rather than BLAS: for a layer this small the BLAS call (and its checks and
#: packing) costs more than the arithmetic.
SMALL_PRODUCT = 4096


@njit(**EXACT)
def dense_forward_small(x, W, b, use_bias, z):
    """z = x·W (+ b) of a small layer by plain loops (as the reference: the product first, then
    the bias). Row-major loops over 2-D views: each inner loop is a vector operation."""
    n, fin = x.shape
    fout = W.shape[1]
    for i in range(n):
        xv = x[i, 0]
        for j in range(fout):
            z[i, j] = xv * W[0, j]
        for k in range(1, fin):
            xv = x[i, k]
            for j in range(fout):
                z[i, j] += xv * W[k, j]
        if use_bias:
            for j in range(fout):
                z[i, j] += b[j]


@njit(**EXACT)
def dense_backward_small(x, W, dz, use_bias, dW, db, dx):
    """The gradients of a small layer by plain loops: dL/dW = xᵀ·dz into ``dW``, dL/db (row after
    row) into ``db`` when there is a bias, dL/dx = dz·Wᵀ into ``dx`` unless it has no rows."""
    n, fin = x.shape
    fout = W.shape[1]
    for k in range(fin):
        for j in range(fout):
            dW[k, j] = 0
    for i in range(n):
        for k in range(fin):
            xv = x[i, k]
            for j in range(fout):
                dW[k, j] += xv * dz[i, j]
    if use_bias:
        for j in range(fout):
            db[j] = 0
        for i in range(n):
            for j in range(fout):
                db[j] += dz[i, j]
    for i in range(dx.shape[0]):
        d = dz[i, 0]
        for k in range(fin):
            dx[i, k] = d * W[k, 0]
        for j in range(1, fout):
            d = dz[i, j]
            for k in range(fin):
                dx[i, k] += d * W[k, j]


@njit(**EXACT)
def dense_forward(x, W, b, use_bias, code, alpha):
    """z = x·W (+ b), a = f(z). Returns (z, a)."""
    z = np.empty((x.shape[0], W.shape[1]), x.dtype)
    a = np.empty_like(z)
    dense_forward_into(x, W, b, use_bias, code, alpha, z, a)
    return z, a


@njit(**EXACT)
def dense_backward_into(x, W, dz, use_bias, dW, db, dx):
    """From dL/dz of z = x·W + b: dL/dW into ``dW``, dL/db into ``db`` (when there is a bias),
    dL/dx into ``dx`` — unless ``dx`` is empty: nothing before the layer learns."""
    np.dot(x.T, dz, dW)
    if use_bias:
        n, k = dz.shape
        db[:] = 0
        for i in range(n):  # row after row, as numpy sums over axis 0
            for j in range(k):
                db[j] += dz[i, j]
    if dx.size:
        np.dot(dz, W.T, dx)


@njit(**EXACT)
def dense_backward(x, W, dz, use_bias):
    """From dL/dz of z = x·W + b: (dL/dx, dL/dW, dL/db)."""
    dW = np.empty(W.shape, dz.dtype)
    db = np.zeros(dz.shape[1], dz.dtype)
    dx = np.empty(x.shape, dz.dtype)
    dense_backward_into(x, W, dz, use_bias, dW, db, dx)
    return dx, dW, db


@njit(**EXACT)
def batchnorm_statistics(rows, moving_mean, moving_var, momentum, one_minus_m):
    """The batch mean and variance of each column of ``rows`` (a training step); the moving
    statistics follow them, in place."""
    n, c = rows.shape
    dtype = rows.dtype
    mean = np.zeros(c, dtype)
    for i in range(n):
        for j in range(c):
            mean[j] += rows[i, j]
    mean /= n
    var = np.zeros(c, dtype)
    for i in range(n):
        for j in range(c):
            dev = rows[i, j] - mean[j]
            var[j] += dev * dev
    var /= n
    for j in range(c):
        moving_mean[j] *= momentum
        moving_mean[j] += one_minus_m * mean[j]
        moving_var[j] *= momentum
        moving_var[j] += one_minus_m * var[j]
    return mean, var


@njit(**EXACT)
def batchnorm_normalize_into(rows, mean, var, gamma, beta, eps, out, x_hat, inv_std):
    """Normalize each column of ``rows`` into ``out`` (keeping x̂ and 1/σ for the backward
    pass). ``gamma``/``beta`` of length 0 mean "absent"."""
    n, c = rows.shape
    for j in range(c):
        inv_std[j] = 1.0 / np.sqrt(var[j] + eps)
    for i in range(n):
        for j in range(c):
            h = (rows[i, j] - mean[j]) * inv_std[j]
            x_hat[i, j] = h
            v = h * gamma[j] if gamma.size else h
            out[i, j] = v + beta[j] if beta.size else v


@njit(**EXACT)
def batchnorm_forward(rows, gamma, beta, moving_mean, moving_var, training, momentum, one_minus_m, eps):
    """Normalize each column of ``rows`` by the batch's statistics (training) or the moving
    ones (inference); returns (out, x_hat, inv_std)."""
    if training:
        mean, var = batchnorm_statistics(rows, moving_mean, moving_var, momentum, one_minus_m)
    else:
        mean, var = moving_mean.copy(), moving_var.copy()
    out = np.empty_like(rows)
    x_hat = np.empty_like(rows)
    inv_std = np.empty(rows.shape[1], rows.dtype)
    batchnorm_normalize_into(rows, mean, var, gamma, beta, eps, out, x_hat, inv_std)
    return out, x_hat, inv_std


@njit(**EXACT)
def batchnorm_backward_into(x_hat, inv_std, d, gamma, dx, dgamma, dbeta):
    """dL/dx into ``dx`` for rows ``d`` = dL/d(out); dL/dγ, dL/dβ into ``dgamma``/``dbeta``
    (skipped when they have length 0: the layer has no γ or β)."""
    n, c = d.shape
    if dgamma.size:
        dgamma[:] = 0
    if dbeta.size:
        dbeta[:] = 0
    sum_d = np.zeros(c, d.dtype)
    sum_dx = np.zeros(c, d.dtype)
    for i in range(n):
        for j in range(c):
            if dgamma.size:
                dgamma[j] += d[i, j] * x_hat[i, j]
            if dbeta.size:
                dbeta[j] += d[i, j]
            d_xhat = d[i, j] * gamma[j] if gamma.size else d[i, j]
            sum_d[j] += d_xhat
            sum_dx[j] += d_xhat * x_hat[i, j]
    for i in range(n):
        for j in range(c):
            d_xhat = d[i, j] * gamma[j] if gamma.size else d[i, j]
            dx[i, j] = inv_std[j] / n * (n * d_xhat - sum_d[j] - x_hat[i, j] * sum_dx[j])


@njit(**EXACT)
def batchnorm_backward(x_hat, inv_std, d, gamma):
    """Returns (dL/dx, dL/dγ, dL/dβ) for rows ``d`` = dL/d(out)."""
    c = d.shape[1]
    dx = np.empty_like(d)
    dgamma = np.zeros(c, d.dtype)
    dbeta = np.zeros(c, d.dtype)
    batchnorm_backward_into(x_hat, inv_std, d, gamma, dx, dgamma, dbeta)
    return dx, dgamma, dbeta


@njit(**EXACT)
def dropout_forward(x, keep, scale):
    """Inverted dropout with a given keep mask: returns (x·mask, mask), mask = scale or 0."""
    mask = np.empty_like(x)
    out = np.empty_like(x)
    n, k = x.shape
    for i in range(n):
        for j in range(k):
            m = scale if keep[i, j] else 0.0
            mask[i, j] = m
            out[i, j] = x[i, j] * mask[i, j]
    return out, mask


@njit(**EXACT)
def multiply(a, b):
    return a * b


@njit(**EXACT)
def add(a, b):
    return a + b


@njit(**EXACT)
def copy_columns(dst, src, offset):
    """dst[:, offset:offset + src columns] = src (one piece of a concatenation)."""
    n, k = src.shape
    for i in range(n):
        for j in range(k):
            dst[i, offset + j] = src[i, j]
