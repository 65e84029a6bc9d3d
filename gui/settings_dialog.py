"""Edit ▸ Settings…: the interface language and classroom presentation, remembered per user.

Changes apply at once (OK) and are stored in QSettings: ``language`` (see :mod:`gui.i18n`),
``classroom/presentation`` and ``classroom/font_scale`` (see :mod:`gui.classroom`).
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMenu,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui import classroom, i18n

if TYPE_CHECKING:
    from gui.main_window import MainWindow


class SettingsDialog(QDialog):
    """Language, presentation mode and its text size."""

    def __init__(self, settings: QSettings, presenting: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        form = QFormLayout()
        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        system = i18n.LANGUAGES[i18n.resolve(i18n.SYSTEM)]
        self.language.addItem(self.tr("System default (%1)").replace("%1", system), i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.stored_choice(settings))))
        form.addRow(self.tr("Language"), self.language)
        self.presentation = QCheckBox(self.tr("Presentation mode (F5)"), self)
        self.presentation.setObjectName("presentationChoice")
        self.presentation.setChecked(presenting)
        self.presentation.setToolTip(
            self.tr("Larger text and thicker plot lines for a projector; advanced controls hidden")
        )
        form.addRow(self.tr("Classroom"), self.presentation)
        self.scale = QSpinBox(self)
        self.scale.setObjectName("presentationScale")
        self.scale.setRange(100, 300)
        self.scale.setSingleStep(10)
        self.scale.setSuffix(" %")
        scale = settings.value(classroom.SCALE_KEY, classroom.DEFAULT_SCALE)
        try:
            self.scale.setValue(round(float(scale) * 100))
        except (TypeError, ValueError):
            self.scale.setValue(round(classroom.DEFAULT_SCALE * 100))
        form.addRow(self.tr("Presentation text size"), self.scale)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(
            self.tr("The language changes at once; texts showing live numbers follow at their next update."),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5c6370;")
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def apply(self, window: "MainWindow") -> None:
        """Store and apply the choices (language first: the classroom texts follow it)."""
        choice = self.language.currentData()
        if choice != i18n.stored_choice(self.settings) or i18n.resolve(choice) != i18n.current_language():
            i18n.set_language(choice, self.settings)  # the window re-composes its texts (retranslate)
        room = window.classroom
        new_scale = self.scale.value() / 100
        rescale = abs(new_scale - room.font_scale()) > 1e-9
        self.settings.setValue(classroom.SCALE_KEY, new_scale)
        want = self.presentation.isChecked()
        if rescale and want and room.presenting:
            room.set_presenting(False)
            room.set_presenting(True)
        room.presentation_action.setChecked(want)


def open_settings(window: "MainWindow") -> None:
    """Edit ▸ Settings…: ask, then apply what the user accepted."""
    dialog = SettingsDialog(window.settings, window.classroom.presenting, window)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        dialog.apply(window)


def add_settings_action(window: "MainWindow") -> QAction:
    """Put Settings… at the end of the Edit menu (the menu that holds Undo)."""
    action = QAction(QCoreApplication.translate("SettingsDialog", "Se&ttings…"), window)
    action.setObjectName("settingsAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda: open_settings(window))
    window.addAction(action)
    menus = [m for m in window.undo_action.associatedObjects() if isinstance(m, QMenu)]
    if menus:
        menus[0].addSeparator()
        menus[0].addAction(action)
    return action
