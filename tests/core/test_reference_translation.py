"""The reference library in Welsh: overlays swap titles and texts, keep ids, order and
citations, fall back to English, refuse unknown ids, and search finds Welsh words."""

from __future__ import annotations

from pathlib import Path

import pytest

from sharedesk.core import paths
from sharedesk.core.errors import ReferenceDataError
from sharedesk.core.flow.translate import review_of
from sharedesk.core.reference import load_library, load_section, search

SECTION = """\
schema: 1
id: demo
title: Demo section
intro: About the demo.
source: {document: Demo guidance, date: 2020-01}
entries:
  - id: one
    title: Record your reasons
    text: Write down why you shared.
  - id: two
    title: Protect identities
    text: Keep people at risk safe.
"""

OVERLAY = """\
schema: 1
section: demo
language: cy
review: {status: machine, reviewed_by: null}
title: Adran enghreifftiol
entries:
  one: {title: Cofnodwch eich rhesymau, text: Ysgrifennwch pam y gwnaethoch rannu.}
"""


def folder(tmp_path: Path, overlay: str | None = OVERLAY) -> Path:
    (tmp_path / "10-demo.yaml").write_text(SECTION, encoding="utf-8")
    if overlay is not None:
        (tmp_path / "cy").mkdir(exist_ok=True)
        (tmp_path / "cy" / "10-demo.yaml").write_text(overlay, encoding="utf-8")
    return tmp_path


def test_welsh_overlay_swaps_text_and_keeps_the_rest(tmp_path: Path) -> None:
    english = load_library(folder(tmp_path))
    welsh = load_library(tmp_path, language="cy")
    section = welsh.section("demo")
    assert section.title == "Adran enghreifftiol"
    assert section.intro == "About the demo."
    assert [e.id for e in section.entries] == ["one", "two"]
    assert section.entries[0].title == "Cofnodwch eich rhesymau"
    assert section.entries[1].title == "Protect identities"  # no Welsh yet: English
    assert [e.source for e in welsh.entries] == [e.source for e in english.entries]
    assert english.section("demo").title == "Demo section"


def test_search_finds_welsh_words(tmp_path: Path) -> None:
    welsh = load_library(folder(tmp_path), language="cy")
    assert [e.id for e in search(welsh, "rhesymau")] == ["one"]
    assert [e.id for e in search(welsh, "YSGRIFENNWCH pam")] == ["one"]
    assert search(load_library(tmp_path), "rhesymau") == []


def test_welsh_search_finds_mutated_forms_and_words_typed_without_accents(tmp_path: Path) -> None:
    overlay = OVERLAY + "  two: {title: Rhannu heb ganiatâd, text: Gyda chaniatâd neu yng nghyngor.}\n"
    welsh = load_library(folder(tmp_path, overlay), language="cy")
    assert [e.id for e in search(welsh, "caniatâd")] == ["two"]  # ganiatâd, chaniatâd
    assert [e.id for e in search(welsh, "caniatad")] == ["two"]  # no circumflex typed
    assert [e.id for e in search(welsh, "cyngor")] == ["two"]    # nghyngor
    assert [e.id for e in search(welsh, "rhannu")] == ["two", "one"]  # title first, then text
    # An English library does not guess at mutations ("pay" must not find "bay").
    english = load_library(tmp_path)
    assert search(english, "caniatâd") == []


@pytest.mark.parametrize(("change", "message"), [
    (("  one:", "  three:"), "unknown entry id 'three' in entries"),
    (("section: demo", "section: other"), "translation is for section 'other'"),
    (("language: cy", "language: ga"), "language 'ga', expected 'cy'"),
    (("text: Ysgrifennwch", "source: Ysgrifennwch"), "unknown key 'source' in entry"),
    (("review: {status: machine, reviewed_by: null}\n", ""), "'review'"),
])
def test_bad_overlays_are_refused_in_one_line(tmp_path: Path, change: tuple[str, str],
                                              message: str) -> None:
    bad = OVERLAY.replace(*change)
    assert bad != OVERLAY
    with pytest.raises(ReferenceDataError) as caught:
        load_library(folder(tmp_path, bad), language="cy")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert "cy/10-demo.yaml" in str(caught.value)


def test_shipped_library_loads_in_welsh_with_the_same_ids() -> None:
    english, welsh = load_library(), load_library(language="cy")
    assert [(s.id, [e.id for e in s.entries]) for s in welsh.sections] == [
        (s.id, [e.id for e in s.entries]) for s in english.sections]
    assert [e.source for e in welsh.entries] == [e.source for e in english.entries]


WELSH_SECTIONS = ("10-golden-rules-2018", "20-golden-rules-2024", "30-seven-principles",
                  "40-caldicott", "50-uk-gdpr-article-6")


@pytest.mark.parametrize("name", WELSH_SECTIONS)
def test_sections_10_to_50_are_wholly_in_welsh(name: str) -> None:
    english, welsh = load_section(paths.help_dir() / f"{name}.yaml"), load_library(language="cy")
    section = welsh.section(english.id)
    same = [f"{e.id}.{k}" for e, w in zip(english.entries, section.entries, strict=True)
            for k in ("title", "text") if getattr(e, k) == getattr(w, k)]
    same += [k for k in ("title", "intro") if getattr(english, k) == getattr(section, k)]
    assert same == []


def test_every_welsh_reference_overlay_is_marked_for_review() -> None:
    overlays = sorted((paths.help_dir() / "cy").glob("*.yaml"))
    assert {p.stem for p in overlays} >= set(WELSH_SECTIONS)
    for path in overlays:
        assert (paths.help_dir() / path.name).is_file(), f"{path.name} has no English section"
        review = review_of(path)
        assert review.status == "reviewed" or review.reviewed_by is None


def test_shipped_welsh_search_finds_consent_in_its_mutated_forms() -> None:
    welsh = load_library(language="cy")
    found = {e.id for e in search(welsh, "caniatâd")}
    assert {"gr2018-4-consent", "gr2024-3-consent", "art6-consent"} <= found
    assert search(welsh, "Gwarcheidwad Caldicott")
