"""Typed dates: UK day/month/year and ISO, stored as ISO, with plain messages."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from sharedesk.core.records import dates
from sharedesk.core.records.validation import normalise_fields


@pytest.mark.parametrize("typed,expected", [
    ("31/03/2026", date(2026, 3, 31)), ("1/4/2026", date(2026, 4, 1)),
    ("01.04.2026", date(2026, 4, 1)), (" 2026-04-01 ", date(2026, 4, 1)),
    ("29/02/2028", date(2028, 2, 29)),
])
def test_parse_date_reads_uk_and_iso(typed: str, expected: date) -> None:
    assert dates.parse_date(typed) == expected


@pytest.mark.parametrize("typed,message", [
    ("31/02/2026", "31 February does not exist."),
    ("31/04/2026", "31 April does not exist."),
    ("29/02/2026", "29 February 2026 does not exist (2026 is not a leap year)."),
    ("12/13/2026", "There is no month 13"),
    ("2026/03/31", "Enter the date as day/month/year"),
])
def test_impossible_dates_are_named(typed: str, message: str) -> None:
    with pytest.raises(dates.DateProblem) as raised:
        dates.parse_date(typed)
    assert str(raised.value).startswith(message)


def test_datetime_with_a_time() -> None:
    assert dates.parse_datetime("23/11/2026 14:30") == datetime(2026, 11, 23, 14, 30)
    with pytest.raises(dates.DateProblem, match="not a time of day"):
        dates.parse_datetime("23/11/2026 25:30")


def test_fields_are_stored_as_iso() -> None:
    out = normalise_fields({"review_date": "31/03/2027", "subject_dob": "2015-01-02",
                            "shared_when": "23/11/2026 14:30", "reasons": "31/03/2027"})
    assert out == {"review_date": "2027-03-31", "subject_dob": "2015-01-02",
                   "shared_when": "2026-11-23T14:30", "reasons": "31/03/2027"}
    assert normalise_fields({"review_date": "soon"}) == {"review_date": "soon"}
    assert dates.display_date("2027-03-31") == "31/03/2027"
