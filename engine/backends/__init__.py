"""Backends run a :class:`engine.network.Network`: forward pass, loss, and gradients.

``reference`` is plain numpy written to be read (and the oracle every other backend is
tested against). ``cpu`` runs the same math as numba kernels; it is imported on first use, so
the reference backend starts at once while numba loads and compiles. ``warm_up`` does that
loading and compiling in the background, so a trainer can start on the reference backend and
switch to ``cpu`` between steps once it is ready.
"""

import concurrent.futures
import logging
import threading
import time
from typing import Any

from engine.backends import jit  # sets NUMBA_CACHE_DIR before numba is imported
from engine.backends.reference import ReferenceBackend
from engine.errors import ConfigError
from engine.messages import QT_TRANSLATE_NOOP, Message


def _cpu() -> Any:
    from engine.backends.cpu import CPUBackend

    return CPUBackend()


def _cuda() -> Any:
    from engine.backends.cuda import CUDABackend

    return CUDABackend()


_BACKENDS: dict[str, Any] = {"reference": ReferenceBackend, "cpu": _cpu, "cuda": _cuda}


def get(name: str) -> Any:
    """A backend by name (an object with predict, loss and loss_and_gradients)."""
    try:
        factory = _BACKENDS[name]
    except KeyError:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("model", "unknown backend {name}; choose one of: {choices}"),
                context="model",
                name=repr(name),
                choices=", ".join(_BACKENDS),
            )
        ) from None
    return factory()


def names() -> list[str]:
    return list(_BACKENDS)


def cuda_line() -> str:
    """One line for ``layerlab info`` and logs: whether the optional CUDA backend can run, and why."""
    from engine.backends.cuda import cuda_status

    return cuda_status().line()


def auto_choice(net: Any, batch_size: int) -> tuple[str, str]:
    """What ``backend="auto"`` trains on once the JIT is ready: ``("cuda" | "cpu", why)``. CUDA
    only where it is usable and the network is large enough to gain (engine/backends/cuda.py)."""
    try:
        from engine.backends.cuda import auto_choice as choose

        return choose(net, batch_size)
    except Exception as error:  # the optional backend must never stop training on the CPU
        return "cpu", f"CUDA not usable: {error}"


_warm_ups: dict[str, concurrent.futures.Future] = {}
_warm_up_lock = threading.Lock()
log = logging.getLogger("engine.backends")


def warm_up(dtype: str = "float32") -> concurrent.futures.Future:
    """Make the ``cpu`` backend ready for ``dtype`` in a background thread: import numba, then
    compile every kernel (about a minute with an empty cache) or load it from the cache (well
    under a second).

    Returns at once. The future's result is the seconds it took; if anything fails, the error
    is in the future (``future.exception()``), never raised in the thread, so the caller can
    stay on the reference backend and say why. Idempotent: every call for one dtype returns
    the same future.
    """
    with _warm_up_lock:
        future = _warm_ups.get(dtype)
        if future is None:
            future = _warm_ups[dtype] = concurrent.futures.Future()
            threading.Thread(
                target=_warm_up, args=(future, dtype), name=f"layerlab-jit-warm-up-{dtype}", daemon=True
            ).start()
    return future


def _warm_up(future: concurrent.futures.Future, dtype: str) -> None:
    if not future.set_running_or_notify_cancel():
        return
    started = time.perf_counter()
    try:
        from engine.backends import cpu

        cpu.warm_up(dtype)
    except Exception as error:
        log.info("JIT warm-up for %s failed: %s", dtype, error)
        future.set_exception(error)
    else:
        seconds = time.perf_counter() - started
        log.info("JIT ready for %s in %.2f s (%s)", dtype, seconds, jit.describe())
        future.set_result(seconds)
        # Then find out, still in the background, whether the optional CUDA backend can run:
        # ``auto_choice`` asks when the trainer switches, and the answer is cached by then.
        try:
            log.info("CUDA backend: %s", cuda_line())
        except Exception as error:  # optional: it must never disturb the CPU backend
            log.info("CUDA backend: not usable: %s", error)
