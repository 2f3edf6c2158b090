"""The interface language: the computer's language, English or Cymraeg, chosen in Settings
(``appearance.language``, kept in the settings file) and used from the next start.

``SHAREDESK_LANG`` still overrides the setting (for testing a translation, or a managed laptop
set up by its administrator). The names of the languages are shown in their own language, as
a Welsh speaker looks for "Cymraeg" in an English screen.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from sharedesk.core.settings import Settings

KEY = "appearance.language"
VALUES = ("system", "en", "cy")  # as core/settings.py allows


def chosen(settings: Settings) -> str | None:
    """The language to load: SHAREDESK_LANG, else the one chosen in Settings, else None (the
    system locale decides)."""
    forced = os.environ.get("SHAREDESK_LANG", "")
    if forced:
        return forced
    value = str(settings.get(KEY))
    return None if value == "system" else value


def add_choice(screen: QWidget, layout: object, after: QWidget) -> QComboBox:
    """A labelled "Language / Iaith" choice in ``layout`` (a QBoxLayout) below ``after``."""
    translate = QCoreApplication.translate
    label = QLabel(translate("SettingsScreen", "Lan&guage (from the next start)"), screen)
    label.setObjectName("settings_language_label")
    combo = QComboBox(screen)
    combo.setObjectName("settings_language")
    for value, name in (("system", translate("SettingsScreen", "The computer's language")),
                        ("en", "English"), ("cy", "Cymraeg")):
        combo.addItem(name, value)
    combo.setAccessibleName(translate("SettingsScreen", "Language (from the next start)"))
    combo.setAccessibleDescription(translate(
        "SettingsScreen", "The language of sharedesk's screens, used from the next start. "
                          "English or Cymraeg (Welsh)."))
    label.setBuddy(combo)
    index = layout.indexOf(after) + 1  # type: ignore[attr-defined]
    layout.insertWidget(index, label)  # type: ignore[attr-defined]
    layout.insertWidget(index + 1, combo)  # type: ignore[attr-defined]
    QWidget.setTabOrder(after, combo)
    return combo


def restart_note(old: str, new: str) -> str:
    """What Settings says after a save that changed the language ("" when it did not)."""
    if old == new:
        return ""
    return QCoreApplication.translate(
        "SettingsScreen", "The language changes the next time sharedesk starts.")
