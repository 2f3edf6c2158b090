"""The exit statuses of every command: one table, shown by ``sharedesk --help`` and mirrored in
docs/admin-guide.md (a test checks both, and that every SharedeskError's ``exit_code`` is here).
"""

from __future__ import annotations

import textwrap

EXIT_STATUSES: tuple[tuple[int, str], ...] = (
    (0, "done"),
    (1, "failed or refused: one line on stderr says why (a record contradicting its path, "
        "a sync or import that stopped, a flow check that found problems)"),
    (2, "bad input or usage: a bad option, a malformed or deeply nested file, a weak "
        "passphrase, an unknown id; nothing was changed"),
    (3, "wrong passphrase or recovery key"),
    (4, "the vault is damaged, or `vault verify` found problems"),
    (5, "the work was done (a decision recorded, a backup written) but its output could not "
        "be written, e.g. stdout on a full disk: do not simply run it again"),
    (130, "interrupted (Ctrl+C)"),
)


def epilog() -> str:
    """The exit-status table as ``sharedesk --help`` prints it (RawDescriptionHelpFormatter)."""
    lines = ["exit status:"]
    lines += [textwrap.fill(text, 79, initial_indent=f"  {code:>3}  ", subsequent_indent=" " * 7)
              for code, text in EXIT_STATUSES]
    lines += ["", textwrap.fill(
        "Errors are one line on stderr, never a traceback. `-` for a file means standard input "
        "(--answers -) or output (--out -). --quiet silences progress and confirmations, never "
        "errors or warnings. Shell completion: sharedesk completion bash|zsh.", 79)]
    return "\n".join(lines)
