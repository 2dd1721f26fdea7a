"""Plan wording for an A/B test the plan does not run because its sample cannot be reached
within the days a test may run: the A/B section says why, the budget section that the main
line keeps the test's share. Every figure is passed in, never written here."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "plan.ab_none_sample": (
        "No A/B test in this plan: a test that can be read needs about {needed} within "
        "{window} days ({test_daily} a day), more than this budget can give a test ad set "
        "beside {main} in that time, and a test that ends without a result would only take "
        "money from {main}.",
        "Bez testu A/B w tym planie: test, który da się odczytać, potrzebuje ok. {needed} w "
        "ciągu {window} dni ({test_daily} dziennie), czyli więcej, niż ten budżet może w tym "
        "czasie przeznaczyć na zestaw testowy obok zestawu „{main}”, a test zakończony bez "
        "wyniku tylko odebrałby pieniądze zestawowi „{main}”.",
    ),
    "plan.split_no_sample": (
        "No {test} line: at this budget a test cannot reach a readable result within "
        "{window} days beside {main} (see the A/B test plan), so the test's share stays in {main}.",
        "Bez wiersza „{test}”: przy tym budżecie test nie da czytelnego wyniku w ciągu "
        "{window} dni obok zestawu „{main}” (zob. plan testu A/B), więc udział testu zostaje "
        "w zestawie „{main}”.",
    ),
}
