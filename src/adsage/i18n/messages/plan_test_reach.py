"""Plan wording for an A/B test the plan does not run because its sample cannot be reached
within the days a test may run: the A/B section says why, the budget section that the main
line keeps the test's share. Every figure is passed in, never written here."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "plan.ab_none_sample": (
        "No A/B test in this plan: a readable test of {ads:unit.ad} needs about {needed} within "
        "{window} days ({test_daily} a day), more than this budget can give a test ad set "
        "beside {main} in that time, and a test that ends without a result would only take "
        "money from {main}.",
        "Bez testu A/B w tym planie: test {ads:unit.ad_gen}, który da się odczytać, potrzebuje "
        "ok. {needed} w ciągu {window} dni ({test_daily} dziennie), czyli więcej, niż ten "
        "budżet może w tym czasie przeznaczyć na zestaw testowy obok zestawu „{main}”, a "
        "test zakończony bez wyniku tylko odebrałby pieniądze zestawowi „{main}”.",
    ),
    "plan.split_no_sample": (
        "No {test} line: at this budget a test cannot reach a readable result within "
        "{window} days beside {main} (see the A/B test plan), so the test's share stays in {main}.",
        "Bez wiersza „{test}”: przy tym budżecie test nie da czytelnego wyniku w ciągu "
        "{window} dni obok zestawu „{main}” (zob. plan testu A/B), więc udział testu zostaje "
        "w zestawie „{main}”.",
    ),
}

# A goal counted in a step after the lead (booked calls, course enrolments): the forecast is
# in leads, and the lead-to-step rate is the client's figure.
MESSAGES.update(
    {
        "plan.after_lead": (
            "The goal counts a step after the lead ({step}), so the forecast is in leads at the "
            "lead benchmark ({cpl} per lead, about {leads:unit.lead}). The share of leads that "
            "reach that step is the client's own rate, which adsage has no data for: confirm "
            "it with the client before judging the goal.",
            "Cel dotyczy kroku po leadzie ({step}), więc prognoza podaje leady według "
            "benchmarku dla leadów ({cpl} za lead, ok. {leads:unit.lead}). Odsetek leadów, które "
            "dochodzą do tego kroku, zna tylko klient (adsage nie ma o nim danych): potwierdź "
            "go z klientem, zanim ocenisz cel.",
        ),
        "plan.after_lead_rate": (
            "With about {leads} leads, the goal of {target} needs {rate} of them to reach that "
            "step.",
            "Przy ok. {leads} leadach cel ({target}) wymaga, by do tego kroku doszło {rate} z "
            "nich.",
        ),
        "plan.after_lead_short": (
            "The goal of {target} is more than all the leads the budget buys (about "
            "{leads:unit.lead}): even if every lead reached the step, the goal would not be met.",
            "Cel ({target}) to więcej niż ok. {leads:unit.lead}, które kupi budżet: nawet gdyby "
            "każdy lead doszedł do tego kroku, cel nie zostałby osiągnięty.",
        ),
    }
)
