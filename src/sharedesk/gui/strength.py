"""What the passphrase strength meter shows, from the one core policy (core/passphrase.py).

No rules of its own: the score, the verdict and the reason are zxcvbn's, exactly as the CLI
and ``Vault.create`` / ``change_passphrase`` apply them, so the meter can never show green for
a passphrase the vault would refuse. No Qt here; the screens set the bar and label from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from sharedesk.core.passphrase import MIN_SCORE, Verdict, judge

# By zxcvbn score 0-4: red for refused scores, amber for the last refused one, green only from
# MIN_SCORE up. The label always says the level too, so colour is never the only signal.
_COLOURS = ("#d4351c", "#d4351c", "#f47738", "#00703c", "#00703c")


# A NamedTuple, not a frozen dataclass: defined at start-up, where a dataclass costs ~7x (issue 13).
class Meter(NamedTuple):
    verdict: Verdict | None  # None while the field is empty

    @property
    def percent(self) -> int:
        return 0 if self.verdict is None else (self.verdict.score + 1) * 20

    @property
    def colour(self) -> str:
        return _COLOURS[0 if self.verdict is None else self.verdict.score]

    @property
    def acceptable(self) -> bool:
        return self.verdict is not None and self.verdict.score >= MIN_SCORE


def measure(passphrase: str, user_inputs: Sequence[str] = ()) -> Meter:
    """The meter for ``passphrase`` (``user_inputs``: the user's name and role, guessable)."""
    return Meter(judge(passphrase, user_inputs) if passphrase else None)
