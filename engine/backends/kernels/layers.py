"""Layer kernels: dense (matrix products through BLAS), batch normalization, dropout, add,
concatenate. 2-D C-contiguous arrays of one float dtype; the wrappers in cpu.py check that."""

import numpy as np
from numba import njit

from engine.backends.kernels.elementwise import activation_forward
from engine.backends.kernels.shared import EXACT


@njit(**EXACT)
def dense_forward(x, W, b, use_bias, code, alpha):
    """z = x·W (+ b), a = f(z). Returns (z, a)."""
    z = x @ W
    if use_bias:
        n, k = z.shape
        for i in range(n):
            for j in range(k):
                z[i, j] += b[j]
    a = np.empty_like(z)
    activation_forward(code, alpha, z, a)
    return z, a


@njit(**EXACT)
def dense_backward(x, W, dz, use_bias):
    """From dL/dz of z = x·W + b: (dL/dx, dL/dW, dL/db)."""
    dW = x.T @ dz
    n, k = dz.shape
    db = np.zeros(k, dz.dtype)
    if use_bias:
        for i in range(n):  # row after row, as numpy sums over axis 0
            for j in range(k):
                db[j] += dz[i, j]
    dx = dz @ W.T
    return dx, dW, db


@njit(**EXACT)
def batchnorm_forward(rows, gamma, beta, moving_mean, moving_var, training, momentum, one_minus_m, eps):
    """Normalize each column of ``rows``; returns (out, x_hat, inv_std). In training, the
    moving statistics are updated in place. ``gamma``/``beta`` of length 0 mean "absent"."""
    n, c = rows.shape
    dtype = rows.dtype
    if training:
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
    else:
        mean = moving_mean.copy()
        var = moving_var.copy()
    inv_std = np.empty(c, dtype)
    for j in range(c):
        inv_std[j] = 1.0 / np.sqrt(var[j] + eps)
    x_hat = np.empty_like(rows)
    out = np.empty_like(rows)
    for i in range(n):
        for j in range(c):
            h = (rows[i, j] - mean[j]) * inv_std[j]
            x_hat[i, j] = h
            v = h * gamma[j] if gamma.size else h
            out[i, j] = v + beta[j] if beta.size else v
    return out, x_hat, inv_std


@njit(**EXACT)
def batchnorm_backward(x_hat, inv_std, d, gamma):
    """Returns (dL/dx, dL/dγ, dL/dβ) for rows ``d`` = dL/d(out)."""
    n, c = d.shape
    dgamma = np.zeros(c, d.dtype)
    dbeta = np.zeros(c, d.dtype)
    d_xhat = np.empty_like(d)
    for i in range(n):
        for j in range(c):
            dgamma[j] += d[i, j] * x_hat[i, j]
            dbeta[j] += d[i, j]
            d_xhat[i, j] = d[i, j] * gamma[j] if gamma.size else d[i, j]
    sum_d = np.zeros(c, d.dtype)
    sum_dx = np.zeros(c, d.dtype)
    for i in range(n):
        for j in range(c):
            sum_d[j] += d_xhat[i, j]
            sum_dx[j] += d_xhat[i, j] * x_hat[i, j]
    dx = np.empty_like(d)
    for i in range(n):
        for j in range(c):
            dx[i, j] = inv_std[j] / n * (n * d_xhat[i, j] - sum_d[j] - x_hat[i, j] * sum_dx[j])
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
