"""case_system.proxy in the organisation profile: checked with file:line, copied to sync.proxy."""

from __future__ import annotations

from pathlib import Path

import pytest

from sharedesk.core.errors import ProfileError
from sharedesk.core.profile import apply_profile, load_profile
from sharedesk.core.settings import Settings


def _profile(tmp_path: Path, proxy_line: str) -> Path:
    path = tmp_path / "profile.toml"
    path.write_text('schema = 1\n\n[organisation]\nname = "Northshire"\njurisdiction = '
                    '"England"\ndefault_flow = "england-2018"\n\n[case_system]\n'
                    f'endpoint = "https://cases.example.org"\n{proxy_line}\n', encoding="utf-8")
    return path


@pytest.mark.parametrize(("value", "kept"), [
    ('"http://proxy.example.org:3128"', "http://proxy.example.org:3128"),
    ('"HTTPS://proxy.example.org:8443/"', "https://proxy.example.org:8443"),
    ('"none"', "none"), ('"direct"', "none"), ('""', ""), ('"system"', ""),
])
def test_proxy_values_are_kept_in_one_spelling(tmp_path: Path, value: str, kept: str) -> None:
    profile = load_profile(_profile(tmp_path, f"proxy = {value}"))
    assert profile.proxy == kept
    settings = Settings()
    settings.set("sync.proxy", "http://laptop-own:1")
    apply_profile(profile, settings)
    assert settings.get("sync.proxy") == kept


def test_no_proxy_in_the_profile_leaves_the_laptop_setting(tmp_path: Path) -> None:
    profile = load_profile(_profile(tmp_path, ""))
    assert profile.proxy is None
    settings = Settings()
    settings.set("sync.proxy", "none")
    assert "sync.proxy" not in apply_profile(profile, settings)
    assert settings.get("sync.proxy") == "none"


@pytest.mark.parametrize(("value", "message"), [
    ("3128", "must be text in quotes"),
    ('"socks5://proxy:1080"', "must be http://host:port"),
    ('"proxy.example.org:3128"', "must be http://host:port"),
    ('"http://user:secret@proxy:3128"', "must not hold a user name or password"),
    ('"http://proxy:70000"', "is not a URL"),
    ('"http://proxy:3128/path"', "only a scheme, host and port"),
    ('"http://proxy:3128?x=1"', "only a scheme, host and port"),
])
def test_bad_proxy_is_one_line_with_file_and_line(tmp_path: Path, value: str,
                                                   message: str) -> None:
    path = _profile(tmp_path, f"proxy = {value}")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    text = str(caught.value)
    assert text.startswith(f"{path}:10: case_system.proxy"), text
    assert message in text and "\n" not in text
    assert "secret" not in text
