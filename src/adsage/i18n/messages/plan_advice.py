"""Plan notes on targeting, KPIs and the A/B test, and their document labels."""

MESSAGES = {
    "plan.kpi_watch": (
        "watch in Ads Manager; the brief sets no target for it",
        "obserwuj w Menedżerze reklam; brief nie wyznacza tu celu",
    ),
    "plan.ab_test_limit": (
        "An A/B test in Ads Manager runs for at most {max} days (third-party guides; not "
        "confirmed by Meta), so the test is sized on {max} of the campaign's {days} days.",
        "Test A/B w Menedżerze reklam trwa najwyżej {max} dni (poradniki zewnętrzne; "
        "niepotwierdzone przez Metę), więc test jest liczony na {max} z {days} dni kampanii.",
    ),
    "plan.kpi_ceiling_under_cap": (
        "the most a result can cost to reach {goal} with {total}, below the goal's cap of "
        "{cap}; {market} market benchmark {bench} ({conf}), about {expected} results",
        "najwyższy koszt wyniku, przy którym {total} da {goal}, poniżej limitu {cap} z celu; "
        "benchmark rynkowy ({market}) {bench} ({conf}), ok. {expected:unit.result}",
    ),
    "plan.kpi_cap_under_budget": (
        "cost cap from the goal ({total} alone would allow {limit} a result for {goal}); "
        "{market} market benchmark {bench} ({conf}), about {expected} results",
        "limit kosztu z celu ({total} pozwalałoby na {limit} za wynik przy {goal}); "
        "benchmark rynkowy ({market}) {bench} ({conf}), ok. {expected:unit.result}",
    ),
    "plan.kpi_cap_only": (
        "cost cap from the goal; {market} market benchmark {bench} ({conf}), about {expected} "
        "results",
        "limit kosztu z celu; benchmark rynkowy ({market}) {bench} ({conf}), ok. "
        "{expected:unit.result}",
    ),
    "plan.ab_test_goal": (
        "The test ad set optimises for {goal}, as the main ad sets do: {metric} is read from "
        "the report, so the versions are compared among the people the campaign will reach, "
        "not among those who click most (adsage guidance, not confirmed by Meta).",
        "Zestaw testowy optymalizuje pod {goal}, tak jak zestawy główne: {metric} odczytujesz "
        "z raportu, więc wersje porównujesz wśród osób, do których dotrze kampania, a nie "
        "wśród tych, które najczęściej klikają (wytyczne adsage, niepotwierdzone przez Metę).",
    ),
    "plan.ab_offer_window": (
        "A tested ad names the offer, which ends on day {days} of the campaign's {flight}: the "
        "test runs only within those {days} days, since after the offer ends that ad would "
        "promise something no longer on offer.",
        "Testowana reklama podaje ofertę, która kończy się {days}. dnia z {flight} dni kampanii: "
        "test trwa tylko w tych {days} dniach, bo po końcu oferty ta reklama obiecywałaby coś, "
        "czego już nie ma.",
    ),
    "plan.ab_test_window": (
        "An A/B test in Ads Manager runs for at most {max} days (third-party guides; not "
        "confirmed by Meta), so the test ad set spends its budget in the first {max} of the "
        "campaign's {days} days.",
        "Test A/B w Menedżerze reklam trwa najwyżej {max} dni (poradniki zewnętrzne; "
        "niepotwierdzone przez Metę), więc zestaw testowy wydaje swój budżet w pierwszych {max} "
        "z {days} dni kampanii.",
    ),
    "plan.kpi_items_name": ("{unit} sold", "liczba {unit}"),
    "plan.kpi_target_items": (
        "client's target, in items; Meta counts orders (purchases), so track items sold outside "
        "Ads Manager",
        "cel klienta w sztukach; Meta liczy zamówienia (zakupy), więc sprzedane sztuki śledź "
        "poza Menedżerem reklam",
    ),
    "plan.kpi_ceiling": (
        "the most a result can cost to reach {goal} with {total}; {market} market "
        "benchmark {bench} ({conf}), about {expected} results",
        "najwyższy koszt wyniku, przy którym {total} da {goal}; benchmark rynkowy "
        "({market}) {bench} ({conf}), ok. {expected:unit.result}",
    ),
    "doc.ab.tested": ("Tested element", "Testowany element"),
    "doc.ab.control": ("control", "kontrolna"),
    "doc.var.headline": ("headline", "nagłówek"),
    "doc.var.primary_text": ("primary text", "tekst główny"),
    "doc.var.description": ("description", "opis"),
    "doc.var.cta": ("button", "przycisk"),
    "doc.var.creative": ("creative", "kreacja"),
    "doc.var.audience": ("audience", "grupa odbiorców"),
}
