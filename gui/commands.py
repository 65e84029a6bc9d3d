"""Undo-stack wrappers: every edit the user makes is an engine command inside a QUndoCommand.

The engine's commands already know how to do and undo themselves; these wrappers only give
them a place on Qt's undo stack, so Ctrl+Z, the Edit menu and the dirty marker all come from
one ``QUndoStack``.

What an Undo menu calls a command is a :data:`Label`: a text, or a function that makes the
text in the interface language (``lambda: tr("Add %1").replace("%1", …)``), or an engine
:class:`~engine.messages.Message`. A function or Message is made again after a language
switch (:meth:`LabelledCommand.retranslate`), so the history speaks the new language; a plain
text is re-translated through the catalogues (:func:`gui.i18n.retranslate_text`) by the
document.
"""

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from engine import layers as layer_specs
from engine.graph import (
    AddNode,
    Command,
    Connect,
    Disconnect,
    LayerGraph,
    Move,
    RemoveNode,
    Rename,
    SetConfig,
)
from engine.messages import Message
from engine.project import Project
from gui.engine_texts import engine_text
from gui.field_editors import humanize
from gui.i18n import translated

#: An undo step's name: its text, or a function making it in the interface language.
Label = str | Callable[[], str]


def tr(text: str) -> str:
    # Named tr (not _tr) so pyside6-lupdate extracts the texts passed to it.
    return QCoreApplication.translate("commands", text)


def label_text(label: Label) -> str:
    """The text ``label`` shows now (an engine Message in the interface language)."""
    return label() if callable(label) else translated(label)


def command_label(command: Command) -> Label:
    """What the Undo menu calls an engine command no one gave a name (the engine's own
    ``command.text`` is an English note, "add Dense")."""
    if isinstance(command, AddNode):
        spec = layer_specs.LAYERS.get(command.type)
        return lambda: tr("Add %1").replace("%1", engine_text(spec.label))
    if isinstance(command, SetConfig):
        names = list(command.changes)
        return lambda: tr("Change %1").replace("%1", tr(", ").join(humanize(n) for n in names))
    fixed = {
        RemoveNode: lambda: tr("Delete layer"),
        Connect: lambda: tr("Connect"),
        Disconnect: lambda: tr("Disconnect"),
        Rename: lambda: tr("Rename"),
        Move: lambda: tr("Move"),
    }
    for kind, label in fixed.items():
        if isinstance(command, kind):
            return label
    return lambda: tr("Edit")


class LabelledCommand(QUndoCommand):
    """An undo step whose text follows the interface language when its label is a function."""

    def __init__(self, label: Label) -> None:
        super().__init__(label_text(label))
        self.label = label

    def retranslate(self) -> bool:
        """Make the text again in the interface language; False when the label is a plain text
        (the caller re-translates that through the catalogues)."""
        if not (callable(self.label) or isinstance(self.label, Message)):
            return False
        self.setText(label_text(self.label))
        return True


class GraphCommand(LabelledCommand):
    """An engine graph command that has already been carried out once.

    The document runs the command itself first, so an edit the engine refuses (a duplicate
    name, say) never reaches the stack; the stack's own first ``redo`` is therefore skipped.
    """

    def __init__(self, graph: LayerGraph, command: Command, text: Label | None = None) -> None:
        super().__init__(command_label(command) if text is None else text)
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


class ProjectSettingsCommand(LabelledCommand):
    """Replace top-level project settings (data set, split, training, seed) undoably.

    The data and training panels edit these; going through the undo stack gives them undo and
    the dirty marker for free. ``on_change`` is called after every do and undo.
    """

    #: ``id()`` of commands that may merge (Qt merges only commands with equal ids ≠ -1).
    MERGE_ID = 0x5E7

    def __init__(
        self, project: Project, changes: dict[str, Any], text: Label, on_change, merge_key: str | None = None
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
