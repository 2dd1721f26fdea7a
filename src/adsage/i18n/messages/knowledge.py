"""Knowledge wording: whose guidance an answer draws on, and the knowledge management command."""

from __future__ import annotations

from adsage.i18n.catalogue import Message

MESSAGES: dict[str, Message] = {
    "knowledge.origin.mine": ("your guidance", "Twoje wytyczne"),
    "knowledge.origin.bundled": ("bundled guidance", "wytyczne wbudowane"),
    "knowledge.from_mine": ("From your own guidance:", "Z Twoich wytycznych:"),
    "knowledge.from_mine_quoted": (
        "From your own guidance (quoted in {language}):",
        "Z Twoich wytycznych (cytat w języku: {language}):",
    ),
    "knowledge.lang.en": ("English", "angielski"),
    "knowledge.lang.pl": ("Polish", "polski"),
}
