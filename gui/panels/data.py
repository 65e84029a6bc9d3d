"""The data panel: which data set, how it is split and scaled, and what it looks like.

A generated set (with its samples, noise and seed), a bundled one (digits, iris), or a CSV/NPZ
file; Playground's extra input features for 2-D sets; the train/eval/test split with the counts
it gives, live while a slider moves; the input scaling. Every change is one undoable edit of the
project. When a change alters how many features a sample has, the network's Input follows in
the same edit (as in Playground), and validation is told how many classes there are now.
"""

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from engine import data as data_lib
from engine.data import Dataset, split_dataset
from engine.data.loading import IMPORTERS
from engine.data.synthetic import DEFAULT_SAMPLES
from engine.errors import LayerLabError
from engine.graph import SetConfig
from engine.messages import reason
from gui import data_cache
from gui.document import GraphDocument
from gui.engine_texts import engine_text
from gui.field_editors import FloatSpinBox
from gui.i18n import translated
from gui.panels.data_preview import DataPreview
from gui.widgets import compact

#: The percent range of the split sliders.
MAX_SHARE = 50
IMPORT = "__import__"
ERROR_STYLE = "color: #c0392b;"
NOTE_STYLE = "color: #5c6370;"


class DataPanel(QScrollArea):
    """Data set, split, features and scaling of the project (objectName ``dataPanel``)."""

    def __init__(
        self, document: GraphDocument, base_dir: Callable[[], Path | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dataPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document = document
        self._base_dir = base_dir
        self._loading = False
        #: The engine's sentence the error line shows (a Message, re-rendered when the language changes).
        self._error_text = ""
        #: The catalogue description of the chosen built-in set ("" for an imported file).
        self._info_description = ""
        #: The data set as the project names it now (None: none chosen or it failed to load).
        self.dataset: Dataset | None = None
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self._source_box())
        self.features_box = self._features_box()
        layout.addWidget(self.features_box)
        layout.addWidget(self._split_box())
        self.preview = DataPreview(page)
        layout.addWidget(self.preview, 1)
        self.setWidget(page)
        document.settings_changed.connect(lambda _: self.load())
        document.project_replaced.connect(self.load)
        self.load()

    # -- building ---------------------------------------------------------------------------------------
    def _source_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Data set"), self)
        form = QFormLayout(box)
        self.source = QComboBox(box)
        compact(self.source)
        self.source.setObjectName("dataSource")
        for info in data_lib.catalog():
            self.source.addItem(engine_text(info.label), info.name)
            self.source.setItemData(
                self.source.count() - 1, engine_text(info.description), Qt.ItemDataRole.ToolTipRole
            )
        self.source.insertSeparator(self.source.count())
        self.source.addItem(self.tr("Import a CSV or NPZ file…"), IMPORT)
        self.source.setPlaceholderText(self.tr("Choose a data set…"))
        self.source.activated.connect(self._choose_source)
        form.addRow(self.source)
        self.description = QLabel(box)
        self.description.setWordWrap(True)
        self.description.setStyleSheet(NOTE_STYLE)
        form.addRow(self.description)
        self.samples = QSpinBox(box)
        self.samples.setRange(2, 1_000_000)
        self.samples.setSingleStep(50)
        self.samples.setKeyboardTracking(False)
        self.noise = FloatSpinBox(None, box)
        self.noise.setRange(0.0, 5.0)
        self.noise.setMinimumWidth(60)  # its size hint allows for 12 decimals; the dock is narrow
        self.noise.setSingleStep(0.05)
        self.seed = QSpinBox(box)
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setKeyboardTracking(False)
        self.classes = QSpinBox(box)
        self.classes.setRange(2, 10)
        self.classes.setKeyboardTracking(False)
        self.file_label = QLabel(box)
        self.file_label.setWordWrap(True)
        self.label_column = QLineEdit(box)
        self.label_column.setPlaceholderText(self.tr("last column"))
        self.label_column.setToolTip(self.tr("The column (name or 0-based number) that holds the target"))
        self.task = QComboBox(box)
        compact(self.task)
        self.task.addItem(self.tr("Classification"), "classification")
        self.task.addItem(self.tr("Regression"), "regression")
        self._rows: dict[str, tuple[QLabel, QWidget]] = {}
        for key, text, widget in (
            ("samples", self.tr("Samples"), self.samples),
            ("noise", self.tr("Noise"), self.noise),
            ("seed", self.tr("Data seed"), self.seed),
            ("classes", self.tr("Classes"), self.classes),
            ("path", self.tr("File"), self.file_label),
            ("label", self.tr("Target column"), self.label_column),
            ("task", self.tr("Task"), self.task),
        ):
            label = QLabel(text, box)
            form.addRow(label, widget)
            self._rows[key] = (label, widget)
        for spin in (self.samples, self.seed, self.classes):
            spin.valueChanged.connect(self._edit_dataset)
        self.noise.valueChanged.connect(self._edit_dataset)
        self.label_column.editingFinished.connect(self._edit_dataset)
        self.task.activated.connect(self._edit_dataset)
        self.notes = QLabel(box)
        self.notes.setObjectName("dataNotes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(NOTE_STYLE)
        form.addRow(self.notes)
        self.error = QLabel(box)
        self.error.setObjectName("dataError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        form.addRow(self.error)
        return box

    def _features_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Input features"), self)
        box.setToolTip(
            self.tr(
                "What the network is fed for each point: x₁², sin x₁, … let even a small network draw curves"
            )
        )
        grid = QGridLayout(box)
        self.features: dict[str, QCheckBox] = {}
        for i, (key, (label, _)) in enumerate(data_lib.INPUT_FEATURES.items()):
            check = QCheckBox(label, box)
            check.toggled.connect(self._edit_dataset)
            grid.addWidget(check, i // 3, i % 3)
            self.features[key] = check
        return box

    def _split_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Split and scaling"), self)
        form = QFormLayout(box)
        self.test_share = QSlider(Qt.Orientation.Horizontal, box)
        self.eval_share = QSlider(Qt.Orientation.Horizontal, box)
        self.test_label, self.eval_label = QLabel(box), QLabel(box)
        for slider, label, text, tip in (
            (
                self.test_share,
                self.test_label,
                self.tr("Test"),
                self.tr("Held out until the end: the final, honest score"),
            ),
            (
                self.eval_share,
                self.eval_label,
                self.tr("Evaluation"),
                self.tr("Share of the rest checked after every epoch"),
            ),
        ):
            slider.setRange(0, MAX_SHARE)
            slider.setMinimumWidth(50)
            slider.setToolTip(tip)
            slider.valueChanged.connect(self._show_counts)
            slider.sliderReleased.connect(self._edit_split)
            slider.valueChanged.connect(
                lambda _=0, s=slider: None if s.isSliderDown() else self._edit_split()
            )
            row = QHBoxLayout()
            row.addWidget(slider, 1)
            label.setMinimumWidth(40)
            row.addWidget(label)
            form.addRow(text, row)
        self.stratify = QCheckBox(self.tr("Stratified"), box)
        self.stratify.setToolTip(self.tr("Every class keeps its share of the samples in each split"))
        self.stratify.toggled.connect(self._edit_split)
        form.addRow(self.stratify)
        self.counts = QLabel(box)
        self.counts.setObjectName("splitCounts")
        self.counts.setWordWrap(True)
        form.addRow(self.counts)
        self.scaling = QComboBox(box)
        compact(self.scaling)
        self.scaling.addItem(self.tr("None"), None)
        self.scaling.addItem(self.tr("Standardize (mean 0, spread 1)"), "standardize")
        self.scaling.addItem(self.tr("Min–max (0 to 1)"), "minmax")
        self.scaling.setToolTip(self.tr("Fitted on the training split only, then applied to all"))
        self.scaling.activated.connect(self._edit_scaling)
        form.addRow(self.tr("Scaling"), self.scaling)
        return box

    # -- showing the project ------------------------------------------------------------------------------
    def load(self) -> None:
        """Show the project's data settings and tell validation how many classes there are."""
        project = self.document.project
        spec = project.dataset or {}
        name = spec.get("name")
        self._loading = True
        try:
            index = self.source.findData(name) if name is not None else -1  # (the separator's data is None)
            if name in IMPORTERS:
                label = self._file_text(spec)
                if index < 0:
                    self.source.insertItem(self.source.count() - 2, label, name)
                    index = self.source.findData(name)
                self.source.setItemText(index, label)
            self.source.setCurrentIndex(index)  # -1 (the placeholder) when no set is chosen
            info = next((i for i in data_lib.catalog() if i.name == name), None)
            self._info_description = info.description if info else ""
            self.description.setText(engine_text(info.description) if info else "")
            settings = info.settings if info else ()
            self.samples.setValue(int(spec.get("samples", DEFAULT_SAMPLES)))
            self.noise.setValue(float(spec.get("noise", 0.0)))
            self.seed.setValue(int(spec.get("seed", 0) or 0))
            self.classes.setValue(int(spec.get("classes", info.num_classes if info else 2) or 2))
            imported = name in ("csv", "npz")
            self.file_label.setText(str(spec.get("path", "")))
            self.label_column.setText(str(spec.get("label", "")) if "label" in spec else "")
            self.task.setCurrentIndex(max(0, self.task.findData(spec.get("task", "classification"))))
            shown = {key: key in settings for key in ("samples", "noise", "seed", "classes")}
            shown.update(path=imported, label=name == "csv", task=imported)
            for key, (label, widget) in self._rows.items():
                label.setVisible(shown[key])
                widget.setVisible(shown[key])
            inputs = spec.get("inputs") or ["x1", "x2"]
            for key, check in self.features.items():
                check.setChecked(key in inputs)
            split = project.split
            self.test_share.setValue(round(100 * split.get("test", data_lib.DEFAULT_TEST)))
            self.eval_share.setValue(round(100 * split.get("eval", data_lib.DEFAULT_EVAL)))
            raw = project.scaling.get("name") if isinstance(project.scaling, dict) else project.scaling
            self.scaling.setCurrentIndex(max(0, self.scaling.findData(raw)))
        finally:
            self._loading = False
        self._load_dataset()

    def _file_text(self, spec: dict[str, Any]) -> str:
        """The source combo's entry for an imported file."""
        return self.tr("File: %1").replace("%1", Path(str(spec.get("path", spec.get("name")))).name)

    def _show_error(self, text: str) -> None:
        """Show an engine sentence (or nothing) on the error line, in the interface language."""
        self._error_text = text
        self.error.setText(translated(text))

    def _show_texts(self) -> None:
        """The texts made from the data set: its description and what loading did (notes)."""
        dataset = self.dataset
        if not self._info_description and dataset is not None:
            self.description.setText(translated(dataset.description))
        self.notes.setText("\n".join(translated(note) for note in dataset.notes) if dataset else "")
        self.notes.setVisible(bool(dataset and dataset.notes))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "preview"):
            # Texts composed at run time follow a live language switch at once.
            if self._info_description:
                self.description.setText(engine_text(self._info_description))
            self._show_texts()
            self.error.setText(translated(self._error_text))
            spec = self.document.project.dataset or {}
            index = self.source.findData(spec.get("name")) if spec.get("name") in IMPORTERS else -1
            if index >= 0:
                self.source.setItemText(index, self._file_text(spec))
            if self.dataset is not None:
                self._show_counts()
                self.preview.retranslate()
            elif self.document.project.dataset is None:
                self.counts.setText(self.tr("No data set chosen."))
        super().changeEvent(event)

    def _load_dataset(self) -> None:
        project = self.document.project
        self.dataset = None
        self._show_error("")
        self._show_texts()
        if project.dataset is None:
            self.features_box.setVisible(False)
            self.document.set_num_classes(None)
            self.counts.setText(self.tr("No data set chosen."))
            return
        try:
            self.dataset = data_cache.dataset(project.dataset, self._base_dir())
            raw = data_cache.raw_points(project.dataset, self._base_dir())
        except LayerLabError as exc:
            self._show_error(reason(exc))
            self.document.set_num_classes(None)
            self.counts.clear()
            return
        self._show_texts()
        self.features_box.setVisible(raw.x.ndim == 2 and raw.x.shape[1] == 2)
        self._loading = True
        self.stratify.setEnabled(self.dataset.task == "classification")
        self.stratify.setChecked(bool(project.split.get("stratify", self.dataset.task == "classification")))
        self._loading = False
        self.document.set_num_classes(self.dataset.num_classes or None)
        self.preview.show_dataset(raw)
        self._show_counts()

    def _split_settings(self) -> dict[str, Any]:
        settings = {**self.document.project.split}
        settings["test"] = self.test_share.value() / 100
        settings["eval"] = self.eval_share.value() / 100
        if self.dataset is not None and self.dataset.task == "classification":
            settings["stratify"] = self.stratify.isChecked()
        else:
            settings.pop("stratify", None)
        return settings

    def _show_counts(self) -> None:
        self.test_label.setText(f"{self.test_share.value()}%")
        self.eval_label.setText(f"{self.eval_share.value()}%")
        dataset = self.dataset
        if dataset is None:
            return
        try:
            split = split_dataset(dataset, self._split_settings(), seed=self.document.project.seed or 0)
        except LayerLabError as exc:
            self.counts.setStyleSheet(ERROR_STYLE)
            self.counts.setText(translated(reason(exc)))
            return
        sizes = split.sizes()
        self.counts.setStyleSheet(NOTE_STYLE)
        self.counts.setText(
            self.tr("%1 samples: %2 train · %3 evaluation · %4 test")
            .replace("%1", f"{len(dataset):,}")
            .replace("%2", f"{sizes['train']:,}")
            .replace("%3", f"{sizes['eval']:,}")
            .replace("%4", f"{sizes['test']:,}")
        )

    # -- edits ----------------------------------------------------------------------------------------------
    def _choose_source(self, index: int) -> None:
        name = self.source.itemData(index)
        if name == IMPORT:
            self._import_dialog()
            return
        current = self.document.project.dataset or {}
        if name == current.get("name"):
            return
        info = next((i for i in data_lib.catalog() if i.name == name), None)
        spec: dict[str, Any] = {"name": name}
        if info is not None and info.source == "generated":
            spec.update(samples=DEFAULT_SAMPLES, noise=0.1, seed=0)
        self.set_dataset(spec, self.tr("Choose data set"))

    def _import_dialog(self) -> None:
        start = str(self._base_dir() or Path.home())
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import data"),
            start,
            self.tr("Data files (*.csv *.tsv *.txt *.npz);;All files (*)"),
        )
        if path:
            self.import_file(path)
        else:
            self.load()  # put the combo back on the current set

    def import_file(self, path: str | Path, task: str = "classification") -> bool:
        """Use the samples in a CSV or NPZ file (the last CSV column is the target); False and
        the reader's message (file, row, column) if it cannot be used."""
        path = Path(path)
        base = self._base_dir()
        stored = str(path.relative_to(base)) if base is not None and path.is_relative_to(base) else str(path)
        name = "npz" if path.suffix.lower() == ".npz" else "csv"
        return self.set_dataset({"name": name, "path": stored, "task": task}, self.tr("Import data"))

    def _current_spec(self) -> dict[str, Any]:
        spec = copy.deepcopy(self.document.project.dataset or {})
        name = spec.get("name")
        info = next((i for i in data_lib.catalog() if i.name == name), None)
        settings = info.settings if info else ()
        values = {"samples": self.samples.value(), "noise": self.noise.value(), "seed": self.seed.value()}
        values["classes"] = self.classes.value()
        spec.update({k: v for k, v in values.items() if k in settings})
        if name in ("csv", "npz"):
            spec["task"] = self.task.currentData()
        if name == "csv":
            text = self.label_column.text().strip()
            if text:
                spec["label"] = int(text) if text.lstrip("-").isdigit() else text
            else:
                spec.pop("label", None)
        if self.features_box.isVisible():
            inputs = [k for k, check in self.features.items() if check.isChecked()]
            if inputs and inputs != ["x1", "x2"]:
                spec["inputs"] = inputs
            else:
                spec.pop("inputs", None)
        return spec

    def _edit_dataset(self) -> None:
        if self._loading or self.document.project.dataset is None:
            return
        spec = self._current_spec()
        if spec != self.document.project.dataset:
            self.set_dataset(spec, self.tr("Change data set"))

    def set_dataset(self, spec: dict[str, Any], text: str) -> bool:
        """Make ``spec`` the project's data set (one undo step, the Input reshaped if needed)."""
        try:
            dataset = data_cache.dataset(spec, self._base_dir())
        except LayerLabError as exc:
            self._show_error(reason(exc))
            self.load()
            self._show_error(reason(exc))
            return False
        document = self.document
        with document.macro(text):
            changes: dict[str, Any] = {"dataset": spec}
            split = dict(document.project.split)
            if dataset.task != "classification":
                split.pop("stratify", None)
            if split != document.project.split:
                changes["split"] = split
            document.update_settings(text, **changes)
            self._fit_input(dataset)
        return True

    def _fit_input(self, dataset: Dataset) -> None:
        """Give the Input the data's sample shape when the number of values per sample changed."""
        graph = self.document.graph
        inputs = graph.nodes_of_type("input")
        if len(inputs) != 1:
            return
        shape = graph.nodes[inputs[0]].config.get("shape")
        wanted = list(dataset.input_shape)
        size = 1
        for n in shape if isinstance(shape, list | tuple) else [0]:
            size *= n if isinstance(n, int) else 0
        if size != int(dataset.x[0].size):
            self.document.execute(
                SetConfig(inputs[0], {"shape": wanted}), self.tr("Fit the Input to the data")
            )

    def _edit_split(self) -> None:
        if self._loading:
            return
        settings = self._split_settings()
        if settings != self.document.project.split:
            self.document.update_settings(self.tr("Change split"), "split", split=settings)

    def _edit_scaling(self) -> None:
        if not self._loading:
            self.document.update_settings(self.tr("Change scaling"), scaling=self.scaling.currentData())
