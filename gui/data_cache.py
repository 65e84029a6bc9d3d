"""Data sets loaded once and shared by the data panel, the training session and the plots.

Moving a split slider, ticking an input feature or pressing Reset must not regenerate or
re-read the data each time; a :class:`Dataset` is immutable, so one loaded copy per spec is
safe to share. The cache is small because a user looks at a few sets in a session.
"""

import json
import os
from collections import OrderedDict
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from engine.data import Dataset, load_dataset

#: Data sets kept in memory (the digits set is 0.5 MB; an imported file may be larger).
CACHE_SIZE = 8

_cache: OrderedDict[str, Dataset] = OrderedDict()


def _key(spec: Mapping[str, Any], base_dir: str | os.PathLike[str] | None) -> str:
    return json.dumps([dict(spec), str(Path(base_dir).resolve()) if base_dir else None], sort_keys=True)


def dataset(spec: Mapping[str, Any], base_dir: str | os.PathLike[str] | None = None) -> Dataset:
    """``load_dataset(spec, base_dir)``, from memory when the same spec was loaded before.

    An imported file is read again when it changed on disk since (its size and time are part
    of the key), so re-exporting a CSV and importing it shows the new rows.
    """
    key = _key(spec, base_dir)
    path = spec.get("path")
    if isinstance(path, str):
        full = Path(base_dir or ".") / path
        try:
            stat = full.stat()
            key += f"|{stat.st_size}|{stat.st_mtime_ns}"
        except OSError:
            pass  # load_dataset reports the missing file with its name
    found = _cache.get(key)
    if found is not None:
        _cache.move_to_end(key)
        return found
    loaded = load_dataset(spec, base_dir)
    _cache[key] = loaded
    while len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return loaded


def raw_points(spec: Mapping[str, Any], base_dir: str | os.PathLike[str] | None = None) -> Dataset:
    """The set as generated or read, before Playground's input features (x₁², sin x₁, …).

    Plots draw samples where they are, in the original (x₁, x₂) plane, whatever features the
    network is fed; the rows are the same rows, in the same order, as in ``dataset(spec)``.
    """
    return dataset({k: v for k, v in spec.items() if k != "inputs"}, base_dir)
