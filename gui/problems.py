"""The problems panel: the engine's validation problems, live; click one to select its layer."""

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from gui.document import GraphDocument
from gui.i18n import problem_text

NODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _dot(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


class ProblemsPanel(QWidget):
    """List of problems (objectName ``problemsPanel``).

    ``node_activated(node_id)``: the user clicked a problem that belongs to a layer (the window
    scrolls the canvas to it; the selection itself goes through the document).
    """

    node_activated = Signal(str)

    def __init__(self, document: GraphDocument, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self.document = document
        self.summary = QLabel(self)
        self.summary.setObjectName("problemsSummary")
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Layer"), self.tr("Problem")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        self._icons = {"error": _dot("#d62828"), "warning": _dot("#e09f3e")}
        self.tree.itemClicked.connect(self._activate)
        self.tree.itemActivated.connect(self._activate)
        document.analysis_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        graph = self.document.graph
        problems = self.document.analysis.problems
        self.tree.clear()
        for problem in sorted(problems, key=lambda p: p.severity != "error"):
            where = (
                graph.nodes[problem.node_id].name if problem.node_id in graph.nodes else self.tr("network")
            )
            item = QTreeWidgetItem([where, problem_text(problem)])
            item.setIcon(0, self._icons.get(problem.severity, self._icons["warning"]))
            item.setToolTip(1, problem_text(problem))
            item.setData(0, NODE_ROLE, problem.node_id)
            self.tree.addTopLevelItem(item)
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        if not problems:
            self.summary.setText(self.tr("No problems: the network is ready to train."))
            self.summary.setStyleSheet("color: #2e7d4f;")
        else:
            parts = []
            if errors:
                parts.append(
                    self.tr("1 error") if errors == 1 else self.tr("%1 errors").replace("%1", str(errors))
                )
            if warnings:
                one, many = self.tr("1 warning"), self.tr("%1 warnings").replace("%1", str(warnings))
                parts.append(one if warnings == 1 else many)
            self.summary.setText(self.tr(", ").join(parts))
            self.summary.setStyleSheet("color: #c0392b;" if errors else "color: #9a6a00;")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        # The problems and the counts are composed at run time: after a language switch they are
        # made again in the new language.
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "tree"):
            self.refresh()
        super().changeEvent(event)

    def _activate(self, item: QTreeWidgetItem) -> None:
        node_id = item.data(0, NODE_ROLE)
        if node_id:
            self.document.select([node_id])
            self.node_activated.emit(node_id)
