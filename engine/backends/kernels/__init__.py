"""Numba kernels of the CPU backend (compiled on first use, cached per user; see ``jit``).

Every kernel takes C-contiguous float32 or float64 arrays and writes into arrays it is given
or returns new ones; the Python wrappers in ``engine.backends.cpu`` check shapes and dtypes
before calling them. The math itself is not re-written here: ``shared`` compiles the formulas
of engine/activations.py and engine/losses.py, which the numpy classes use too.
"""

from engine.backends import jit

jit.configure()
