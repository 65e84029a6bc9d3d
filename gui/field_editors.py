"""One editor widget per kind of layer setting, chosen from the engine's ``Field`` schema.

Numbers get spin boxes whose arrows and wheel stay within the field's range; a number typed
outside it is kept as typed rather than silently corrected, and the engine's validation says
what is wrong with it. Choices get combo boxes filled from the engine's registries (with the
chosen entry's own settings, such as an ELU's α, below it). A value no typed editor can show,
e.g. an unknown name read from a file, is shown as text instead, again exactly as stored.
"""

import json
import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QStackedLayout,
    QWidget,
)

from engine import activations, initializers, losses, regularizers
from engine.errors import LayerLabError
from engine.layers import Field
from engine.registry import Registry
from gui.engine_texts import engine_text

REGISTRIES: dict[str, Registry] = {
    "activation": activations.ACTIVATIONS,
    "initializer": initializers.INITIALIZERS,
    "loss": losses.LOSSES,
    "regularizer": regularizers.REGULARIZERS,
}
INT_LIMIT = 2_000_000_000
FLOAT_LIMIT = 1e15
_PARTIAL_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d*)?([eE][+-]?\d*)?")


def humanize(name: str) -> str:
    """``kernel_initializer`` → ``Kernel initializer`` (translatable in context "fields")."""
    text = name.replace("_", " ")
    return QCoreApplication.translate("fields", text[:1].upper() + text[1:])


class _FieldSteps:
    """Mixin for spin boxes: stepping (arrows, wheel, Page keys) never leaves the field's range,
    while typing may, so a wrong value is the user's to see and fix, not silently clamped."""

    field: Field | None = None

    def _allowed(self, value: float) -> bool:
        f = self.field
        if f is None:
            return True
        if f.minimum is not None and (value < f.minimum or (value == f.minimum and not f.min_inclusive)):
            return False
        return not (
            f.maximum is not None and (value > f.maximum or (value == f.maximum and not f.max_inclusive))
        )

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        old = self.value()
        self.blockSignals(True)
        super().stepBy(steps)  # type: ignore[misc]
        target = self.value()
        self.setValue(old)
        self.blockSignals(False)
        if not self._allowed(target):
            f = self.field
            low = f.minimum if f.minimum is not None and f.min_inclusive else None
            high = f.maximum if f.maximum is not None and f.max_inclusive else None
            bound = low if steps < 0 else high
            target = bound if bound is not None and self._allowed(bound) else old
        self.setValue(target)


class IntSpinBox(_FieldSteps, QSpinBox):
    def __init__(self, field: Field | None, parent=None) -> None:
        super().__init__(parent)
        self.field = field
        self.setRange(-INT_LIMIT, INT_LIMIT)
        self.setKeyboardTracking(False)
        self.setAccelerated(True)


class FloatSpinBox(_FieldSteps, QDoubleSpinBox):
    """Shows 0.001 as ``0.001`` and accepts ``1e-3`` (plain QDoubleSpinBox does neither well
    for the small numbers of learning rates and epsilons)."""

    def __init__(self, field: Field | None = None, parent=None) -> None:
        super().__init__(parent)
        self.field = field
        self.setDecimals(12)
        self.setRange(-FLOAT_LIMIT, FLOAT_LIMIT)
        self.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.setKeyboardTracking(False)
        bounded = field is not None and field.minimum is not None and field.maximum is not None
        if bounded and field.maximum - field.minimum <= 1.0:  # type: ignore[union-attr, operator]
            self.setStepType(QAbstractSpinBox.StepType.DefaultStepType)
            self.setSingleStep(0.05)

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802
        try:
            return float(text.strip())
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> object:
        stripped = text.strip()
        try:
            value = float(stripped)
        except ValueError:
            ok = _PARTIAL_NUMBER.fullmatch(stripped) is not None
            return (QValidator.State.Intermediate if ok else QValidator.State.Invalid), text, pos
        inside = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate), text, pos

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.value())


class FieldEditor(QWidget):
    """Base: ``edited(value)`` when the user commits a new value; ``set_value`` shows one.

    ``set_value`` returns False when this editor cannot show the value faithfully.
    """

    edited = Signal(object)

    def set_value(self, value: Any) -> bool:
        raise NotImplementedError


def _form(widget: QWidget) -> QFormLayout:
    layout = QFormLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


class IntEditor(FieldEditor):
    def __init__(self, field: Field, parent=None) -> None:
        super().__init__(parent)
        self.spin = IntSpinBox(field, self)
        _form(self).addRow(self.spin)
        self.spin.valueChanged.connect(self.edited.emit)

    def set_value(self, value: Any) -> bool:
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > INT_LIMIT:
            return False
        self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
        return True


class FloatEditor(FieldEditor):
    def __init__(self, field: Field | None = None, parent=None) -> None:
        super().__init__(parent)
        self.spin = FloatSpinBox(field, self)
        _form(self).addRow(self.spin)
        self.spin.valueChanged.connect(self.edited.emit)

    def set_value(self, value: Any) -> bool:
        if isinstance(value, bool) or not isinstance(value, int | float) or not abs(value) <= FLOAT_LIMIT:
            return False
        self.spin.blockSignals(True)
        self.spin.setValue(float(value))
        self.spin.blockSignals(False)
        return True


class BoolEditor(FieldEditor):
    def __init__(self, field: Field | None = None, parent=None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        _form(self).addRow(self.check)
        self.check.toggled.connect(self.edited.emit)

    def set_value(self, value: Any) -> bool:
        if not isinstance(value, bool):
            return False
        self.check.blockSignals(True)
        self.check.setChecked(value)
        self.check.blockSignals(False)
        return True


class ShapeEditor(FieldEditor):
    """A size such as ``2`` or ``8, 8``; text that is not a size is passed on as typed."""

    def __init__(self, field: Field | None = None, parent=None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("e.g. 2 or 8, 8"))
        _form(self).addRow(self.line)
        self.line.editingFinished.connect(self._commit)

    def _commit(self) -> None:
        text = self.line.text().strip()
        parts = [p for p in re.split(r"[\s,×xX()\[\]]+", text) if p]
        if parts and all(p.isdigit() for p in parts):
            self.edited.emit([int(p) for p in parts])
        else:
            self.edited.emit(text)

    def set_value(self, value: Any) -> bool:
        text = ", ".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)
        if text != self.line.text():
            self.line.setText(text)
        return True


class RegistryEditor(FieldEditor):
    """A choice from one engine registry plus the chosen entry's own settings."""

    def __init__(self, field: Field, parent=None) -> None:
        super().__init__(parent)
        self.registry = REGISTRIES[field.kind]
        self.nullable = field.nullable
        self.combo = QComboBox(self)
        # Long names ("Sparse categorical cross-entropy") must not widen the inspector.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)
        if self.nullable:
            self.combo.addItem(self.tr("(none)"), None)
        for name in self.registry.names():
            cls = self.registry.get(name)
            self.combo.addItem(engine_text(getattr(cls, "label", name.upper())), name)
        self.layout_ = _form(self)
        self.layout_.addRow(self.combo)
        self._params: dict[str, FieldEditor] = {}
        self._defaults: dict[str, Any] = {}
        self._shown: str | None = None
        self.combo.currentIndexChanged.connect(self._choose)

    def _defaults_of(self, name: str) -> dict[str, Any]:
        config = self.registry.create(name).get_config()
        config.pop("name", None)
        return config

    def _show_params(self, name: str | None, values: dict[str, Any]) -> bool:
        """Show the entry's own settings; rebuilt only when the entry changes, so editing one
        of them does not throw away the focus."""
        if name != self._shown:
            while self.layout_.rowCount() > 1:
                self.layout_.removeRow(1)
            self._shown = name
            self._defaults = {} if name is None else self._defaults_of(name)
            self._params = {}
            for key, default in self._defaults.items():
                editor: FieldEditor = BoolEditor() if isinstance(default, bool) else FloatEditor()
                editor.edited.connect(self._param_edited)
                self._params[key] = editor
                self.layout_.addRow(humanize(key), editor)
        shown = True
        for key, editor in self._params.items():
            shown = editor.set_value(values.get(key, self._defaults[key])) and shown
        return shown and set(values) <= set(self._defaults)

    def _choose(self, index: int) -> None:
        name = self.combo.itemData(index)
        self._show_params(name, {})
        self.edited.emit(name)

    def _param_edited(self, _value: Any) -> None:
        values = {key: self._value_of(editor) for key, editor in self._params.items()}
        name = self.combo.currentData()
        self.edited.emit(name if values == self._defaults else {"name": name, **values})

    @staticmethod
    def _value_of(editor: FieldEditor) -> Any:
        if isinstance(editor, BoolEditor):
            return editor.check.isChecked()
        return editor.spin.value()  # type: ignore[attr-defined]

    def set_value(self, value: Any) -> bool:
        if value is None:
            if not self.nullable:
                return False
            name, params = None, {}
        elif isinstance(value, str):
            name, params = value, {}
        elif isinstance(value, dict) and isinstance(value.get("name"), str):
            params = {k: v for k, v in value.items() if k != "name"}
            name = value["name"]
        else:
            return False
        if name is not None:
            try:
                name = self.registry.canonical(name)
            except LayerLabError:
                return False
        index = self.combo.findData(name)
        if index < 0:
            return False
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)
        return self._show_params(name, params)


class RawEditor(FieldEditor):
    """The value exactly as stored, as text, for values no typed editor can show."""

    def __init__(self, field: Field | None = None, parent=None) -> None:
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setStyleSheet("QLineEdit { border: 1px solid #d62828; }")
        _form(self).addRow(self.line)
        self.line.editingFinished.connect(self._commit)

    def _commit(self) -> None:
        text = self.line.text()
        try:
            value = json.loads(text)
        except ValueError:
            value = text
        self.edited.emit(value)

    def set_value(self, value: Any) -> bool:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        if text != self.line.text():
            self.line.setText(text)
        return True


_EDITORS: dict[str, type[FieldEditor]] = {
    "int": IntEditor,
    "float": FloatEditor,
    "bool": BoolEditor,
    "shape": ShapeEditor,
    "activation": RegistryEditor,
    "initializer": RegistryEditor,
    "loss": RegistryEditor,
    "regularizer": RegistryEditor,
}


class FieldRow(QWidget):
    """The editor for one field: the typed editor, or the raw one when the value needs it."""

    edited = Signal(object)

    def __init__(self, field: Field, parent=None) -> None:
        super().__init__(parent)
        self.field = field
        self.typed = _EDITORS[field.kind](field)
        self.raw = RawEditor(field)
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.typed)
        self.stack.addWidget(self.raw)
        self.typed.edited.connect(self.edited.emit)
        self.raw.edited.connect(self.edited.emit)

    @property
    def showing_raw(self) -> bool:
        return self.stack.currentWidget() is self.raw

    def set_value(self, value: Any) -> None:
        if self.typed.set_value(value):
            self.stack.setCurrentWidget(self.typed)
        else:
            self.raw.set_value(value)
            self.stack.setCurrentWidget(self.raw)
