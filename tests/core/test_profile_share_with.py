"""contacts.share_with: the organisation's usual recipients, offered by the record form."""

from __future__ import annotations

import pytest

from sharedesk.core.errors import ProfileError
from sharedesk.core.profile import ShareContact, parse_profile, recipient_choices

BASE = """schema = 1
[organisation]
name = "Northshire Primary School"
jurisdiction = "England"
default_flow = "england-2018"

[contacts.front_door]
name = "Northshire MASH"
phone = "0300 123 4567"

[contacts.dsl]
name = "Pat Example"
role = "Designated safeguarding lead"
"""


def test_share_with_contacts_come_first_then_the_local_contacts() -> None:
    profile = parse_profile(BASE + """
[[contacts.share_with]]
organisation = "Northshire Children's Services"
role = "Early help coordinator"
name = "R. Okafor"

[[contacts.share_with]]
organisation = "Northshire School Nursing"
""")
    assert profile.share_with == (
        ShareContact("R. Okafor", "Northshire Children's Services", "Early help coordinator"),
        ShareContact("", "Northshire School Nursing", ""))
    assert recipient_choices(profile) == (
        "Northshire Children's Services, Early help coordinator, R. Okafor",
        "Northshire School Nursing",
        "Northshire MASH, Children's social care front door",
        "Pat Example, Designated safeguarding lead")
    assert recipient_choices(None) == ()


def test_a_profile_without_share_with_still_offers_its_contacts() -> None:
    assert parse_profile(BASE).share_with == ()
    assert recipient_choices(parse_profile(BASE))[0] == \
        "Northshire MASH, Children's social care front door"


@pytest.mark.parametrize(("extra", "message"), [
    ('[contacts]\nshare_with = "MASH"\n', "must be a list of tables"),
    ('[[contacts.share_with]]\nphone = "0300 1"\n', "must be a list of tables"),
    ('[[contacts.share_with]]\nrole = "Social worker"\n', "needs a name or an organisation"),
    ('[[contacts.share_with]]\nname = 7\n', "must be text"),
])
def test_bad_share_with_entries_are_refused_in_one_line(extra: str, message: str) -> None:
    text = BASE.replace("[contacts.front_door]", extra + "\n[contacts.front_door]") \
        if extra.startswith("[contacts]") else BASE + extra
    with pytest.raises(ProfileError, match=message) as info:
        parse_profile(text)
    assert "\n" not in str(info.value)
