"""The open project as the GUI sees it: the engine objects, the undo stack and Qt signals.

Every view (canvas, inspector, problems, and later the data, training and plot panels) reads
the engine's ``Project`` and ``LayerGraph`` through one ``GraphDocument`` and edits them only
through :meth:`GraphDocument.execute`, so each change is an undoable command and each view
hears about it from the graph's own events, forwarded here as signals.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from engine.errors import LayerLabError, ShapeError
from engine.graph import Analysis, Command, GraphEvent, LayerGraph, Problem
from engine.layers import Shape
from engine.messages import Message, reason
from engine.project import Project
from gui import i18n
from gui.commands import GraphCommand, Label, LabelledCommand, ProjectSettingsCommand, label_text
from gui.i18n import problem_text, translated


@dataclass
class NodeInfo:
    """What a view shows about one node besides its configuration."""

    shape: Shape | None = None
    params: int | None = None
    problems: list[Problem] = field(default_factory=list)


class GraphDocument(QObject):
    """Owner of the project being edited; the single place edits go through."""

    node_added = Signal(str)
    node_removed = Signal(str)
    #: Configuration or name of a node changed.
    node_changed = Signal(str)
    node_moved = Signal(str)
    edge_added = Signal(str, str)
    edge_removed = Signal(str, str)
    #: Shapes, parameter counts and problems were recomputed (after every edit).
    analysis_changed = Signal()
    #: ``(has_errors, reason)``: whether the graph can train and, if not, why (for Train).
    errors_changed = Signal(bool, str)
    #: Node ids now selected, in selection order.
    selection_changed = Signal(list)
    #: A different project was loaded: views rebuild everything.
    project_replaced = Signal()
    #: Names of project settings (``dataset``, ``training``, …) that changed.
    settings_changed = Signal(list)
    dirty_changed = Signal(bool)
    #: The undo history's texts were made anew in the interface language (after a switch).
    history_retranslated = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._project = Project(LayerGraph())
        self._num_classes: int | None = None
        self._selection: list[str] = []
        self._forced_dirty = False
        self._was_dirty = False
        self._errors: tuple[bool, str] = (False, "")
        #: The language the undo history's texts are in.
        self._history_language = i18n.current_language()
        self._macro_depth = 0
        self._analysis = self._project.graph.analyze()
        self._info: dict[str, NodeInfo] = {}
        self._project.graph.events.connect(self._on_graph_event)
        self.undo_stack.indexChanged.connect(self._after_edit)
        self.undo_stack.cleanChanged.connect(self._emit_dirty)
        self.refresh_analysis()

    # -- the project ------------------------------------------------------------------------------
    @property
    def project(self) -> Project:
        return self._project

    @property
    def graph(self) -> LayerGraph:
        return self._project.graph

    def set_project(self, project: Project, *, dirty: bool = False) -> None:
        """Show ``project`` instead of the current one; the undo history starts afresh."""
        self._project.graph.events.disconnect(self._on_graph_event)
        self._project = project
        project.graph.events.connect(self._on_graph_event)
        self._selection = []
        self.undo_stack.clear()
        self._forced_dirty = dirty
        self.refresh_analysis()
        self.project_replaced.emit()
        self.selection_changed.emit([])
        self._emit_dirty()

    @property
    def dirty(self) -> bool:
        return self._forced_dirty or not self.undo_stack.isClean()

    def mark_clean(self) -> None:
        """The project was just saved: what is on screen is what is on disk."""
        self._forced_dirty = False
        self.undo_stack.setClean()
        self._emit_dirty()

    def _emit_dirty(self, *_: object) -> None:
        if self.dirty != self._was_dirty:
            self._was_dirty = self.dirty
            self.dirty_changed.emit(self.dirty)

    # -- editing ----------------------------------------------------------------------------------
    def execute(self, command: Command, text: Label | None = None) -> str | None:
        """Carry out an engine command and put it on the undo stack, named ``text`` (a
        :data:`gui.commands.Label`; by default a name made from the command).

        Returns None on success, or the engine's reason when it refuses the edit (nothing is
        changed then), in the interface language, for the caller to show where the user is
        looking.
        """
        try:
            command.do(self.graph)
        except LayerLabError as exc:
            return translated(reason(exc))
        self.undo_stack.push(GraphCommand(self.graph, command, text or None))
        return None

    @contextmanager
    def macro(self, text: Label) -> Iterator[None]:
        """Group the edits made inside the block into one undo step named ``text`` (a text, or
        a function making it in the interface language: see :mod:`gui.commands`)."""
        stack = self.undo_stack
        outermost = self._macro_depth == 0
        before = stack.index()
        stack.beginMacro(label_text(text))
        self._macro_depth += 1
        try:
            yield
        finally:
            self._macro_depth -= 1
            stack.endMacro()
            if outermost and stack.index() == before + 1 and (callable(text) or isinstance(text, Message)):
                # Qt makes the macro's command itself, and PySide does not keep a Python
                # attribute on it; its first child (one of ours) carries the label instead.
                macro = stack.command(before)
                first = macro.child(0) if macro is not None and macro.childCount() else None
                if isinstance(first, LabelledCommand):
                    first.macro_label = text

    def retranslate_history(self) -> None:
        """Make the undo history's texts in the interface language (after a switch), so Edit ▸
        Undo says "撤销 添加 全连接层" rather than the English it was made in. Labels that are
        functions are asked again; plain texts are re-translated through the catalogues."""
        language = i18n.current_language()
        if language == self._history_language:
            return
        old, new = i18n.catalogue(self._history_language), i18n.catalogue(language)
        self._history_language = language
        stack = self.undo_stack
        for index in range(stack.count()):
            command = stack.command(index)
            if isinstance(command, LabelledCommand) and command.retranslate():
                continue
            first = command.child(0) if command.childCount() else None
            label = getattr(first, "macro_label", None)
            if label is not None:
                command.setText(label_text(label))
            else:
                command.setText(i18n.retranslate_text(command.text(), old, new))
        self.history_retranslated.emit()

    def update_settings(self, text: Label, merge_key: str | None = None, **changes: Any) -> None:
        """Undoably replace project settings such as ``dataset=…`` or ``training=…``; ``text``
        names the step (see :meth:`macro`).

        Consecutive updates with the same ``merge_key`` (a slider being dragged) become one
        undo step.
        """
        self.undo_stack.push(
            ProjectSettingsCommand(self._project, changes, text, self._on_settings, merge_key)
        )

    def _on_settings(self, names: list[str]) -> None:
        self.settings_changed.emit(names)

    def set_num_classes(self, num_classes: int | None) -> None:
        """Tell validation how many classes the chosen data set has (the data panel knows)."""
        if num_classes != self._num_classes:
            self._num_classes = num_classes
            self.refresh_analysis()

    # -- selection ----------------------------------------------------------------------------------
    @property
    def selection(self) -> list[str]:
        return list(self._selection)

    def select(self, node_ids: list[str]) -> None:
        ids = [nid for nid in node_ids if nid in self.graph.nodes]
        if ids != self._selection:
            self._selection = ids
            self.selection_changed.emit(list(ids))

    # -- analysis -----------------------------------------------------------------------------------
    @property
    def analysis(self) -> Analysis:
        return self._analysis

    def node_info(self, node_id: str) -> NodeInfo:
        return self._info.get(node_id, NodeInfo())

    @property
    def has_errors(self) -> bool:
        return self._errors[0]

    @property
    def error_reason(self) -> str:
        """The first error in words, or an empty string when the graph can train."""
        return self._errors[1]

    def refresh_analysis(self) -> None:
        """Ask the engine again for shapes, parameter counts and problems, and announce them."""
        graph = self.graph
        self._analysis = analysis = graph.analyze(self._num_classes)
        info = {nid: NodeInfo(shape=analysis.shapes.get(nid)) for nid in graph.nodes}
        for nid, layer in analysis.layers.items():
            in_shapes = [analysis.shapes.get(s) for s in graph.inputs_of(nid)]
            if in_shapes and all(s is not None for s in in_shapes):
                try:
                    info[nid].params = layer.count_params(in_shapes)  # type: ignore[arg-type]
                except ShapeError:
                    info[nid].params = None
            elif not in_shapes and layer.max_inputs == 0:
                info[nid].params = 0
        for problem in analysis.problems:
            if problem.node_id in info:
                info[problem.node_id].problems.append(problem)
        self._info = info
        self.analysis_changed.emit()
        errors = analysis.errors
        state = (bool(errors), self._reason(errors))
        if state != self._errors:
            self._errors = state
            self.errors_changed.emit(*state)

    def _reason(self, errors: list[Problem]) -> str:
        if not errors:
            return ""
        if len(errors) == 1:
            return problem_text(errors[0])
        more = QCoreApplication.translate("GraphDocument", "(+%n more)", "", len(errors) - 1)
        return f"{problem_text(errors[0])} {more}"

    def _after_edit(self, _index: int) -> None:
        self.refresh_analysis()
        self._emit_dirty()

    def _on_graph_event(self, event: GraphEvent) -> None:
        kind = event.kind
        if kind == "node_added":
            self.node_added.emit(event.node_id)
        elif kind == "node_removed":
            if event.node_id in self._selection:
                self.select([nid for nid in self._selection if nid != event.node_id])
            self.node_removed.emit(event.node_id)
        elif kind in ("config_changed", "renamed"):
            self.node_changed.emit(event.node_id)
        elif kind == "moved":
            self.node_moved.emit(event.node_id)
        elif kind == "edge_added":
            self.edge_added.emit(event.edge.source, event.edge.target)
        elif kind == "edge_removed":
            self.edge_removed.emit(event.edge.source, event.edge.target)
