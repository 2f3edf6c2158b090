#!/usr/bin/env python3
"""Build a realistic synthetic vault for benchmarks and checks.

    SHAREDESK_PASSPHRASE=... .venv/bin/python bench/make_vault.py PATH --records N [--seed S]

Every route of every shipped flow (so all three flows and every outcome), each made a valid
final record once through the records service's own checks (path facts filled in, validated
against its flow); the N records are copies of those templates with varied words (for search),
subjects, recipients, dates spread over the seven years before today, review dates on about a
third, amendments on about one in twenty, and export statuses as a manager's vault holds them
(mostly acknowledged or imported, recent ones pending). They are stored through
``sharedesk.core.vault.bulk.insert_many`` (many records per transaction, the same rows the app
writes), so the vault passes ``sharedesk vault verify``. Nothing here is real case data.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import MappingProxyType

ROOT = Path(__file__).resolve().parent.parent
for entry in (str(ROOT / "src"), str(ROOT)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from sharedesk.core.errors import SharedeskError  # noqa: E402
from sharedesk.core.flow import Session, list_flows  # noqa: E402
from sharedesk.core.flow.model import Flow  # noqa: E402
from sharedesk.core.flow.paths import FlowPath, flow_paths  # noqa: E402
from sharedesk.core.records.model import (  # noqa: E402
    STATUS_FINAL,
    Amendment,
    DecisionRecord,
)
from sharedesk.core.records.path_fields import fill, path_facts  # noqa: E402
from sharedesk.core.records.validation import blocking, validate_record  # noqa: E402
from sharedesk.core.vault import KdfParams, Vault  # noqa: E402
from sharedesk.core.vault.bulk import BulkRecord, insert_many  # noqa: E402

WORDS = ("school", "attendance", "bruising", "housing", "neglect", "referral", "health",
         "visitor", "police", "concern", "family", "sibling", "injury", "disclosure", "nursery",
         "missing", "exploitation", "online", "grooming", "domestic", "abuse", "parent",
         "mental", "substance", "alcohol", "truancy", "hospital", "midwife", "eviction",
         "hunger", "hygiene", "bullying", "selfharm", "runaway", "contact", "strategy",
         "meeting", "chronology", "assessment", "plan", "section", "enquiry", "protection",
         "supervision", "teacher", "nurse", "GP", "advocate", "foster", "kinship")
RECIPIENTS = ("CSC duty team", "MASH", "Police PPU", "School DSL", "Health visitor team",
              "GP practice", "Early help hub", "Youth offending team", "CAMHS", "Housing officer")
NAMES = ("Sam Okafor", "Priya Shah", "Jo Evans", "Alex Murray", "Chris Lee", "Dana Kowalski")
SUBJECT_1, SUBJECT_2 = "ABCDEFGHJKLMNPRSTW", "ABCDEHJKLMRST"
CONSENTS = ("not_sought", "given", "refused", None)
YEARS = 7
ROUTES_PER_OUTCOME = 40


def _base_fields(rng: random.Random, consent: str | None) -> dict[str, str]:
    fields = {"decision_maker": rng.choice(NAMES), "role": "Designated safeguarding lead",
              "purpose": "Section 47 enquiry", "reasons": "placeholder",
              "recipient": RECIPIENTS[0], "what_shared": "placeholder",
              "lawful_basis": "public_task", "informed": "no", "informed_reason": "Risk of harm",
              "subject": "AB0001", "consent_reason": "Risk of harm to the child",
              "trigger": "Request received", "requested_by": "Police, this morning",
              "subject_dob": "2015-03-04", "necessary_proportionate": "Risk of significant harm",
              "alternatives": "None would protect the child", "opinion_shared": "None",
              "what_withheld": "Sibling details, not relevant", "shared_when": "2020-01-01 10:00",
              "method": "Secure email", "security": "Egress", "legal_gateway": "Children Act 1989",
              "special_category_condition": "Safeguarding of children (Sch 1 para 18)",
              "views": "Not sought: risk", "urgency": "No", "identities_to_protect": "Referrer"}
    if consent is not None:
        fields["consent"] = consent
    return fields


def templates(flows: list[Flow]) -> list[DecisionRecord]:
    """One valid record per route of each flow (the service's validation, run once each)."""
    rng = random.Random(0)
    out: list[DecisionRecord] = []
    for flow in flows:
        routes = flow_paths(flow)
        by_outcome: dict[str, list[FlowPath]] = {}
        for route in routes:  # a sample of each outcome's routes (thousands in some flows)
            by_outcome.setdefault(route.outcome_kind, []).append(route)
        for route in [r for group in by_outcome.values() for r in rng.sample(group, min(
                len(group), ROUTES_PER_OUTCOME))]:
            session, _ = Session.replay(flow, route.answers())
            facts = path_facts(flow, session.path)
            for consent in CONSENTS:
                fields = fill(facts, _base_fields(rng, consent))
                record = DecisionRecord(
                    id="template", flow_id=flow.id, flow_version=flow.version,
                    flow_sha256=flow.sha256, path=session.path,
                    outcome=session.outcome or route.outcome_kind,
                    fields=MappingProxyType(fields), created="2020-01-01T00:00:00Z",
                    status=STATUS_FINAL, finalised="2020-01-01T00:00:00Z")
                if not blocking(validate_record(record, flow)):
                    out.append(record)
                    break
    return out


def _uuid(rng: random.Random) -> str:
    # uuid4 layout from the seeded generator (reproducible vaults; uuid.uuid4 is not seedable)
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:32]}"


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")[:19] + "Z"  # UTC, as the app writes times


def records(n: int, seed: int, now: datetime) -> Iterator[BulkRecord]:
    """``n`` records, oldest first, created evenly over the last seven years.

    Written for speed (a million records): ``rng.choices`` and ``int(rng.random() * k)``
    instead of ``choice``/``randint`` (a third of the time), records made by the constructor
    rather than ``dataclasses.replace``.
    """
    rng = random.Random(seed)
    rand, choices = rng.random, rng.choices
    pool = templates(list_flows())
    if not {t.outcome for t in pool} >= {"share", "share_part", "do_not_share"}:
        raise SystemExit("make_vault: the shipped flows no longer give every outcome")
    span = timedelta(days=365 * YEARS).total_seconds()
    start = now - timedelta(days=365 * YEARS)
    for i in range(n):
        template = pool[i % len(pool)]
        created = start + timedelta(seconds=span * i / max(n, 1) + rand() * 60)
        finalised = created + timedelta(minutes=5 + int(rand() * 86))
        text = " ".join(choices(WORDS, k=12 + int(rand() * 29)))
        fields = dict(template.fields)
        fields["reasons"] = text
        fields["subject"] = f"{SUBJECT_1[int(rand() * 18)]}{SUBJECT_2[int(rand() * 13)]}" \
                            f"{int(rand() * 100_000):05d}"
        if "what_shared" in fields:
            fields["what_shared"] = " ".join(choices(WORDS, k=8))
        if "recipient" in fields:
            fields["recipient"] = RECIPIENTS[int(rand() * len(RECIPIENTS))]
        if rand() < 0.33:
            fields["review_date"] = (finalised.date() + timedelta(days=30 + int(rand() * 371))
                                     ).isoformat()
        record = DecisionRecord(
            _uuid(rng), template.flow_id, template.flow_version, template.flow_sha256,
            template.path, template.outcome, MappingProxyType(fields), _iso(created),
            template.status, _iso(finalised))
        if rand() < 0.05:
            at = min(finalised + timedelta(days=1 + int(rand() * 60)), now)
            changes = {"reasons": text + " " + " ".join(choices(WORDS, k=6))}
            if rand() < 0.5:
                changes["review_date"] = (at.date() + timedelta(days=14 + int(rand() * 187))
                                          ).isoformat()
            record = record.with_amendment(Amendment(
                id=_uuid(rng), at=_iso(at), author=NAMES[int(rand() * len(NAMES))],
                reason="Further information received", changes=MappingProxyType(changes)))
        yield BulkRecord(record, _export_status(rng, now - finalised))


def _export_status(rng: random.Random, age: timedelta) -> str:
    if rng.random() < 0.3:
        return "imported"  # a manager's vault merges other devices' records
    if age < timedelta(days=2):
        return "pending"
    return "failed" if rng.random() < 0.001 else "acknowledged"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--records", type=int, required=True, metavar="N")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=5_000)
    parser.add_argument("--fast-kdf", action="store_true",
                        help="a cheap Argon2id (tests only; never for a real vault)")
    args = parser.parse_args(argv)
    passphrase = os.environ.get("SHAREDESK_PASSPHRASE", "")
    if not passphrase:
        print("make_vault: set SHAREDESK_PASSPHRASE", file=sys.stderr)
        return 2
    if args.path.exists():
        print(f"make_vault: {args.path} exists; choose a new path", file=sys.stderr)
        return 2
    start, cpu = time.perf_counter(), time.process_time()
    kdf = KdfParams(1024, 1, 1) if args.fast_kdf else None
    now = datetime.combine(date.today(), datetime.min.time(), UTC)
    try:
        with Vault.create(args.path, passphrase, kdf=kdf) as vault:
            done = insert_many(vault, records(args.records, args.seed, now), batch=args.batch,
                               progress=lambda k: print(f"\r{k:,} records", end="",
                                                        file=sys.stderr))
    except SharedeskError as exc:  # a weak passphrase, a full disk: one line, no traceback
        print(f"make_vault: {exc}", file=sys.stderr)
        return 2
    took, used = time.perf_counter() - start, time.process_time() - cpu
    # CPU time (user + system) beside wall time: on a shared machine it is the steadier figure
    print(f"\nmade {args.path}: {done:,} records in {took:.1f}s ({done / took * 60:,.0f} a "
          f"minute), CPU {used:.1f}s ({done / max(used, 1e-9) * 60:,.0f} a minute of CPU)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
