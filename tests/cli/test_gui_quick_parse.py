"""`sharedesk gui` reads its options with a parser of its own (issue 13: start-up time). It must
give exactly what the full parser gives, and leave to the full parser everything else, whose
help and errors stay as they were."""

from __future__ import annotations

import argparse
import contextlib
import io

import pytest

from sharedesk import cli
from sharedesk.cli.gui import quick_parse

TAKEN = [[], ["--smoke-test"], ["--screenshot", "a.png"], ["--screenshot=a.png", "--smoke-test"],
         ["--smoke"], ["--smoke-test", "--smoke-test"], ["--screenshot", "a", "--screenshot", "b"],
         ["--screenshot", "-"], ["--screenshot", ""]]
LEFT = [["-h"], ["--help"], ["--smoke-test", "--help"], ["--bogus"], ["extra"], ["--screenshot"],
        ["--screenshot", "--smoke-test"], ["--s"], ["--smoke-test=yes"], ["--version"], ["-x"]]


def full(options: list[str]) -> argparse.Namespace:
    return cli.build_parser().parse_args(["gui", *options])


@pytest.mark.parametrize("options", TAKEN, ids=repr)
def test_the_gui_options_parse_as_the_full_parser_parses_them(options: list[str]) -> None:
    quick = quick_parse(options)
    assert quick is not None
    assert vars(quick) == vars(full(options))


@pytest.mark.parametrize("options", LEFT, ids=repr)
def test_help_and_errors_are_left_to_the_full_parser(options: list[str]) -> None:
    assert quick_parse(options) is None


def run_main(argv: list[str]) -> tuple[int | str | None, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status: int | str | None = cli.main(argv)
        except SystemExit as stop:
            status = stop.code
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("options", LEFT, ids=repr)
def test_main_answers_as_the_full_parser_does(options: list[str]) -> None:
    """What `sharedesk gui OPTIONS` prints and returns is the full parser's answer."""
    expected_out, expected_err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(expected_out), contextlib.redirect_stderr(expected_err):
        with pytest.raises(SystemExit) as stop:
            cli.build_parser(("gui",)).parse_args(["gui", *options])
    assert run_main(["gui", *options]) == (stop.value.code, expected_out.getvalue(),
                                           expected_err.getvalue())
    assert stop.value.code in (0, 2)
