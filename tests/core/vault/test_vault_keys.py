"""Unlocking: round trip, wrong passphrase, passphrase change, recovery key, copies, not-a-vault."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from pyrage import x25519
from vault_testkit import FAST, PASS, make_record, snapshot

from sharedesk.core.errors import NotAVault, UsageError, VaultCorrupt, VaultExists, WrongPassphrase
from sharedesk.core.vault import DEFAULT_KDF, Vault, backoff_seconds, failed_attempts, probe, vault_files


def test_round_trip_keeps_records_drafts_and_secrets(vault_path: Path) -> None:
    record = make_record()
    with Vault.create(vault_path, PASS, kdf=FAST) as vault:
        stored = vault.records.finalise(record)
        draft = vault.records.save_draft(None, {"flow": "england-2018", "answers": {"a": "b"}})
        vault.secret_set("device_key", b"\x00\x01secret")
    with Vault.open(vault_path, PASS) as vault:
        assert vault.records.get(record.id) == stored
        assert vault.records.load_draft(draft) == {"flow": "england-2018", "answers": {"a": "b"}}
        assert vault.secret_get("device_key") == b"\x00\x01secret"
        assert vault.secret_get("missing") is None
        assert vault.verify() == []


def test_default_kdf_is_argon2id_64_mib_3_passes_and_is_stored_with_the_slot(vault_path: Path) -> None:
    assert DEFAULT_KDF.memory_kib >= 65536 and DEFAULT_KDF.time_cost >= 3
    with Vault.create(vault_path, PASS) as vault:
        assert vault.kdf == DEFAULT_KDF
    keys = json.loads(vault_files(vault_path)[1].read_text())
    slot = next(s for s in keys["slots"] if s["kind"] == "passphrase")
    assert slot["kdf"]["name"] == "argon2id"
    assert slot["kdf"]["memory_kib"] == 65536 and slot["kdf"]["time_cost"] == 3
    with Vault.open(vault_path, PASS) as vault:
        assert vault.verify() == []


def test_wrong_passphrase_leaves_every_vault_file_byte_identical(vault_path: Path) -> None:
    with Vault.create(vault_path, PASS, kdf=FAST) as vault:
        vault.records.finalise(make_record())
    before = snapshot(vault_path.parent)
    for _ in range(2):
        with pytest.raises(WrongPassphrase, match="wrong passphrase"):
            Vault.open(vault_path, "not the passphrase at all")
    after = snapshot(vault_path.parent)
    counter = vault_path.name + ".attempts"
    assert {k: v for k, v in after.items() if k != counter} == before
    assert not Path(f"{vault_path}-wal").exists() and not Path(f"{vault_path}-shm").exists()
    assert failed_attempts(vault_path)[0] == 2


def test_failed_attempts_reach_the_audit_chain_after_the_next_unlock(vault: Vault,
                                                                     vault_path: Path) -> None:
    vault.close()
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_path, "guess guess guess")
    with Vault.open(vault_path, PASS) as reopened:
        failed = [e for e in reopened.audit_events() if e.kind == "failed_unlock"]
        assert len(failed) == 1 and failed[0].detail["count"] == 3
    assert failed_attempts(vault_path)[0] == 0


def test_backoff_grows_after_repeated_failures_and_is_bounded() -> None:
    delays = [backoff_seconds(n) for n in range(0, 20)]
    assert delays[:3] == [0.0, 0.0, 0.0]
    assert 0 < delays[3] < delays[4] < delays[5]
    assert max(delays) <= 30.0 and delays == sorted(delays)


def test_passphrase_change_rewraps_without_rewriting_records(vault: Vault, vault_path: Path) -> None:
    record = vault.records.finalise(make_record())
    vault.change_passphrase("a brand new passphrase")
    assert [e.kind for e in vault.audit_events()][-1] == "passphrase_changed"
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASS)
    with Vault.open(vault_path, "a brand new passphrase") as reopened:
        assert reopened.records.get(record.id) == record
        assert reopened.verify() == []


@pytest.mark.parametrize("weak", ["short", "password", "12345678", "P@ssw0rd2024"])
def test_weak_passphrase_is_refused_and_nothing_is_written(vault: Vault, vault_path: Path,
                                                          weak: str) -> None:
    keys_before = vault_files(vault_path)[1].read_bytes()
    with pytest.raises(UsageError, match="too easy to guess"):
        vault.change_passphrase(weak)
    assert vault_files(vault_path)[1].read_bytes() == keys_before
    with pytest.raises(UsageError, match="too easy to guess"):
        Vault.create(vault_path.with_name("other.sharedesk"), weak, kdf=FAST)
    assert not vault_path.with_name("other.sharedesk").exists()
    assert [e.kind for e in vault.audit_events()].count("passphrase_changed") == 0


def test_recovery_identity_opens_and_resets_the_passphrase(vault_path: Path) -> None:
    identity = x25519.Identity.generate()
    with Vault.create(vault_path, PASS, kdf=FAST,
                      recovery_recipient=str(identity.to_public())) as vault:
        record = vault.records.finalise(make_record())
    identity_file = f"# created: test\n# public key: {identity.to_public()}\n{identity}\n"
    with Vault.open_with_identity(vault_path, identity_file) as vault:
        vault.change_passphrase("reset by the organisation")
        assert "recovery_used" in [e.kind for e in vault.audit_events()]
    with Vault.open(vault_path, "reset by the organisation") as vault:
        assert vault.records.get(record.id) == record
    before = snapshot(vault_path.parent)
    with pytest.raises(WrongPassphrase, match="recovery key"):
        Vault.open_with_identity(vault_path, str(x25519.Identity.generate()))
    after = snapshot(vault_path.parent)
    assert {k: v for k, v in after.items() if not k.endswith(".attempts")} == before


def test_vault_without_recovery_slot_says_so(vault: Vault, vault_path: Path) -> None:
    vault.close()
    with pytest.raises(NotAVault, match="no recovery key slot"):
        Vault.open_with_identity(vault_path, str(x25519.Identity.generate()))


def test_a_copied_vault_opens_elsewhere(vault: Vault, vault_path: Path, tmp_path: Path) -> None:
    record = vault.records.finalise(make_record())
    vault.close()
    elsewhere = tmp_path / "usb" / "copy.sharedesk"
    elsewhere.parent.mkdir()
    shutil.copy(vault_files(vault_path)[0], elsewhere)
    shutil.copy(vault_files(vault_path)[1], vault_files(elsewhere)[1])
    with Vault.open(elsewhere, PASS) as copy:
        assert copy.records.get(record.id) == record


def test_create_refuses_to_replace_an_existing_vault(vault: Vault, vault_path: Path) -> None:
    before = snapshot(vault_path.parent)
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASS, kdf=FAST)
    assert snapshot(vault_path.parent) == before


@pytest.mark.parametrize("content", [b"", b"hello, this is a text file\n" * 40, bytes(4096)])
def test_a_file_that_is_not_a_vault_is_refused_and_left_alone(vault_path: Path,
                                                               content: bytes) -> None:
    with Vault.create(vault_path.with_name("real.sharedesk"), PASS, kdf=FAST):
        pass
    shutil.copy(vault_files(vault_path.with_name("real.sharedesk"))[1], vault_files(vault_path)[1])
    vault_path.write_bytes(content)
    before = snapshot(vault_path.parent)
    with pytest.raises(VaultCorrupt):
        Vault.open(vault_path, PASS)
    assert snapshot(vault_path.parent) == before


def test_missing_or_damaged_key_file_is_a_clear_error(vault: Vault, vault_path: Path) -> None:
    vault.close()
    keys = vault_files(vault_path)[1]
    saved = keys.read_bytes()
    keys.write_text("{not json")
    with pytest.raises(NotAVault, match="not a sharedesk vault key file"):
        Vault.open(vault_path, PASS)
    keys.unlink()
    with pytest.raises(NotAVault, match=r"key file .* is missing"):
        Vault.open(vault_path, PASS)
    with pytest.raises(NotAVault, match="no vault at"):
        Vault.open(vault_path.with_name("nothing-here.sharedesk"), PASS)
    keys.write_bytes(saved)
    Vault.open(vault_path, PASS).close()


def test_a_key_file_from_another_vault_does_not_open_it(vault: Vault, vault_path: Path) -> None:
    vault.close()
    other = vault_path.with_name("other.sharedesk")
    Vault.create(other, PASS, kdf=FAST).close()
    shutil.copy(vault_files(other)[1], vault_files(vault_path)[1])
    before = snapshot(vault_path.parent)
    with pytest.raises(VaultCorrupt):
        Vault.open(vault_path, PASS)
    assert snapshot(vault_path.parent) == before


def test_tampered_kdf_parameters_fail_like_a_wrong_passphrase(vault: Vault, vault_path: Path) -> None:
    vault.close()
    keys = vault_files(vault_path)[1]
    data = json.loads(keys.read_text())
    data["slots"][0]["kdf"]["time_cost"] = 2
    keys.write_text(json.dumps(data))
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, PASS)


def test_closed_vault_refuses_use(vault: Vault) -> None:
    from sharedesk.core.errors import VaultLocked

    vault.close()
    with pytest.raises(VaultLocked):
        vault.records.count()
    with pytest.raises(VaultLocked):
        vault.secret_get("x")


def test_create_never_replaces_a_key_file_whose_vault_was_moved(vault: Vault, vault_path: Path,
                                                                tmp_path: Path) -> None:
    vault.close()
    moved = tmp_path / "moved.sharedesk"
    vault_path.rename(moved)
    keys_before = vault_files(vault_path)[1].read_bytes()
    with pytest.raises(VaultExists, match="without its vault"):
        Vault.create(vault_path, PASS, kdf=FAST)
    assert vault_files(vault_path)[1].read_bytes() == keys_before
    moved.rename(vault_path)
    Vault.open(vault_path, PASS).close()


def test_the_vault_runs_no_sql_for_other_packages(vault: Vault) -> None:
    # Other packages go through stores (records, outbox_store, import_log); no raw SQL.
    assert not hasattr(vault, "query") and not hasattr(vault, "transaction")


def test_a_failed_write_transaction_leaves_nothing(vault: Vault) -> None:
    from sharedesk.core.errors import VaultCorrupt
    from sharedesk.core.vault import audit

    with probe.write(vault, "queue the upload") as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('outbox_probe', '1')")
        audit.append(conn, "exported", None, {"format": "json"})
    assert probe.rows(vault, "SELECT value FROM meta WHERE key = ?", ("outbox_probe",)) == [("1",)]
    with pytest.raises(VaultCorrupt):
        with probe.write(vault, "queue the upload") as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES ('second', '2')")
            conn.execute("INSERT INTO no_such_table VALUES (1)")
    assert probe.rows(vault, "SELECT value FROM meta WHERE key = 'second'") == []
    assert vault.verify() == []


def test_passphrases_compare_after_unicode_normalisation(vault_path: Path) -> None:
    composed, decomposed = "caf\u00e9 au lait, s'il vous pla\u00eet", \
        "cafe\u0301 au lait, s'il vous plai\u0302t"
    assert not Vault.exists(vault_path)
    Vault.create(vault_path, composed, kdf=FAST).close()
    assert Vault.exists(vault_path)
    Vault.open(vault_path, decomposed).close()


def test_wrong_passphrase_while_another_window_has_it_open_touches_no_wal(vault: Vault,
                                                                          vault_path: Path) -> None:
    vault.records.finalise(make_record())
    wal, shm = Path(f"{vault_path}-wal"), Path(f"{vault_path}-shm")
    assert wal.exists() and shm.exists()
    before = {p: p.read_bytes() for p in vault_files(vault_path)}
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, "someone else's guess")
    assert {p: p.read_bytes() for p in vault_files(vault_path)} == before
    assert vault.verify() == []


def test_recovery_slot_can_be_added_and_removed_later(vault: Vault, vault_path: Path) -> None:
    identity = x25519.Identity.generate()
    vault.set_recovery_recipient(str(identity.to_public()))
    assert vault.recovery_recipient == str(identity.to_public())
    Vault.open_with_identity(vault_path, str(identity)).close()
    vault.set_recovery_recipient(None)
    assert [e.kind for e in vault.audit_events()][-3:] == ["recovery_changed", "recovery_used",
                                                          "recovery_changed"]
    with pytest.raises(NotAVault, match="no recovery key slot"):
        Vault.open_with_identity(vault_path, str(identity))
    with pytest.raises(UsageError, match="age X25519"):
        vault.set_recovery_recipient("not-a-key")


@pytest.mark.skipif(not hasattr(__import__("os"), "getuid"), reason="POSIX file modes")
def test_key_file_stays_owner_only_after_create_passphrase_change_and_recovery(
        vault: Vault, vault_path: Path) -> None:
    import stat

    from sharedesk.core.vault.keyfile import key_path

    def mode() -> int:
        return stat.S_IMODE(key_path(vault_path).stat().st_mode)

    assert mode() == 0o600
    vault.change_passphrase("another long passphrase here")
    assert mode() == 0o600
    vault.set_recovery_recipient(str(x25519.Identity.generate().to_public()))
    assert mode() == 0o600
    assert not [p for p in vault_path.parent.iterdir() if p.name.endswith(".tmp")]
