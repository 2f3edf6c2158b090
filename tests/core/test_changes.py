"""The change set operations return (core/changes.py): what a screen asks it, and how sets combine."""

from __future__ import annotations

import pytest

from sharedesk.core import changes
from sharedesk.core.changes import Changes


def test_a_screen_asks_for_the_kinds_it_shows() -> None:
    assert changes.FINALISED.touches("records")
    assert changes.FINALISED.touches("drafts", "settings")
    assert not changes.DRAFT_SAVED.touches("records", "outbox")
    assert not changes.NOTHING and not changes.NOTHING.touches("records")


def test_sets_combine_and_all_is_every_kind() -> None:
    both = changes.DRAFT_SAVED | changes.SYNCED
    assert both.kinds == {"drafts", "records", "outbox"}
    assert Changes.all().kinds == {"records", "drafts", "outbox", "reviews", "settings", "team"}
    with pytest.raises(AttributeError):
        both.records = False  # type: ignore[misc]


def test_a_misspelt_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="recrods"):
        changes.FINALISED.touches("recrods")


def test_a_sync_and_an_import_say_what_they_changed() -> None:
    from sharedesk.core.sync.importer import ImportReport
    from sharedesk.core.sync.service import SyncReport

    assert not SyncReport().changes  # a quiet timer tick: no screen reads again
    assert SyncReport(waiting=["b1"]).changes == changes.NOTHING
    assert SyncReport(purged=["r1"]).changes.touches("records", "outbox", "team")
    assert not ImportReport("b1", unchanged=["r1"]).changes
    assert ImportReport("b1", added=["r1"]).changes == changes.IMPORTED
