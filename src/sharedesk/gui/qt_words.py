"""Qt's own words on the standard buttons of message boxes and button boxes ("OK", "&Yes",
"Cancel"...), for lupdate.

Qt ships no Welsh catalogue (there is no qtbase_cy.qm), so without these a Welsh screen's
"Are you sure?" box would still say "Yes" and "No". Qt asks for them under its context
"QPlatformTheme"; listing them here puts them in sharedesk_<lang>.ts beside ours. Nothing imports
this module at run time: the translations reach Qt through the installed catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
)
