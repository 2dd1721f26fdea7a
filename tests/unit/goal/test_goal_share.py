"""A goal about a share ("udział rezerwacji bezpośrednich", "the share of direct bookings",
"40% of orders") is a proportion of results, not a count: the check says which percentages are
missing, the rewrite keeps the share with placeholders for figures the goal does not give
(never invented numbers), and nothing prices it as a number of purchases. A business
category's noun (a hotel's bookings) names the result in messages and rewrites."""

from __future__ import annotations

import re
from datetime import date

import pytest

from adsage.checks.goal import check_goal, parse_goal
from adsage.checks.goal.share import has_placeholder

START, END = date(2027, 1, 7), date(2027, 3, 31)
CTX = {
    "objective": "OUTCOME_SALES",
    "budget": 12000.0,
    "currency": "PLN",
    "start": START,
    "end": END,
    "today": START,
}


def _check(goal: str, lang: str, category: str | None = "hotel"):  # type: ignore[no-untyped-def]
    return check_goal(goal, **CTX, lang=lang, category=category)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("goal", "share", "start", "target"),
    [
        (
            "Zwiększyć udział rezerwacji bezpośrednich",
            "udział rezerwacji bezpośrednich",
            None,
            None,
        ),
        (
            "Zwiększyć udział rezerwacji bezpośrednich z 20% do 35% do 31 marca 2027",
            "udział rezerwacji bezpośrednich",
            20.0,
            35.0,
        ),
        (
            "Raise the share of direct bookings to 40% by March 2027",
            "share of direct bookings",
            None,
            40.0,
        ),
        ("40% of orders through our own shop by June 2027", "share of orders", None, 40.0),
        ("Podnieść odsetek zamówień online do 30%", "odsetek zamówień online", None, 30.0),
    ],
)
def test_a_share_is_read_as_a_share_not_a_count(
    goal: str, share: str, start: float | None, target: float | None
) -> None:
    p = parse_goal(goal)
    assert p.share_text == share
    assert (p.share_from, p.share_to) == (start, target)
    # its percentages are never a target number of results
    assert p.target is None and p.target_kind is None


@pytest.mark.parametrize(
    "goal",
    [
        "Wziąć udział w targach i zebrać 50 leadów do 31 marca 2027",  # taking part, not a share
        "Get 200 bookings by 31 March 2027",
        "Zwiększyć sprzedaż o 20% do końca marca 2027",
        "Convert 5% of visitors by March 2027",  # a conversion rate, not a share of results
        "30% off all boards: sell 200 by 24 December 2026",
    ],
)
def test_other_goals_are_not_shares(goal: str) -> None:
    assert parse_goal(goal).share_text is None


def test_the_hotel_share_goal_keeps_its_meaning_pl() -> None:
    report = _check("Zwiększyć udział rezerwacji bezpośrednich", "pl")
    c = report.criteria
    assert c["specific"].state == "fail" and "udziału" in c["specific"].reason
    assert "zakupy" not in c["specific"].reason
    # what is missing: the current and the target share, counted outside Ads Manager
    meas = c["measurable"].reason
    assert "obecnego i docelowego udziału" in meas and "Menedżerze reklam" in meas
    assert c["achievable"].state == "not_checked"
    assert (
        report.rewrite == "Zwiększyć udział rezerwacji bezpośrednich z X% do Y% do 31 marca 2027."
    )
    assert has_placeholder(report.rewrite)
    # no count of orders, no invented figure
    assert "zamówień" not in report.rewrite and not re.search(r"\d+\s*%", report.rewrite)


def test_a_share_with_a_target_only_asks_for_its_start_en() -> None:
    report = _check("Raise the share of direct bookings to 40% by 31 March 2027", "en")
    assert report.criteria["specific"].state == "pass"
    assert report.criteria["measurable"].state == "fail"
    assert "current share" in report.criteria["measurable"].reason
    assert (
        report.rewrite == "Increase the share of direct bookings from X% to 40% by 31 March 2027."
    )


def test_a_complete_share_goal_passes_without_a_rewrite() -> None:
    report = _check("Zwiększyć udział rezerwacji bezpośrednich z 20% do 35% do 31 marca 2027", "pl")
    assert report.ok and report.rewrite is None
    assert report.criteria["measurable"].state == "pass"
    assert "20%" in report.criteria["measurable"].reason


def test_a_share_missing_only_its_deadline_takes_the_schedules_end() -> None:
    """The schedule ends on 31 March: that is the goal's deadline, and the check says so."""
    report = _check("Increase the share of direct bookings from 20% to 35%", "en")
    assert report.ok and report.rewrite is None
    reason = report.criteria["time_bound"].reason
    assert "31 March 2027" in reason and "schedule" in reason


def test_a_share_missing_its_deadline_without_a_schedule_end_keeps_both_figures() -> None:
    goal = "Increase the share of direct bookings from 20% to 35%"
    report = check_goal(goal, **{**CTX, "end": None}, lang="en", category="hotel")  # type: ignore[arg-type]
    assert report.rewrite is not None
    assert report.rewrite.startswith(f"{goal} by "), report.rewrite
    assert not has_placeholder(report.rewrite)


@pytest.mark.parametrize(
    ("category", "lang", "goal", "noun", "rewrite"),
    [
        (
            "hotel",
            "pl",
            "Więcej rezerwacji",
            "rezerwacje",
            r"^Uzyskać \d[\d\s\u00a0]* rezerwacj(i|e) do ",
        ),
        ("hotel", "en", "More direct bookings", "bookings", r"^Get \d[\d,]* bookings by "),
        (
            "nonprofit",
            "pl",
            "Więcej darczyńców",
            "wpłaty",
            r"^Zebrać \d[\d\s\u00a0]* wpłat(y)? do ",
        ),
        (None, "pl", "Więcej rezerwacji", "zakupy", r"^Uzyskać \d[\d\s\u00a0]* zamówie(ń|nia) do "),
    ],
)
def test_the_category_noun_names_the_result(
    category: str | None, lang: str, goal: str, noun: str, rewrite: str
) -> None:
    report = _check(goal, lang, category)
    assert noun in report.criteria["specific"].reason
    assert report.rewrite is not None and re.search(rewrite, report.rewrite), report.rewrite
    # the rewrite reads back as the same metric and passes on its own
    again = check_goal(report.rewrite, **CTX, lang=lang, category=category)  # type: ignore[arg-type]
    assert again.parsed.metric == "purchases" and again.ok


def test_cost_per_booking_is_a_cost_not_revenue() -> None:
    p = parse_goal("60 new customers by end of April 2027, cost per booking under 35 EUR")
    assert [c.metric for c in p.constraints] == ["cpa"] or p.metric == "cpa"
    assert p.metric != "revenue"


def test_every_category_noun_reads_back_as_its_metric() -> None:
    """Rule data: a category noun is only a name; its rewrite phrase must still parse as the
    same metric, and the category must exist in knowledge/categories."""
    from pathlib import Path

    from adsage.checks.goal.lexicon import load_lexicon

    lex = load_lexicon()
    root = Path(__file__).resolve().parents[3] / "knowledge" / "categories"
    assert lex.data.category_nouns and lex.data.source and lex.data.as_of
    for category, nouns in lex.data.category_nouns.items():
        assert (root / f"{category}.yaml").is_file(), category
        for metric, noun in nouns.items():
            for form, n, lang in (("en", 120, "en"), ("pl_many", 120, "pl"), ("pl_few", 122, "pl")):
                text = noun.phrase[form].format(n=n) + " do 31 marca 2027"  # type: ignore[index]
                if lang == "en":
                    text = noun.phrase["en"].format(n=n) + " by 31 March 2027"
                p = parse_goal(text, lang=lang)
                assert (p.metric, p.target) == (metric, n), (category, form, text)
