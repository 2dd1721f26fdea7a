"""Copy checks: lengths, CTA, link, empty fields, character counting."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from adsage.checks.copy import AdCopy, check_copy
from adsage.checks.lexicon import char_count


def rules_of(**fields: object) -> dict[str, str]:
    return {f.rule: f.severity for f in check_copy(AdCopy.model_validate(fields))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("abc", 3),
        ("zażółć", 6),
        ("👍🏽", 1),
        ("👩‍👩‍👧", 1),
        ("❤️", 1),
        ("🇵🇱🇬🇧", 2),
        ("🏳️‍🌈 ok", 4),
        ("z\u0307", 1),  # decomposed ż
        ("1️⃣", 1),
    ],
)
def test_char_count_counts_what_readers_see(text: str, expected: int) -> None:
    assert char_count(text) == expected


def test_clean_copy_in_both_languages_has_no_findings() -> None:
    assert (
        rules_of(
            primary_text="Shop our winter sale — 30% off all boards until 24 December.",
            headline="Winter sale: 30% off",
            description="Free returns",
            cta="SHOP_NOW",
            link="https://example.com/sale",
        )
        == {}
    )
    assert (
        rules_of(
            primary_text="Zamów teraz i odbierz rabat 20% na pierwszy zakup.",
            headline="Rabat 20% 🎉",
            cta="ORDER_NOW",
            link="https://sklep.example.pl/promocja",
            lang="pl",
        )
        == {}
    )


@pytest.mark.parametrize(
    ("field", "recommended"), [("primary_text", 125), ("headline", 40), ("description", 30)]
)
@pytest.mark.parametrize("letter", ["a", "ż"])
def test_length_over_recommendation_warns(field: str, recommended: int, letter: str) -> None:
    base = {"primary_text": "Hello"}
    assert f"copy.{field}.length" not in rules_of(**{**base, field: letter * recommended})
    found = rules_of(**{**base, field: letter * (recommended + 1)})
    assert found[f"copy.{field}.length"] == "warning"


def test_emoji_do_not_inflate_length() -> None:
    text = "a" * 39 + "👍🏽"  # 40 readers' characters, 41+ code points
    assert "copy.headline.length" not in rules_of(primary_text="x", headline=text)


def test_length_over_unsure_ceiling_is_only_a_warning() -> None:
    found = check_copy(AdCopy(primary_text="x", headline="y" * 300))
    (f,) = [f for f in found if f.rule == "copy.headline.length"]
    assert f.severity == "warning" and "maximum" in f.message


@pytest.mark.parametrize(
    ("cta", "guess"),
    [("SEND_MESSAGE", "MESSAGE_PAGE"), ("SHOP_NOWW", "SHOP_NOW"), ("LERN_MORE", "LEARN_MORE")],
)
def test_invalid_cta_suggests_closest(cta: str, guess: str) -> None:
    (f,) = [
        f for f in check_copy(AdCopy(primary_text="x", cta=cta)) if f.rule == "copy.cta.invalid"
    ]
    assert f.severity == "error" and f.suggestion and guess in f.suggestion


@pytest.mark.parametrize("cta", ["LEARN_MORE", "WHATSAPP_MESSAGE", "BOOK_NOW", "NO_BUTTON"])
def test_valid_cta(cta: str) -> None:
    assert "copy.cta.invalid" not in rules_of(primary_text="x", cta=cta)


def test_cta_written_as_label_is_only_info() -> None:
    assert rules_of(primary_text="x", cta="Shop now")["copy.cta.invalid"] == "info"


@pytest.mark.parametrize(
    ("link", "severity"),
    [
        ("http://example.com", "warning"),
        ("example.com/sale", "error"),
        ("ftp://example.com", "error"),
        ("https://localhost", "error"),
        ("https://exa mple.com", "error"),
        ("https://{{url}}", "error"),
    ],
)
def test_bad_links(link: str, severity: str) -> None:
    assert rules_of(primary_text="x", link=link)["copy.link.invalid"] == severity


@pytest.mark.parametrize(
    "link", ["https://example.com", "https://sklep.pl/kurtki?kolor=czarny#top", "https://żółw.pl"]
)
def test_good_links(link: str) -> None:
    assert "copy.link.invalid" not in rules_of(primary_text="x", link=link)


def test_missing_primary_text_is_an_error() -> None:
    assert rules_of(headline="Hello")["copy.empty_field"] == "error"
    assert rules_of(primary_text="   ")["copy.empty_field"] == "error"


def test_blank_optional_field_warns() -> None:
    assert rules_of(primary_text="Cześć", headline=" ")["copy.empty_field"] == "warning"


def test_unknown_field_is_rejected() -> None:
    with pytest.raises(ValidationError):
        AdCopy.model_validate({"primary_text": "x", "headlne": "typo"})


def test_placement_must_be_known() -> None:
    with pytest.raises(ValidationError):
        AdCopy.model_validate({"primary_text": "x", "placement": "billboard"})


text_st = st.text(alphabet=st.characters(codec="utf-8"), max_size=400)


@settings(max_examples=150, deadline=None)
@given(p=text_st, h=text_st, d=text_st, cta=st.none() | text_st, link=st.none() | text_st)
def test_never_crashes_on_arbitrary_unicode(
    p: str, h: str, d: str, cta: str | None, link: str | None
) -> None:
    findings = check_copy(AdCopy(primary_text=p, headline=h, description=d, cta=cta, link=link))
    assert all(f.rule.split(".")[0] in {"copy", "policy"} for f in findings)


@pytest.mark.parametrize("chunk", ["a", "Ą ", "👍🏽", "!?", "F.", "masz "])
def test_huge_input(chunk: str) -> None:
    text = (chunk * 100_000)[:100_000]
    found = check_copy(AdCopy(primary_text=text, headline=text))
    assert "copy.primary_text.length" in {f.rule for f in found}


def test_cta_missing_from_the_sdk_enum_only_warns() -> None:
    from adsage.checks.copy import check_cta

    found = check_cta("VISIT_WEBSITE")
    assert [(f.rule, f.severity) for f in found] == [("copy.cta.unconfirmed", "warning")]
    assert check_cta("LEARN_MORE") == []
