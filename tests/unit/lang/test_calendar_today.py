"""One calendar day for goals and schedules: the system date, or ADSAGE_TODAY when pinned."""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal import check_goal
from adsage.errors import BadInput
from adsage.lang.dates import parse_date, today


def test_unset_is_the_system_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ADSAGE_TODAY", raising=False)
    assert today() == date.today()


def test_pinned_day_is_used_by_the_checkers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADSAGE_TODAY", "2030-01-15")
    assert today() == date(2030, 1, 15)
    # "24 December" without a year is the next 24 December after the pinned day
    assert parse_date("24 December") == date(2030, 12, 24)
    report = check_goal("Sell 300 snowboards by 24 December 2026")
    assert not report.criteria["time_bound"].passed


def test_a_bad_pin_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADSAGE_TODAY", "next tuesday")
    with pytest.raises(BadInput, match="ADSAGE_TODAY"):
        today()
