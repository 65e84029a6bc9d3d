"""Backends run a :class:`engine.network.Network`: forward pass, loss, and gradients.

``reference`` is plain numpy written to be read (and the oracle every other backend is
tested against).
"""

from engine.backends.reference import ReferenceBackend
from engine.errors import ConfigError

_BACKENDS = {"reference": ReferenceBackend}


def get(name: str) -> ReferenceBackend:
    """A backend by name."""
    try:
        return _BACKENDS[name]()
    except KeyError:
        raise ConfigError(f"unknown backend {name!r}; choose one of: {', '.join(_BACKENDS)}") from None


def names() -> list[str]:
    return list(_BACKENDS)
