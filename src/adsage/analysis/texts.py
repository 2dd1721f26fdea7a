# ruff: noqa: E501  (a message catalogue: one sentence per line reads better than fragments)
"""English and Polish wording of the analysis: verdicts, warnings, recommendations, labels.

Kept apart from the logic so a translator edits one file; numbers are formatted here too,
because "1.8%" and "1,8%" are part of the language, not of the maths.
"""

from __future__ import annotations

from typing import Any, Literal

Lang = Literal["en", "pl"]

METRIC_NAMES: dict[str, dict[Lang, str]] = {
    "ctr": {"en": "CTR", "pl": "CTR"},
    "cvr": {"en": "conversion rate", "pl": "współczynnik konwersji"},
    "cpa": {"en": "cost per result", "pl": "koszt wyniku"},
    "roas": {"en": "ROAS", "pl": "ROAS"},
    "cpc": {"en": "cost per link click (CPC)", "pl": "koszt kliknięcia linku (CPC)"},
    "cpm": {"en": "CPM (cost per 1,000 impressions)", "pl": "CPM (koszt 1000 wyświetleń)"},
    "cpr": {"en": "cost per 1,000 people reached", "pl": "koszt dotarcia do 1000 osób"},
}
# cost per result, named after what the campaign buys
COST_NAMES: dict[str, dict[Lang, str]] = {
    "purchase": {"en": "cost per purchase", "pl": "koszt zakupu"},
    "lead": {"en": "cost per lead", "pl": "koszt pozyskania kontaktu (CPL)"},
    "install": {"en": "cost per install", "pl": "koszt instalacji"},
    "landing_page_view": {
        "en": "cost per landing page view",
        "pl": "koszt wyświetlenia strony docelowej",
    },
}
# what the result count is called: (plural after a number, as in "under 10 purchases")
RESULT_UNITS: dict[str, dict[Lang, str]] = {
    "purchase": {"en": "purchases", "pl": "zakupów"},
    "lead": {"en": "leads", "pl": "kontaktów"},
    "install": {"en": "installs", "pl": "instalacji"},
    "landing_page_view": {"en": "landing page views", "pl": "wyświetleń strony docelowej"},
    "": {"en": "results", "pl": "wyników"},
}

_T: dict[str, dict[Lang, str]] = {
    "verdict.winner": {
        "en": "{name} wins on {metric}: {value} vs {other} for {other_name} "
        "({p}, probability to be best {pb}).",
        "pl": "Wygrywa {name} pod względem wskaźnika „{metric}”: {value} wobec {other} dla {other_name} "
        "({p}, prawdopodobieństwo bycia najlepszą {pb}).",
    },
    "verdict.none": {
        "en": "No significant winner on {metric} yet: {name} leads with {value}, but the lead "
        "is not reliable (probability to be best {pb}).",
        "pl": "Brak istotnego zwycięzcy pod względem wskaźnika „{metric}”: prowadzi {name} z wynikiem {value}, "
        "ale przewaga nie jest pewna (prawdopodobieństwo bycia najlepszą {pb}).",
    },
    "verdict.negligible": {
        "en": "{name} is statistically ahead on {metric}, but by less than {lift}: "
        "a near-tie, not a winner worth moving budget for.",
        "pl": "{name} prowadzi statystycznie pod względem wskaźnika „{metric}”, ale o mniej niż {lift}: "
        "to praktycznie remis, nie zwycięzca wart przesuwania budżetu.",
    },
    "verdict.single": {
        "en": "Only one ad to compare ({name}): no winner can be called.",
        "pl": "Tylko jedna reklama do porównania ({name}): nie da się wskazać zwycięzcy.",
    },
    "verdict.empty": {
        "en": "No ad has data for {metric}; nothing to compare.",
        "pl": "Żadna reklama nie ma danych dla wskaźnika „{metric}”; nie ma czego porównać.",
    },
    "warn.low_volume": {
        "en": "Low volume for {names}: under {x} {unit} or {n} {base} per ad; "
        "differences this small in data are mostly noise.",
        "pl": "Mało danych dla: {names} (poniżej {x} {unit} lub {n} {base} na reklamę); "
        "różnice przy takiej próbie to głównie szum.",
    },
    "warn.low_volume_count": {
        "en": "Low volume for {names}: under {x} {unit} per ad; differences this small in data "
        "are mostly noise.",
        "pl": "Mało danych dla: {names} (poniżej {x} {unit} na reklamę); różnice przy takiej "
        "próbie to głównie szum.",
    },
    "warn.excluded": {
        "en": "Not compared on {metric}: {names} (no {base}, or more conversions than clicks, "
        "e.g. view-through conversions).",
        "pl": "Pominięte w porównaniu wskaźnika „{metric}”: {names} (brak {base} albo więcej konwersji niż "
        "kliknięć, np. konwersje po wyświetleniu).",
    },
    "warn.crowded": {
        "en": "Only the {n} ads with the most data were tested against each other; "
        "not tested: {names}.",
        "pl": "Porównano tylko {n} reklam z największą ilością danych; bez testu: {names}.",
    },
    "warn.per_day_reach": {
        "en": "Rows are per day and reach is summed over days, so a person reached on two days "
        "counts twice: reach is an upper bound and frequency a lower bound.",
        "pl": "Wiersze są dzienne, a zasięg jest sumowany po dniach, więc osoba z dwóch dni liczy "
        "się dwa razy: zasięg to górne oszacowanie, a częstotliwość dolne.",
    },
    "warn.clicks_all": {
        "en": "No link clicks column: using '{label}', which also counts likes and profile taps, "
        "so CTR is higher than the link CTR.",
        "pl": "Brak kolumny kliknięć linku: użyto '{label}', która liczy też polubienia i "
        "kliknięcia w profil, więc CTR jest wyższy niż CTR linku.",
    },
    "warn.no_clicks": {
        "en": "No clicks column: CTR, CPC and conversion rate are not available.",
        "pl": "Brak kolumny kliknięć: CTR, CPC i współczynnik konwersji są niedostępne.",
    },
    "warn.currency": {
        "en": "Spend is in {a} but conversion value in {b}: ROAS mixes currencies.",
        "pl": "Wydatki są w {a}, a wartość konwersji w {b}: ROAS miesza waluty.",
    },
    "warn.skipped": {
        "en": "{n} row(s) skipped; see the skipped rows for row numbers and reasons.",
        "pl": "Pominięto wiersze: {n}; numery i powody są na liście pominiętych wierszy.",
    },
    "warn.frequency": {
        "en": "Frequency above {f} for {names}: the same people see the ad often; "
        "watch for creative fatigue.",
        "pl": "Częstotliwość powyżej {f} dla: {names}; ci sami ludzie często widzą reklamę, "
        "uważaj na zmęczenie kreacją.",
    },
    "warn.many_ads": {
        "en": "{n} ads split the data {n} ways; each pairwise test is corrected (Holm), "
        "so more data is needed per ad than in a two-ad test.",
        "pl": "{n} reklam dzieli dane na {n} części; testy parami są korygowane (Holm), więc "
        "każda reklama potrzebuje więcej danych niż w teście dwóch reklam.",
    },
    "rec.budget_shift": {
        "en": "Shift budget to {name}: it leads on {metric} ({value} vs {other}). Raise it "
        "gradually, about 20% every three to four days, so delivery does not restart learning.",
        "pl": "Przesuń budżet na {name}: prowadzi pod względem wskaźnika „{metric}” ({value} wobec {other}). "
        "Zwiększaj go stopniowo, o około 20% co trzy-cztery dni, by nie restartować fazy uczenia się.",
    },
    "rec.pause": {
        "en": "Pause {names}: {metric} {figures} against {value} for {leader}, significantly "
        "behind after correction for multiple comparisons.",
        "pl": "Wstrzymaj: {names}; wskaźnik „{metric}”: {figures} wobec {value} dla {leader}, istotnie gorzej "
        "po korekcie na wielokrotne porównania.",
    },
    "rec.more_data": {
        "en": "Keep the test running without edits: to confirm a difference of {value} vs "
        "{other} on {metric} you need about {n} {base} per ad (95% confidence, 80% power).",
        "pl": "Kontynuuj test bez zmian: aby potwierdzić różnicę {value} wobec {other} dla "
        "{metric}, potrzeba około {n} {base} na reklamę (95% ufności, moc 80%).",
    },
    "rec.more_data_plain": {
        "en": "No reliable winner on {metric} yet ({figures}). Keep the test running without "
        "edits until each ad has at least {x} {unit}; decide the stopping point in advance "
        "instead of peeking.",
        "pl": "Brak pewnego zwycięzcy pod względem wskaźnika „{metric}” ({figures}). Kontynuuj test bez "
        "zmian, aż każda reklama zbierze co najmniej {x} {unit}; ustal moment zakończenia z góry "
        "zamiast podglądać wyniki.",
    },
    "rec.next_test": {
        "en": "Next test: keep {name} as the control (best {metric}: {value}) and change one "
        "variable only (hook, image or call to action) in a new variant.",
        "pl": "Następny test: zostaw {name} jako wersję kontrolną (najlepszy wskaźnik „{metric}”: {value}) "
        "i zmień tylko jedną zmienną (hook, obraz lub wezwanie do działania) w nowym wariancie.",
    },
    "rec.ctr_disagrees": {
        "en": "Do not judge these ads by CTR: {diag} Budget follows {metric}, which is what the "
        "campaign pays for.",
        "pl": "Nie oceniaj tych reklam po CTR: {diag} O budżecie decyduje wskaźnik „{metric}”, bo za to "
        "płaci kampania.",
    },
    "rec.roas_conflict": {
        "en": "{name} has the best {metric} ({value} vs {other}), but {roas_name} returns more "
        "per unit spent (ROAS {r1} vs {r2}, a significant difference). Compare margins before "
        "moving budget, and pause neither.",
        "pl": "{name} ma najlepszy wskaźnik „{metric}” ({value} wobec {other}), ale {roas_name} zwraca więcej "
        "z każdej wydanej złotówki (ROAS {r1} wobec {r2}, różnica istotna). Porównaj marże, zanim "
        "przesuniesz budżet, i nie wstrzymuj żadnej.",
    },
    "rec.retargeting": {
        "en": "Retarget people who clicked but did not convert ({n} clicks without a "
        "conversion): a website custom audience of recent visitors (7-30 days), excluding buyers.",
        "pl": "Skieruj retargeting do osób, które kliknęły, ale nie dokonały konwersji ({n} "
        "kliknięć bez konwersji): grupa odwiedzających stronę (7-30 dni), bez kupujących.",
    },
    "rec.creative_refresh": {
        "en": "Refresh the creative of {names} or widen the audience: frequency above {f} "
        "usually comes with a falling CTR.",
        "pl": "Odśwież kreację {names} lub poszerz grupę odbiorców: częstotliwość powyżej {f} "
        "zwykle idzie w parze ze spadkiem CTR.",
    },
    "rec.goal_missed": {
        "en": "The goal ({goal}) is not met: {actual} against {target}. Trace the funnel "
        "(CPM, CTR, conversion rate) to find where people drop off before adding budget.",
        "pl": "Cel ({goal}) nie został osiągnięty: {actual} wobec {target}. Prześledź lejek "
        "(CPM, CTR, współczynnik konwersji), zanim dołożysz budżet.",
    },
    "verdict.second": {
        "en": "{metric}: {name} {value} vs {other} for {other_name} ({sig}).",
        "pl": "{metric}: {name} {value} wobec {other} dla {other_name} ({sig}).",
    },
    "sig.yes": {"en": "significant, {p}", "pl": "różnica istotna, {p}"},
    "sig.no": {"en": "not a significant difference", "pl": "różnica nieistotna"},
    "diag.disagree": {
        "en": "{ctr_name} has the higher CTR ({ctr_a} vs {ctr_b}), but {name} has the better "
        "{metric} ({v} vs {v_other}): {because}.",
        "pl": "{ctr_name} ma wyższy CTR ({ctr_a} wobec {ctr_b}), ale {name} ma lepszy wskaźnik „{metric}” "
        "({v} wobec {v_other}): {because}.",
    },
    "diag.because_cvr": {
        "en": "{name}'s lower CTR is outweighed by its conversion rate ({a} vs {b})",
        "pl": "niższy CTR reklamy {name} z nawiązką równoważy jej współczynnik konwersji "
        "({a} wobec {b})",
    },
    "diag.because_cpm": {
        "en": "{name}'s lower CTR is outweighed by cheaper impressions (CPM {a} vs {b})",
        "pl": "niższy CTR reklamy {name} z nawiązką równoważą tańsze wyświetlenia "
        "(CPM {a} wobec {b})",
    },
    "diag.reach": {
        "en": "Reach and frequency: {items}.",
        "pl": "Zasięg i częstotliwość: {items}.",
    },
    "diag.reach_item": {
        "en": "{name} {reach} people, {f} times each",
        "pl": "{name} {reach} osób, średnio {f} razy",
    },
    "diag.agree": {
        "en": "CTR points the same way: {name} also has the highest CTR ({ctr}).",
        "pl": "CTR wskazuje to samo: {name} ma też najwyższy CTR ({ctr}).",
    },
    "warn.blank": {
        "en": "{name}: {cols} written as '--' or left empty, counted as 0; the ad stays in the "
        "comparison.",
        "pl": "{name}: {cols} zapisane jako '--' lub puste, liczone jako 0; reklama zostaje w "
        "porównaniu.",
    },
    "warn.objective_mismatch": {
        "en": "The export's result columns say the ads optimise for {found}, but the objective "
        "given is {objective}; judged on {metric} as the objective asks.",
        "pl": "Kolumny wyników w eksporcie wskazują optymalizację pod {found}, a podany cel to "
        "{objective}; ocena według wskaźnika „{metric}”, zgodnie z celem.",
    },
    "warn.mixed_results": {
        "en": "The ads optimise for different results ({kinds}); their Results are not "
        "comparable, so they are judged on {metric}.",
        "pl": "Reklamy są optymalizowane pod różne wyniki ({kinds}); ich Wyniki nie są "
        "porównywalne, więc ocena według wskaźnika „{metric}”.",
    },
    "warn.attribution_mixed": {
        "en": "Rows use different attribution settings ({values}): results counted under "
        "different windows are not comparable.",
        "pl": "Wiersze mają różne ustawienia atrybucji ({values}): wyniki liczone w różnych "
        "oknach nie są porównywalne.",
    },
    "warn.no_spend": {
        "en": "No spend column: costs cannot be computed, so the ads are compared on {metric}.",
        "pl": "Brak kolumny wydatków: kosztów nie da się policzyć, więc porównanie według "
        "wskaźnika „{metric}”.",
    },
    "note.guessed": {
        "en": "No Result indicator, Result type or objective: judged on {metric} from the "
        "export's columns; pass --objective to say what the campaign buys.",
        "pl": "Brak wskaźnika wyników, typu wyniku i celu: ocena według wskaźnika „{metric}” na podstawie "
        "kolumn eksportu; podaj --objective, by wskazać, za co płaci kampania.",
    },
    "note.source": {
        "en": "Judged on {metric}: {why}. CTR and conversion rate are diagnostics.",
        "pl": "Ocena według wskaźnika „{metric}”: {why}. CTR i współczynnik konwersji to diagnostyka.",
    },
    "why.option": {"en": "chosen with --metric", "pl": "wybrane przez --metric"},
    "why.objective": {
        "en": "the campaign objective is {objective}",
        "pl": "cel kampanii to {objective}",
    },
    "why.export": {
        "en": "the export's Result indicator / Result type",
        "pl": "wskaźnik wyników / typ wyniku w eksporcie",
    },
    "why.columns": {"en": "the export's columns", "pl": "kolumny eksportu"},
    "why.fallback": {
        "en": "the export has no spend or results to judge by",
        "pl": "eksport nie ma wydatków ani wyników",
    },
    "note.totals_row": {
        "en": "Row {row} is the export's totals row: used as a check, not compared as an ad.",
        "pl": "Wiersz {row} to wiersz sumy eksportu: służy do kontroli, nie jest porównywany "
        "jako reklama.",
    },
    "goal.unchecked": {
        "en": "The goal cannot be checked against this export: {why}.",
        "pl": "Celu nie da się sprawdzić na podstawie tego eksportu: {why}.",
    },
    "goal.why.metric": {
        "en": "it names no metric the export has",
        "pl": "nie wskazuje metryki obecnej w eksporcie",
    },
    "goal.why.relative": {
        "en": "a relative target needs a baseline the export does not hold",
        "pl": "cel względny wymaga punktu odniesienia, którego eksport nie zawiera",
    },
    "goal.why.currency": {
        "en": "the goal is in {a} but the export in {b}",
        "pl": "cel jest w {a}, a eksport w {b}",
    },
    "goal.met": {
        "en": "Goal met: {actual} against {target}.",
        "pl": "Cel osiągnięty: {actual} wobec {target}.",
    },
    "goal.missed": {
        "en": "Goal missed: {actual} against {target}.",
        "pl": "Cel nieosiągnięty: {actual} wobec {target}.",
    },
}

UNITS: dict[str, dict[Lang, tuple[str, str]]] = {
    # metric -> (successes, trials) in words
    "ctr": {"en": ("clicks", "impressions"), "pl": ("kliknięć", "wyświetleń")},
    "cvr": {"en": ("conversions", "clicks"), "pl": ("konwersji", "kliknięć")},
    "cpa": {"en": ("conversions", "spend"), "pl": ("konwersji", "wydatków")},
    "roas": {"en": ("conversions", "spend"), "pl": ("konwersji", "wydatków")},
    "cpc": {"en": ("link clicks", "spend"), "pl": ("kliknięć linku", "wydatków")},
    "cpm": {"en": ("impressions", "spend"), "pl": ("wyświetleń", "wydatków")},
    "cpr": {"en": ("people reached", "spend"), "pl": ("osób w zasięgu", "wydatków")},
}


def units(metric: str, kind: str | None, lang: Lang) -> tuple[str, str]:
    """(successes, trials) in words; a cost per result counts what the campaign buys."""
    success, base = UNITS[metric][lang]
    if metric in ("cpa", "cvr", "roas"):
        success = RESULT_UNITS.get(kind or "", RESULT_UNITS[""])[lang]
    return success, base


def t(key: str, lang: Lang, **kw: Any) -> str:
    return _T[key][lang].format(**kw)


def metric_name(metric: str, lang: Lang, kind: str | None = None) -> str:
    if metric == "cpa" and kind in COST_NAMES:
        return COST_NAMES[kind][lang]
    return METRIC_NAMES.get(metric, {}).get(lang, metric)


def num(x: float, lang: Lang, digits: int = 2) -> str:
    text = f"{x:,.{digits}f}"
    if lang == "pl":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def pct(x: float | None, lang: Lang, digits: int = 2) -> str:
    return "-" if x is None else num(x * 100, lang, digits) + "%"


def pvalue(p: float, lang: Lang) -> str:
    """ "p = 0.014" or "p < 0.001": three decimals are all a reader can act on."""
    return ("p < 0,001" if lang == "pl" else "p < 0.001") if p < 0.001 else "p = " + num(p, lang, 3)


def fmt_metric(metric: str, value: float | None, lang: Lang, currency: str | None) -> str:
    """A metric value as a reader expects it: rates in %, costs with currency, ROAS as x."""
    if value is None:
        return "-"
    if metric in ("ctr", "cvr", "frequency"):
        return pct(value, lang) if metric != "frequency" else num(value, lang)
    if metric == "roas":
        return num(value, lang) + "x"
    return num(value, lang) + (f" {currency}" if currency else "")
