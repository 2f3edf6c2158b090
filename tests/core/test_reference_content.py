"""The shipped reference library states the corrected facts of issue 11, each with its citation.

Each test names the source the fact comes from; every assertion fails on the library as it was
before the correction (2013 Caldicott wording, "lawful reason", no recognised legitimate
interest, Clare's and Sarah's Law presented as UK-wide, police on the s.47(11) list...)."""

from __future__ import annotations

import pytest

from sharedesk.core.reference import Library, load_library


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def test_every_entry_cites_a_dated_source(library: Library) -> None:
    for entry in library.entries:
        assert entry.source.document and entry.source.date, entry.id


def test_caldicott_principles_use_the_december_2020_wording(library: Library) -> None:
    """The Eight Caldicott Principles, National Data Guardian, December 2020."""
    section = library.section("caldicott")
    assert [e.id for e in section.entries] == [f"caldicott-{n}" for n in range(1, 9)]
    assert section.entries[0].source.date.startswith("2020-12")
    titles = [e.title for e in section.entries]
    assert "Use confidential information only when it is necessary" in titles[1]
    assert "necessary for the specified purpose" in section.entries[1].text
    assert "Everyone with access to confidential information" in titles[4]
    assert ("The duty to share information for individual care is as important as the duty to "
            "protect patient confidentiality") in titles[6]
    assert "Inform patients and service users about how their confidential information" in titles[7]
    for entry in section.entries:  # the 2013 wording is gone
        for old in ("personal confidential data", "absolutely necessary", "can be as important"):
            assert old not in f"{entry.title} {entry.text}", (entry.id, old)


def test_2018_golden_rules_follow_the_national_text(library: Library) -> None:
    """HM Government advice, July 2018, seven golden rules (p.4)."""
    rule4 = library.entry("gr2018-4-consent").text
    assert "Where possible, share information with consent" in rule4
    assert "lawful basis" in rule4 and "lawful reason" not in rule4
    rule6 = library.entry("gr2018-6-principles")
    assert "relevant, adequate, accurate, timely and secure" in rule6.title
    rule7 = library.entry("gr2018-7-record").text
    assert "whether it is to share information or not" in rule7
    assert "no longer than" not in rule7  # Derby and Derbyshire's local addition
    intro = library.section("golden-rules-2018").intro
    assert "Derby and Derbyshire" in intro and "not part of the national rule" in intro


def test_consent_help_is_consistent_with_2018_rule_4(library: Library) -> None:
    """Consent is rarely the right lawful basis, yet 2018 rule 4 says share with consent where
    possible: the consent entry must reconcile the two, not contradict the rule."""
    consent = library.entry("art6-consent").text
    assert "2018 golden rule 4" in consent and "where possible" in consent
    assert "lawful basis, such as where safety may be at risk" in consent


def test_2018_and_2024_rules_have_distinct_titles(library: Library) -> None:
    old, new = library.section("golden-rules-2018"), library.section("golden-rules-2024")
    assert old.title != new.title and "2018" in old.title and "2024" in new.title
    old_titles = {e.title for e in old.entries}
    assert not old_titles & {e.title for e in new.entries}
    assert all(e.title.startswith("2018 rule") for e in old.entries)
    assert all(e.title.startswith("2024 rule") for e in new.entries)


def test_2024_rules_5_and_6(library: Library) -> None:
    """DfE advice, May 2024, golden rules 5 and 6."""
    rule5 = library.entry("gr2024-5-identities").text
    assert "you and the person or organisation receiving the information" in rule5
    assert "abuser" in rule5
    rule6 = library.entry("gr2024-6-relevant").text
    assert "safeguarding the child and/or providing their family with support" in rule6


def test_recognised_legitimate_interest_and_the_duty_of_confidence(library: Library) -> None:
    """UK GDPR Art 6(1)(ea) and Annex 1 (Data (Use and Access) Act 2025, s.70, Sch 4; in force
    5 February 2026); common-law duty of confidence."""
    rli = library.entry("art6-recognised-legitimate-interest")
    assert "Data (Use and Access) Act 2025" in rli.source.document
    assert rli.source.date == "2026-02-05"
    for fact in ("5 February 2026", "safeguarding a vulnerable individual",
                 "Public authorities cannot use it", "public task", "no balancing test"):
        assert fact in rli.text, fact
    for entry_id in ("confidence-and-lawful-basis", "common-law-confidentiality"):
        text = library.entry(entry_id).text
        for fact in ("consent", "legal requirement", "overriding public interest", "Article 6"):
            assert fact in text, (entry_id, fact)
    assert "duty of confidence" in library.section("uk-gdpr-article-6").intro


def test_disclosure_schemes_by_country(library: Library) -> None:
    for scheme in ("dvds-clares-law", "csods-sarahs-law"):
        assert library.entry(scheme).title.endswith("England and Wales")
        assert "does not apply in Scotland" in library.entry(scheme).text
    dsdas = library.entry("dsdas-scotland")
    assert "Disclosure Scheme for Domestic Abuse Scotland (DSDAS)" in dsdas.title
    assert "Police Scotland" in dsdas.text
    assert "Keeping Children Safe" in library.entry("scod-keeping-children-safe").title
    assert "DSDAS" in library.section("disclosure-schemes").intro


def test_section_47_lists_the_bodies_under_the_duty_to_assist(library: Library) -> None:
    """Children Act 1989, s.47(9) to (11), as amended."""
    entry = library.entry("ca1989-s47")
    assert "section 47(1), (9), (10) and (11)" in entry.source.document
    for body in ("any local housing authority", "NHS England", "integrated care board",
                 "NHS foundation trust", "any person authorised by the Secretary of State",
                 "unreasonable"):
        assert body in entry.text, body
    assert "The police, schools, academies and GP practices are not on the list" in entry.text


def test_criminal_offence_data_is_article_10_not_article_9(library: Library) -> None:
    entry = library.entry("art10-criminal-offence-data")
    assert "Article 10" in entry.text and "Schedule 1" in entry.text
    assert "not special category data" in library.section("special-category").intro
    assert "Article 10" in library.entry("scot-lawful-basis").text


def test_scotland_entries_cite_ngcps_and_girfec(library: Library) -> None:
    """NGCPS 2021 (updated 2023) paras 1.129, 1.134, 3.1; GIRFEC practice guidance 4 Annex D."""
    protect = library.entry("scot-child-protection")
    assert "possible harm" in protect.text and "without delay" in protect.text
    assert "judged by police, social work or health" in protect.text
    for para in ("1.129", "3.1"):
        assert para in protect.source.document
    views = library.entry("scot-childs-views")
    assert "1.134" in views.source.document and "views" in views.text
    choice = library.entry("scot-consent-genuine-choice")
    assert "Annex D" in choice.source.document and "genuinely depends" in choice.text


def test_ico_step_8_names_the_bases(library: Library) -> None:
    """ICO, A 10 step guide to sharing information to safeguard children, 14 September 2023."""
    step8 = library.entry("ico-step-8")
    assert step8.source.date == "2023-09-14"
    for basis in ("public task", "legal obligation", "vital interests", "legitimate interests"):
        assert basis in step8.text, basis
