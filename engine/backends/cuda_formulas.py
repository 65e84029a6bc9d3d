"""The engine's formulas, made callable from CUDA kernels (numba's CUDA target, numba-cuda).

engine/activations.py, engine/losses.py and engine/optimizers.py write each formula once with
numpy operations that work on arrays and on single numbers alike; the CPU kernels compile those
very functions (kernels/shared.py), and so do the CUDA kernels, through this module:

- every shared formula is registered as a CUDA device function (``register_jitable``);
- numba-cuda lowers only some numpy ufuncs on numbers (``np.tanh``, ``np.log``, ``np.maximum``…,
  not ``np.exp``, ``np.sqrt``, ``np.abs``, ``np.expm1``, ``np.log1p``, ``np.logaddexp`` or
  ``np.sign``): on a float those get the CUDA math library's function here (expf, sqrtf, …);
- the helpers numba spells differently get their kernel meaning, as on the CPU: ``where`` on a
  condition is an if/else, ``erf`` is ``math.erf``.

Everything here applies to the CUDA target only (the CPU kernels are not touched) and only to
single floats (arrays are left to numba-cuda, which refuses them as before). The CUDA simulator
runs kernels as Python, where the formulas are plain numpy already: :func:`register` does nothing
there.
"""

import math

import numpy as np

from engine import activations, losses, optimizers

_registered = False


def _sign(x):
    """−1, 0 or 1 as np.sign (0 keeps its sign bit, NaN stays NaN)."""
    return 1.0 if x > 0 else (-1.0 if x < 0 else x)


def _logaddexp(a, b):
    """log(eᵃ + eᵇ) without overflow, as numpy computes it."""
    big = max(a, b)
    return big + math.log1p(math.exp(-abs(a - b)))


def register() -> None:
    """Teach numba's CUDA target the formulas and the ufuncs they use (idempotent)."""
    global _registered
    if _registered:
        return
    from numba import config

    if config.ENABLE_CUDASIM:
        _registered = True
        return
    from numba import types
    from numba.cuda.extending import overload, register_jitable

    def floats(*args) -> bool:
        return all(isinstance(a, types.Float | types.Integer) for a in args) and any(
            isinstance(a, types.Float) for a in args
        )

    def on_floats(function, implementation):
        """``function`` on numbers (one or two) compiles to ``implementation``."""
        if implementation.__code__.co_argcount == 1:

            @overload(function, target="cuda", inline="always")
            def _unary(x):
                return implementation if floats(x) else None

        else:

            @overload(function, target="cuda", inline="always")
            def _binary(a, b):
                return implementation if floats(a, b) else None

    on_floats(np.exp, lambda x: math.exp(x))
    on_floats(np.sqrt, lambda x: math.sqrt(x))
    on_floats(np.abs, lambda x: abs(x))
    on_floats(np.expm1, lambda x: math.expm1(x))
    on_floats(np.log1p, lambda x: math.log1p(x))
    on_floats(np.sign, _sign)
    on_floats(np.logaddexp, _logaddexp)
    on_floats(activations.erf, lambda x: math.erf(x))

    @overload(activations.where, target="cuda", inline="always")
    def _where(condition, a, b):
        if isinstance(condition, types.Boolean):
            return lambda condition, a, b: a if condition else b
        return None

    for formula in (*activations.FORMULAS, *losses.FORMULAS, *optimizers.FORMULAS):
        register_jitable(formula)
    _registered = True
