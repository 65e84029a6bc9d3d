"""File → Export…: the network as an ONNX model, or as PyTorch or Keras code with its weights.

It makes the same engine call as ``layerlab export`` (:func:`engine.export.export_project`), so
the files are the same whichever way a user exports. What goes out is the network as the window
has it: the weights trained in this window when it has trained, else the weights saved in the
project. Anything that stops an export (nothing trained yet, a folder that cannot be written, a
missing package) is said in the dialog in words and the user can fix it there; it never ends in
a traceback.
"""

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from engine.errors import LayerLabError
from engine.export import FORMATS, default_path, export_format, export_project
from engine.messages import reason as exc_reason
from engine.project import Project
from gui.i18n import translated

if TYPE_CHECKING:
    from gui.main_window import MainWindow

log = logging.getLogger("gui.export")


class ExportDialog(QDialog):
    """Choose a format and a destination, then export (objectName ``exportDialog``)."""

    #: The files one export wrote (the main file first).
    exported = Signal(list)

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the network"))
        self.window_ = window
        labels = {
            "onnx": self.tr("ONNX model (.onnx), for onnxruntime and other tools"),
            "pytorch": self.tr("PyTorch code (.py) with its weights (.npz)"),
            "keras": self.tr("Keras 3 code (.py) with its weights (.npz)"),
        }
        self.format = QComboBox(self)
        for name in FORMATS:
            self.format.addItem(labels.get(name, translated(FORMATS[name].label)), name)
        self.path = QLineEdit(self)
        self.path.setMinimumWidth(380)
        self.browse_button = QPushButton(self.tr("Browse…"), self)
        self.browse_button.clicked.connect(self.browse)
        where = QWidget(self)
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        #: What will be exported (which weights), or why nothing can be.
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        #: Why the last export failed, in words.
        self.problem = QLabel(self)
        self.problem.setObjectName("exportProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Save to"), where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._edited = False
        self.path.textEdited.connect(self._on_path_edited)
        self.format.currentIndexChanged.connect(self._on_format)
        self._on_format()
        self.refresh_note()

    # -- what is exported ------------------------------------------------------------------------------
    @property
    def format_name(self) -> str:
        return self.format.currentData()

    def select_format(self, name: str) -> None:
        self.format.setCurrentIndex(self.format.findData(export_format(name).name))

    def project_to_export(self) -> Project:
        """The window's trained network if it trained, else the project as saved (raises
        LayerLabError when the trained weights cannot be exported)."""
        trained = self.window_.training.worker.trained_project()
        return trained if trained is not None else self.window_.document.project

    def refresh_note(self) -> None:
        worker = self.window_.training.worker
        project = self.window_.document.project
        if worker.step > 0 and worker.session is not None:
            step = worker.step if worker.settled else worker.params_step
            if worker.settled:
                text = self.tr("Exports the weights after %1 training steps in this window.")
            else:
                text = self.tr(
                    "Exports the weights after %1 training steps in this window. "
                    "Training goes on: this is its newest snapshot."
                )
            text = text.replace("%1", f"{step:,}")
            ready = True
        elif project.weights:
            text, ready = self.tr("Exports the trained weights saved in the project."), True
        else:
            text, ready = self.tr("Nothing is trained yet: press Train first, then export."), False
        self.note.setText(text)
        self.export_button.setEnabled(ready)

    # -- where it goes -----------------------------------------------------------------------------------
    def _base(self) -> Path:
        """The project file's path, or a name in the folder last used, for default names."""
        files = self.window_.files
        if files.path is not None:
            return files.path
        recent = files.recent_files()
        folder = recent[0].parent if recent else Path.home()
        return folder / "model.layerlab"

    def _on_path_edited(self, _text: str) -> None:
        self._edited = True

    def _on_format(self) -> None:
        fmt = export_format(self.format_name)
        text = self.path.text().strip()
        if not self._edited or not text:
            self.path.setText(str(default_path(self._base(), fmt.name)))
            self._edited = False
        elif Path(text).suffix.lower() != fmt.suffix:
            self.path.setText(str(Path(text).with_suffix(fmt.suffix)))
        self.problem.hide()

    def ask_path(self) -> Path | None:
        """The file dialog (the one modal part; tests answer it)."""
        fmt = export_format(self.format_name)
        if fmt.suffix == ".onnx":
            file_filter = self.tr("ONNX models (*.onnx)")
        else:
            file_filter = self.tr("Python files (*.py)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(), file_filter)
        return Path(name) if name else None

    def browse(self) -> None:
        path = self.ask_path()
        if path is None:
            return
        suffix = export_format(self.format_name).suffix
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.path.setText(str(path))
        self._edited = True
        self.problem.hide()

    # -- exporting -------------------------------------------------------------------------------------
    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def export(self) -> list[Path] | None:
        """Export to the chosen file; the files written, or None (the reason is shown)."""
        self.refresh_note()
        if not self.export_button.isEnabled():
            self.show_problem(self.note.text())
            return None
        text = self.path.text().strip()
        if not text:
            self.show_problem(self.tr("Choose a file to export to."))
            return None
        path = Path(text).expanduser()
        if not path.is_absolute():
            path = self._base().parent / path
        try:
            written = export_project(self.project_to_export(), self.format_name, path)
        except LayerLabError as exc:
            self.show_problem(self.tr("Could not export: %1").replace("%1", translated(exc_reason(exc))))
            return None
        except ImportError as exc:
            missing = exc.name or str(exc)
            self.show_problem(
                self.tr(
                    "Could not export: this format needs the Python package “%1”, which is not installed."
                ).replace("%1", missing)
            )
            return None
        except Exception as exc:  # an exporter's own bug: still a sentence, and the log has the rest
            log.exception("export failed")
            self.show_problem(self.tr("Could not export: %1").replace("%1", f"{type(exc).__name__}: {exc}"))
            return None
        names = ", ".join(p.name for p in written)
        self.window_.statusBar().showMessage(
            self.tr("Exported to %1: %2").replace("%1", str(written[0].parent)).replace("%2", names), 10_000
        )
        self.exported.emit(written)
        self.accept()
        return written


def open_export_dialog(window: "MainWindow") -> ExportDialog:
    """Show the export dialog over ``window`` (window-modal, without blocking the caller)."""
    dialog = ExportDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
