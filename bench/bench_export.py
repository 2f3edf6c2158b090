"""Export benchmarks, each against a baseline measured in the same run.

- 10,000 records (1,000 with --quick) to a signed, age-encrypted bundle (records, manifest and
  signature) vs serialising the same records to JSON and age-encrypting those bytes directly:
  the issue's target, 2x.
- the bundle with the FHIR Bundle added vs the same content done the direct way (records JSON
  plus the same FHIR Bundle JSON from the same resource mapping, encrypted in one call), 2x.
  PDFs are left out of both: their cost is the PDF benchmark's. A third result compares peak
  traced memory (tracemalloc): the bundle streams through a bounded pipe, so it should hold
  less than the direct way.
- a 1,000-record PDF (30 with --quick) vs a plain ReportLab document with the same paragraphs
  in the same embedded font, without the marked headers, footers and page x of y (target 2x).
"""

from __future__ import annotations

import io
import json
import random
import tracemalloc
from collections.abc import Callable
from types import MappingProxyType

import pyrage
from pyrage import x25519
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, SimpleDocTemplate

from bench.common import Result, best_of
from sharedesk.core.export import pdf
from sharedesk.core.export.bundle import write_bundle
from sharedesk.core.export.common import Monitor
from sharedesk.core.export.fhir import record_resources
from sharedesk.core.export.signing import DeviceKey
from sharedesk.core.flow import Flow, Session, load_flow_by_id
from sharedesk.core.records.model import STATUS_FINAL, DecisionRecord, new_id

WORDS = ("school", "attendance", "bruising", "housing", "neglect", "referral", "health",
         "visitor", "police", "concern", "family", "sibling", "injury", "disclosure")
ANSWERS = {"purpose": "yes", "identifiable": "yes", "confidential": "yes", "consent": "no",
           "lawful_basis": "yes"}


def _records(flow: Flow, n: int, seed: int = 7) -> list[DecisionRecord]:
    rng = random.Random(seed)
    session, _ = Session.replay(flow, ANSWERS)

    def text(words: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(words))

    out = []
    for i in range(n):
        fields = {"decision_maker": "Sam Okafor", "role": "Designated safeguarding lead",
                  "subject": f"Child {i:05d}", "purpose": text(12), "reasons": text(60),
                  "recipient": "Children's social care", "what_shared": text(30),
                  "lawful_basis": "public_task", "consent": "not_sought",
                  "consent_reason": text(15), "informed": "no", "informed_reason": text(15),
                  "review_date": "2027-03-01"}
        out.append(DecisionRecord(
            id=new_id(), flow_id=flow.id, flow_version=flow.version, flow_sha256=flow.sha256,
            path=session.path, outcome=str(session.outcome), fields=MappingProxyType(fields),
            created="2026-11-20T09:30:00Z", status=STATUS_FINAL,
            finalised="2026-11-20T09:45:00Z"))
    return out


class _Null(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        return len(data)  # type: ignore[arg-type]


def _peak(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        return float(tracemalloc.get_traced_memory()[1])
    finally:
        tracemalloc.stop()


def _bundle_results(flow: Flow, n: int) -> list[Result]:
    records = _records(flow, n)
    flows = {flow.id: flow}
    recipient = x25519.Identity.generate().to_public()
    device = DeviceKey.generate("bench")

    def bundle() -> None:
        write_bundle(records, flows, _Null(), device=device, recipients=[str(recipient)],
                     include_pdfs=False, include_fhir=False)

    def bundle_fhir() -> None:
        write_bundle(records, flows, _Null(), device=device, recipients=[str(recipient)],
                     include_pdfs=False)

    def baseline() -> None:
        # The definition: the same records serialised to JSON, age-encrypted directly.
        data = json.dumps([r.to_dict() for r in records]).encode()
        pyrage.encrypt(data, [recipient])

    def baseline_fhir() -> None:
        # The same content as the FHIR-included bundle, the direct way: the records as JSON
        # plus the same FHIR R4 Bundle (the same resources from the same mapping, each entry
        # serialised as it is made, so no huge dict is built), joined and age-encrypted in one
        # call. No canonical form, hashes, ZIP, manifest, signature or streaming pipe.
        parts = [json.dumps([r.to_dict() for r in records]).encode(),
                 b'{"resourceType": "Bundle", "type": "collection", "entry": [']
        parts.append(b",".join(
            json.dumps({"fullUrl": f"urn:uuid:{res['id']}", "resource": res}).encode()
            for r in records for res in record_resources(r, flow)))
        parts.append(b"]}")
        pyrage.encrypt(b"".join(parts), [recipient])

    repeat = 5  # the records-only line takes tens of ms at --quick size: more samples
    return [
        Result(f"bundle {n} records (json, signed, encrypted)", best_of(bundle, repeat),
               best_of(baseline, repeat), 2.0,
               note="baseline: json.dumps of the same records + pyrage.encrypt"),
        Result(f"bundle {n} records + FHIR", best_of(bundle_fhir, repeat),
               best_of(baseline_fhir, repeat), 2.0,
               note="baseline: the same records JSON + the same FHIR Bundle JSON, "
                    "pyrage.encrypt of both"),
        Result(f"bundle {n} records + FHIR peak memory", _peak(bundle_fhir),
               _peak(baseline_fhir), 1.0, unit="B",
               note="tracemalloc peak vs the direct way holding it all; the bundle streams"),
    ]


def _plain_story(records: list[DecisionRecord], flow: Flow) -> list[object]:
    """The very paragraphs of our PDF, for a plain document with ReportLab's default canvas."""
    story: list[object] = []
    for index, record in enumerate(records):
        if index:
            story.append(PageBreak())
        story += pdf.record_story(record, flow, Monitor())
    return story


def _pdf_results(flow: Flow, n: int) -> list[Result]:
    records = _records(flow, n, seed=11)
    flows = {flow.id: flow}
    pdf.register_fonts()

    def ours() -> None:
        pdf.pdf_bytes(records, flows, monitor=Monitor())

    def plain() -> None:
        doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4, leftMargin=18 * mm,
                                rightMargin=18 * mm, topMargin=22 * mm, bottomMargin=20 * mm,
                                initialFontName=pdf.FONT)
        doc.build(_plain_story(records, flow))

    return [Result(f"pdf {n} records (marked, paged)", best_of(ours, 3), best_of(plain, 3), 2.0,
                   note="baseline: plain SimpleDocTemplate, same paragraphs and font, no "
                        "marked header/footer or page x of y")]


def run(quick: bool) -> list[Result]:
    flow = load_flow_by_id("england-2018")
    # --quick keeps the same shapes at a size that runs in seconds (bench/run.py budget).
    return [*_bundle_results(flow, 1_000 if quick else 10_000),
            *_pdf_results(flow, 30 if quick else 1_000)]


if __name__ == "__main__":
    import sys

    for result in run("--quick" in sys.argv):
        print(result.line())
