"""Numba kernels of the CPU backend (compiled on first use, cached per user; see ``jit``).

Every kernel takes C-contiguous float32 or float64 arrays and writes into arrays it is given
or returns new ones; the Python wrappers in ``engine.backends.cpu`` and ``engine.backends.compiled``
check shapes and dtypes before calling them. ``elementwise`` and ``layers`` hold the math of
activations, losses and layers; ``program`` runs a whole training loop from them. The math itself
is not re-written here: ``shared`` compiles the formulas of engine/activations.py,
engine/losses.py and engine/optimizers.py, which the numpy classes use too.
"""

from engine.backends import jit

jit.configure()
