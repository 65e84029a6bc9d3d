"""Classroom mode: presentation mode, a plot full screen, hidden controls handed out in a project."""

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget

from engine.project import Project
from gui import classroom
from gui.classroom import ADVANCED, CONTROL_IDS, HideControlsDialog


@pytest.fixture(autouse=True)
def normal_font_afterwards(qapp):
    """Presentation mode enlarges the application font; the next test gets the normal one."""
    font = qapp.font()
    yield
    qapp.setFont(font)


def _lines(window) -> list[pg.PlotDataItem]:
    """The plots' data lines (their pens are what the class sees)."""
    items = [i for view in window.findChildren(pg.GraphicsView) for i in view.items()]
    return [i for i in items if isinstance(i, pg.PlotDataItem) and i.opts.get("pen") is not None]


def _dock(window, name: str) -> QDockWidget:
    return next(d for d in window.findChildren(QDockWidget) if d.objectName() == f"{name}Dock")


def test_every_control_is_found_in_the_window(window):
    for control in classroom.CONTROLS:
        if control.id == "panel.lessons" and not window.findChildren(QDockWidget, "lessonPanelDock"):
            continue
        assert control.find(window), f"{control.id} names nothing in the window"


def test_presentation_mode_enlarges_text_thickens_lines_and_hides_advanced_controls(window):
    room = window.classroom
    panel = window.training.panel
    size = QApplication.font().pointSizeF()
    zoom = window.view.zoom
    widths = {id(c): c.opts["pen"].widthF() for c in _lines(window)}
    assert widths and panel.seed.isVisible() and panel.backend.isVisible()

    window.classroom.presentation_action.trigger()  # F5
    assert room.presenting
    assert QApplication.font().pointSizeF() == pytest.approx(size * classroom.DEFAULT_SCALE)
    assert window.view.zoom == pytest.approx(zoom * classroom.DEFAULT_SCALE)  # bigger layer cards
    for line in _lines(window):
        assert line.opts["pen"].widthF() >= max(classroom.MIN_PEN_WIDTH, widths[id(line)])
    line = _lines(window)[0]
    line.setData([0.0, 1.0], [0.0, 1.0])  # new data, as while training: the line stays thick
    assert line.curve.opts["pen"].widthF() >= classroom.MIN_PEN_WIDTH
    for control in ("training.seed", "training.backend", "training.schedule", "training.regularization"):
        assert control in ADVANCED
    assert not panel.seed.isVisible() and not panel.backend.isVisible()
    assert panel.rate_slider.isVisible() and panel.batch_size.isVisible()
    assert window.settings.value(classroom.PRESENTATION_KEY, type=bool)

    window.classroom.presentation_action.trigger()
    assert not room.presenting
    assert QApplication.font().pointSizeF() == pytest.approx(size)
    assert window.view.zoom == pytest.approx(zoom)
    assert {id(c): c.opts["pen"].widthF() for c in _lines(window)} == widths
    assert panel.seed.isVisible() and panel.backend.isVisible()


def test_hidden_controls_are_saved_with_the_project_and_restored(make_window, tmp_path):
    teacher = make_window()
    teacher.classroom.set_hidden_controls(["training.seed", "panel.inspector"], presentation=False)
    assert not teacher.training.panel.seed.isVisible()
    assert not _dock(teacher, "inspector").isVisible()
    assert teacher.document.dirty
    teacher.document.undo_stack.undo()
    assert teacher.training.panel.seed.isVisible() and _dock(teacher, "inspector").isVisible()
    teacher.document.undo_stack.redo()
    assert not teacher.training.panel.seed.isVisible()

    path = tmp_path / "handout.layerlab"
    teacher.document.project.save(path)
    assert Project.load(path).classroom == {
        "hidden_controls": ["training.seed", "panel.inspector"],
        "presentation": False,
    }
    student = make_window(path)
    assert student.classroom.hidden_controls() == ["training.seed", "panel.inspector"]
    assert not student.training.panel.seed.isVisible()
    assert not _dock(student, "inspector").isVisible()
    assert student.training.panel.batch_size.isVisible()

    student.classroom.show_all_action.trigger()
    assert student.training.panel.seed.isVisible() and _dock(student, "inspector").isVisible()
    assert student.document.project.classroom is None


def test_a_handout_can_open_in_presentation_mode(make_window, tmp_path):
    teacher = make_window()
    teacher.classroom.set_hidden_controls(["plot.confusion"], presentation=True)
    path = tmp_path / "present.layerlab"
    teacher.document.project.save(path)
    student = make_window(path)
    assert student.classroom.presenting
    student.classroom.set_presenting(False)


def test_unknown_controls_in_a_file_are_reported_not_fatal(make_window, tmp_path):
    window = make_window()
    project = window.document.project
    project.classroom = {"hidden_controls": ["training.seed", "training.warp_drive"], "presentation": False}
    path = tmp_path / "newer.layerlab"
    project.save(path)
    opened = make_window(path)
    assert opened.classroom.hidden_controls() == ["training.seed"]
    assert "training.warp_drive" in opened.statusBar().currentMessage()
    with pytest.raises(ValueError, match="warp_drive"):
        opened.classroom.set_hidden_controls(["training.warp_drive"])


def test_hide_controls_dialog_lists_every_control(window, qtbot, monkeypatch):
    dialog = HideControlsDialog({"training.backend"}, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(CONTROL_IDS)
    assert dialog.chosen() == ["training.backend"]
    dialog.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == [CONTROL_IDS[0], "training.backend"]

    def accept(self):
        self.list.item(CONTROL_IDS.index("training.seed")).setCheckState(Qt.CheckState.Checked)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(HideControlsDialog, "exec", accept)
    window.classroom.hide_action.trigger()
    assert window.classroom.hidden_controls() == ["training.seed"]


def test_a_plot_goes_full_screen_and_comes_back(window, qtbot):
    room = window.classroom
    dock = _dock(window, "boundaryPlot")
    assert dock in room.plot_docks()
    assert room.current_plot_dock() is not None
    room.toggle_fullscreen_plot(dock)
    assert room.fullscreen_dock is dock
    assert dock.isFloating() and dock.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(dock.widget(), Qt.Key.Key_Escape)
    assert room.fullscreen_dock is None
    assert not dock.isFloating()
    assert not dock.windowState() & Qt.WindowState.WindowFullScreen

    window.classroom.fullscreen_action.trigger()  # F11 on the plot in view
    full = room.fullscreen_dock
    assert full is not None and full.isFloating()
    qtbot.keyClick(full.widget(), Qt.Key.Key_F11)
    assert room.fullscreen_dock is None and not full.isFloating()


def test_a_handout_in_presentation_mode_does_not_change_the_users_choice(make_window, tmp_path):
    teacher = make_window()
    teacher.classroom.set_hidden_controls([], presentation=True)
    path = tmp_path / "present.layerlab"
    teacher.document.project.save(path)
    student = make_window(path)
    assert student.classroom.presenting and student.classroom.presentation_action.isChecked()
    assert not student.settings.value(classroom.PRESENTATION_KEY, False, type=bool)
    student.classroom.presentation_action.trigger()
    assert not student.classroom.presenting


def test_showing_controls_again_gives_back_what_was_there(window):
    room = window.classroom
    panel = window.training.panel
    problems = _dock(window, "problemsPanel")
    problems.close()  # the user closed it before the teacher hid it
    assert panel.schedule_settings.isHidden()  # a constant rate has no settings to show
    room.set_hidden_controls(["panel.problems", "training.schedule"])
    room.set_presenting(True)
    room.set_presenting(False)
    room.set_hidden_controls([])
    assert problems.isHidden()
    assert panel.schedule_settings.isHidden()
    assert panel.schedule.isVisible()
