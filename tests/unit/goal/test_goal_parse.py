"""Parsing of goal sentences: numbers, metrics, deadlines and language, in EN and PL."""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal.dates import find_dates
from adsage.checks.goal.lexicon import fold
from adsage.checks.goal.numbers import find_quantities, to_float, words_value
from adsage.checks.goal.parse import detect_lang, parse_goal
from adsage.errors import BadInput

TODAY = date(2026, 11, 29)  # a Sunday


def p(text: str, **kw: object):  # type: ignore[no-untyped-def]
    return parse_goal(text, today=TODAY, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Get 300 leads by Friday", 300),
        ("Get 1,000 leads by Friday", 1000),
        ("Zdobyć 1 000 leadów do piątku", 1000),
        ("Zdobyć 1\u00a0000 leadów do piątku", 1000),
        ("Zdobyć 1\u2009000 leadów do piątku", 1000),
        ("Zdobyć 1\u202f000 leadów do piątku", 1000),
        ("Zdobyć 1.000 leadów do piątku", 1000),
        ("Get 1.5k sign-ups this month", 1500),
        ("Get 10k app installs this year", 10000),
        ("10K installs this year", 10000),
        ("2 mln wyświetleń wideo w tym roku", 2_000_000),
        ("Sprzedać 1,5 tys. sztuk do końca roku", 1500),
        ("2,5 tys. leadów w tym kwartale", 2500),
        ("tysiąc nowych fanów w ciągu miesiąca", 1000),
        ("Tysiąc nowych obserwujących do końca marca", 1000),
        ("dwa tysiące leadów w tym roku", 2000),
        ("pięćset zamówień w tym miesiącu", 500),
        ("trzysta rejestracji do 10 grudnia", 300),
        ("dwieście leadów w ciągu 6 tygodni", 200),
        ("sto zamówień do piątku", 100),
        ("milion wyświetleń w tym kwartale", 1_000_000),
        ("pół miliona wyświetleń w tym roku", 500_000),
        ("a thousand new followers within a month", 1000),
        ("a hundred leads by Friday", 100),
        ("ten thousand website visits this quarter", 10000),
        ("two hundred and fifty sign-ups in 30 days", 250),
        ("Reach 1 000 000 people this year", 1_000_000),
        ("Sell 1,250,000 units by 2027-06-30", 1_250_000),
    ],
)
def test_number_notations(text: str, target: float) -> None:
    assert p(text).target == pytest.approx(target)


@pytest.mark.parametrize(
    ("text", "metric", "target", "kind", "direction"),
    [
        ("Increase sales by 20% this quarter", "purchases", 20, "percent", "increase"),
        ("Zwiększyć sprzedaż o 20% do końca roku", "purchases", 20, "percent", "increase"),
        ("Zwiększyć sprzedaż o 20 procent do końca roku", "purchases", 20, "percent", "increase"),
        ("Grow leads by 15 percent in Q1 2027", "leads", 15, "percent", "increase"),
        ("Reduce CPA by 10% by end of month", "cpa", 10, "percent", "decrease"),
        ("Obniżyć koszt leada o 25% w tym kwartale", "cpl", 25, "percent", "decrease"),
        ("Double our Instagram followers by Friday", "followers", 2, "multiplier", "increase"),
        ("Triple newsletter sign-ups in Q3 2027", "signups", 3, "multiplier", "increase"),
        ("Podwoić liczbę obserwujących do piątku", "followers", 2, "multiplier", "increase"),
        ("Potroić liczbę zapisów w tym roku", "signups", 3, "multiplier", "increase"),
        (
            "Dwukrotnie zwiększyć liczbę leadów w ciągu miesiąca",
            "leads",
            2,
            "multiplier",
            "increase",
        ),
        ("Get 2x more leads this quarter", "leads", 2, "multiplier", "increase"),
        ("Halve our CPL by the end of the year", "cpl", 0.5, "multiplier", "decrease"),
        ("Increase CTR to 2% by the end of the month", "ctr", 2, "absolute", "increase"),
        ("Increase CTR by 20% by the end of the month", "ctr", 20, "percent", "increase"),
        ("ROAS 4 in Q3 2027", "roas", 4, "absolute", "reach"),
        ("Achieve ROAS 4x by end of year", "roas", 4, "absolute", "reach"),
        ("Osiągnąć ROAS na poziomie 5 w tym kwartale", "roas", 5, "absolute", "reach"),
    ],
)
def test_percentages_multipliers_and_ratios(
    text: str, metric: str, target: float, kind: str, direction: str
) -> None:
    g = p(text)
    assert (g.metric, g.target, g.target_kind, g.direction) == (metric, target, kind, direction)


@pytest.mark.parametrize(
    ("text", "metric", "target", "currency"),
    [
        ("CPA below 40 PLN by end of month", "cpa", 40, "PLN"),
        ("Keep the cost per lead under $25 this quarter", "cpl", 25, "USD"),
        ("koszt leada poniżej 30 zł w tym kwartale", "cpl", 30, "PLN"),
        ("Koszt pozyskania klienta maksymalnie 80 złotych do końca roku", "cpa", 80, "PLN"),
        ("CPC under 0.50 EUR in December", "cpc", 0.5, "EUR"),
        ("CPC poniżej 1,20 zł w grudniu", "cpc", 1.2, "PLN"),
        ("Generate 100k PLN revenue by Q3 2027", "revenue", 100_000, "PLN"),
        ("Przychód 50 tys. zł w tym kwartale", "revenue", 50_000, "PLN"),
        ("Sprzedaż na 100 tys. zł do końca roku", "revenue", 100_000, "PLN"),
        ("£20,000 in revenue this year", "revenue", 20_000, "GBP"),
    ],
)
def test_money_targets(text: str, metric: str, target: float, currency: str) -> None:
    g = p(text)
    assert (g.metric, g.target, g.currency) == (metric, pytest.approx(target), currency)
    assert g.target_kind == "absolute"


@pytest.mark.parametrize(
    ("text", "budget", "currency", "target"),
    [
        ("300 leads per month with a budget of 5,000 PLN", 5000, "PLN", 300),
        ("Chcemy 500 zamówień przy budżecie 10 000 zł w ciągu 2 tygodni", 10000, "PLN", 500),
        ("Spend $2,000 to get 100 sign-ups by Friday", 2000, "USD", 100),
        ("ROAS 4 on a 3000 EUR budget this month", 3000, "EUR", 4),
    ],
)
def test_budget_in_text_is_not_the_target(
    text: str, budget: float, currency: str, target: float
) -> None:
    g = p(text)
    assert (g.budget, g.budget_currency, g.target) == (budget, currency, target)


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Sell 300 pairs of shoes by Friday", "purchases"),
        ("200 orders this month", "purchases"),
        ("Sprzedać 300 par butów do piątku", "purchases"),
        ("200 zamówień w tym miesiącu", "purchases"),
        ("Get 150 qualified B2B leads this month", "leads"),
        ("Pozyskać 150 leadów B2B w tym miesiącu", "leads"),
        ("100 zgłoszeń do końca miesiąca", "leads"),
        ("80 nowych kontaktów handlowych w tym miesiącu", "leads"),
        ("Gain 1,000 new fans within a month", "followers"),
        ("1 000 nowych fanów w ciągu miesiąca", "followers"),
        ("500 nowych obserwujących na Instagramie do końca roku", "followers"),
        ("5,000 website visits this month", "traffic"),
        ("5 000 odwiedzin strony w tym miesiącu", "traffic"),
        ("Get 10k app installs this year", "installs"),
        ("10 tys. instalacji aplikacji w tym roku", "installs"),
        ("400 sign-ups for the webinar by Friday", "signups"),
        ("400 rejestracji na webinar do piątku", "signups"),
        ("300 zapisów na newsletter w tym miesiącu", "signups"),
        ("Reach 50,000 people in Warsaw in 30 days", "reach"),
        ("Zasięg 200 tys. osób w tym kwartale", "reach"),
        ("Dotrzeć do 50 000 osób w ciągu 30 dni", "reach"),
        ("100,000 video views this month", "video_views"),
        ("100 tys. wyświetleń wideo w tym miesiącu", "video_views"),
        ("500 messages on Messenger this month", "messages"),
        ("500 wiadomości w Messengerze w tym miesiącu", "messages"),
        ("2,000 link clicks by Friday", "clicks"),
        ("2 000 kliknięć w link do piątku", "clicks"),
        ("1 mln wyświetleń reklam w tym kwartale", "impressions"),
        ("5,000 post engagements this month", "engagement"),
        ("5 000 interakcji z postami w tym miesiącu", "engagement"),
        ("3,000 landing page views by Friday", "landing_page_views"),
    ],
)
def test_metric_lexicon(text: str, metric: str) -> None:
    assert p(text).metric == metric


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("by 24 December 2026", date(2026, 12, 24)),
        ("by December 24th, 2026", date(2026, 12, 24)),
        ("until Dec 24", date(2026, 12, 24)),
        ("by 24.12.2026", date(2026, 12, 24)),
        ("by 24/12/2026", date(2026, 12, 24)),
        ("by 2026-12-24", date(2026, 12, 24)),
        ("do 24 grudnia", date(2026, 12, 24)),
        ("do 24 grudnia 2026", date(2026, 12, 24)),
        ("do 24 grudnia 2026 r.", date(2026, 12, 24)),
        ("do 15 stycznia", date(2027, 1, 15)),
        ("do 10.01", date(2027, 1, 10)),
        ("by Friday", date(2026, 12, 4)),
        ("by next Monday", date(2026, 11, 30)),
        ("do piątku", date(2026, 12, 4)),
        ("do niedzieli", date(2026, 12, 6)),
        ("by end of month", date(2026, 11, 30)),
        ("by the end of the month", date(2026, 11, 30)),
        ("do końca miesiąca", date(2026, 11, 30)),
        ("w tym miesiącu", date(2026, 11, 30)),
        ("next month", date(2026, 12, 31)),
        ("w przyszłym miesiącu", date(2026, 12, 31)),
        ("within 6 weeks", date(2027, 1, 9)),
        ("in 30 days", date(2026, 12, 28)),
        ("within a month", date(2026, 12, 28)),
        ("over the next 3 months", date(2027, 2, 27)),
        ("within six weeks", date(2027, 1, 9)),
        ("w ciągu miesiąca", date(2026, 12, 28)),
        ("w ciągu 6 tygodni", date(2027, 1, 9)),
        ("w ciągu dwóch tygodni", date(2026, 12, 12)),
        ("w ciągu 30 dni", date(2026, 12, 28)),
        ("przez 3 miesiące", date(2027, 2, 27)),
        ("this quarter", date(2026, 12, 31)),
        ("w tym kwartale", date(2026, 12, 31)),
        ("next quarter", date(2027, 3, 31)),
        ("Q3 2027", date(2027, 9, 30)),
        ("in Q1", date(2027, 3, 31)),
        ("w III kwartale 2027", date(2027, 9, 30)),
        ("w 2. kwartale 2027 r.", date(2027, 6, 30)),
        ("in the third quarter of 2027", date(2027, 9, 30)),
        ("by the end of the year", date(2026, 12, 31)),
        ("this year", date(2026, 12, 31)),
        ("w tym roku", date(2026, 12, 31)),
        ("do końca roku", date(2026, 12, 31)),
        ("by the end of 2027", date(2027, 12, 31)),
        ("w 2027 roku", date(2027, 12, 31)),
        ("do końca marca", date(2027, 3, 31)),
        ("by the end of March", date(2027, 3, 31)),
        ("by March 2027", date(2027, 3, 31)),
        ("in May", date(2027, 5, 31)),
        ("w maju", date(2027, 5, 31)),
        ("by end of November", date(2026, 11, 30)),
        ("by Christmas", date(2026, 12, 24)),
        ("do świąt", date(2026, 12, 24)),
        ("by Black Friday", date(2027, 11, 26)),
        ("by tomorrow", date(2026, 11, 30)),
        ("H1 2027", date(2027, 6, 30)),
        ("do końca I półrocza 2027 r.", date(2027, 6, 30)),
        ("by mid-January", date(2027, 1, 15)),
        ("do połowy stycznia", date(2027, 1, 15)),
        ("during the holiday season", date(2026, 12, 31)),
        ("w okresie świątecznym", date(2026, 12, 31)),
    ],
)
def test_deadlines(text: str, deadline: date) -> None:
    g = p(f"300 leads {text}")
    assert g.deadline == deadline
    assert g.period_text


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("within 6 weeks", 42),
        ("in 30 days", 30),
        ("w ciągu 6 tygodni", 42),
        ("a 30-day campaign", 30),
    ],
)
def test_window_period_days(text: str, days: int) -> None:
    g = p(f"500 leads {text}")
    assert g.period_days == days
    assert g.period_kind == "window"


def test_window_runs_from_anchor() -> None:
    hits = find_dates(fold("within 6 weeks"), TODAY, date(2027, 1, 1))
    assert hits[0].deadline == date(2027, 2, 11)  # 42 days counted from 1 January inclusive


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("500 leads per month", 30),
        ("1000 leadów miesięcznie", 30),
        ("50 sales a week", 7),
        ("20 zamówień dziennie", 1),
    ],
)
def test_rates_are_periods(text: str, days: int) -> None:
    g = p(text)
    assert (g.period_kind, g.period_days, g.deadline) == ("rate", days, None)


@pytest.mark.parametrize(
    "text",
    [
        "More sales soon",
        "Get leads ASAP",
        "Get leads as soon as possible",
        "We will eventually reach 10,000 fans",
        "Więcej sprzedaży wkrótce",
        "Zdobyć leady jak najszybciej",
        "1000 fanów niedługo",
        "Kiedyś 1000 fanów",
        "1000 fans in the coming weeks",
        "1000 fanów w ciągu kilku tygodni",
    ],
)
def test_vague_time_is_not_a_deadline(text: str) -> None:
    g = p(text)
    assert g.deadline is None and g.period_days is None
    assert g.vague_time


def test_dates_do_not_become_targets() -> None:
    g = p("Do 24 grudnia 2026 zdobyć 300 leadów")
    assert (g.target, g.deadline) == (300, date(2026, 12, 24))
    g = p("In Q3 2027 get 300 leads")
    assert (g.target, g.deadline) == (300, date(2027, 9, 30))
    g = p("do 2030 leadów w tym roku")
    assert (g.target, g.deadline) == (2030, date(2026, 12, 31))


def test_explicit_past_year_is_kept() -> None:
    assert p("300 leads by 24 March 2025").deadline == date(2025, 3, 24)


def test_ages_and_b2b_are_not_targets() -> None:
    g = p("Get 300 leads from women aged 25-45 by Friday")
    assert g.target == 300
    assert p("B2B leads by Friday").target is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Get 1,000 new fans within a month", "en"),
        ("Zdobyć 1 000 nowych fanów w ciągu miesiąca", "pl"),
        ("Zwiekszyc sprzedaz o 20% do konca roku", "pl"),
        ("300 leadów", "pl"),
        ("More fans", "en"),
        ("", "en"),
    ],
)
def test_language_detection(text: str, lang: str) -> None:
    assert detect_lang(text) == lang
    assert p(text).lang == lang


def test_language_override_and_validation() -> None:
    assert p("More fans", lang="PL").lang == "pl"
    assert p("More fans", lang="pl-PL").lang == "pl"
    with pytest.raises(BadInput, match="lang"):
        p("More fans", lang="de")


def test_vague_outcome_terms() -> None:
    g = p("Increase brand love by the end of the year")
    assert g.metric is None and g.vague_terms == ("brand love",) and g.vague_hint == "engagement"
    g = p("Poprawić wizerunek marki w tym roku")
    assert g.metric is None and g.vague_terms == ("wizerunek",) and g.vague_hint == "reach"


def test_more_fans_has_metric_but_no_target() -> None:
    g = p("More fans")
    assert (g.metric, g.target, g.direction) == ("followers", None, "increase")


def test_number_without_metric() -> None:
    g = p("Hit 5000 by Friday")
    assert (g.metric, g.target) == (None, 5000)


def test_metric_text_is_original_span() -> None:
    assert p("Zdobyć 1 000 nowych FANÓW w ciągu miesiąca").metric_text == "FANÓW"


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("1,000", 1000),
        ("1 000", 1000),
        ("1.000", 1000),
        ("1,5", 1.5),
        ("1.5", 1.5),
        ("1,000.25", 1000.25),
        ("1.000,25", 1000.25),
    ],
)
def test_to_float(raw: str, value: float) -> None:
    assert to_float(raw) == value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("dwa tysiace piecset", 2500),
        ("a thousand", 1000),
        ("ten thousand", 10000),
        ("poltora tysiaca", 1500),
        ("trzysta", 300),
        ("two hundred and fifty", 250),
    ],
)
def test_words_value(words: str, value: float) -> None:
    assert words_value(words.split()) == value


def test_quantities_are_typed() -> None:
    kinds = [
        (q.kind, q.value, q.currency) for q in find_quantities(fold("20% 2x 40 zł $5 30 procent"))
    ]
    assert kinds == [
        ("percent", 20, None),
        ("multiplier", 2, None),
        ("money", 40, "PLN"),
        ("money", 5, "USD"),
        ("percent", 30, None),
    ]


def test_parse_goal_defaults_today_to_real_date() -> None:
    g = parse_goal("300 leads in 30 days")
    assert g.period_days == 30 and g.deadline is not None


def test_from_to_takes_the_end_value() -> None:
    assert p("Increase newsletter subscribers from 2,000 to 3,000 by the end of Q1").target == 3000
    assert p("Zwiększyć liczbę obserwujących z 2 000 do 3 000 do końca marca").target == 3000


def test_unit_price_is_not_a_budget() -> None:
    g = p("Sprzedać 50 kursów online po 499 zł do 31.01.2027")
    assert (g.target, g.budget) == (50, None)


def test_holiday_names_need_a_preposition_to_be_deadlines() -> None:
    g = p("Attract 3,000 visitors to the Black Friday landing page by 27 November 2027")
    assert g.deadline == date(2027, 11, 27)
