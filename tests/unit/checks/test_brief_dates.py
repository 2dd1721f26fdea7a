"""Dates in a brief against the calendar and the schedule: the computus, the review briefs
that got them wrong (bakery, taproom) and no question raised for the briefs that got them
right."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from adsage.checks.brief_dates import (
    RULE_PASSED,
    RULE_WEEKDAY,
    brief_date_findings,
    brief_dates_rule,
    day_in,
    easter_sunday,
    named_day_findings,
    weekday_findings,
    weekdays_in,
)
from adsage.models.brief import load_brief

DATA = Path(__file__).resolve().parents[2] / "data"
BRIEFS = sorted(
    p
    for d in ("review_briefs", "review2_briefs", "review3_briefs")
    for p in (DATA / d).glob("*.yaml")
)


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (1818, date(1818, 3, 22)),  # the earliest possible date
        (1943, date(1943, 4, 25)),  # the latest possible date
        (2000, date(2000, 4, 23)),
        (2008, date(2008, 3, 23)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2038, date(2038, 4, 25)),
    ],
)
def test_easter_sunday_matches_the_published_dates(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


@pytest.mark.parametrize(
    ("key", "year", "expected"),
    [
        ("fat_thursday", 2027, date(2027, 2, 4)),
        ("fat_thursday", 2026, date(2026, 2, 12)),
        ("ash_wednesday", 2027, date(2027, 2, 10)),
        ("good_friday", 2027, date(2027, 3, 26)),
        ("easter_monday", 2026, date(2026, 4, 6)),
        ("corpus_christi", 2027, date(2027, 5, 27)),
        ("corpus_christi", 2026, date(2026, 6, 4)),
        ("mothering_sunday", 2027, date(2027, 3, 7)),
        ("mothers_day_us", 2027, date(2027, 5, 9)),
        ("dzien_matki", 2027, date(2027, 5, 26)),
        ("thanksgiving_us", 2026, date(2026, 11, 26)),
        ("black_friday", 2026, date(2026, 11, 27)),
        ("black_friday", 2027, date(2027, 11, 26)),
        ("cyber_monday", 2026, date(2026, 11, 30)),
        ("thanksgiving_ca", 2027, date(2027, 10, 11)),
        ("christmas_eve", 2027, date(2027, 12, 24)),
    ],
)
def test_named_days_fall_on_their_calendar_dates(key: str, year: int, expected: date) -> None:
    assert day_in(brief_dates_rule().days[key], year) == expected


def test_rule_file_carries_source_and_date_for_every_day() -> None:
    rule = brief_dates_rule()
    assert rule.source and rule.as_of and rule.severity == "warning"
    for key, day in rule.days.items():
        ways = [day.easter is not None, day.fixed is not None, day.nth is not None]
        assert sum(ways) == 1, key
        assert day.source, key


def _brief(name: str):  # type: ignore[no-untyped-def]
    return load_brief(next(p for p in BRIEFS if p.name == name))


def test_bakery_fat_thursday_passed_before_the_campaign_starts() -> None:
    found = brief_date_findings(_brief("03_piekarnia_pl.yaml"))
    assert [(f.rule, f.severity, f.field) for f in found] == [(RULE_PASSED, "warning", "offer")]
    msg = found[0].message
    assert "„Tłusty Czwartek”" in msg and "4 lutego 2027" in msg and "15 lutego 2027" in msg
    assert found[0].suggestion and found[0].suggestion.startswith("Zapytaj klienta")


def test_taproom_thursday_offer_is_not_an_opening_night() -> None:
    found = brief_date_findings(_brief("10_taproom_en.yaml"))
    assert [(f.rule, f.severity, f.field) for f in found] == [(RULE_WEEKDAY, "warning", "offer")]
    assert "“Friday and Saturday nights”" in found[0].message
    assert "Thursdays in March" in found[0].message
    assert found[0].suggestion and found[0].suggestion.startswith("Ask the client")


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_no_question_for_briefs_whose_dates_agree(path: Path) -> None:
    flagged = {"03_piekarnia_pl.yaml": RULE_PASSED, "10_taproom_en.yaml": RULE_WEEKDAY}
    rules = [f.rule for f in brief_date_findings(load_brief(path))]
    assert rules == ([flagged[path.name]] if path.name in flagged else []), rules


def _passed(text: str, start: date, end: date, countries: tuple[str, ...] = ("GB",)) -> list[str]:
    found = named_day_findings({"offer": text}, start, end, list(countries), "en")
    return [f.message for f in found]


def test_a_day_inside_or_just_after_the_schedule_is_no_question() -> None:
    # the bakery's flight moved to cover the day, and a charity closing before Christmas
    assert not _passed("Pączki w Tłusty Czwartek", date(2027, 1, 25), date(2027, 2, 4))
    assert not _passed("Raise 15000 GBP before Christmas", date(2026, 12, 1), date(2026, 12, 23))
    # "after Christmas" names a reference point, not the day on offer
    assert not _passed("After Christmas sale", date(2027, 1, 2), date(2027, 1, 20))
    assert _passed("Christmas sale", date(2027, 1, 2), date(2027, 1, 20))


def test_english_message_names_the_computed_date() -> None:
    [msg] = _passed("Black Friday: 30% off", date(2027, 1, 5), date(2027, 1, 31), ("PL",))
    assert "27 November 2026" in msg and "5 January 2027" in msg


def test_mothers_day_date_is_never_assumed_for_mixed_or_unknown_markets() -> None:
    start, end = date(2027, 3, 15), date(2027, 3, 31)
    assert _passed("Mother's Day gift boxes", start, end, ("GB",))  # 7 March 2027
    assert not _passed("Mother's Day gift boxes", start, end, ("US",))  # 9 May 2027 ahead
    assert not _passed("Mother's Day gift boxes", start, end, ("GB", "US"))
    assert not _passed("Mother's Day gift boxes", start, end, ())


def test_weekday_ranges_closed_days_and_named_days() -> None:
    rule = brief_dates_rule()
    assert weekdays_in("Open Tuesday to Sunday", rule) == {1, 2, 3, 4, 5, 6}
    assert weekdays_in("czynne od wtorku do soboty", rule) == {1, 2, 3, 4, 5}
    assert weekdays_in("Pączki w Tłusty Czwartek", rule) == set()
    assert weekdays_in("Black Friday deals", rule) == set()
    assert weekdays_in("Street food every weekend", rule) == {5, 6}
    assert weekdays_in("Open Monday - Friday", rule) == {0, 1, 2, 3, 4}
    # the offer's end is not a day it runs on
    assert weekdays_in("20% taniej tylko do niedzieli", rule) == set()
    assert weekdays_in("Two for one until Sunday", rule) == set()

    def ask(offer: str, product: str, benefits: list[str]) -> list[str]:
        return [f.rule for f in weekday_findings(offer, product, benefits, "en", rule)]

    assert ask("Monday brunch 20% off", "Café", ["Open Tuesday to Sunday"]) == [RULE_WEEKDAY]
    assert ask("Sunday brunch 20% off", "Café", ["Open Tuesday to Sunday"]) == []
    assert ask("Sunday brunch 20% off", "Café", ["Open Tuesday - Sunday"]) == []
    assert ask("10% off until Monday", "Café", ["Open Tuesday to Sunday"]) == []
    assert ask("2 for 1 on Mondays", "Bistro", ["Closed on Mondays"]) == [RULE_WEEKDAY]
    # a benefit that names a day for something else is not an opening-hours statement
    assert ask("Sunday roast for 12 GBP", "Gastropub", ["Live music on Fridays"]) == []
    # a named day in the offer is not a weekday offer
    assert ask("Black Friday: 30% off", "Shop, Monday to Thursday", []) == []
    pl = weekday_findings(
        "Pizza za pół ceny w poniedziałki",
        "Pizzeria",
        ["Czynne od wtorku do niedzieli"],
        "pl",
        rule,
    )
    assert [f.rule for f in pl] == [RULE_WEEKDAY] and "Czynne od wtorku do niedzieli" in pl[
        0
    ].message
