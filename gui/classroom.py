"""Classroom mode: what a teacher needs in front of a class.

* **Presentation mode** (Classroom ▸ Presentation mode, F5): larger interface fonts, thicker
  plot lines and larger axis text for the back row, and the advanced controls (schedule,
  regularization, seed, backend, the problems list) out of the way.
* **A plot full screen** (F11 on the plot the pointer or focus is in; Esc or F11 leaves).
* **Hidden controls**, like TensorFlow Playground's hidden-controls links: Classroom ▸ Hide
  controls… picks controls and panels to hide; the choice is saved in the project's
  ``classroom`` field, so students who open the handed-out file see the same reduced view.
  (It is a tidier view, not a lock: View ▸ Panels still lists every panel.)

Everything here changes how the window looks, never the project's network or training.
"""

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCursor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFormLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from gui.main_window import MainWindow

CONTEXT = "classroom"
#: Presentation mode scales the interface font by this much (Settings can change it).
DEFAULT_SCALE = 1.5
#: … and plot lines by this much (at least 3 px wide).
PEN_SCALE = 2.0
MIN_PEN_WIDTH = 3.0
SCALE_KEY = "classroom/font_scale"
PRESENTATION_KEY = "classroom/presentation"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Control:
    """A control or panel a teacher can hide. ``id`` is what the project file stores."""

    id: str
    title: str  # untranslated; shown through translate("classroom", …)
    find: Callable[["MainWindow"], list[QWidget]]


def _panel(name: str) -> Callable[["MainWindow"], list[QWidget]]:
    return lambda w: [d for d in w.findChildren(QDockWidget) if d.objectName() == f"{name}Dock"]


def _training(*attributes: str) -> Callable[["MainWindow"], list[QWidget]]:
    def find(window: "MainWindow") -> list[QWidget]:
        panel = window.training.panel
        return [getattr(panel, a) for a in attributes if getattr(panel, a, None) is not None]

    return find


CONTROLS: tuple[Control, ...] = (
    Control(
        "training.step",
        QT_TRANSLATE_NOOP("classroom", "Step and Epoch buttons"),
        _training("step_button", "epoch_button"),
    ),
    Control("training.stop", QT_TRANSLATE_NOOP("classroom", "Stop button"), _training("stop_button")),
    Control("training.reset", QT_TRANSLATE_NOOP("classroom", "Reset button"), _training("reset_button")),
    Control("training.optimizer", QT_TRANSLATE_NOOP("classroom", "Optimizer"), _training("optimizer")),
    Control(
        "training.learning_rate", QT_TRANSLATE_NOOP("classroom", "Learning rate"), _training("rate_slider")
    ),
    Control(
        "training.schedule",
        QT_TRANSLATE_NOOP("classroom", "Learning-rate schedule"),
        _training("schedule", "schedule_settings"),
    ),
    Control("training.batch_size", QT_TRANSLATE_NOOP("classroom", "Batch size"), _training("batch_size")),
    Control("training.epochs", QT_TRANSLATE_NOOP("classroom", "Epochs"), _training("epochs")),
    Control(
        "training.regularization",
        QT_TRANSLATE_NOOP("classroom", "Regularization"),
        _training("regularization"),
    ),
    Control("training.seed", QT_TRANSLATE_NOOP("classroom", "Seed"), _training("seed")),
    Control("training.backend", QT_TRANSLATE_NOOP("classroom", "Backend"), _training("backend")),
    Control("panel.layers", QT_TRANSLATE_NOOP("classroom", "Layers panel"), _panel("layerPalette")),
    Control("panel.inspector", QT_TRANSLATE_NOOP("classroom", "Inspector panel"), _panel("inspector")),
    Control("panel.lessons", QT_TRANSLATE_NOOP("classroom", "Lessons panel"), _panel("lessonPanel")),
    Control("panel.data", QT_TRANSLATE_NOOP("classroom", "Data panel"), _panel("dataPanel")),
    Control("panel.problems", QT_TRANSLATE_NOOP("classroom", "Problems panel"), _panel("problemsPanel")),
    Control("plot.loss", QT_TRANSLATE_NOOP("classroom", "Loss plot"), _panel("lossPlot")),
    Control("plot.output", QT_TRANSLATE_NOOP("classroom", "Output plot"), _panel("boundaryPlot")),
    Control("plot.landscape", QT_TRANSLATE_NOOP("classroom", "Loss landscape plot"), _panel("landscapePlot")),
    Control("plot.activations", QT_TRANSLATE_NOOP("classroom", "Activations plot"), _panel("activationPlot")),
    Control("plot.gradients", QT_TRANSLATE_NOOP("classroom", "Gradient flow plot"), _panel("gradientPlot")),
    Control(
        "plot.confusion", QT_TRANSLATE_NOOP("classroom", "Confusion matrix plot"), _panel("confusionPlot")
    ),
    Control(
        "toolbar.main",
        QT_TRANSLATE_NOOP("classroom", "Main toolbar"),
        lambda w: [t for t in w.findChildren(QWidget) if t.objectName() == "mainToolbar"],
    ),
)
CONTROL_IDS = tuple(c.id for c in CONTROLS)
#: Hidden in presentation mode: settings a class rarely needs to see while a teacher demonstrates.
ADVANCED = ("training.schedule", "training.regularization", "training.seed", "training.backend")


def _form_row(widget: QWidget) -> tuple[QFormLayout, int] | None:
    """The form layout and row holding ``widget`` as its field (directly or in a row layout)."""
    parent = widget.parentWidget()
    while parent is not None:
        for form in parent.findChildren(QFormLayout):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.FieldRole) or form.itemAt(
                    row, QFormLayout.ItemRole.SpanningRole
                )
                if item is not None and _holds(item.widget(), item.layout(), widget):
                    return form, row
        parent = parent.parentWidget()
    return None


def _holds(item_widget: QWidget | None, item_layout: QLayout | None, widget: QWidget) -> bool:
    if item_widget is widget:
        return True
    if item_layout is None:
        return False
    for i in range(item_layout.count()):
        child = item_layout.itemAt(i)
        if _holds(child.widget(), child.layout(), widget):
            return True
    return False


def set_control_visible(widget: QWidget, visible: bool) -> None:
    """Show or hide a control together with its label when it sits in a form."""
    found = _form_row(widget)
    if found is not None:
        form, row = found
        form.setRowVisible(row, visible)
    else:
        widget.setVisible(visible)


class Classroom(QObject):
    """The window's classroom state: presentation mode, hidden controls, a full-screen plot."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.settings: QSettings = window.settings
        self.presenting = False
        self.hidden: set[str] = set()
        self._applied_hidden: set[str] = set()
        self._normal_font: QFont | None = None
        #: The canvas zoom factor presentation mode applied (undone when it ends).
        self._zoomed_by = 1.0
        self._pens: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._axes: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        #: Whether a widget was hidden already when the classroom view hid it.
        self._hidden_before: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self.fullscreen_dock: QDockWidget | None = None
        # New plot lines appear as training starts; presentation mode catches them up.
        self._pen_timer = QTimer(self)
        self._pen_timer.setInterval(1000)
        self._pen_timer.timeout.connect(self._thicken_plots)
        self._create_actions()
        window.document.project_replaced.connect(self.load_from_project)
        window.document.settings_changed.connect(
            lambda names: self.load_from_project() if "classroom" in names else self._apply_hidden()
        )
        self.load_from_project()

    # -- menu ---------------------------------------------------------------------------------------
    def _create_actions(self) -> None:
        window = self.window
        self.presentation_action = QAction(self.tr("&Presentation Mode"), window)
        self.presentation_action.setCheckable(True)
        self.presentation_action.setShortcut(QKeySequence("F5"))
        self.presentation_action.setToolTip(
            self.tr("Larger text and thicker plot lines for a projector; advanced controls hidden")
        )
        self.presentation_action.toggled.connect(self._presentation_toggled)
        self.fullscreen_action = QAction(self.tr("Plot &Full Screen"), window)
        self.fullscreen_action.setShortcut(QKeySequence("F11"))
        self.fullscreen_action.setToolTip(self.tr("Show the plot under the pointer full screen (Esc leaves)"))
        self.fullscreen_action.triggered.connect(self.toggle_fullscreen_plot)
        self.hide_action = QAction(self.tr("&Hide Controls…"), window)
        self.hide_action.setToolTip(self.tr("Choose controls to hide; saved with the project for students"))
        self.hide_action.triggered.connect(self.choose_hidden_controls)
        self.show_all_action = QAction(self.tr("&Show All Controls"), window)
        self.show_all_action.triggered.connect(lambda: self.set_hidden_controls([]))
        window.addActions([self.presentation_action, self.fullscreen_action])
        menu = window.menuBar().addMenu(self.tr("&Classroom"))
        menu.addActions([self.presentation_action, self.fullscreen_action])
        menu.addSeparator()
        menu.addActions([self.hide_action, self.show_all_action])
        self.menu = menu

    # -- presentation mode --------------------------------------------------------------------------
    def font_scale(self) -> float:
        try:
            scale = float(self.settings.value(SCALE_KEY, DEFAULT_SCALE))
        except (TypeError, ValueError):
            return DEFAULT_SCALE
        return min(max(scale, 1.0), 3.0)

    def _presentation_toggled(self, on: bool) -> None:
        """The user's choice (menu, F5, Settings) is remembered for the next start."""
        self.settings.setValue(PRESENTATION_KEY, on)
        self.set_presenting(on)

    def set_presenting(self, on: bool) -> None:
        """Turn presentation mode on or off (fonts, plot lines, advanced controls)."""
        if on == self.presenting:
            return
        self.presenting = on
        # Not through toggled: a handout opening in presentation mode is not the user's choice.
        blocked = self.presentation_action.blockSignals(True)
        self.presentation_action.setChecked(on)
        self.presentation_action.blockSignals(blocked)
        app = QApplication.instance()
        if on:
            self._normal_font = QFont(app.font())
            big = QFont(self._normal_font)
            big.setPointSizeF(self._normal_font.pointSizeF() * self.font_scale())
            app.setFont(big)
            self._thicken_plots()
            self._pen_timer.start()
            # The layer cards on the canvas grow with the text.
            self._zoomed_by = self.font_scale()
            self.window.view.set_zoom(self.window.view.zoom * self._zoomed_by)
        else:
            self._pen_timer.stop()
            if self._normal_font is not None:
                app.setFont(self._normal_font)
            self._restore_plots()
            self.window.view.set_zoom(self.window.view.zoom / self._zoomed_by)
            self._zoomed_by = 1.0
        self._apply_hidden()
        # The font change re-lays the docks out, and Qt leaves old dock tab bars behind on screen
        # (see MainWindow._hide_stale_tab_bars); clear them once the new layout has settled.
        tidy = getattr(self.window, "_hide_stale_tab_bars", None)
        if tidy is not None:
            QTimer.singleShot(0, tidy)

    def _plot_items(self):
        for view in self.window.findChildren(pg.GraphicsView):
            yield from view.items()

    def _thicken_plots(self) -> None:
        """Thicker lines and presentation-size axis text for every plot (new ones included)."""
        for item in self._plot_items():
            # A PlotDataItem hands its own pen to its curve on every setData: change it there.
            bare_curve = isinstance(item, pg.PlotCurveItem) and not isinstance(
                item.parentItem(), pg.PlotDataItem
            )
            if isinstance(item, pg.PlotDataItem) or bare_curve:
                pen = item.opts.get("pen")
                if pen is None or pen is self._pens.get(item, (None, None))[1]:
                    continue
                original = pg.mkPen(pen)
                thick = pg.mkPen(original)
                thick.setWidthF(max(original.widthF() * PEN_SCALE, MIN_PEN_WIDTH))
                thick.setCosmetic(True)
                item.setPen(thick)
                self._pens[item] = (original, item.opts["pen"])
            elif isinstance(item, pg.AxisItem) and item not in self._axes:
                self._axes[item] = item.style.get("tickFont")
                font = QFont(QApplication.font())  # already enlarged
                item.setTickFont(font)
                item.label.setFont(font)

    def _restore_plots(self) -> None:
        for item, (original, _thick) in list(self._pens.items()):
            item.setPen(original)
        self._pens.clear()
        for axis, font in list(self._axes.items()):
            axis.setTickFont(font)
            axis.label.setFont(QApplication.font())
        self._axes.clear()

    # -- hidden controls ------------------------------------------------------------------------------
    def hidden_controls(self) -> list[str]:
        """What the project hides (presentation mode's own hiding not included)."""
        return [c for c in CONTROL_IDS if c in self.hidden]

    def load_from_project(self) -> None:
        view = self.window.document.project.classroom or {}
        stored = list(view.get("hidden_controls", []))
        unknown = [c for c in stored if c not in CONTROL_IDS]
        self.hidden = {c for c in stored if c in CONTROL_IDS}
        if unknown:
            self.window.statusBar().showMessage(
                self.tr("This project hides controls this version does not have: %1").replace(
                    "%1", ", ".join(unknown)
                ),
                10000,
            )
        if view.get("presentation"):
            self.set_presenting(True)
        self._apply_hidden()

    def set_hidden_controls(self, ids: list[str], presentation: bool | None = None) -> None:
        """Hide exactly ``ids`` and save that in the project (one undoable edit)."""
        bad = [c for c in ids if c not in CONTROL_IDS]
        if bad:
            raise ValueError(f"unknown controls: {', '.join(bad)}")
        current = self.window.document.project.classroom or {}
        if presentation is None:
            presentation = bool(current.get("presentation", False))
        chosen = [c for c in CONTROL_IDS if c in ids]
        classroom = (
            {"hidden_controls": chosen, "presentation": presentation} if chosen or presentation else None
        )
        if classroom != self.window.document.project.classroom:
            self.window.document.update_settings(self.tr("Hide controls"), classroom=classroom)
        self.hidden = set(chosen)
        self._apply_hidden()

    def effective_hidden(self) -> set[str]:
        return self.hidden | (set(ADVANCED) if self.presenting else set())

    def _apply_hidden(self) -> None:
        """Hide what should be hidden (again: a panel may have shown a part while reloading) and
        give back what no longer is, as it was before (a panel the user had closed stays closed)."""
        wanted = self.effective_hidden()
        for control in CONTROLS:
            was = control.id in self._applied_hidden
            hide = control.id in wanted
            if not (hide or was):
                continue
            for widget in control.find(self.window):
                if hide:
                    if not was:
                        self._hidden_before[widget] = widget.isHidden()
                    set_control_visible(widget, False)
                else:
                    set_control_visible(widget, True)
                    if self._hidden_before.pop(widget, False):
                        widget.setVisible(False)
        self._applied_hidden = wanted

    def choose_hidden_controls(self) -> None:
        dialog = HideControlsDialog(self.hidden, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_hidden_controls(dialog.chosen(), dialog.presentation.isChecked())

    # -- a plot full screen ---------------------------------------------------------------------------
    def plot_docks(self) -> list[QDockWidget]:
        return [
            d
            for d in self.window.findChildren(QDockWidget)
            if d.widget() is not None and d.widget().findChild(pg.GraphicsView) is not None
        ]

    def current_plot_dock(self) -> QDockWidget | None:
        """The plot the focus or the pointer is in, else the first plot on screen."""
        docks = self.plot_docks()
        focus = QApplication.focusWidget()
        pointer = QApplication.widgetAt(QCursor.pos())
        for probe in (focus, pointer):
            for dock in docks:
                if probe is not None and (probe is dock or dock.isAncestorOf(probe)):
                    return dock
        on_screen = [d for d in docks if d.isVisible() and not d.visibleRegion().isEmpty()]
        return on_screen[0] if on_screen else None

    def toggle_fullscreen_plot(self, dock: QDockWidget | None = None) -> None:
        if self.fullscreen_dock is not None:
            self.leave_fullscreen()
            return
        dock = dock or self.current_plot_dock()
        if dock is None:
            self.window.statusBar().showMessage(self.tr("No plot is shown to put full screen."), 5000)
            return
        self.fullscreen_dock = dock
        dock.setFloating(True)
        dock.showFullScreen()
        dock.raise_()
        # The floating dock is a window of its own, where the main window's F11 does not reach:
        # Esc and F11 are caught on their way to anything inside it.
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        dock = self.fullscreen_dock
        if (
            dock is not None
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11)
            and isinstance(watched, QWidget)
            and (watched is dock or dock.isAncestorOf(watched))
        ):
            self.leave_fullscreen()
            return True
        return super().eventFilter(watched, event)

    def leave_fullscreen(self) -> None:
        dock = self.fullscreen_dock
        if dock is None:
            return
        self.fullscreen_dock = None
        QApplication.instance().removeEventFilter(self)
        dock.showNormal()
        dock.setFloating(False)
        dock.raise_()


class HideControlsDialog(QDialog):
    """A checklist of the controls a teacher may hide from students."""

    def __init__(self, hidden: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hideControlsDialog")
        self.setWindowTitle(self.tr("Hide Controls"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ticked controls are hidden. The choice is saved in the project, so students who "
                "open the file see the same view."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        for control in CONTROLS:
            item = QListWidgetItem(_tr(control.title), self.list)
            item.setData(Qt.ItemDataRole.UserRole, control.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if control.id in hidden else Qt.CheckState.Unchecked)
        layout.addWidget(self.list)
        self.presentation = QCheckBox(self.tr("Open this project in presentation mode"), self)
        project = getattr(parent, "document", None)
        classroom = project.project.classroom if project is not None else None
        self.presentation.setChecked(bool((classroom or {}).get("presentation")))
        layout.addWidget(self.presentation)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]


def install(window: "MainWindow") -> Classroom:
    """Add the Classroom menu to ``window`` and apply the project's classroom view."""
    from gui.settings_dialog import add_settings_action

    classroom = Classroom(window)
    add_settings_action(window)
    if window.settings.value(PRESENTATION_KEY, False, type=bool):
        classroom.set_presenting(True)
    return classroom
