"""A look at the data before training: a scatter of 2-D (or 1-D regression) sets, a grid of
images for pictures such as the digits, a table for anything else.

Seeing the data first is the lecture's first step: whether classes overlap, whether a line
could separate them, what the images look like, which columns there are.
"""

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QStackedWidget, QTableWidget, QTableWidgetItem, QWidget

from engine.data import Dataset
from gui.i18n import translated
from gui.plots.base import BACKGROUND, CLASS_COLORS, TRAIN_COLOR

#: Images shown in the grid (a square number) and rows shown in the table.
GRID_IMAGES = 36
TABLE_ROWS = 100
SCATTER_POINTS = 2000


def image_side(dataset: Dataset) -> tuple[int, int] | None:
    """(height, width) when each sample is a picture: 2-D samples, or a square number (≥ 16) of
    features such as the digits' 64 = 8 × 8 pixels."""
    shape = dataset.x.shape[1:]
    if len(shape) == 2:
        return int(shape[0]), int(shape[1])
    side = math.isqrt(int(shape[0])) if len(shape) == 1 else 0
    if side >= 4 and side * side == shape[0] and dataset.task == "classification":
        return side, side
    return None


class DataPreview(QStackedWidget):
    """Shows one data set in the way that suits it (objectName ``dataPreview``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataPreview")
        self.scatter = pg.PlotWidget(self, background=BACKGROUND)
        self.scatter.setMouseEnabled(x=False, y=False)
        self.scatter.hideButtons()
        self.points = pg.ScatterPlotItem(size=4, pen=None)
        self.scatter.addItem(self.points)
        self.images = pg.GraphicsLayoutWidget(self)
        self.images.setBackground(BACKGROUND)
        self.image_box = self.images.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.ColorMap([0.0, 1.0], [(255, 255, 255), (20, 30, 50)]))
        self.image_box.addItem(self.image)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for page in (self.scatter, self.images, self.table):
            self.addWidget(page)
        #: Which view shows the current set: "scatter", "images" or "table".
        self.kind = ""
        #: The set shown now (drawn again in the new language after a switch).
        self.shown: Dataset | None = None
        self.setMinimumHeight(180)
        self.setMinimumWidth(0)

    def retranslate(self) -> None:
        """Show the current set again, its column and axis names in the interface language."""
        if self.shown is not None:
            self.show_dataset(self.shown)

    def show_dataset(self, dataset: Dataset) -> None:
        self.shown = dataset
        features = dataset.x.shape[1:]
        if len(features) == 1 and features[0] == 2:
            self._scatter(dataset.x[:, 0], dataset.x[:, 1], dataset)
        elif len(features) == 1 and features[0] == 1 and dataset.task == "regression":
            self._scatter(dataset.x[:, 0], dataset.y[:, 0], dataset)
        elif (side := image_side(dataset)) is not None:
            self._images(dataset, side)
        else:
            self._table(dataset)

    def _scatter(self, x: np.ndarray, y: np.ndarray, dataset: Dataset) -> None:
        self.kind = "scatter"
        n = min(len(x), SCATTER_POINTS)
        if dataset.task == "classification" and dataset.x.shape[1] == 2:
            brushes = [pg.mkBrush(CLASS_COLORS[c % len(CLASS_COLORS)]) for c in dataset.y[:n]]
        else:
            brushes = pg.mkBrush(TRAIN_COLOR)
        self.points.setData(x[:n], y[:n], brush=brushes)
        names = dataset.feature_names
        self.scatter.setLabel("bottom", translated(names[0]) if names else "x₁")
        second = names[1] if len(names) > 1 else (dataset.target_names[0] if dataset.target_names else "y")
        self.scatter.setLabel("left", translated(second))
        self.scatter.autoRange()
        self.setCurrentWidget(self.scatter)

    def _images(self, dataset: Dataset, side: tuple[int, int]) -> None:
        self.kind = "images"
        h, w = side
        columns = math.isqrt(GRID_IMAGES)
        count = min(GRID_IMAGES, len(dataset.x))
        tiles = np.full((columns * (h + 1), columns * (w + 1)), np.nan)
        pictures = dataset.x[:count].reshape(count, h, w)
        for i, picture in enumerate(pictures):
            r, c = divmod(i, columns)
            tiles[r * (h + 1) : r * (h + 1) + h, c * (w + 1) : c * (w + 1) + w] = picture
        low, high = float(np.nanmin(tiles)), float(np.nanmax(tiles))
        self.image.setImage(
            np.nan_to_num(tiles, nan=low), autoLevels=False, levels=(low, high if high > low else low + 1)
        )
        self.image_box.autoRange(padding=0.02)
        self.setCurrentWidget(self.images)

    def _table(self, dataset: Dataset) -> None:
        self.kind = "table"
        x = dataset.x.reshape(len(dataset.x), -1)
        names = [translated(name) for name in dataset.feature_names] or [
            f"x{i + 1}" for i in range(x.shape[1])
        ]
        if dataset.task == "classification":
            targets = [[dataset.class_names[c] if dataset.class_names else str(c)] for c in dataset.y]
            target_names = [self.tr("class")]
        else:
            targets = [[f"{v:.4g}" for v in row] for row in dataset.y]
            target_names = [translated(name) for name in dataset.target_names] or [
                f"y{i + 1}" for i in range(dataset.y.shape[1])
            ]
        rows = min(TABLE_ROWS, len(x))
        self.table.clear()
        self.table.setRowCount(rows)
        self.table.setColumnCount(len(names) + len(target_names))
        self.table.setHorizontalHeaderLabels(names + target_names)
        for r in range(rows):
            for c, value in enumerate(x[r]):
                self.table.setItem(r, c, QTableWidgetItem(f"{value:.4g}"))
            for c, value in enumerate(targets[r]):
                self.table.setItem(r, len(names) + c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.setCurrentWidget(self.table)
