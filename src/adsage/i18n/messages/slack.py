"""What the Slack bot says by itself (Slack mrkdwn)."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "slack.working": (
        ":hourglass_flowing_sand: Working on it…",
        ":hourglass_flowing_sand: Pracuję nad tym…",
    ),
    "slack.too_long": (
        "That message is longer than {n} characters. Please shorten it, or paste only the brief.",
        "Ta wiadomość ma ponad {n} znaków. Skróć ją albo wklej sam brief.",
    ),
    "slack.error": (":warning: {msg}", ":warning: {msg}"),
    "slack.crash": (
        ":warning: Something went wrong on my side ({kind}). Please try again in a moment.",
        ":warning: Coś poszło nie tak po mojej stronie ({kind}). Spróbuj ponownie za chwilę.",
    ),
    "slack.empty": (
        "Tell me what you need: paste a brief (YAML in a code block or a description), ask a question, or try `help`.",
        "Napisz, czego potrzebujesz: wklej brief (YAML w bloku kodu albo opis), zadaj pytanie lub wpisz `help`.",
    ),
    "slack.help": (
        "*adsage*: Meta ads advisor. Mention me in a thread, DM me, or use `/adsage`.\n• `plan` + a brief (YAML in a ``` code block, or described in words): a full campaign plan\n• `copy [n]`: ad copy drafts for the thread's brief, each with its checks\n• `variants [what-to-vary] [n]`: A/B variants with an Ads Manager CSV export\n• `check goal <goal>` or `check copy|targeting|budget|abtest|creative` + YAML: run the checks\n• `abplan baseline=1.2% mde=20% [variants=2 cpm=25 daily=100 metric=ctr]`: size an A/B test\n• `persona`, `formats`: personas and ranked ad formats for the thread's brief\n• share an Ads Manager export (.csv or .xlsx): which ad won, whether the win is real, what to do next\n• any other question: an answer from the knowledge base, with sources (`sources` shows them again)\nEach thread keeps its own working brief; buttons under drafts regenerate, shorten or export them.",
        "*adsage*: doradca reklam Meta. Oznacz mnie w wątku, napisz do mnie lub użyj `/adsage`.\n• `plan` + brief (YAML w bloku ``` albo opis słowami): pełny plan kampanii\n• `copy [n]`: propozycje tekstów dla briefu z wątku, każda ze sprawdzeniem\n• `variants [co-zmieniać] [n]`: warianty do testu A/B z eksportem CSV do Ads Managera\n• `check goal <cel>` albo `check copy|targeting|budget|abtest|creative` + YAML: kontrola\n• `abplan baseline=1.2% mde=20% [variants=2 cpm=25 daily=100 metric=ctr]`: wielkość testu A/B\n• `persona`, `formats`: persony i ranking formatów reklam dla briefu z wątku\n• udostępnij eksport z Ads Managera (.csv lub .xlsx): która reklama wygrała, czy wygrana jest pewna i co dalej\n• każde inne pytanie: odpowiedź z bazy wiedzy ze źródłami (`sources` pokaże je ponownie)\nKażdy wątek ma własny brief roboczy; przyciski pod tekstami generują je od nowa, skracają lub eksportują.",
    ),
    "slack.brief_saved": (
        "Brief saved for this thread ({brand} – {product}). Say `plan`, `copy` or `variants`.",
        "Zapisałem brief dla tego wątku ({brand} – {product}). Napisz `plan`, `copy` lub `variants`.",
    ),
    "slack.brief_missing": (
        "I still need: {fields}. Add them in this thread (in words or as YAML) and I will continue.",
        "Brakuje jeszcze: {fields}. Dopisz to w tym wątku (słowami albo jako YAML), a będę kontynuować.",
    ),
    "slack.no_brief": (
        "There is no brief in this thread yet. Paste one as YAML in a code block, or describe the campaign.",
        "W tym wątku nie ma jeszcze briefu. Wklej go jako YAML w bloku kodu albo opisz kampanię.",
    ),
    "slack.no_answer": (
        "I found nothing in the knowledge base for that. Try rephrasing, or `help` for what I can do.",
        "Nie znalazłem nic na ten temat w bazie wiedzy. Spróbuj inaczej sformułować pytanie albo wpisz `help`.",
    ),
    "slack.sources": ("Sources", "Źródła"),
    "slack.unknown_check": (
        "Unknown check `{name}`. Use one of: {names}.",
        "Nieznana kontrola `{name}`. Dostępne: {names}.",
    ),
    "slack.check_usage": (
        "Use `check goal <goal text>` or `check {names}` with YAML in a code block.",
        "Użyj `check goal <treść celu>` albo `check {names}` z YAML w bloku kodu.",
    ),
    "slack.abplan_usage": (
        "Use `abplan baseline=1.2% mde=20%` (optional: variants=3 cpm=25 daily=100 metric=cvr).",
        "Użyj `abplan baseline=1.2% mde=20%` (opcjonalnie: variants=3 cpm=25 daily=100 metric=cvr).",
    ),
    "slack.copy_title": ("Ad copy drafts", "Propozycje tekstów reklam"),
    "slack.variants_title": ("Variants", "Warianty"),
    "slack.regenerated": ("Regenerated variant {i}", "Nowa wersja wariantu {i}"),
    "slack.shorter": ("Shorter version of variant {i}", "Krótsza wersja wariantu {i}"),
    "slack.already_short": (
        "Variant {i} is already as short as it sensibly gets.",
        "Wariant {i} jest już tak krótki, jak to ma sens.",
    ),
    "slack.no_more": (
        "I have no new alternative for variant {i}; add benefits or an offer to the brief for fresh angles.",
        "Nie mam nowej wersji wariantu {i}; dopisz do briefu korzyści albo ofertę, by dać nowe kąty.",
    ),
    "slack.gone": (
        "I no longer have those drafts; run `copy` or `variants` again.",
        "Nie mam już tych tekstów; uruchom ponownie `copy` lub `variants`.",
    ),
    "slack.exported": (
        "Ads Manager import file for {n} ads.",
        "Plik importu do Ads Managera: {n:unit.ad}.",
    ),
    "slack.unavailable": (
        "That feature is not installed on this server ({what}).",
        "Ta funkcja nie jest zainstalowana na tym serwerze ({what}).",
    ),
    "slack.not_export": (
        "{name} is not an Ads Manager export: share the .csv or .xlsx file exported from Ads Manager and I will analyse it.",
        "{name} to nie eksport z Ads Managera: udostępnij plik .csv lub .xlsx wyeksportowany z Ads Managera, a go przeanalizuję.",
    ),
    "slack.file_refused": (
        ":warning: {name} cannot be analysed: {why}",
        ":warning: Nie mogę przeanalizować {name}: {why}",
    ),
    "slack.analysis_title": ("Analysis of {name}", "Analiza {name}"),
    "slack.analysis_currency": ("currency: {currency}", "waluta: {currency}"),
    "slack.analysis_reporting": ("reporting: {period}", "okres raportowania: {period}"),
    "slack.analysis_attribution": ("attribution: {what}", "atrybucja: {what}"),
    "slack.analysis_conversions": ("conversions {n}", "konwersje {n}"),
    "slack.analysis_guessed": (
        "The export has no Result indicator, Result type or objective, so the ads are judged on {metric} from its columns; share the file again with `objective: sales` (or leads, app, traffic, awareness) to judge them on what the campaign buys.",
        "Eksport nie ma wskaźnika wyników, typu wyniku ani celu, więc reklamy są oceniane według wskaźnika „{metric}” na podstawie kolumn; udostępnij plik ponownie z `cel kampanii: sprzedaż` (albo kontakty, promocja aplikacji, ruch, rozpoznawalność), by ocenić je według tego, za co płaci kampania.",
    ),
    "slack.analysis_recommendations": ("Recommendations", "Rekomendacje"),
    "slack.analysis_skipped": ("row {row} skipped: {reason}", "pominięty wiersz {row}: {reason}"),
    "slack.btn_regen": ("Regenerate", "Generuj ponownie"),
    "slack.btn_shorter": ("Make shorter", "Skróć"),
    "slack.btn_export": ("Export CSV", "Eksport CSV"),
    "slack.pass": ("pass", "bez uwag"),
    "slack.warnings": ("warnings: {n}", "ostrzeżenia: {n}"),
    "slack.errors": ("errors: {n}", "błędy: {n}"),
    "slack.goal_ok": ("Goal passes the SMART check.", "Cel spełnia kryteria SMART."),
    "slack.goal_bad": ("Goal needs work.", "Cel wymaga poprawy."),
    "slack.rewrite": ("Suggested rewrite", "Proponowane brzmienie"),
    "slack.check_ok": ("No errors.", "Brak błędów."),
    "slack.copy_label": ("copy", "tekst"),
    "slack.check_bad": ("Errors found.", "Znaleziono błędy."),
    "slack.more": ("(continued)", "(ciąg dalszy)"),
    "slack.abplan_budget": ("budget: {budget} · {days}", "budżet: {budget} · {days}"),
    "slack.abplan": (
        "A/B test: {variants}, {n} per variant, {impr}",
        "Test A/B: {variants}, {n} na wariant, {impr}",
    ),
}
