"""The goal checker must never crash: any text, any reasonable context, always a valid report."""

from __future__ import annotations

import json
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from adsage.checks.goal import GoalReport, check_goal, parse_goal

TODAY = date(2026, 11, 29)
CRITERIA = {"specific", "measurable", "achievable", "relevant", "time_bound"}

# Fragments that exercise the parser's branches, glued together in random order.
FRAGMENTS = [
    "1,000", "1 000", "1.5k", "2 mln", "tysiąc", "dwa tysiące", "a thousand", "20%", "o 20%",
    "double", "podwoić", "2x", "40 PLN", "30 zł", "$5", "€", "ROAS", "CPA", "koszt leada",
    "leads", "leadów", "fans", "fanów", "sales", "sprzedaż", "reach", "zasięg", "brand love",
    "by Friday", "do piątku", "within 6 weeks", "w ciągu miesiąca", "Q3 2027", "w III kwartale",
    "24.12.2026", "2026-12-24", "do 24 grudnia", "31.02.2026", "99.99.9999", "by 29 February",
    "soon", "wkrótce", "per month", "miesięcznie", "budget", "budżet", "-", "/", "%", ",", ".",
    "0", "00000000000000000000", "9" * 40, "x0", "0x", "Q0", "Q5 20000", "w 0 dni",
]  # fmt: skip


def _valid(report: GoalReport) -> None:
    assert isinstance(report.ok, bool)
    assert set(report.criteria) == CRITERIA
    data = report.model_dump(mode="json", by_alias=True)
    json.dumps(data)
    assert all("pass" in c for c in data["criteria"].values())
    assert report.ok == (not any(f.severity == "error" for f in report.findings))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_unicode(text: str) -> None:
    _valid(check_goal(text, today=TODAY))
    parse_goal(text, today=TODAY)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(FRAGMENTS), max_size=12), st.sampled_from([" ", "", "  ", "\u00a0"])
)
def test_fragment_soup(parts: list[str], sep: str) -> None:
    _valid(check_goal(sep.join(parts), today=TODAY))


@settings(max_examples=150, deadline=None)
@given(
    text=st.lists(st.sampled_from(FRAGMENTS), max_size=8).map(" ".join),
    objective=st.sampled_from(
        [None, "OUTCOME_SALES", "OUTCOME_LEADS", "engagement", "OUTCOME_AWARENESS"]
    ),
    budget=st.one_of(st.none(), st.floats(min_value=0.01, max_value=1e9)),
    currency=st.sampled_from([None, "PLN", "USD", "eur", "zł", "JPY"]),
    start_offset=st.one_of(st.none(), st.integers(-400, 400)),
    length=st.integers(0, 400),
    today=st.dates(min_value=date(2001, 1, 1), max_value=date(2098, 12, 31)),
    lang=st.sampled_from([None, "en", "pl"]),
)
def test_with_context(
    text: str,
    objective: str | None,
    budget: float | None,
    currency: str | None,
    start_offset: int | None,
    length: int,
    today: date,
    lang: str | None,
) -> None:
    start = None if start_offset is None else today + timedelta(days=start_offset)
    end = None if start is None else start + timedelta(days=length)
    report = check_goal(
        text,
        objective=objective,
        budget=budget,
        currency=currency,
        start=start,
        end=end,
        today=today,
        lang=lang,
    )
    _valid(report)
    if report.rewrite is not None:
        _valid(
            check_goal(
                report.rewrite, objective=objective, budget=budget, currency=currency, today=today
            )
        )


def test_empty_and_whitespace() -> None:
    for text in ("", " ", "\n\t", "\u00a0"):
        report = check_goal(text, today=TODAY)
        _valid(report)
        assert not report.ok and report.rewrite


def test_huge_input_is_read_partially() -> None:
    text = "Get 1,000 new fans within a month. " + "x" * 100_000
    report = check_goal(text, today=TODAY)
    _valid(report)
    assert report.parsed.truncated and report.parsed.metric == "followers"
    assert any(f.severity == "info" and "2000" in f.message for f in report.findings)
    huge_unicode = "żółć 1 000 " * 10_000
    _valid(check_goal(huge_unicode, today=TODAY))
