"""The reference library: shipped data loads, search is all-words and case-insensitive, and bad
files give one-line errors naming file, line and entry id."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from sharedesk.core.errors import ReferenceDataError
from sharedesk.core.reference import (
    Entry,
    Library,
    Section,
    load_library,
    load_section,
    load_section_text,
    search,
)

REQUIRED_SECTIONS = {"golden-rules-2018", "golden-rules-2024", "seven-principles", "caldicott",
                     "uk-gdpr-article-6", "special-category", "privacy-law", "ico",
                     "disclosure-schemes", "legal-gateways", "scotland"}

GOOD = """\
schema: 1
id: demo
title: Demo section
source: {document: Demo guidance, date: 2020-01}
entries:
  - id: one
    title: Golden Rule
    text: Record your reasons.
  - id: two
    title: Other
    text: Protect identities of people at risk.
    verified: false
    source: {document: Other doc, date: "2024"}
"""


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def test_shipped_library_has_every_required_section(library: Library) -> None:
    assert REQUIRED_SECTIONS <= {s.id for s in library.sections}
    assert len(library.section("golden-rules-2018").entries) == 7
    assert len(library.section("golden-rules-2024").entries) == 7
    assert len(library.section("seven-principles").entries) == 7
    assert len(library.section("caldicott").entries) == 8
    bases = [e.id for e in library.section("uk-gdpr-article-6").entries if e.id.startswith("art6-")]
    assert len(bases) == 7  # (a) to (f) and (ea), recognised legitimate interest


def test_every_entry_is_cited_and_ids_are_unique(library: Library) -> None:
    ids = [e.id for e in library.entries]
    assert len(ids) == len(set(ids))
    for entry in library.entries:
        assert entry.title and entry.text and entry.source.document, entry.id
        assert entry.section in {s.id for s in library.sections}


def test_2024_rules_are_marked_unverified(library: Library) -> None:
    assert all(not e.verified for e in library.section("golden-rules-2024").entries)
    assert library.entry("echr-article-8").verified


def test_key_facts_are_present(library: Library) -> None:
    legit = library.entry("art6-legitimate-interests").text
    assert "Public authorities cannot use legitimate interests" in legit
    for scheme in ("dvds-clares-law", "csods-sarahs-law"):
        assert "does not replace a child protection referral" in library.entry(scheme).text
    assert search(library, "paragraph 18")[0].id == "dpa-sch1-para18-safeguarding"
    assert search(library, "section 47")[0].id == "ca1989-s47"
    assert search(library, "section 115")[0].id == "cda1998-s115"


def test_sections_come_in_display_order(library: Library) -> None:
    orders = [s.order for s in library.sections]
    assert orders == sorted(orders)
    assert library.sections[0].id == "golden-rules-2018"


def test_objects_are_frozen(library: Library) -> None:
    entry = library.entries[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.text = "changed"  # type: ignore[misc]


def test_search_needs_every_word_in_title_or_text() -> None:
    section = load_section_text(GOOD, "demo.yaml")
    assert [e.id for e in search([section], "golden REASONS")] == ["one"]  # title + text
    assert [e.id for e in search([section], "protect identities")] == ["two"]
    assert search([section], "golden identities") == []
    assert [e.id for e in search([section], "   ")] == ["one", "two"]
    assert search(Library((section,)), "record") == [section.entries[0]]


def test_search_reaches_section_title_intro_and_citation() -> None:
    section = load_section_text(GOOD.replace("title: Demo section\n",
                                             "title: Demo section for Scotland\n"
                                             "intro: Applies under GIRFEC.\n"), "demo.yaml")
    assert [e.id for e in search([section], "scotland")] == ["one", "two"]
    assert [e.id for e in search([section], "girfec record")] == ["one"]
    assert [e.id for e in search([section], "other doc")] == ["two"]  # its own citation only
    assert [e.id for e in search([section], "demo guidance")] == ["one"]
    assert search([section], "scotland zzqq") == []


def test_search_ranks_entry_title_then_section_title_then_text() -> None:
    section = load_section_text(GOOD.replace("title: Demo section\n", "title: Protect section\n")
                                .replace("title: Other", "title: Protect"), "demo.yaml")
    first = load_section_text(GOOD.replace("id: demo", "id: first")
                              .replace("id: one", "id: x1").replace("id: two", "id: x2"), "a.yaml")
    # x2 holds "protect" in its text only; "one" only by its section title; "two" in its title.
    assert [e.id for e in search([first, section], "protect")] == ["two", "one", "x2"]


def test_shipped_search_finds_scotland_schools_and_attendance(library: Library) -> None:
    scottish = {e.id for e in library.section("scotland").entries}
    assert scottish <= {e.id for e in search(library, "GIRFEC")}
    assert scottish <= {e.id for e in search(library, "Scotland")}
    assert search(library, "Scotland")[0].id == "dsdas-scotland"  # "Scotland" in its own title
    assert search(library, "school")[0].id == "ea2002-s175-schools"
    assert search(library, "attendance")[0].id == "school-attendance"


def test_entry_source_defaults_to_section_source() -> None:
    section = load_section_text(GOOD, "demo.yaml")
    assert isinstance(section, Section)
    one, two = section.entries
    assert isinstance(one, Entry)
    assert (one.source.document, one.source.date, one.verified) == ("Demo guidance", "2020-01", True)
    assert (two.source.document, two.verified) == ("Other doc", False)
    assert one.section == "demo" and one.line == 6


@pytest.mark.parametrize(("text", "expected"), [
    ("id: x\ntitle: a: b\n", "bad.yaml:2: malformed YAML: mapping values are not allowed"),
    (GOOD.replace("    text: Record your reasons.\n", ""), "bad.yaml:6: one: missing required text 'text'"),
    (GOOD.replace("  - id: two", "  - id: one"), "bad.yaml:9: one: duplicate entry id 'one'"),
    (GOOD.replace("    verified: false", "    colour: red"),
     "bad.yaml:9: two: unknown key 'colour' in entry"),
    (GOOD.replace("    verified: false", "    verified: maybe"),
     "bad.yaml:9: two: 'verified' must be true or false"),
    (GOOD.replace("source: {document: Demo guidance, date: 2020-01}\n", ""),
     "bad.yaml:5: one: missing 'source'"),
    (GOOD.replace("entries:", "entries: []\nold:").split("\n  - id: one")[0],
     "bad.yaml:1: unknown key 'old'"),
    ("- just\n- a list\n", "bad.yaml: a reference file must be a mapping"),
    (GOOD.replace("schema: 1", "schema: 2"), "bad.yaml:1: unsupported schema 2"),
    (GOOD.replace("title: Demo section\n", "title: Demo section\ntitle: again\n"),
     "bad.yaml:4: duplicate key 'title'"),
])
def test_bad_section_names_file_line_and_entry(text: str, expected: str) -> None:
    with pytest.raises(ReferenceDataError) as info:
        load_section_text(text, "bad.yaml")
    message = str(info.value)
    assert message.startswith(expected), message
    assert "\n" not in message


def test_unreadable_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="cannot read reference file"):
        load_section(tmp_path / "missing.yaml")
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes(b"id: caf\xe9\n")
    with pytest.raises(ReferenceDataError, match=r"latin1\.yaml: file is not UTF-8 text"):
        load_section(bad)


def test_duplicate_ids_across_files_and_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="no reference sections found"):
        load_library(tmp_path)
    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(GOOD.replace("id: demo", "id: demo2"), encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"b.yaml:6: one: entry id 'one' is also used in"):
        load_library(tmp_path)
    (tmp_path / "b.yaml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="section id 'demo' is also used"):
        load_library(tmp_path)


def test_organisation_can_correct_wording_in_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   repo_root: Path) -> None:
    help_dir = tmp_path / "help"
    help_dir.mkdir()
    for src in (repo_root / "resources" / "help").glob("*.yaml"):
        text = src.read_text(encoding="utf-8")
        if src.name.startswith("20-"):
            text = text.replace("  - id: gr2024-5-identities\n    title: \"2024 rule 5: you and the "
                                "recipient protect identities\"",
                                "  - id: gr2024-5-identities\n    title: \"Rule 5: corrected\"")
            text = text.replace("    verified: false", "    verified: true", 5)
        (help_dir / src.name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("SHAREDESK_RESOURCES", str(tmp_path))
    library = load_library()
    assert library.entry("gr2024-5-identities").title == "Rule 5: corrected"
    assert library.entry("gr2024-5-identities").verified
    assert not library.entry("gr2024-6-relevant").verified
