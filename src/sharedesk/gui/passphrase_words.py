"""Why a passphrase is weak, in the interface language.

The verdict is zxcvbn's (core/passphrase.py) and zxcvbn words its warnings and suggestions in
English only, from a fixed set. ``ADVICE`` lists that set for lupdate under the context
"PassphraseAdvice"; tests/gui/test_translations.py fails when zxcvbn gains a message that is not
listed here. A message not in the catalogue is shown as zxcvbn wrote it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sharedesk.core.passphrase import Verdict

CONTEXT = "PassphraseAdvice"


def _t(english: str) -> str:
    return QCoreApplication.translate(CONTEXT, english)


def level(verdict: Verdict) -> str:
    """"very weak" ... "strong"."""
    return _t(verdict.label)


def advice(verdict: Verdict) -> str:
    """zxcvbn's warning and first suggestion, one after the other ("" when it has none)."""
    return " ".join(_t(p.strip()) for p in (verdict.warning, verdict.suggestion) if p.strip())


def refusal(verdict: Verdict | None) -> str:
    """What follows "Choose a stronger passphrase: ", as core's reason words it in English."""
    if verdict is None:
        return _t("empty.")
    said = advice(verdict) or _t("Add another word or two. Uncommon words are better.")
    return _t("too easy to guess: %1").replace("%1", said)


ADVICE = (
    QT_TRANSLATE_NOOP("PassphraseAdvice", "very weak"),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "weak"),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "fair"),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "good"),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "strong"),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "empty."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "too easy to guess: %1"),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "The passphrase is empty."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Use a few uncommon words."),
    # zxcvbn's feedback (zxcvbn/feedback.py)
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Use a few words, avoid common phrases."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "No need for symbols, digits, or uppercase letters."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Add another word or two. Uncommon words are better."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Straight rows of keys are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Short keyboard patterns are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Use a longer keyboard pattern with more turns."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Repeats like \"aaa\" are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice",
                      "Repeats like \"abcabcabc\" are only slightly harder to guess than \"abc\"."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Avoid repeated words and characters."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Sequences like \"abc\" or \"6543\" are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Avoid sequences."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Recent years are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Avoid recent years."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Avoid years that are associated with you."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Dates are often easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Avoid dates and years that are associated with you."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "This is a top-10 common password."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "This is a top-100 common password."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "This is a very common password."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "This is similar to a commonly used password."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "A word by itself is easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Names and surnames by themselves are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Common names and surnames are easy to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Capitalization doesn't help very much."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "All-uppercase is almost as easy to guess as all-lowercase."),
    QT_TRANSLATE_NOOP("PassphraseAdvice", "Reversed words aren't much harder to guess."),
    QT_TRANSLATE_NOOP("PassphraseAdvice",
                      "Predictable substitutions like '@' instead of 'a' don't help very much."),
)
