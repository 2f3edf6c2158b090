"""Application start-up: QApplication, theme, translations, crash handler, first screen.

``run(smoke_test, screenshot)`` backs ``sharedesk gui [--smoke-test] [--screenshot PATH]``.
Only what the first screen needs is imported here; the vault, exports and the decision screens
load when first used, so the window appears quickly.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from sharedesk.core import log, paths
from sharedesk.core.errors import SharedeskError
from sharedesk.core.settings import Settings
from sharedesk.gui import theme

if TYPE_CHECKING:
    from sharedesk.gui.controller import AppController
    from sharedesk.gui.prompter import Prompter

SMOKE_TIMEOUT_MS = 20_000


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("sharedesk")
    app.setOrganizationName("sharedesk")
    from sharedesk.gui.widgets.roles import install_heading_accessibility

    install_heading_accessibility()  # before any screen is built: .ui headings included
    # No display name: Qt would append it to every title ("sharedesk — Home — sharedesk").
    return app


def load_translation(app: QApplication, language: str | None = None) -> QTranslator | None:
    """Install sharedesk_<lang>.qm from resources/translations for ``language`` (default:
    SHAREDESK_LANG, else the system locale), over the English file that supplies plurals
    ("1 record", "2 records") and stands in for anything not yet translated.
    Returns the translator for ``language`` (the English one for English), or None."""
    lang = language or os.environ.get("SHAREDESK_LANG") or QLocale.system().name().split("_")[0]
    english = _install(app, "en")
    chosen = english if lang == "en" else _install(app, lang)
    # Flows and the reference library follow the catalogue in use (VaultAccess.language).
    app.setProperty("sharedesk_language", lang if chosen is not None else "en")
    return chosen


def _install(app: QApplication, lang: str) -> QTranslator | None:
    path = paths.resources_dir() / "translations" / f"sharedesk_{lang}.qm"
    if not path.is_file():
        return None
    translator = QTranslator(app)
    if not translator.load(str(path)):
        return None
    app.installTranslator(translator)
    return translator


def crash_summary(exc_type: type[BaseException], exc: BaseException,
                  tb: TracebackType | None) -> str:
    """One line for a crash: the exception type and where it happened, never its message
    (which may quote record content) unless it is a SharedeskError, whose text is content-free."""
    import traceback  # only on a crash: not worth loading before the first paint

    where = ""
    frames = traceback.extract_tb(tb) if tb is not None else []
    if frames:
        last = frames[-1]
        where = f" at {Path(last.filename).name}:{last.lineno} in {last.name}"
    detail = f": {exc}" if isinstance(exc, SharedeskError) else ""
    return f"internal error {exc_type.__name__}{where}{detail}"


def install_excepthook(show_dialog: bool = True) -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        line = crash_summary(exc_type, exc, tb)
        log.event("gui.crash", kind=exc_type.__name__)
        print(f"sharedesk: {line}", file=sys.stderr)
        if show_dialog and QApplication.instance() is not None:
            from PySide6.QtWidgets import QMessageBox  # a crash only: kept off the start-up path

            QMessageBox.critical(None, "sharedesk", QApplication.translate(
                "app", "Something went wrong inside sharedesk (%1). Your saved records are "
                "safe. If it happens again, tell your IT contact.").replace("%1", exc_type.__name__))

    sys.excepthook = hook


def run(*, smoke_test: bool = False, screenshot: str | None = None) -> int:
    app = application()
    install_excepthook(show_dialog=not smoke_test)
    from sharedesk.gui.prompter import DialogPrompter, RecordingPrompter

    controller = start(app, RecordingPrompter() if smoke_test else DialogPrompter())
    # The first screen is up: collect from now on (`sharedesk gui` starts with the collector off:
    # cli/gui.py). What start-up made lives until exit; frozen, later full collections on the
    # GUI thread do not walk it again.
    gc.freeze()
    gc.enable()
    window = controller.window
    if smoke_test:
        print(sleep_lock_line(controller.guard.sleep_supported))
        _finish_when_shown(app, window, screenshot)
    status = int(app.exec())
    controller.shutdown()
    return status


def start(app: QApplication, prompter: Prompter) -> AppController:
    """Settings, theme, translations, the controller and its first screen, shown. Only what
    that screen needs is loaded here (tests/gui/test_startup_imports.py holds the list)."""
    settings = Settings()
    theme.apply(app, str(settings.get("appearance.theme")),
                int(settings.get("appearance.text_scale_percent")))
    from sharedesk.gui.language import chosen

    load_translation(app, chosen(settings))  # SHAREDESK_LANG, else Settings, else the system
    from sharedesk.gui.controller import AppController

    controller = AppController(settings, prompter=prompter)
    controller.start()
    controller.window.show()
    # The redacted, rotating log in the per-user log folder, opened by the first event (its
    # module loads socket, pickle and queue; showing the first screen logs nothing).
    log.configure_on_first_event()
    return controller


def sleep_lock_line(supported: bool) -> str:
    """The smoke test's report on locking at system sleep and screen lock (packaging checks it:
    a frozen build that lost QtDBus would never lock on sleep)."""
    if supported:
        return "sleep/lock signals: available"
    try:
        import PySide6.QtDBus  # noqa: F401
    except ImportError:
        return "sleep/lock signals: unavailable (QtDBus missing from this build)"
    return "sleep/lock signals: unavailable (no D-Bus session or system bus here)"


def _finish_when_shown(app: QApplication, window: object, screenshot: str | None) -> None:
    """Poll until the window is exposed and the event queue has drained, then save and quit."""
    state = {"waited": 0}

    def attempt() -> None:
        handle = window.windowHandle()  # type: ignore[attr-defined]
        shown = handle is not None and handle.isExposed() and window.isVisible()  # type: ignore[attr-defined]
        if not shown and state["waited"] < SMOKE_TIMEOUT_MS:
            state["waited"] += 20
            QTimer.singleShot(20, attempt)
            return
        app.processEvents()
        if screenshot:
            if not window.grab().save(screenshot, "PNG"):  # type: ignore[attr-defined]
                print(f"sharedesk: error: could not write {screenshot}", file=sys.stderr)
                app.exit(1)
                return
        app.exit(0 if shown else 1)

    QTimer.singleShot(0, attempt)
