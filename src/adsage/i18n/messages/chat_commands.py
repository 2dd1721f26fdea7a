"""The chat's slash commands: their usage lines, /help and the usage errors."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "chat.usage.help": ("/help", "/help"),
    "chat.usage.plan": ("/plan", "/plan"),
    "chat.usage.copy": ("/copy [N]", "/copy [N]"),
    "chat.usage.persona": ("/persona", "/persona"),
    "chat.usage.formats": ("/formats", "/formats"),
    "chat.usage.variants": ("/variants FIELD [N]", "/variants POLE [N]"),
    "chat.usage.check": ("/check goal|copy TEXT", "/check goal|copy TEKST"),
    "chat.usage.abplan": (
        "/abplan --baseline-ctr R --mde R ...",
        "/abplan --baseline-ctr R --mde R ...",
    ),
    "chat.usage.sources": ("/sources", "/sources"),
    "chat.usage.brief": ("/brief", "/brief"),
    "chat.usage.set": ("/set FIELD VALUE", "/set POLE WARTOŚĆ"),
    "chat.usage.load": ("/load FILE", "/load PLIK"),
    "chat.usage.save": ("/save FILE", "/save PLIK"),
    "chat.usage.export": ("/export FILE.csv", "/export PLIK.csv"),
    "chat.usage.reset": ("/reset", "/reset"),
    "chat.usage.exit": ("/exit", "/exit"),
    "chat.usage.abplan_full": (
        "/abplan --baseline-ctr 0.012 --mde 0.15 [--metric ctr|cvr] [--variants N] [--cpm 25] [--daily-budget 200] [--alpha 0.05] [--power 0.8]",
        "/abplan --baseline-ctr 0.012 --mde 0.15 [--metric ctr|cvr] [--variants N] [--cpm 25] [--daily-budget 200] [--alpha 0.05] [--power 0.8]",
    ),
    "chat.help.help": ("this list", "ta lista"),
    "chat.help.plan": (
        "a complete, checked, cited campaign plan",
        "pełny plan kampanii, sprawdzony i ze źródłami",
    ),
    "chat.help.copy": (
        "N ad copy drafts (1-10), each validated",
        "N propozycji tekstów reklam (1-10), każda sprawdzona",
    ),
    "chat.help.persona": ("audience personas for the brief", "persony odbiorców dla briefu"),
    "chat.help.formats": (
        "ranked ad formats with reasons and specs",
        "ranking formatów reklam z uzasadnieniem i specyfikacją",
    ),
    "chat.help.variants": (
        "A/B variants that differ in one field only, N 2-5",
        "warianty A/B różniące się jednym polem, N 2-5",
    ),
    "chat.help.check": (
        "check a goal (SMART) or ad text (rules, policy)",
        "sprawdź cel (SMART) albo tekst reklamy (zasady, polityka)",
    ),
    "chat.help.abplan": (
        "size an A/B test: [--metric ctr|cvr] [--variants N] [--cpm X] [--daily-budget X] [--alpha 0.05] [--power 0.8]",
        "wielkość testu A/B: [--metric ctr|cvr] [--variants N] [--cpm X] [--daily-budget X] [--alpha 0.05] [--power 0.8]",
    ),
    "chat.help.sources": (
        "what the last answer was based on",
        "na czym opierała się ostatnia odpowiedź",
    ),
    "chat.help.brief": (
        "show the working brief and what is missing",
        "pokaż brief roboczy i czego brakuje",
    ),
    "chat.help.set": (
        "edit one brief field (/set budget 200 PLN daily)",
        "zmień jedno pole briefu (/set budget 200 PLN daily)",
    ),
    "chat.help.load": ("read a brief from YAML or JSON", "wczytaj brief z YAML albo JSON"),
    "chat.help.save": ("write the working brief as YAML", "zapisz brief roboczy jako YAML"),
    "chat.help.export": (
        "write the last variants (or new headline variants) as Ads Manager CSV",
        "zapisz ostatnie warianty (albo nowe warianty nagłówka) jako CSV dla Menedżera reklam",
    ),
    "chat.help.reset": ("clear the working brief and sources", "wyczyść brief roboczy i źródła"),
    "chat.help.exit": (
        "leave (saved; continue with adsage chat --resume)",
        "wyjdź (zapisane; wróć przez adsage chat --resume)",
    ),
    "chat.help.title": ("Commands:", "Polecenia:"),
    "chat.help.footer": (
        'Or just talk: describe the campaign (product, offer, goal, budget, dates, audience) and\nit fills the brief; ask questions (answered from the knowledge base with sources);\nask for things: "write three headlines", "napisz trzy nagłówki", "zrób plan kampanii".\nKeys: Esc+M toggles multi-line input (then Esc+Enter sends); Up/Down history;\nTab completes commands; Ctrl-C stops an answer; Ctrl-D or /exit leaves.',
        'Albo po prostu pisz: opisz kampanię (produkt, oferta, cel, budżet, daty, odbiorcy),\na brief wypełni się sam; zadawaj pytania (odpowiedzi z bazy wiedzy ze źródłami);\nproś o rzeczy: "napisz trzy nagłówki", "write three headlines", "zrób plan kampanii".\nKlawisze: Esc+M przełącza tryb wielu linii (wtedy Esc+Enter wysyła); Góra/Dół historia;\nTab uzupełnia polecenia; Ctrl-C przerywa odpowiedź; Ctrl-D albo /exit kończy.',
    ),
    "chat.usage_error": ("{lead}usage: {usage}", "{lead}użycie: {usage}"),
    "chat.problem.count": (
        "N must be a number from {lo} to {hi}, not '{value}'",
        "N musi być liczbą od {lo} do {hi}, a nie '{value}'",
    ),
    "chat.problem.fields": ("fields: {fields}", "pola: {fields}"),
    "chat.problem.yaml_name": ("give a .yaml file name", "podaj nazwę pliku .yaml"),
    "chat.problem.csv_name": ("give a .csv file name", "podaj nazwę pliku .csv"),
    "chat.problem.check_kind": (
        "say what to check: goal or copy",
        "napisz, co sprawdzić: goal (cel) albo copy (tekst)",
    ),
    "chat.problem.goal_text": ("give the goal text", "podaj treść celu"),
    "chat.problem.ad_text": ("give the ad text", "podaj tekst reklamy"),
    "chat.problem.ab_required": (
        "--baseline-ctr and --mde are required",
        "--baseline-ctr i --mde są wymagane",
    ),
    "chat.problem.field_close": ("did you mean {close}?", "czy chodziło o {close}?"),
    "chat.problem.field_one_of": ("FIELD is one of {fields}", "POLE to jedno z: {fields}"),
    "chat.rewrite": ("Suggested rewrite: {rewrite}", "Proponowane brzmienie: {rewrite}"),
}
