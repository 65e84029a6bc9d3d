"""Reading samples saved with ``numpy.savez``: one array of features, one of targets.

Arrays load with ``allow_pickle=False`` (DESIGN rule 10): a file holding Python objects is
refused, never unpickled. Rows and columns in messages are array indices, counted from 0.
"""

import os
import zipfile

import numpy as np

from engine.data.dataset import TASKS, Dataset, Task
from engine.data.files import check_fits_in_memory, resolve
from engine.data.values import drop_note, encode_classes, nonfinite_error, nonfinite_rows
from engine.errors import ConfigError, DataError
from engine.messages import QT_TRANSLATE_NOOP, Message

#: Memory per byte of stored arrays while loading: the arrays themselves plus float32 copies.
NPZ_MEMORY_FACTOR = 2


def _arrays(path, x_key: str, y_key: str) -> tuple[np.ndarray, np.ndarray]:
    try:
        with zipfile.ZipFile(path) as archive:
            stored = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise DataError(f"{path}: is not a NumPy .npz file (it is not a zip archive)") from None
    check_fits_in_memory(path, stored * NPZ_MEMORY_FACTOR)
    with np.load(path, allow_pickle=False) as archive:
        for key, role in ((x_key, "features"), (y_key, "targets")):
            if key not in archive.files:
                held = ", ".join(archive.files) or "nothing"
                raise DataError(
                    f"{path}: has no array named {key!r} for the {role}; it holds: {held} "
                    '(choose the arrays with "x" and "y")'
                )
        loaded = []
        for key in (x_key, y_key):
            try:
                loaded.append(archive[key])
            except (ValueError, OSError, EOFError, zipfile.BadZipFile) as exc:
                raise DataError(f"{path}: array {key!r} cannot be read safely ({exc})") from None
    return loaded[0], loaded[1]


def read_npz(
    path: str | os.PathLike[str],
    *,
    x: str = "x",
    y: str = "y",
    task: Task = "classification",
    drop_nonfinite: bool = False,
    base_dir: str | os.PathLike[str] | None = None,
) -> Dataset:
    """Features from array ``x`` (shape (n, features...)) and targets from array ``y``.

    For classification ``y`` holds one label per sample (numbers or words) and becomes class
    indices as in CSV files; for regression it holds numbers of shape (n,) or (n, k).
    """
    if task not in TASKS:
        raise ConfigError(f"task must be one of {', '.join(TASKS)}, got {task!r}")
    for key in (x, y):
        if not isinstance(key, str):
            raise ConfigError(f"npz array names must be text, got {key!r}")
    found = resolve(path, base_dir)
    xa, ya = _arrays(found, x, y)
    if xa.dtype.kind not in "biuf" or xa.ndim == 0:
        raise DataError(
            f"{found}: array {x!r} holds {xa.dtype} values of shape {xa.shape}; features must be numbers"
        )
    if len(xa) == 0:
        raise DataError(f"{found}: array {x!r} has no rows")
    if ya.ndim == 0 or len(ya) != len(xa):
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data",
                    "{path}: array {x} has {x_rows} rows but {y} has {y_rows}; "
                    "there must be one target per sample",
                ),
                context="data",
                path=str(found),
                x=repr(x),
                x_rows=len(xa),
                y=repr(y),
                y_rows=ya.shape[0] if ya.ndim else 0,
            )
        )
    xa = xa.reshape(len(xa), -1) if xa.ndim == 1 else xa
    if task == "classification":
        if ya.ndim == 2 and ya.shape[1] == 1:
            ya = ya[:, 0]
        if ya.ndim != 1:
            raise DataError(
                f"{found}: array {y!r} has shape {ya.shape}; class labels need one value per sample"
            )
    else:
        if ya.dtype.kind not in "biuf" or ya.ndim > 2:
            raise DataError(
                f"{found}: array {y!r} holds {ya.dtype} values of shape {ya.shape}; targets must be numbers"
            )
        ya = ya.reshape(len(ya), -1)

    bad = nonfinite_rows(xa) | nonfinite_rows(ya)
    notes: tuple[str, ...] = ()
    if bad.any():
        if not drop_nonfinite:
            row = int(np.flatnonzero(bad)[0])
            name, array = (x, xa) if nonfinite_rows(xa[row : row + 1])[0] else (y, ya)
            raise nonfinite_error(str(found), name, array, row)
        notes = (drop_note(np.flatnonzero(bad).tolist()),)
        if bad.all():
            raise DataError(f"{found}: every row has a non-finite value; no samples are left")
        xa, ya = xa[~bad], ya[~bad]
    common = {
        "feature_names": tuple(f"{x}[{j}]" for j in range(xa.shape[1])) if xa.ndim == 2 else (),
        "name": found.name,
        "description": f"{len(xa)} samples of shape {xa.shape[1:]} from {found.name}.",
        "dropped": int(bad.sum()),
        "notes": notes,
    }
    if task == "regression":
        targets = (y,) if ya.shape[1] == 1 else tuple(f"{y}[{j}]" for j in range(ya.shape[1]))
        return Dataset(
            xa.astype(np.float32), ya.astype(np.float32), "regression", 0, target_names=targets, **common
        )
    labels, class_names = encode_classes(ya, str(found), f"array {y!r}", np.flatnonzero(~bad).tolist())
    return Dataset(
        xa.astype(np.float32), labels, "classification", len(class_names), class_names=class_names, **common
    )
