"""Lessons in the window: the lesson panel, the comparison plot and the Lessons menu.

:func:`install` adds them to a :class:`~gui.main_window.MainWindow` after the training half
(:mod:`gui.training_ui`), whose worker, panels and plots the lesson steps drive.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenu

from gui.lessons.panel import LessonPanel, language
from gui.plots.comparison import ComparisonPlot

if TYPE_CHECKING:
    from gui.main_window import MainWindow


@dataclass
class LessonsUi:
    panel: LessonPanel
    comparison: ComparisonPlot
    menu: QMenu


def tr(text: str) -> str:
    return QCoreApplication.translate("Lessons", text)


def install(window: "MainWindow") -> LessonsUi:
    """Dock the lesson panel (beside the inspector) and the comparison plot (with the output
    plots), and add the Lessons menu."""
    ui = window.training
    comparison = ComparisonPlot(ui.worker, window)
    compare_dock = window.add_panel(
        comparison, tr("Compare runs"), Qt.DockWidgetArea.BottomDockWidgetArea, tabbed=False
    )
    window.tabifyDockWidget(ui.boundary.parentWidget(), compare_dock)
    compare_dock.visibilityChanged.connect(comparison.set_shown)
    panel = LessonPanel(window, comparison, window)
    lesson_dock = window.add_panel(panel, tr("Lesson"), Qt.DockWidgetArea.RightDockWidgetArea, tabbed=False)
    window.tabifyDockWidget(window.inspector.parentWidget(), lesson_dock)
    window.inspector.parentWidget().raise_()
    ui.boundary.parentWidget().raise_()
    menu = window.menuBar().addMenu(tr("&Lessons"))
    menu.setObjectName("lessonsMenu")

    def open_lesson(row: int) -> None:
        lesson_dock.show()
        lesson_dock.raise_()
        # Room for the list and the step's text: most of the right-hand column.
        wanted = int(0.6 * window.height())
        window.resizeDocks([lesson_dock], [max(lesson_dock.height(), wanted)], Qt.Orientation.Vertical)
        panel.open_lesson(row)

    def fill() -> None:
        menu.clear()
        show = menu.addAction(tr("Show the Lesson Panel"))
        show.triggered.connect(lambda: open_lesson(max(0, panel.list.currentRow())))
        menu.addSeparator()
        lang = language()
        for row, lesson in enumerate(panel.lessons):
            action = menu.addAction(f"{lesson.id}  {lesson.title[lang]}")
            action.triggered.connect(lambda _=False, r=row: open_lesson(r))

    fill()
    menu.aboutToShow.connect(fill)  # titles in the language in use now
    window.about_to_close.connect(panel.shutdown)
    return LessonsUi(panel, comparison, menu)
