"""Checker throughput, measured in-process (the drafting loop and evals call checkers
thousands of times, so a slow checker slows everything built on top of it).

``run()`` returns the median of 5 timed runs over a fixed mix of 20 EN/PL copies.
"""

from __future__ import annotations

import gc
import statistics
import time
from datetime import date
from typing import Any

COPIES: list[dict[str, Any]] = [
    {
        "primary_text": "Shop our winter sale — 30% off all boards until 24 December.",
        "headline": "Winter sale",
        "cta": "SHOP_NOW",
        "link": "https://example.com/sale",
    },
    {
        "primary_text": "Zamów teraz i odbierz rabat 20% na pierwszy zakup.",
        "headline": "Rabat 20% 🎉",
        "cta": "ORDER_NOW",
        "link": "https://sklep.example.pl",
    },
    {
        "primary_text": "Freshly roasted every Monday, delivered by Friday.",
        "headline": "Coffee that arrives fresh",
        "description": "Free delivery over $30",
        "cta": "ORDER_NOW",
        "link": "https://beans.example.com",
    },
    {
        "primary_text": "Kurtki zimowe w nowych kolorach. Ciepłe, lekkie i gotowe na mróz.",
        "headline": "Nowa kolekcja",
        "cta": "SHOP_NOW",
        "link": "https://moda.example.pl",
    },
    {
        "primary_text": "Are you depressed? Our app helps you track your mood.",
        "cta": "DOWNLOAD",
        "link": "https://mood.example.com",
    },
    {
        "primary_text": "Masz długi? Pomożemy Ci je spłacić.",
        "cta": "CONTACT_US",
        "link": "https://finanse.example.pl",
    },
    {
        "primary_text": "Plan your team's week in 10 minutes with shared calendars and reminders.",
        "headline": "Start your free trial",
        "cta": "SIGN_UP",
        "link": "https://app.example.io",
    },
    {
        "primary_text": "Kurs Excela od podstaw: 12 lekcji wideo, ćwiczenia i certyfikat.",
        "headline": "Excel w 12 lekcji",
        "cta": "SIGN_UP",
        "link": "https://kursy.example.pl",
    },
    {
        "primary_text": "HUGE SALE ENDS TONIGHT!!! Don't miss it.",
        "cta": "SHOP_NOW",
        "link": "https://example.com",
    },
    {
        "primary_text": "D.A.R.M.O.W.E próbki dla pierwszych 100 osób.",
        "cta": "GET_OFFER",
        "link": "https://kosmetyki.example.pl",
    },
    {
        "primary_text": "New autumn menu 🍂☕ Pumpkin latte and apple pie.",
        "headline": "Autumn 🍁",
        "cta": "GET_DIRECTIONS",
        "link": "https://cafe.example.com",
    },
    {
        "primary_text": "Nowe smaki lodów już są 🍦🍓 Wpadnij i spróbuj!",
        "headline": "Lato 🌞",
        "cta": "GET_DIRECTIONS",
        "link": "https://lody.example.pl",
    },
    {
        "primary_text": "Lose 10 kg in a week with guaranteed results.",
        "cta": "SIGN_UP",
        "link": "https://fit.example.com",
    },
    {
        "primary_text": "Gwarantowane efekty już po 7 dniach.",
        "cta": "ORDER_NOW",
        "link": "https://suplementy.example.pl",
    },
    {
        "primary_text": "Classes for every level. Your first week is on us.",
        "headline": "Try free",
        "cta": "BOOK_NOW",
        "link": "https://gym.example.com",
    },
    {
        "primary_text": "Wyprzedaż końca sezonu: do -50% na buty i plecaki. Tylko do niedzieli.",
        "headline": "Do -50%",
        "cta": "SHOP_NOW",
        "link": "https://sport.example.pl",
    },
    {
        "primary_text": "Questions about sizing? Our team answers within minutes.",
        "cta": "SEND_MESSAGE",
        "link": "http://example.com",
    },
    {
        "primary_text": "Piwo kraftowe z lokalnego browaru, dostawa w 24 h.",
        "cta": "ORDER_NOW",
        "link": "https://piwo.example.pl",
    },
    {
        "primary_text": "Our new SUV roof box fits every brand. Made in the USA.",
        "headline": "Roof box for your SUV",
        "cta": "LEARN_MORE",
        "link": "https://racks.example.com",
    },
    {
        "primary_text": "Biuro rachunkowe — księgowość, kadry i płace dla małych firm.",
        "headline": "Księgowość bez stresu",
        "cta": "CONTACT_US",
        "link": "https://ksiegowosc.example.pl",
    },
]


def _rate(fn: Any, items: list[Any], rounds: int) -> float:
    """Checks per second of wall time; the garbage collector is paused while timing, as
    ``timeit`` does, so a collection triggered by earlier work does not land in one run."""
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(rounds):
            for item in items:
                fn(item)
        return rounds * len(items) / (time.perf_counter() - start)
    finally:
        if enabled:
            gc.enable()


GOALS = [
    ("Zdobyć 1 000 nowych fanów w ciągu miesiąca przy budżecie 2000 zł", "OUTCOME_ENGAGEMENT"),
    ("Sell 300 snowboards by 24 December 2026", "OUTCOME_SALES"),
    ("Get 120 demo requests in 8 weeks at under $150 per demo", "OUTCOME_LEADS"),
]


def _goal_check(item: tuple[str, str]) -> None:
    from adsage.checks.goal import check_goal

    check_goal(item[0], objective=item[1], today=date(2026, 11, 29))


def run(repeats: int = 5, rounds: int = 500) -> dict[str, Any]:
    from adsage.checks.copy import AdCopy, check_copy

    copies = [AdCopy.model_validate(c) for c in COPIES]
    for c in copies:  # warm caches: rule files, compiled lexicons
        check_copy(c)
    checks = [_rate(check_copy, copies, rounds) for _ in range(repeats)]
    with_validation = [
        _rate(lambda d: check_copy(AdCopy.model_validate(d)), COPIES, rounds // 2)
        for _ in range(repeats)
    ]
    goals = [_rate(_goal_check, GOALS, 50) for _ in range(repeats)]
    return {
        "name": "checks",
        "goal_checks_per_sec": round(statistics.median(goals)),
        "copy_checks_per_sec": round(statistics.median(checks)),
        "copy_checks_per_sec_min": round(min(checks)),
        "copy_checks_with_validation_per_sec": round(statistics.median(with_validation)),
        "n_copies": len(copies),
        "repeats": repeats,
    }


if __name__ == "__main__":
    print(run())
