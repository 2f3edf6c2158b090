"""The Export dialog's widgets and layout (no behaviour: see dialogs/export.py).

Every control has a snake_case object name, an accessible name and description, and a mnemonic
on its label, so the dialog works by keyboard and screen reader.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sharedesk.core.export.registry import ExportFormat, export_format, formats
from sharedesk.core.records.query import EXPORT_STATUSES
from sharedesk.gui import labels
from sharedesk.gui.widgets.roles import set_role

# The export formats' labels are English source strings in core/export/registry.py; they are
# listed here so pyside6-lupdate finds them, in the "labels" context the dialog looks them up
# in (tests/gui/test_export_registry.py checks that every built-in label is listed).
FORMAT_LABELS = (
    QT_TRANSLATE_NOOP("labels", "PDF document"), QT_TRANSLATE_NOOP("labels", "JSON"),
    QT_TRANSLATE_NOOP("labels", "CSV spreadsheet"), QT_TRANSLATE_NOOP("labels", "FHIR R4 bundle"),
    QT_TRANSLATE_NOOP("labels", "Accessible HTML"),
    QT_TRANSLATE_NOOP("labels", "Encrypted bundle (age)"),
)


def format_label(kind: ExportFormat) -> str:
    """The format's label in the UI language (the English source when not translated)."""
    return QCoreApplication.translate("labels", kind.label)


STATUSES = EXPORT_STATUSES  # every export status, in core's order


class ExportForm(QDialog):
    def __init__(self, profile_recipients: Sequence[str], has_selection: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export records"))
        self._named(self, self.tr("Export records"),
                    self.tr("Choose a format, which records, who can open it and where to save"))
        self.setModal(True)
        self.format_combo = QComboBox(self)
        for kind in formats():  # core/export/registry.py: every format, HTML included
            self.format_combo.addItem(format_label(kind), kind.id)
        self._named(self.format_combo, self.tr("Format"), self.tr("The file format of the export"),
                    "export_format")
        self.range_group = QButtonGroup(self)
        self.range_buttons: dict[str, QRadioButton] = {}
        for mode, text in (("all", self.tr("&All records")), ("dates", self.tr("&Date range")),
                           ("status", self.tr("By export &status")),
                           ("selected", self.tr("Records selected on the records &screen"))):
            button = QRadioButton(text, self)
            self._named(button, text.replace("&", ""), self.tr("Which records to export"),
                        f"export_range_{mode}")
            self.range_group.addButton(button)
            self.range_buttons[mode] = button
        self.range_buttons["selected"].setEnabled(has_selection)  # see offer_this_record
        self.range_buttons["selected" if has_selection else "all"].setChecked(True)
        today = QDate.currentDate()
        self.since_edit = self._date("export_since", self.tr("From date"), today.addMonths(-1))
        self.until_edit = self._date("export_until", self.tr("To date"), today)
        self.status_combo = QComboBox(self)
        for status in STATUSES:
            self.status_combo.addItem(labels.export_status(status), status)
        self._named(self.status_combo, self.tr("Export status"),
                    self.tr("Export the records in this state"), "export_status")
        self.profile_list = QListWidget(self)
        for key in profile_recipients:
            item = QListWidgetItem(key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.profile_list.addItem(item)
        self.profile_list.setVisible(bool(profile_recipients))
        self.profile_list.setMaximumHeight(90)
        self._named(self.profile_list, self.tr("Organisation recipients"),
                    self.tr("Keys from the organisation profile; unticked keys are left out"),
                    "export_profile_recipients")
        self.recipients_edit = QPlainTextEdit(self)
        self.recipients_edit.setTabChangesFocus(True)
        self.recipients_edit.setPlaceholderText("age1...")
        self.recipients_edit.setMaximumHeight(70)
        self._named(self.recipients_edit, self.tr("More recipient keys"),
                    self.tr("Paste age public keys (age1...), one per line"), "export_recipients")
        self.recipients_error = self._label("export_recipients_error", "error")
        self.passphrase_check = QCheckBox(self.tr("Encrypt to a &passphrase instead"), self)
        self._named(self.passphrase_check, self.tr("Encrypt to a passphrase instead"),
                    self.tr("Use when the receiver has no key"), "export_use_passphrase")
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._named(self.passphrase_edit, self.tr("Bundle passphrase"),
                    self.tr("At least 12 characters"), "export_passphrase")
        self.passphrase_warning = self._label("export_passphrase_warning", "warning")
        self.passphrase_warning.setText(self.tr(
            "Send the passphrase by another channel (a phone call, not the same email)."))
        self.out_edit = QLineEdit(self)
        self._named(self.out_edit, self.tr("Save to"), self.tr("The file the export is written to"),
                    "export_destination")
        self.browse_button = QPushButton(self.tr("C&hoose..."), self)
        self._named(self.browse_button, self.tr("Choose file"),
                    self.tr("Pick where to save the export"), "export_browse")
        self.progress_bar = QProgressBar(self)
        self._named(self.progress_bar, self.tr("Export progress"),
                    self.tr("Records written so far"), "export_progress")
        self.progress_bar.setVisible(False)
        self.message_label = self._label("export_message", "")
        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setDefault(True)
        self._named(self.export_button, self.tr("Export"), self.tr("Write the export now"),
                    "export_start")
        self.cancel_button = QPushButton(self.tr("&Close"), self)
        self._named(self.cancel_button, self.tr("Cancel or close"),
                    self.tr("Stop a running export, or close the dialog"), "export_cancel")
        self._lay_out()
        self.format_combo.currentIndexChanged.connect(self._sync_visibility)
        self.range_group.buttonToggled.connect(self._sync_visibility)
        self.passphrase_check.toggled.connect(self._sync_visibility)
        self._sync_visibility()
        self.resize(620, 560)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._row(form, self.tr("&Format"), self.format_combo)
        ranges = QVBoxLayout()
        for button in self.range_buttons.values():
            ranges.addWidget(button)
        dates = QHBoxLayout()
        dates.addWidget(self.since_edit)
        dates.addWidget(self.until_edit)
        ranges.addLayout(dates)
        ranges.addWidget(self.status_combo)
        form.addRow(QLabel(self.tr("Records"), self), ranges)
        self.recipients_title = self._row(form, self.tr("&Recipients"), self.profile_list)
        self.recipients_more = self._row(form, self.tr("&More recipient keys"), self.recipients_edit)
        form.addRow("", self.recipients_error)
        form.addRow("", self.passphrase_check)
        self.passphrase_title = self._row(form, self.tr("Pass&word"), self.passphrase_edit)
        form.addRow("", self.passphrase_warning)
        out = QHBoxLayout()
        out.addWidget(self.out_edit, 1)
        out.addWidget(self.browse_button)
        label = QLabel(self.tr("Sa&ve to"), self)
        label.setBuddy(self.out_edit)
        form.addRow(label, out)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        form.addRow(label, widget)
        return label

    def offer_this_record(self) -> None:
        """Opened from one record's screen: the selection is that record, and says so."""
        button = self.range_buttons["selected"]
        button.setText(QCoreApplication.translate("ExportForm", "&This record"))
        button.setAccessibleName(QCoreApplication.translate("ExportForm", "This record"))

    def _named(self, widget: QWidget, name: str, description: str, object_name: str = "") -> None:
        if object_name:
            widget.setObjectName(object_name)
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(description)

    def _date(self, object_name: str, name: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")  # as UK users write dates
        self._named(edit, name, "", object_name)
        return edit

    def _label(self, object_name: str, role: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(object_name)
        label.setWordWrap(True)
        if role:
            set_role(label, role)
        return label

    def format(self) -> str:
        return str(self.format_combo.currentData())

    def format_kind(self) -> ExportFormat:
        return export_format(self.format())

    def set_format(self, fmt: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(fmt))

    def range_mode(self) -> str:
        return next((m for m, b in self.range_buttons.items() if b.isChecked()), "all")

    def chosen_profile_recipients(self) -> list[str]:
        items = (self.profile_list.item(i) for i in range(self.profile_list.count()))
        return [i.text() for i in items if i.checkState() == Qt.CheckState.Checked]

    def inputs(self) -> list[QWidget]:
        return [self.format_combo, *self.range_buttons.values(), self.since_edit,
                self.until_edit, self.status_combo, self.profile_list, self.recipients_edit,
                self.passphrase_check, self.passphrase_edit, self.out_edit, self.browse_button,
                self.export_button]

    def show_message(self, text: str, *, error: bool) -> None:
        set_role(self.message_label, "error" if error else "")
        self.message_label.setText(text)
        self.message_label.setVisible(bool(text))

    def _sync_visibility(self, *_args: object) -> None:
        bundle = self.format_kind().sealed  # recipients or a passphrase
        use_pass = bundle and self.passphrase_check.isChecked()
        widget: QWidget
        for widget in (self.recipients_title, self.profile_list):
            widget.setVisible(bundle and self.profile_list.count() > 0 and not use_pass)
        for widget in (self.recipients_more, self.recipients_edit):
            widget.setVisible(bundle and not use_pass)
        self.recipients_error.setVisible(bundle and bool(self.recipients_error.text()))
        self.passphrase_check.setVisible(bundle)
        for widget in (self.passphrase_title, self.passphrase_edit, self.passphrase_warning):
            widget.setVisible(use_pass)
        mode = self.range_mode()
        self.since_edit.setEnabled(mode == "dates")
        self.until_edit.setEnabled(mode == "dates")
        self.status_combo.setEnabled(mode == "status")
