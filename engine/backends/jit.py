"""Numba's process-wide settings, fixed before numba is first imported.

- ``NUMBA_CACHE_DIR``: compiled kernels are cached in a per-user directory (platformdirs), so a
  read-only install — and later the packaged app — still caches, and the second launch starts
  from the cache. The directory name carries a hash of the engine's formula and kernel sources:
  numba only notices edits to a kernel's own file, not to the shared formulas it compiles in
  (engine/activations.py, engine/losses.py, engine/optimizers.py), so a changed formula gets a
  fresh cache.
- ``NUMBA_THREADING_LAYER=workqueue``: numba's own pool, always available, and unlike the OpenMP
  layer it cannot abort the process when a parallel region is launched from a thread other than
  the main one (our engine worker thread). It does not support concurrent launches from several
  threads; DESIGN.md rule 7 already allows only the engine worker to launch parallel regions.

A value already set in the environment wins (a user or test may point the cache elsewhere).
"""

import contextlib
import hashlib
import logging
import os
from pathlib import Path

log = logging.getLogger("engine.jit")

THREADING_LAYER = "workqueue"

_ENGINE = Path(__file__).resolve().parents[1]


def _sources_digest() -> str:
    formulas = [_ENGINE / name for name in ("activations.py", "losses.py", "optimizers.py")]
    # The kernels only: editing the Python around them (cpu.py, compiled.py) keeps the cache.
    files = [*formulas, *sorted((_ENGINE / "backends" / "kernels").rglob("*.py"))]
    h = hashlib.sha1()
    for f in files:
        with contextlib.suppress(OSError):  # a frozen app may ship without some sources
            h.update(f.read_bytes())
    return h.hexdigest()[:12]


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("layerlab", appauthor=False)) / "numba" / _sources_digest()


def configure() -> None:
    """Set numba's environment (idempotent); call before ``import numba``."""
    if "NUMBA_CACHE_DIR" not in os.environ:
        os.environ["NUMBA_CACHE_DIR"] = str(cache_dir())
    os.environ.setdefault("NUMBA_THREADING_LAYER", THREADING_LAYER)


def describe() -> str:
    """One line for logs and the UI: where the cache is and which threading layer is chosen."""
    return (
        f"numba cache: {os.environ.get('NUMBA_CACHE_DIR')}; "
        f"threading layer: {os.environ.get('NUMBA_THREADING_LAYER')}"
    )


configure()
