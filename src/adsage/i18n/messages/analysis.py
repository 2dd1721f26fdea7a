"""What the results analysis says: verdicts, warnings, recommendations, metric names and units.

Figures inside them are formatted by :mod:`adsage.analysis.texts` ("1.8%" / "1,8%").
"""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "analysis.metric.ctr": ("CTR", "CTR"),
    "analysis.metric.cvr": ("conversion rate", "współczynnik konwersji"),
    "analysis.metric.cpa": ("cost per result", "koszt wyniku"),
    "analysis.metric.roas": ("ROAS", "ROAS"),
    "analysis.metric.cpc": ("cost per link click (CPC)", "koszt kliknięcia linku (CPC)"),
    "analysis.metric.cpm": ("CPM (cost per 1,000 impressions)", "CPM (koszt 1000 wyświetleń)"),
    "analysis.metric.cpr": ("cost per 1,000 people reached", "koszt dotarcia do 1000 osób"),
    "analysis.cost.purchase": ("cost per purchase", "koszt zakupu"),
    "analysis.cost.lead": ("cost per lead", "koszt pozyskania kontaktu (CPL)"),
    "analysis.cost.install": ("cost per install", "koszt instalacji"),
    "analysis.cost.landing_page_view": (
        "cost per landing page view",
        "koszt wyświetlenia strony docelowej",
    ),
    "analysis.result.purchase": ("purchases", "zakupów"),
    "analysis.result.lead": ("leads", "kontaktów"),
    "analysis.result.install": ("installs", "instalacji"),
    "analysis.result.landing_page_view": ("landing page views", "wyświetleń strony docelowej"),
    "analysis.result.any": ("results", "wyników"),
    "analysis.units.ctr.success": ("clicks", "kliknięć"),
    "analysis.units.ctr.trials": ("impressions", "wyświetleń"),
    "analysis.units.cvr.success": ("conversions", "konwersji"),
    "analysis.units.cvr.trials": ("clicks", "kliknięć"),
    "analysis.units.cpa.success": ("conversions", "konwersji"),
    "analysis.units.cpa.trials": ("spend", "wydatków"),
    "analysis.units.roas.success": ("conversions", "konwersji"),
    "analysis.units.roas.trials": ("spend", "wydatków"),
    "analysis.units.cpc.success": ("link clicks", "kliknięć linku"),
    "analysis.units.cpc.trials": ("spend", "wydatków"),
    "analysis.units.cpm.success": ("impressions", "wyświetleń"),
    "analysis.units.cpm.trials": ("spend", "wydatków"),
    "analysis.units.cpr.success": ("people reached", "osób w zasięgu"),
    "analysis.units.cpr.trials": ("spend", "wydatków"),
    "analysis.verdict.winner": (
        "{name} wins on {metric}: {value} vs {other} for {other_name} ({p}, probability to be best {pb}).",
        "Wygrywa {name} pod względem wskaźnika „{metric}”: {value} wobec {other} dla {other_name} ({p}, prawdopodobieństwo bycia najlepszą {pb}).",
    ),
    "analysis.verdict.none": (
        "No significant winner on {metric} yet: {name} leads with {value}, but the lead is not reliable (probability to be best {pb}).",
        "Brak istotnego zwycięzcy pod względem wskaźnika „{metric}”: prowadzi {name} z wynikiem {value}, ale przewaga nie jest pewna (prawdopodobieństwo bycia najlepszą {pb}).",
    ),
    "analysis.verdict.negligible": (
        "{name} is statistically ahead on {metric}, but by less than {lift}: a near-tie, not a winner worth moving budget for.",
        "{name} prowadzi statystycznie pod względem wskaźnika „{metric}”, ale o mniej niż {lift}: to praktycznie remis, nie zwycięzca wart przesuwania budżetu.",
    ),
    "analysis.verdict.single": (
        "Only one ad to compare ({name}): no winner can be called.",
        "Tylko jedna reklama do porównania ({name}): nie da się wskazać zwycięzcy.",
    ),
    "analysis.verdict.empty": (
        "No ad has data for {metric}; nothing to compare.",
        "Żadna reklama nie ma danych dla wskaźnika „{metric}”; nie ma czego porównać.",
    ),
    "analysis.warn.low_volume": (
        "Low volume for {names}: under {x} {unit} or {n} {base} per ad; differences this small in data are mostly noise.",
        "Mało danych dla: {names} (poniżej {x} {unit} lub {n} {base} na reklamę); różnice przy takiej próbie to głównie szum.",
    ),
    "analysis.warn.low_volume_count": (
        "Low volume for {names}: under {x} {unit} per ad; differences this small in data are mostly noise.",
        "Mało danych dla: {names} (poniżej {x} {unit} na reklamę); różnice przy takiej próbie to głównie szum.",
    ),
    "analysis.warn.excluded": (
        "Not compared on {metric}: {names} (no {base}, or more conversions than clicks, e.g. view-through conversions).",
        "Pominięte w porównaniu wskaźnika „{metric}”: {names} (brak {base} albo więcej konwersji niż kliknięć, np. konwersje po wyświetleniu).",
    ),
    "analysis.warn.crowded": (
        "Only the {n} ads with the most data were tested against each other; not tested: {names}.",
        "Porównano tylko {n:unit.ad_acc} z największą ilością danych; bez testu: {names}.",
    ),
    "analysis.warn.per_day_reach": (
        "Rows are per day and reach is summed over days, so a person reached on two days counts twice: reach is an upper bound and frequency a lower bound.",
        "Wiersze są dzienne, a zasięg jest sumowany po dniach, więc osoba z dwóch dni liczy się dwa razy: zasięg to górne oszacowanie, a częstotliwość dolne.",
    ),
    "analysis.warn.clicks_all": (
        "No link clicks column: using '{label}', which also counts likes and profile taps, so CTR is higher than the link CTR.",
        "Brak kolumny kliknięć linku: użyto '{label}', która liczy też polubienia i kliknięcia w profil, więc CTR jest wyższy niż CTR linku.",
    ),
    "analysis.warn.no_clicks": (
        "No clicks column: CTR, CPC and conversion rate are not available.",
        "Brak kolumny kliknięć: CTR, CPC i współczynnik konwersji są niedostępne.",
    ),
    "analysis.warn.currency": (
        "Spend is in {a} but conversion value in {b}: ROAS mixes currencies.",
        "Wydatki są w {a}, a wartość konwersji w {b}: ROAS miesza waluty.",
    ),
    "analysis.warn.skipped": (
        "{n} row(s) skipped; see the skipped rows for row numbers and reasons.",
        "Pominięto wiersze: {n}; numery i powody są na liście pominiętych wierszy.",
    ),
    "analysis.warn.frequency": (
        "Frequency above {f} for {names}: the same people see the ad often; watch for creative fatigue.",
        "Częstotliwość powyżej {f} dla: {names}; ci sami ludzie często widzą reklamę, uważaj na zmęczenie kreacją.",
    ),
    "analysis.warn.many_ads": (
        "{n} ads split the data {n} ways; each pairwise test is corrected (Holm), so more data is needed per ad than in a two-ad test.",
        "Reklam jest {n}, więc dane dzielą się na {n} części; testy parami są korygowane (Holm), więc każda reklama potrzebuje więcej danych niż w teście dwóch reklam.",
    ),
    "analysis.rec.budget_shift": (
        "Shift budget to {name}: it leads on {metric} ({value} vs {other}). Raise it gradually, about 20% every three to four days, so delivery does not restart learning.",
        "Przesuń budżet na {name}: prowadzi pod względem wskaźnika „{metric}” ({value} wobec {other}). Zwiększaj go stopniowo, o około 20% co trzy-cztery dni, by nie restartować fazy uczenia się.",
    ),
    "analysis.rec.pause": (
        "Pause {names}: {metric} {figures} against {value} for {leader}, significantly behind after correction for multiple comparisons.",
        "Wstrzymaj: {names}; wskaźnik „{metric}”: {figures} wobec {value} dla {leader}, istotnie gorzej po korekcie na wielokrotne porównania.",
    ),
    "analysis.rec.more_data": (
        "Keep the test running without edits: to confirm a difference of {value} vs {other} on {metric} you need about {n} {base} per ad (95% confidence, 80% power).",
        "Kontynuuj test bez zmian: aby potwierdzić różnicę {value} wobec {other} dla {metric}, potrzeba około {n} {base} na reklamę (95% ufności, moc 80%).",
    ),
    "analysis.rec.more_data_plain": (
        "No reliable winner on {metric} yet ({figures}). Keep the test running without edits until each ad has at least {x} {unit}; decide the stopping point in advance instead of peeking.",
        "Brak pewnego zwycięzcy pod względem wskaźnika „{metric}” ({figures}). Kontynuuj test bez zmian, aż każda reklama zbierze co najmniej {x} {unit}; ustal moment zakończenia z góry zamiast podglądać wyniki.",
    ),
    "analysis.rec.next_test": (
        "Next test: keep {name} as the control (best {metric}: {value}) and change one variable only (hook, image or call to action) in a new variant.",
        "Następny test: zostaw {name} jako wersję kontrolną (najlepszy wskaźnik „{metric}”: {value}) i zmień tylko jedną zmienną (hook, obraz lub wezwanie do działania) w nowym wariancie.",
    ),
    "analysis.rec.ctr_disagrees": (
        "Do not judge these ads by CTR: {diag} Budget follows {metric}, which is what the campaign pays for.",
        "Nie oceniaj tych reklam po CTR: {diag} O budżecie decyduje wskaźnik „{metric}”, bo za to płaci kampania.",
    ),
    "analysis.rec.roas_conflict": (
        "{name} has the best {metric} ({value} vs {other}), but {roas_name} returns more per unit spent (ROAS {r1} vs {r2}, a significant difference). Compare margins before moving budget, and pause neither.",
        "{name} ma najlepszy wskaźnik „{metric}” ({value} wobec {other}), ale {roas_name} zwraca więcej z każdej wydanej złotówki (ROAS {r1} wobec {r2}, różnica istotna). Porównaj marże, zanim przesuniesz budżet, i nie wstrzymuj żadnej.",
    ),
    "analysis.rec.retargeting": (
        "Retarget people who clicked but did not convert ({n} clicks without a conversion): a website custom audience of recent visitors (7-30 days), excluding buyers.",
        "Skieruj retargeting do osób, które kliknęły, ale nie dokonały konwersji ({n} kliknięć bez konwersji): grupa odwiedzających stronę (7-30 dni), bez kupujących.",
    ),
    "analysis.rec.creative_refresh": (
        "Refresh the creative of {names} or widen the audience: frequency above {f} usually comes with a falling CTR.",
        "Odśwież kreację {names} lub poszerz grupę odbiorców: częstotliwość powyżej {f} zwykle idzie w parze ze spadkiem CTR.",
    ),
    "analysis.rec.goal_missed": (
        "The goal ({goal}) is not met: {actual} against {target}. Trace the funnel (CPM, CTR, conversion rate) to find where people drop off before adding budget.",
        "Cel ({goal}) nie został osiągnięty: {actual} wobec {target}. Prześledź lejek (CPM, CTR, współczynnik konwersji), zanim dołożysz budżet.",
    ),
    "analysis.verdict.second": (
        "{metric}: {name} {value} vs {other} for {other_name} ({sig}).",
        "{metric}: {name} {value} wobec {other} dla {other_name} ({sig}).",
    ),
    "analysis.sig.yes": ("significant, {p}", "różnica istotna, {p}"),
    "analysis.sig.no": ("not a significant difference", "różnica nieistotna"),
    "analysis.diag.disagree": (
        "{ctr_name} has the higher CTR ({ctr_a} vs {ctr_b}), but {name} has the better {metric} ({v} vs {v_other}): {because}.",
        "{ctr_name} ma wyższy CTR ({ctr_a} wobec {ctr_b}), ale {name} ma lepszy wskaźnik „{metric}” ({v} wobec {v_other}): {because}.",
    ),
    "analysis.diag.because_cvr": (
        "{name}'s lower CTR is outweighed by its conversion rate ({a} vs {b})",
        "niższy CTR reklamy {name} z nawiązką równoważy jej współczynnik konwersji ({a} wobec {b})",
    ),
    "analysis.diag.because_cpm": (
        "{name}'s lower CTR is outweighed by cheaper impressions (CPM {a} vs {b})",
        "niższy CTR reklamy {name} z nawiązką równoważą tańsze wyświetlenia (CPM {a} wobec {b})",
    ),
    "analysis.diag.reach": ("Reach and frequency: {items}.", "Zasięg i częstotliwość: {items}."),
    "analysis.diag.reach_item": (
        "{name} {reach} people, {f} times each",
        "{name} {reach:unit.person}, średnio {f} razy",
    ),
    "analysis.diag.agree": (
        "CTR points the same way: {name} also has the highest CTR ({ctr}).",
        "CTR wskazuje to samo: {name} ma też najwyższy CTR ({ctr}).",
    ),
    "analysis.warn.blank": (
        "{name}: {cols} written as '--' or left empty, counted as 0; the ad stays in the comparison.",
        "{name}: {cols} zapisane jako '--' lub puste, liczone jako 0; reklama zostaje w porównaniu.",
    ),
    "analysis.warn.objective_mismatch": (
        "The export's result columns say the ads optimise for {found}, but the objective given is {objective}; judged on {metric} as the objective asks.",
        "Kolumny wyników w eksporcie wskazują optymalizację pod {found}, a podany cel to {objective}; ocena według wskaźnika „{metric}”, zgodnie z celem.",
    ),
    "analysis.warn.mixed_results": (
        "The ads optimise for different results ({kinds}); their Results are not comparable, so they are judged on {metric}.",
        "Reklamy są optymalizowane pod różne wyniki ({kinds}); ich Wyniki nie są porównywalne, więc ocena według wskaźnika „{metric}”.",
    ),
    "analysis.warn.attribution_mixed": (
        "Rows use different attribution settings ({values}): results counted under different windows are not comparable.",
        "Wiersze mają różne ustawienia atrybucji ({values}): wyniki liczone w różnych oknach nie są porównywalne.",
    ),
    "analysis.warn.no_spend": (
        "No spend column: costs cannot be computed, so the ads are compared on {metric}.",
        "Brak kolumny wydatków: kosztów nie da się policzyć, więc porównanie według wskaźnika „{metric}”.",
    ),
    "analysis.note.guessed": (
        "No Result indicator, Result type or objective: judged on {metric} from the export's columns; pass --objective to say what the campaign buys.",
        "Brak wskaźnika wyników, typu wyniku i celu: ocena według wskaźnika „{metric}” na podstawie kolumn eksportu; podaj --objective, by wskazać, za co płaci kampania.",
    ),
    "analysis.note.source": (
        "Judged on {metric}: {why}. CTR and conversion rate are diagnostics.",
        "Ocena według wskaźnika „{metric}”: {why}. CTR i współczynnik konwersji to diagnostyka.",
    ),
    "analysis.why.option": ("chosen with --metric", "wybrane przez --metric"),
    "analysis.why.objective": (
        "the campaign objective is {objective}",
        "cel kampanii to {objective}",
    ),
    "analysis.why.export": (
        "the export's Result indicator / Result type",
        "wskaźnik wyników / typ wyniku w eksporcie",
    ),
    "analysis.why.columns": ("the export's columns", "kolumny eksportu"),
    "analysis.why.fallback": (
        "the export has no spend or results to judge by",
        "eksport nie ma wydatków ani wyników",
    ),
    "analysis.note.totals_row": (
        "Row {row} is the export's totals row: used as a check, not compared as an ad.",
        "Wiersz {row} to wiersz sumy eksportu: służy do kontroli, nie jest porównywany jako reklama.",
    ),
    "analysis.goal.unchecked": (
        "The goal cannot be checked against this export: {why}.",
        "Celu nie da się sprawdzić na podstawie tego eksportu: {why}.",
    ),
    "analysis.goal.why.metric": (
        "it names no metric the export has",
        "nie wskazuje metryki obecnej w eksporcie",
    ),
    "analysis.goal.why.relative": (
        "a relative target needs a baseline the export does not hold",
        "cel względny wymaga punktu odniesienia, którego eksport nie zawiera",
    ),
    "analysis.goal.why.currency": (
        "the goal is in {a} but the export in {b}",
        "cel jest w {a}, a eksport w {b}",
    ),
    "analysis.goal.met": (
        "Goal met: {actual} against {target}.",
        "Cel osiągnięty: {actual} wobec {target}.",
    ),
    "analysis.goal.missed": (
        "Goal missed: {actual} against {target}.",
        "Cel nieosiągnięty: {actual} wobec {target}.",
    ),
}
