"""Wording for results whose market benchmark is an all-industry average, for hires (a step
after the application) and for an event's responses: what the plan says the figure is and
what it asks the client for. Every figure is passed in, never written here."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    # the lead benchmark is one average over all industries: said so, and the client's own
    # past cost per lead asked for
    "plan.bench_all_industry": (
        "The lead cost used here ({market}, about {cpr} per lead) is an average over all industries, not a figure for this business: a high-ticket or specialist business (home energy, finance, recruitment of licensed staff) usually pays differently, often more. Ask the client for their past cost per lead and plan with it where they have one.",
        "Koszt leada przyjęty w planie ({market}, ok. {cpr} za lead) to średnia ze wszystkich branż, a nie wartość dla tej firmy: firma z drogą ofertą lub specjalistyczną usługą (energia dla domu, finanse, rekrutacja do zawodów z uprawnieniami) zwykle płaci inaczej, często więcej. Zapytaj klienta o jego dotychczasowy koszt leada i, jeśli go zna, planuj według niego.",
    ),
    # a step after the lead in the KPI table: the step counted outside Ads Manager, and the
    # lead row before it, whose target is the step's count times the client's own ratio
    "plan.kpi_step_outside": (
        "client's target from the goal; counted outside Ads Manager, in the client's own records",
        "cel klienta z briefu; liczony poza Menedżerem reklam, we własnych danych klienta",
    ),
    "plan.kpi_step_lead_name": ("leads", "leady"),
    "plan.kpi_step_ask.hires": (
        "ask the client how many applications it takes to make one hire: the target is {target} times that number, never fewer than {target}",
        "zapytaj klienta, ile aplikacji przypada na jedno zatrudnienie: cel to {target} razy ta liczba, nigdy mniej niż {target}",
    ),
    "plan.kpi_step_ask.booked_calls": (
        "ask the client how many leads it takes to book one call: the target is {target} times that number, never fewer than {target}",
        "zapytaj klienta, ile leadów przypada na jedną umówioną rozmowę: cel to {target} razy ta liczba, nigdy mniej niż {target}",
    ),
    "plan.kpi_step_ask.enrolments": (
        "ask the client how many leads it takes to get one course enrolment: the target is {target} times that number, never fewer than {target}",
        "zapytaj klienta, ile leadów przypada na jeden zapis na kurs: cel to {target} razy ta liczba, nigdy mniej niż {target}",
    ),
    "plan.kpi_step_forecast": (
        "; the budget buys about {leads} at the lead benchmark",
        "; przy benchmarku dla leadów budżet wystarczy na ok. {leads}",
    ),
    # an event's attendance: what Meta counts instead, and how to size it without a benchmark
    "plan.kpi_event_cost": ("cost per event response", "koszt odpowiedzi na wydarzenie"),
    "plan.kpi_event_note": (
        "no benchmark recorded: set the target from the cost per response of your past events",
        "brak benchmarku: ustal cel na podstawie kosztu odpowiedzi z wcześniejszych wydarzeń",
    ),
    "plan.event_note": (
        "Coming to the event happens offline, where Ads Manager cannot count it, so the plan counts what it can: responses to a Facebook event (Going or Interested). Create the event on the Page and advertise the event itself; if people sign up on the website ({url}) instead, run Traffic optimised for landing page views of that page. The exported sheet does not name the event, so choose it in each ad in Ads Manager before publishing. After the event, compare the responses with the people who came: that is your own response-to-attendance rate for the next one.",
        "Przyjście na wydarzenie odbywa się poza siecią, gdzie Menedżer reklam go nie policzy, więc plan liczy to, co da się policzyć: odpowiedzi na wydarzenie na Facebooku (deklaracje udziału i zainteresowania). Utwórz wydarzenie na stronie firmy na Facebooku i reklamuj samo wydarzenie; jeśli zapisy odbywają się na stronie internetowej ({url}), użyj celu Ruch z optymalizacją pod wyświetlenia tej strony docelowej. Eksportowany arkusz nie wskazuje wydarzenia, więc przed publikacją wybierz je w każdej reklamie w Menedżerze reklam. Po wydarzeniu porównaj liczbę odpowiedzi z liczbą osób, które przyszły: tak poznasz, jaka część odpowiadających naprawdę przychodzi, i wykorzystasz to przy kolejnym wydarzeniu.",
    ),
}
