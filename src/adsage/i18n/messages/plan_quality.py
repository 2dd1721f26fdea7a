"""Plan advice on what a budget cannot buy (an A/B test it cannot pay for), flights that span
the Christmas CPM peak and the January low, and audiences Meta restricts (under-18s). Every
figure is passed in, never written here."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "plan.ab_none": (
        "No A/B test at this budget: a test that can be read needs about {needed}, more than "
        "the whole campaign's {total}.",
        "Bez testu A/B przy tym budżecie: test, który da się odczytać, potrzebuje ok. {needed}, "
        "więcej niż cała kampania ({total}).",
    ),
    "plan.ab_none_single": (
        "No A/B test in this plan: {daily} a day carries one ad set only, and two ads sharing "
        "it are not a controlled test (Meta soon favours one of them).",
        "Bez testu A/B w tym planie: {daily} dziennie wystarcza na jeden zestaw reklam, a dwie "
        "reklamy w jednym zestawie to nie jest kontrolowany test (Meta szybko faworyzuje jedną "
        "z nich).",
    ),
    "plan.ab_none_instead": (
        "Instead: run the drafts side by side in the ad set and read their results as "
        "directional only; keep the ad that brings results at the lower cost.",
        "Zamiast tego: uruchom wersje reklam obok siebie w zestawie i traktuj ich wyniki "
        "orientacyjnie; zostaw reklamę, która daje wyniki taniej.",
    ),
    "plan.ab_none_possible": (
        "A test becomes possible with an ad set of its own at about {test_daily} a day for "
        "{window} days on top of the campaign's {campaign_daily} a day ({needed} for the test), "
        "or later, in a campaign whose budget carries a test ad set of its own.",
        "Test stanie się możliwy z osobnym zestawem za ok. {test_daily} dziennie przez {window} "
        "dni, ponad {campaign_daily} dziennie kampanii ({needed} na test), albo później, w "
        "kampanii, której budżet uniesie osobny zestaw testowy.",
    ),
}
