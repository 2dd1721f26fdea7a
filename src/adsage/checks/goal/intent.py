"""The result an offer asks for, when the goal itself names none.

"Więcej pacjentek" or "Zapełnić kalendarz" name no result Ads Manager counts, but the offer
("Bezpłatna konsultacja z lekarzem", "Sesja gratis przy rezerwacji terminu") and the landing
page ("/konsultacja", "/wycena") do: the action the advertiser wants is a consultation, a
booked date, a quote. Reading them with the same lexicon as goals keeps one vocabulary, so a
vague service goal is planned as leads instead of cheap link clicks.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from adsage.checks.goal.lexicon import fold, load_lexicon

# result metrics an offer can point to; cost, rate and awareness words say nothing of intent
_INTENTS = ("leads", "calls", "signups", "purchases", "installs", "messages")
_PATH_SEP = re.compile(r"[/_\-.]+")


def offer_metric(*texts: str | None, landing_url: str | None = None) -> str | None:
    """The first result metric named by the offer texts or the landing page's path."""
    parts = [t for t in texts if t]
    if landing_url:
        parts.append(_PATH_SEP.sub(" ", urlsplit(landing_url).path))
    lex = load_lexicon()
    for text in parts:
        for mention in lex.mentions(fold(text)):
            if mention.metric in _INTENTS and not mention.weak:
                return mention.metric
    return None


def thin_brief_metric(offer: str, landing_url: str | None, shop: bool) -> str | None:
    """ "Get more customers" with no offer and nothing in the landing page's path: what a
    customer does is unknown, so no lead form is guessed. A shop (a catalogue, several
    products) sells online: purchases; a bare home page: visits (traffic)."""
    if offer.strip():
        return None
    if shop:
        return "purchases"
    return None if landing_url and urlsplit(landing_url).path.strip("/") else "traffic"
