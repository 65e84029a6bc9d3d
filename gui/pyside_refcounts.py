"""Keep PySide6 6.12 from freeing None on Python 3.11.

PySide6 6.12's generated bindings return ``None`` from every void method (``setText``,
``drawLine``, ``setPen`` …) without taking a reference to it. On Python ≥ 3.12 ``None`` is
immortal and nothing happens; on 3.11 each call lowers its reference count by one, and after a
few thousand calls — a live plot redraws its axes with many of them, thirty times a second — the
count reaches zero and the interpreter aborts with "Fatal Python error: none_dealloc"
(reproduced with PySide6 alone: ``QPainter.drawRect`` in a loop). Python 3.12 solved this by
giving such singletons a count that never runs out; this does the same for 3.11. The bool
singletons get the same protection: a run of the window also died once with "bool_dealloc".

Remove this module once the project requires Python ≥ 3.12 or a PySide6 without the bug.
"""

import ctypes
import sys

#: Added to each singleton's reference count: far more calls than a session can make.
MARGIN = 1 << 48


def protect_singletons() -> None:
    """Make None, True and False effectively immortal (once; a no-op on Python ≥ 3.12)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += MARGIN
    _done = True


_done = False
