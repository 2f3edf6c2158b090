"""The offline reference library: sections and entries, searchable, each with its source.

Search is over a few hundred short entries in memory, so it runs on every keystroke; the tree is
filtered by hiding items rather than rebuilt.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from sharedesk.core.reference import Entry, search
from sharedesk.gui.forms.ui_reference import Ui_ReferenceScreen
from sharedesk.gui.widgets.roles import set_role

_ENTRY_ROLE = Qt.ItemDataRole.UserRole


class ReferenceScreen(QWidget):
    back_requested = Signal()  # Back or Escape: the controller returns to where F1 was pressed

    def __init__(self, library: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.ui = Ui_ReferenceScreen()
        self.ui.setupUi(self)
        self.setObjectName("reference_screen")
        self.setAccessibleName(self.tr("Reference library"))
        self.setAccessibleDescription(self.tr("The guidance, principles and law, searchable offline"))
        self.ui.reference_back_button.clicked.connect(self.back_requested)
        set_role(self.ui.reference_title, "heading")  # sized by the theme
        self.ui.reference_splitter.setStretchFactor(1, 2)
        width = self.ui.reference_tree.fontMetrics().averageCharWidth()
        self.ui.reference_splitter.setSizes([width * 40, width * 80])
        self._items: dict[str, QTreeWidgetItem] = {}
        self._build_tree()
        self.ui.reference_search.textChanged.connect(self.apply_search)
        self.ui.reference_tree.currentItemChanged.connect(self._on_reference_tree_current_changed)
        self.apply_search("")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape reaches here from the search box, tree and text (none of them uses it).
        if event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
            return
        super().keyPressEvent(event)

    def _build_tree(self) -> None:
        tree = self.ui.reference_tree
        for section in self.library.sections:
            top = QTreeWidgetItem(tree, [section.title])
            top.setData(0, _ENTRY_ROLE, "")
            for entry in section.entries:
                label = entry.title if entry.verified else entry.title + self.tr(" (unverified)")
                item = QTreeWidgetItem(top, [label])
                item.setData(0, _ENTRY_ROLE, entry.id)
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, label)
                self._items[entry.id] = item
        tree.expandAll()

    def apply_search(self, text: str) -> list[Entry]:
        """Show only entries matching every word of ``text``; returns them."""
        found = search(self.library, text)
        ids = {e.id for e in found}
        tree = self.ui.reference_tree
        for index in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(index)
            if top is None:
                continue
            visible = 0
            for child in range(top.childCount()):
                item = top.child(child)
                if item is None:
                    continue
                shown = item.data(0, _ENTRY_ROLE) in ids
                item.setHidden(not shown)
                visible += shown
            top.setHidden(visible == 0)
        if text.strip():
            self.ui.reference_status.setText(
                (self.tr("1 entry matches.") if len(found) == 1 else
                 self.tr("%1 entries match.").replace("%1", str(len(found)))) if found
                else self.tr("Nothing matches. Try fewer or different words."))
        else:
            self.ui.reference_status.setText(self.tr("%1 entries.").replace("%1", str(len(found))))
        if found:
            self.show_entry(found[0].id)
        else:
            self.ui.reference_view.clear()
        return found

    def show_entry(self, entry_id: str) -> None:
        entry = self.library.entry(entry_id)
        item = self._items.get(entry_id)
        if item is not None and self.ui.reference_tree.currentItem() is not item:
            self.ui.reference_tree.setCurrentItem(item)
        source = entry.source.cite() if hasattr(entry.source, "cite") else str(entry.source)
        note = "" if entry.verified else (
            "<p><b>" + html.escape(self.tr("This wording has not been verified against the "
                                           "source.")) + "</b></p>")
        body = "".join(f"<p>{html.escape(p)}</p>" for p in entry.text.split("\n\n"))
        cited = html.escape(self.tr("Source: %1").replace("%1", source))
        self.ui.reference_view.setHtml(
            f"<h2>{html.escape(entry.title)}</h2>{note}{body}"
            f"<p><i>{cited}</i></p>")

    def current_entry_id(self) -> str:
        item = self.ui.reference_tree.currentItem()
        return str(item.data(0, _ENTRY_ROLE)) if item is not None else ""

    def _on_reference_tree_current_changed(self, current: QTreeWidgetItem | None,
                                           _previous: QTreeWidgetItem | None) -> None:
        if current is not None and current.data(0, _ENTRY_ROLE):
            self.show_entry(str(current.data(0, _ENTRY_ROLE)))

    def clear(self) -> None:
        """Nothing here is record content; only the search words are reset."""
        self.ui.reference_search.clear()
