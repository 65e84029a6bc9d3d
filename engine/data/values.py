"""Turning raw values from a file into training arrays: labels to class indices, bad rows found.

Shared by every importer, so a word label, a missing value or an infinity is treated — and
reported — the same way whether it came from a CSV, an ``.npz`` or an IDX file.
"""

import contextlib
from collections.abc import Sequence

import numpy as np

from engine.errors import DataError
from engine.messages import QT_TRANSLATE_NOOP, Message

FLOAT32_MAX = float(np.finfo(np.float32).max)
DROP_HINT = Message(
    QT_TRANSLATE_NOOP("data", "fix or remove the row, or load with drop_nonfinite=True to drop such rows"),
    context="data",
)


def is_finite32(value: float) -> bool:
    """True for a number that stays finite as float32 (the training dtype)."""
    return abs(value) <= FLOAT32_MAX  # False for NaN too


def encode_classes(
    values: np.ndarray, file: str, column: str, rows: Sequence[int]
) -> tuple[np.ndarray, tuple[str, ...]]:
    """Class indices 0..k−1 and the name each index stands for.

    Numbers (``3``, ``"3"``, ``3.0``) are classes in numeric order, so digit labels map to
    themselves; words are classes in alphabetical order, so the mapping does not depend on row
    order. ``file`` and ``column`` (may be empty) say where the labels are, ``rows`` how the user
    numbers each value.
    """
    where = Message(QT_TRANSLATE_NOOP("data", "{file}, {column}"), context="data", file=file, column=column)
    place = where if column else file
    if values.dtype.kind in "US":
        with contextlib.suppress(ValueError):  # words stay words
            values = values.astype(np.float64)
    if values.dtype.kind not in "biufUS":
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP("data", "{where}: values of type {dtype} cannot be class labels"),
                context="data",
                where=place,
                dtype=str(values.dtype),
            )
        )
    if values.dtype.kind == "f":
        fractional = np.flatnonzero(values != np.round(values))
        if fractional.size:
            i = fractional[0]
            cell = (
                Message(
                    QT_TRANSLATE_NOOP("data", "{path}, row {row}, {column}"),
                    context="data",
                    path=file,
                    row=rows[i],
                    column=column,
                )
                if column
                else Message(
                    QT_TRANSLATE_NOOP("data", "{path}, row {row}"), context="data", path=file, row=rows[i]
                )
            )
            raise DataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "data",
                        "{where}: label {label} is not a whole number; class labels are words or whole "
                        'numbers (for a numeric target to predict, load with task "regression")',
                    ),
                    context="data",
                    where=cell,
                    label=f"{values[i]:g}",
                )
            )
        values = values.astype(np.int64)
    names, y = np.unique(values, return_inverse=True)
    if len(names) < 2:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data",
                    "{where}: every row has the same label {label}; a classifier needs at least two classes",
                ),
                context="data",
                where=place,
                label=repr(str(names[0])),
            )
        )
    return y.reshape(-1).astype(np.int64), tuple(str(v) for v in names)


def nonfinite_rows(a: np.ndarray) -> np.ndarray:
    """Which rows hold NaN, ±Inf, or a value too large for float32."""
    flat = a.reshape(len(a), -1)
    if flat.dtype.kind not in "f":
        return np.zeros(len(a), dtype=bool)
    return ~(np.abs(flat) <= FLOAT32_MAX).all(axis=1)


def nonfinite_error(where: str, array_name: str, a: np.ndarray, row: int) -> DataError:
    """The error for the first bad value in ``a[row]``, naming its row, column and value."""
    flat = a[row].reshape(-1)
    col = int(np.flatnonzero(~(np.abs(flat) <= FLOAT32_MAX))[0])
    index = ", ".join(str(i) for i in (row, *np.unravel_index(col, a.shape[1:])))
    return DataError(
        Message(
            QT_TRANSLATE_NOOP(
                "data",
                "{where}, row {row}, column {col}: {name}[{index}] is {value}, "
                "not a finite 32-bit number; {hint}",
            ),
            context="data",
            where=where,
            row=row,
            col=col,
            name=array_name,
            index=index,
            value=f"{flat[col]:g}",
            hint=DROP_HINT,
        )
    )


def drop_note(rows: Sequence[int]) -> Message:
    """The sentence telling the user which rows ``drop_nonfinite`` removed."""
    shown = ", ".join(str(r) for r in rows[:10]) + (", …" if len(rows) > 10 else "")
    if len(rows) == 1:
        template = QT_TRANSLATE_NOOP(
            "data", "Dropped {count} row with missing or non-finite values (row {rows})."
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "data", "Dropped {count} rows with missing or non-finite values (rows {rows})."
        )
    return Message(template, context="data", count=len(rows), rows=shown)
