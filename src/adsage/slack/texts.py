"""Every sentence the bot says by itself, in English and Polish.

Kept apart from the handlers so a Polish thread never gets an English status line and new
messages are added in both languages at once.
"""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from typing import Any

T: dict[str, dict[str, str]] = {
    "en": {
        "working": ":hourglass_flowing_sand: Working on it…",
        "too_long": "That message is longer than {n:,} characters. Please shorten it, or paste only the brief.",
        "error": ":warning: {msg}",
        "crash": ":warning: Something went wrong on my side ({kind}). Please try again in a moment.",
        "empty": "Tell me what you need: paste a brief (YAML in a code block or a description), ask a question, or try `help`.",
        "help": (
            "*adsage*: Meta ads advisor. Mention me in a thread, DM me, or use `/adsage`.\n"
            "• `plan` + a brief (YAML in a ``` code block, or described in words): a full campaign plan\n"
            "• `copy [n]`: ad copy drafts for the thread's brief, each with its checks\n"
            "• `variants [what-to-vary] [n]`: A/B variants with an Ads Manager CSV export\n"
            "• `check goal <goal>` or `check copy|targeting|budget|abtest|creative` + YAML: run the checks\n"
            "• `abplan baseline=1.2% mde=20% [variants=2 cpm=25 daily=100 metric=ctr]`: size an A/B test\n"
            "• any other question: an answer from the knowledge base, with sources\n"
            "Each thread keeps its own working brief; buttons under drafts regenerate, shorten or export them."
        ),
        "brief_saved": "Brief saved for this thread ({brand} – {product}). Say `plan`, `copy` or `variants`.",
        "brief_missing": "I still need: {fields}. Add them in this thread (in words or as YAML) and I will continue.",
        "no_brief": "There is no brief in this thread yet. Paste one as YAML in a code block, or describe the campaign.",
        "no_answer": "I found nothing in the knowledge base for that. Try rephrasing, or `help` for what I can do.",
        "sources": "Sources",
        "unknown_check": "Unknown check `{name}`. Use one of: {names}.",
        "check_usage": "Use `check goal <goal text>` or `check {names}` with YAML in a code block.",
        "abplan_usage": "Use `abplan baseline=1.2% mde=20%` (optional: variants=3 cpm=25 daily=100 metric=cvr).",
        "copy_title": "Ad copy drafts",
        "variants_title": "Variants",
        "regenerated": "Regenerated variant {i}",
        "shorter": "Shorter version of variant {i}",
        "already_short": "Variant {i} is already as short as it sensibly gets.",
        "no_more": "I have no new alternative for variant {i}; add benefits or an offer to the brief for fresh angles.",
        "gone": "I no longer have those drafts; run `copy` or `variants` again.",
        "exported": "Ads Manager import file for {n} ads.",
        "unavailable": "That feature is not installed on this server ({what}).",
        "btn_regen": "Regenerate",
        "btn_shorter": "Make shorter",
        "btn_export": "Export CSV",
        "pass": "pass",
        "warnings": "warnings: {n}",
        "errors": "errors: {n}",
        "goal_ok": "Goal passes the SMART check.",
        "goal_bad": "Goal needs work.",
        "rewrite": "Suggested rewrite",
        "check_ok": "No errors.",
        "check_bad": "Errors found.",
        "more": "(continued)",
        "abplan": "A/B test: {variants} variants, {n:,} per variant, {impr:,} impressions",
    },
    "pl": {
        "working": ":hourglass_flowing_sand: Pracuję nad tym…",
        "too_long": "Ta wiadomość ma ponad {n:,} znaków. Skróć ją albo wklej sam brief.",
        "error": ":warning: {msg}",
        "crash": ":warning: Coś poszło nie tak po mojej stronie ({kind}). Spróbuj ponownie za chwilę.",
        "empty": "Napisz, czego potrzebujesz: wklej brief (YAML w bloku kodu albo opis), zadaj pytanie lub wpisz `help`.",
        "help": (
            "*adsage*: doradca reklam Meta. Oznacz mnie w wątku, napisz do mnie lub użyj `/adsage`.\n"
            "• `plan` + brief (YAML w bloku ``` albo opis słowami): pełny plan kampanii\n"
            "• `copy [n]`: propozycje tekstów dla briefu z wątku, każda ze sprawdzeniem\n"
            "• `variants [co-zmieniać] [n]`: warianty do testu A/B z eksportem CSV do Ads Managera\n"
            "• `check goal <cel>` albo `check copy|targeting|budget|abtest|creative` + YAML: kontrola\n"
            "• `abplan baseline=1.2% mde=20% [variants=2 cpm=25 daily=100 metric=ctr]`: wielkość testu A/B\n"
            "• każde inne pytanie: odpowiedź z bazy wiedzy ze źródłami\n"
            "Każdy wątek ma własny brief roboczy; przyciski pod tekstami generują je od nowa, skracają lub eksportują."
        ),
        "brief_saved": "Zapisałem brief dla tego wątku ({brand} – {product}). Napisz `plan`, `copy` lub `variants`.",
        "brief_missing": "Brakuje jeszcze: {fields}. Dopisz to w tym wątku (słowami albo jako YAML), a będę kontynuować.",
        "no_brief": "W tym wątku nie ma jeszcze briefu. Wklej go jako YAML w bloku kodu albo opisz kampanię.",
        "no_answer": "Nie znalazłem nic na ten temat w bazie wiedzy. Spróbuj inaczej sformułować pytanie albo wpisz `help`.",
        "sources": "Źródła",
        "unknown_check": "Nieznana kontrola `{name}`. Dostępne: {names}.",
        "check_usage": "Użyj `check goal <treść celu>` albo `check {names}` z YAML w bloku kodu.",
        "abplan_usage": "Użyj `abplan baseline=1.2% mde=20%` (opcjonalnie: variants=3 cpm=25 daily=100 metric=cvr).",
        "copy_title": "Propozycje tekstów reklam",
        "variants_title": "Warianty",
        "regenerated": "Nowa wersja wariantu {i}",
        "shorter": "Krótsza wersja wariantu {i}",
        "already_short": "Wariant {i} jest już tak krótki, jak to ma sens.",
        "no_more": "Nie mam nowej wersji wariantu {i}; dopisz do briefu korzyści albo ofertę, by dać nowe kąty.",
        "gone": "Nie mam już tych tekstów; uruchom ponownie `copy` lub `variants`.",
        "exported": "Plik importu do Ads Managera: {n} reklam.",
        "unavailable": "Ta funkcja nie jest zainstalowana na tym serwerze ({what}).",
        "btn_regen": "Generuj ponownie",
        "btn_shorter": "Skróć",
        "btn_export": "Eksport CSV",
        "pass": "bez uwag",
        "warnings": "ostrzeżenia: {n}",
        "errors": "błędy: {n}",
        "goal_ok": "Cel spełnia kryteria SMART.",
        "goal_bad": "Cel wymaga poprawy.",
        "rewrite": "Proponowane brzmienie",
        "check_ok": "Brak błędów.",
        "check_bad": "Znaleziono błędy.",
        "more": "(ciąg dalszy)",
        "abplan": "Test A/B: {variants} warianty, {n:,} na wariant, {impr:,} wyświetleń",
    },
}


def t(lang: str, key: str, **kw: Any) -> str:
    table = T["pl" if lang == "pl" else "en"]
    return table[key].format(**kw) if kw else table[key]
