"""The PDF declares its language and title, embeds its fonts, and never prints a silent box:
names in other scripts come back exactly from the text layer, or are given as code points."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from sharedesk.core.export.pdf import pdf_bytes
from sharedesk.core.export.pdf_fonts import CODE_POINT_NOTE
from sharedesk.core.flow import Flow
from sharedesk.core.records.model import DecisionRecord

NAMES = {"greek": "Αλέξανδρος Παπαδόπουλος", "cyrillic": "Дмитрий Иванович Соколов",
         "polish": "Zażółć Gęślą-Jaźń Łukasz", "vietnamese": "Nguyễn Thị Hương",
         "welsh": "Siân Llŷr ap Dafydd"}


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_language_title_and_embedded_font(make_record: Callable[..., DecisionRecord],
                                          flows: dict[str, Flow]) -> None:
    record = make_record()
    reader = _reader(pdf_bytes(record, flows))
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert reader.metadata is not None and reader.metadata.title == f"Decision record {record.id}"
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] \
                if "/DescendantFonts" in font else font.get("/FontDescriptor")
            fonts[str(font["/BaseFont"])] = descriptor is not None and any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    assert fonts and all(fonts.values()), f"every font embedded: {fonts}"
    assert any(name.endswith("DejaVuSans") for name in fonts), fonts


@pytest.mark.parametrize("script", sorted(NAMES))
def test_names_in_other_scripts_extract_exactly(
        script: str, make_record: Callable[..., DecisionRecord], flows: dict[str, Flow]) -> None:
    name = NAMES[script]
    record = make_record(subject=name, decision_maker=name)
    text = _flat(" ".join(p.extract_text() for p in _reader(pdf_bytes(record, flows)).pages))
    assert name in text
    assert "[U+" not in text and _flat(CODE_POINT_NOTE) not in text


@pytest.mark.parametrize(("name", "codes"), [
    ("张伟", ["[U+5F20]", "[U+4F1F]"]),                # Chinese: no embedded CJK font
    ("محمد علی", ["[U+0645]", "[U+06CC]"]),           # Arabic script (Urdu): needs shaping
    ("Jo \U0001f600", ["[U+1F600]"]),                  # beyond the BMP: a wrong text layer
])
def test_characters_no_font_can_draw_are_code_points_with_a_note(
        name: str, codes: list[str], make_record: Callable[..., DecisionRecord],
        flows: dict[str, Flow]) -> None:
    record = make_record(subject=f"{name} (Łódź)")
    text = _flat(" ".join(p.extract_text() for p in _reader(pdf_bytes(record, flows)).pages))
    for code in codes:
        assert code in text
    assert "(Łódź)" in text, "the characters the font has are still drawn"
    assert _flat(CODE_POINT_NOTE) in text


FALLBACK_PROBE = """
import io, sys
from pypdf import PdfReader
from reportlab.platypus import Paragraph, SimpleDocTemplate
from sharedesk.core.export import pdf_fonts
from sharedesk.core.export.pdf import styles
marked = pdf_fonts.markup(sys.argv[1])
sink = io.BytesIO()
SimpleDocTemplate(sink).build([Paragraph(marked, styles()["body"])])
reader = PdfReader(io.BytesIO(sink.getvalue()))
fonts = sorted(str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values())
print(marked)
print(reader.pages[0].extract_text().strip())
print(fonts)
"""


@pytest.mark.parametrize("with_fallback", [False, True])
def test_a_fallback_font_draws_what_dejavu_lacks(tmp_path: Path, with_fallback: bool) -> None:
    # U+F000 is in DejaVu Sans but not in DejaVu Sans Bold, so the main fonts cannot both draw
    # it; a fallback font that has it must be used for that character alone.
    fonts = Path(__file__).resolve().parents[3] / "resources" / "fonts"
    (tmp_path / "fonts").mkdir()
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        shutil.copy(fonts / name, tmp_path / "fonts" / name)
    if with_fallback:
        (tmp_path / "fonts" / "fallback").mkdir()
        shutil.copy(fonts / "DejaVuSans.ttf", tmp_path / "fonts" / "fallback" / "extra.ttf")
    result = subprocess.run([sys.executable, "-c", FALLBACK_PROBE, "x\uf000y"], check=True,
                            capture_output=True, text=True,
                            env={**os.environ, "SHAREDESK_RESOURCES": str(tmp_path)})
    marked, extracted, used = result.stdout.splitlines()
    if with_fallback:
        assert marked == 'x<font name="SharedeskFallback1">\uf000</font>y'
        assert extracted == "x\uf000y"
        assert "DejaVuSans'" in used, "drawn with an embedded DejaVu face"
    else:
        assert marked == "x[U+F000]y" and extracted == "x[U+F000]y"
