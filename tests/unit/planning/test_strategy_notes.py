"""Budget and targeting notes a strategist expects from the brief's own facts: the test's
surplus said once with one figure, a budget under the guide said plainly, calendar notes from
the flight's dates, no assumed audiences, the app set-up, languages and a reach fix."""

from __future__ import annotations

from typing import Any

import pytest

from adsage.advisor.ab_section import ab_section
from adsage.advisor.budget_notes import season_notes
from adsage.advisor.sections import budget_section
from adsage.advisor.targeting import targeting_section
from adsage.planning.numbers import choose_objective, plan_numbers
from adsage.planning.pace import floor_cents
from adsage.planning.texts import cents, money


def _sections(brief: Any, metric: str = "purchases", target: float | None = None) -> Any:
    objective, _ = choose_objective(brief)
    nums, lines = plan_numbers(brief, objective, metric, target=target)
    budget = budget_section(brief, objective, metric, nums, lines, reach_fix=target is not None)
    ads: list[dict[str, object]] = [{"headline": "A"}, {"headline": "B"}]
    ab = ab_section(brief, nums, ads, nums.ab.reserved, len(lines) == 1, main_key=lines[0].key)
    return nums, budget, ab


def _text(items: list[str]) -> str:
    return " ".join(items).replace("\xa0", " ").replace("\u202f", " ")


def test_the_surplus_is_one_figure_in_the_ab_and_budget_sections(ebike: Any) -> None:
    nums, budget, ab = _sections(ebike())
    surplus = _text([money(nums.ab.surplus, "EUR", "en")])
    assert nums.ab.surplus > 8000
    verdict = _text([ab.verdict])
    spend = _text([money(nums.ab.test_spend, "EUR", "en")])
    # the A/B section names the test's spend and its budget line; the surplus is said once,
    # in the budget section, as part of the main line (never read as a line of its own)
    assert f"spends {spend}" in verdict and "(the A/B test line of the budget)" in verdict
    assert surplus not in verdict and "EUR 9,000" not in verdict
    notes_text = _text(budget.schedule_notes)
    # the note shows only figures of the table: the test line's amount and where the rest
    # stays; the split's default test share (EUR 9,000) is in no row, so it is never named
    assert (
        f"The A/B test line holds only what the test needs ({spend}); the rest of the budget "
        "stays in the Prospecting line above."
    ) in notes_text
    assert "EUR 9,000" not in notes_text and surplus not in notes_text
    test_line = next(line for line in budget.split if line.key == "testing")
    assert test_line.amount == nums.ab.test_spend
    # one length: the 7-day minimum explained once, no other day count in the verdict
    notes = _text(ab.warnings)
    assert notes.count("at least 7 days") == 1 and "day 7" in notes
    assert "days at" not in verdict and "first 30" not in notes


def test_a_daily_budget_shares_each_day_between_the_test_and_the_main_line(ebike: Any) -> None:
    daily = ebike(budget={"amount": 1000, "currency": "EUR", "type": "daily"})
    nums, budget, _ = _sections(daily)
    ab = nums.ab
    # to the cent, as the bulk sheet's ad sets hold it: the day's budget less the test's
    test_daily = floor_cents(budget.split[-1].amount / ab.duration_days)
    during = _text([cents(nums.daily - test_daily, "EUR", "en")])
    note = f"set Prospecting to {during} a day while the test runs (days 1-{ab.duration_days})"
    assert note in _text(budget.schedule_notes)
    # the main line's amount is exactly those days plus the full days after the test
    main = budget.split[0].amount
    after = nums.days - ab.duration_days
    expected = (nums.daily - ab.daily_budget) * ab.duration_days + nums.daily * after
    assert main == pytest.approx(expected, abs=1)


def test_a_budget_under_the_guide_is_said_plainly(ebike: Any) -> None:
    bakery = ebike(
        language="pl",
        budget={"amount": 40, "currency": "PLN", "type": "daily"},
        schedule={"start": "2027-02-15", "end": "2027-02-27"},
        audience={"locations": ["PL"]},
    )
    _, budget, _ = _sections(bakery)
    notes = _text(budget.schedule_notes)
    assert "40 zł dziennie to mniej niż 60 zł dziennie zalecane na zestaw" in notes
    assert "wystarcza" not in notes


def test_calendar_notes_follow_the_flights_dates(ebike: Any) -> None:
    after = ebike(schedule={"start": "2026-12-26", "end": "2027-01-15"})
    before = ebike(schedule={"start": "2026-12-01", "end": "2026-12-23"})
    spring = ebike()
    assert [n for n in season_notes(after) if "after Christmas" in n]
    assert not [n for n in season_notes(after) if "before Christmas" in n]
    assert [n for n in season_notes(before) if "before Christmas" in n]
    assert season_notes(spring) == []


def test_no_lookalikes_or_retargeting_without_a_named_audience(ebike: Any) -> None:
    cold = targeting_section(ebike())
    assert not cold.lookalikes
    assert any("at least 100 people" in n for n in cold.notes)
    warm = targeting_section(ebike(audience={"locations": ["NL"], "custom_audiences": ["buyers"]}))
    assert warm.lookalikes
    _, budget, _ = _sections(ebike())
    assert "retargeting" not in [line.key for line in budget.split]
    assert "1,000 people" in _text(budget.schedule_notes)
    assert "lookalike" not in budget.split[0].purpose


def test_app_campaign_targets_location_only_and_lists_its_set_up(ebike: Any) -> None:
    app = ebike(
        language="pl",
        product="Aplikacja do liczenia kroków",
        goal="20 000 instalacji aplikacji na Androidzie i iOS w 6 tygodni",
        objective="OUTCOME_APP_PROMOTION",
        landing_url="https://kroczek.example/pobierz",
        budget={"amount": 2000, "currency": "PLN", "type": "daily"},
        audience={"locations": ["PL"], "interests": ["bieganie"], "age": [18, 44]},
    )
    tg = targeting_section(app)
    assert tg.interests == [] and not tg.lookalikes and (tg.age_min, tg.age_max) == (18, 65)
    assert any("ustaw tylko lokalizację i język" in n for n in tg.notes)
    _, budget, _ = _sections(app, "installs")
    notes = _text(budget.schedule_notes)
    assert "App Store i Google Play" in notes and "SDK" in notes
    assert "osobne kampanie na iOS i Androida" in notes
    assert "https://kroczek.example/pobierz" in notes


def test_countries_with_several_languages_get_language_ad_sets(ebike: Any) -> None:
    _, budget, _ = _sections(ebike())
    notes = _text(budget.schedule_notes)
    assert "Dutch: NL, BE; French: BE, FR" in notes
    assert "regional average" in notes and "each country" in notes
    _, one, _ = _sections(ebike(audience={"locations": ["PL"]}))
    assert "language group" not in _text(one.schedule_notes)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_language_note_matches_the_sheet_it_comes_with(ebike: Any, lang: str) -> None:
    """The sheet targets every country with ads in the brief's language: the note says so,
    whom that reaches, and one way to reach the rest, not a split the sheet never makes."""
    brief = ebike(language=lang, audience={"locations": ["DE", "NL", "PL", "CZ"]})
    _, budget, _ = _sections(brief)
    notes = _text(budget.schedule_notes)
    own = {"en": "English", "pl": "polski"}[lang]
    sheet = {"en": "import sheet", "pl": "Arkusz importu"}[lang]
    multi = {"en": "multi-language ads", "pl": "reklamy wielojęzyczne"}[lang]
    assert sheet in notes and f"({own})" in notes and multi in notes
    # the old either/or advice left the buyer to pick a set-up the sheet does not build
    assert "Use one ad set per language group" not in notes
    assert "Zrób osobny zestaw reklam dla każdej grupy" not in notes
    others = {"en": "German, Dutch and Czech", "pl": "niemiecki, niderlandzki i czeski"}[lang]
    if lang == "pl":  # the brief's own language is not one to translate into
        assert f"({others})" in notes


def test_a_booking_page_and_an_unreachable_target_get_a_fix(ebike: Any) -> None:
    dental = ebike(
        landing_url="https://brightsidedental.example/book",
        goal="Get 80 booked new-patient appointments in February 2027",
        objective="OUTCOME_LEADS",
        budget={"amount": 25, "currency": "GBP", "type": "daily"},
        schedule={"start": "2027-02-01", "end": "2027-02-28"},
        audience={"locations": ["GB"]},
    )
    nums, budget, _ = _sections(dental, "leads", target=80)
    assert nums.structure == "website_booking"
    notes = _text(budget.schedule_notes)
    assert "instead of an instant form" in notes
    assert nums.results_expected is not None and nums.cost_per_result
    needed = _text([money(80 * nums.cost_per_result, "GBP", "en")])
    assert f"about {nums.results_expected} results (leads)" in notes
    assert f"80 would need about {needed}" in notes
    form = ebike(objective="OUTCOME_LEADS", landing_url="https://x.example/demo")
    assert plan_numbers(form, "OUTCOME_LEADS", "leads")[0].structure == "lead_form"


# the EN and PL wording each test below looks for
WORDS = {
    "en": {
        "peak": "Days 1-18 (to 24 December 2026)",
        "low": "from 26 December 2026 CPMs fall",
        "one": "keep one ad set",
        "many": "move the winner into Prospecting",
        "mixed": "a benchmark of its own exists for United Kingdom",
        "warm": "the brief's custom audiences: 2026 ticket buyers",
        "cold": "excluding those audiences",
    },
    "pl": {
        "peak": "Dni 1-18 (do 24 grudnia 2026)",
        "low": "od 26 grudnia 2026 CPM spada",
        "one": "zostań przy jednym zestawie",
        "many": "przenieś zwycięzcę do zestawu „Pozyskiwanie”",
        "mixed": "osobny benchmark ma też: Wielka Brytania",
        "warm": "niestandardowe grupy odbiorców z briefu: 2026 ticket buyers",
        "cold": "z wykluczeniem",
    },
}
LANGS = pytest.mark.parametrize("lang", ["en", "pl"])


@LANGS
def test_a_flight_over_christmas_gets_one_calendar_note(ebike: Any, lang: str) -> None:
    festival = ebike(language=lang, schedule={"start": "2026-12-07", "end": "2027-01-31"})
    notes = season_notes(festival)
    # one note with the day costs turn, not "before Christmas" and "after Christmas" both
    assert len(notes) == 1
    assert WORDS[lang]["peak"] in notes[0] and WORDS[lang]["low"] in notes[0]
    assert "November" not in notes[0] and "listopad" not in notes[0]


@LANGS
def test_one_ad_set_advice_only_in_a_plan_with_one_ad_set(ebike: Any, lang: str) -> None:
    # few results a week: the learning-phase advice must fit the plan's own ad sets
    slow = ebike(
        language=lang,
        budget={"amount": 8000, "currency": "EUR", "type": "lifetime"},
        schedule={"start": "2027-02-01", "end": "2027-03-26"},
    )
    _, budget, _ = _sections(slow)
    assert len(budget.split) >= 2
    assert WORDS[lang]["one"] not in budget.learning_phase
    assert WORDS[lang]["many"] in budget.learning_phase


@LANGS
def test_countries_from_two_benchmark_markets_are_named(ebike: Any, lang: str) -> None:
    festival = ebike(language=lang, audience={"locations": ["IE", "GB"]})
    nums, budget, _ = _sections(festival)
    assert nums.benchmark is not None and nums.benchmark.market == "EU"
    notes = _text(budget.schedule_notes)
    assert WORDS[lang]["mixed"] in notes
    assert "The benchmark EU is" not in notes


@LANGS
def test_named_audiences_are_retargeted_and_excluded_from_prospecting(
    ebike: Any, lang: str
) -> None:
    brief = ebike(language=lang, audience={"custom_audiences": ["2026 ticket buyers"]})
    _, budget, _ = _sections(brief)
    lines = {line.key: line.purpose for line in budget.split}
    assert WORDS[lang]["warm"] in lines["retargeting"]
    assert WORDS[lang]["cold"] in lines["prospecting"]
    assert "2026 ticket buyers" in lines["prospecting"]


def test_the_test_line_note_names_no_reserve_the_table_lacks(ebike: Any) -> None:
    """The split's default test share (20%, GBP 800) is in no table row once the test line
    holds only what the test spends: the note names that line's amount and the main line,
    never a reserve the reader cannot find in the table."""
    import re

    brief = ebike(
        budget={"amount": 4000, "currency": "GBP", "type": "lifetime"},
        schedule={"start": "2027-01-07", "end": "2027-03-31"},
        audience={"locations": ["GB"]},
    )
    nums, budget, _ = _sections(brief)
    assert nums.ab.surplus >= 1
    note = next(_text([n]) for n in budget.schedule_notes if "holds only what the test" in n)
    test_line = next(line for line in budget.split if line.key == "testing")
    # the one amount in the note is the test line's, as the table prints it
    assert re.findall(r"GBP [\d,.]+", note) == [f"GBP {round(test_line.amount):,}"], note
    assert "Prospecting" in note
    assert f"GBP {round(nums.ab.reserved):,}" not in _text(budget.schedule_notes)
