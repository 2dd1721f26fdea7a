"""An offer whose own end date comes before the flight ends.

"Turnus od 2890 zł; rabat 300 zł przy rezerwacji do 31 marca 2027" in a flight to 31 May: from
1 April an ad that names the discount advertises one that has ended.  The plan cannot know
whether the client extends it, so it asks: stop the ads that name it on that day, or run two
flights (with the offer, then without it).  It never moves a date itself.

Pure: brief in, findings out.  The rule's source and severity: ``knowledge/rules/offer_end.yaml``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from adsage.i18n.catalogue import t
from adsage.i18n.formatting import date as fmt_date
from adsage.models.findings import Finding
from adsage.rules.base import SourcedRule, Strict, finding
from adsage.rules.loader import load_rules

if TYPE_CHECKING:
    from adsage.models.brief import Brief

RULE = "brief.offer_ends_before_flight"


class OfferEndRules(Strict):
    offer_end: SourcedRule


def offer_end(brief: Brief) -> tuple[date, str] | None:
    """The earliest end date the offer names ("do 31 marca 2027") and the part of the offer
    that names it ("rabat 300 zł przy rezerwacji do 31 marca 2027"), or None."""
    from adsage.checks.deadlines import deadlines_in
    from adsage.lang.dates import make_date

    start, offer = brief.schedule.start, brief.offer or ""
    found = [
        (e, d.text)
        for d in deadlines_in(offer)
        for day, month in d.dates
        if (e := make_date(None, month, day, start)) is not None
    ]
    if not found:
        return None
    end, text = min(found)
    clause = next((c for c in re.split(r"[;,]", offer) if text and text in c), offer)
    return end, clause.strip(" .")


def offer_end_in_flight(brief: Brief) -> tuple[date, str] | None:
    """:func:`offer_end` when that day falls inside the flight, before its last day: from
    the next day an ad that names the offer states one that has ended."""
    found = offer_end(brief)
    if found is None or not brief.schedule.start <= found[0] < brief.schedule.end:
        return None
    return found


def names_offer(texts: list[str], end: date, said: str) -> bool:
    """Whether an ad's texts name the offer that ends on ``end``: a date that resolves to that
    day ("do 24 maja", "until May 24"), or the offer's own words without their deadline
    ("dostawa w Poznaniu gratis przy zamówieniu"). Either would state the offer after it ends.
    """
    from adsage.checks.deadlines import deadlines_in

    for text in texts:
        # an ad's date rarely has a year: the day and month are the offer's end
        if any((end.day, end.month) in d.dates for d in deadlines_in(text)):
            return True
    core = said
    for d in deadlines_in(said):
        core = core.replace(d.text, " ")
    words = core.casefold().split()
    while words and len(words[-1]) <= 3:  # a joining word left before the deadline ("przy", "by")
        words.pop()
    if len(words) < 2:
        return False
    phrase = " ".join(words)
    return any(phrase in " ".join(text.casefold().split()) for text in texts)


def offer_end_findings(brief: Brief) -> list[Finding]:
    """A warning when the offer's end date falls inside the flight, before its last day."""
    found = offer_end_in_flight(brief)
    last = brief.schedule.end
    if found is None:
        return []
    end, said = found
    rule = load_rules("offer_end.yaml", OfferEndRules).offer_end
    lang = brief.language
    days = {
        "end": fmt_date(end, lang),
        "after": fmt_date(end + timedelta(days=1), lang),
        "last": fmt_date(last, lang),
    }
    return [
        finding(
            RULE,
            rule.severity,
            t("offer_end.before_flight", lang, said=said, **days),
            rule,
            field="offer",
            suggestion=t("offer_end.before_flight.fix", lang, **days),
        )
    ]
