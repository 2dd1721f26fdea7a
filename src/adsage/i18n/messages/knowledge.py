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
    # an answer that lacks what the question asked for says so instead of padding
    "knowledge.unknown.duration": (
        "The guidance gives no duration for this.",
        "Wytyczne nie podają czasu trwania dla tej sytuacji.",
    ),
    "knowledge.unknown.budget": (
        "The guidance gives no budget figure or way to size one for this.",
        "Wytyczne nie podają kwoty budżetu ani sposobu jej wyliczenia dla tej sytuacji.",
    ),
    "knowledge.unknown.budget_case": (
        "The guidance gives no starting budget for this particular business: the amount follows "
        "from your expected cost per result, which only your own results or a benchmark for "
        "your market can tell.",
        "Wytyczne nie podają budżetu startowego dla tej konkretnej firmy: kwota wynika z "
        "przewidywanego kosztu wyniku, który pokażą dopiero Twoje własne wyniki albo benchmark "
        "dla Twojego rynku.",
    ),
}
