"""Spot guidance chunks that try to instruct the model instead of informing the marketer.

Users index their own documents, and a document can be written (or tampered with) to steer
whatever model later reads it: hidden characters, "ignore previous instructions", fake
``system:`` turns, chat-template tokens, links to someone else's site.  A flagged chunk stays
searchable (the user should be able to find and fix it) but drafting and answering leave it
out of the model's context entirely: a warning label is itself only text the model may or may
not respect, whereas leaving the chunk out cannot be argued with, and one missing section
costs far less than a plan steered by a stranger.

Detection is pattern-based and errs toward flagging: a false positive drops one snippet
and is reported by ``adsage index``; a false negative is still contained by the data blocks,
the canary and the output guard downstream.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

SUSPECT = "suspect"
# Bumped when detection changes, so ``adsage index`` re-scans unchanged files once.
SCAN_VERSION = 1

REASONS = {
    "hidden_chars": "hidden characters (zero-width or bidirectional controls)",
    "override": "text that tells a model to ignore or replace its instructions",
    "role_marker": "a fake system/assistant turn or chat-template token",
    "foreign_link": "a link to a site outside Meta's domains",
}
# Domains guidance may link to; anything else in a knowledge file is somebody else's site.
META_HOSTS = (
    "facebook.com",
    "fb.com",
    "fb.me",
    "meta.com",
    "instagram.com",
    "messenger.com",
    "whatsapp.com",
    "threads.net",
)

_HIDDEN = re.compile(r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_OVERRIDE = re.compile(
    # English: "ignore/disregard/forget/override (all) (the) previous instructions"
    r"\b(?:ignore|disregard|forget|override|bypass)\s+(?:(?:all|any|the|your|my|of|these|those|"
    r"previous|prior|above|earlier|preceding|system|existing|original)\s+){0,4}"
    r"(?:instructions?|prompts?|directions|rules|guidelines)\b"
    r"|\b(?:reveal|print|repeat|show|output|leak)\s+(?:(?:me|us|the|your|its|all|full|"
    r"entire|hidden|initial|original)\s+){0,4}(?:system\s+prompt|instructions|prompt)\b"
    r"|\brepeat\s+the\s+(?:text|words|message)\s+above\b"
    r"|\byou\s+are\s+now\s+(?:a|an|the|in|no\s+longer)\b"
    r"|\bfrom\s+now\s+on,?\s+you\s+(?:are|will|must)\b"
    r"|\bnew\s+instructions?\s*:"
    r"|\bact\s+as\s+(?:if\s+you\s+were\s+)?(?:an?\s+)?(?:unrestricted|jailbroken|dan\b)"
    r"|\bjailbreak\b|\bdeveloper\s+mode\b"
    # Polish: "zignoruj/pomiń/zapomnij (o) (wszystkie) poprzednie instrukcje/polecenia"
    r"|\b(?:zignoruj|ignoruj|pomiń|pomin|zapomnij|lekceważ|zlekceważ)\s+(?:(?:o|wszystkie|"
    r"wszystkich|wcześniejsze|wczesniejsze|poprzednie|powyższe|powyzsze|wcześniejszych|"
    r"poprzednich|powyższych|swoje|twoje|dotychczasowe)\s+){0,4}(?:instrukcj\w*|polece\w*|"
    r"zasad\w*|reguł\w*|prompt\w*)"
    r"|\b(?:ujawnij|pokaż|pokaz|wypisz|powtórz|powtorz)\s+(?:(?:mi|swój|swoj|swoje|cały|caly|"
    r"całe|ukryty|ukryte|systemowy|systemowe|tekst)\s+){0,4}(?:prompt\w*|instrukcj\w*|"
    r"polece\w*|powyżej|powyzej)"
    r"|\bod\s+teraz\s+(?:jesteś|jestes|będziesz|bedziesz)\b"
    r"|\bjesteś\s+teraz\b|\bjestes\s+teraz\b"
    r"|\bnowe\s+instrukcje\s*:",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"<\|\s*(?:im_start|im_end|im_sep|system|user|assistant|endoftext|eot_id|start_header_id)"
    r"[^>]{0,20}\|?>"
    r"|\[/?INST\]|<</?SYS>>|</?\s*(?:system|assistant|data)\b[^>]{0,40}>"
    r"|^\s*(?:#{1,6}\s*)?\[?(?:system|assistant|developer|systemowy|asystent)\]?\s*"
    r"(?:prompt|message|wiadomość)?\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]|]+", re.IGNORECASE)


def host_of(url: str) -> str:
    target = url if "://" in url else "http://" + url
    try:
        host = urlsplit(target).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def _allowed(host: str, allowed: Iterable[str]) -> bool:
    return any(host == a or host.endswith("." + a) for a in allowed if a)


def scan(text: str, allowed_hosts: Iterable[str] = ()) -> list[str]:
    """Reason codes (keys of :data:`REASONS`) for one chunk's text; empty when it is clean.

    ``allowed_hosts`` extends :data:`META_HOSTS` (a team's own site, from settings).
    """
    allowed = [*META_HOSTS, *(h.lower().removeprefix("www.") for h in allowed_hosts)]
    found: list[str] = []
    if _HIDDEN.search(text):
        found.append("hidden_chars")
    visible = _HIDDEN.sub("", text)  # "ig\u200bnore" must not hide the phrase it spells
    if _OVERRIDE.search(visible):
        found.append("override")
    if _ROLE.search(visible):
        found.append("role_marker")
    if any(not _allowed(host_of(m.group(0)), allowed) for m in _URL.finditer(visible)):
        found.append("foreign_link")
    return found


def flags_for(text: str, allowed_hosts: Iterable[str] = ()) -> tuple[str, ...]:
    """Chunk flags: ``suspect`` plus the reason codes, or nothing."""
    reasons = scan(text, allowed_hosts)
    return (SUSPECT, *reasons) if reasons else ()


def is_suspect(flags: str | Iterable[str]) -> bool:
    """For stored metadata (a comma-joined string) or a chunk's tuple of flags."""
    parts = flags.split(",") if isinstance(flags, str) else list(flags)
    return SUSPECT in parts


def describe(flags: str | Iterable[str]) -> str:
    """The human reasons behind a flag set, for ``adsage index`` and ``adsage search``."""
    parts = flags.split(",") if isinstance(flags, str) else list(flags)
    return "; ".join(REASONS[p] for p in parts if p in REASONS)
