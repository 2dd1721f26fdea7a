"""Closing lines that agree with where the plan's leads convert.

A lead plan decides once whether people convert on the advertiser's site (a landing page
that takes bookings or sign-ups) or in an instant form (:func:`adsage.planning.numbers.
converts_on_site`); the header, budget notes and bulk sheet show that choice, so the copy
must not end with "leave your details and we will call" on a site plan, nor "sign up on our
site" on an instant-form plan.  The marker words live in ``knowledge/rules/planning.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from adsage.models.brief import Brief

if TYPE_CHECKING:
    from adsage.drafting.offline.categories import Category

LEADS = "OUTCOME_LEADS"


def at_destination(cat: Category, brief: Brief, objective: str) -> Category:
    """The category with its lead closes narrowed to the plan's conversion place; a list
    whose every line names the other place is kept as it is (nothing better to say)."""
    if objective != LEADS:
        return cat
    from adsage.planning.data import planning_data
    from adsage.planning.numbers import converts_on_site

    page = planning_data().booking_page
    other = page.form_close_words if converts_on_site(brief, objective) else page.site_close_words
    update = {}
    for field in ("close_en", "close_pl"):
        closes: dict[str, list[str]] = getattr(cat, field)
        kept = fitting(closes.get(LEADS, []), other)
        if kept != closes.get(LEADS, []):
            update[field] = {**closes, LEADS: kept}
    return cat.model_copy(update=update) if update else cat


def fitting(lines: list[str], other_place: list[str]) -> list[str]:
    """``lines`` without those naming the other place, unless that would leave none."""
    words = [w.casefold() for w in other_place]
    kept = [line for line in lines if not any(w in line.casefold() for w in words)]
    return kept or list(lines)
