"""Kill loop: kill -9 real sharedesk commands at random moments; nothing committed may be lost.

Runs ``sharedesk decide``, ``vault passwd``, ``import``, ``sync`` (to a case-system server on
127.0.0.1 that signs its receipts) and ``vault backup`` as subprocesses, each killed with
SIGKILL after a random delay within its usual run time. After every run, killed or not, the vault
must open with the old or the new passphrase without setting any WAL aside, ``verify`` must be
clean, every record acknowledged so far (an id printed by ``decide``, the records of an import
that returned, any record seen in an earlier check) must be present, and every backup that
returned must open and verify. Prints ``kills: N, lost: M``; exits 1 if anything was lost.

    .venv/bin/python bench/kill_loop.py --kills 200 [--seed 1] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "core" / "sync"))  # the case-system test server
sys.path.insert(0, str(ROOT / "tests"))  # the tree's CLI (clirun), the test decision
sys.path.insert(0, str(ROOT / "src"))  # checks read the vault with the code under test

from clirun import CLI  # noqa: E402
from decision_kit import share_decision  # noqa: E402
from pyrage import x25519  # noqa: E402

from sharedesk.core.errors import WrongPassphrase  # noqa: E402
from sharedesk.core.records.query import RecordQuery  # noqa: E402
from sharedesk.core.vault import Vault  # noqa: E402

PASSES = ("kill loop passphrase one", "kill loop passphrase two")
ANSWERS = share_decision(reasons="Kill loop reason")
OPS = ("decide", "passwd", "import", "sync", "backup")


@dataclass
class Loop:
    work: Path
    rng: random.Random
    vault: Path = field(init=False)
    current: str = PASSES[0]
    acknowledged: set[str] = field(default_factory=set)
    backups: list[Path] = field(default_factory=list)
    bundles: list[tuple[Path, list[str]]] = field(default_factory=list)
    durations: dict[str, float] = field(default_factory=dict)
    kills: Counter[str] = field(default_factory=Counter)
    completed: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    lost: int = 0

    def __post_init__(self) -> None:
        self.home = self.work / "home"
        self.home.mkdir(parents=True, mode=0o700)
        self.vault = self.home / "vault.sharedesk"
        self.answers = self.work / "answers.json"
        self.answers.write_text(json.dumps(ANSWERS))
        self.identity = x25519.Identity.generate()
        self.identity_file = self.work / "org.key"
        self.identity_file.write_text(str(self.identity) + "\n")
        self.recipient = str(self.identity.to_public())
        (self.work / "backups").mkdir(mode=0o700)

    # -- running commands ----------------------------------------------------------------------
    def env(self, home: Path, passphrase: str, **extra: str) -> dict[str, str]:
        from sync_kit import TOKEN

        return {**os.environ, "SHAREDESK_HOME": str(home), "SHAREDESK_PASSPHRASE": passphrase,
                "SHAREDESK_SYNC_TOKEN": TOKEN, **extra}

    def start(self, args: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
        return subprocess.Popen([*CLI, *args], env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)

    def run(self, args: list[str], env: dict[str, str]) -> str:
        done = subprocess.run([*CLI, *args], env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=300)
        if done.returncode != 0:
            raise SystemExit(f"set-up failed: sharedesk {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    # -- set-up --------------------------------------------------------------------------------
    def setup(self, n_bundles: int) -> None:
        env = self.env(self.home, self.current)
        self.run(["vault", "init"], env)
        sender = self.work / "sender"
        sender.mkdir(mode=0o700)
        senv = self.env(sender, PASSES[0])
        self.run(["vault", "init"], senv)
        self.device = json.loads(self.run(["device", "show", "--json"], senv))["public_key"]
        for i in range(n_bundles):
            ids = [self.run(["decide", "--answers", str(self.answers)], senv).strip()
                   for _ in range(2)]
            out = self.work / f"bundle-{i}.sdbundle"
            self.run(["export", "--format", "bundle", "--no-pdf", "--ids", *ids, "--recipient",
                      self.recipient, "--out", str(out)], senv)
            self.bundles.append((out, ids))
        for op in OPS:  # one clean run of each: how long it takes, and that it works
            args = self.command(op)
            began = time.monotonic()
            child = self.start(args, self.op_env(op))
            out, err = child.communicate(timeout=300)
            if child.returncode != 0:
                raise SystemExit(f"set-up failed: {op}: {err.strip()}")
            self.durations[op] = time.monotonic() - began
            self.returned(op, out)
            self.check(op)

    def command(self, op: str) -> list[str]:
        if op == "decide":
            return ["decide", "--answers", str(self.answers)]
        if op == "passwd":
            return ["vault", "passwd"]
        if op == "import":
            self.bundle = self.rng.choice(self.bundles)
            return ["import", str(self.bundle[0]), "--identity", str(self.identity_file),
                    "--trust", self.device]
        if op == "sync":
            self.run(["decide", "--answers", str(self.answers)], self.env(self.home, self.current))
            return ["sync", "--endpoint", self.server.url, "--recipient", self.recipient,
                    "--receipt-key", self.server.receipt_public, "--deadline", "60"]
        return ["vault", "backup", str(self.work / "backups")]

    def op_env(self, op: str) -> dict[str, str]:
        other = PASSES[1] if self.current == PASSES[0] else PASSES[0]
        return self.env(self.home, self.current, SHAREDESK_NEW_PASSPHRASE=other)

    # -- after each run ------------------------------------------------------------------------
    def returned(self, op: str, out: str) -> None:
        """The command exited 0: what it acknowledged must survive."""
        self.completed[op] += 1
        if op == "decide":
            self.acknowledged.add(out.strip())
        elif op == "passwd":
            self.current = PASSES[1] if self.current == PASSES[0] else PASSES[0]
        elif op == "import":
            self.acknowledged.update(self.bundle[1])
        elif op == "backup":
            self.backups.append(Path(out.strip().rsplit(": ", 1)[-1]))
            self.check_backup(self.backups[-1], "backup")

    def check(self, what: str) -> None:
        try:
            vault = Vault.open(self.vault, self.current)
        except WrongPassphrase:
            self.current = PASSES[1] if self.current == PASSES[0] else PASSES[0]
            vault = Vault.open(self.vault, self.current)
        with vault:
            if vault.notices:
                self.problems.append(f"after {what}: {vault.notices[0]}")
            problems = vault.verify()
            present = {r.id for offset in range(0, vault.records.count(), 1000)
                       for r in vault.records.page(RecordQuery(), offset, 1000)}
        self.problems += [f"after {what}: {p}" for p in problems]
        missing = self.acknowledged - present
        if missing:
            self.lost += len(missing)
            self.problems.append(f"after {what}: {len(missing)} acknowledged record(s) missing")
        self.acknowledged |= present  # seen committed: must never disappear later

    def check_backup(self, backup: Path, what: str) -> None:
        for secret in PASSES:
            try:
                with Vault.open(backup, secret) as copy:
                    problems = copy.verify()
                self.problems += [f"backup after {what}: {p}" for p in problems]
                return
            except WrongPassphrase:
                continue
        self.problems.append(f"backup {backup.name} opens with neither passphrase")

    # -- the loop ------------------------------------------------------------------------------
    def once(self) -> None:
        op = self.rng.choice(OPS)
        args, env = self.command(op), self.op_env(op)
        delay = self.rng.uniform(0.0, self.durations[op] * 1.1)
        child = self.start(args, env)
        time.sleep(delay)
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            child.communicate(timeout=60)
            self.kills[op] += 1
            self.check(f"kill -9 of {op} at {delay:.2f}s")
            total = sum(self.kills.values())
            if total % 25 == 0:
                print(f"... {total} kills, lost {self.lost}, problems {len(self.problems)}",
                      flush=True)
            return
        out, err = child.communicate(timeout=60)
        if child.returncode == 0:
            self.returned(op, out)
        elif op != "sync":  # a sync may stop for the server; anything else must work
            self.problems.append(f"{op} failed: {err.strip()}")
        self.check(op)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--bundles", type=int, default=6)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        loop = run(Path(tmp), args.kills, args.seed, args.bundles)
    for line in loop.problems[:20]:
        print(f"problem: {line}")
    print("usual run time (s):", {k: round(v, 2) for k, v in loop.durations.items()})
    print("killed:", dict(sorted(loop.kills.items())), "completed:",
          dict(sorted(loop.completed.items())), "records:", len(loop.acknowledged))
    print(f"kills: {sum(loop.kills.values())}, lost: {loop.lost}, problems: {len(loop.problems)}")
    return 1 if loop.lost or loop.problems else 0


def run(work: Path, kills: int, seed: int, n_bundles: int = 6) -> Loop:
    """Set up in ``work`` and kill until ``kills`` commands were killed; the loop's tallies."""
    from sync_kit import CaseServer

    loop = Loop(work, random.Random(seed))
    loop.server = CaseServer().start()
    try:
        loop.setup(n_bundles)
        while sum(loop.kills.values()) < kills:
            loop.once()
        # Killed syncs must not leave the outbox stuck: a last clean sync sends everything.
        final = loop.start(loop.command("sync"), loop.op_env("sync"))
        out, err = final.communicate(timeout=300)
        if final.returncode != 0 or "still waiting 0 pending" not in out:
            loop.problems.append(f"the last sync did not clear the outbox: {out} {err}".strip())
        loop.check("the last sync")
        for backup in loop.backups:
            loop.check_backup(backup, "the end")
    finally:
        loop.server.stop()
    return loop


if __name__ == "__main__":
    sys.exit(main())
