"""Small helpers for the panels' widgets."""

from PySide6.QtWidgets import QComboBox

#: Characters a combo box asks room for; longer entries are elided and shown in full in the list.
COMBO_CHARACTERS = 8


def compact(combo: QComboBox) -> QComboBox:
    """Let a combo box be narrower than its longest entry, so a narrow dock never clips its panel."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_CHARACTERS)
    return combo
