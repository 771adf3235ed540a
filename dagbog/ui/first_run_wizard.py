"""The short first-run guide: who you are, your jobcenter, your caseworker. Every step skippable.

The guide only gathers answers; ``core.first_run.set_up`` writes them in one transaction.
"Prøv med eksempeldata" leaves the guide and opens the demo diary instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from dagbog.core import first_run
from dagbog.core.errors import ValidationError
from dagbog.core.models import Case
from dagbog.core.settings import UserRole

from . import theme
from .form_errors import show_error, shown_text


@dataclass(frozen=True)
class FirstRunResult:
    """The guide's outcome: the case it made, or the wish to see the demo, or neither."""

    case: Case | None = None
    demo: bool = False


def _line(placeholder: str, name: str, description: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    if description:
        edit.setAccessibleDescription(description)
    return edit


def _row(form: QFormLayout, text: str, widget: QWidget) -> None:
    # No word wrap: a form row does not grow for a wrapped label, so at 200 % text
    # «Reply deadline:» broke into two lines cut off at top and bottom. The labels are short.
    label = QLabel(text)
    label.setBuddy(widget)
    form.addRow(label, widget)


class FirstRunWizard(QWizard):
    """Three pages; "Spring over" (Cancel) leaves an empty diary, "Færdig" creates the case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Velkommen til Dagbog"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Prøv med &eksempeldata"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Næste"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Tilbage"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Opret min dagbog"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Spring over"))
        for which, name in (
            (QWizard.WizardButton.CustomButton1, self.tr("Prøv med eksempeldata")),
            (QWizard.WizardButton.NextButton, self.tr("Næste trin")),
            (QWizard.WizardButton.BackButton, self.tr("Forrige trin")),
            (QWizard.WizardButton.FinishButton, self.tr("Opret min dagbog")),
            (QWizard.WizardButton.CancelButton, self.tr("Spring guiden over")),
        ):
            self.button(which).setAccessibleName(name)
        for which, description in (
            (QWizard.WizardButton.NextButton, self.tr("Går videre til næste af de tre trin")),
            (QWizard.WizardButton.BackButton, self.tr("Går tilbage til forrige trin")),
            (
                QWizard.WizardButton.FinishButton,
                self.tr("Opretter sagen og sagsbehandleren og åbner hovedvinduet"),
            ),
            (
                QWizard.WizardButton.CancelButton,
                self.tr("Åbner hovedvinduet med en tom dagbog; guiden kan springes over"),
            ),
        ):
            self.button(which).setToolTip(description)
        self.button(QWizard.WizardButton.CustomButton1).setAccessibleDescription(
            self.tr("Åbner en eksempelsag i en midlertidig fil. Din egen dagbog røres ikke.")
        )
        self.customButtonClicked.connect(self._custom_clicked)
        self.created: Case | None = None
        self.wants_demo = False
        self.addPage(self._you_page())
        self.addPage(self._jobcenter_page())
        self.addPage(self._caseworker_page())
        scale = max(1.0, self.font().pointSizeF() / theme.BASE_POINT_SIZE)
        self.resize(int(640 * min(scale, 1.8)), int(460 * min(scale, 1.6)))

    # --- pages ---------------------------------------------------------------------------
    def _page(self, title: str, intro: str) -> tuple[QWizardPage, QFormLayout]:
        page = QWizardPage()
        page.setTitle(title)
        layout = QVBoxLayout(page)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)
        layout.addStretch(1)
        return page, form

    def _you_page(self) -> QWizardPage:
        page, form = self._page(
            self.tr("1 af 3: Dig"),
            self.tr(
                "Tre korte trin, så Dagbog kender din sag. Du kan springe alt over og "
                "udfylde det senere. Intet sendes nogen steder hen."
            ),
        )
        self.user_name_edit = _line(
            self.tr("Dit navn"),
            self.tr("Dit navn"),
            self.tr("Står som udarbejdet af i breve og PDF-udskrifter; kan stå tomt"),
        )
        _row(form, self.tr("Dit &navn:"), self.user_name_edit)
        self.role_group = QButtonGroup(self)
        self.role_buttons: dict[str, QRadioButton] = {}
        roles = QWidget()
        roles_layout = QVBoxLayout(roles)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        for code, text, name in (
            (UserRole.CITIZEN, self.tr("&Borger – det er min egen sag"), self.tr("Borger")),
            (
                UserRole.COMPANION,
                self.tr("B&isidder – jeg følger en anden"),
                self.tr("Bisidder"),
            ),
            (
                UserRole.REPRESENTATIVE,
                self.tr("&Partsrepræsentant – jeg handler for en anden"),
                self.tr("Partsrepræsentant"),
            ),
        ):
            button = QRadioButton(text)
            button.setAccessibleName(self.tr("Rolle: %1").replace("%1", name))
            button.setAccessibleDescription(self.tr("Breve og udskrifter skrives ud fra rollen"))
            self.role_group.addButton(button)
            self.role_buttons[code] = button
            roles_layout.addWidget(button)
        self.role_buttons[UserRole.CITIZEN].setChecked(True)
        roles_label = QLabel(self.tr("Du er:"))
        form.addRow(roles_label, roles)
        self.citizen_edit = _line(
            self.tr("Borgerens navn"),
            self.tr("Borgerens navn"),
            self.tr("Navnet på den borger, hvis sag du hjælper med"),
        )
        self.citizen_label = QLabel(self.tr("Bor&gerens navn:"))
        self.citizen_label.setBuddy(self.citizen_edit)
        form.addRow(self.citizen_label, self.citizen_edit)
        self._you_form = form
        self.role_group.buttonToggled.connect(self._role_changed)
        self._role_changed()
        return page

    def _jobcenter_page(self) -> QWizardPage:
        page, form = self._page(
            self.tr("2 af 3: Dit jobcenter"),
            self.tr(
                "Hovedmailen bruges til vigtige breve, fx en anmodning om ny sagsbehandler. "
                "Svarfristen er det antal arbejdsdage, kommunen lover at svare inden for."
            ),
        )
        self.municipality_edit = _line(
            self.tr("fx Søby Kommune, Jobcenter"),
            self.tr("Kommune eller jobcenter"),
            self.tr("Kommunen eller jobcentret, der har sagen"),
        )
        _row(form, self.tr("&Kommune:"), self.municipality_edit)
        self.main_email_edit = _line(
            self.tr("fx jobcenter@kommune.dk"),
            self.tr("Jobcentrets hovedmail"),
            self.tr("Jobcentrets hovedpostkasse; vigtige breve sendes hertil"),
        )
        _row(form, self.tr("&Hovedmail:"), self.main_email_edit)
        self.reply_days_spin = QSpinBox()
        self.reply_days_spin.setRange(1, 90)
        self.reply_days_spin.setValue(10)
        self.reply_days_spin.setSuffix(self.tr(" arbejdsdage"))
        self.reply_days_spin.setAccessibleName(self.tr("Svarfrist i arbejdsdage"))
        self.reply_days_spin.setAccessibleDescription(
            self.tr("Mange kommuner lover svar inden for 10 arbejdsdage.")
        )
        _row(form, self.tr("S&varfrist:"), self.reply_days_spin)
        return page

    def _caseworker_page(self) -> QWizardPage:
        page, form = self._page(
            self.tr("3 af 3: Din sagsbehandler"),
            self.tr(
                "Så er navn, telefon og telefontid klar, når du skal ringe eller skrive. "
                "Kender du det ikke, så lad felterne stå tomme."
            ),
        )
        self.caseworker_name_edit = _line(
            self.tr("Navn"),
            self.tr("Sagsbehandlerens navn"),
            self.tr("Din sagsbehandlers fulde navn; kan stå tomt"),
        )
        _row(form, self.tr("&Navn:"), self.caseworker_name_edit)
        self.caseworker_phone_edit = _line(
            self.tr("fx 70 12 34 56"),
            self.tr("Sagsbehandlerens telefon"),
            self.tr("Nummeret, du ringer til sagsbehandleren på"),
        )
        _row(form, self.tr("&Telefon:"), self.caseworker_phone_edit)
        self.caseworker_email_edit = _line(
            self.tr("fx navn@kommune.dk"),
            self.tr("Sagsbehandlerens e-mail"),
            self.tr("Sagsbehandlerens egen e-mailadresse"),
        )
        _row(form, self.tr("&E-mail:"), self.caseworker_email_edit)
        self.caseworker_hours_edit = _line(
            self.tr("fx Man-Tor 09:00-12:00"),
            self.tr("Telefontid"),
            self.tr("De dage og tider sagsbehandleren tager telefonen"),
        )
        _row(form, self.tr("Te&lefontid:"), self.caseworker_hours_edit)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme.error_color()};")
        self.error_label.setAccessibleName(self.tr("Fejl"))
        self.error_label.hide()
        form.addRow(self.error_label)
        return page

    # --- reactions -----------------------------------------------------------------------
    @Slot()
    def _role_changed(self, *_args) -> None:
        helping = not self.role_buttons[UserRole.CITIZEN].isChecked()
        self._you_form.setRowVisible(self.citizen_edit, helping)

    @Slot(int)
    def _custom_clicked(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.try_demo()

    @Slot()
    def try_demo(self) -> None:
        """Leave the guide without writing anything; the caller opens the demo diary."""
        self.wants_demo = True
        self.reject()

    def role(self) -> str:
        for code, button in self.role_buttons.items():
            if button.isChecked():
                return code
        return UserRole.CITIZEN

    def answers(self) -> first_run.FirstRun:
        return first_run.FirstRun(
            user_name=self.user_name_edit.text(),
            user_role=self.role(),
            citizen_name=self.citizen_edit.text(),
            municipality=self.municipality_edit.text(),
            main_email=self.main_email_edit.text(),
            reply_days=self.reply_days_spin.value(),
            caseworker_name=self.caseworker_name_edit.text(),
            caseworker_phone=self.caseworker_phone_edit.text(),
            caseworker_email=self.caseworker_email_edit.text(),
            caseworker_hours=self.caseworker_hours_edit.text(),
        )

    def error_text(self) -> str:
        return shown_text(self.error_label)

    def accept(self) -> None:
        """Finish: write everything in one go; a mistake is shown and the guide stays open."""
        try:
            self.created = first_run.set_up(self.answers())
        except ValidationError as error:
            show_error(self.error_label, error)
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> FirstRunResult:
        wizard = cls(parent)
        try:
            wizard.exec()
            return FirstRunResult(case=wizard.created, demo=wizard.wants_demo)
        finally:
            wizard.deleteLater()
