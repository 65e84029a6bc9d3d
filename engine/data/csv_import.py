"""Reading a table of samples from a CSV file (optionally gzipped), one row per sample.

Rows are numbered as a spreadsheet shows them (the file's line numbers, header included) and
columns from 1, so an error points at the cell to fix. Every problem is one :class:`DataError`
naming file, row and column; nothing is guessed or silently repaired.

The header is detected (a first row in which no cell is a number is a header) unless
``header`` says otherwise; the delimiter is the one of ``,`` ``;`` tab that the first line
uses most, unless given.
"""

import csv
import gzip
import io
import itertools
import os
import zlib
from array import array
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from engine.data.dataset import TASKS, Dataset, Task
from engine.data.files import check_fits_in_memory, decoded_size, open_binary, resolve
from engine.data.values import DROP_HINT, drop_note, encode_classes, is_finite32
from engine.errors import ConfigError, DataError
from engine.messages import QT_TRANSLATE_NOOP, Message, term

DELIMITERS = (",", ";", "\t")
#: Memory per byte of CSV text while reading: parsed floats (8 bytes per cell of ≥ 2 characters),
#: the float32 copy, labels and row numbers.
CSV_MEMORY_FACTOR = 8

Column = str | int


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _rows(path: Path, delimiter: str | None) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) for every non-blank row, decoding UTF-8 (with or without BOM)."""
    with open_binary(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        head: list[str] = []
        for line in text:
            head.append(line)
            if line.strip():
                break
        if delimiter is None:
            delimiter = max(DELIMITERS, key=head[-1].count) if head else ","
        reader = csv.reader(itertools.chain(head, text), delimiter=delimiter)
        for cells in reader:
            if any(c.strip() for c in cells):
                yield reader.line_num, cells


#: The roles a column plays, as sentences name them (translated under "data").
ROLES = {"label": QT_TRANSLATE_NOOP("data", "label"), "feature": QT_TRANSLATE_NOOP("data", "feature")}


def _column_index(column: Column, names: Sequence[str], has_header: bool, path: Path, role: str) -> int:
    role_text = term(ROLES.get(role, role), "data")
    if isinstance(column, bool) or not isinstance(column, str | int):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data", "the {role} column must be a column name or a number, got {column}"
                ),
                context="data",
                role=role_text,
                column=repr(column),
            )
        )
    if isinstance(column, int):
        if not -len(names) <= column < len(names):
            raise DataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "data",
                        "{path}: there is no column {column} (counting from 0) for the {role}; "
                        "the file has {count} columns",
                    ),
                    context="data",
                    path=str(path),
                    column=column,
                    role=role_text,
                    count=len(names),
                )
            )
        return column % len(names)
    if not has_header:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data",
                    "{path}: has no header row, so the {role} column {column} cannot be found by name; "
                    "give its number instead (0 is the first column, -1 the last)",
                ),
                context="data",
                path=str(path),
                role=role_text,
                column=repr(column),
            )
        )
    matches = [i for i, name in enumerate(names) if name == column.strip()]
    if not matches:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data", "{path}: no column named {column} for the {role}; the columns are: {names}"
                ),
                context="data",
                path=str(path),
                column=repr(column),
                role=role_text,
                names=", ".join(names),
            )
        )
    if len(matches) > 1:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data", "{path}: {count} columns are named {column}; give the {role} column by number"
                ),
                context="data",
                path=str(path),
                count=len(matches),
                column=repr(column),
                role=role_text,
            )
        )
    return matches[0]


def _unnamed(j: int) -> Message:
    """The name of a column the file does not name (no header, or an empty header cell)."""
    return Message(QT_TRANSLATE_NOOP("data", "column {number}"), context="data", number=j + 1)


def _check_delimiter(delimiter: object) -> None:
    if delimiter is not None and (not isinstance(delimiter, str) or len(delimiter) != 1):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "delimiter must be a single character, got {value}"),
                context="data",
                value=repr(delimiter),
            )
        )


def _describe(names: Sequence[str], j: int) -> Message:
    return Message(
        QT_TRANSLATE_NOOP("data", "column {number} ({name})"),
        context="data",
        number=j + 1,
        name=repr(names[j]),
    )


def read_csv(
    path: str | os.PathLike[str],
    *,
    label: Column = -1,
    features: Sequence[Column] | None = None,
    header: bool | None = None,
    delimiter: str | None = None,
    task: Task = "classification",
    drop_nonfinite: bool = False,
    base_dir: str | os.PathLike[str] | None = None,
) -> Dataset:
    """The samples in a CSV file: one row each, ``label`` the target column, features the rest.

    ``label`` is a column name or a 0-based index (default: the last column); ``features``
    optionally picks the feature columns (default: all others), which must be numeric. For
    classification, label words or numbers become class indices and ``class_names`` keeps what
    each index stood for; for regression the label column must be numeric. Empty cells, NaN and
    infinities are an error naming the cell, unless ``drop_nonfinite`` drops those rows (the
    Dataset's ``dropped`` and ``notes`` say how many and which).
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
    _check_delimiter(delimiter)
    found = resolve(path, base_dir)
    check_fits_in_memory(found, decoded_size(found) * CSV_MEMORY_FACTOR)
    with _readable(found):
        return _dataset(found, _read(found, label, features, header, delimiter, task, drop_nonfinite), task)


@dataclass(frozen=True)
class _Table:
    """The parsed numbers of a CSV file, before they become a Dataset."""

    x: np.ndarray
    labels: list[str] | None
    lines: array
    names: list[str]
    label_col: int | None
    feature_names: tuple[str, ...]
    dropped: list[int]


def _read(
    path: Path,
    label: Column | None,
    features: Sequence[Column] | None,
    header: bool | None,
    delimiter: str | None,
    task: Task,
    drop_nonfinite: bool,
) -> _Table:
    rows = _rows(path, delimiter)
    first = next(rows, None)
    if first is None:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP("data", "{path}: the file is empty; a data file needs one row per sample"),
                context="data",
                path=str(path),
            )
        )
    first_line, first_cells = first
    has_header = not any(_is_number(c) for c in first_cells) if header is None else header
    width = len(first_cells)
    if has_header:
        names = [c.strip() or _unnamed(j) for j, c in enumerate(first_cells)]
        shape_from = Message(QT_TRANSLATE_NOOP("data", "the header has {width}"), context="data", width=width)
    else:
        names = [_unnamed(j) for j in range(width)]
        rows = itertools.chain([first], rows)
        shape_from = Message(
            QT_TRANSLATE_NOOP("data", "row {row} has {width}"), context="data", row=first_line, width=width
        )
    label_col = None if label is None else _column_index(label, names, has_header, path, "label")
    if features is None:
        feature_cols = [j for j in range(width) if j != label_col]
    elif isinstance(features, str) or not isinstance(features, Sequence):
        raise ConfigError(
            Message(
                QT_TRANSLATE_NOOP("data", "features must be a list of column names or numbers, got {value}"),
                context="data",
                value=repr(features),
            )
        )
    else:
        feature_cols = [_column_index(f, names, has_header, path, "feature") for f in features]
        if label_col in feature_cols:
            raise ConfigError(
                Message(
                    QT_TRANSLATE_NOOP("data", "{column} cannot be both the label and a feature"),
                    context="data",
                    column=_describe(names, label_col),
                )
            )
    if not feature_cols:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP(
                    "data", "{path}: has only the label column; there are no feature columns to learn from"
                ),
                context="data",
                path=str(path),
            )
        )

    values = array("d")
    labels: list[str] = []
    lines = array("q")
    dropped: list[int] = []
    for line, cells in rows:
        if len(cells) != width:
            missing = len(cells) < width
            j = len(cells) if missing else width
            where = (
                Message(
                    QT_TRANSLATE_NOOP("data", "no value for {column}"),
                    context="data",
                    column=_describe(names, j),
                )
                if missing
                else Message(
                    QT_TRANSLATE_NOOP("data", "an extra value in column {number}"),
                    context="data",
                    number=j + 1,
                )
            )
            raise DataError(
                Message(
                    QT_TRANSLATE_NOOP("data", "{path}, row {row}: {count} values, but {expected} ({where})"),
                    context="data",
                    path=str(path),
                    row=line,
                    count=len(cells),
                    expected=shape_from,
                    where=where,
                )
            )
        try:
            row = [float(cells[j]) for j in feature_cols]
        except ValueError:
            row = []
        target = cells[label_col].strip() if label_col is not None else ""
        usable_label = label_col is None or _usable_label(target, task)
        if len(row) == len(feature_cols) and all(map(is_finite32, row)) and usable_label:
            values.extend(row)
            labels.append(target)
            lines.append(line)
            continue
        problem = _first_problem(path, line, cells, feature_cols, label_col, names, task)
        if not drop_nonfinite:
            raise problem
        dropped.append(line)

    if not lines:
        if dropped:
            raise DataError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "data", "{path}: every row has a missing or non-finite value; no samples are left"
                    ),
                    context="data",
                    path=str(path),
                )
            )
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP("data", "{path}: has a header row but no data rows"),
                context="data",
                path=str(path),
            )
        )
    x = np.frombuffer(values, dtype=np.float64).reshape(len(lines), len(feature_cols)).astype(np.float32)
    feature_names = tuple(names[j] for j in feature_cols)
    kept_labels = labels if label_col is not None else None
    return _Table(x, kept_labels, lines, names, label_col, feature_names, dropped)


def _dataset(path: Path, table: _Table, task: Task) -> Dataset:
    x, lines, names, label_col = table.x, table.lines, table.names, table.label_col
    common = {
        "feature_names": table.feature_names,
        "name": path.name,
        "description": Message(
            QT_TRANSLATE_NOOP("data", "{count} samples with {features} features from {file}."),
            context="data",
            count=len(lines),
            features=x.shape[1],
            file=path.name,
        ),
        "dropped": len(table.dropped),
        "notes": (drop_note(table.dropped),) if table.dropped else (),
    }
    if task == "regression":
        y = np.array(table.labels, dtype=np.float32).reshape(-1, 1)
        return Dataset(x, y, "regression", 0, target_names=(names[label_col],), **common)
    y, class_names = encode_classes(np.array(table.labels), str(path), _describe(names, label_col), lines)
    return Dataset(x, y, "classification", len(class_names), class_names=class_names, **common)


def read_csv_inputs(
    path: str | os.PathLike[str],
    *,
    features: Sequence[Column] | None = None,
    header: bool | None = None,
    delimiter: str | None = None,
    drop_nonfinite: bool = False,
    base_dir: str | os.PathLike[str] | None = None,
) -> tuple[np.ndarray, tuple[str, ...]]:
    """Samples without labels (every column, or ``features``), e.g. new inputs to predict on.

    Returns the float32 samples and their column names; errors name file, row and column just
    as :func:`read_csv` does.
    """
    _check_delimiter(delimiter)
    found = resolve(path, base_dir)
    check_fits_in_memory(found, decoded_size(found) * CSV_MEMORY_FACTOR)
    with _readable(found):
        table = _read(found, None, features, header, delimiter, "regression", drop_nonfinite)
    return table.x, table.feature_names


@contextmanager
def _readable(path: Path) -> Iterator[None]:
    """Low-level read failures as one DataError naming the file."""
    try:
        yield
    except UnicodeDecodeError:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP("data", "{path}: is not UTF-8 text; save it as “CSV UTF-8” and try again"),
                context="data",
                path=str(path),
            )
        ) from None
    except (gzip.BadGzipFile, EOFError, zlib.error):
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP("data", "{path}: the gzip compression is damaged or cut short"),
                context="data",
                path=str(path),
            )
        ) from None
    except csv.Error as exc:
        raise DataError(
            Message(
                QT_TRANSLATE_NOOP("data", "{path}: cannot be read as CSV ({error})"),
                context="data",
                path=str(path),
                error=str(exc),
            )
        ) from None


def _usable_label(cell: str, task: Task) -> bool:
    """A label is usable if present and, when it is a number, finite (a target must be a number)."""
    try:
        return is_finite32(float(cell))
    except ValueError:
        return task == "classification" and cell != ""


def _first_problem(
    path: Path,
    line: int,
    cells: list[str],
    feature_cols: list[int],
    label_col: int | None,
    names: list[str],
    task: Task,
) -> DataError:
    """The error for this row's first bad cell; a non-numeric feature is fatal even when dropping."""
    for j in [*feature_cols, *([] if label_col is None else [label_col])]:
        cell = cells[j].strip()
        where = Message(
            QT_TRANSLATE_NOOP("data", "{path}, row {row}, {column}"),
            context="data",
            path=str(path),
            row=line,
            column=_describe(names, j),
        )
        if cell == "":
            return DataError(
                Message(
                    QT_TRANSLATE_NOOP("data", "{where}: the value is missing; {hint}"),
                    context="data",
                    where=where,
                    hint=DROP_HINT,
                )
            )
        try:
            value = float(cell)
        except ValueError:
            if j == label_col and task == "classification":
                continue
            template = (
                QT_TRANSLATE_NOOP(
                    "data", "{where}: {cell} is not a number, and a regression target must be numbers"
                )
                if j == label_col
                else QT_TRANSLATE_NOOP(
                    "data",
                    "{where}: {cell} is not a number, and features must be numbers; "
                    "pick numeric columns with 'features', or make it the label column",
                )
            )
            raise DataError(Message(template, context="data", where=where, cell=repr(cell))) from None
        if not is_finite32(value):
            return DataError(
                Message(
                    QT_TRANSLATE_NOOP("data", "{where}: {cell} is not a finite 32-bit number; {hint}"),
                    context="data",
                    where=where,
                    cell=repr(cell),
                    hint=DROP_HINT,
                )
            )
    raise AssertionError(f"row {line} was rejected without a reason")
