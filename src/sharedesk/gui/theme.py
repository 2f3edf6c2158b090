"""Colours, fonts and focus rings: the only module that names a colour.

Two themes: "system" (Fusion with the platform's palette, so dark/light follow the desktop) and
"high_contrast" (black, white and yellow, after the GOV.UK focus style). The stylesheet draws a
thick focus ring on every focusable control, because a keyboard user must always see where they
are. Text size scales the application font (not individual widgets) so layouts reflow.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from sharedesk.gui.widgets.roles import install_heading_accessibility

THEMES = ("system", "high_contrast")
TEXT_SCALES = (100, 125, 150, 175, 200)


# A NamedTuple, not a frozen dataclass: defined at start-up, where a dataclass costs ~7x (issue 13).
class Colours(NamedTuple):
    focus: str       # focus ring
    focus_text: str  # text drawn on the focus colour
    error: str
    warning: str
    urgent_bg: str
    urgent_text: str
    border: str
    field_focus_border: str  # a text field's ring: strong against the field's own background
    field_focus_bg: str
    field_focus_text: str
    meter: str  # strength meter and busy bar: not to be mistaken for a text field


SYSTEM_COLOURS = Colours(focus="#ffdd00", focus_text="#0b0c0c", error="#d4351c",
                         warning="#8a4b00", urgent_bg="#d4351c", urgent_text="#ffffff",
                         border="#6f777b", field_focus_border="#0b0c0c",
                         field_focus_bg="#fff7bf", field_focus_text="#0b0c0c",
                         meter="#00703c")
HIGH_CONTRAST_COLOURS = Colours(focus="#ffff00", focus_text="#000000", error="#ff8080",
                                warning="#ffff00", urgent_bg="#ffff00", urgent_text="#000000",
                                border="#ffffff", field_focus_border="#ffff00",
                                field_focus_bg="#000000", field_focus_text="#ffffff",
                                meter="#ffff00")

_BASE_POINT_SIZE: dict[str, float] = {}


def high_contrast_palette() -> QPalette:
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button,
                 QPalette.ColorRole.AlternateBase, QPalette.ColorRole.ToolTipBase):
        palette.setColor(role, black)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText, QPalette.ColorRole.ToolTipText,
                 QPalette.ColorRole.BrightText, QPalette.ColorRole.PlaceholderText):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, yellow)
    palette.setColor(QPalette.ColorRole.LinkVisited, yellow)
    grey = QColor("#9a9a9a")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, grey)
    return palette


def colours(theme: str) -> Colours:
    return HIGH_CONTRAST_COLOURS if theme == "high_contrast" else SYSTEM_COLOURS


def stylesheet(theme: str, point_size: float) -> str:
    """The application stylesheet. Sizes are computed from the scaled font so headings grow too."""
    c = colours(theme)
    heading = point_size * 1.6
    ring = 3
    return f"""
QLabel[role="heading"] {{ font-size: {heading:.1f}pt; font-weight: bold; }}
QLabel[role="subheading"] {{ font-size: {point_size * 1.25:.1f}pt; font-weight: bold; }}
QLabel[role="error"] {{ color: {c.error}; font-weight: bold; }}
QLabel[role="warning"] {{ color: {c.warning}; font-weight: bold; }}
QLabel[role="urgent"] {{ background: {c.urgent_bg}; color: {c.urgent_text}; font-weight: bold;
                         padding: 8px; }}
QPushButton {{ padding: 6px 14px; border: 2px solid {c.border}; border-radius: 3px; }}
QPushButton:default {{ border-width: 3px; }}
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus {{
    background: {c.focus}; color: {c.focus_text}; border: {ring}px solid {c.focus_text}; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox, QDateEdit, QListView, QListWidget,
QTableView, QTreeView {{ border: 2px solid {c.border}; padding: 4px; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus,
QDateEdit:focus, QListView:focus, QListWidget:focus, QTableView:focus, QTreeView:focus {{
    border: {ring + 1}px solid {c.field_focus_border}; background: {c.field_focus_bg};
    color: {c.field_focus_text}; }}
QCheckBox, QRadioButton {{ padding: 4px; }}
QSpinBox {{ padding-right: {point_size * 2:.0f}px; }}
QSpinBox::up-button, QSpinBox::down-button {{ subcontrol-origin: border;
    width: {point_size * 2:.0f}px; }}
QProgressBar {{ border: 1px solid {c.border}; border-radius: 2px; max-height: {point_size:.0f}px; }}
QProgressBar::chunk {{ background: {c.meter}; }}
{_indicators(c, point_size) if theme == "high_contrast" else ""}
"""


def _indicators(c: Colours, point_size: float) -> str:
    """Check boxes and radio buttons drawn in the theme's colours: Fusion draws them from the
    palette's base colour, which is the window colour in high contrast, so they would vanish."""
    size = max(14, int(point_size * 1.6))
    return f"""
QCheckBox::indicator, QRadioButton::indicator {{ width: {size}px; height: {size}px;
    border: 2px solid {c.border}; background: {c.field_focus_bg}; }}
QRadioButton::indicator {{ border-radius: {size // 2 + 2}px; }}
QCheckBox::indicator:checked {{ background: {c.focus}; border: 2px solid {c.border}; }}
QRadioButton::indicator:checked {{ border: 2px solid {c.border};
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 {c.focus}, stop:0.42 {c.focus}, stop:0.5 {c.field_focus_bg},
        stop:1 {c.field_focus_bg}); }}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border: 2px solid {c.focus_text};
    background: {c.focus}; }}
QCheckBox::indicator:checked:focus {{ background: {c.focus_text}; }}
QRadioButton::indicator:checked:focus {{
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 {c.focus_text}, stop:0.42 {c.focus_text}, stop:0.5 {c.focus}, stop:1 {c.focus}); }}
QPushButton:disabled {{ border-style: dashed; }}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled, QComboBox:disabled,
QSpinBox:disabled, QDateEdit:disabled {{ border-style: dashed; color: #9a9a9a; }}
"""


def apply(app: QApplication, theme: str = "system", text_scale_percent: int = 100) -> None:
    """Apply a theme and text size to the whole application. Safe to call again at any time."""
    if theme not in THEMES:
        theme = "system"
    scale = max(100, min(200, int(text_scale_percent))) / 100.0
    app.setProperty("sharedesk_theme", theme)  # before the palette: widgets restyle on its change
    install_heading_accessibility()  # "heading" labels are styled here and heard as headings
    app.setStyle("Fusion")
    if theme == "high_contrast":
        app.setPalette(high_contrast_palette())
    else:
        style = app.style()
        app.setPalette(style.standardPalette())
    if "base" not in _BASE_POINT_SIZE:
        base = QApplication.font().pointSizeF()
        _BASE_POINT_SIZE["base"] = base if base > 0 else 10.0
    font = QFont(QApplication.font())
    point_size = _BASE_POINT_SIZE["base"] * scale
    font.setPointSizeF(point_size)
    app.setFont(font)
    app.setStyleSheet(stylesheet(theme, point_size))
    app.setProperty("sharedesk_theme", theme)
    app.setProperty("sharedesk_text_scale", int(scale * 100))
