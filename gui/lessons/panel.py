"""The lesson panel: pick one of the syllabus's lessons and walk through it step by step.

Each step says what to do and where to look. "Run this step" does what the step says on the
real window (see :mod:`gui.lessons.actions`) and brings the plot to look at to the front;
Back/Next move between steps, Reset puts the lesson's project back to its start so the lesson
can be replayed. Texts come from the lesson files in the app's language (English or Simplified
Chinese) and follow a language switch.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.lessons import Lesson, LessonFileError, load_lessons
from engine.messages import reason
from gui.i18n import translated
from gui.lessons.actions import COMPARISON_ACTIONS, StepRunner, language

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.plots.comparison import ComparisonPlot

#: The plots a step can point at, by the name lesson files use, with the dock title they carry.
PLOT_TITLES = {
    "loss": QT_TRANSLATE_NOOP("LessonPanel", "Loss"),
    "landscape": QT_TRANSLATE_NOOP("LessonPanel", "Loss landscape"),
    "activations": QT_TRANSLATE_NOOP("LessonPanel", "Activations"),
    "boundary": QT_TRANSLATE_NOOP("LessonPanel", "Output"),
    "gradient_flow": QT_TRANSLATE_NOOP("LessonPanel", "Gradient flow"),
    "confusion": QT_TRANSLATE_NOOP("LessonPanel", "Confusion matrix"),
    "data": QT_TRANSLATE_NOOP("LessonPanel", "Data"),
    "canvas": QT_TRANSLATE_NOOP("LessonPanel", "Canvas"),
}
#: Views whose results a finished comparison answers better than the main plots do.
COMPARED_VIEWS = ("loss", "landscape", "boundary", "gradient_flow")
#: Where the teacher was (``"07:2"``: lesson 07, third step), kept in the app's settings.
PLACE_KEY = "lessons/place"
ERROR_STYLE = "color: #c0392b;"
NOTE_STYLE = "color: #5c6370;"


class LessonPanel(QWidget):
    """Lesson list, progress, the step's text and what to look at, and the step buttons
    (objectName ``lessonPanel``)."""

    def __init__(self, window: "MainWindow", comparison: "ComparisonPlot", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("lessonPanel")
        self.window_ = window
        self.comparison = comparison
        self.runner = StepRunner(window, comparison, self)
        self.lessons: list[Lesson] = []
        self.lesson: Lesson | None = None
        self.step = 0
        #: Steps run in the open lesson, and the last comparison-type step run (its plot answers
        #: a later "show" step that looks at the loss or the surface).
        self.ran: set[int] = set()
        self._compared_at: int | None = None
        self._build()
        self.runner.message.connect(self._show_message)
        #: Why the lessons could not be read (shown in the interface language), or None.
        self._load_error: LessonFileError | None = None
        try:
            self.lessons = load_lessons()
        except LessonFileError as exc:
            self._load_error = exc
            self._show_message(translated(reason(exc)))
        self.retranslate()
        self._restore_place()

    # -- building ------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.list = QListWidget(self)
        self.list.setObjectName("lessonList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMaximumHeight(170)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentRowChanged.connect(self.open_lesson)
        layout.addWidget(self.list)
        self.title = QLabel(self)
        self.title.setObjectName("lessonTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(NOTE_STYLE)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("lessonProgress")
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.text = QLabel(self)
        self.text.setObjectName("lessonStepText")
        self.text.setWordWrap(True)
        self.text.setStyleSheet("font-size: 11pt;")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.look_at = QLabel(self)
        self.look_at.setObjectName("lessonLookAt")
        self.look_at.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("lessonMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        for widget in (self.title, self.summary, self.progress_label, self.progress, self.text, self.look_at):
            layout.addWidget(widget)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.run_button = QPushButton(self)
        self.run_button.setObjectName("lessonRunButton")
        self.run_button.setStyleSheet("QPushButton { font-weight: bold; padding: 4px 14px; }")
        self.run_button.clicked.connect(self.run_step)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("lessonBackButton")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("lessonNextButton")
        self.next_button.clicked.connect(self.next)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("lessonResetButton")
        self.reset_button.clicked.connect(self.reset)
        layout.addWidget(self.run_button)
        row = QHBoxLayout()
        for button in (self.back_button, self.next_button, self.reset_button):
            row.addWidget(button)
        layout.addLayout(row)

    # -- language --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every text again in the current language (lesson texts from the files, the rest
        through Qt's translation)."""
        lang = language()
        current = self.list.currentRow()
        self.list.blockSignals(True)
        self.list.clear()
        for lesson in self.lessons:
            item = QListWidgetItem(f"{lesson.id}  {lesson.title[lang]}")
            item.setToolTip(lesson.summary[lang])
            self.list.addItem(item)
        self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self.reset_button.setText(self.tr("Reset lesson"))
        self.reset_button.setToolTip(self.tr("Put the lesson's project back as it started, to replay it"))
        if self._load_error is not None:
            self._show_message(translated(reason(self._load_error)))
        self._show_step()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def plot_title(self, look_at: str) -> str:
        return QCoreApplication.translate("LessonPanel", PLOT_TITLES.get(look_at, look_at))

    # -- navigation ----------------------------------------------------------------------------------------
    def open_lesson(self, row: int) -> None:
        """Show lesson ``row`` at its first step (its project loads when a step is run)."""
        if not 0 <= row < len(self.lessons):
            return
        lesson = self.lessons[row]
        if lesson is not self.lesson:
            self.runner.stop()
            self.lesson, self.step = lesson, 0
            self.ran, self._compared_at = set(), None
            self._show_message("")
        if self.list.currentRow() != row:
            self.list.setCurrentRow(row)
        self._show_step()
        self._remember_place()

    def go_to(self, index: int) -> None:
        if self.lesson is None:
            return
        index = max(0, min(index, len(self.lesson.steps) - 1))
        if index != self.step:
            self.runner.stop()
            self.step = index
            self._show_message("")
        self._show_step()
        self._remember_place()

    def _remember_place(self) -> None:
        """The next lecture starts where this one stopped (lesson and step, not their runs)."""
        if self.lesson is not None:
            settings = self.window_.settings
            settings.setValue(PLACE_KEY, f"{self.lesson.id}:{self.step}")

    def _restore_place(self) -> None:
        place = str(self.window_.settings.value(PLACE_KEY, "") or "")
        lesson_id, _, step = place.partition(":")
        row = next((i for i, lesson in enumerate(self.lessons) if lesson.id == lesson_id), 0)
        if self.lessons:
            self.list.setCurrentRow(row)
            if step.isdigit():
                self.go_to(int(step))

    def next(self) -> None:
        self.go_to(self.step + 1)

    def back(self) -> None:
        self.go_to(self.step - 1)

    def reset(self) -> None:
        """Back to step 1 with the lesson's project as it started."""
        self.runner.reset()
        self.ran, self._compared_at = set(), None
        self.step = 0
        self._show_message("")
        self._show_step()

    def run_step(self) -> None:
        """Do what the step says, then bring the plot to look at to the front."""
        lesson = self.lesson
        if lesson is None:
            return
        step = lesson.steps[self.step]
        kind = next(iter(step.action))
        earlier = self._comparison_before(self.step)
        if kind == "show" and step.look_at in COMPARED_VIEWS and earlier is not None:
            # "Compare the curves" right after opening the lesson: run the comparison it means.
            if self._compared_at != earlier and not self.runner.run(lesson, earlier):
                return
            self._compared_at = earlier
            self.ran.add(earlier)
        if not self.runner.run(lesson, self.step):
            return
        self.ran.add(self.step)
        if kind in COMPARISON_ACTIONS:
            self._compared_at = self.step
        elif kind == "train":
            self._compared_at = None
        self.raise_plot(
            step.look_at, kind in COMPARISON_ACTIONS or self._answers_from_comparison(step.look_at)
        )
        self._show_step()

    def _comparison_before(self, index: int) -> int | None:
        """The comparison, race or curvature step a later "show" step refers to: the last one
        before ``index`` with no training step in between (None if there is none)."""
        for k in range(index - 1, -1, -1):
            kind = next(iter(self.lesson.steps[k].action))
            if kind in COMPARISON_ACTIONS:
                return k
            if kind == "train":
                return None
        return None

    def _answers_from_comparison(self, look_at: str) -> bool:
        return self._compared_at is not None and self._compared_at < self.step and look_at in COMPARED_VIEWS

    def raise_plot(self, look_at: str, comparison: bool = False) -> None:
        """Bring the dock of the plot ``look_at`` names (or the comparison) to the front."""
        if comparison:
            self.comparison.select_view(look_at)
            widget = self.comparison
        else:
            ui = self.window_.training
            widget = {
                "loss": ui.loss,
                "landscape": ui.landscape,
                "activations": ui.activations,
                "boundary": ui.boundary,
                "gradient_flow": ui.gradients,
                "confusion": ui.confusion,
                "data": ui.data,
            }.get(look_at)
        if widget is None:  # the canvas: always in view
            self.window_.view.setFocus()
            return
        dock = widget.parentWidget()
        dock.show()
        dock.raise_()
        if comparison:
            # Curves and surfaces side by side need room: most of the width under the canvas,
            # and more of the height than the canvas while the runs are compared.
            window = self.window_
            central = window.centralWidget()
            wide = int(0.7 * (central.width() + dock.width()))
            window.resizeDocks([dock], [max(dock.width(), wide)], Qt.Orientation.Horizontal)
            tall = int(0.6 * (central.height() + dock.height()))
            window.resizeDocks([dock], [max(dock.height(), tall)], Qt.Orientation.Vertical)

    # -- showing ------------------------------------------------------------------------------------------
    def _show_step(self) -> None:
        lesson = self.lesson
        has = lesson is not None
        for button in (self.run_button, self.back_button, self.next_button, self.reset_button):
            button.setEnabled(has)
        if not has:
            self.title.setText(self.tr("Choose a lesson"))
            self.summary.clear()
            self.text.clear()
            self.look_at.clear()
            self.progress_label.clear()
            self.run_button.setText(self.tr("Run this step"))
            return
        lang = language()
        count = len(lesson.steps)
        step = lesson.steps[self.step]
        self.title.setText(f"{lesson.id}  {lesson.title[lang]}")
        self.summary.setText(lesson.summary[lang])
        progress = self.tr("Step %1 of %2").replace("%1", str(self.step + 1)).replace("%2", str(count))
        if self.step in self.ran:
            progress += "  ✓"
        self.progress_label.setText(progress)
        self.progress.setRange(0, count)
        self.progress.setValue(len(self.ran))
        self.text.setText(step.text[lang])
        kind = next(iter(step.action))
        where = self.plot_title(step.look_at)
        refers = step.look_at in COMPARED_VIEWS and self._comparison_before(self.step) is not None
        if kind in COMPARISON_ACTIONS or (kind == "show" and refers):
            where = self.tr("Compare runs — %1").replace("%1", where)
        self.look_at.setText(self.tr("Look at: %1").replace("%1", where))
        self.run_button.setText(self.tr("Show me") if kind == "show" else self.tr("Run this step"))
        self.back_button.setEnabled(self.step > 0)
        self.next_button.setEnabled(self.step < count - 1)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def shutdown(self) -> None:
        """The window is closing: stop what the lesson started."""
        self.comparison.shutdown()
        self.runner.stop()
