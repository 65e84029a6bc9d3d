"""The inspector: the selected layer's name and settings, each with the editor its field needs.

Edits become engine commands (undoable); values the engine rejects are kept exactly as typed
and the engine's own message is shown under the field and in the problems panel.
"""

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from engine import layers as layer_specs
from engine.errors import LayerLabError
from engine.graph import Rename, SetConfig
from engine.messages import reason
from gui.canvas.node_item import shape_text
from gui.document import GraphDocument
from gui.engine_texts import engine_text
from gui.field_editors import FieldRow, humanize
from gui.i18n import problem_text, translated
from gui.icons import layer_icon

ERROR_STYLE = "color: #c0392b;"
WARNING_STYLE = "color: #9a6a00;"
INVALID_FRAME = "QAbstractSpinBox, QLineEdit, QComboBox { border: 1px solid #d62828; border-radius: 2px; }"
MUTED_STYLE = "color: #5c6370;"


def _label(text: str = "", style: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    if style:
        label.setStyleSheet(style)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Inspector(QScrollArea):
    """Settings of the selected node (objectName ``inspector``)."""

    def __init__(self, document: GraphDocument, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document = document
        self.node_id: str | None = None
        self.rows: dict[str, FieldRow] = {}
        self._field_errors: dict[str, QLabel] = {}
        self.name_edit: QLineEdit | None = None
        self.summary: QLabel | None = None
        document.selection_changed.connect(self._on_selection)
        document.project_replaced.connect(lambda: self._on_selection(document.selection))
        document.node_changed.connect(self._on_node_changed)
        document.node_removed.connect(self._on_node_removed)
        document.analysis_changed.connect(self._refresh_analysis)
        self._on_selection(document.selection)

    # -- building the form ------------------------------------------------------------------------------
    def _on_selection(self, node_ids: list[str]) -> None:
        self.node_id = node_ids[0] if len(node_ids) == 1 else None
        self.rows = {}
        self._field_errors = {}
        self.name_edit = None
        self.summary = None
        page = QWidget()
        layout = QVBoxLayout(page)
        if self.node_id is None:
            self._build_summary(layout, len(node_ids))
        else:
            self._build_node(layout, self.node_id)
        layout.addStretch(1)
        self.setWidget(page)
        self._refresh_analysis()

    def _build_summary(self, layout: QVBoxLayout, count: int) -> None:
        if count > 1:
            text = self.tr("%n layers selected.", "", count)
        else:
            text = self.tr("Select a layer on the canvas to see and edit its settings.")
        layout.addWidget(_label(text, MUTED_STYLE))
        self.summary = _label()
        layout.addWidget(self.summary)

    def _build_node(self, layout: QVBoxLayout, node_id: str) -> None:
        node = self.document.graph.node(node_id)
        spec = layer_specs.LAYERS.get(node.type)
        header = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(layer_icon(node.type, 32).pixmap(32, 32))
        title = QLabel(engine_text(spec.label))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        header.addWidget(icon)
        header.addWidget(title, 1)
        layout.addLayout(header)
        layout.addWidget(_label(engine_text(spec.description), MUTED_STYLE))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(node.name)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.editingFinished.connect(self._rename)
        form.addRow(self.tr("Name"), self.name_edit)
        self.name_error = _label("", ERROR_STYLE)
        self.name_error.hide()
        form.addRow(self.name_error)
        self.shape_label = _label()
        self.params_label = _label()
        form.addRow(self.tr("Output shape"), self.shape_label)
        form.addRow(self.tr("Parameters"), self.params_label)
        layout.addLayout(form)

        if spec.fields:
            heading = _label(self.tr("Settings"))
            heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
            form.addRow(heading)
            for field in spec.fields:
                row = FieldRow(field)
                row.setObjectName(f"field_{field.name}")
                limits = translated(field.range_text())
                help_text = engine_text(field.help)
                tip = (
                    self.tr("%1 (%2)", "a setting's help and its allowed range")
                    .replace("%1", help_text)
                    .replace("%2", limits)
                    if limits
                    else help_text
                )
                row.setToolTip(tip)
                label = QLabel(humanize(field.name))
                label.setToolTip(tip)
                row.edited.connect(lambda value, name=field.name: self._edit(name, value))
                self.rows[field.name] = row
                form.addRow(label, row)
                form.addRow("", _label(engine_text(field.help), MUTED_STYLE + " font-size: 8pt;"))
                error = _label("", ERROR_STYLE)
                error.hide()
                self._field_errors[field.name] = error
                form.addRow(error)
        self.node_errors = _label("", ERROR_STYLE)
        self.node_warnings = _label("", WARNING_STYLE)
        layout.addWidget(self.node_errors)
        layout.addWidget(self.node_warnings)
        self._show_values()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        # Setting errors, tool tips and the summary are composed at run time: after a language
        # switch the form is built again in the new language (the refused-name note goes with it).
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "document"):
            self._on_selection(self.document.selection)
        super().changeEvent(event)

    # -- showing values -------------------------------------------------------------------------------
    def _show_values(self) -> None:
        if self.node_id is None:
            return
        node = self.document.graph.node(self.node_id)
        spec = layer_specs.LAYERS.get(node.type)
        if self.name_edit is not None and not self.name_edit.hasFocus():
            self.name_edit.setText(node.name)
            self.name_error.hide()
        for field in spec.fields:
            value = node.config.get(field.name, field.default)
            self.rows[field.name].set_value(value)
            error = self._field_errors[field.name]
            try:
                field.validate(spec.label, value)
            except LayerLabError as exc:
                error.setText(translated(reason(exc)))
                error.show()
                self.rows[field.name].typed.setStyleSheet(INVALID_FRAME)
            else:
                error.hide()
                self.rows[field.name].typed.setStyleSheet("")

    def _refresh_analysis(self) -> None:
        if self.node_id is None:
            if self.summary is not None:
                analysis = self.document.analysis
                total = sum(self.document.node_info(n).params or 0 for n in self.document.graph.nodes)
                self.summary.setText(
                    self.tr("The network has %1 layers and %2 parameters.")
                    .replace("%1", str(len(self.document.graph.nodes)))
                    .replace("%2", f"{total:,}")
                    + ("" if analysis.errors else "\n" + self.tr("It is ready to train."))
                )
            return
        info = self.document.node_info(self.node_id)
        self.shape_label.setText(shape_text(info.shape))
        self.params_label.setText("?" if info.params is None else f"{info.params:,}")
        # Settings errors are shown under their field; the rest (wiring, shapes) goes here.
        others = [p for p in info.problems if p.code != "bad_config"]
        for label, severe in ((self.node_errors, True), (self.node_warnings, False)):
            lines = [problem_text(p) for p in others if (p.severity == "error") == severe]
            label.setText("\n".join(lines))
            label.setVisible(bool(lines))

    def _on_node_changed(self, node_id: str) -> None:
        if node_id == self.node_id:
            self._show_values()

    def _on_node_removed(self, node_id: str) -> None:
        if node_id == self.node_id:
            self._on_selection([])

    # -- editing --------------------------------------------------------------------------------------
    def _edit(self, field_name: str, value: Any) -> None:
        if self.node_id is None:
            return
        node = self.document.graph.node(self.node_id)
        if node.config.get(field_name) == value and field_name in node.config:
            return
        name = node.name

        def text() -> str:  # made again in the new language after a switch (gui/commands.py)
            return self.tr("Change %1 of %2").replace("%1", humanize(field_name)).replace("%2", name)

        self.document.execute(SetConfig(self.node_id, {field_name: value}), text)

    def _rename(self) -> None:
        if self.node_id is None or self.name_edit is None:
            return
        node = self.document.graph.node(self.node_id)
        new = self.name_edit.text()
        if new.strip() == node.name:
            self.name_error.hide()
            return
        old = node.name

        def text() -> str:  # made again in the new language after a switch (gui/commands.py)
            return self.tr("Rename %1 to %2").replace("%1", old).replace("%2", new.strip())

        # The engine's refusal ("another layer is already called …") comes in the interface language.
        reason = self.document.execute(Rename(self.node_id, new), text)
        self.name_error.setText(reason or "")
        self.name_error.setVisible(reason is not None)
