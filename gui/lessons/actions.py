"""Carrying out a lesson step on the real window, the way a user's clicks would.

A step's settings go through the document (one undoable edit per step, as the data and
training panels make them), a data set change through the data panel (so the Input follows the
data), training through the worker's Train (what the Train button calls), and a comparison,
race or curvature into the comparison plot. Nothing here computes: the engine does
(:mod:`engine.lessons`).

The lesson's project is loaded as File ▸ New from Template loads a template (asking first
whether to save the user's changes). The project a step starts from is always the preset plus
the ``set`` steps before it, so a teacher may jump to any step, go back, or replay: the lesson
remembers the undo-stack position after each step and returns there.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal

from engine import testfunctions
from engine.errors import LayerLabError
from engine.graph import SetConfig
from engine.lessons import Lesson
from engine.lessons.compare import Comparison, copy_project
from engine.lessons.runner import apply_setting, build_project, layer_node
from engine.messages import QT_TRANSLATE_NOOP, Message, reason
from engine.project import Project
from engine.trainer import RUNNING
from gui.i18n import translated
from gui.templates import Template
from gui.worker import UNAVAILABLE

if TYPE_CHECKING:
    from gui.main_window import MainWindow
    from gui.plots.comparison import ComparisonPlot

#: How often, and how many times, a train step checks whether the worker is ready for Train.
READY_POLL_MS = 30
READY_TRIES = 200
#: Actions whose results the comparison plot shows.
COMPARISON_ACTIONS = ("compare", "race", "curvature")


def tr(text: str) -> str:
    return QCoreApplication.translate("LessonActions", text)


def language() -> str:
    """The lesson-file language matching the app's: Simplified Chinese or English."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def setting_problem(path: str, problem: str) -> LayerLabError:
    """A step's setting the window refused, and why (the why in the interface language)."""
    return LayerLabError(
        Message(
            QT_TRANSLATE_NOOP("lessons", "{path}: {problem}"), context="lessons", path=path, problem=problem
        )
    )


@dataclass
class Progress:
    """How far the open lesson's project is: which steps' edits it holds, where on the undo stack."""

    lesson: Lesson
    project: Project
    #: ``marks[k]``: the undo-stack index once the edits of steps 0 … k−1 are in (marks[0]: preset).
    marks: list[int]


class StepRunner(QObject):
    """Runs lesson steps on ``window``; reports problems through :attr:`message`."""

    #: Something the teacher should read (a step that could not run, and why); "" clears it.
    message = Signal(str)

    def __init__(self, window: "MainWindow", comparison: "ComparisonPlot", parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self.comparison = comparison
        self.progress: Progress | None = None
        self._train_timer = QTimer(self)
        self._train_timer.setInterval(READY_POLL_MS)
        self._train_timer.timeout.connect(self._train_when_ready)
        self._tries = 0
        self._reset_sent = False

    @property
    def document(self):
        return self.window.document

    def owns_document(self) -> bool:
        """Whether the window shows this lesson's project (not one the user opened since)."""
        return self.progress is not None and self.document.project is self.progress.project

    # -- the project -----------------------------------------------------------------------------------
    def load(self, lesson: Lesson) -> bool:
        """Replace the window's project by the lesson's preset (False: the user kept theirs)."""
        try:
            build_project(lesson.preset)  # a broken preset is reported before anything is replaced
        except LayerLabError as exc:
            self.message.emit(
                tr("This lesson's project cannot be built: %1").replace("%1", translated(reason(exc)))
            )
            return False
        lang = language()
        title = lesson.title.get(lang, lesson.slug)
        template = Template(
            f"lesson-{lesson.id}", title, lesson.summary.get(lang, ""), lambda: build_project(lesson.preset)
        )
        if not self.window.files.new_project(template):
            return False
        self.progress = Progress(lesson, self.document.project, [self.document.undo_stack.index()])
        return True

    def reset(self) -> None:
        """Stop what the lesson started and put its project back as the preset loaded it."""
        self.stop()
        if self.owns_document():
            self.document.undo_stack.setIndex(self.progress.marks[0])
            del self.progress.marks[1:]
            self.window.training.worker.reset()

    def stop(self) -> None:
        """The lesson moved on: runs started for the last step stop (their curves stay)."""
        self._train_timer.stop()
        self.comparison.stop()

    def _bring_to(self, lesson: Lesson, index: int) -> bool:
        """Make the project the preset plus the edits of steps before ``index``."""
        fresh = not self.owns_document() or self.progress.lesson is not lesson
        if fresh and not self.load(lesson):
            return False
        progress = self.progress
        stack = self.document.undo_stack
        done = len(progress.marks) - 1
        if index < done:
            # Back to an earlier step: undo to where it started (or as far back as the user
            # already undid). Edits the user made on top of the last step are kept otherwise.
            keep = max(
                (k for k in range(min(index, done) + 1) if progress.marks[k] <= stack.index()), default=0
            )
            stack.setIndex(progress.marks[keep])
            del progress.marks[keep + 1 :]
        for k in range(len(progress.marks) - 1, index):
            self._edit(lesson, k)
            progress.marks.append(stack.index())
        progress.marks[index] = stack.index()  # with any edits the user made since the last step
        return True

    def _edit(self, lesson: Lesson, index: int) -> None:
        """The document edits of step ``index`` (settings, or a train step's epochs)."""
        ((kind, spec),) = lesson.steps[index].action.items()
        text = tr("Lesson %1, step %2").replace("%1", lesson.id).replace("%2", str(index + 1))
        if kind == "set":
            self.apply_settings(spec, text)
        elif kind == "train" and "epochs" in spec:
            training = {**self.document.project.training, "epochs": spec["epochs"]}
            self.document.update_settings(text, training=training)

    def apply_settings(self, changes: dict[str, Any], text: str) -> None:
        """Set ``changes`` (lesson setting paths → values) as one undoable edit, each through
        the path a user's edit takes: SetConfig for a layer, the data panel for a data set."""
        document = self.document
        with document.macro(text):
            for path, value in changes.items():
                head = path.split(".")[0]
                if head == "layers":
                    error = document.execute(
                        SetConfig(layer_node(document.project, path), {path.split(".")[2]: value})
                    )
                    if error:
                        raise setting_problem(path, error)
                    continue
                scratch = copy_project(document.project)
                apply_setting(scratch, path, value)  # validates the path; the engine parses it
                if head == "dataset":
                    if not self.window.training.data.set_dataset(scratch.dataset, text):
                        raise setting_problem(path, self.window.training.data.error.text())
                else:
                    document.update_settings(text, **{head: getattr(scratch, head)})

    # -- steps --------------------------------------------------------------------------------------------
    def run(self, lesson: Lesson, index: int) -> bool:
        """Carry out step ``index`` of ``lesson``; False (with a message) when it could not run.
        A step that only shows something leaves runs going (it usually shows their results)."""
        step = lesson.steps[index]
        ((kind, spec),) = step.action.items()
        if kind != "show":
            self.stop()
        self.message.emit("")
        try:
            if not self._bring_to(lesson, index):
                return False
            if kind in ("set", "train"):
                self._edit(lesson, index)
                self.progress.marks.append(self.document.undo_stack.index())
            if kind == "train":
                self._start_training()
            elif kind == "compare":
                project = self.document.project
                epochs = spec.get("epochs", project.training.get("epochs") or 10)
                comparison = Comparison(project, spec["variants"], epochs, spec.get("snapshot_every", 0))
                lang = language()
                names = {label: texts[lang] for label, texts in spec.get("labels", {}).items()}
                self.comparison.show_comparison(comparison, step.look_at, names)
            elif kind == "race":
                paths = testfunctions.race(
                    spec["function"],
                    spec.get("optimizers"),
                    steps=spec.get("steps", 1000),
                    learning_rates=spec.get("learning_rates"),
                )
                self.comparison.show_race(spec["function"], paths)
            elif kind == "curvature":
                at = tuple(spec["at"])
                self.comparison.show_curvature(
                    spec["function"], at, testfunctions.curvature_at(spec["function"], at)
                )
        except LayerLabError as exc:
            self.message.emit(tr("This step could not run: %1").replace("%1", translated(reason(exc))))
            return False
        except KeyError as exc:  # the lesson file left out a setting the action needs
            self.message.emit(tr("This step could not run: it needs the setting %1").replace("%1", str(exc)))
            return False
        return True

    def _start_training(self) -> None:
        """Fresh weights, then Train — once the worker has caught up with the edits."""
        worker = self.window.training.worker
        if worker.running:
            worker.pause()
        self._reset_sent = False
        self._tries = 0
        self._train_timer.start()

    def _train_when_ready(self) -> None:
        worker = self.window.training.worker
        self._tries += 1
        if self._tries > READY_TRIES:
            self._train_timer.stop()
            why = worker.reason or tr("the training is still busy with the last change")
            self.message.emit(tr("Training did not start: %1").replace("%1", why))
            return
        if worker.busy or worker.state == RUNNING:
            return
        if worker.state == UNAVAILABLE:
            if worker.reason and self._tries > 3:
                self._train_timer.stop()
                self.message.emit(tr("Cannot train yet: %1").replace("%1", worker.reason))
            return
        if not self._reset_sent and (worker.step > 0 or not worker.can_train):
            self._reset_sent = True
            worker.reset()
            return
        self._train_timer.stop()
        worker.train()
