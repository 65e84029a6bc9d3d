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

Every edit of the kernels (and every upgrade of the app) leaves the previous source hash's
directory behind, each several megabytes. So ``configure`` removes stale ones: only directories
directly under our own per-user root whose names are source hashes, never the current one, and
none touched in the last hour (another process of another version may be using it). Each is
renamed first, then deleted: if two processes clean at once, one rename wins and the other
skips it; numba recreates a deleted directory if a still-running old process writes to it.
"""

import contextlib
import hashlib
import logging
import os
import re
import shutil
import time
import uuid
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


#: A cache directory younger than this (its newest file) is never removed.
STALE_AFTER_SECONDS = 3600.0
_DIGEST_NAME = re.compile(r"[0-9a-f]{12}")
#: A directory renamed for removal (at the time in its name): another process is removing it, or
#: its removal was cut short when the process ended (then it is finished later).
_LEFTOVER_NAME = re.compile(r"[0-9a-f]{12}\.removing-([0-9]+)-[0-9a-f]{8}")


def cache_root() -> Path:
    """The per-user directory that holds one numba cache per source hash."""
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("layerlab", appauthor=False)) / "numba"


def cache_dir() -> Path:
    return cache_root() / _sources_digest()


def _newest_mtime(path: Path) -> float:
    newest = path.lstat().st_mtime
    for folder, _, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):  # a file another process is replacing
                newest = max(newest, os.lstat(os.path.join(folder, name)).st_mtime)
    return newest


def remove_stale_caches(
    root: Path | None = None, keep: str | None = None, min_age: float = STALE_AFTER_SECONDS
) -> list[Path]:
    """Delete the cache directories under ``root`` (default: :func:`cache_root`) other than
    ``keep`` (default: the current source hash) whose newest file is older than ``min_age``
    seconds. Only real directories named like a source hash are touched, nothing outside
    ``root`` (no symbolic links are followed). Returns what was removed; a directory that cannot
    be removed is skipped, not an error: a cache that cannot be cleaned must not stop the app."""
    root = cache_root() if root is None else root
    keep = _sources_digest() if keep is None else keep
    removed: list[Path] = []
    try:
        entries = list(root.iterdir())
    except OSError:
        return removed  # no cache yet
    now = time.time()
    for entry in entries:
        leftover = _LEFTOVER_NAME.fullmatch(entry.name)
        if entry.name == keep or not (leftover or _DIGEST_NAME.fullmatch(entry.name)):
            continue
        if leftover and now - int(leftover.group(1)) < min_age:
            continue  # being removed right now, by another process or thread
        try:
            if entry.is_symlink() or not entry.is_dir():
                continue
            if leftover:
                doomed = entry
            else:
                if now - _newest_mtime(entry) < min_age:
                    continue
                doomed = entry.with_name(f"{entry.name}.removing-{int(now)}-{uuid.uuid4().hex[:8]}")
                entry.rename(doomed)  # atomic: a second process cleaning at once fails here, skips it
        except OSError:
            continue
        shutil.rmtree(doomed, ignore_errors=True)
        removed.append(entry)
    if removed:
        log.info("removed %d stale numba cache directories from %s", len(removed), root)
    return removed


def configure() -> None:
    """Set numba's environment (idempotent); call before ``import numba``. With our own cache
    directory (not one set in the environment), also remove the stale ones beside it."""
    if "NUMBA_CACHE_DIR" not in os.environ:
        os.environ["NUMBA_CACHE_DIR"] = str(cache_dir())
        global _cleaned
        if not _cleaned:
            _cleaned = True
            # In line, not on a thread: usually there is nothing to remove and listing the root
            # takes a millisecond; after an upgrade the one clean-up takes a fraction of a second.
            _clean_quietly()
    os.environ.setdefault("NUMBA_THREADING_LAYER", THREADING_LAYER)


_cleaned = False


def _clean_quietly() -> None:
    try:
        remove_stale_caches()
    except Exception as error:  # never let housekeeping disturb the engine
        log.warning("could not clean old numba caches: %s", error)


def describe() -> str:
    """One line for logs and the UI: where the cache is and which threading layer is chosen."""
    return (
        f"numba cache: {os.environ.get('NUMBA_CACHE_DIR')}; "
        f"threading layer: {os.environ.get('NUMBA_THREADING_LAYER')}"
    )


configure()
