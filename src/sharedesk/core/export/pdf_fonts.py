"""The PDF's fonts, and user text turned into paragraph markup that never prints a silent box.

DejaVu Sans (regular and bold, embedded as subsets) covers Latin with its extensions (Welsh,
Polish, Vietnamese and the rest of Europe), Greek and Cyrillic. Any ``*.ttf`` in
``resources/fonts/fallback/`` is embedded as well and used, per character, for what DejaVu lacks
(an organisation can add, say, a Noto font for a script its families write).

A character no embedded font has, and any character of a script that needs shaping or
right-to-left layout (Arabic, Urdu, Hebrew, the Indic and South-East Asian scripts), which
ReportLab's open-source edition draws as loose glyphs in the wrong order, is printed as its
code point, ``[U+0645]``, so nothing is ever dropped or shown as an empty box. The record's
PDF then says so, and the HTML export (core/export/html_export.py) shows the text as typed.
"""

from __future__ import annotations

import threading
import unicodedata
from xml.sax.saxutils import escape

from sharedesk.core import paths
from sharedesk.core.errors import ExportError

FONT, FONT_BOLD = "SharedeskSans", "SharedeskSans-Bold"
LANGUAGE = "en-GB"
CODE_POINT_NOTE = ("Some characters cannot be drawn in this PDF and are given as Unicode code "
                   "points, for example [U+0645]. The HTML and JSON exports hold the text exactly "
                   "as typed.")
# Scripts that need shaping (joining, reordering, mark placement) to be readable.
_SHAPED = ((0x0590, 0x08FF), (0x0900, 0x0DFF), (0x0E00, 0x0FFF), (0x1000, 0x109F),
           (0x1780, 0x17FF), (0xA8E0, 0xA8FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))
_lock = threading.Lock()
_fallbacks: list[tuple[str, frozenset[int]]] = []
_primary: frozenset[int] = frozenset()


def register_fonts() -> None:
    """Register DejaVu (and any fallback fonts) with ReportLab once per process."""
    global _primary
    with _lock:
        if _primary:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFError, TTFont

        folder = paths.resources_dir() / "fonts"
        try:
            regular = TTFont(FONT, str(folder / "DejaVuSans.ttf"))
            bold = TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf"))
            extra = [TTFont(f"SharedeskFallback{n}", str(path)) for n, path in
                     enumerate(sorted((folder / "fallback").glob("*.ttf")), start=1)]
        except (OSError, TTFError):
            raise ExportError(f"the PDF fonts are missing from {folder}; reinstall sharedesk") from None
        for font in (regular, bold, *extra):
            pdfmetrics.registerFont(font)
        for italic in (0, 1):
            addMapping(FONT, 0, italic, FONT)
            addMapping(FONT, 1, italic, FONT_BOLD)
        _fallbacks[:] = [(font.fontName, frozenset(font.face.charToGlyph)) for font in extra]
        # Bold labels and regular text must both have the glyph: use what both cover.
        _primary = frozenset(regular.face.charToGlyph) & frozenset(bold.face.charToGlyph)


def _drawable(char: str) -> bool:
    code = ord(char)
    # Beyond the Basic Multilingual Plane (emoji, rare CJK) ReportLab draws the glyph but writes
    # a wrong text layer (the code point cut to 16 bits): what a screen reader or a search would
    # get is another character, so those are given as code points too.
    return code <= 0xFFFF and not any(low <= code <= high for low, high in _SHAPED) and \
        unicodedata.bidirectional(char) not in ("R", "AL", "AN")


def font_for(char: str) -> str | None:
    """The font that draws ``char`` (FONT for DejaVu), or None when none can."""
    if not _primary:
        register_fonts()
    if not _drawable(char):
        return None
    if ord(char) in _primary:
        return FONT
    return next((name for name, covered in _fallbacks if ord(char) in covered), None)


def _code_point(char: str) -> str:
    return f"[U+{ord(char):04X}]"


def markup(value: str) -> str:
    """``value`` as ReportLab paragraph markup: escaped, line breaks kept, each character in a
    font that has it, and a character no font can draw given as its code point."""
    if value.isascii():  # the common case, and every ASCII character is in DejaVu
        return escape(value).replace("\n", "<br/>")
    out: list[str] = []
    for char in unicodedata.normalize("NFC", value):
        if char == "\n":
            out.append("<br/>")
        elif unicodedata.category(char) in ("Cc", "Cf") or char.isspace():
            out.append(" " if char.isspace() else "")
        elif (font := font_for(char)) == FONT:
            out.append(escape(char))
        elif font is not None:
            out.append(f'<font name="{font}">{escape(char)}</font>')
        else:
            out.append(_code_point(char))
    return "".join(out)


def needs_code_points(values: list[str]) -> bool:
    """Whether any of ``values`` has a character this PDF prints as a code point."""
    return any(font_for(c) is None for v in values for c in unicodedata.normalize("NFC", v)
               if c.isprintable() and not c.isspace())
