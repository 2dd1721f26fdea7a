"""copy.unsupported_claim and copy.repetition: claims must come from the brief's facts."""

from __future__ import annotations

from adsage.checks.claims import check_claims, check_repetition, opener, unsupported
from adsage.checks.copy import AdCopy, check_copy

FACTS = ["DentaPlus", "Check-up and hygiene visit for 99 zł", "Saturday appointments"]


def test_invented_deadline_is_flagged() -> None:
    found = unsupported({"primary_text": "Offer runs until 11 April."}, FACTS)
    assert found == [("primary_text", "11.04")]


def test_polish_deadline_and_percent_are_flagged() -> None:
    text = "Oferta ważna do 31 marca. Rabat 20%."
    claims = [c for _, c in unsupported({"primary_text": text}, ["Darmowa dostawa"])]
    assert claims == ["31.03", "20"]


def test_price_from_the_brief_passes_in_any_spacing() -> None:
    assert unsupported({"headline": "Check-up for 99\u00a0zł"}, FACTS) == []
    assert unsupported({"headline": "Bonus $5,000"}, ["$5,000 sign-on bonus"]) == []
    assert unsupported({"headline": "Premia 5 000 zł"}, ["Premia 5000 zł na start"]) == []


def test_number_not_in_brief_is_flagged() -> None:
    assert unsupported({"headline": "Check-up for 79 zł"}, FACTS) == [("headline", "79")]


def test_guarantee_needs_one_in_the_brief() -> None:
    assert unsupported({"description": "Guaranteed results"}, FACTS) == [
        ("description", "guarantee")
    ]
    assert unsupported({"description": "2-year warranty"}, ["2-year warranty"]) == []


def test_brief_date_is_supported() -> None:
    facts = ["30% off all boards until 24 December"]
    assert unsupported({"primary_text": "30% off until 24 December."}, facts) == []


def test_check_copy_runs_claims_only_with_facts() -> None:
    base = {"primary_text": "Offer ends 11 April.", "headline": "Book now"}
    assert not [f for f in check_copy(AdCopy(**base)) if f.rule == "copy.unsupported_claim"]
    found = [
        f for f in check_copy(AdCopy(**base, facts=FACTS)) if f.rule == "copy.unsupported_claim"
    ]
    assert [f.severity for f in found] == ["warning"]
    assert found[0].field == "primary_text"


def test_polish_message_is_polish() -> None:
    (f,) = check_claims({"primary_text": "Do 31 marca."}, [], "pl")
    assert f.message.startswith("„31.03”") and "briefie" in f.message


def test_repetition_flags_shared_openers_only() -> None:
    texts = [
        "Plans that adapt to your pace. Start today.",
        "Plans that adapt to your pace and more. Install it.",
        "Works offline on your runs. Install it.",
    ]
    found = check_repetition(texts, "en")
    assert [f.field for f in found] == ["copy[1].primary_text"]
    assert "draft 1" in found[0].message
    assert check_repetition(texts[::2], "en") == []


def test_opener_is_first_sentence_words() -> None:
    assert opener("Hello there, friend. More text.", 4) == "hello there friend"


def test_set_checks_attach_to_the_repeating_draft() -> None:
    from adsage.checks.claims import with_set_checks
    from adsage.models.plan import CopyDraft

    def draft(text: str) -> CopyDraft:
        return CopyDraft(
            primary_text=text, headline="H", description="D", cta="SHOP_NOW", framework="AIDA",
            persona="P",
        )  # fmt: skip

    out = with_set_checks([draft("Same start here. A."), draft("Same start here. B.")], "pl")
    assert out[0].report.findings == []
    (f,) = out[1].report.findings
    assert f.rule == "copy.repetition" and f.field == "primary_text"
    assert f.message.startswith("Wersja 2")
