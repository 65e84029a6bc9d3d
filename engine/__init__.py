"""LayerLab's engine: the whole science, in numpy and numba. It never imports Qt or the GUI.

The public, Keras-shaped API::

    from engine import Sequential, layers, optimizers, load_model
"""

from engine.api import (
    LayerGraph,
    Model,
    Sequential,
    activations,
    initializers,
    layers,
    load_model,
    losses,
    metrics,
    optimizers,
    regularizers,
    schedules,
)

__all__ = [
    "LayerGraph",
    "Model",
    "Sequential",
    "activations",
    "initializers",
    "layers",
    "load_model",
    "losses",
    "metrics",
    "optimizers",
    "regularizers",
    "schedules",
]
