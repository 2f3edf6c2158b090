"""The one passphrase policy (core/passphrase.py): zxcvbn score 3 or more, a reason when not."""

from __future__ import annotations

import pytest

from sharedesk.core.errors import UsageError
from sharedesk.core.passphrase import MAX_JUDGED, MIN_SCORE, judge, require_strong


@pytest.mark.parametrize("weak", ["password", "12345678", "P@ssw0rd2024", "sharedesk2024!",
                                  "qwertyuiop", "Safeguarding1", "   ", ""])
def test_common_and_guessable_passphrases_are_refused_with_a_reason(weak: str) -> None:
    verdict = judge(weak)
    assert verdict.score < MIN_SCORE and not verdict.acceptable
    with pytest.raises(UsageError) as caught:
        require_strong(weak)
    message = str(caught.value)
    assert message.startswith("the passphrase is too easy to guess: ")
    assert len(message) > len("the passphrase is too easy to guess: ") + 10
    assert "\n" not in message


def test_password_says_it_is_a_common_password() -> None:
    assert "common password" in judge("password").reason


@pytest.mark.parametrize("strong", ["correct horse battery staple", "quoll lantern mid winter",
                                    "Tr0ub4dor&3 in the attic"])
def test_several_uncommon_words_are_accepted(strong: str) -> None:
    verdict = judge(strong)
    assert verdict.acceptable and verdict.label in ("good", "strong")
    require_strong(strong)


def test_the_user_name_counts_as_a_guessable_word() -> None:
    assert judge("sam okafor 2024").acceptable
    assert not judge("sam okafor 2024", ["Sam Okafor", "DSL"]).acceptable


def test_a_very_long_passphrase_is_judged_on_its_first_characters() -> None:
    # zxcvbn refuses inputs over 72 characters; the policy judges the prefix instead of failing.
    long_strong = "correct horse battery staple " * 20
    assert len(long_strong) > MAX_JUDGED
    require_strong(long_strong)
    with pytest.raises(UsageError):
        require_strong("a" * 500)
