"""What the terminal chat says."""

# ruff: noqa: E501 - one message per line reads better than wrapped fragments
from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "chat.ab_title": ("A/B test: {variants}", "Test A/B: {variants}"),
    "chat.ab_metric": ("metric", "miara"),
    "chat.ab_sample": ("sample per variant", "próba na wariant"),
    "chat.ab_impressions": ("impressions needed", "potrzebne wyświetlenia"),
    "chat.ab_budget": ("budget needed", "potrzebny budżet"),
    "chat.ab_days": ("days needed", "potrzebne dni"),
    "chat.welcome": (
        "adsage chat: describe your campaign, ask a question, or type /help. Session {id}.",
        "adsage chat: opisz kampanię, zadaj pytanie albo wpisz /help. Sesja {id}.",
    ),
    "chat.resumed": (
        "Resumed session {id}: {n} messages so far.",
        "Wznowiono sesję {id}: dotąd {n} wiadomości.",
    ),
    "chat.picked": ("Noted: {fields}.", "Zanotowałem: {fields}."),
    "chat.missing": (
        "Still missing for a full brief: {fields}.",
        "Do pełnego briefu brakuje: {fields}.",
    ),
    "chat.complete": (
        "The brief is complete: try /plan, /copy or /variants headline.",
        "Brief jest kompletny: spróbuj /plan, /copy albo /variants headline.",
    ),
    "chat.need_more": (
        "I need more of the brief for that: missing {fields}. Tell me about them or use /set FIELD VALUE.",
        "Do tego potrzebuję więcej danych: brakuje {fields}. Opisz je albo użyj /set POLE WARTOŚĆ.",
    ),
    "chat.routed": ("-> {command}", "-> {command}"),
    "chat.unknown": ("Unknown command /{name}.", "Nieznane polecenie /{name}."),
    "chat.did_you_mean": ("Did you mean /{close}?", "Czy chodziło o /{close}?"),
    "chat.no_answer": (
        "I found nothing about that in the knowledge base. Try rephrasing, or describe your campaign and use /plan.",
        "Nie znalazłem nic na ten temat w bazie wiedzy. Spróbuj inaczej sformułować pytanie albo opisz kampanię i użyj /plan.",
    ),
    "chat.stopped": ("(stopped)", "(przerwano)"),
    "chat.empty_brief": (
        "The brief is empty: describe your campaign or /load FILE.",
        "Brief jest pusty: opisz kampanię albo użyj /load PLIK.",
    ),
    "chat.saved": ("Brief saved to {path}.", "Zapisano brief do {path}."),
    "chat.loaded": ("Brief loaded from {path}.", "Wczytano brief z {path}."),
    "chat.exported": (
        "{n} ads written to {path} (Ads Manager CSV).",
        "Zapisano {n:unit.ad_acc} do {path} (CSV dla Menedżera reklam).",
    ),
    "chat.reset": ("Brief and sources cleared.", "Wyczyszczono brief i źródła."),
    "chat.set": ("{field} = {value}", "{field} = {value}"),
    "chat.bye": (
        "Bye. Resume with: adsage chat --resume {id}",
        "Do zobaczenia. Wznów: adsage chat --resume {id}",
    ),
    "chat.indexing": (
        "Building the knowledge index (first run, a few seconds)...",
        "Buduję indeks wiedzy (pierwsze uruchomienie, kilka sekund)...",
    ),
    "chat.llm_rejected": (
        "(the model's answer did not pass validation: {reason}; showing the answer from the knowledge base instead)",
        "(odpowiedź modelu nie przeszła walidacji: {reason}; pokazuję odpowiedź z bazy wiedzy)",
    ),
    "chat.multiline": ("Multi-line mode {state}: {how}.", "Tryb wielowierszowy {state}: {how}."),
    "chat.question_too_long": (
        "That question is longer than {n} characters; ask a shorter one.",
        "To pytanie ma ponad {n} znaków; zadaj krótsze.",
    ),
    "chat.message_too_long": (
        "That message is {size} characters; the limit is {n}. Shorten it or load a brief file with /load FILE.",
        "Ta wiadomość ma {size} znaków; limit to {n}. Skróć ją albo wczytaj brief z pliku: /load PLIK.",
    ),
    "chat.report.ok": ("OK", "OK"),
    "chat.report.errors": ("ERRORS", "BŁĘDY"),
    "chat.report.no_findings": ("no findings", "brak uwag"),
    "chat.badge.ok": ("ok", "ok"),
    "chat.badge.warnings": ("warnings", "ostrzeżenia"),
    "chat.badge.errors": ("errors", "błędy"),
    "chat.check_title.draft": ("draft {i}", "wersja {i}"),
    "chat.check_title.variant_set": ("variant set", "zestaw wariantów"),
}
