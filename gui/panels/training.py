"""The training panel: how to train (optimizer, learning rate, schedule, batch size, epochs,
regularization, seed, backend) and the buttons that do it (Train/Pause, Step, Epoch, Stop, Reset).

Every setting is saved into the project through the document (so it is undoable and saved with
the file); the worker hears about it and passes what a running trainer can change — learning
rate, optimizer, batch size, regularization — on at once.
"""

import inspect
import math
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine import backends, optimizers, schedules
from engine.graph import SetConfig
from engine.trainer import DIVERGED, PAUSED, RUNNING
from gui.document import GraphDocument
from gui.engine_texts import engine_text
from gui.field_editors import FloatSpinBox, IntSpinBox, humanize
from gui.session import DEFAULT_BATCH_SIZE, DEFAULT_EPOCHS, optimizer_config, regularizers
from gui.widgets import compact
from gui.worker import UNAVAILABLE, TrainingWorker

#: The learning-rate slider covers 10^LOW … 10^HIGH (Playground: 0.00001 … 10) in STEPS per decade.
LOG_LOW, LOG_HIGH, STEPS = -5, 1, 100
#: Backends offered, in order; "auto" starts on the reference backend and switches to the JIT.
BACKENDS = {
    "auto": QT_TRANSLATE_NOOP("TrainingPanel", "Auto (reference now, CPU JIT when compiled)"),
    "cpu": QT_TRANSLATE_NOOP("TrainingPanel", "CPU JIT (numba)"),
    "reference": QT_TRANSLATE_NOOP("TrainingPanel", "Reference (numpy)"),
    "cuda": QT_TRANSLATE_NOOP("TrainingPanel", "CUDA (GPU)"),
}
#: Shown in the regularization choice when the Dense layers differ (set per layer in the inspector).
MIXED = "mixed"
#: Regularization strength offered when the user first picks L1 or L2.
DEFAULT_STRENGTH = 0.001
ERROR_STYLE = "color: #c0392b;"
NOTE_STYLE = "color: #5c6370;"


def _learning_rate(spec: Any) -> float:
    """The initial learning rate of a number or a schedule config."""
    if isinstance(spec, dict):
        return float(spec.get("initial_learning_rate", 0.01))
    return float(spec) if isinstance(spec, int | float) and not isinstance(spec, bool) else 0.01


def _schedule_parameters(name: str) -> list[tuple[str, Any]]:
    """A schedule's own settings with their defaults (not the learning rate, not nesting)."""
    cls = schedules.SCHEDULES.get(name)
    skip = {"self", "initial_learning_rate", "after"}
    return [
        (p.name, p.default) for p in inspect.signature(cls.__init__).parameters.values() if p.name not in skip
    ]


class TrainingPanel(QScrollArea):
    """Training settings and controls (objectName ``trainingPanel``)."""

    def __init__(
        self, document: GraphDocument, worker: TrainingWorker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document, self.worker = document, worker
        self._loading = False
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self._buttons())
        self.reason = QLabel(page)
        self.reason.setObjectName("trainingReason")
        self.reason.setWordWrap(True)
        self.reason.setStyleSheet(ERROR_STYLE)
        self.message = QLabel(page)
        self.message.setObjectName("trainingMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._settings(form)
        layout.addLayout(form)
        layout.addStretch(1)
        self.setWidget(page)
        document.settings_changed.connect(lambda _: self.load())
        document.project_replaced.connect(self.load)
        document.analysis_changed.connect(self._load_regularization)
        worker.state_changed.connect(self._on_state)
        worker.failed.connect(self._show_failure)
        worker.session_changed.connect(self._update_buttons)
        self.load()
        self._on_state(worker.state, worker.reason)

    # -- building ---------------------------------------------------------------------------------------
    def _button(self, name: str, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _buttons(self) -> QGridLayout:
        self.train_button = self._button(
            "trainButton", self.tr("Train"), self.tr("Train, or pause training (Space)"), self._train_or_pause
        )
        self.train_button.setShortcut(Qt.Key.Key_Space)
        self.train_button.setStyleSheet("QPushButton { font-weight: bold; padding: 4px 14px; }")
        self.step_button = self._button(
            "stepButton",
            self.tr("Step"),
            self.tr("Train on exactly one batch, then pause"),
            self.worker.step_once,
        )
        self.epoch_button = self._button(
            "epochButton",
            self.tr("Epoch"),
            self.tr("Train to the end of this epoch, then pause"),
            self.worker.step_epoch,
        )
        self.stop_button = self._button(
            "stopButton", self.tr("Stop"), self.tr("End this run and keep the weights"), self.worker.stop
        )
        self.reset_button = self._button(
            "resetButton",
            self.tr("Reset"),
            self.tr("Fresh weights from the seed; the plots start over"),
            self.worker.reset,
        )
        grid = QGridLayout()
        grid.addWidget(self.train_button, 0, 0, 1, 4)
        for column, button in enumerate(
            (self.step_button, self.epoch_button, self.stop_button, self.reset_button)
        ):
            button.setMinimumWidth(40)
            grid.addWidget(button, 1, column)
        return grid

    def _settings(self, form: QFormLayout) -> None:
        self.optimizer = QComboBox(self)
        compact(self.optimizer)
        for name in optimizers.OPTIMIZERS.names():
            self.optimizer.addItem(engine_text(optimizers.OPTIMIZERS.get(name).label), name)
        self.optimizer.currentIndexChanged.connect(self._edit_optimizer)
        form.addRow(self.tr("Optimizer"), self.optimizer)

        self.rate_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.rate_slider.setRange(LOG_LOW * STEPS, LOG_HIGH * STEPS)
        self.rate_slider.setToolTip(self.tr("Learning rate on a logarithmic scale, 0.00001 to 10"))
        self.rate_entry = FloatSpinBox(None, self)
        self.rate_entry.setRange(1e-12, 1e6)
        self.rate_entry.setMinimumWidth(70)
        self.rate_entry.setToolTip(self.tr("The exact learning rate (type e.g. 0.03 or 3e-4)"))
        self.rate_slider.valueChanged.connect(self._slider_moved)
        self.rate_entry.valueChanged.connect(self._edit_learning_rate)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.rate_slider, 3)
        rate_row.addWidget(self.rate_entry, 2)
        form.addRow(self.tr("Learning rate"), rate_row)

        self.schedule = QComboBox(self)

        compact(self.schedule)
        for name in schedules.SCHEDULES.names():
            self.schedule.addItem(engine_text(schedules.SCHEDULES.get(name).label), name)
        self.schedule.setToolTip(self.tr("How the learning rate changes with the step count"))
        self.schedule.currentIndexChanged.connect(self._edit_schedule)
        self.schedule_settings = QWidget(self)
        self.schedule_form = QFormLayout(self.schedule_settings)
        self.schedule_form.setContentsMargins(12, 0, 0, 0)
        self._schedule_editors: dict[str, QWidget] = {}
        form.addRow(self.tr("Schedule"), self.schedule)
        form.addRow(self.schedule_settings)

        self.batch_size = QSpinBox(self)
        self.batch_size.setRange(1, 1_000_000)
        self.batch_size.setKeyboardTracking(False)
        self.batch_size.setToolTip(self.tr("Samples per update; a running trainer switches at the next step"))
        self.batch_size.valueChanged.connect(self._edit_batch_size)
        form.addRow(self.tr("Batch size"), self.batch_size)

        self.epochs = QSpinBox(self)
        self.epochs.setRange(0, 1_000_000)
        self.epochs.setKeyboardTracking(False)
        self.epochs.setSpecialValueText(self.tr("until stopped"))
        self.epochs.setToolTip(self.tr("Passes over the training data; 0 trains until you press Stop"))
        self.epochs.valueChanged.connect(self._edit_epochs)
        form.addRow(self.tr("Epochs"), self.epochs)

        self.regularization = QComboBox(self)

        compact(self.regularization)
        self.regularization.addItem(self.tr("None"), None)
        self.regularization.addItem(self.tr("L1 (sparse weights)"), "l1")
        self.regularization.addItem(self.tr("L2 (small weights)"), "l2")
        self.regularization.addItem(self.tr("Per layer (differs)"), MIXED)
        self.regularization.model().item(3).setEnabled(False)
        self.regularization.setToolTip(
            self.tr("A penalty on every Dense layer's weights, against overfitting")
        )
        self.strength = FloatSpinBox(None, self)
        self.strength.setRange(0.0, 1e3)
        self.strength.setMinimumWidth(70)
        self.strength.setToolTip(self.tr("Regularization rate: how strongly weights are pulled to zero"))
        self.regularization.currentIndexChanged.connect(self._edit_regularization)
        self.strength.valueChanged.connect(self._edit_regularization)
        reg_row = QHBoxLayout()
        reg_row.addWidget(self.regularization, 3)
        reg_row.addWidget(self.strength, 2)
        form.addRow(self.tr("Regularization"), reg_row)

        self.seed = IntSpinBox(None, self)
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setMinimumWidth(70)
        self.seed.setToolTip(self.tr("Seeds the initial weights, the split and the batch order"))
        self.seed.valueChanged.connect(self._edit_seed)
        form.addRow(self.tr("Seed"), self.seed)

        self.backend = QComboBox(self)

        compact(self.backend)
        available = backends.names()
        for name, label in BACKENDS.items():
            self.backend.addItem(self.tr(label), name)
            if name != "auto" and name not in available:
                item = self.backend.model().item(self.backend.count() - 1)
                item.setEnabled(False)
                item.setToolTip(
                    self.tr("Not available: this installation has no CUDA backend (no NVIDIA GPU support)")
                )
        self.backend.currentIndexChanged.connect(self._edit_backend)
        form.addRow(self.tr("Backend"), self.backend)

    # -- showing the project's settings -----------------------------------------------------------------
    def load(self) -> None:
        """Show the project's training settings (after undo, a load, or an edit elsewhere)."""
        project = self.document.project
        training = project.training
        optimizer = optimizer_config(project)
        self._loading = True
        try:
            self.optimizer.setCurrentIndex(max(0, self.optimizer.findData(optimizer.get("name"))))
            spec = optimizer.get("learning_rate", 0.01)
            self._show_rate(_learning_rate(spec))
            name = spec.get("name", "constant") if isinstance(spec, dict) else "constant"
            self.schedule.setCurrentIndex(max(0, self.schedule.findData(name)))
            self._build_schedule_editors(name, spec if isinstance(spec, dict) else {})
            size = training.get("batch_size", DEFAULT_BATCH_SIZE)
            self.batch_size.setValue(size if isinstance(size, int) else DEFAULT_BATCH_SIZE)
            epochs = training.get("epochs", DEFAULT_EPOCHS)
            self.epochs.setValue(epochs if isinstance(epochs, int) else 0)
            self.seed.setValue(project.seed if isinstance(project.seed, int) else 0)
            self.backend.setCurrentIndex(max(0, self.backend.findData(training.get("backend") or "auto")))
        finally:
            self._loading = False
        self._load_regularization()

    def _load_regularization(self) -> None:
        specs = list(regularizers(self.document.graph).values())
        names = {spec.get("name") if isinstance(spec, dict) else spec for spec in specs}
        first = specs[0] if specs else None
        self._loading = True
        try:
            if len({repr(s) for s in specs}) > 1 or not names <= {None, "l1", "l2"}:
                self.regularization.setCurrentIndex(self.regularization.findData(MIXED))
            else:
                name = next(iter(names), None)
                self.regularization.setCurrentIndex(max(0, self.regularization.findData(name)))
                if isinstance(first, dict) and name in first:
                    self.strength.setValue(float(first[name]))
            self.strength.setEnabled(self.regularization.currentData() in ("l1", "l2"))
        finally:
            self._loading = False

    def _show_rate(self, rate: float) -> None:
        self.rate_entry.setValue(rate)
        position = round(math.log10(rate) * STEPS) if rate > 0 else LOG_LOW * STEPS
        self.rate_slider.setValue(max(LOG_LOW * STEPS, min(LOG_HIGH * STEPS, position)))

    def _build_schedule_editors(self, name: str, config: dict[str, Any]) -> None:
        while self.schedule_form.rowCount():
            self.schedule_form.removeRow(0)
        self._schedule_editors = {}
        for key, default in _schedule_parameters(name):
            value = config.get(key, default)
            if isinstance(default, int) and not isinstance(default, bool):
                editor: QWidget = IntSpinBox(None, self)
                editor.setRange(1, 100_000_000)
            else:
                editor = FloatSpinBox(None, self)
                editor.setRange(0.0, 1e6)
            editor.setMinimumWidth(70)
            editor.setValue(value)
            editor.valueChanged.connect(lambda _=None: self._edit_schedule())
            self._schedule_editors[key] = editor
            self.schedule_form.addRow(humanize(key), editor)
        self.schedule_settings.setVisible(bool(self._schedule_editors))

    # -- edits --------------------------------------------------------------------------------------------
    def _set_training(self, text: str, merge_key: str | None = None, **changes: Any) -> None:
        if self._loading:
            return
        training = {**self.document.project.training, **changes}
        self.document.update_settings(text, merge_key, training=training)

    def _learning_rate_spec(self) -> Any:
        rate = self.rate_entry.value()
        name = self.schedule.currentData() or "constant"
        if name == "constant":
            return rate
        values = {key: editor.value() for key, editor in self._schedule_editors.items()}
        return {"name": name, "initial_learning_rate": rate, **values}

    def _optimizer_with(self, **changes: Any) -> dict[str, Any]:
        return {**optimizer_config(self.document.project), **changes}

    def _edit_optimizer(self) -> None:
        if self._loading:
            return
        name = self.optimizer.currentData()
        config = {"name": name, "learning_rate": self._learning_rate_spec()}
        self._set_training(self.tr("Choose optimizer"), optimizer=config)

    def _slider_moved(self, position: int) -> None:
        if self._loading:
            return
        rate = float(f"{10 ** (position / STEPS):.3g}")
        self._loading = True
        self.rate_entry.setValue(rate)
        self._loading = False
        self._edit_learning_rate()

    def _edit_learning_rate(self) -> None:
        if self._loading:
            return
        self._loading = True
        self._show_rate(self.rate_entry.value())
        self._loading = False
        optimizer = self._optimizer_with(learning_rate=self._learning_rate_spec())
        self._set_training(self.tr("Change learning rate"), "learning_rate", optimizer=optimizer)

    def _edit_schedule(self) -> None:
        if self._loading:
            return
        name = self.schedule.currentData()
        if set(self._schedule_editors) != {k for k, _ in _schedule_parameters(name)}:
            self._loading = True
            self._build_schedule_editors(name, {})
            self._loading = False
        optimizer = self._optimizer_with(learning_rate=self._learning_rate_spec())
        self._set_training(self.tr("Change learning-rate schedule"), "schedule", optimizer=optimizer)

    def _edit_batch_size(self, value: int) -> None:
        self._set_training(self.tr("Change batch size"), "batch_size", batch_size=value)

    def _edit_epochs(self, value: int) -> None:
        self._set_training(self.tr("Change epochs"), "epochs", epochs=value or None)

    def _edit_backend(self) -> None:
        self._set_training(self.tr("Choose backend"), backend=self.backend.currentData())

    def _edit_seed(self, value: int) -> None:
        if not self._loading:
            self.document.update_settings(self.tr("Change seed"), "seed", seed=value)

    def _edit_regularization(self) -> None:
        name = self.regularization.currentData()
        self.strength.setEnabled(name in ("l1", "l2"))
        if self._loading or name == MIXED:
            return
        strength = self.strength.value() or DEFAULT_STRENGTH
        spec = None if name is None else {"name": name, name: strength}
        document = self.document
        changed = [nid for nid, current in regularizers(document.graph).items() if current != spec]
        if not changed:
            return
        with document.macro(self.tr("Set regularization")):
            for node_id in changed:
                document.execute(SetConfig(node_id, {"kernel_regularizer": spec}))

    # -- state --------------------------------------------------------------------------------------------
    def _train_or_pause(self) -> None:
        if self.worker.running:
            self.worker.pause()
        else:
            self.message.clear()
            self.worker.train()

    def _on_state(self, state: str, reason: str) -> None:
        if state == UNAVAILABLE:
            self.reason.setText(self.tr("Cannot train yet: %1").replace("%1", reason) if reason else "")
        else:
            self.reason.clear()
        if state == RUNNING:
            self.message.clear()
        elif reason and state not in (PAUSED, UNAVAILABLE, DIVERGED):
            self.message.setStyleSheet(NOTE_STYLE)
            # The engine's reasons are clauses ("all 10 epochs are done"), shown as a sentence.
            sentence = self.tr("%1.", "a training note as a sentence")
            self.message.setText(sentence.replace("%1", reason[:1].upper() + reason[1:]))
        self._update_buttons()

    def _show_failure(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    def _update_buttons(self) -> None:
        worker = self.worker
        running, ready = worker.running, worker.can_train
        self.train_button.setText(self.tr("Pause") if running else self.tr("Train"))
        self.train_button.setEnabled(running or ready)
        self.step_button.setEnabled(ready and not running)
        self.epoch_button.setEnabled(ready and not running)
        self.stop_button.setEnabled(worker.state in (RUNNING, PAUSED))
        self.reset_button.setEnabled(worker.trainer is not None)
        self.train_button.setToolTip(
            worker.reason if worker.state == UNAVAILABLE else self.tr("Train, or pause training (Space)")
        )
