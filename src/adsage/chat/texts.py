"""What the chat says, in English and Polish; the language follows the user's message."""

from __future__ import annotations

from typing import Any

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "welcome": "adsage chat: describe your campaign, ask a question, or type /help. "
        "Session {id}.",
        "resumed": "Resumed session {id}: {n} messages so far.",
        "picked": "Noted: {fields}.",
        "missing": "Still missing for a full brief: {fields}.",
        "complete": "The brief is complete: try /plan, /copy or /variants headline.",
        "need_more": "I need more of the brief for that: missing {fields}. "
        "Tell me about them or use /set FIELD VALUE.",
        "routed": "-> {command}",
        "unknown": "Unknown command /{name}.",
        "did_you_mean": "Did you mean /{close}?",
        "no_answer": "I found nothing about that in the knowledge base. Try rephrasing, "
        "or describe your campaign and use /plan.",
        "stopped": "(stopped)",
        "no_sources": "No sources yet: ask a question first.",
        "empty_brief": "The brief is empty: describe your campaign or /load FILE.",
        "saved": "Brief saved to {path}.",
        "loaded": "Brief loaded from {path}.",
        "exported": "{n} ads written to {path} (Ads Manager CSV).",
        "reset": "Brief and sources cleared.",
        "set": "{field} = {value}",
        "bye": "Bye. Resume with: adsage chat --resume {id}",
        "indexing": "Building the knowledge index (first run, a few seconds)...",
        "llm_rejected": "(the model's answer did not pass validation: {reason}; "
        "showing the answer from the knowledge base instead)",
        "multiline": "Multi-line mode {state}: {how}.",
        "question_too_long": "That question is longer than {n} characters; ask a shorter one.",
        "message_too_long": "That message is {size} characters; the limit is {n}. "
        "Shorten it or load a brief file with /load FILE.",
    },
    "pl": {
        "welcome": "adsage chat: opisz kampanię, zadaj pytanie albo wpisz /help. Sesja {id}.",
        "resumed": "Wznowiono sesję {id}: dotąd {n} wiadomości.",
        "picked": "Zanotowałem: {fields}.",
        "missing": "Do pełnego briefu brakuje: {fields}.",
        "complete": "Brief jest kompletny: spróbuj /plan, /copy albo /variants headline.",
        "need_more": "Do tego potrzebuję więcej danych: brakuje {fields}. "
        "Opisz je albo użyj /set POLE WARTOŚĆ.",
        "routed": "-> {command}",
        "unknown": "Nieznane polecenie /{name}.",
        "did_you_mean": "Czy chodziło o /{close}?",
        "no_answer": "Nie znalazłem nic na ten temat w bazie wiedzy. Spróbuj inaczej "
        "sformułować pytanie albo opisz kampanię i użyj /plan.",
        "stopped": "(przerwano)",
        "no_sources": "Brak źródeł: najpierw zadaj pytanie.",
        "empty_brief": "Brief jest pusty: opisz kampanię albo użyj /load PLIK.",
        "saved": "Zapisano brief do {path}.",
        "loaded": "Wczytano brief z {path}.",
        "exported": "Zapisano {n} reklam do {path} (CSV dla Menedżera reklam).",
        "reset": "Wyczyszczono brief i źródła.",
        "set": "{field} = {value}",
        "bye": "Do zobaczenia. Wznów: adsage chat --resume {id}",
        "indexing": "Buduję indeks wiedzy (pierwsze uruchomienie, kilka sekund)...",
        "llm_rejected": "(odpowiedź modelu nie przeszła walidacji: {reason}; "
        "pokazuję odpowiedź z bazy wiedzy)",
        "multiline": "Tryb wielowierszowy {state}: {how}.",
        "question_too_long": "To pytanie ma ponad {n} znaków; zadaj krótsze.",
        "message_too_long": "Ta wiadomość ma {size} znaków; limit to {n}. "
        "Skróć ją albo wczytaj brief z pliku: /load PLIK.",
    },
}


def t(lang: str, key: str, **kw: Any) -> str:
    table = _TEXT["pl" if lang == "pl" else "en"]
    return table[key].format(**kw)
