"""Every ROAS a goal names is judged against the same estimate: a ROAS target of 6 or a floor
of 6 on a count of jackets is "very ambitious" (above the ~3 estimate), as a revenue goal's
implied ROAS of 5 is, never "within the usual range"."""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal import check_goal

TODAY = date(2026, 11, 30)
KW = {"budget": 18000.0, "currency": "USD", "objective": "OUTCOME_SALES", "today": TODAY}


@pytest.mark.parametrize(
    "text",
    [
        "Reach a ROAS of 6 in January 2027",
        "Clear 1,200 jackets from last season in January 2027 with ROAS of 6 or better",
        "Sell 300 jackets in January 2027 at ROAS 6+",
    ],
)
def test_roas_above_the_estimate_is_ambitious(text: str) -> None:
    r = check_goal(text, **KW)  # type: ignore[arg-type]
    reason = r.criteria["achievable"].reason
    assert "above adsage's own estimate of about 3" in reason, reason
    assert "within the usual range" not in reason
    assert r.criteria["achievable"].state in {"at_risk", "fail"}


def test_roas_at_the_estimate_passes() -> None:
    r = check_goal("Reach a ROAS of 2 in January 2027", **KW)  # type: ignore[arg-type]
    assert r.criteria["achievable"].state == "pass"
