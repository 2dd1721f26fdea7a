"""What the SMART goal checker says: criteria reasons, issues, suggestions, rewrite parts.

Numbers and dates inside them are formatted by :mod:`adsage.checks.goal.wording` so the goal
parser reads a rewrite back.
"""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "goal.spec.pass": (
        "Names a concrete result ({metric}) with a target of {target}.",
        "Wskazuje konkretny wynik ({metric}) i wartość docelową {target}.",
    ),
    "goal.spec.pass_value": (
        "Names a concrete result ({text}, counted as {metric}) with a target of {target}, worth {value} in total.",
        "Wskazuje konkretny wynik ({text}, liczony jako {metric}) i wartość docelową {target} o łącznej wartości {value}.",
    ),
    "goal.spec.no_target": (
        "Names {metric} but no target: say how many.",
        "Wskazuje wynik ({metric}), ale bez wartości docelowej: napisz, ile.",
    ),
    "goal.spec.no_metric": (
        "Has a number ({target}) but does not say what it counts.",
        "Podaje liczbę ({target}), ale nie mówi, czego ona dotyczy.",
    ),
    "goal.spec.vague": (
        '"{term}" is not a concrete result that Ads Manager can count.',
        "„{term}” to nie jest konkretny wynik, który da się policzyć w Menedżerze reklam.",
    ),
    "goal.spec.none": (
        "Names neither a concrete result nor a target.",
        "Nie wskazuje ani konkretnego wyniku, ani wartości docelowej.",
    ),
    "goal.meas.pass": (
        "{target} on {metric}, a KPI that Ads Manager reports.",
        "{target} dla wskaźnika „{metric}”, raportowanego w Menedżerze reklam.",
    ),
    "goal.meas.site_event": (
        "{target} on {metric}: measurable in Ads Manager only if the thank-you page sends an "
        "event (e.g. Lead or CompleteRegistration) through the pixel or the Conversions API; "
        "without it, count them in your own system and tag the ad link with UTM parameters.",
        "{target} dla wskaźnika „{metric}”: mierzalne w Menedżerze reklam tylko wtedy, gdy "
        "strona z podziękowaniem wysyła zdarzenie (np. Lead lub CompleteRegistration) przez "
        "piksel lub API konwersji; bez tego licz je we własnym systemie i oznacz link reklamy "
        "parametrami UTM.",
    ),
    "goal.meas.no_number": (
        "There is no number to measure progress against.",
        "Brak liczby, względem której można mierzyć postęp.",
    ),
    "goal.meas.untrackable": (
        '"{term}" is not a KPI Meta reports; measure {hint} instead.',
        "„{term}” nie jest wskaźnikiem raportowanym przez Metę; mierz raczej: {hint}.",
    ),
    "goal.meas.no_metric": (
        "The number {target} is not tied to a KPI such as leads, purchases or reach.",
        "Liczba {target} nie jest przypisana do wskaźnika, np. leadów, zakupów czy zasięgu.",
    ),
    "goal.time.deadline": (
        "Deadline {deadline}: {days} days counting from {anchor}.",
        "Termin {deadline}: {days} dni, licząc od {anchor}.",
    ),
    "goal.time.window": (
        "A window of {days} days, ending {deadline}.",
        "Okres {days} dni, do {deadline}.",
    ),
    "goal.time.rate": ("A recurring target: {period}.", "Cel cykliczny: {period}."),
    "goal.time.vague": ('"{word}" is not a deadline.', "„{word}” to nie jest termin."),
    "goal.time.none": ("No deadline or time window.", "Brak terminu lub okresu realizacji."),
    "goal.time.past": (
        "The deadline {deadline} has already passed (today is {today}).",
        "Termin {deadline} już minął (dziś jest {today}).",
    ),
    "goal.time.schedule_past": (
        "The schedule ends on {end}, which has already passed (today is {today}); move the dates forward.",
        "Harmonogram kończy się {end}, a ten dzień już minął (dziś jest {today}); przesuń daty.",
    ),
    "goal.ach.cost_ok": (
        "{budget} for {target} {metric} is {implied} {per_unit}, within the plausible range {low}-{high} ({source}, {as_of}, {conf}).",
        "{budget} na {target} ({metric}) to {implied} {per_unit}, w wiarygodnym zakresie {low}-{high} ({source}, {as_of}, {conf}).",
    ),
    "goal.ach.too_cheap": (
        "{budget} for {target} {metric} means {implied} {per_unit}, below the plausible minimum of about {low} ({source}, {as_of}, {conf}).",
        "{budget} na {target} ({metric}) to {implied} {per_unit}, poniżej wiarygodnego minimum ok. {low} ({source}, {as_of}, {conf}).",
    ),
    "goal.ach.too_cheap_count": (
        "At a typical {typical} the budget buys about {expected}.",
        "Przy typowym koszcie {typical} budżet da ok. {expected}.",
    ),
    "goal.ach.ambitious": (
        "{budget} for {target} {metric} is {implied} {per_unit}: plausible but ambitious, as a typical cost is about {typical}, which would buy about {expected} results.",
        "{budget} na {target} ({metric}) to {implied} {per_unit}: możliwe, ale ambitne, bo typowy koszt to ok. {typical}, co dałoby ok. {expected:unit.result}.",
    ),
    "goal.ach.out_of_reach": (
        "{budget} buys about {expected} {metric} at a typical {typical} {per_unit} ({source}, {as_of}, {conf}); the target is {target}, so it is out of reach as planned.",
        "{budget} wystarczy na ok. {expected:unit.result} ({metric}) przy typowym koszcie {typical} {per_unit} ({source}, {as_of}, {conf}); cel to {target}, więc w tym planie jest poza zasięgiem.",
    ),
    "goal.ach.generous": (
        "{budget} buys about {expected} {metric} at a typical {typical} ({source}, {as_of}, {conf}): the target of {target} is within reach at this market's typical cost (costs vary widely by industry).",
        "{budget} wystarczy na ok. {expected:unit.result} ({metric}) przy typowym koszcie {typical} ({source}, {as_of}, {conf}): cel {target} jest w zasięgu przy typowym koszcie na tym rynku (koszty mocno zależą od branży).",
    ),
    "goal.ach.cap_below_market": (
        "Your cap of {cap} for {metric} is below the market's typical {typical} ({source}, {as_of}, {conf}): with a cost cap bid, expect slower delivery and fewer results than the budget could buy.",
        "Limit {cap} ({metric}) jest poniżej typowego kosztu na tym rynku {typical} ({source}, {as_of}, {conf}): przy stawce z limitem kosztu dostarczanie zwolni i wyników będzie mniej, niż pozwala budżet.",
    ),
    "goal.ach.cap_ok": (
        "Your cap of {cap} for {metric} is at or above the market's typical {typical}.",
        "Limit {cap} ({metric}) jest na poziomie typowego kosztu na tym rynku ({typical}) lub wyżej.",
    ),
    "goal.ach.roas_floor_high": (
        "A minimum ROAS of {roas} is above the usual maximum of about {high} ({source}, {as_of}, {conf}).",
        "Minimalny ROAS {roas} przekracza typowe maksimum ok. {high} ({source}, {as_of}, {conf}).",
    ),
    "goal.ach.roas_at_price": (
        "{count} × {price} = {revenue} of revenue from {budget} is a ROAS of {roas}, at least the {floor} the goal asks.",
        "{count} × {price} = {revenue} przychodu z {budget} to ROAS {roas}, co najmniej {floor} z celu.",
    ),
    "goal.ach.roas_at_price_short": (
        "{count} × {price} = {revenue} of revenue from {budget} is a ROAS of {roas}, below the {floor} the goal asks: at this price and budget the count and the minimum ROAS cannot both be met.",
        "{count} × {price} = {revenue} przychodu z {budget} to ROAS {roas}, poniżej {floor} z celu: przy tej cenie i budżecie liczba sprzedaży i minimalny ROAS nie mogą być spełnione jednocześnie.",
    ),
    "goal.ach.roas_price_below_market": (
        "At {price}, a minimum ROAS of {floor} allows at most {cap} per purchase, below the market's typical {typical} ({source}, {as_of}, {conf}): expect slower delivery and fewer purchases than the budget could buy.",
        "Przy cenie {price} minimalny ROAS {floor} pozwala na najwyżej {cap} za zakup, poniżej typowego kosztu na tym rynku {typical} ({source}, {as_of}, {conf}): dostarczanie zwolni i zakupów będzie mniej, niż pozwala budżet.",
    ),
    "goal.suggest.roas_at_price": (
        "Lower the budget, raise the count or lower the minimum ROAS until {count} × {price} is at least {floor} times the budget.",
        "Zmniejsz budżet, zwiększ liczbę sprzedaży albo obniż minimalny ROAS, aż {count} × {price} da co najmniej {floor}-krotność budżetu.",
    ),
    "goal.unit.1": ("per result", "za wynik"),
    "goal.unit.1000": ("per 1,000", "za 1000"),
    "goal.suggest.stretch": (
        "Keep it as a stretch target and report against the typical range, or set a target inside that range.",
        "Zostaw go jako cel ambitny i raportuj względem typowego zakresu albo ustaw cel w tym zakresie.",
    ),
    "goal.suggest.ambitious": (
        "Either raise the budget to about {needed} for the full target, or lower the target to about {expected}.",
        "Zwiększ budżet do ok. {needed} na pełny cel albo obniż cel do ok. {expected}.",
    ),
    "goal.suggest.items": (
        "Either state the target in orders (the budget buys about {expected}) or say how many {text} an order usually holds; at one per order, raise the budget to about {needed} or lower the target to about {expected}.",
        "Podaj cel w zamówieniach (budżet wystarczy na ok. {expected:unit.order}) albo napisz, ile sztuk ({text}) zwykle obejmuje jedno zamówienie; przy jednej sztuce na zamówienie zwiększ budżet do ok. {needed} albo obniż cel do ok. {expected}.",
    ),
    "goal.ach.cost_target_ok": (
        "A {metric} of {target} is above the plausible minimum of about {low}.",
        "{metric} na poziomie {target} jest powyżej wiarygodnego minimum ok. {low}.",
    ),
    "goal.ach.cost_target_low": (
        "A {metric} of {target} is below the plausible minimum of about {low} ({source}, {as_of}, {conf}).",
        "{metric} na poziomie {target} jest poniżej wiarygodnego minimum ok. {low} ({source}, {as_of}, {conf}).",
    ),
    "goal.ach.rate_ok": (
        "A {metric} of {target} is within the usual range {low}-{high}.",
        "{metric} na poziomie {target} mieści się w typowym zakresie {low}-{high}.",
    ),
    "goal.ach.rate_high": (
        "A {metric} of {target} is above the usual maximum of about {high} ({source}, {as_of}, {conf}).",
        "{metric} na poziomie {target} przekracza typowe maksimum ok. {high} ({source}, {as_of}, {conf}).",
    ),
    "goal.ach.roas_high": (
        "{target} in revenue on {budget} of spend needs a ROAS of {roas}, above the plausible maximum of about {high} ({source}, {as_of}, {conf}).",
        "{target} przychodu przy {budget} wydatków wymaga ROAS {roas}, powyżej wiarygodnego maksimum ok. {high} ({source}, {as_of}, {conf}).",
    ),
    "goal.ach.items_short": (
        "{budget} buys about {expected} purchases (orders) at a typical {typical} per purchase ({source}, {as_of}, {conf}). Meta counts orders, not items: a target of {target} {text} would need about {k} per order, so it is out of reach unless orders are that large.",
        "{budget} wystarczy na ok. {expected:unit.order} przy typowym koszcie {typical} za zakup ({source}, {as_of}, {conf}). Meta liczy zamówienia, nie sztuki: cel {target} {text} wymaga ok. {k} szt. na zamówienie, więc jest poza zasięgiem, chyba że zamówienia są tak duże.",
    ),
    "goal.ach.items_ok": (
        "{budget} buys about {expected} purchases (orders) at a typical {typical} per purchase ({source}, {as_of}, {conf}). Meta counts orders, not items: a target of {target} {text} is within reach if an order holds about {k} or more.",
        "{budget} wystarczy na ok. {expected:unit.order} przy typowym koszcie {typical} za zakup ({source}, {as_of}, {conf}). Meta liczy zamówienia, nie sztuki: cel {target} {text} jest w zasięgu, jeśli zamówienie obejmuje średnio ok. {k} szt. lub więcej.",
    ),
    "goal.ach.items_one": (
        "{budget} buys about {expected} purchases (orders) at a typical {typical} per purchase ({source}, {as_of}, {conf}). Meta counts orders, not items: a target of {target} {text} is within reach even at one per order.",
        "{budget} wystarczy na ok. {expected:unit.order} przy typowym koszcie {typical} za zakup ({source}, {as_of}, {conf}). Meta liczy zamówienia, nie sztuki: cel {target} {text} jest w zasięgu nawet przy jednej sztuce na zamówienie.",
    ),
    "goal.ach.relative_big": (
        "A change of {target} is very ambitious for one campaign (adsage editorial limit, UNSURE).",
        "Zmiana {target} to bardzo ambitny cel jak na jedną kampanię (limit redakcyjny adsage, UNSURE).",
    ),
    "goal.ach.relative_base": (
        "Not checked: a relative target needs the current baseline; state an absolute number.",
        "Nie sprawdzono: cel względny wymaga punktu wyjścia; podaj liczbę bezwzględną.",
    ),
    "goal.ach.need_budget": (
        "Not checked: pass --budget and --currency (and --objective) to check achievability.",
        "Nie sprawdzono: podaj --budget i --currency (oraz --objective), aby ocenić osiągalność.",
    ),
    "goal.ach.need_currency": (
        "Not checked: pass --currency so the budget can be compared with benchmarks.",
        "Nie sprawdzono: podaj --currency, aby porównać budżet z benchmarkami.",
    ),
    "goal.ach.no_fx": (
        "Not checked: no exchange rate for {cur}; benchmarks are in USD.",
        "Nie sprawdzono: brak kursu dla {cur}; benchmarki są w USD.",
    ),
    "goal.ach.no_bench": (
        "Not checked: there is no cost benchmark for {metric}.",
        "Nie sprawdzono: brak benchmarku kosztu dla wskaźnika „{metric}”.",
    ),
    "goal.ach.no_metric": (
        "Not checked: the goal needs a metric and a target before it can be compared with benchmarks.",
        "Nie sprawdzono: aby porównać cel z benchmarkami, potrzebny jest wskaźnik i wartość docelowa.",
    ),
    "goal.ach.after_end": (
        "The deadline {deadline} is after the campaign ends ({end}).",
        "Termin {deadline} wypada po zakończeniu kampanii ({end}).",
    ),
    "goal.ach.before_start": (
        "The deadline {deadline} is before the campaign starts ({start}).",
        "Termin {deadline} wypada przed startem kampanii ({start}).",
    ),
    "goal.ach.short": (
        "Only {days} day(s) to the deadline: an ad set usually needs about 7 days and around 50 results to leave the learning phase (COPY).",
        "Tylko {days} dn. do terminu: zestaw reklam zwykle potrzebuje ok. 7 dni i ok. 50 wyników, aby wyjść z fazy uczenia się (COPY).",
    ),
    "goal.ach.schedule_ok": ("The timing fits the schedule.", "Termin pasuje do harmonogramu."),
    "goal.rel.pass": (
        "{metric} is a KPI that {objective} is built for.",
        "{metric} to wskaźnik, pod który jest zbudowany cel {objective}.",
    ),
    "goal.rel.fail": (
        "{metric} is not what {objective} optimises for ({kpis}); {suggested} fits this goal (common practice, UNSURE).",
        "{objective} nie optymalizuje pod {metric} ({kpis}); do tego celu pasuje {suggested} (praktyka rynkowa, UNSURE).",
    ),
    "goal.rel.no_objective": (
        "Not checked: pass --objective; this goal fits {suggested}.",
        "Nie sprawdzono: podaj --objective; do tego celu pasuje {suggested}.",
    ),
    "goal.rel.no_metric": (
        "Not checked: the goal names no metric to match with an objective.",
        "Nie sprawdzono: cel nie wskazuje wskaźnika, który można dopasować do celu kampanii.",
    ),
    "goal.truncated": (
        "Only the first {n} characters were read; a goal should be a sentence or two.",
        "Przeczytano tylko pierwsze {n} znaków; cel powinien mieścić się w jednym-dwóch zdaniach.",
    ),
    "goal.suggest.try": ('Try: "{rewrite}"', "Propozycja: „{rewrite}”"),
    "goal.suggest.objective": (
        'Use --objective {suggested}, or for {objective} aim for: "{rewrite}"',
        "Użyj --objective {suggested} albo dla {objective} przyjmij cel: „{rewrite}”",
    ),
    "goal.suggest.flags": ("Re-run with {flags}.", "Uruchom ponownie z {flags}."),
    "goal.suggest.baseline": (
        'State the starting point (e.g. "from 500 to 600 purchases") or an absolute target.',
        "Podaj punkt wyjścia (np. „z 500 do 600 zamówień”) albo cel bezwzględny.",
    ),
    "goal.suggest.shorten": (
        "Keep the goal to one or two sentences.",
        "Zapisz cel w jednym-dwóch zdaniach.",
    ),
    "goal.period.1": ("per day", "dziennie"),
    "goal.period.7": ("per week", "tygodniowo"),
    "goal.period.30": ("per month", "miesięcznie"),
    "goal.period.91": ("per quarter", "kwartalnie"),
    "goal.period.365": ("per year", "rocznie"),
    "goal.deadline.prefix": ("by", "do"),
    "goal.cap.tail": ("at a {metric} of at most {cap}", "przy {metric} najwyżej {cap}"),
    "goal.roas.tail": ("with a ROAS of at least {roas}", "przy ROAS co najmniej {roas}"),
    "goal.budget.tail": ("with a budget of {budget}", "przy budżecie {budget}"),
    # the forecast falls just short of a target within reach; a cap above the cost it needs
    "goal.ach.at_risk": (
        "At the market's typical {typical} {per_unit} ({source}, {as_of}, {conf}), {budget} buys about {expected} of the {target} {metric}; the target needs an average of {implied} {per_unit}.",
        "Przy typowym koszcie {typical} {per_unit} ({source}, {as_of}, {conf}) {budget} da ok. {expected} z {target} ({metric}); potrzebny średni koszt to {implied} {per_unit}.",
    ),
    "goal.suggest.at_risk": (
        "Hold the average cost per result at {implied} or below, or raise the budget to about {needed} to reach the full target at the typical cost.",
        "Utrzymaj średni koszt wyniku na poziomie {implied} lub niższym albo zwiększ budżet do ok. {needed}, aby przy typowym koszcie osiągnąć pełny cel.",
    ),
    "goal.ach.cap_above_need": (
        "Your cap of {cap} ({metric}; the market's typical cost is {typical}) is above the average {need} the goal needs: the budget, not the cap, decides the result, and a cost at the cap buys about {at_cap}; a cost per result goal of {need} fits the target.",
        "Limit {cap} ({metric}; typowy koszt na tym rynku to {typical}) jest wyższy niż średni koszt {need}, którego wymaga cel: o wyniku decyduje budżet, a nie limit kosztu, a przy koszcie równym limitowi budżet wystarczy na ok. {at_cap}; do celu pasuje docelowy koszt wyniku {need}.",
    ),
    "goal.suggest.cap_to_need": (
        "Set the cost per result goal to {need}: an average at that level pays for the full target.",
        "Ustaw docelowy koszt wyniku na {need}: średni koszt na tym poziomie wystarczy na pełny cel.",
    ),
    "goal.ach.cap_ceiling_count": (
        "If results cost about the cap, the budget buys about {at_cap}: the count the plan's "
        "volume and learning-phase figures use.",
        "Jeśli wynik kosztuje ok. tyle, ile limit, budżet da ok. {at_cap}: tę liczbę przyjmuje "
        "plan w prognozie wyników i fazy uczenia się.",
    ),
    "goal.ach.cap_ceiling": (
        "Your cap of {cap} ({metric}) is well above the typical {typical}, an average over all industries in this market: a high-ticket or specialist business often pays more per result, so whether the cap holds delivery back depends on this business's own cost per result: compare the cap with its past cost per result.",
        "Limit {cap} ({metric}) jest znacznie wyższy niż typowy koszt {typical}, czyli średnia ze wszystkich branż na tym rynku: firma z drogą ofertą lub specjalistyczną usługą często płaci za wynik więcej, więc to, czy limit ograniczy dostarczanie, zależy od rzeczywistego kosztu wyniku tej firmy: porównaj limit z jej dotychczasowym kosztem wyniku.",
    ),
}
