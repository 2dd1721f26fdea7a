"""What the SMART goal check says about a result Ads Manager does not count itself: a step
after the lead (booked calls, course enrolments), money raised outside the ad account (a tax
allocation) and a counted noun the goal lexicon cannot map to a result."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    # a step after the lead: named as the client names it, measured after the lead
    "goal.spec.after_lead": (
        "Names a concrete result ({step}) with a target of {target}; it is a step after the lead, and Ads Manager counts the leads before it.",
        "Wskazuje konkretny wynik ({step}) i wartość docelową {target}; to krok po leadzie, a Menedżer reklam liczy leady, które do niego prowadzą.",
    ),
    "goal.meas.after_lead": (
        "{target} {step} are counted after the lead, in the client's own records, not in Ads Manager, which reports the leads: the plan forecasts leads and the share of them that must reach this step.",
        "{target} ({step}) liczy klient we własnych danych, po leadzie, a nie Menedżer reklam, który raportuje leady: plan prognozuje leady i odsetek, który musi dojść do tego kroku.",
    ),
    "goal.rel.after_lead": (
        "The {objective} objective is built for leads, the step before {step}.",
        "Cel {objective} jest zbudowany pod leady, czyli krok przed tym wynikiem ({step}).",
    ),
    "goal.ach.after_lead": (
        "{budget} buys about {leads:unit.lead} at a typical {typical} per lead ({source}, {as_of}, {conf}); a goal of {target} {step} needs {rate} of them to reach that step, a rate only the client knows: confirm it before judging the goal.",
        "{budget} wystarczy na ok. {leads:unit.lead} przy typowym koszcie {typical} za lead ({source}, {as_of}, {conf}); cel {target} ({step}) wymaga, by do tego kroku doszło {rate} z nich, a ten odsetek zna tylko klient: potwierdź go, zanim ocenisz cel.",
    ),
    "goal.ach.after_lead_short": (
        "{budget} buys about {leads:unit.lead} at a typical {typical} per lead ({source}, {as_of}, {conf}); a goal of {target} {step} is more than that, so the goal would not be met even if every lead reached the step.",
        "{budget} wystarczy na ok. {leads:unit.lead} przy typowym koszcie {typical} za lead ({source}, {as_of}, {conf}); cel {target} ({step}) to więcej, więc nie zostałby osiągnięty, nawet gdyby każdy lead doszedł do tego kroku.",
    ),
    # money the ad account never sees: what it is, why, and what to measure instead
    "goal.spec.money": (
        "{target} is an amount of money, which Ads Manager cannot measure: {why}",
        "{target} to kwota pieniędzy, której Menedżer reklam nie zmierzy: {why}",
    ),
    "goal.money.why.raised": (
        "it sees money only as the value of purchases tracked on the site, and money raised any other way never reaches it.",
        "widzi pieniądze tylko jako wartość zakupów śledzonych na stronie, a kwoty zebrane w inny sposób do niego nie trafiają.",
    ),
    "goal.money.why.tax_allocation": (
        "the tax office transfers the share of tax that taxpayers assign only after the tax year's returns are settled, long after the ads have run, and the money never passes through the ad account.",
        "część podatku wskazaną przez podatników przekazuje urząd skarbowy dopiero po rozliczeniu roku podatkowego, długo po zakończeniu reklam, i te pieniądze nigdy nie przechodzą przez konto reklamowe.",
    ),
    "goal.meas.money.raised": (
        "The amount cannot be counted in Ads Manager; measure what the ads can count instead: {proxy}, or purchases (donations) tracked on the site with their value; set the money raised against these counts.",
        "Tej kwoty nie policzy Menedżer reklam; zamiast tego mierz to, co policzą reklamy: {proxy} albo zakupy (wpłaty) śledzone na stronie razem z ich wartością; zebraną kwotę porównaj z tymi liczbami.",
    ),
    "goal.meas.money.tax_allocation": (
        "The amount cannot be counted in Ads Manager; measure what the ads can count instead: {proxy} of the page with the instructions (the organisation's registration number and the steps in the tax return), or the link clicks that lead to it; set the money against these counts once it arrives.",
        "Tej kwoty nie policzy Menedżer reklam; zamiast tego mierz to, co policzą reklamy: {proxy} z instrukcją (numer KRS i kroki w zeznaniu PIT) albo kliknięcia w link, który do niej prowadzi; kwotę porównaj z tymi liczbami, gdy wpłynie.",
    ),
    # a count of something the lexicon does not know: named and asked about, never dropped
    "goal.spec.unmapped": (
        'Counts {target} "{noun}", but adsage cannot map "{noun}" to a result Ads Manager reports: say which result it is (a lead from a form, a purchase, a sign-up).',
        "Liczy {target} „{noun}”, ale adsage nie umie dopasować tego wyniku do żadnego, który raportuje Menedżer reklam: napisz, który to wynik (lead z formularza, zakup, rejestracja).",
    ),
    "goal.meas.unmapped": (
        'The count of "{noun}" ({target}) is tied to no KPI Ads Manager reports; until you say which result it is, the plan cannot track it.',
        "Liczba „{noun}” ({target}) nie jest przypisana do wskaźnika raportowanego w Menedżerze reklam; dopóki nie wskażesz, który to wynik, plan nie może jej śledzić.",
    ),
}
