"""Loss landscapes: surfaces, training paths across them, and the curvature at a point.

    from engine import landscape
    surf = landscape.random_plane(model, x, y, resolution=101, span=1.0, seed=0)
    surf.alphas, surf.betas, surf.loss          # loss[i, j] at (alphas[i], betas[j])
    plane = landscape.trajectory_plane(model, snapshots, x, y, resolution=51)
    plane.path, plane.explained_variance

Surfaces are computed in ``grid`` (cells in batches through numpy, one thread per core; a
backend's ``loss`` cell by cell for a layer it does not know), planes are chosen in
``surfaces``, and the Hessian's eigenvalues at a point in ``critical``. The one numba kernel is
compiled on the first surface (or by ``warm_up``), not on import.
"""

from engine.backends import jit  # noqa: F401  (sets NUMBA_CACHE_DIR before numba is imported)
from engine.landscape.critical import (
    Curvature,
    analyze,
    classify,
    curvature,
    escape_saddle,
    escape_step,
    hessian,
    hessian_from_gradient,
    hessian_vector_product,
)
from engine.landscape.grid import Grid, Layout, evaluate, warm_up
from engine.landscape.surfaces import (
    LiveLandscape,
    Param,
    ParameterTrace,
    Profile,
    Snapshots,
    Surface,
    filter_normalized_direction,
    interpolate,
    least_squares_line,
    line_model,
    parameter_plane,
    random_plane,
    trajectory_plane,
)

__all__ = [
    "Curvature",
    "Grid",
    "Layout",
    "LiveLandscape",
    "Param",
    "ParameterTrace",
    "Profile",
    "Snapshots",
    "Surface",
    "analyze",
    "classify",
    "curvature",
    "escape_saddle",
    "escape_step",
    "evaluate",
    "filter_normalized_direction",
    "hessian",
    "hessian_from_gradient",
    "hessian_vector_product",
    "interpolate",
    "least_squares_line",
    "line_model",
    "parameter_plane",
    "random_plane",
    "trajectory_plane",
    "warm_up",
]
