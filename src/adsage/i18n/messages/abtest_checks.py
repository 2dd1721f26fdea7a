"""Findings of the A/B test design checks (``check abtest``, a plan's test, a variant set)."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "abtest.too_few": (
        "A test needs at least {min} variants; it has {n}.",
        "Test wymaga co najmniej {min:unit.variant}; ma {n}.",
    ),
    "abtest.too_few.fix": (
        "Add a variant that changes the element under test.",
        "Dodaj wariant, który zmienia testowany element.",
    ),
    "abtest.too_many": (
        "{n} variants; Meta tests usually allow at most {max}, and each extra variant needs "
        "more traffic.",
        "{n:unit.variant}; testy Meta zwykle pozwalają na najwyżej {max}, a każdy kolejny "
        "wariant potrzebuje więcej ruchu.",
    ),
    "abtest.too_many.fix": (
        "Keep the {max} strongest ideas.",
        "Zostaw tylko najmocniejsze pomysły (najwyżej {max}).",
    ),
    "abtest.also_differ": (
        "The test declares '{vary}' but the variants also differ in {fields}; the result "
        "could not say which change worked.",
        "Test deklaruje „{vary}”, ale warianty różnią się też w: {fields}; wynik nie powie, "
        "która zmiana zadziałała.",
    ),
    "abtest.also_differ.fix": (
        "Make {fields} identical across variants.",
        "Niech {fields} będą takie same we wszystkich wariantach.",
    ),
    "abtest.no_difference": (
        "The variants do not differ in '{vary}', the element under test.",
        "Warianty nie różnią się w „{vary}”, czyli w testowanym elemencie.",
    ),
    "abtest.no_difference.fix": (
        "Give each variant a different {element}.",
        "Nadaj każdemu wariantowi inną wartość: {element}.",
    ),
    "abtest.duplicates": (
        "Some variants are identical in '{vary}'; they test nothing new.",
        "Niektóre warianty są identyczne w „{vary}”; nie testują niczego nowego.",
    ),
    "abtest.duplicates.fix": (
        "Remove duplicates or change them.",
        "Usuń powtórzenia albo je zmień.",
    ),
    "abtest.budget_missing": (
        "Some variants have a budget and others do not.",
        "Część wariantów ma budżet, a część nie.",
    ),
    "abtest.budget_uneven": (
        "Variant budgets differ ({low} to {high}); the better-funded variant gets more "
        "delivery and learning.",
        "Budżety wariantów się różnią (od {low} do {high}); lepiej finansowany wariant "
        "dostaje więcej wyświetleń i szybciej się uczy.",
    ),
    "abtest.budget.fix": (
        "Give every variant the same budget (or let Meta split it evenly).",
        "Daj każdemu wariantowi ten sam budżet (albo pozwól Meta podzielić go po równo).",
    ),
    "abtest.too_short": (
        "{days} days is shorter than the usual {min}-{max} days; weekday effects and the "
        "learning phase can skew the result.",
        "{days} dni to mniej niż zwykłe {min}–{max} dni; różnice między dniami tygodnia i "
        "faza uczenia się mogą zniekształcić wynik.",
    ),
    "abtest.too_long": (
        "{days} days is longer than the usual {min}-{max} days.",
        "{days} dni to dłużej niż zwykłe {min}–{max} dni.",
    ),
    "abtest.duration.fix": (
        "Run the test for {days} days.",
        "Prowadź test przez {days} dni.",
    ),
    "abtest.sample_inputs": (
        "Cannot estimate the sample size without baseline_rate and mde.",
        "Nie da się oszacować wielkości próby bez baseline_rate i mde.",
    ),
    "abtest.sample_inputs.fix": (
        "Add the current rate (e.g. CTR 0.015) and the smallest lift you care about (mde, "
        "relative by default: 0.1 = +10%).",
        "Podaj obecny wskaźnik (np. CTR 0.015) i najmniejszy wzrost, który ma znaczenie (mde, "
        "domyślnie względny: 0.1 = +10%).",
    ),
    "abtest.lift_too_big": (
        "baseline_rate plus mde reaches 100%; the effect size is not meaningful.",
        "baseline_rate plus mde sięga 100%; taki efekt nie ma sensu.",
    ),
    "abtest.lift_too_big.fix": ("Use a smaller mde.", "Użyj mniejszego mde."),
    "abtest.sample_info": (
        "The test needs about {per_variant} impressions per variant ({total} in total); add "
        "daily_impressions and a duration to check it is reachable.",
        "Test potrzebuje ok. {per_variant:unit.impression} na wariant (łącznie {total}); podaj "
        "daily_impressions i czas trwania, aby sprawdzić, czy to osiągalne.",
    ),
    "abtest.sample_short": (
        "The test needs about {total} impressions ({per_variant} per variant) but {days} days "
        "at {daily} a day give {available}; it will likely end inconclusive.",
        "Test potrzebuje ok. {total:unit.impression} ({per_variant} na wariant), a {days} dni po "
        "{daily} dziennie daje {available}; najpewniej zakończy się bez rozstrzygnięcia.",
    ),
    "abtest.sample_short.fix": (
        "Run about {days} days, raise the budget, use fewer variants or accept a larger mde.",
        "Prowadź test około {days} dni, zwiększ budżet, użyj mniej wariantów albo przyjmij "
        "większe mde.",
    ),
}
