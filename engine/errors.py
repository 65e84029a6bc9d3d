"""Errors a user can cause, each carrying a sentence meant for that user.

Anything derived from :class:`LayerLabError` is shown to the user as its message, never as a
traceback: the message must say what is wrong and where (file, row, field or node).
"""


class LayerLabError(Exception):
    """Base class for errors caused by user input rather than by a bug."""


class ConfigError(LayerLabError, ValueError):
    """A hyper-parameter or setting has a value that cannot work."""


class ShapeError(LayerLabError, ValueError):
    """Tensors that meet in a layer have shapes that do not fit together."""


class GraphError(LayerLabError):
    """The layer graph cannot be executed (see ``LayerGraph.validate`` for the details)."""


class ProjectFileError(LayerLabError):
    """A project or weights file is unreadable, foreign, invalid, or from a newer LayerLab."""


class DataError(LayerLabError):
    """A data file cannot be used: the message names the file and, where it can, row and column."""
