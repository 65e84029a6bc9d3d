"""The numba kernels of the landscape grid: what numpy would do in several passes, or badly.

Every cell of a surface has weights of its own, so a Dense layer after the first multiplies
each cell's activations by that cell's kernel: a stack of small, different matrix products.
numpy's ``matmul`` hands each one to BLAS, whose threads fight the grid's own threads over
the cores (measured: 5–15× slower with OpenBLAS on two threads); ``cell_products`` computes
them in plain loops. ``combine`` forms center + a·δ + b·η for a batch of cells in one pass
where numpy would make four, with a temporary array each. Both run without the GIL, so the
grid's threads run them side by side.
"""

from numba import njit

from engine.backends.kernels.shared import JIT


@njit(**JIT)
def cell_products(h, kernels_t, out, zero):
    """out[c] = h[c] @ kernels_t[c]ᵀ for every cell c.

    ``h``: (cells, samples, n_in) activations; ``kernels_t``: (cells, n_out, n_in), each cell's
    kernel transposed so the sums run over contiguous memory; ``out``: (cells, samples, n_out);
    ``zero``: 0 in the arrays' dtype, so float32 sums stay float32 (and vectorize).
    """
    cells, n, n_in = h.shape
    n_out = kernels_t.shape[1]
    for c in range(cells):
        for i in range(n):
            for j in range(n_out):
                total = zero
                for q in range(n_in):
                    total += h[c, i, q] * kernels_t[c, j, q]
                out[c, i, j] = total


@njit(**JIT)
def combine(center, d1, d2, a, b, out):
    """out[c] = center + a[c]·d1 + b[c]·d2 for every cell c, in one pass over memory.

    ``center``, ``d1``, ``d2``: flat arrays of one length; ``out``: (cells, that length). Used
    for each cell's pre-activations of a Dense layer fed by the data, and for each cell's
    weights.
    """
    for c in range(out.shape[0]):
        ac, bc = a[c], b[c]
        for i in range(center.shape[0]):
            out[c, i] = center[i] + ac * d1[i] + bc * d2[i]
