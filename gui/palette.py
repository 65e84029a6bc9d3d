"""The layer palette: every registered layer type with icon and description, searchable.

Entries come from the engine's layer registry, so a new layer type appears here without any
GUI change. Drag an entry onto the canvas, or double-click it, to add that layer.
"""

from PySide6.QtCore import (
    QEvent,
    QMimeData,
    QModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from engine import layers as layer_specs
from gui.canvas.mime import LAYER_MIME
from gui.engine_texts import engine_text
from gui.icons import layer_icon

TYPE_ROLE = Qt.ItemDataRole.UserRole + 1
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 2


class _LayerModel(QStandardItemModel):
    """One row per layer type; dragging a row carries the type name."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        for type_name in layer_specs.LAYERS.names():
            item = QStandardItem(layer_icon(type_name), "")
            item.setData(type_name, TYPE_ROLE)
            item.setEditable(False)
            item.setDragEnabled(True)
            self.appendRow(item)
        self.retranslate()

    def retranslate(self) -> None:
        """Each layer's label and description in the interface language (again after a switch)."""
        for row in range(self.rowCount()):
            item = self.item(row)
            spec = layer_specs.LAYERS.get(item.data(TYPE_ROLE))
            item.setText(engine_text(spec.label))
            item.setData(engine_text(spec.description), DESCRIPTION_ROLE)
            item.setToolTip(engine_text(spec.description))

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt override)
        return [LAYER_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        if indexes:
            mime.setData(LAYER_MIME, str(indexes[0].data(TYPE_ROLE)).encode("utf-8"))
        return mime


class _SearchProxy(QSortFilterProxyModel):
    """Matches every word of the search text against the label, type name and description."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._needle = ""

    def set_search(self, text: str) -> None:
        self._needle = text.strip().lower()
        self.setFilterFixedString(text)  # makes the proxy filter again

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        needle = self._needle
        if not needle:
            return True
        index = self.sourceModel().index(row, 0, parent)
        haystack = " ".join(
            str(index.data(role) or "") for role in (Qt.ItemDataRole.DisplayRole, TYPE_ROLE, DESCRIPTION_ROLE)
        ).lower()
        return all(word in haystack for word in needle.split())


def _entry_fonts(font: QFont) -> tuple[QFont, QFont]:
    """The bold label's font and the description's (a point smaller)."""
    title = QFont(font)
    title.setBold(True)
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() - 1.0))
    return title, small


def _line(font: QFont, least: int = 18) -> int:
    return max(least, QFontMetrics(font).height())


class _EntryDelegate(QStyledItemDelegate):
    """Icon, bold label and a one-line grey description per entry."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        # Grows with the font (presentation mode enlarges it); 44 px at the normal size.
        title, small = _entry_fonts(option.font)
        return QSize(200, max(44, _line(title) + _line(small, 16) + 8))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.highlight().color().lighter(170))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor("#eef1f6"))
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        icon.paint(painter, QRect(rect.left() + 6, rect.top() + 6, 32, 32))
        text_left = rect.left() + 46
        width = rect.width() - 52
        title, small = _entry_fonts(option.font)
        painter.setFont(title)
        painter.setPen(QColor("#1f2430"))
        painter.drawText(
            QRect(text_left, rect.top() + 4, width, _line(title)), Qt.AlignmentFlag.AlignVCenter, index.data()
        )
        painter.setFont(small)
        painter.setPen(QColor("#5c6370"))
        description = painter.fontMetrics().elidedText(
            str(index.data(DESCRIPTION_ROLE)), Qt.TextElideMode.ElideRight, width
        )
        painter.drawText(
            QRect(text_left, rect.top() + 4 + _line(title), width, _line(small, 16)),
            Qt.AlignmentFlag.AlignVCenter,
            description,
        )
        painter.restore()


class LayerPalette(QWidget):
    """Search box and list of layer types (objectName ``layerPalette``).

    ``layer_requested(type_name)``: the user double-clicked an entry, or pressed Enter in the search
    box (which adds the first match).
    """

    layer_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("layerPalette")
        self.search = QLineEdit(self)
        self.search.setObjectName("layerSearch")
        self.search.setPlaceholderText(self.tr("Search layers…"))
        self.search.setClearButtonEnabled(True)
        self.model = _LayerModel(self)
        self.proxy = _SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(_EntryDelegate(self.list))
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMouseTracking(True)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self.proxy.set_search)
        self.search.returnPressed.connect(self._request_first)
        self.list.doubleClicked.connect(self._request)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
        super().changeEvent(event)

    def visible_types(self) -> list[str]:
        """Type names shown under the current search, top to bottom."""
        return [self.proxy.index(row, 0).data(TYPE_ROLE) for row in range(self.proxy.rowCount())]

    def index_of(self, type_name: str) -> QModelIndex:
        """The list index showing ``type_name`` (invalid if the search hides it)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(TYPE_ROLE) == type_name:
                return index
        return QModelIndex()

    def _request(self, index: QModelIndex) -> None:
        if index.isValid():
            self.layer_requested.emit(index.data(TYPE_ROLE))

    def _request_first(self) -> None:
        self._request(self.proxy.index(0, 0))
