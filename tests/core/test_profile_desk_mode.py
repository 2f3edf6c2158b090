"""policy.desk_mode in the organisation profile (issue 14): "manager" opens the manager's desk."""

from __future__ import annotations

import pytest

from sharedesk.core.errors import ProfileError
from sharedesk.core.profile import apply_profile, parse_profile
from sharedesk.core.settings import Settings

BASE = ('schema = 1\n[organisation]\nname = "X"\njurisdiction = "England"\n'
        'default_flow = "england-2018"\n')


def test_desk_mode_from_the_profile_is_applied(sharedesk_home: object) -> None:
    profile = parse_profile(BASE + '[policy]\ndesk_mode = "manager"\n')
    assert profile.desk_mode == "manager"
    settings = Settings()
    assert "desk.mode" in apply_profile(profile, settings)
    assert settings.get("desk.mode") == "manager"
    assert parse_profile(BASE).desk_mode is None


def test_a_bad_desk_mode_is_one_line() -> None:
    with pytest.raises(ProfileError, match=r"policy\.desk_mode must be one of") as info:
        parse_profile(BASE + '[policy]\ndesk_mode = "boss"\n')
    assert "\n" not in str(info.value)
