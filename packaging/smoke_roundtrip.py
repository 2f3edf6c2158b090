"""Smoke-test a built sharedesk on any platform: a real vault round trip, not only --version.

    python packaging/smoke_roundtrip.py PATH-TO-SHAREDESK-EXECUTABLE

Runs, in a throwaway data folder: ``--version``, ``flows list``, ``gui --smoke-test`` (offscreen),
``vault init`` -> ``decide`` -> ``vault verify``, then exports the record as PDF and FHIR and as
an age bundle to a fresh organisation key, opened again with ``bundle open``: what a frozen build
most often breaks (fonts, modules imported by name, native crypto, Qt plugins). Standard library
only, so the Windows and macOS CI jobs run it with the runner's Python; ``smoke-test.sh`` is
the Linux wrapper. Exits 0 when every step passed; otherwise prints the failing step and its
output and exits 1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

DECISION = {
    "flow": "england-2018",
    "answers": {"purpose": "no"},
    "record": {"decision_maker": "Smoke Test", "role": "Build check",
               "purpose": "Packaging smoke test",
               "reasons": "No clear purpose for sharing (test record)"},
}


class StepFailed(Exception):
    pass


def run(binary: str, *args: str, env: dict[str, str]) -> str:
    result = subprocess.run([binary, *args], capture_output=True, text=True, env=env,
                            timeout=300, check=False)
    if result.returncode != 0:
        raise StepFailed(f"sharedesk {' '.join(args)} exited {result.returncode}:\n"
                         f"{result.stdout}{result.stderr}")
    return result.stdout


def round_trip(binary: str, work: Path) -> list[str]:
    """Run every step; return what each proved, for the log."""
    env = {**os.environ, "SHAREDESK_HOME": str(work / "home"), "QT_QPA_PLATFORM": "offscreen",
           "SHAREDESK_PASSPHRASE": f"smoke-test passphrase {os.getpid()} round trip"}
    env.pop("SHAREDESK_RESOURCES", None)  # the build's own flows, fonts and translations
    done = [f"version {run(binary, '--version', env=env).strip()}"]
    if "england-2018" not in run(binary, "flows", "list", env=env):
        raise StepFailed("flows list does not name england-2018: the flows were not bundled")
    done.append("flows list")
    run(binary, "gui", "--smoke-test", env=env)
    done.append("gui --smoke-test (offscreen)")
    answers = work / "decision.json"
    answers.write_text(json.dumps(DECISION), encoding="utf-8")
    run(binary, "vault", "init", env=env)
    record_id = run(binary, "decide", "--answers", str(answers), env=env).strip()
    report = json.loads(run(binary, "vault", "verify", "--json", env=env))
    if not report.get("ok"):
        raise StepFailed(f"vault verify found problems: {report.get('problems')}")
    done.append(f"decide: {record_id}")
    done.append("vault init -> decide -> vault verify")
    pdf, fhir = work / "record.pdf", work / "record.fhir.json"
    run(binary, "export", "--format", "pdf", "--out", str(pdf), env=env)
    if not pdf.read_bytes().startswith(b"%PDF-"):
        raise StepFailed("the PDF export is not a PDF")
    run(binary, "export", "--format", "fhir", "--out", str(fhir), env=env)
    if json.loads(fhir.read_text(encoding="utf-8")).get("resourceType") != "Bundle":
        raise StepFailed("the FHIR export is not a FHIR Bundle")
    keys = work / "keys"
    run(binary, "org", "keygen", "--out", str(keys), env=env)
    recipient = (keys / "org-age-recipient.txt").read_text(encoding="utf-8").strip()
    bundle, opened = work / "bundle.age", work / "opened"
    run(binary, "export", "--format", "bundle", "--out", str(bundle), "--recipient", recipient,
        env=env)
    run(binary, "bundle", "open", str(bundle), "--identity",
        str(keys / "org-age-identity.txt"), "--out", str(opened), env=env)
    if not any(opened.rglob("*.json")):
        raise StepFailed("the opened bundle holds no record")
    done.append("export pdf, fhir, bundle -> bundle open")
    return done


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: smoke_roundtrip.py PATH-TO-SHAREDESK-EXECUTABLE", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="sharedesk-smoke-") as tmp:
        try:
            for step in round_trip(argv[1], Path(tmp)):
                print(f"==> {step}: ok")
        except (StepFailed, OSError, ValueError, subprocess.TimeoutExpired) as exc:
            print(f"==> smoke test FAILED: {exc}", file=sys.stderr)
            return 1
    print("==> smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
