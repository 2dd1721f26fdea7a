"""What the offline engine takes from a brief, cleaned once and shared by every drafter.

Every brief string passes through :func:`clean_fragment` here, so no drafter can forget to
neutralise a mention or an instruction-like sentence.  Also the small language facts the
templates need: the offer's own date, the tone bucket, the call to action.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from adsage.checks.claims import date_phrases
from adsage.drafting.base import DraftContext
from adsage.drafting.offline.hygiene import (
    calm_caps,
    capitalise,
    clean_fragment,
    local_money,
    sanitize_fragment,
    without_brand,
)
from adsage.drafting.offline.offer_parts import offer_parts
from adsage.drafting.offline.phrases import Bank, Lang
from adsage.rules.ad_text import copy_rules

if TYPE_CHECKING:
    from adsage.models.brief import Brief

# The button that matches what happens after the click, per objective.
_CTA = {
    "OUTCOME_SALES": "SHOP_NOW",
    "OUTCOME_LEADS": "SIGN_UP",
    "OUTCOME_TRAFFIC": "LEARN_MORE",
    "OUTCOME_AWARENESS": "LEARN_MORE",
    "OUTCOME_ENGAGEMENT": "LEARN_MORE",
    "OUTCOME_APP_PROMOTION": "INSTALL_MOBILE_APP",
}
# Lead campaigns for quoted work (renovations, insurance, catering) ask for a quote instead.
_QUOTE_WORDS = re.compile(r"\b(?:quote|quotes|estimate|wycen\w*|kosztorys\w*)\b", re.IGNORECASE)

# Claims the drafts must not repeat even when the brief makes them: guarantees, "best ever",
# "number one".  A benefit or offer that makes one is left out rather than toned down.
_OVERCLAIM = re.compile(
    r"\bguarantee\w*|\bbest\s+(?:\w+\s+){0,2}ever\b|\bbest\s+in\s+the\s+world\b|\bnumber\s+one\b"
    r"|#\s?1\b|\bno\.?\s?1\b|\bgwarant\w*|\bnajlepsz\w*\s+(?:\w+\s+)?(?:na\s+świecie|w\s+historii)"
    r"|\bnumer\s+jeden\b|\bnr\s?1\b|\b100\s?%\s+(?:guaranteed|effective|results?|success|safe|"
    r"skuteczn\w*|pewno\w*|gwarancj\w*)|\brisk[- ]free\b|\bmiracle\b",
    re.IGNORECASE,
)

MAX_INTEREST = 40


@dataclass(frozen=True)
class Facts:
    lang: Lang
    brand: str
    product: str
    offer: str
    benefits: tuple[str, ...]
    interests: tuple[str, ...]
    description: str
    # The date the offer itself names ("24 December"), never the campaign end: a schedule
    # is the advertiser's plan, not a promise that the offer stops then.
    offer_deadline: str
    tone: str
    objective: str
    cta: str
    seed: int
    # Place names of the brief's targeting (cities, radii), to keep one the product names
    # when a shortened product would lose it ("..., near Northampton").
    places: tuple[str, ...] = ()
    # The flight ends by the offer's own end date: the campaign is there for the offer (a
    # two-week sale), so every ad names it, not only one.
    offer_throughout: bool = False
    # The brief names places to reserve (groups of a size, sessions, a start date, seats):
    # only then may a close say "Zarezerwuj miejsce" (see closes.py).
    seats: bool = False
    # What ends on the offer's end date, with the date ("Rabat 300 zł do 31 marca 2027"):
    # a headline says what ends, never "Oferta do ..." when only a discount does.
    offer_ends: str = ""
    # The offer's standalone parts, its deal first ("Free home delivery and assembly" of
    # "Up to £400 off ... until 30 April 2027, free home delivery and assembly"): facts a
    # headline or description can carry when the text has room only for the deal.
    offer_parts: tuple[str, ...] = ()


# The last facts gathered: personas, copy and variants of one brief each ask in turn.
_last: list[tuple[Bank, object, tuple[object, ...], Facts]] = []


def gather(ctx: DraftContext, bank: Bank) -> Facts:
    brief, rules = ctx.brief, copy_rules()
    # Every input _gather reads (the bank and the rules by identity: they are cached).
    key = (
        *(ctx.lang, ctx.objective, brief.brand, brief.product, brief.offer, brief.tone),
        *(tuple(brief.benefits), tuple(brief.audience.interests), brief.audience.description),
        *(brief.objective, brief.goal, brief.special_ad_category),
        tuple(p.name for p in brief.audience.places),
        (brief.schedule.start, brief.schedule.end),
    )
    last = _last[0] if _last else None
    if last is not None and last[0] is bank and last[1] is rules and last[2] == key:
        return last[3]
    facts = _gather(ctx, bank)
    _last[:] = [(bank, rules, key, facts)]
    return facts


def _interests_dropped(category: str) -> bool:
    """A special ad category's ad set targets no interests (see the targeting section)."""
    from adsage.rules.campaign import targeting_rules

    cats = targeting_rules().special_categories
    return cats.replaced.get(category, category) in cats.restricted


def _gather(ctx: DraftContext, bank: Bank) -> Facts:
    from adsage.drafting.offline.closes import names_seats

    brief = ctx.brief
    lang: Lang = "pl" if ctx.lang == "pl" else "en"
    brand = calm_caps(clean_fragment(brief.brand, keep_caps=True)) or _fallback_name(brief.brand)
    product = calm_caps(clean_fragment(brief.product, keep_caps=True)) or _fallback_name(
        brief.product
    )
    product = without_brand(product, brand)
    where = brief.audience.locations
    offer = _plain(capitalise(local_money(clean_fragment(brief.offer), lang, where)))
    # a credit cost stated without its representative example stays out of the ads (the
    # plan's copy notes say why); the offer is the client's own message and stays
    from adsage.checks.credit import undisclosed_benefits

    held = set(
        undisclosed_benefits(
            brief.benefits, [brief.offer, brief.product], brief.special_ad_category
        )
    )
    benefits = _unique(
        _plain(capitalise(local_money(clean_fragment(b), lang, where)))
        for b in brief.benefits
        if b not in held
    )
    interests = _unique(
        clean_fragment(i) for i in brief.audience.interests if len(i.strip()) <= MAX_INTEREST
    )
    if _interests_dropped(brief.special_ad_category):
        interests = ()  # the plan targets no interests, so no ad may speak to one
    objective = ctx.objective if ctx.objective in _CTA else (brief.objective or "OUTCOME_TRAFFIC")
    return Facts(
        lang=lang,
        brand=brand,
        product=product,
        offer=offer,
        benefits=benefits,
        interests=tuple(i for i in interests if i),
        description=clean_fragment(brief.audience.description),
        offer_deadline=(deadline := offer_deadline(offer, bank.deadline_words)),
        offer_ends=offer_ends(offer, deadline, bank.deadline_words, lang),
        # a part that states a credit cost alone ("No broker fee") is held as a benefit is
        offer_parts=_held_out(
            # grouped to fit a headline: the shortest recommendation over the placements
            offer_parts(offer, lang, min(headline_limits(brief.placements))),
            [brief.offer, brief.product],
            brief.special_ad_category,
        ),
        tone=tone_of(brief.tone, bank),
        objective=objective,
        cta=cta_for(
            objective, " ".join([brief.product, brief.offer, brief.goal]), goal_metric(brief)
        ),
        seed=zlib.crc32(f"{brief.brand}|{brief.product}".encode()),
        places=tuple(p.name for p in brief.audience.places if p.type in ("city", "radius")),
        offer_throughout=bool(offer) and offer_throughout(brief),
        seats=names_seats(" ".join([brief.product, brief.offer, brief.goal, *brief.benefits])),
    )


def headline_limits(placements: Iterable[str]) -> list[int]:
    """The recommended headline length per placement (``knowledge/rules/copy.yaml``)."""
    lengths = copy_rules().lengths
    return [lengths.recommended_for("headline", p) for p in (list(placements) or ["feed"])]


def _held_out(parts: tuple[str, ...], others: list[str], category: str) -> tuple[str, ...]:
    """The offer's parts without those a credit ad may not quote on their own."""
    from adsage.checks.credit import undisclosed_benefits

    held = set(undisclosed_benefits(parts, others, category)) if parts else set()
    return tuple(p for p in parts if p not in held)


def offer_throughout(brief: Brief) -> bool:
    """Whether the offer lasts the whole flight: it names its own end ("until 14 March",
    "do 14 marca") and the flight ends on or before that day."""
    from adsage.checks.deadlines import deadlines_in
    from adsage.lang.dates import make_date

    start, end = brief.schedule.start, brief.schedule.end
    days = [dm for d in deadlines_in(brief.offer) for dm in d.dates]
    ends = [e for day, month in days if (e := make_date(None, month, day, start)) is not None]
    return bool(ends) and end <= min(ends)


def offer_deadline(offer: str, words: Iterable[str]) -> str:
    """The offer's end date only when the offer ties it to the end ("until 20 February",
    "do 31 marca"): "System 3/1" (a rota) or "since 1 May" is a date, not a deadline."""
    ends = tuple(w.casefold() for w in words)
    for phrase in date_phrases(offer):
        before = offer[: offer.find(phrase)].casefold().rstrip()
        words_before = re.findall(r"[^\W\d_]+", before)
        tail = " ".join(words_before[-2:])
        if any(tail == w or tail.endswith(" " + w) for w in ends):
            return phrase
    return ""


# Words after which the rest of a deal's phrase is its condition or comparison ("rabat 300 zł
# | przy rezerwacji", "cena 297 zł | zamiast 497 zł"): the deal is named without them.
_CONDITION = {
    "pl": frozenset({"przy", "zamiast", "dla", "jeśli", "gdy", "kiedy"}),
    "en": frozenset({"when", "for", "if", "instead", "who"}),
}


def offer_ends(offer: str, deadline: str, words: Iterable[str], lang: str) -> str:
    """The part of the offer that ends on its date, with the date: "Turnus od 2890 zł; rabat
    300 zł przy rezerwacji do 31 marca 2027" -> "Rabat 300 zł do 31 marca 2027"; ``""`` when
    the offer names no deal before its date."""
    if not deadline:
        return ""
    clause = next((c for c in re.split(r"[;,]", offer) if deadline in c), "")
    before = clause[: clause.find(deadline)].rstrip() if clause else ""
    cue = ""
    for w in sorted((w.casefold() for w in words), key=len, reverse=True):
        low = before.casefold()
        if low == w or low.endswith(" " + w):
            before, cue = before[: len(before) - len(w)].rstrip(), before[len(before) - len(w) :]
            break
    if not cue:
        return ""
    kept = _deal(before, lang)
    first = re.split(r"\s[–—-]\s|[:,]", offer)[0]
    if not kept and ";" not in offer and deadline not in first:
        # "Wiosenna wyprzedaż – do -30%, od 1 do 14 marca": the date's clause is a range, and
        # the one deal is the one the offer opens with
        kept = _deal(first, lang)
    if not kept:
        return ""
    # the year adds nothing inside the flight and would push a headline past its length
    day = re.sub(r",?\s+\d{4}(?:\s*r\.)?$", "", deadline)
    return capitalise(f"{' '.join(kept)} {cue} {day}")


def _deal(text: str, lang: str) -> list[str]:
    """The words that name a deal, without its condition ("rabat 300 zł | przy
    rezerwacji"); none when they name no deal (a bare range start, "od 1")."""
    kept: list[str] = []
    for word in text.split():
        if kept and word.casefold() in _CONDITION.get(lang, frozenset()):
            break
        kept.append(word)
    if re.fullmatch(r"(?:od|from)\s+\d+\.?", " ".join(kept), re.IGNORECASE):
        return []
    return kept if any(re.search(r"[^\W\d_]{3,}", w) for w in kept) else []


def _plain(text: str) -> str:
    return "" if _OVERCLAIM.search(text) else text


def _fallback_name(raw: str) -> str:
    """A required name that cleaned away entirely keeps its text minus control forms."""
    return sanitize_fragment(raw, drop_instructions=False).strip(" .!?") or raw.strip()


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    seen: set[str] = set()
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return tuple(out)


def tone_of(tone: str, bank: Bank) -> str:
    """The bank's tone bucket for a free-text tone ("warm and witty" -> friendly)."""
    low = tone.casefold()
    for bucket, words in bank.tone_keywords.items():
        if any(w.casefold() in low for w in words):
            return bucket
    return "friendly"


def goal_metric(brief: Brief) -> str | None:
    """The result the brief's goal counts (goal lexicon), e.g. "calls"."""
    from adsage.checks.goal.parse import parse_goal

    return parse_goal(brief.goal, today=brief.schedule.start, lang=brief.language).metric


def cta_for(objective: str, context: str, metric: str | None = None) -> str:
    """The button for the objective; a goal counted in phone calls gets Call now, the one
    button that makes the call the ad's result."""
    values = set(copy_rules().cta.values)
    cta = _CTA.get(objective, "LEARN_MORE")
    if objective == "OUTCOME_LEADS" and _QUOTE_WORDS.search(context):
        cta = "GET_QUOTE"
    if objective == "OUTCOME_LEADS" and metric == "calls":
        cta = "CALL_NOW"
    return cta if cta in values else "LEARN_MORE"
