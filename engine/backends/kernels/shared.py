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
    register_jitable(_fn)


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
