"""Undo-stack wrappers: every edit the user makes is an engine command inside a QUndoCommand.

The engine's commands already know how to do and undo themselves; these wrappers only give
them a place on Qt's undo stack, so Ctrl+Z, the Edit menu and the dirty marker all come from
one ``QUndoStack``.
"""

import copy
from typing import Any

from PySide6.QtGui import QUndoCommand

from engine.graph import Command, LayerGraph
from engine.project import Project


class GraphCommand(QUndoCommand):
    """An engine graph command that has already been carried out once.

    The document runs the command itself first, so an edit the engine refuses (a duplicate
    name, say) never reaches the stack; the stack's own first ``redo`` is therefore skipped.
    """

    def __init__(self, graph: LayerGraph, command: Command, text: str) -> None:
        super().__init__(text)
        self._graph = graph
        self._command = command
        self._skip_redo = True

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._command.do(self._graph)

    def undo(self) -> None:
        self._command.undo(self._graph)


class ProjectSettingsCommand(QUndoCommand):
    """Replace top-level project settings (data set, split, training, seed) undoably.

    The data and training panels edit these; going through the undo stack gives them undo and
    the dirty marker for free. ``on_change`` is called after every do and undo.
    """

    #: ``id()`` of commands that may merge (Qt merges only commands with equal ids ≠ -1).
    MERGE_ID = 0x5E7

    def __init__(
        self, project: Project, changes: dict[str, Any], text: str, on_change, merge_key: str | None = None
    ) -> None:
        super().__init__(text)
        self._project = project
        self._new = copy.deepcopy(changes)
        self._old = {key: copy.deepcopy(getattr(project, key)) for key in changes}
        self._on_change = on_change
        self._merge_key = merge_key

    def id(self) -> int:
        """Dragging a slider makes many edits; with a ``merge_key`` they undo as one."""
        return self.MERGE_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if (
            not isinstance(other, ProjectSettingsCommand)
            or other._merge_key != self._merge_key
            or set(other._new) != set(self._new)
        ):
            return False
        self._new = other._new
        return True

    def _apply(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            setattr(self._project, key, copy.deepcopy(value))
        self._on_change(list(values))

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)
