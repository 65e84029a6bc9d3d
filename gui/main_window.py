"""The main window: canvas in the middle, dockable panels around it, menus and status bar.

Other parts of the application plug in here: :meth:`MainWindow.add_panel` docks a widget
(data set, training controls, plots), ``window.document`` is the project they read and edit,
``document.errors_changed`` says whether Train may be enabled and why not, and
``about_to_close`` lets a worker stop before the window goes away. The training half — worker,
data and training panels, plots — is added by :mod:`gui.training_ui` as ``window.training``.
"""

from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QToolBar,
    QWidget,
)

from gui.canvas import editing
from gui.canvas.mime import NODES_MIME
from gui.canvas.scene import GraphScene
from gui.canvas.view import GraphView
from gui.classroom import install as install_classroom
from gui.document import GraphDocument
from gui.export_dialog import ExportDialog, open_export_dialog
from gui.files import FileController
from gui.icons import app_icon
from gui.inspector import Inspector
from gui.lessons import install as install_lessons
from gui.palette import LayerPalette
from gui.problems import ProblemsPanel
from gui.templates import TEMPLATES, example_paths, example_title
from gui.training_ui import install as install_training_ui

PASTE_STEP = 40.0


class MainWindow(QMainWindow):
    """LayerLab's window for one project."""

    #: The user confirmed closing (unsaved changes were handled); stop background work now.
    about_to_close = Signal()

    def __init__(self, settings: QSettings | None = None, recovery_dir: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.settings = settings or QSettings()
        self.document = GraphDocument(self)
        self.scene = GraphScene(self.document, self)
        self.view = GraphView(self.scene, self)
        self.setCentralWidget(self.view)
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks
            | QMainWindow.DockOption.AllowTabbedDocks
            | QMainWindow.DockOption.AllowNestedDocks
        )
        # Side panels run the full height; the problems panel sits under the canvas only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.panels_menu = QMenu(self.tr("&Panels"), self)
        self.layer_palette = LayerPalette(self)
        self.inspector = Inspector(self.document, self)
        self.problems = ProblemsPanel(self.document, self)
        self.add_panel(self.layer_palette, self.tr("Layers"), Qt.DockWidgetArea.LeftDockWidgetArea)
        self.add_panel(self.inspector, self.tr("Inspector"), Qt.DockWidgetArea.RightDockWidgetArea)
        self.add_panel(self.problems, self.tr("Problems"), Qt.DockWidgetArea.BottomDockWidgetArea)
        self.files = FileController(self.document, self, self.settings, recovery_dir)
        self._paste_count = 0
        self._fitted_once = False
        self._create_actions()
        self._create_menus()
        self._create_toolbar()
        self.zoom_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self._connect()
        self._update_title()
        self._update_edit_actions()
        self.resize(1280, 800)
        self.resizeDocks([self.problems.parentWidget()], [140], Qt.Orientation.Vertical)
        self.resizeDocks(
            [self.layer_palette.parentWidget(), self.inspector.parentWidget()],
            [250, 320],
            Qt.Orientation.Horizontal,
        )
        #: Worker, data and training panels, live plots (see gui/training_ui.py).
        self.training = install_training_ui(self)
        #: Lesson panel, comparison plot and the Lessons menu (see gui/lessons/).
        self.lessons = install_lessons(self)
        #: Presentation mode, hidden controls, a plot full screen; Edit ▸ Settings… (gui/classroom.py).
        self.classroom = install_classroom(self)
        self._restore_layout()

    # -- the place for panels --------------------------------------------------------------------------
    def add_panel(
        self,
        widget: QWidget,
        title: str,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        *,
        tabbed: bool = True,
    ) -> QDockWidget:
        """Dock ``widget`` (tabbed with any panel already in ``area`` unless ``tabbed`` is
        False: then beside them) and list it under View ▸ Panels.

        The dock's objectName is the widget's plus ``Dock``, so the window layout is restored.
        """
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{widget.objectName() or type(widget).__name__}Dock")
        dock.setWidget(widget)
        existing = [
            d for d in self.findChildren(QDockWidget) if d is not dock and self.dockWidgetArea(d) == area
        ]
        self.addDockWidget(area, dock)
        if existing and tabbed:
            self.tabifyDockWidget(existing[0], dock)
        self.panels_menu.addAction(dock.toggleViewAction())
        return dock

    # -- actions -------------------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, *, canvas: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.triggered.connect(slot)
        if canvas:
            # Canvas-only keys: Delete or Ctrl+C in a text field must still edit the text.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        else:
            self.addAction(action)
        return action

    def _create_actions(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New"), lambda: self.files.new_project(), keys.New)
        self.open_action = self._action(self.tr("&Open…"), self.files.open_dialog, keys.Open)
        self.save_action = self._action(self.tr("&Save"), self.files.save, keys.Save)
        self.save_as_action = self._action(self.tr("Save &As…"), self.files.save_as, "Ctrl+Shift+S")
        self.export_action = self._action(self.tr("&Export…"), self.export, "Ctrl+E")
        self.quit_action = self._action(self.tr("&Quit"), self.close, keys.Quit)
        # Not QUndoStack.createUndoAction: the prefix it keeps ("Undo") stays in the language it
        # was made in; these actions make their text anew (see _update_undo_texts).
        stack = self.document.undo_stack
        self.undo_action = QAction(self)
        self.undo_action.setShortcuts([QKeySequence(keys.Undo)])
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(keys.Redo)])
        self.redo_action.triggered.connect(stack.redo)
        self.addActions([self.undo_action, self.redo_action])
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._update_undo_texts)
        stack.redoTextChanged.connect(self._update_undo_texts)
        self.document.history_retranslated.connect(self._update_undo_texts)
        self._update_undo_texts()
        self.cut_action = self._action(self.tr("Cu&t"), self.cut, keys.Cut, canvas=True)
        self.copy_action = self._action(self.tr("&Copy"), self.copy, keys.Copy, canvas=True)
        self.paste_action = self._action(self.tr("&Paste"), self.paste, keys.Paste, canvas=True)
        self.duplicate_action = self._action(self.tr("D&uplicate"), self.duplicate, "Ctrl+D", canvas=True)
        self.delete_action = self._action(
            self.tr("&Delete"),
            self.delete_selection,
            [QKeySequence.StandardKey.Delete, "Backspace"],
            canvas=True,
        )
        self.select_all_action = self._action(
            self.tr("Select &All"), self.select_all, keys.SelectAll, canvas=True
        )
        self.fit_action = self._action(self.tr("&Fit to View"), self.view.fit_to_view, "Ctrl+0")
        self.zoom_in_action = self._action(self.tr("Zoom &In"), self.view.zoom_in, [keys.ZoomIn, "Ctrl+="])
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), self.view.zoom_out, keys.ZoomOut)
        self.actual_size_action = self._action(self.tr("&Actual Size"), self.view.reset_zoom, "Ctrl+1")
        self.arrange_action = self._action(self.tr("&Arrange Left to Right"), self.arrange, "Ctrl+L")

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        templates = file_menu.addMenu(self.tr("New from &Template"))
        for template in TEMPLATES:
            action = templates.addAction(self.tr_template(template.title))
            action.setToolTip(self.tr_template(template.description))
            action.setStatusTip(self.tr_template(template.description))
            action.triggered.connect(lambda _=False, t=template: self.files.new_project(t))
        file_menu.addAction(self.open_action)
        examples = file_menu.addMenu(self.tr("Open &Example"))
        for path in example_paths():
            action = examples.addAction(example_title(path))
            action.triggered.connect(lambda _=False, p=path: self.files.open_copy(p))
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.cut_action, self.copy_action, self.paste_action, self.duplicate_action])
        edit_menu.addActions([self.delete_action, self.select_all_action])

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(
            [self.fit_action, self.zoom_in_action, self.zoom_out_action, self.actual_size_action]
        )
        view_menu.addSeparator()
        view_menu.addAction(self.arrange_action)
        view_menu.addSeparator()
        view_menu.addMenu(self.panels_menu)

    def _create_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addActions([self.new_action, self.open_action, self.save_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])
        toolbar.addSeparator()
        toolbar.addActions([self.fit_action, self.arrange_action])
        self.addToolBar(toolbar)

    def tr_template(self, text: str) -> str:
        return QApplication.translate("templates", text)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.files.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.files.open_path(p))
        if recent:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear list"), self.files.clear_recent)
        else:
            self.recent_menu.addAction(self.tr("(no recent projects)")).setEnabled(False)

    def _connect(self) -> None:
        self.scene.status_message.connect(self._status)
        self.scene.selectionChanged.connect(self._update_edit_actions)
        self.layer_palette.layer_requested.connect(self.add_layer_at_center)
        self.problems.node_activated.connect(self.view.center_on_node)
        self.document.dirty_changed.connect(self._update_title)
        self.document.project_replaced.connect(self._on_project_replaced)
        self.files.path_changed.connect(self._update_title)
        self.view.zoom_changed.connect(self._show_zoom)

    # -- slots -----------------------------------------------------------------------------------------
    def _status(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message, 8000)
        else:
            self.statusBar().clearMessage()

    def _show_zoom(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("Zoom %1%").replace("%1", str(round(zoom * 100))))

    def _update_undo_texts(self, *_: object) -> None:
        """Undo/Redo name the step they would take, in the interface language."""
        stack = self.document.undo_stack
        for action, step, plain, named in (
            (self.undo_action, stack.undoText(), self.tr("&Undo"), self.tr("&Undo %1")),
            (self.redo_action, stack.redoText(), self.tr("&Redo"), self.tr("&Redo %1")),
        ):
            action.setText(named.replace("%1", step) if step else plain)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """After a language switch: the texts composed at run time (gui.i18n swaps the fixed
        ones): the title, the zoom, the undo history with Undo/Redo, and the analysis (the
        problems, the inspector's and the cards' texts, why Train is disabled)."""
        self.document.refresh_analysis()
        self.document.retranslate_history()
        self._update_undo_texts()
        self._update_title()
        self._show_zoom(self.view.zoom)

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("%1[*] — LayerLab").replace("%1", self.files.display_name))
        self.setWindowModified(self.document.dirty)

    def _update_edit_actions(self) -> None:
        has_nodes = bool(self.scene.selected_node_ids())
        for action in (self.cut_action, self.copy_action, self.duplicate_action):
            action.setEnabled(has_nodes)
        self.delete_action.setEnabled(has_nodes or bool(self.scene.selected_edges()))

    def _on_project_replaced(self) -> None:
        self._paste_count = 0
        self.statusBar().clearMessage()
        if self.isVisible():
            self.view.fit_to_view()
        else:
            self._fitted_once = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._fitted_once:
            self._fitted_once = True
            self.view.fit_to_view()
        QTimer.singleShot(0, self._hide_stale_tab_bars)

    def _hide_stale_tab_bars(self) -> None:
        """Hide dock tab bars Qt no longer uses but left on screen.

        Qt 6.12 makes a new tab bar each time a tab group grows while another group exists, and
        the old bar stays visible at its old place, where bits of it peek out between the docks.
        The bar in use sits right under the visible dock of its group; any other is stale.
        """
        docks = [d for d in self.findChildren(QDockWidget) if d.isVisible() and not d.isFloating()]
        for bar in self.findChildren(QTabBar):
            if bar.parentWidget() is not self:
                continue
            # Whole titles ("Loss landscape", not "Loss lan…"), with scroll arrows when a group
            # has more tabs than its width holds.
            bar.setElideMode(Qt.TextElideMode.ElideNone)
            bar.setUsesScrollButtons(True)
            if not bar.isVisible():
                continue
            rect = bar.geometry()
            in_use = any(
                abs(d.geometry().left() - rect.left()) <= 2 and 0 <= rect.top() - d.geometry().bottom() <= 8
                for d in docks
                if not d.visibleRegion().isEmpty()
            )
            if not in_use:
                bar.hide()

    def add_layer_at_center(self, type_name: str) -> str:
        """Add a layer in the middle of what the canvas shows (palette double-click)."""
        center = self.view.mapToScene(self.view.viewport().rect().center())
        node_id = self.scene.add_layer(type_name, center)
        self.view.setFocus()
        return node_id

    def export(self) -> ExportDialog:
        """File → Export…: the network as ONNX, PyTorch or Keras (see gui/export_dialog.py)."""
        return open_export_dialog(self)

    # -- canvas editing ----------------------------------------------------------------------------------
    def copy(self) -> None:
        ids = self.scene.selected_node_ids()
        if not ids:
            return
        mime = QMimeData()
        mime.setData(NODES_MIME, editing.copy_payload(self.document, ids).encode("utf-8"))
        QApplication.clipboard().setMimeData(mime)
        self._paste_count = 0

    def cut(self) -> None:
        self.copy()
        self.delete_selection()

    def paste(self) -> None:
        mime = QApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(NODES_MIME):
            return
        self._paste_count += 1
        offset = PASTE_STEP * self._paste_count
        payload = bytes(mime.data(NODES_MIME).data()).decode("utf-8")
        self.document.select(editing.paste(self.document, payload, (offset, offset)))

    def duplicate(self) -> None:
        ids = self.scene.selected_node_ids()
        if ids:
            payload = editing.copy_payload(self.document, ids)
            self.document.select(editing.paste(self.document, payload, (PASTE_STEP, PASTE_STEP)))

    def delete_selection(self) -> None:
        editing.delete(self.document, self.scene.selected_node_ids(), self.scene.selected_edges())

    def select_all(self) -> None:
        self.document.select(list(self.document.graph.nodes))

    def arrange(self) -> None:
        editing.arrange_all(self.document)
        self.view.fit_to_view()

    # -- closing -------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.files.maybe_save():
            event.ignore()
            return
        self.about_to_close.emit()
        self.files.close_session()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        event.accept()

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
