"""The public facade: what ``from engine import …`` offers, named as Keras users expect."""

from engine import (
    activations,
    initializers,
    layers,
    losses,
    metrics,
    optimizers,
    regularizers,
    schedules,
)
from engine.graph import LayerGraph
from engine.model import Model, Sequential
from engine.project import load_model

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
