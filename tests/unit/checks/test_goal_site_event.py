"""A result Ads Manager counts only through an event (signatures on a petition page) is never
called "reported in Ads Manager": it is measurable if the thank-you page sends an event,
otherwise counted in the client's own system."""

from __future__ import annotations

from datetime import date

from adsage.checks.goal import check_goal

TODAY = date(2026, 11, 30)


def test_signatures_need_an_event_to_be_counted() -> None:
    for text, words in (
        ("Zebrać 15 000 podpisów pod apelem przed sesją 28 stycznia 2027", ("piksel", "UTM")),
        ("Collect 15,000 petition signatures by 28 January 2027", ("pixel", "UTM")),
    ):
        reason = check_goal(text, today=TODAY).criteria["measurable"].reason
        assert all(w in reason for w in words), reason
        assert "reports." not in reason and "raportowanego" not in reason


def test_leads_stay_reported_in_ads_manager() -> None:
    reason = check_goal("Get 200 leads by 28 January 2027", today=TODAY).criteria["measurable"]
    assert "Ads Manager reports" in reason.reason
