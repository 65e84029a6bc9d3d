"""Writing generated Python files: every value enters the source through one of these helpers.

The PyTorch and Keras exporters build source text line by line. Nothing from the project is
pasted in as it is: names pass :func:`ident` (a safe identifier made by ``names.Namer``),
numbers pass :func:`number` (a finite float literal), sizes pass :func:`shape`, and the one
kind of free text kept — class names — passes :func:`text`, which writes an escaped ASCII
string literal. Weights go into a ``.npz`` file beside the code, never into the code.
"""

import io
import math
from collections.abc import Iterable

import numpy as np

from engine.export.names import is_safe_identifier

#: The comment above ``CLASS_NAMES`` in generated files.
CLASS_NAMES_COMMENT = [
    "#: The classes of the training data, in order: output column i is class i (a single",
    "#: sigmoid column is the probability of the last class).",
]


def ident(name: str) -> str:
    """``name`` if it is a safe identifier (made by the Namer); anything else is a bug."""
    if not is_safe_identifier(name):
        raise AssertionError(f"refusing to write {name!r} into generated code")
    return name


def number(value: float) -> str:
    """A float literal that reads back as exactly ``value``."""
    value = float(value)
    if not math.isfinite(value):
        raise AssertionError(f"refusing to write the non-finite number {value} into generated code")
    return repr(value)


def shape(dims: Iterable[int]) -> str:
    """A tuple literal of sizes: ``(8, 8)``, ``(2,)``."""
    sizes = [str(int(d)) for d in dims]
    return f"({sizes[0]},)" if len(sizes) == 1 else f"({', '.join(sizes)})"


def text(value: str) -> str:
    """An ASCII string literal for ``value``: quotes, backslashes, newlines and non-ASCII escaped."""
    return ascii(str(value))


def names_tuple(values: Iterable[str]) -> str:
    items = [text(v) for v in values]
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def npz_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    """A ``.npz`` file of plain arrays (readable with ``allow_pickle=False``)."""
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


def call(opening: str, args: list[str], closing: str, width: int = 92) -> list[str]:
    """``opening`` + the arguments + ``closing`` on one line, or one argument a line if too long."""
    line = f"{opening}{', '.join(args)}{closing}"
    if len(line) <= width:
        return [line]
    return [opening, *(f"    {arg}," for arg in args), closing]


def wrap(words: str, width: int = 92) -> list[str]:
    """``words`` broken into lines of at most ``width`` characters (for docstrings)."""
    lines: list[str] = []
    for word in words.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines
