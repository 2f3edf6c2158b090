"""The inbox's summary line counts in plain words ("1 bundle", not "1 bundles")."""

from __future__ import annotations

from sharedesk.core.sync.inbox import IMPORTED, InboxResult, InboxSummary


def test_one_bundle_is_singular_and_more_are_plural() -> None:
    one = InboxSummary([InboxResult(name="a.age", status=IMPORTED, added=3)])
    assert one.line() == "1 bundle: 1 imported (3 records added, 0 amended), 0 refused"
    two = InboxSummary([InboxResult(name="a.age", status=IMPORTED, added=3),
                        InboxResult(name="b.age", status="refused", reason="tampered")])
    assert two.line() == "2 bundles: 1 imported (3 records added, 0 amended), 1 refused"
