"""Backends run a :class:`engine.network.Network`: forward pass, loss, and gradients.

``reference`` is plain numpy written to be read (and the oracle every other backend is
tested against). ``cpu`` runs the same math as numba kernels; it is imported on first use, so
the reference backend starts at once while numba loads and compiles.
"""

from typing import Any

from engine.backends import jit  # noqa: F401  (sets NUMBA_CACHE_DIR before numba is imported)
from engine.backends.reference import ReferenceBackend
from engine.errors import ConfigError


def _cpu() -> Any:
    from engine.backends.cpu import CPUBackend

    return CPUBackend()


_BACKENDS: dict[str, Any] = {"reference": ReferenceBackend, "cpu": _cpu}


def get(name: str) -> Any:
    """A backend by name (an object with predict, loss and loss_and_gradients)."""
    try:
        factory = _BACKENDS[name]
    except KeyError:
        raise ConfigError(f"unknown backend {name!r}; choose one of: {', '.join(_BACKENDS)}") from None
    return factory()


def names() -> list[str]:
    return list(_BACKENDS)
