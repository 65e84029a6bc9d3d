"""Capping the BLAS thread pools while the engine trains.

Matrix products go through OpenBLAS twice over: numpy's copy (the reference backend) and
scipy's copy, which the numba kernels call. Each keeps its own pool of threads, sized to the
machine. On a 2-core laptop two BLAS threads are fastest only while nothing else runs: as soon
as the GUI thread draws on the other core, every product waits for its slower half, and
training collapses (shared/BENCHMARKS.md measured one thread faster than two on *mnist* then).
So a trainer can cap both pools to ``n`` threads around each chunk it trains
(``Trainer(blas_threads=1)``), through threadpoolctl, which finds every BLAS loaded in the
process. The pools are process-wide: the cap holds for every thread while it lasts.
"""

import contextlib
import threading
from collections.abc import Iterator

from engine.errors import ConfigError
from engine.messages import QT_TRANSLATE_NOOP, Message

_controller = None
_controller_lock = threading.Lock()


def check_threads(threads: object) -> int | None:
    """``threads`` if it is None or a whole number ≥ 1, else a ConfigError naming it."""
    if threads is None:
        return None
    if isinstance(threads, bool) or not isinstance(threads, int) or threads < 1:
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("model", "blas_threads must be a whole number ≥ 1 (or None), got {value}"),
                context="model",
                value=repr(threads),
            )
        )
    return threads


def _get_controller():
    """threadpoolctl's view of the loaded thread pools, found once (finding them walks every
    loaded library, which costs milliseconds)."""
    global _controller
    with _controller_lock:
        if _controller is None:
            # Load scipy's BLAS now (the numba kernels load it on their first product): a pool
            # loaded after this point would not be found, and not capped.
            import scipy.linalg.cython_blas  # noqa: F401
            from threadpoolctl import ThreadpoolController

            _controller = ThreadpoolController()
        return _controller


def pools() -> list[dict]:
    """Each BLAS pool: its library (``internal_api``, ``filepath``) and ``num_threads`` now."""
    return [info for info in _get_controller().info() if info.get("user_api") == "blas"]


@contextlib.contextmanager
def limited(threads: int | None) -> Iterator[None]:
    """Every BLAS pool capped to ``threads`` inside the block, as it was after (None: no change)."""
    if threads is None:
        yield
        return
    with _get_controller().limit(limits=threads, user_api="blas"):
        yield
