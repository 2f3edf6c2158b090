"""NHS numbers: an optional record field checked with its modulus 11 check digit."""

from __future__ import annotations

import pytest

from sharedesk.core.records import nhs_number
from sharedesk.core.records.validation import normalise_fields, validate_fields

BASE = {"reasons": "r", "decision_maker": "d", "role": "r"}


@pytest.mark.parametrize("number", ["9434765919", "943 476 5919", "943-476-5919", "4010232137"])
def test_valid_numbers_pass(number: str) -> None:
    assert nhs_number.problem(number) is None
    assert not [p for p in validate_fields({**BASE, "nhs_number": number}, (), "do_not_share")
                if p.field == "nhs_number"]


@pytest.mark.parametrize("number", ["9434765918", "9434765910", "0000000001"])
def test_a_wrong_check_digit_is_an_error(number: str) -> None:
    problems = [p for p in validate_fields({**BASE, "nhs_number": number}, (), "do_not_share")
                if p.field == "nhs_number"]
    assert [(p.message, p.blocking) for p in problems] == [("NHS number check digit is wrong", True)]


def test_a_remainder_of_ten_has_no_valid_check_digit() -> None:
    # 11 - (sum % 11) == 10 leaves no digit: no number with such a first nine digits is issued
    prefix = next(f"{n:09d}" for n in range(100_000_000, 100_001_000)
                  if nhs_number.check_digit(f"{n:09d}") is None)
    for last in "0123456789":
        assert nhs_number.problem(prefix + last) == "NHS number check digit is wrong"


@pytest.mark.parametrize("number", ["12345", "94347659190", "943476591x", "٩٤٣٤٧٦٥٩١٩"])
def test_not_ten_digits(number: str) -> None:
    assert nhs_number.problem(number) == "An NHS number has 10 digits."


def test_optional_and_stored_without_spaces() -> None:
    assert not [p for p in validate_fields(BASE, (), "do_not_share") if p.field == "nhs_number"]
    assert normalise_fields({"nhs_number": " 943 476 5919 "})["nhs_number"] == "9434765919"
