"""Businesses whose sale closes offline: a Sales objective would optimise for an online
purchase that never happens (a car dealer sells after an enquiry or a test drive)."""

from __future__ import annotations

from adsage.drafting.offline.categories import category_for
from adsage.models.brief import Brief


def sold_offline(brief: Brief) -> bool:
    """Whether a Sales objective would optimise for a purchase this business never takes
    online (a car dealer sells after an enquiry or a test drive), so the plan's result is a
    lead instead.  A brief that says the product can be bought online (one of the category's
    ``sold_online`` phrases) keeps Sales."""
    cat = category_for(brief, "OUTCOME_SALES")
    if not cat.sold_offline:
        return False
    text = " ".join(
        [brief.product, brief.offer, brief.goal, brief.audience.description, *brief.benefits]
    ).casefold()
    return not any(w.casefold() in text for w in cat.sold_online)
