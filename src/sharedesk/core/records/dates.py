"""Dates as practitioners type them: UK day/month/year ("31/01/2026") or ISO ("2026-01-31").

Records store ISO 8601 (``normalise`` turns what was typed into it); screens ask ``problem``
for a plain-words message, so "31/02/2026" gets "31 February does not exist." rather than a
format lecture. Pure functions, no I/O; ``today`` is passed in where the answer depends on it.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime

_UK = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_TIME = re.compile(r"^(?P<day>.+?)(?:[ T]+(?P<h>\d{1,2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?)?\s*$")
_LEAP_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # the longest each month can be

FORMAT_HINT = "Enter the date as day/month/year, for example 31/03/2026."


class DateProblem(ValueError):
    """A typed date that is not a date; ``str()`` is the message for the practitioner."""


def _parts(text: str) -> tuple[int, int, int]:
    uk = _UK.match(text)
    if uk:
        return int(uk[3]), int(uk[2]), int(uk[1])
    iso = _ISO.match(text)
    if iso:
        return int(iso[1]), int(iso[2]), int(iso[3])
    raise DateProblem(FORMAT_HINT)


def parse_date(text: str) -> date:
    """The date typed as dd/mm/yyyy (also d/m/yyyy, dd.mm.yyyy, dd-mm-yyyy) or yyyy-mm-dd.

    Raises DateProblem with a message such as "31 February does not exist.".
    """
    year, month, day = _parts(text)
    if not 1 <= month <= 12:
        raise DateProblem(f"There is no month {month}: {FORMAT_HINT[0].lower()}{FORMAT_HINT[1:]}")
    name = calendar.month_name[month]
    if not 1 <= day <= _LEAP_DAYS[month - 1]:
        raise DateProblem(f"{day} {name} does not exist.")
    if day > calendar.monthrange(year, month)[1]:
        raise DateProblem(f"{day} {name} {year} does not exist ({year} is not a leap year).")
    return date(year, month, day)


def parse_datetime(text: str) -> datetime:
    """A date as ``parse_date`` reads it, optionally followed by a time (14:30 or 14:30:05);
    an ISO timestamp with a zone is read as ISO. DateProblem otherwise."""
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        pass
    m = _TIME.match(text)
    if m is None:
        raise DateProblem(FORMAT_HINT)
    day = parse_date(m["day"])
    if m["h"] is None:
        return datetime(day.year, day.month, day.day)
    hour, minute, second = int(m["h"]), int(m["m"]), int(m["s"] or 0)
    if hour > 23 or minute > 59 or second > 59:
        raise DateProblem(f"{m['h']}:{m['m']} is not a time of day.")
    return datetime(day.year, day.month, day.day, hour, minute, second)


def normalise_date(text: str) -> str:
    """ISO form of a typed date, or the text unchanged when it is not a date (validation then
    says why)."""
    try:
        return parse_date(text).isoformat()
    except DateProblem:
        return text


def normalise_datetime(text: str) -> str:
    try:
        moment = parse_datetime(text)
    except DateProblem:
        return text
    if text.strip().replace("Z", "+00:00") == moment.isoformat():
        return text.strip()  # already ISO, kept exactly as given (zone suffix included)
    return moment.isoformat(timespec="minutes") if moment.second == 0 else moment.isoformat()


def display_date(iso: str) -> str:
    """An ISO date shown the UK way (31/03/2026); anything else as it is."""
    try:
        return date.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return iso


def birth_date_problem(value: date, today: date) -> str | None:
    if value > today:
        return "A date of birth cannot be in the future."
    return None
