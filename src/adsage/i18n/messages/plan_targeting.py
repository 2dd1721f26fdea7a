"""Targeting notes on the places a brief names: what a city is to the business (where its
guests come from, where it serves, or possibly where it delivers), and who a persona outside
the targeted ages is."""

MESSAGES = {
    "plan.targeting.cities_named.one": (
        "names the city {place}",
        "wymienia miasto: {place}",
    ),
    "plan.targeting.cities_named.many": (
        "names the cities {place}",
        "wymienia miasta: {place}",
    ),
    "plan.targeting.cities_origin": (
        "The audience description {named}. Guests travel from there, so this is a source "
        "market, not a delivery area: the ad set targets the people who live there instead "
        "of all of {country}. Widen it to all of {country} if guests also come from elsewhere.",
        "Opis odbiorców {named}. Stamtąd przyjeżdżają goście, więc chodzi o rynek źródłowy, "
        "a nie o obszar dostawy: zestaw reklam jest kierowany do osób, które tam mieszkają, "
        "a nie na cały kraj ({country}). Poszerz targetowanie na cały kraj, jeśli goście "
        "przyjeżdżają też z innych miejsc.",
    ),
    "plan.targeting.cities_local": (
        "The audience description {named}. A local business reaches the people who can come "
        "by or whom it can get to, so the ad set targets only there, not all of {country}. "
        "Widen it if you also serve customers further away.",
        "Opis odbiorców {named}. Lokalna firma dociera do osób, które mogą do niej przyjść "
        "albo do których może dojechać, więc zestaw reklam jest kierowany tylko tam, a nie na "
        "cały kraj ({country}). Poszerz targetowanie, jeśli obsługujesz też klientów z dalszych "
        "okolic.",
    ),
    "plan.targeting.cities_delivery": (
        "The audience description {named}, but the targeting covers all of {country}. If you "
        "sell or deliver only there, narrow the targeting to that area.",
        "Opis odbiorców {named}, a targetowanie obejmuje cały kraj ({country}). Jeśli "
        "sprzedajesz lub dostarczasz tylko tam, zawęź targetowanie do tego obszaru.",
    ),
    "plan.targeting.persona_outside": (
        "outside this plan's targeting, ages {ages}",
        "poza targetowaniem tego planu, wiek {ages}",
    ),
    "plan.objective_sold_offline": (
        "{objective} rather than Sales: customers buy after an enquiry or a test drive, not in "
        "an online checkout, so the ads optimise for {goal}, not for purchases or their value. "
        "If customers can buy on your website, say so in the brief and the plan will use Sales.",
        "{objective} zamiast celu Sprzedaż: klienci kupują po zapytaniu albo jeździe próbnej, "
        "a nie w koszyku online, więc reklamy są optymalizowane pod {goal}, a nie pod zakupy "
        "ani ich wartość. Jeśli klienci mogą kupować na Twojej stronie, napisz to w briefie, "
        "a plan użyje celu Sprzedaż.",
    ),
    "sheet.test_own_campaign": (
        "An Advantage+ campaign takes no manual ad set, so the A/B test runs in a campaign of "
        "its own, with the same objective and its own budget.",
        "Kampania Advantage+ nie przyjmuje ręcznych zestawów reklam, więc test A/B działa "
        "w osobnej kampanii z tym samym celem i własnym budżetem.",
    ),
    "plan.targeting.persona_own_set": (
        "outside this plan's targeting, ages {ages}; the parents' ad set offered under "
        "Targeting would reach this persona",
        "poza targetowaniem tego planu, wiek {ages}; tę personę obejmie osobny zestaw reklam "
        "dla rodziców, proponowany w sekcji Targetowanie",
    ),
}
