"""New, Open, Save, Save As, Recent, the unsaved-changes prompt, autosave and crash recovery.

Saving goes through ``Project.save``, which is atomic. While the project has unsaved changes
it is also written every minute to a recovery file of this session; a clean exit removes it.
A recovery file whose session lock is no longer held (its LayerLab died) is offered for
restoring at the next start, so a crash never loses more than a minute of work.
"""

import json
import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QSettings, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from engine.errors import ProjectFileError
from engine.graph import LayerGraph
from engine.messages import reason
from engine.project import Project
from gui.document import GraphDocument
from gui.i18n import translated
from gui.templates import Template

AUTOSAVE_MS = 60_000
MAX_RECENT = 8
SUFFIX = ".layerlab"


def default_recovery_dir() -> Path:
    """Where recovery files live: the per-user application data folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "recovery"


@dataclass(frozen=True)
class Recovery:
    """Unsaved work left behind by a LayerLab that did not close properly."""

    session: str
    project_file: Path
    original: Path | None
    saved_at: float


def _lock(path: Path) -> QLockFile:
    lock = QLockFile(str(path))
    # Locks are held for a whole session: only a dead owner makes one stale, never its age.
    lock.setStaleLockTime(0)
    return lock


class FileController(QObject):
    """The File menu's logic for one window and its document.

    The ``ask_*`` and ``show_error`` methods are the only places that open dialogs, so tests
    can answer them without a modal dialog.
    """

    path_changed = Signal()

    def __init__(
        self,
        document: GraphDocument,
        window: QMainWindow,
        settings: QSettings,
        recovery_dir: Path | None = None,
    ) -> None:
        super().__init__(window)
        self.document = document
        self.window = window
        self.settings = settings
        self.path: Path | None = None
        self.recovery_dir = recovery_dir or default_recovery_dir()
        self.recovery_dir.mkdir(parents=True, exist_ok=True)
        #: What Save writes: the document's project, or (set by the training side) the project
        #: with the weights trained in the window, so the file predicts as the window does.
        self.project_for_saving: Callable[[], Project] = lambda: self.document.project
        self.session = uuid.uuid4().hex
        self._session_lock = _lock(self.recovery_dir / f"{self.session}.lock")
        self._session_lock.tryLock(0)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        document.dirty_changed.connect(self._on_dirty)

    @property
    def display_name(self) -> str:
        return self.path.name if self.path else self.tr("Untitled")

    def _set_path(self, path: Path | None) -> None:
        self.path = path
        self.path_changed.emit()

    # -- dialogs (the only modal parts) ---------------------------------------------------------------
    def ask_save_changes(self) -> QMessageBox.StandardButton:
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        text = self.tr("Save the changes to “%1” first?").replace("%1", self.display_name)
        return QMessageBox.question(self.window, self.tr("Unsaved changes"), text, buttons)

    def ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open project"), self._start_dir(), self._filter()
        )
        return Path(name) if name else None

    def ask_save_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save project as"), str(self.path or self._start_dir()), self._filter()
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix else path.with_suffix(SUFFIX)

    def ask_restore(self, recovery: Recovery) -> bool:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(recovery.saved_at))
        name = recovery.original.name if recovery.original else self.tr("Untitled")
        text = (
            self.tr("LayerLab did not close properly last time. Restore the unsaved work on “%1” from %2?")
            .replace("%1", name)
            .replace("%2", when)
        )
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self.window, self.tr("Restore unsaved work"), text, buttons)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, text: str) -> None:
        """Explain a failure in a dialog; an engine Message is shown in the interface language."""
        QMessageBox.warning(self.window, self.tr("LayerLab"), translated(text))

    def _filter(self) -> str:
        return self.tr("LayerLab projects (*.layerlab *.json)")

    def _start_dir(self) -> str:
        recent = self.recent_files()
        return str(recent[0].parent) if recent else str(Path.home())

    # -- commands ------------------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current project (saved, discarded or unchanged)."""
        if not self.document.dirty:
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_project(self, template: Template | None = None) -> bool:
        """A blank canvas, or a fresh copy of ``template``."""
        if not self.maybe_save():
            return False
        self._replace(template.build() if template else Project(LayerGraph()), None)
        return True

    def open_copy(self, path: str | os.PathLike) -> bool:
        """Open a project as a new, untitled one (bundled examples: Save never overwrites them)."""
        if not self.maybe_save():
            return False
        try:
            project = Project.load(path)
        except ProjectFileError as exc:
            self.show_error(reason(exc))
            return False
        self._replace(project, None)
        return True

    def open_dialog(self) -> bool:
        if not self.maybe_save():
            return False
        path = self.ask_open_path()
        return path is not None and self.open_path(path, ask=False)

    def open_path(self, path: str | os.PathLike, *, ask: bool = True) -> bool:
        """Open a project; a file that cannot be read is explained in a dialog, not raised."""
        if ask and not self.maybe_save():
            return False
        try:
            self.load(path)
        except ProjectFileError as exc:
            self.show_error(reason(exc))
            return False
        return True

    def load(self, path: str | os.PathLike) -> None:
        """Open ``path`` without asking anything (raises ProjectFileError)."""
        path = Path(path)
        project = Project.load(path)
        self._replace(project, path)
        self._add_recent(path)

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        path = self.ask_save_path()
        return path is not None and self.save_to(path)

    def save_to(self, path: str | os.PathLike) -> bool:
        path = Path(path)
        project = self.project_for_saving()
        try:
            project.save(path)
        except OSError as exc:
            self.show_error(
                self.tr("Could not save “%1”: %2")
                .replace("%1", str(path))
                .replace("%2", exc.strerror or str(exc))
            )
            return False
        self._keep_saved_weights(project)
        self._set_path(path)
        self.document.mark_clean()
        self._add_recent(path)
        return True

    def _keep_saved_weights(self, saved: Project) -> None:
        """The document's project takes the weights (and fitted scaling, class names) just
        saved with it, so it stays what the file holds: a later Save after Reset writes these,
        not older ones. Not an edit: nothing to undo, nothing to redraw."""
        current = self.document.project
        if saved is current:
            return
        current.weights, current.scaling = saved.weights, saved.scaling
        if "class_names" in saved.training:
            current.training["class_names"] = list(saved.training["class_names"])

    def _replace(self, project: Project, path: Path | None, *, dirty: bool = False) -> None:
        self._set_path(path)
        self.document.set_project(project, dirty=dirty)
        self._remove_recovery(self.session)

    # -- recent files ---------------------------------------------------------------------------------
    def recent_files(self) -> list[Path]:
        names = self.settings.value("recentFiles", [], list) or []
        return [Path(n) for n in names if Path(n).is_file()]

    def _add_recent(self, path: Path) -> None:
        path = path.resolve()
        names = [str(path)] + [str(p) for p in self.recent_files() if p.resolve() != path]
        self.settings.setValue("recentFiles", names[:MAX_RECENT])

    def clear_recent(self) -> None:
        self.settings.setValue("recentFiles", [])

    # -- autosave and recovery -------------------------------------------------------------------------
    def _recovery_files(self, session: str) -> tuple[Path, Path]:
        return self.recovery_dir / f"{session}{SUFFIX}", self.recovery_dir / f"{session}.json"

    def autosave(self) -> Path | None:
        """Write unsaved work to this session's recovery file (atomically); None if nothing to save."""
        if not self.document.dirty:
            return None
        project_file, meta_file = self._recovery_files(self.session)
        try:
            self.project_for_saving().save(project_file)
            meta = {"original": str(self.path) if self.path else None, "saved_at": time.time()}
            meta_file.write_text(json.dumps(meta), encoding="utf-8")
        except OSError as exc:
            self.window.statusBar().showMessage(
                self.tr("Autosave failed: %1").replace("%1", exc.strerror or str(exc)), 10_000
            )
            return None
        return project_file

    def _on_dirty(self, dirty: bool) -> None:
        if not dirty:
            self._remove_recovery(self.session)

    def _remove_recovery(self, session: str) -> None:
        for file in self._recovery_files(session):
            file.unlink(missing_ok=True)

    def find_recoveries(self) -> list[Recovery]:
        """Recovery files of sessions that ended without closing properly, newest first."""
        found = []
        for meta_file in self.recovery_dir.glob("*.json"):
            session = meta_file.stem
            project_file = self.recovery_dir / f"{session}{SUFFIX}"
            if session == self.session or not project_file.is_file():
                continue
            lock = _lock(self.recovery_dir / f"{session}.lock")
            if not lock.tryLock(0):
                continue  # another LayerLab is running and owns it
            lock.unlock()
            try:
                meta = json.loads(meta_file.read_text(encoding="utf-8"))
                original = Path(meta["original"]) if meta.get("original") else None
                saved_at = float(meta["saved_at"])
            except (OSError, ValueError, KeyError, TypeError):
                original, saved_at = None, project_file.stat().st_mtime
            found.append(Recovery(session, project_file, original, saved_at))
        return sorted(found, key=lambda r: r.saved_at, reverse=True)

    def offer_restore(self) -> bool:
        """Offer the newest unsaved work left by a crash; True if it was restored."""
        found = self.find_recoveries()
        if not found:
            return False
        recovery = found[0]
        if not self.ask_restore(recovery):
            self._remove_recovery(recovery.session)
            return False
        try:
            project = Project.load(recovery.project_file)
        except ProjectFileError as exc:
            self._remove_recovery(recovery.session)
            self.show_error(reason(exc))
            return False
        self._replace(project, recovery.original, dirty=True)
        self._remove_recovery(recovery.session)
        self.autosave()
        return True

    def close_session(self) -> None:
        """The window closes properly: its recovery file is no longer needed."""
        self.autosave_timer.stop()
        self._remove_recovery(self.session)
        self._session_lock.unlock()
