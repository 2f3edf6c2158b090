"""The one passphrase policy, for the command line and the desktop app alike.

A passphrase is judged by zxcvbn (Dropbox's estimator: dictionaries of common passwords, names
and words, keyboard patterns, dates, repeats, l33t substitutions), not by counting character
classes. zxcvbn scores 0-4 by estimated guesses; a vault passphrase must score at least
``MIN_SCORE`` (3: about 10^8 guesses or more, before each guess pays for an Argon2id
derivation). A refusal says why in zxcvbn's own words (its warning, then a suggestion).

zxcvbn's matching grows quickly with length and the library refuses more than 72 characters,
so only the first ``MAX_JUDGED`` characters are judged: a longer passphrase is accepted when its
first 72 characters are strong on their own, and its whole length still goes into the key.

Pure and thread-safe; about 20 ms a call, so the GUI may judge on every key press.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sharedesk.core.errors import UsageError

MIN_SCORE = 3
MAX_JUDGED = 72  # zxcvbn's own maximum input length
LABELS = ("very weak", "weak", "fair", "good", "strong")  # by score 0-4
# Words a colleague would guess first for this application.
CONTEXT_WORDS = ("sharedesk", "safeguarding", "safeguard", "children", "vault")


class WeakPassphrase(UsageError):
    """The passphrase scores below MIN_SCORE; the message says why and what would help."""


@dataclass(frozen=True)
class Verdict:
    score: int  # 0-4 (zxcvbn)
    warning: str  # why it is weak, or ""
    suggestion: str  # what would make it stronger, or ""

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE

    @property
    def label(self) -> str:
        return LABELS[self.score]

    @property
    def reason(self) -> str:
        """One line for a refusal: "the passphrase is too easy to guess: <why>. <what to do>."."""
        parts = [p.strip().rstrip(".") for p in (self.warning, self.suggestion) if p.strip()]
        if not parts:
            parts = ["Add another word or two. Uncommon words are better"]
        return "the passphrase is too easy to guess: " + ". ".join(parts) + "."


def judge(passphrase: str, user_inputs: Sequence[str] = ()) -> Verdict:
    """zxcvbn's verdict on (the first MAX_JUDGED characters of) ``passphrase``.

    ``user_inputs`` (e.g. the user's name) count as guessable words, like CONTEXT_WORDS.
    """
    if not passphrase.strip():
        return Verdict(0, "The passphrase is empty.", "Use a few uncommon words.")
    from zxcvbn import zxcvbn  # ~0.15 s to import its word lists: only when judging

    words = [w for text in user_inputs for w in (text, *text.split()) if w]  # "Ann Tester", "Ann"
    result = zxcvbn(passphrase[:MAX_JUDGED], user_inputs=[*CONTEXT_WORDS, *words])
    feedback = result.get("feedback") or {}
    suggestions = feedback.get("suggestions") or []
    return Verdict(int(result["score"]), str(feedback.get("warning") or ""),
                   str(suggestions[0]) if suggestions else "")


def require_strong(passphrase: str, user_inputs: Sequence[str] = ()) -> None:
    """Raise WeakPassphrase (one line, zxcvbn's reason) unless the passphrase is acceptable."""
    verdict = judge(passphrase, user_inputs)
    if not verdict.acceptable:
        raise WeakPassphrase(verdict.reason)
