"""Mechanical repairs: pure functions, checked against the validators they serve."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from adsage.checks.copy import AdCopy, check_copy
from adsage.checks.lexicon import char_count
from adsage.drafting.repair import (
    closest_cta,
    collapse_punctuation,
    fix_shouting,
    repair_copy,
    strip_links,
    strip_mentions,
    trim_to_length,
)
from adsage.models.plan import CopyDraft


def test_trim_at_word_boundary() -> None:
    text, note = trim_to_length("Fresh sourdough every weekend, without the fuss", 30)
    assert text == "Fresh sourdough every weekend"
    assert note == "trimmed to 30 chars"
    assert trim_to_length("short", 30) == ("short", None)


def test_trim_counts_emoji_as_one() -> None:
    text = "🍞 " * 20
    out, _ = trim_to_length(text.strip(), 10)
    assert char_count(out) <= 10


def test_trim_single_long_word() -> None:
    out, note = trim_to_length("x" * 50, 40)
    assert out == "x" * 40 and note


@given(st.text(min_size=0, max_size=200), st.integers(min_value=1, max_value=60))
def test_trim_never_exceeds(text: str, limit: int) -> None:
    out, note = trim_to_length(text, limit)
    assert char_count(out) <= limit or note is None and char_count(text) <= limit


def test_collapse_punctuation() -> None:
    assert collapse_punctuation("Buy now!!! Really?!?") == (
        "Buy now! Really?",
        "collapsed repeated punctuation",
    )
    assert collapse_punctuation("Wait.....")[0] == "Wait..."
    assert collapse_punctuation("Fine!") == ("Fine!", None)


def test_fix_shouting_keeps_acronyms_and_sentence_starts() -> None:
    out, note = fix_shouting("BAKE THE BEST BREAD with our USA kit. FRESH every DAY", ["USA"])
    assert out == "Bake the best bread with our USA kit. Fresh every day"
    assert note and "BAKE" in note
    assert fix_shouting("Normal text, OK", ["OK"]) == ("Normal text, OK", None)


def test_strip_mentions_and_links() -> None:
    assert strip_mentions("Tell @everyone  now <!here>") == ("Tell now", "removed mentions")
    out, note = strip_links(
        "Go to https://evil.example/x or https://shop.example/a", ["shop.example"]
    )
    assert out == "Go to or https://shop.example/a" and note


def test_closest_cta() -> None:
    values = ["LEARN_MORE", "SHOP_NOW", "SIGN_UP"]
    assert closest_cta("shop now", values) == ("SHOP_NOW", 'replaced "shop now" with SHOP_NOW')
    assert closest_cta("SHOP_NWO", values)[0] == "SHOP_NOW"
    assert closest_cta("Send message", values)[0] == "LEARN_MORE"
    assert closest_cta("SIGN_UP", values) == ("SIGN_UP", None)


def test_repair_copy_passes_the_validator() -> None:
    draft = CopyDraft(
        primary_text="GET THE BEST SOURDOUGH KIT TODAY!!! Tell @everyone.",
        headline="The easiest sourdough starter kit you will ever buy",
        description="Twenty percent off your very first kit",
        cta="Shop Nwo",
        framework="AIDA",
        persona="p",
    )
    ad = AdCopy(**draft.model_dump(include={"primary_text", "headline", "description", "cta"}))
    findings = check_copy(ad)
    from adsage.drafting.guard import output_findings

    findings += output_findings(draft, canary=None, allowed_hosts=[])
    fixed, notes = repair_copy(draft, findings)
    after = check_copy(
        AdCopy(**fixed.model_dump(include={"primary_text", "headline", "description", "cta"}))
    )
    assert [
        f for f in after if f.severity == "error" or "length" in f.rule or "caps" in f.rule
    ] == []
    assert fixed.cta == "SHOP_NOW"
    assert "@everyone" not in fixed.primary_text
    assert any(n.startswith("headline: trimmed to 40") for n in notes)
    assert any(n.startswith("cta: replaced") for n in notes)
