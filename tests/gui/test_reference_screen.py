"""The reference library screen over the shipped resources/help files."""

from __future__ import annotations

from PySide6.QtTest import QTest

from sharedesk.core.flow.model import Source
from sharedesk.core.reference import Entry, Library, Section, load_library, search
from sharedesk.gui.screens.reference import ReferenceScreen


def visible_entry_ids(screen: ReferenceScreen) -> set[str]:
    tree = screen.ui.reference_tree
    out = set()
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            item = top.child(j)
            if not item.isHidden() and not top.isHidden():
                out.add(item.data(0, 256))
    return out


def test_search_filters_the_tree_and_shows_the_best_match(qtbot) -> None:
    library = load_library()
    screen = ReferenceScreen(library)
    qtbot.addWidget(screen)
    assert visible_entry_ids(screen) == {e.id for e in library.entries}
    QTest.keyClicks(screen.ui.reference_search, "lawful basis")
    expected = {e.id for e in search(library, "lawful basis")}
    assert expected and visible_entry_ids(screen) == expected
    assert len(expected) < len(library.entries)
    assert screen.current_entry_id() in expected
    assert "Source:" in screen.ui.reference_view.toPlainText()
    assert f"{len(expected)} entries match." == screen.ui.reference_status.text()


def test_no_match_says_so_and_clear_restores(qtbot) -> None:
    library = load_library()
    screen = ReferenceScreen(library)
    qtbot.addWidget(screen)
    screen.ui.reference_search.setText("zzqqxx")
    assert visible_entry_ids(screen) == set()
    assert "Nothing matches" in screen.ui.reference_status.text()
    assert screen.ui.reference_view.toPlainText() == ""
    screen.clear()
    assert len(visible_entry_ids(screen)) == len(library.entries)


def test_unverified_entries_are_marked(qtbot) -> None:
    source = Source("Test guidance", "Test publisher", "2024-05")
    library = Library((Section("s", "Section", (
        Entry("a", "Checked rule", "Text one.", source, True, "s"),
        Entry("b", "Reconstructed rule", "Text two.", source, False, "s"))),))
    screen = ReferenceScreen(library)
    qtbot.addWidget(screen)
    screen.show_entry("b")
    assert "has not been verified against the source" in screen.ui.reference_view.toPlainText()
    assert screen.current_entry_id() == "b"
    assert screen._items["b"].text(0) == "Reconstructed rule (unverified)"
    screen.show_entry("a")
    assert "has not been verified" not in screen.ui.reference_view.toPlainText()
    assert "Source: Test guidance, Test publisher, 2024-05" in screen.ui.reference_view.toPlainText()
