"""Application start-up. Placeholder window until the desktop-app issue lands."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def run(*, smoke_test: bool = False, screenshot: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setObjectName("main_window")
    window.setWindowTitle("sharedesk")
    label = QLabel("sharedesk")
    window.setCentralWidget(label)
    window.resize(1024, 700)
    window.show()
    if smoke_test:
        def finish() -> None:
            if screenshot:
                window.grab().save(screenshot, "PNG")
            app.quit()

        QTimer.singleShot(0, finish)
    return int(app.exec())
