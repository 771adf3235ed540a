"""The comfort settings: text size (100–200 %), light/dark theme and language."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from . import preferences
from .preferences import Preferences


class PreferencesDialog(QDialog):
    """Edits :class:`Preferences`; the caller stores and applies them."""

    def __init__(self, parent: QWidget | None, current: Preferences) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indstillinger"))
        form = QFormLayout()

        self.scale_spin = QSpinBox()
        self.scale_spin.setRange(preferences.MIN_SCALE, preferences.MAX_SCALE)
        self.scale_spin.setSingleStep(10)
        self.scale_spin.setSuffix(" %")
        self.scale_spin.setValue(current.text_scale)
        self.scale_spin.setAccessibleName(self.tr("Tekststørrelse i procent"))
        self.scale_spin.setAccessibleDescription(
            self.tr("Fra 100 til 200 procent. Gælder alle vinduer.")
        )
        scale_label = QLabel(self.tr("&Tekststørrelse:"))
        scale_label.setBuddy(self.scale_spin)
        form.addRow(scale_label, self.scale_spin)

        self.theme_combo = QComboBox()
        for code, text in (
            (preferences.THEME_SYSTEM, self.tr("Følg systemet")),
            (preferences.THEME_LIGHT, self.tr("Lyst")),
            (preferences.THEME_DARK, self.tr("Mørkt")),
        ):
            self.theme_combo.addItem(text, code)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(current.theme)))
        self.theme_combo.setAccessibleName(self.tr("Farver"))
        self.theme_combo.setAccessibleDescription(
            self.tr("Lyse eller mørke farver, eller de samme som computeren")
        )
        theme_label = QLabel(self.tr("&Farver:"))
        theme_label.setBuddy(self.theme_combo)
        form.addRow(theme_label, self.theme_combo)

        self.language_combo = QComboBox()
        for code, text in (
            (preferences.LANGUAGE_SYSTEM, self.tr("Som systemet (ellers dansk)")),
            (preferences.LANGUAGE_DANISH, "Dansk"),
            (preferences.LANGUAGE_ENGLISH, "English"),
        ):
            self.language_combo.addItem(text, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current.language)))
        self.language_combo.setAccessibleName(self.tr("Sprog"))
        self.language_combo.setAccessibleDescription(
            self.tr("Vinduets sprog; computerens sprog, hvis det er engelsk, ellers dansk")
        )
        language_label = QLabel(self.tr("&Sprog:"))
        language_label.setBuddy(self.language_combo)
        form.addRow(language_label, self.language_combo)

        note = QLabel(
            self.tr("Vinduet tegnes forfra med de nye indstillinger. Intet i dagbogen ændres.")
        )
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Brug"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(
            self.tr("Brug indstillingerne")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuller"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Annuller")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(
            self.tr("Tegner vinduet forfra med de nye indstillinger")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            self.tr("Lukker vinduet uden at ændre noget")
        )
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def chosen(self) -> Preferences:
        return Preferences(
            text_scale=self.scale_spin.value(),
            theme=self.theme_combo.currentData(),
            language=self.language_combo.currentData(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, settings: QSettings | None = None) -> Preferences | None:
        """Show the dialog; the chosen preferences, or None if the user cancelled."""
        dialog = cls(parent, preferences.load(settings))
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.chosen()
            return None
        finally:
            dialog.deleteLater()
