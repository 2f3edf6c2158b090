"""A vault selection's ``canonical_lines`` (what a bundle's records.jsonl holds) are exactly
``record.canonical_bytes() + b"\\n"`` of the records it reads, while a record stored without
amendments or countersignatures is written as its stored body, unparsed (vault/stream.py).

That shortcut rests on one claim, checked here: every stored body is a fixed point of reading
and writing again, ``canonical_bytes(from_dict(loads(body))) == body``, for records of every
flow and outcome stored every way the vault stores them (the service's finalise, an import
with amendments, the bulk loader bench/make_vault.py uses, countersigned), and for generated
records (hypothesis: any text, including characters beyond U+FFFF; answers text or absent, as
an import accepts them)."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import shutil
import subprocess
import sys
import zipfile
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pyrage import x25519
from vault_testkit import make_record

from sharedesk.core.canonical import NotCanonicalisable
from sharedesk.core.export.bundle import write_bundle
from sharedesk.core.export.bundle_open import open_bundle
from sharedesk.core.export.trust import TrustedKeys
from sharedesk.core.flow import list_flows
from sharedesk.core.flow.engine import Advice, Step
from sharedesk.core.records.model import Amendment, DecisionRecord, new_id
from sharedesk.core.records.query import RecordQuery
from sharedesk.core.records.shape import outside_problems
from sharedesk.core.records.status import RecordStatus
from sharedesk.core.sync.countersigning import countersign_record
from sharedesk.core.sync.credentials import device_key
from sharedesk.core.vault import Vault, probe, stream
from sharedesk.core.vault.bulk import insert_many

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from bench.make_vault import records as synthetic  # noqa: E402
from bench.make_vault import templates  # noqa: E402

FINAL = RecordQuery(status=RecordStatus.FINAL)


def _fixed_point(body: bytes) -> bool:
    return DecisionRecord.from_dict(json.loads(body)).canonical_bytes() == body


def _fill(vault: Vault) -> None:
    """Records of every flow and outcome, stored each way the vault stores them."""
    pool = templates(list_flows())
    assert {t.outcome for t in pool} >= {"share", "share_part", "do_not_share"}
    assert len({t.flow_id for t in pool}) == len(list_flows())
    insert_many(vault, synthetic(300, 7, datetime.now(UTC)), batch=120)  # ~1 in 20 amended
    for n, template in enumerate(pool):  # through the service, as the wizard stores them
        draft = replace(template, id=new_id(), status=RecordStatus.DRAFT, finalised=None)
        made = vault.records.finalise(draft)
        if n % 3 == 0:
            vault.records.amend(made.id, "Ann Lee", "more facts", {"reasons": f"later {n}"})
    imported = replace(pool[0], id=new_id()).with_amendment(Amendment(
        new_id(), "2021-01-01T00:00:00Z", "Jo Evans", "corrected", {"subject": "AB12345"}))
    assert vault.records.import_final(imported, bundle_id="bundle-x")
    signed = vault.records.finalise(make_record("to be countersigned"))
    countersign_record(vault, signed.id, outcome="agreed", comment="ok", by="Ana Lee",
                       role="Safeguarding lead")


@pytest.fixture
def filled(vault: Vault) -> Vault:
    _fill(vault)
    return vault


def test_every_stored_body_is_canonical_as_it_is(filled: Vault) -> None:
    rows = probe.rows(filled, "SELECT d.body, d.sha256, d.outcome, d.flow_id, EXISTS (SELECT 1 "
                      "FROM amendments a WHERE a.record_id = d.id) FROM decisions d")
    assert {r[2] for r in rows} >= {"share", "share_part", "do_not_share"}
    assert len({r[3] for r in rows}) == len(list_flows())
    assert {r[4] for r in rows} == {0, 1}  # with and without amendments
    for body, digest, *_ in rows:
        data = body.encode("utf-8")
        assert _fixed_point(data) and hashlib.sha256(data).hexdigest() == digest


def test_lines_are_the_records_canonical_bytes(filled: Vault) -> None:
    selection = filled.records.select(FINAL)
    old, stream.BATCH = stream.BATCH, 64  # several batches
    try:
        lines = list(selection.canonical_lines())  # type: ignore[attr-defined]
        expected = [r.canonical_bytes() + b"\n" for r in selection]
    finally:
        stream.BATCH = old
    assert lines == expected and len(lines) == len(selection) > 400
    records = list(selection)
    assert any(r.amendments for r in records) and any(r.countersignatures for r in records)
    # a record with nothing beside its body: the line is the stored body, its hash the one
    # the vault logged when it was finalised
    stored = dict(probe.rows(filled, "SELECT id, sha256 FROM decisions"))
    plain = [(r, line) for r, line in zip(records, lines, strict=True)
             if not r.amendments and not r.countersignatures]
    assert plain and all(hashlib.sha256(line[:-1]).hexdigest() == stored[r.id]
                         for r, line in plain)


def test_a_bundle_of_a_selection_opens_with_the_records_as_read(filled: Vault,
                                                                tmp_path: Path) -> None:
    identity = x25519.Identity.generate()
    selection = filled.records.select(FINAL)
    out = tmp_path / "b.age"
    device = device_key(filled)
    with out.open("wb") as sink:
        write_bundle(selection, {f.id: f for f in list_flows()}, sink, device=device,
                     recipients=[str(identity.to_public())], include_pdfs=False,
                     include_fhir=False)
    opened = open_bundle(out, [identity], trust=TrustedKeys.of([device.public_b64]))
    assert [r.canonical_bytes() for r in opened.records] == \
        [r.canonical_bytes() for r in selection]
    if shutil.which("age"):  # the standard tool, and the signature checked as documented
        key = tmp_path / "key.txt"
        key.write_text(str(identity) + "\n")
        plain = subprocess.run(["age", "-d", "-i", str(key), str(out)], capture_output=True,
                               check=True).stdout
        with zipfile.ZipFile(io.BytesIO(plain)) as z:
            manifest, lines = z.read("manifest.json"), z.read("records.jsonl")
            signature = base64.b64decode(z.read("manifest.sig"))
        signed = json.loads(manifest)
        Ed25519PublicKey.from_public_bytes(base64.b64decode(signed["device_public_key"])).verify(
            signature, b"sharedesk-bundle-manifest-v1\n" + manifest)
        assert hashlib.sha256(lines).hexdigest() == signed["files"]["records.jsonl"]["sha256"]
        assert lines == b"".join(selection.canonical_lines())  # type: ignore[attr-defined]


def test_a_record_purged_meanwhile_stops_the_lines(filled: Vault) -> None:
    from sharedesk.core.errors import RecordPurged

    selection = filled.records.select(FINAL)
    rid = selection.ids[-1]  # type: ignore[attr-defined]
    filled._h.conn.execute("UPDATE decisions SET status = 'purged' WHERE id = ?", (rid,))
    filled._h.conn.commit()
    with pytest.raises(RecordPurged):
        list(selection.canonical_lines())  # type: ignore[attr-defined]


# -- generated records ---------------------------------------------------------------------------
_TEXT = st.text(st.characters(codec="utf-8"), max_size=12)  # beyond U+FFFF too, no surrogates
_STEP = st.builds(Step, node_id=_TEXT, answer=st.none() | _TEXT,
                  advice=st.lists(st.builds(Advice, _TEXT, _TEXT, _TEXT), max_size=2)
                  .map(tuple))
_RECORD = st.builds(
    DecisionRecord, id=_TEXT, flow_id=_TEXT, flow_version=_TEXT, flow_sha256=_TEXT,
    path=st.lists(_STEP, max_size=4).map(tuple), outcome=_TEXT,
    fields=st.dictionaries(_TEXT, _TEXT, max_size=5), created=_TEXT,
    status=st.just(RecordStatus.FINAL), finalised=st.none() | _TEXT)


@given(_RECORD)
def test_a_generated_record_body_is_a_fixed_point(record: DecisionRecord) -> None:
    """What repository._insert and bulk store: canonical_bytes of the record, no amendments."""
    try:
        body = record.canonical_bytes()
    except NotCanonicalisable:
        assume(False)
        return
    assert _fixed_point(body)


@given(_RECORD, st.lists(st.none() | _TEXT, min_size=1, max_size=4), _TEXT)
def test_an_imported_record_body_is_a_fixed_point(record: DecisionRecord,
                                                  answers: list[str | None],
                                                  finalised: str) -> None:
    """An import reads a record with ``from_dict`` from JSON and stores the canonical bytes of
    it without its amendments: reading those back and writing them again gives the same
    bytes. (Answers are text or absent: the import refuses anything else, below.)"""
    data = record.to_dict()
    data["path"] = [{"node": f"n{i}", **({"answer": a} if a is not None else {})}
                    for i, a in enumerate(answers)]
    data["finalised"] = finalised
    parsed = DecisionRecord.from_dict(json.loads(json.dumps(data)))
    try:
        body = replace(parsed, amendments=()).canonical_bytes()
    except NotCanonicalisable:
        assume(False)
        return
    assert _fixed_point(body)


def test_an_import_refuses_an_answer_that_is_not_text() -> None:
    """Why the generated imports above hold text answers: a number beyond 2**53 would be
    stored (as JCS writes it) but not read back as the same JSON value."""
    data = make_record().to_dict()
    data["path"][0]["answer"] = 2.0 ** 53
    assert ("path[0].answer", "must be text") in [(p.field, p.message)
                                                   for p in outside_problems(data)]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(_TEXT.filter(str.strip), st.booleans()), min_size=1, max_size=4))
def test_generated_words_stored_and_streamed_are_the_records_bytes(
        vault: Vault, words: list[tuple[str, bool]]) -> None:
    before = len(vault.records.select(FINAL))
    for text, amend in words:
        made = vault.records.finalise(make_record(text, subject=text))
        if amend:
            vault.records.amend(made.id, "Ann", "why", {"reasons": text + " later"})
    selection = vault.records.select(FINAL)
    assert len(selection) == before + len(words)
    assert list(selection.canonical_lines()) == [  # type: ignore[attr-defined]
        r.canonical_bytes() + b"\n" for r in selection]
