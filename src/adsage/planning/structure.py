"""Which campaign structure a brief gets, and the app platforms it names.

An app campaign promotes one store's app, so a brief for an app on iOS and Android runs two
app campaigns: the plan's budget table then carries one line per platform
(``planning.yaml`` ``advantage_plus_app_platforms``, an even split to start), and the set-up
note that says "separate campaigns" has rows to point at.  When the daily budget cannot give
each platform the per-ad-set minimum, the plan keeps one app campaign and says to start with
one store.
"""

from __future__ import annotations

import re

from adsage.models.brief import Brief
from adsage.planning.data import planning_data

# the brief names both platforms ("na Androidzie i iOS", "iOS and Android")
_IOS = re.compile(r"\biOS\b", re.IGNORECASE)
_ANDROID = re.compile(r"\bAndroid\w*", re.IGNORECASE)
APP_PLATFORMS = "advantage_plus_app_platforms"
PLATFORM_LINES = ("app_ios", "app_android")


def both_platforms(brief: Brief) -> bool:
    """Whether the brief's own words name both iOS and Android."""
    text = " ".join([brief.goal, brief.product, brief.audience.description, *brief.benefits])
    return bool(_IOS.search(text) and _ANDROID.search(text))


def platforms_funded(brief: Brief) -> bool:
    """Whether each platform's campaign gets at least the per-ad-set minimum a day."""
    from adsage.planning.numbers import total_budget
    from adsage.planning.split import floor_for

    daily = total_budget(brief) / brief.days
    lines = planning_data().structures.kinds[APP_PLATFORMS].lines
    share = min(ln.share for ln in lines if ln.key in PLATFORM_LINES)
    return daily * share >= floor_for(brief.budget.currency)


def converts_on_site(brief: Brief, objective: str) -> bool:
    """Whether a lead plan's people convert on the advertiser's site (its landing page takes
    bookings or sign-ups) rather than in an instant form: the one decision the plan's
    optimisation goal, budget notes, bulk sheet and closing lines all follow."""
    return objective == "OUTCOME_LEADS" and planning_data().booking_page.matches(brief.landing_url)


def choose_structure(brief: Brief, objective: str, local: bool, metric: str = "") -> str:
    s = planning_data().structures
    if objective == "OUTCOME_LEADS" and metric == "calls":
        return "calls"  # the result is a phone call: no instant form to fill in
    if objective == "OUTCOME_SALES" and (
        brief.catalog or brief.product_count >= s.catalogue_min_products
    ):
        return "advantage_plus_sales"
    if objective == "OUTCOME_APP_PROMOTION":
        if both_platforms(brief) and platforms_funded(brief):
            return APP_PLATFORMS
        return "advantage_plus_app"
    if objective == "OUTCOME_LEADS":
        # a page that takes bookings is where the result happens: optimise for it there
        return "website_booking" if converts_on_site(brief, objective) else "lead_form"
    if objective == "OUTCOME_AWARENESS":
        return "reach_local" if local else "awareness"
    return "manual"


def books_or_calls(brief: Brief) -> bool:
    """A business whose customers book or call (a local garage, a car dealer): its vague
    "more customers" stays a lead, whatever its landing page says."""
    from adsage.drafting.offline.categories import category_for
    from adsage.drafting.offline.sales import sold_offline

    return category_for(brief, "OUTCOME_LEADS").serves_locally or sold_offline(brief)
