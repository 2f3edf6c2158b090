"""The declared settings table: defaults, validation, damaged files, atomic saves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sharedesk.core.errors import UsageError
from sharedesk.core.settings import SETTINGS, Settings, coerce


def test_defaults_come_from_the_table(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    assert settings.get("security.idle_lock_minutes") == 5
    assert settings.as_dict() == {s.key: s.default for s in SETTINGS}


def test_values_round_trip_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings(path)
    settings.set("security.idle_lock_minutes", "12")
    settings.set("appearance.theme", "high_contrast")
    settings.set("security.lock_on_sleep", "no")
    settings.save()
    again = Settings(path)
    assert again.get("security.idle_lock_minutes") == 12
    assert again.get("appearance.theme") == "high_contrast"
    assert again.get("security.lock_on_sleep") is False
    assert json.loads(path.read_text())["security.idle_lock_minutes"] == 12


@pytest.mark.parametrize(("key", "value", "message"), [
    ("security.idle_lock_minutes", "0", "at least 1"),
    ("security.idle_lock_minutes", "soon", "whole number"),
    ("appearance.theme", "purple", "one of"),
    ("security.lock_on_sleep", "maybe", "true or false"),
    ("no.such.key", "1", "unknown setting"),
])
def test_bad_values_are_refused_with_a_reason(key: str, value: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        coerce(key, value)


def test_damaged_file_falls_back_to_defaults_and_ignores_bad_values(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    assert Settings(path).get("security.idle_lock_minutes") == 5
    path.write_text(json.dumps({"security.idle_lock_minutes": "x", "appearance.theme": "high_contrast",
                                "unknown": 1}))
    settings = Settings(path)
    assert settings.get("security.idle_lock_minutes") == 5
    assert settings.get("appearance.theme") == "high_contrast"
    assert "unknown" not in settings.as_dict()


def test_a_snapshot_keeps_the_values_it_was_taken_with(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings.set("sync.folder", "/srv/drop")
    copy = settings.snapshot()
    settings.set("sync.folder", "/elsewhere")
    settings.set("retention.days_after_ack", 7)
    assert copy.get("sync.folder") == "/srv/drop"
    assert copy.get("retention.days_after_ack") == 30
    assert not (tmp_path / "settings.json").exists(), "taking a snapshot writes nothing"
