"""The engine's formulas, made callable from numba kernels.

engine/activations.py and engine/losses.py write each formula once with numpy operations that
work on arrays and on single numbers alike. ``register_jitable`` lets a kernel call those very
functions (numba compiles them in); the three helpers numba spells differently get their
kernel-side meaning here: ``erf`` on one number is ``math.erf`` (scipy's ufunc cannot be called
in nopython mode), and the softmax row reductions work on one row and return a number. The
optimizers' update rules (engine/optimizers.py) are compiled the same way.
"""

import math

import numpy as np
from numba import njit, types
from numba.extending import overload, register_jitable

from engine import activations, losses, optimizers

#: Options of every kernel (DESIGN.md rule 7). fastmath keeps NaN/Inf semantics on purpose:
#: a diverging run must show NaN, not a silently wrong number.
JIT = {"nogil": True, "cache": True, "fastmath": {"nsz", "arcp", "contract", "afn", "reassoc"}}
#: Kernels that must reproduce numpy's rounding step for step use no fastmath at all. numpy's
#: error model: x/0 is ±inf or NaN as in numpy (not Python's ZeroDivisionError), which also lets
#: LLVM vectorize loops that divide (Adam's update runs about 4× faster).
EXACT = {"nogil": True, "cache": True, "error_model": "numpy"}

for _fn in (*activations.FORMULAS, *losses.FORMULAS, *optimizers.FORMULAS):
    if _fn is not activations.tanh:  # overloaded below
        register_jitable(_fn)

# tanh on one float32 number: glibc's tanhf is scalar (through expm1f) and was a third of a small
# network's training step. This rational form (Eigen's fast tanh: x·P(x²)/Q(x²), input clamped
# to ±7.9053, where float32 tanh is ±1) has only multiplications, additions and one division, so
# LLVM vectorizes the loops that call it. Largest error against the exact tanh: 4.1e-7 relative
# (7 units in the last place, near |x| = 5.8; numpy's own float32 tanh: 1.4 units); a test keeps
# it so. float64 keeps the exact ``math.tanh``.
_TANH_CLAMP = 7.90531110763549805
_TANH_P = (
    4.89352455891786e-03,
    6.37261928875436e-04,
    1.48572235717979e-05,
    5.12229709037114e-08,
    -8.60467152213735e-11,
    2.00018790482477e-13,
    -2.76076847742355e-16,
)
_TANH_Q = (4.89352518554385e-03, 2.26843463243900e-03, 1.18534705686654e-04, 1.19825839466702e-06)


@overload(activations.tanh, jit_options=EXACT)
def _tanh(x):
    if x == types.float32:
        f = np.float32
        c, p0, p1, p2, p3, p4, p5, p6 = (f(v) for v in (_TANH_CLAMP, *_TANH_P))
        q0, q1, q2, q3 = (f(v) for v in _TANH_Q)

        def tanh_f32(x):
            x = c if x > c else (-c if x < -c else x)  # NaN passes through
            x2 = x * x
            p = x2 * (x2 * (x2 * (x2 * (x2 * (x2 * p6 + p5) + p4) + p3) + p2) + p1) + p0
            q = x2 * (x2 * (x2 * q3 + q2) + q1) + q0
            return x * p / q

        return tanh_f32
    if isinstance(x, types.Float):
        return lambda x: math.tanh(x)
    return None


@overload(activations.erf, jit_options=EXACT)
def _erf(x):
    if isinstance(x, types.Float):
        return lambda x: math.erf(x)
    return None


@overload(activations.row_max, jit_options=EXACT)
def _row_max(x):
    if isinstance(x, types.Array) and x.ndim == 1:
        return lambda x: np.max(x)
    return None


@overload(activations.row_sum, jit_options=EXACT)
def _row_sum(x):
    if isinstance(x, types.Array) and x.ndim == 1:
        return lambda x: np.sum(x)
    return None


__all__ = ["EXACT", "JIT", "njit"]


@overload(activations.where, jit_options=EXACT)
def _where(condition, a, b):
    if isinstance(condition, types.Boolean):
        return lambda condition, a, b: a if condition else b
    return None
