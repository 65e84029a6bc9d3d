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
from engine.messages import QT_TRANSLATE_NOOP, Message, term

#: Memory per byte of stored arrays while loading: the arrays themselves plus float32 copies.
NPZ_MEMORY_FACTOR = 2
#: The roles of the two arrays, as sentences name them (translated under "data").
ROLES = {"features": QT_TRANSLATE_NOOP("data", "features"), "targets": QT_TRANSLATE_NOOP("data", "targets")}


def _arrays(path, x_key: str, y_key: str) -> tuple[np.ndarray, np.ndarray]:
    try:
        with zipfile.ZipFile(path) as archive:
            stored = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP("data", "{path}: is not a NumPy .npz file (it is not a zip archive)"),
                context="data",
                path=str(path),
            )
        ) from None
    check_fits_in_memory(path, stored * NPZ_MEMORY_FACTOR)
    with np.load(path, allow_pickle=False) as archive:
        for key, role in ((x_key, "features"), (y_key, "targets")):
            if key not in archive.files:
                held = ", ".join(archive.files) or term(QT_TRANSLATE_NOOP("data", "nothing"), "data")
                raise DataError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "data",
                            "{path}: has no array named {name} for the {role}; it holds: {held} "
                            '(choose the arrays with "x" and "y")',
                        ),
                        context="data",
                        path=str(path),
                        name=repr(key),
                        role=term(ROLES[role], "data"),
                        held=held,
                    )
                )
        loaded = []
        for key in (x_key, y_key):
            try:
                loaded.append(archive[key])
            except (ValueError, OSError, EOFError, zipfile.BadZipFile) as exc:
                raise DataError(
                    Message(
                        QT_TRANSLATE_NOOP("data", "{path}: array {name} cannot be read safely ({error})"),
                        context="data",
                        path=str(path),
                        name=repr(key),
                        error=str(exc),
                    )
                ) from None
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
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "task must be one of {tasks}, got {task}"),
                context="data",
                tasks=", ".join(TASKS),
                task=repr(task),
            )
        )
    for key in (x, y):
        if not isinstance(key, str):
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("data", "npz array names must be text, got {value}"),
                    context="data",
                    value=repr(key),
                )
            )
    found = resolve(path, base_dir)
    xa, ya = _arrays(found, x, y)
    if xa.dtype.kind not in "biuf" or xa.ndim == 0:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data",
                    "{path}: array {name} holds {dtype} values of shape {shape}; features must be numbers",
                ),
                context="data",
                path=str(found),
                name=repr(x),
                dtype=str(xa.dtype),
                shape=str(xa.shape),
            )
        )
    if len(xa) == 0:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP("data", "{path}: array {name} has no rows"),
                context="data",
                path=str(found),
                name=repr(x),
            )
        )
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
                Message(
                    QT_TRANSLATE_NOOP(
                        "data",
                        "{path}: array {name} has shape {shape}; class labels need one value per sample",
                    ),
                    context="data",
                    path=str(found),
                    name=repr(y),
                    shape=str(ya.shape),
                )
            )
    else:
        if ya.dtype.kind not in "biuf" or ya.ndim > 2:
            raise DataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "data",
                        "{path}: array {name} holds {dtype} values of shape {shape}; targets must be numbers",
                    ),
                    context="data",
                    path=str(found),
                    name=repr(y),
                    dtype=str(ya.dtype),
                    shape=str(ya.shape),
                )
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
            raise DataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "data", "{path}: every row has a non-finite value; no samples are left"
                    ),
                    context="data",
                    path=str(found),
                )
            )
        xa, ya = xa[~bad], ya[~bad]
    common = {
        "feature_names": tuple(f"{x}[{j}]" for j in range(xa.shape[1])) if xa.ndim == 2 else (),
        "name": found.name,
        "description": Message(
            QT_TRANSLATE_NOOP("data", "{count} samples of shape {shape} from {file}."),
            context="data",
            count=len(xa),
            shape=str(xa.shape[1:]),
            file=found.name,
        ),
        "dropped": int(bad.sum()),
        "notes": notes,
    }
    if task == "regression":
        targets = (y,) if ya.shape[1] == 1 else tuple(f"{y}[{j}]" for j in range(ya.shape[1]))
        return Dataset(
            xa.astype(np.float32), ya.astype(np.float32), "regression", 0, target_names=targets, **common
        )
    column = Message(QT_TRANSLATE_NOOP("data", "array {name}"), context="data", name=repr(y))
    labels, class_names = encode_classes(ya, str(found), column, np.flatnonzero(~bad).tolist())
    return Dataset(
        xa.astype(np.float32), labels, "classification", len(class_names), class_names=class_names, **common
    )
