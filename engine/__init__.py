"""LayerLab's engine: the whole science, in numpy and numba. It never imports Qt or the GUI.

The public, Keras-shaped API (see ``engine.api``)::

    from engine import Sequential, layers, optimizers, load_model
"""

from engine import api
from engine.api import *  # noqa: F403

__all__ = api.__all__
