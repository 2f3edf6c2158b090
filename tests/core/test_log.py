"""Logs go through an allow-list: unknown keys are dropped, free text is redacted."""

from __future__ import annotations

import logging

import pytest

from sharedesk.core.log import event, safe_fields


def test_only_allowed_keys_survive() -> None:
    out = safe_fields(record_id="1b2c", reasons="Mother disclosed", count=3)
    assert out == {"record_id": "1b2c", "count": "3"}


def test_free_text_in_an_allowed_key_is_redacted() -> None:
    assert safe_fields(error="child J.S. at 4 Elm Road")["error"] == "<redacted>"
    assert safe_fields(error="x" * 65)["error"] == "<redacted>"
    assert safe_fields(error="WrongPassphrase")["error"] == "WrongPassphrase"


def test_event_never_logs_content(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="sharedesk"):
        event("record.finalised", record_id="abc-1", reasons="MARKER-SECRET text", kind="final")
    text = caplog.text
    assert "record.finalised" in text and "record_id=abc-1" in text
    assert "MARKER-SECRET" not in text
