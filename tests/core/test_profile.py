"""Organisation profile: parsing, validation with file:line, signatures, keys, apply to settings."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sharedesk.core import orgkeys
from sharedesk.core.errors import ProfileError
from sharedesk.core.profile import (
    apply_profile,
    current_profile,
    load_profile,
    parse_profile,
    profile_warnings,
)
from sharedesk.core.settings import Settings

RECIPIENT = str(pyrage.x25519.Identity.generate().to_public())
RECOVERY = str(pyrage.x25519.Identity.generate().to_public())


def profile_text(**overrides: str) -> str:
    values = {
        "name": '"Northshire GP Federation"', "jurisdiction": '"england"',
        "flow": '"england-2018"', "recipients": f'["{RECIPIENT}"]', "recovery": f'"{RECOVERY}"',
        "endpoint": '"https://cases.example.org/api/"', "ca": '"ca.pem"',
        "retention": "90", "idle": "10", "phone": '"0300 123 4567"',
        "email": '"mash@northshire.example.org"',
    }
    values.update(overrides)
    return f"""schema = 1

[organisation]
name = {values["name"]}
jurisdiction = {values["jurisdiction"]}
default_flow = {values["flow"]}

[contacts.front_door]
name = "Northshire MASH"
role = "Front door"
phone = {values["phone"]}
email = {values["email"]}

[contacts.caldicott_guardian]
name = "Dr A Example"

[keys]
recipients = {values["recipients"]}
recovery = {values["recovery"]}

[case_system]
endpoint = {values["endpoint"]}
ca_bundle = {values["ca"]}

[policy]
retention_days = {values["retention"]}
idle_lock_minutes = {values["idle"]}
"""


def write(tmp_path: Path, text: str, name: str = "profile.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def sign(text: str, key: Ed25519PrivateKey) -> str:
    from sharedesk.core.profile import parse_toml

    return text + "\n" + orgkeys.signature_table(parse_toml(text, "<t>"), key)


def test_full_profile_loads_every_field(tmp_path: Path) -> None:
    path = write(tmp_path, profile_text())
    p = load_profile(path)
    assert p.name == "Northshire GP Federation"
    assert p.jurisdiction == "England"  # normalised spelling
    assert p.default_flow == "england-2018"
    assert p.contacts.front_door.phone == "0300 123 4567"
    assert p.contacts.front_door.email == "mash@northshire.example.org"
    assert p.contacts.caldicott_guardian.name == "Dr A Example"
    assert p.contacts.police.is_empty
    assert [k for k, _label, _c in p.contacts.items()] == [
        "front_door", "police", "out_of_hours", "dsl", "caldicott_guardian"]
    assert p.recipients == (RECIPIENT,)
    assert p.recovery_key == RECOVERY
    assert p.endpoint == "https://cases.example.org/api"  # trailing slash dropped
    assert p.ca_bundle == tmp_path.resolve() / "ca.pem"  # relative to the profile
    assert (p.retention_days, p.idle_lock_minutes) == (90, 10)
    assert p.source == path.resolve()
    assert p.signed_by is None and not p.trusted


def test_minimal_profile_takes_setting_defaults() -> None:
    p = parse_profile('schema = 1\n[organisation]\nname = "X"\njurisdiction = "Wales"\n'
                      'default_flow = "england-2018"\n')
    assert (p.retention_days, p.idle_lock_minutes) == (30, 5)
    assert p.recipients == () and p.recovery_key is None and p.endpoint is None
    notes = profile_warnings(p)
    assert any("keys.recipients" in n for n in notes)
    assert any("not signed" in n for n in notes)


@pytest.mark.parametrize(("overrides", "line", "fragment"), [
    ({"flow": '"narnia-2020"'}, 6, "not a shipped flow"),
    ({"recipients": '["age1notakey"]'}, 18, "not an age X25519 public key"),
    ({"recovery": '"ssh-ed25519 AAAA"'}, 19, "keys.recovery"),
    ({"endpoint": '"http://cases.example.org"'}, 22, "only https:// is allowed"),
    ({"endpoint": '"ftp://cases.example.org"'}, 22, "must be an https:// URL"),
    ({"endpoint": '"https://user:pw@cases.example.org"'}, 22, "user name, password"),
    ({"endpoint": '"https://cases.example.org:99999"'}, 22, "is not a URL"),
    ({"retention": "-1"}, 26, "policy.retention_days must be between 0 and 3650"),
    ({"idle": "0"}, 27, "policy.idle_lock_minutes must be between 1 and 240"),
    ({"idle": '"5"'}, 27, "must be a whole number"),
    ({"idle": "true"}, 27, "must be a whole number"),
    ({"jurisdiction": '"Atlantis"'}, 5, "not one of England, Scotland"),
    ({"name": '""'}, 4, "organisation.name is required"),
    ({"name": "42"}, 4, "must be text"),
    ({"phone": '"call me"'}, 11, "not a phone number"),
    ({"email": '"nobody"'}, 12, "not an email address"),
])
def test_bad_values_name_file_and_line(tmp_path: Path, overrides: dict[str, str], line: int,
                                       fragment: str) -> None:
    path = write(tmp_path, profile_text(**overrides))
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert fragment in str(err.value)
    assert "\n" not in str(err.value)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]", "127.0.0.1:8443"])
def test_http_allowed_only_to_loopback(host: str) -> None:
    p = parse_profile(profile_text(endpoint=f'"http://{host}/sync"'))
    assert p.endpoint == f"http://{host}/sync"


def test_malformed_toml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'schema = 1\n[organisation]\nname = "unterminated\n')
    with pytest.raises(ProfileError, match=rf"^{path}:3: not valid TOML \("):
        load_profile(path)


@pytest.mark.parametrize(("text", "fragment"), [
    (profile_text().replace("idle_lock_minutes", "idle_lock_minute"),
     "unknown key policy.idle_lock_minute"),
    (profile_text() + "\n[extras]\nx = 1\n", "unknown table or key 'extras'"),
    (profile_text().replace("schema = 1", "schema = 2"), "schema = 1 is required"),
    (profile_text().replace('[contacts.caldicott_guardian]\nname = "Dr A Example"',
                            '[contacts.caldicott_guardian]\nmobile = "1"'),
     "unknown key contacts.caldicott_guardian.mobile"),
    ("schema = 1\n", r"missing \[organisation\] table"),
    ("schema = 1\norganisation = 3\n", "organisation must be a table"),
])
def test_schema_problems(text: str, fragment: str) -> None:
    with pytest.raises(ProfileError, match=fragment):
        parse_profile(text)


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match=r"cannot read profile .*missing\.toml"):
        load_profile(tmp_path / "missing.toml")
    binary = tmp_path / "binary.toml"
    binary.write_bytes(b"\xff\xfe schema")
    with pytest.raises(ProfileError, match=r"binary\.toml: not UTF-8"):
        load_profile(binary)
    big = write(tmp_path, "# " + "x" * 300_000 + "\n", "big.toml")
    with pytest.raises(ProfileError, match="too large"):
        load_profile(big)


def test_signed_profile_verifies_against_the_trusted_key(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    path = write(tmp_path, sign(profile_text(), key))
    p = load_profile(path, trusted_signing_key=key.public_key())
    assert p.trusted and p.signed_by == orgkeys.public_key_text(key.public_key())
    assert p.signer_fingerprint == orgkeys.fingerprint(p.signed_by)
    # Comments and layout are not content: editing them keeps the signature valid.
    path.write_text("# reviewed by IG lead\n" + path.read_text(), encoding="utf-8")
    assert load_profile(path, trusted_signing_key=key.public_key()).trusted


def test_tampered_profile_is_rejected_with_or_without_a_trusted_key(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    signed = sign(profile_text(), key)
    tampered = write(tmp_path, signed.replace("idle_lock_minutes = 10", "idle_lock_minutes = 240"))
    for trusted in (key.public_key(), None):
        with pytest.raises(ProfileError, match="changed after it was signed"):
            load_profile(tampered, trusted_signing_key=trusted)


def test_endpoint_swapped_for_an_attackers_is_rejected(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    signed = sign(profile_text(), key)
    path = write(tmp_path, signed.replace("cases.example.org", "cases.evil.example"))
    with pytest.raises(ProfileError, match="changed after it was signed"):
        load_profile(path, trusted_signing_key=key.public_key())


def test_resigned_by_another_key_is_rejected_when_a_key_is_trusted(tmp_path: Path) -> None:
    ours, theirs = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    path = write(tmp_path, sign(profile_text(endpoint='"https://evil.example"'), theirs))
    assert load_profile(path).signed_by is not None  # self-consistent...
    with pytest.raises(ProfileError, match="not by the organisation key this laptop trusts"):
        load_profile(path, trusted_signing_key=ours.public_key())  # ...but not ours


def test_unsigned_profile_is_rejected_when_a_key_is_trusted(tmp_path: Path) -> None:
    path = write(tmp_path, profile_text())
    with pytest.raises(ProfileError, match="not signed"):
        load_profile(path, trusted_signing_key=Ed25519PrivateKey.generate().public_key())


@pytest.mark.parametrize(("table", "fragment"), [
    ('algorithm = "rsa"\npublic_key = "x"\nvalue = "y"', "algorithm must be"),
    ('algorithm = "ed25519"\npublic_key = "!!"\nvalue = "y"', "not a base64 Ed25519"),
    ('algorithm = "ed25519"\npublic_key = 1\nvalue = "y"', "must be base64 text"),
    ('algorithm = "ed25519"\nsigner = "me"', "unknown key signature.signer"),
])
def test_malformed_signature_tables(table: str, fragment: str) -> None:
    with pytest.raises(ProfileError, match=fragment):
        parse_profile(profile_text() + "\n[signature]\n" + table + "\n")


def test_apply_profile_sets_and_persists_settings(tmp_path: Path, sharedesk_home: Path) -> None:
    profile = load_profile(write(tmp_path, profile_text()))
    settings = Settings()
    changed = apply_profile(profile, settings)
    assert set(changed) == {"security.idle_lock_minutes", "retention.days_after_ack",
                            "sync.endpoint", "sync.ca_bundle", "profile.path"}
    settings.save()
    reloaded = Settings()
    assert reloaded.get("security.idle_lock_minutes") == 10
    assert reloaded.get("retention.days_after_ack") == 90
    assert reloaded.get("sync.endpoint") == "https://cases.example.org/api"
    assert reloaded.get("sync.ca_bundle") == str(tmp_path.resolve() / "ca.pem")
    assert reloaded.get("flows.default") == "england-2018"
    assert apply_profile(profile, reloaded) == []
    assert current_profile(reloaded) == profile


def test_current_profile_is_none_without_a_profile(sharedesk_home: Path) -> None:
    assert current_profile(Settings()) is None


def test_keygen_writes_owner_only_private_keys_that_work(tmp_path: Path) -> None:
    out = tmp_path / "keys"
    keys = orgkeys.generate_org_keys(out)
    for private in keys.private_files:
        assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    assert keys.age_recipient_file.read_text().strip() == keys.age_recipient
    # The identity opens what is encrypted to the recipient (real age, both implementations).
    identity_line = next(ln for ln in keys.age_identity.read_text().splitlines()
                         if ln.startswith("AGE-SECRET-KEY-"))
    identity = pyrage.x25519.Identity.from_str(identity_line)
    recipient = pyrage.x25519.Recipient.from_str(keys.age_recipient)
    assert pyrage.decrypt(pyrage.encrypt(b"bundle", [recipient]), [identity]) == b"bundle"
    if shutil.which("age"):
        sealed = tmp_path / "sealed.age"
        sealed.write_bytes(pyrage.encrypt(b"via age cli", [recipient]))
        out_text = subprocess.run(["age", "-d", "-i", str(keys.age_identity), str(sealed)],
                                  capture_output=True, check=True).stdout
        assert out_text == b"via age cli"
    # The signing pair signs and verifies profiles.
    private = orgkeys.load_signing_key(keys.signing_key)
    public = orgkeys.load_public_key(str(keys.signing_public_key_file))
    assert orgkeys.public_key_text(public) == keys.signing_public_key
    assert orgkeys.load_public_key(keys.signing_public_key) is not None  # base64 inline form
    p = parse_profile(sign(profile_text(), private), trusted_signing_key=public)
    assert p.trusted


def test_keygen_refuses_to_overwrite_and_changes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "keys"
    orgkeys.generate_org_keys(out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    with pytest.raises(ProfileError, match="refusing to overwrite"):
        orgkeys.generate_org_keys(out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_keygen_removes_partial_output_when_a_write_fails(tmp_path: Path) -> None:
    out = tmp_path / "keys"
    out.mkdir()
    # A directory where the public signing key should go: the last write fails (EISDIR on link).
    (out / orgkeys.SIGNING_PUB_FILE).mkdir()
    with pytest.raises(ProfileError):
        orgkeys.generate_org_keys(out)
    assert sorted(p.name for p in out.iterdir()) == [orgkeys.SIGNING_PUB_FILE]


def test_write_new_file_reports_an_unwritable_place(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ProfileError, match="cannot write"):
        orgkeys.write_new_file(blocker / "key", b"secret", 0o600)


def test_bad_key_files(tmp_path: Path) -> None:
    junk = write(tmp_path, "not a key", "junk.pem")
    with pytest.raises(ProfileError, match="not an unencrypted PEM private key"):
        orgkeys.load_signing_key(junk)
    with pytest.raises(ProfileError, match="not a PEM public key"):
        orgkeys.load_public_key(str(junk))
    with pytest.raises(ProfileError, match="no such key file, and not a base64"):
        orgkeys.load_public_key(str(tmp_path / "absent.pem"))
    with pytest.raises(ProfileError, match="cannot read"):
        orgkeys.load_signing_key(tmp_path / "absent.pem")
    assert os.path.exists(junk)


def test_import_copies_pins_applies_and_then_requires_the_pinned_key(
        tmp_path: Path, sharedesk_home: Path) -> None:
    from sharedesk.core.profile import IMPORTED_PROFILE_FILE, import_profile, pinned_signing_key

    key = Ed25519PrivateKey.generate()
    original = write(tmp_path, sign(profile_text(), key))
    (tmp_path / "ca.pem").write_text("-----BEGIN CERTIFICATE-----\n")
    settings = Settings()
    profile = import_profile(original, settings, signing_key=key.public_key())
    copy = sharedesk_home / IMPORTED_PROFILE_FILE
    assert copy.read_bytes() == original.read_bytes()
    assert profile.source == copy.resolve() and profile.trusted
    pinned = pinned_signing_key()
    assert pinned is not None
    assert orgkeys.public_key_text(pinned) == orgkeys.public_key_text(key.public_key())
    assert Settings().get("profile.path") == str(copy.resolve())
    assert Settings().get("security.idle_lock_minutes") == 10
    assert profile.ca_bundle == sharedesk_home.resolve() / "ca.pem"  # travelled with the copy
    assert Settings().get("sync.ca_bundle") == str(profile.ca_bundle)
    assert profile.ca_bundle.read_text() == "-----BEGIN CERTIFICATE-----\n"
    original.unlink()  # the USB stick is gone: the copy still serves
    assert current_profile(Settings()) == profile

    # From now on an unsigned profile, or one signed by another key, is refused, and the
    # settings, the copy and the pin stay as they were.
    before = (copy.read_bytes(), (sharedesk_home / "settings.json").read_bytes())
    other = Ed25519PrivateKey.generate()
    for text, fragment in ((profile_text(idle='"x"'), "not signed"),
                           (profile_text(idle="1"), "not signed"),
                           (sign(profile_text(idle="1"), other), "not by the organisation key")):
        with pytest.raises(ProfileError, match=fragment):
            import_profile(write(tmp_path, text, "next.toml"), Settings())
    with pytest.raises(ProfileError, match="different organisation signing key"):
        import_profile(write(tmp_path, sign(profile_text(idle="1"), other), "next.toml"),
                       Settings(), signing_key=other.public_key())
    assert (copy.read_bytes(), (sharedesk_home / "settings.json").read_bytes()) == before


def test_import_of_a_bad_profile_changes_nothing(tmp_path: Path, sharedesk_home: Path) -> None:
    from sharedesk.core.profile import import_profile

    key = Ed25519PrivateKey.generate()
    bad = write(tmp_path, sign(profile_text(flow='"nope"'), key))
    with pytest.raises(ProfileError, match="not a shipped flow"):
        import_profile(bad, Settings(), signing_key=key.public_key())
    assert list(sharedesk_home.iterdir()) == []


def test_once_a_key_is_pinned_every_load_requires_it(tmp_path: Path, sharedesk_home: Path) -> None:
    from sharedesk.core.profile import pin_signing_key

    unsigned = write(tmp_path, profile_text(), "unsigned.toml")
    assert load_profile(unsigned).signed_by is None  # nothing pinned yet: accepted
    key = Ed25519PrivateKey.generate()
    assert pin_signing_key(key.public_key()) is True
    assert pin_signing_key(key.public_key()) is False  # same key again: nothing to do
    with pytest.raises(ProfileError, match="not signed"):
        load_profile(unsigned)  # e.g. the GUI's first-run screen offered a stray file
    assert load_profile(unsigned, trusted_signing_key=None).signed_by is None  # explicit opt-out
    signed = write(tmp_path, sign(profile_text(), key), "signed.toml")
    assert load_profile(signed).trusted
    with pytest.raises(ProfileError, match="different organisation signing key"):
        pin_signing_key(Ed25519PrivateKey.generate().public_key())


def test_keys_can_be_written_where_hard_links_are_unsupported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # FAT/exFAT USB sticks refuse hard links (EPERM); inject that failure for this test only.
    def no_links(src: object, dst: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    keys = orgkeys.generate_org_keys(tmp_path / "usb")
    assert stat.S_IMODE(keys.signing_key.stat().st_mode) == 0o600
    assert orgkeys.load_signing_key(keys.signing_key) is not None
    assert sorted(p.name for p in (tmp_path / "usb").iterdir()) == sorted(
        [orgkeys.AGE_IDENTITY_FILE, orgkeys.AGE_RECIPIENT_FILE, orgkeys.SIGNING_KEY_FILE,
         orgkeys.SIGNING_PUB_FILE])  # no temp files left behind
    with pytest.raises(ProfileError, match="refusing to overwrite"):
        orgkeys.write_new_file(keys.signing_key, b"other", 0o600)
    assert orgkeys.load_signing_key(keys.signing_key) is not None
