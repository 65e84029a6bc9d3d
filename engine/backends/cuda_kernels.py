"""CUDA kernels of the CUDA backend (numba's CUDA target; imported only once CUDA is usable).

Every buffer is a flat float32 device array plus an offset (as the CPU program's workspace):
one compiled signature per kernel, whatever the network. The math is not re-written here:
activations, losses and optimizer updates call the shared formulas of engine/activations.py,
engine/losses.py and engine/optimizers.py (cuda_formulas makes them device functions), picked by
the CPU kernels' integer codes. Two things are restated, because a kernel cannot allocate the
row arrays the numpy formulas build: softmax along one row (its forward, its Jacobian product
and the log-softmax of the fused cross-entropy) and the weight penalty's l1·sign(w) + 2·l2·w
(as kernels/program.py writes it).

Reductions (column sums, norms, losses, penalties) add into float64 accumulators with atomics:
the order of additions may vary from run to run in the last bits, like any GPU reduction.
"""

import math

from numba import cuda, float32

from engine import activations as A
from engine import losses as Ls
from engine import optimizers as O
from engine.backends import cuda_formulas
from engine.backends.kernels import elementwise as E
from engine.backends.kernels import program as P

cuda_formulas.register()

# The CPU kernels' codes, as plain ints the device code compares against.
LINEAR, SIGMOID, HARD_SIGMOID, TANH, RELU = E.LINEAR, E.SIGMOID, E.HARD_SIGMOID, E.TANH, E.RELU
LEAKY_RELU, ELU, SWISH, GELU, SOFTPLUS, SOFTMAX = E.LEAKY_RELU, E.ELU, E.SWISH, E.GELU, E.SOFTPLUS, E.SOFTMAX
MSE, MAE, HUBER, BCE, BCE_LOGITS = E.MSE, E.MAE, E.HUBER, E.BCE, E.BCE_LOGITS
CCE, CCE_LOGITS = E.CCE, E.CCE_LOGITS
SGD, RMSPROP, ADAGRAD, ADAM, ADAMW = P.SGD, P.RMSPROP, P.ADAGRAD, P.ADAM, P.ADAMW
LR, STEP_A, STEP_B, STEP_C = P.LR, P.STEP_A, P.STEP_B, P.STEP_C
T_MOMENTUM, T_RHO, T_ONE_MINUS_RHO, T_EPSILON = P.T_MOMENTUM, P.T_RHO, P.T_ONE_MINUS_RHO, P.T_EPSILON
T_BETA_1, T_ONE_MINUS_BETA_1 = P.T_BETA_1, P.T_ONE_MINUS_BETA_1
T_BETA_2, T_ONE_MINUS_BETA_2 = P.T_BETA_2, P.T_ONE_MINUS_BETA_2

#: Threads per block of 1-D kernels, and the side of a 2-D block (smaller problems get smaller blocks).
THREADS = 128
TILE = 16


def launch_1d(count: int) -> tuple[int, int]:
    """(blocks, threads) covering ``count`` items, one thread each."""
    threads = max(1, min(THREADS, count))
    return max(1, math.ceil(count / threads)), threads


def launch_2d(rows: int, cols: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """(blocks, threads) for an output of rows × cols: x along columns (coalesced), y along rows."""
    tx, ty = max(1, min(TILE, cols)), max(1, min(TILE, rows))
    return (max(1, math.ceil(cols / tx)), max(1, math.ceil(rows / ty))), (tx, ty)


# -- activations ----------------------------------------------------------------------------------


@cuda.jit(device=True)
def act_f(code, alpha, z):
    """f(z) of an elementwise activation (the shared formulas)."""
    if code == SIGMOID:
        return A.sigmoid(z)
    if code == HARD_SIGMOID:
        return A.hard_sigmoid(z)
    if code == TANH:
        return A.tanh(z)
    if code == RELU:
        return A.relu(z)
    if code == LEAKY_RELU:
        return A.leaky_relu(z, alpha)
    if code == ELU:
        return A.elu(z, alpha)
    if code == SWISH:
        return A.swish(z)
    if code == GELU:
        return A.gelu(z)
    if code == SOFTPLUS:
        return A.softplus(z)
    return z


@cuda.jit(device=True)
def act_df(code, alpha, z, a):
    """f'(z), from the output a = f(z) where the CPU kernels take it from there (E.FROM_OUTPUT)."""
    if code == SIGMOID:
        return A.sigmoid_df_from_output(a)
    if code == HARD_SIGMOID:
        return A.hard_sigmoid_df(z)
    if code == TANH:
        return A.tanh_df_from_output(a)
    if code == RELU:
        return A.relu_df_from_output(a)
    if code == LEAKY_RELU:
        return A.leaky_relu_df_from_output(a, alpha)
    if code == ELU:
        return A.elu_df(z, alpha)
    if code == SWISH:
        return A.swish_df(z)
    if code == GELU:
        return A.gelu_df(z)
    if code == SOFTPLUS:
        return A.sigmoid(z)  # softplus′ = sigmoid (as Softplus.df)
    return 1.0


@cuda.jit(cache=True)
def activation_forward(z, zo, a, ao, count, code, alpha):
    """a = f(z) elementwise over ``count`` numbers."""
    j = cuda.grid(1)
    if j < count:
        a[ao + j] = act_f(code, alpha, z[zo + j])


@cuda.jit(cache=True)
def activation_backward(z, zo, a, ao, d, do, out, oo, count, code, alpha):
    """out = f'(z)·d elementwise."""
    j = cuda.grid(1)
    if j < count:
        out[oo + j] = d[do + j] * act_df(code, alpha, z[zo + j], a[ao + j])


@cuda.jit(device=True)
def _row_max(z, at, cols):
    m = z[at]
    for j in range(1, cols):
        m = max(m, z[at + j])
    return m


@cuda.jit(device=True)
def _row_sum_exp(z, at, cols, m):
    s = 0.0
    for j in range(cols):
        s += math.exp(z[at + j] - m)
    return s


@cuda.jit(cache=True)
def softmax_rows(z, zo, a, ao, rows, cols):
    """a = softmax(z) along each row: exp(zⱼ − max) / Σ exp(z − max)."""
    r = cuda.grid(1)
    if r < rows:
        at = r * cols
        m = _row_max(z, zo + at, cols)
        s = _row_sum_exp(z, zo + at, cols, m)
        for j in range(cols):
            a[ao + at + j] = math.exp(z[zo + at + j] - m) / s


@cuda.jit(cache=True)
def softmax_backward_rows(a, ao, d, do, out, oo, rows, cols):
    """out = y ⊙ (d − Σ d·y) along each row (softmax's Jacobian times d)."""
    r = cuda.grid(1)
    if r < rows:
        at = r * cols
        dot = float32(0.0)
        for j in range(cols):
            dot += d[do + at + j] * a[ao + at + j]
        for j in range(cols):
            out[oo + at + j] = a[ao + at + j] * (d[do + at + j] - dot)


# -- dense ----------------------------------------------------------------------------------------


@cuda.jit(cache=True)
def dense_forward(x, xo, w, wo, b, bo, use_bias, z, zo, a, ao, n, fin, width, code, alpha):
    """z = x·W (+ b); a = f(z) for an elementwise activation (softmax: ``softmax_rows`` after)."""
    j, i = cuda.grid(2)
    if i < n and j < width:
        s = float32(0.0)
        for k in range(fin):
            s += x[xo + i * fin + k] * w[wo + k * width + j]
        if use_bias:
            s += b[bo + j]
        z[zo + i * width + j] = s
        if code != SOFTMAX:
            a[ao + i * width + j] = act_f(code, alpha, s)


@cuda.jit(cache=True)
def dense_backward_weights(x, xo, dz, dzo, g, gwo, gbo, use_bias, n, fin, width):
    """dL/dW = xᵀ·dz into g[gwo:], and dL/db = Σ rows of dz into g[gbo:] (threads of row 0)."""
    j, k = cuda.grid(2)
    if k < fin and j < width:
        s = float32(0.0)
        for i in range(n):
            s += x[xo + i * fin + k] * dz[dzo + i * width + j]
        g[gwo + k * width + j] = s
        if use_bias and k == 0:
            t = float32(0.0)
            for i in range(n):
                t += dz[dzo + i * width + j]
            g[gbo + j] = t


@cuda.jit(cache=True)
def dense_backward_input(dz, dzo, w, wo, dx, dxo, n, fin, width):
    """dL/dx = dz·Wᵀ."""
    k, i = cuda.grid(2)
    if i < n and k < fin:
        s = float32(0.0)
        for j in range(width):
            s += dz[dzo + i * width + j] * w[wo + k * width + j]
        dx[dxo + i * fin + k] = s


# -- dropout --------------------------------------------------------------------------------------


@cuda.jit(cache=True)
def dropout(src, so, out, oo, rand, ro, count, rate, scale):
    """out = src · mask with the reference's mask: scale where the uniform draw is ≥ rate, else 0.
    The same kernel carries the gradient back (the same draws give the same mask)."""
    j = cuda.grid(1)
    if j < count:
        out[oo + j] = src[so + j] * (scale if rand[ro + j] >= rate else float32(0.0))


# -- losses ---------------------------------------------------------------------------------------


# The element loss dispatch is the CPU kernels' own, compiled for the device.
_element = cuda.jit(device=True)(E.element_loss)
_element_grad = cuda.jit(device=True)(E.element_loss_grad)


@cuda.jit(cache=True)
def loss_rows(code, param, lo, hi, p, po, y, yo, grad, go, rows, cols, seed_scale, losses, s):
    """Each row's share of the batch-mean loss, added into ``losses[s]``; d(loss)/dp into ``grad``
    (as kernels/elementwise.loss_value_grad, one thread per row)."""
    r = cuda.grid(1)
    if r < rows:
        at = r * cols
        total = 0.0
        if code == CCE_LOGITS:
            m = _row_max(p, po + at, cols)
            sum_exp = _row_sum_exp(p, po + at, cols, m)
            log_sum = math.log(sum_exp)
            for j in range(cols):
                z, t = p[po + at + j], y[yo + at + j]
                total -= t * ((z - m) - log_sum)
                grad[go + at + j] = (math.exp(z - m) / sum_exp - t) / rows * seed_scale
            cuda.atomic.add(losses, s, total / rows)
        elif code == CCE:
            for j in range(cols):
                q, t = p[po + at + j], y[yo + at + j]
                total += Ls.categorical_crossentropy(q, t, lo, hi)
                grad[go + at + j] = Ls.categorical_crossentropy_grad(q, t, lo, hi) / rows * seed_scale
            cuda.atomic.add(losses, s, total / rows)
        else:
            scale = 1.0 / (rows * cols)
            for j in range(cols):
                q, t = p[po + at + j], y[yo + at + j]
                total += _element(code, param, lo, hi, q, t)
                grad[go + at + j] = _element_grad(code, param, lo, hi, q, t) * scale
            cuda.atomic.add(losses, s, total / cols / rows)


# -- penalties, clipping, updates -----------------------------------------------------------------


@cuda.jit(cache=True)
def penalties(theta, grads, start, size, l1, l2, losses, s):
    """One regularized kernel: its penalty l1·Σ|w| + l2·Σw² into ``losses[s]``, its gradient
    l1·sign(w) + 2·l2·w added to ``grads`` (grid-stride: one atomic per thread)."""
    t = cuda.grid(1)
    stride = cuda.gridsize(1)
    total = 0.0
    for j in range(start + t, start + size, stride):
        w = theta[j]
        total += l1 * abs(w) + l2 * w * w
        grads[j] += l1 * (1.0 if w > 0 else (-1.0 if w < 0 else 0.0)) + 2 * l2 * w
    cuda.atomic.add(losses, s, total)


@cuda.jit(cache=True)
def clip_values(g, count, limit):
    j = cuda.grid(1)
    if j < count:
        g[j] = O.clip_value(g[j], limit)


@cuda.jit(cache=True)
def sum_squares(g, segs, out):
    """out[k] = Σ g² over segment k (blocks along y: one segment each; grid-stride along x)."""
    k = cuda.blockIdx.y
    start, size = segs[k, 0], segs[k, 1]
    t = cuda.blockIdx.x * cuda.blockDim.x + cuda.threadIdx.x
    stride = cuda.gridDim.x * cuda.blockDim.x
    total = 0.0
    for j in range(start + t, start + size, stride):
        v = float(g[j])
        total += v * v
    cuda.atomic.add(out, k, total)


@cuda.jit(cache=True)
def update(theta, g, slots, count, kind, nesterov, tmeta, schedule, s, segs, norms, limit):
    """One optimizer update of every trainable number (the shared formulas, as program._update).
    With ``limit`` > 0 the gradient is first scaled to that norm: per segment when ``norms`` has
    one entry per segment, globally when it has one."""
    j = cuda.grid(1)
    if j >= count:
        return
    gj = g[j]
    if limit > 0:
        k = 0
        if norms.shape[0] > 1:
            while j >= segs[k, 0] + segs[k, 1]:
                k += 1
        gj = O.scale_to_norm(gj, math.sqrt(norms[k]), limit)
    lr, eps = schedule[s, LR], tmeta[T_EPSILON]
    if kind == SGD:
        theta[j], slots[0, j] = O.sgd_update(theta[j], gj, slots[0, j], lr, tmeta[T_MOMENTUM], nesterov)
    elif kind == RMSPROP:
        theta[j], slots[0, j] = O.rmsprop_update(
            theta[j], gj, slots[0, j], lr, tmeta[T_RHO], tmeta[T_ONE_MINUS_RHO], eps
        )
    elif kind == ADAGRAD:
        theta[j], slots[0, j] = O.adagrad_update(theta[j], gj, slots[0, j], lr, eps, schedule[s, STEP_A])
    else:
        p = theta[j]
        if kind == ADAMW:
            p = O.decoupled_weight_decay(p, schedule[s, STEP_C])
        theta[j], slots[0, j], slots[1, j] = O.adam_update(
            p,
            gj,
            slots[0, j],
            slots[1, j],
            schedule[s, STEP_A],
            schedule[s, STEP_B],
            tmeta[T_BETA_1],
            tmeta[T_ONE_MINUS_BETA_1],
            tmeta[T_BETA_2],
            tmeta[T_ONE_MINUS_BETA_2],
            eps,
        )


@cuda.jit(cache=True)
def probe(x, out):
    """The start-up check: out = 2x + 1, computed by the device."""
    j = cuda.grid(1)
    if j < x.shape[0]:
        out[j] = 2 * x[j] + 1
