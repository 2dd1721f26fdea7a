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
    "plan.season_span": (
        "Days 1-{peak_days} (to {peak_end}) fall in the pre-Christmas CPM peak, so costs then "
        "run above the benchmark; from {low_start} CPMs fall to their yearly low (third-party "
        "averages, lowest in January): judge December costs against that and scale the winner "
        "from January.",
        "Dni 1-{peak_days} (do {peak_end}) przypadają na przedświąteczny szczyt CPM, więc koszty "
        "będą wtedy wyższe od benchmarku; od {low_start} CPM spada do najniższego poziomu w roku "
        "(średnie zewnętrzne, najniżej w styczniu): oceniaj grudniowe koszty z tą poprawką, a "
        "budżet zwycięzcy zwiększaj od stycznia.",
    ),
    "plan.learn_low_split": (
        "That is under the ~50 events in 7 days needed to leave the learning phase: once the "
        "test is read (day {test_days}), move the winner into {main} and pause the test ad set "
        "so the results gather in one ad set; avoid other edits, or optimise for a more "
        "frequent event.",
        "To mniej niż ~50 zdarzeń w 7 dni potrzebnych do wyjścia z fazy uczenia się: po "
        "odczytaniu testu ({test_days}. dnia) przenieś zwycięzcę do zestawu „{main}” i wstrzymaj "
        "zestaw testowy, żeby wyniki zbierały się w jednym zestawie; unikaj innych edycji albo "
        "optymalizuj pod częstsze zdarzenie.",
    ),
    "plan.learn_low_sets": (
        "That is under the ~50 events in 7 days needed to leave the learning phase: with "
        "{sets} ad sets each learns on its own share, so avoid edits, or fold the smaller ad "
        "sets into {main}, or optimise for a more frequent event.",
        "To mniej niż ~50 zdarzeń w 7 dni potrzebnych do wyjścia z fazy uczenia się: przy "
        "{sets} zestawach każdy uczy się na swojej części, więc unikaj edycji albo połącz "
        "mniejsze zestawy z zestawem „{main}”, albo optymalizuj pod częstsze zdarzenie.",
    ),
}
