"""Codes named for readers: one catalogue of readable names, the code kept beside each."""

from __future__ import annotations

import pytest

from adsage.render.labels import coded, confidence, decimals, finding, readable


@pytest.mark.parametrize(
    ("kind", "code", "lang", "text"),
    [
        ("objective", "OUTCOME_LEADS", "pl", "Kontakty (OUTCOME_LEADS)"),
        ("objective", "OUTCOME_LEADS", "en", "Leads (OUTCOME_LEADS)"),
        ("cta", "BOOK_NOW", "pl", "Zarezerwuj (BOOK_NOW)"),
        ("cta", "APPLY_NOW", "pl", "Aplikuj teraz (APPLY_NOW)"),
        ("category", "HOUSING", "pl", "mieszkalnictwo (HOUSING)"),
        ("category", "EMPLOYMENT", "pl", "zatrudnienie (EMPLOYMENT)"),
        ("cta", "NO_SUCH_BUTTON", "pl", "NO_SUCH_BUTTON"),  # unnamed codes stay as they are
    ],
)
def test_coded(kind: str, code: str, lang: str, text: str) -> None:
    assert coded(kind, code, lang) == text


def test_every_code_the_plan_can_carry_has_a_name_in_both_languages() -> None:
    from adsage.i18n import has
    from adsage.render.labels import name
    from adsage.rules.objectives import load_objectives

    for code, obj in load_objectives().objectives.items():
        assert name("objective", code, "pl") and name("objective", code, "en"), code
        for goal in obj.optimization_goals:
            assert has(f"label.goal.{goal}"), goal
    for code in ("LOWEST_COST_WITHOUT_CAP", "COST_CAP", "LOWEST_COST_WITH_BID_CAP"):
        assert has(f"label.bid.{code}"), code


def test_readable_names_codes_in_free_text_once() -> None:
    text = "OUTCOME_LEADS chosen; optimises for LEAD_GENERATION with COST_CAP (UNSURE)"
    out = readable(text, "en")
    assert out.startswith("Leads (OUTCOME_LEADS) chosen")
    assert "instant-form leads (LEAD_GENERATION)" in out
    assert "cost per result goal (COST_CAP)" in out and "(UNSURE)" in out
    assert readable(out, "en") == out  # a named code is not named again
    pl = readable("benchmark rynkowy (Polska) 25 zł (UNSURE), (Polska, 3P)", "pl")
    assert pl == "benchmark rynkowy (Polska) 25 zł (niepotwierdzone), (Polska, źródło zewnętrzne)"
    assert readable("LOWEST_COST_WITH_BID_CAP", "pl") == "limit stawki (LOWEST_COST_WITH_BID_CAP)"


def test_confidence_findings_and_decimals() -> None:
    assert confidence("UNSURE", "pl") == "niepotwierdzone"
    assert confidence("UNSURE", "en") == "UNSURE"
    assert (
        finding("warning", "budget.learning_phase", "Ok. 5 wyników.", "pl")
        == "ostrzeżenie: Ok. 5 wyników. (budget.learning_phase)"
    )
    assert decimals("Obraz – Feed: 4:5–1.91:1", "pl") == "Obraz – Feed: 4:5–1,91:1"
    assert decimals("Image feed: 4:5–1.91:1", "en") == "Image feed: 4:5–1.91:1"


def test_slack_drafts_show_the_button_by_name() -> None:
    from adsage.slack.blocks import variant_blocks

    blocks = variant_blocks(
        [{"name": "A", "primary_text": "x", "headline": "h", "cta": "BOOK_NOW", "link": "l"}],
        lang="pl",
        key="k",
        set_id="s",
    )
    assert "Zarezerwuj (BOOK_NOW)" in str(blocks)


def test_persona_country_lists_name_their_codes_and_nothing_else() -> None:
    from adsage.render.labels import countries_in

    codes = ["NL", "BE", "IE", "DE", "FR", "IT"]
    line = "Ages 25-44 · Netherlands, BE, Ireland +3 · all genders · Knows IT well, BE brief"
    assert countries_in(line, codes, "en") == (
        "Ages 25-44 · Netherlands, Belgium, Ireland +3 · all genders · Knows IT well, BE brief"
    )
    assert countries_in("25-44 lat · Holandia, BE · kobiety", codes, "pl") == (
        "25-44 lat · Holandia, Belgia · kobiety"
    )
