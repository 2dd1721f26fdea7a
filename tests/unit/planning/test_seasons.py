"""Seasonal notes follow what the brief sells and when it runs: Valentine's week for a
jeweller (with the order-by ask when the brief gives a made-to-order time, and no "January is
cheap" line beside it), the wedding-supplier booking months, the spring tyre change, the
school year's start; an UNSURE season says so, and a business with no season gets none."""

from __future__ import annotations

from typing import Any

from adsage.advisor.budget_notes import season_notes
from adsage.planning.seasons import seasons_data


def _brief(ebike: Any, **over: Any) -> Any:
    return ebike(objective="OUTCOME_SALES", goal="100 orders", **over)


def _notes(brief: Any) -> str:
    return " ".join(season_notes(brief))


def test_a_jeweller_before_valentines_gets_the_gift_season_not_cheap_january(ebike: Any) -> None:
    brief = _brief(
        ebike,
        product="Handmade recycled-silver rings and necklaces",
        schedule={"start": "2027-01-12", "end": "2027-02-14"},
        audience={"locations": ["GB"]},
        benefits=["Made to order in 5 working days"],
    )
    notes = _notes(brief)
    assert "Valentine's Day" in notes and "UNSURE" in notes
    assert "“Made to order in 5 working days”" in notes and "last day to order" in notes
    assert "yearly low" not in notes  # rising gift CPMs, not the January low


def test_polish_gift_season_rests_on_the_polish_benchmarks_page(ebike: Any) -> None:
    brief = _brief(
        ebike,
        language="pl",
        product="Biżuteria ze srebra",
        schedule={"start": "2027-01-20", "end": "2027-02-14"},
        audience={"locations": ["PL"]},
    )
    notes = _notes(brief)
    assert "walentynkami" in notes and "szacunki agencji" in notes
    assert "no market data" not in notes and "brak danych" not in notes


def test_the_same_flight_for_a_bike_shop_keeps_the_generic_calendar_line(ebike: Any) -> None:
    brief = _brief(ebike, schedule={"start": "2027-01-12", "end": "2027-02-14"})
    notes = _notes(brief)
    assert "Valentine" not in notes and "yearly low" in notes


def test_wedding_photographer_in_winter_gets_the_booking_months(ebike: Any) -> None:
    brief = _brief(
        ebike,
        language="pl",
        product="Fotografia ślubna – reportaż z całego dnia ślubu",
        schedule={"start": "2027-01-10", "end": "2027-03-31"},
        audience={"locations": ["PL"]},
    )
    notes = _notes(brief)
    assert "usługodawców ślubnych" in notes and "niepotwierdzone" in notes


def test_tyre_change_only_in_its_season(ebike: Any) -> None:
    spring = _brief(
        ebike,
        language="pl",
        product="Mechanika samochodowa, wymiana opon",
        schedule={"start": "2027-03-15", "end": "2027-04-30"},
        audience={"locations": ["PL"]},
    )
    assert "wiosenny sezon wymiany opon" in _notes(spring)
    summer = _brief(
        ebike,
        language="pl",
        product="Mechanika samochodowa, wymiana opon",
        schedule={"start": "2027-06-01", "end": "2027-07-15"},
        audience={"locations": ["PL"]},
    )
    assert "opon" not in _notes(summer)


def test_back_to_school_for_a_childrens_language_school(ebike: Any) -> None:
    brief = _brief(
        ebike,
        language="pl",
        product="Kursy angielskiego dla dzieci 4-12 lat w małych grupach",
        schedule={"start": "2027-08-16", "end": "2027-09-15"},
        audience={"locations": ["PL"]},
    )
    assert "początek roku szkolnego" in _notes(brief)


def test_every_season_has_a_source_and_both_languages() -> None:
    from adsage.i18n import t

    for s in seasons_data().seasons:
        assert s.source.strip() and s.as_of
        for lang in ("en", "pl"):
            text = t(f"plan.season.{s.key}", lang)
            if s.confidence == "UNSURE":
                assert "UNSURE" in text or "niepotwierdzone" in text, (s.key, lang)


def test_a_benefit_word_does_not_make_a_nurse_job_a_school_season(ebike: Any) -> None:
    """ "Dofinansowanie specjalizacji i kursów" is a perk of a job, not a class that starts in
    September: a recruitment flight over late August gets no school-year note or ad line."""
    from adsage.drafting.offline.seasonal import season_line

    brief = ebike(
        objective="OUTCOME_LEADS",
        goal="25 zgłoszeń",
        language="pl",
        special_ad_category="EMPLOYMENT",
        product="Praca dla pielęgniarek i pielęgniarzy w szpitalu prywatnym we Wrocławiu",
        offer="Umowa o pracę, od 9500 zł brutto",
        benefits=["Dofinansowanie specjalizacji i kursów"],
        schedule={"start": "2027-06-01", "end": "2027-08-31"},
        audience={"locations": ["PL"]},
    )
    assert "roku szkolnego" not in _notes(brief)
    assert season_line(brief, "jobs_general", "pl") == ()


def test_a_self_paced_online_course_has_no_school_year_start(ebike: Any) -> None:
    brief = _brief(
        ebike,
        language="pl",
        product="Kurs online Excel od podstaw do tabel przestawnych",
        offer="Dostęp bez limitu czasu",
        schedule={"start": "2027-09-01", "end": "2027-09-30"},
        audience={"locations": ["PL"]},
    )
    assert "roku szkolnego" not in _notes(brief)
