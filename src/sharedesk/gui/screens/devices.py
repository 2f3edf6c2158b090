"""The manager's Devices screen (issue 14): the laptops whose bundles this vault accepts.

Name, fingerprint, where it is trusted (this vault or the organisation profile), first and
last bundle seen and the records it brought (from the audit of imports). Revoke stops
accepting a laptop's bundles from now on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sharedesk.core.errors import SharedeskError
from sharedesk.gui.labels import local_time
from sharedesk.gui.widgets.roles import set_role

COLUMNS = (QT_TRANSLATE_NOOP("DevicesScreen", "Name"),
           QT_TRANSLATE_NOOP("DevicesScreen", "Fingerprint"),
           QT_TRANSLATE_NOOP("DevicesScreen", "Trusted by"),
           QT_TRANSLATE_NOOP("DevicesScreen", "First bundle"),
           QT_TRANSLATE_NOOP("DevicesScreen", "Last bundle"),
           QT_TRANSLATE_NOOP("DevicesScreen", "Bundles"),
           QT_TRANSLATE_NOOP("DevicesScreen", "Records"),
           QT_TRANSLATE_NOOP("DevicesScreen", "State"))


class DevicesScreen(QWidget):
    def __init__(self, vault: Any, profile_devices: Callable[[], Sequence[tuple[str, str]]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault, self._profile_devices = vault, profile_devices
        self.rows: list[dict[str, Any]] = []
        self.setObjectName("devices_screen")
        self.setAccessibleName(self.tr("Devices"))
        title = QLabel(self.tr("Devices"), self)
        title.setObjectName("devices_title")
        set_role(title, "heading")
        intro = QLabel(self.tr("Laptops whose bundles this vault accepts. Compare a "
                               "fingerprint with the one in the laptop's Settings."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("devices_table")
        self.table.setAccessibleName(self.tr("Devices"))
        self.table.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.message = QLabel(self)
        self.message.setObjectName("devices_message")
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("devices_refresh")
        self.refresh_button.setAccessibleName(self.tr("Refresh"))
        self.revoke_button = QPushButton(self.tr("Re&voke"), self)
        self.revoke_button.setObjectName("devices_revoke")
        self.revoke_button.setAccessibleName(self.tr("Revoke"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.refresh()

    def refresh(self) -> None:
        from sharedesk.core.export.signing import fingerprint
        from sharedesk.core.sync.device_activity import activity
        from sharedesk.core.sync.devices import devices

        try:
            seen = activity(self._vault)
            own: list[dict[str, Any]] = [{"name": d.name, "key": d.public_key, "fingerprint": d.fingerprint,
                    "source": self.tr("this vault"), "revoked": d.revoked}
                   for d in devices(self._vault)]
        except SharedeskError as exc:
            self.message.setText(str(exc))
            return
        revoked = {r["key"]: r["revoked"] for r in own if r["revoked"]}
        listed = {r["key"] for r in own}
        profile: list[dict[str, Any]] = [{"name": name, "key": key, "fingerprint": fingerprint(key),
                    "source": self.tr("organisation profile"), "revoked": revoked.get(key)}
                   for name, key in self._profile_devices() if key not in listed]
        self.rows = own + profile
        self.table.setRowCount(len(self.rows))
        for row, d in enumerate(self.rows):
            a = seen.get(d["fingerprint"])
            values = (str(d["name"]), str(d["fingerprint"]), str(d["source"]),
                      local_time(a.first_seen) if a else "-", local_time(a.last_seen) if a else "-",
                      str(a.bundles if a else 0), str(a.records if a else 0),
                      self.tr("revoked %1").replace("%1", local_time(d["revoked"]))
                      if d["revoked"] else self.tr("trusted"))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.message.setText(self.tr("%1 devices.").replace("%1", str(len(self.rows)))
                             if self.rows else self.tr("No trusted devices yet: trust a laptop "
                                                       "from the Inbox when its first bundle "
                                                       "arrives."))

    def revoke_selected(self) -> None:
        from sharedesk.core.sync.devices import revoke

        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Choose a device first."))
            return
        d = self.rows[rows[0].row()]
        try:
            revoke(self._vault, d["key"])
        except SharedeskError as exc:
            self.message.setText(str(exc))
            return
        self.refresh()
        self.message.setText(self.tr("Revoked %1: its bundles are refused from now on.")
                             .replace("%1", d["name"]))

    def clear(self) -> None:
        self.rows = []
        self.table.setRowCount(0)
