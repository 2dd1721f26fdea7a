"""``adsage check plan`` wording: findings on a whole plan, in the plan's language."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "plancheck.brief_goal": (
        "{message} (the brief's goal; the plan uses the rewrite)",
        "{message} (cel z briefu; plan korzysta z proponowanego brzmienia)",
    ),
    "plancheck.invalid_part": ("{field}: {error}", "{field}: {error}"),
    "plancheck.invalid_part.fix": (
        "Regenerate the plan or fix this field by hand.",
        "Wygeneruj plan ponownie albo popraw to pole ręcznie.",
    ),
    "plancheck.copy_count": (
        "the plan has {n} copy drafts; it needs at least 3",
        "liczba propozycji tekstu w planie: {n}; potrzebne są co najmniej 3",
    ),
    "plancheck.copy_count.fix": (
        "Regenerate the plan with --n 3 or more.",
        "Wygeneruj plan ponownie z --n 3 lub więcej.",
    ),
    "plancheck.regenerate": ("Regenerate the plan.", "Wygeneruj plan ponownie."),
    "plancheck.split_total": (
        "budget lines add up to {split}, not {total}",
        "linie budżetu sumują się do {split}, a nie do {total}",
    ),
    "plancheck.line_currency": (
        "line {line} is in {currency}, not {expected}",
        "linia {line} jest w {currency}, a nie w {expected}",
    ),
    "plancheck.bid_mismatch": (
        "bid strategy is {objective} in the objective but {budget} in the budget",
        "strategia ustalania stawek to {objective} w celu kampanii, ale {budget} w budżecie",
    ),
    "plancheck.ab_longer": (
        "A/B test runs {test} days in a {days}-day campaign",
        "test A/B trwa {test} dni w kampanii trwającej {days} dni",
    ),
    "plancheck.numbers_budget": (
        "budget section and numbers disagree on total, days or currency",
        "sekcja budżetu i liczby planu różnią się sumą, liczbą dni albo walutą",
    ),
    "plancheck.numbers_ab": (
        "A/B section and numbers disagree on sample or budget",
        "sekcja testu A/B i liczby planu różnią się próbą albo budżetem",
    ),
    "plancheck.kpi_cost": (
        "KPI {kpi} is {value}, the numbers say {expected}",
        "KPI {kpi} wynosi {value}, a liczby planu mówią {expected}",
    ),
    "plancheck.ab_line": (
        "the A/B test line holds {held} but the test spends {spends}",
        "linia testu A/B ma {held}, a test wydaje {spends}",
    ),
    "plancheck.app_retargeting": (
        "an app campaign has no website retargeting line",
        "kampania aplikacji nie ma linii retargetingu strony",
    ),
    "plancheck.ab_ads_differ": (
        "A/B ads differ in {fields}, not only {tested}",
        "reklamy testu A/B różnią się: {fields}, a nie tylko: {tested}",
    ),
    "plancheck.ab_ads_nothing": ("nothing", "niczym"),
    "plancheck.special_age": (
        "special ad category needs age 18–65+ and all genders",
        "specjalna kategoria reklam wymaga wieku 18–65+ i wszystkich płci",
    ),
    "plancheck.special_lookalikes": (
        "special ad category plans cannot use lookalikes",
        "plany w specjalnej kategorii reklam nie mogą używać grup podobnych odbiorców",
    ),
    "plancheck.special_place": (
        "place {place} breaks the special-category limits",
        "lokalizacja {place} narusza ograniczenia specjalnej kategorii",
    ),
    "plancheck.special_line": (
        "budget line {line} relies on lookalikes",
        "linia budżetu {line} opiera się na grupach podobnych odbiorców",
    ),
    "plancheck.roas_empty": (
        "the goal names a ROAS but the ROAS KPI is empty",
        "cel podaje ROAS, ale KPI ROAS jest puste",
    ),
    # the plan's own A/B sizing judged by the A/B rules (check_reach)
    "plancheck.reach_short": (
        "The test needs {needs} days to reach {sample} {unit} per variant but runs {runs}; it "
        "will likely end inconclusive.",
        "Test potrzebuje {needs} dni, by zebrać {sample} {unit} na wariant, a trwa {runs}; "
        "najpewniej skończy się bez rozstrzygnięcia.",
    ),
    "plancheck.reach_unknown": ("an unknown number of", "nieznanej liczby"),
    "plancheck.reach_short.fix": (
        "Raise the test budget, test a bigger change, or read the result as directional only.",
        "Zwiększ budżet testu, testuj większą zmianę albo traktuj wynik tylko jako wskazówkę.",
    ),
    "plancheck.reach_long": (
        "{days} days is longer than the usual {min}-{max} days.",
        "{days} dni to dłużej niż zwykłe {min}-{max} dni.",
    ),
    "plancheck.reach_long.fix": (
        "Test fewer variants or a bigger change, or raise the test budget.",
        "Testuj mniej wariantów albo większą zmianę, albo zwiększ budżet testu.",
    ),
    "plancheck.unit.impressions": ("impressions", "wyświetleń"),
    "plancheck.unit.clicks": ("clicks", "kliknięć"),
}
