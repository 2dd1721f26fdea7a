"""Goals from a strategist's review of twelve plans, read the same way in English and Polish.

Each case names what a marketer means: job applications are leads, pre-orders and donations
are purchases, a cost cap written in ordinary words is a cap, "the March cohort" is not a
deadline, and "2000 doughnuts" counts items, not orders.
"""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal import check_goal, infer_objective
from adsage.checks.goal.checker import GoalReport
from adsage.checks.goal.parse import parse_goal
from adsage.i18n import t

TODAY = date(2026, 11, 30)


def _p(text: str):  # type: ignore[no-untyped-def]
    return parse_goal(text, today=TODAY)


APPEAL = (date(2026, 12, 1), date(2026, 12, 23))  # the charity's December appeal
COHORT = (date(2027, 1, 25), date(2027, 2, 28))  # the course's enrolment window
FAT_THURSDAY = (date(2027, 2, 15), date(2027, 2, 27))  # the bakery's pre-order window


def _check(text: str, budget: float, currency: str, schedule: tuple[date, date]) -> GoalReport:
    """The goal checked with a brief's budget and schedule, as the plan checks it."""
    start, end = schedule
    return check_goal(text, budget=budget, currency=currency, start=start, end=end, today=TODAY)


def _plain(text: str) -> str:
    """Money and numbers are formatted with no-break spaces; tests compare plain ones."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


def _reading(text: str) -> tuple[object, ...]:
    g = _p(text)
    caps = tuple((c.metric, c.value, c.bound, c.currency) for c in g.constraints)
    return (g.metric, g.target, g.deadline, g.value_target, g.value_currency, g.unit_kind, caps)


# --------------------------------------------------------------------------- D10: metrics


@pytest.mark.parametrize(
    ("text", "metric", "target"),
    [
        (
            "Pozyskać 60 aplikacji od kierowców z prawem jazdy C+E do końca kwietnia 2027",
            "leads",
            60,
        ),
        ("Zebrać 60 aplikacji do końca kwietnia 2027", "leads", 60),
        ("Zebrać 60 aplikacji na stanowisko kierowcy do końca kwietnia 2027", "leads", 60),
        ("Pozyskać 60 zgłoszeń od kierowców do końca kwietnia 2027", "leads", 60),
        ("Get 60 applications from C+E drivers by the end of April 2027", "leads", 60),
        ("Collect 1500 preorders across six countries by 30 April 2027", "purchases", 1500),
        ("Collect 1500 pre-orders across six countries by 30 April 2027", "purchases", 1500),
        ("Zebrać 1500 zamówień w przedsprzedaży do 30 kwietnia 2027", "purchases", 1500),
        ("Get 400 donations by 23 December 2026", "purchases", 400),
        ("Find 400 donors by 23 December 2026", "purchases", 400),
        ("Pozyskać 400 darczyńców do 23 grudnia 2026", "purchases", 400),
        ("Zebrać 400 wpłat do 23 grudnia 2026", "purchases", 400),
    ],
)
def test_review_metrics_are_read(text: str, metric: str, target: float) -> None:
    g = _p(text)
    assert (g.metric, g.target) == (metric, target)
    r = check_goal(text, today=TODAY)
    assert r.criteria["specific"].passed and r.criteria["measurable"].passed


@pytest.mark.parametrize(
    ("en", "pl"),
    [
        (
            "Get 60 job applications from drivers by 30 April 2027",
            "Pozyskać 60 aplikacji od kierowców do 30 kwietnia 2027",
        ),
        (
            "Collect 1500 pre-orders by 30 April 2027",
            "Zebrać 1500 zamówień w przedsprzedaży do 30 kwietnia 2027",
        ),
        (
            "Raise 15000 GBP from 400 donors by 23 December 2026",
            "Zebrać 15000 GBP od 400 darczyńców do 23 grudnia 2026",
        ),
        (
            "Get 250 leads by 31 March 2027 at a cost per lead under 80 PLN",
            "Zebrać 250 leadów do 31 marca 2027 przy koszcie leada poniżej 80 zł",
        ),
        (
            "Get 20000 app installs by 11 April 2027 at a cost per install of at most 4 PLN",
            "20 000 instalacji aplikacji do 11 kwietnia 2027 przy koszcie instalacji do 4 zł",
        ),
        (
            "Get leads at a cost per lead under 60 PLN by 30 June 2027",
            "Zdobyć leady przy koszcie poniżej 60 zł za lead do 30 czerwca 2027",
        ),
        (
            "Sell 2000 doughnuts in online pre-orders by 27 February 2027",
            "Sprzedać 2000 pączków w przedsprzedaży online do 27 lutego 2027",
        ),
    ],
)
def test_same_goal_reads_the_same_in_both_languages(en: str, pl: str) -> None:
    assert _reading(en) == _reading(pl)


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Uzyskać 20 000 instalacji aplikacji w 6 tygodni", "installs"),
        ("Uzyskać 5000 pobrań aplikacji w 30 dni", "installs"),
        ("Zwiększyć liczbę aktywnych użytkowników aplikacji o 20% do końca roku", "traffic"),
    ],
)
def test_app_words_stay_with_installs_and_users(text: str, metric: str) -> None:
    assert _p(text).metric == metric


# ------------------------------------------------------------- D10: honest "not checked"


def test_a_criterion_nobody_checked_is_not_shown_as_a_pass() -> None:
    r = check_goal("Get 100 leads by 30 June 2027", today=TODAY)
    ach, spec = r.criteria["achievable"], r.criteria["specific"]
    assert (ach.checked, ach.state) == (False, "not_checked")
    assert spec.state == "pass"
    data = r.to_json()["criteria"]
    # in JSON ``pass`` is null: a reader of ``pass`` alone never counts it as passed
    assert data["achievable"]["pass"] is None and data["achievable"]["state"] == "not_checked"
    assert r.model_dump(mode="json", by_alias=True)["criteria"]["achievable"]["pass"] is None
    assert data["specific"]["state"] == "pass"


def test_failing_criterion_state_is_fail_and_old_json_gains_a_state() -> None:
    r = check_goal("Get more leads", today=TODAY)
    assert r.criteria["specific"].state == "fail"
    data = r.to_json()
    for c in data["criteria"].values():  # a report stored before the field existed
        c.pop("state")
    again = GoalReport.model_validate(data)
    assert again.criteria["specific"].state == "fail"
    assert again.criteria["relevant"].state == "not_checked"


def test_not_checked_label_exists_in_both_languages() -> None:
    assert t("doc.not_checked", "en") == "not checked"
    assert t("doc.not_checked", "pl") == "nie sprawdzono"


def test_slack_marks_an_unchecked_criterion_apart(monkeypatch: pytest.MonkeyPatch) -> None:
    from adsage.advisor.conversation import calls
    from adsage.slack import quick

    def fake(goal: str, lang: str, brief: object) -> GoalReport:
        return check_goal(goal, today=TODAY)

    monkeypatch.setattr(calls, "check_goal", fake)
    text = str(quick.check_goal_text("Get 100 leads by 30 June 2027", "en"))
    assert ":grey_question: *achievable*" in text and ":white_check_mark: *specific*" in text


# ------------------------------------------------------------------ D1: donations


@pytest.mark.parametrize(
    ("text", "shown", "value", "currency"),
    [
        ("Raise 15000 GBP from 400 donors by 23 December 2026", "GBP 15,000", 15000, "GBP"),
        ("Zebrać 15000 GBP od 400 darczyńców do 23 grudnia 2026", "15 000 GBP", 15000, "GBP"),
        ("Zebrać 62 500 zł z 400 wpłat do 23 grudnia 2026", "62 500 zł", 62500, "PLN"),
        ("Get 400 donations worth 15,000 GBP by 23 December 2026", "GBP 15,000", 15000, "GBP"),
    ],
)
def test_donor_goal_is_specific_with_its_amount(
    text: str, shown: str, value: float, currency: str
) -> None:
    r = _check(text, 1500, currency, APPEAL)
    g = r.parsed
    assert (g.metric, g.target, g.value_target, g.value_currency) == (
        "purchases",
        400,
        value,
        currency,
    )
    spec = r.criteria["specific"]
    assert spec.passed and "400" in spec.reason
    assert shown in _plain(spec.reason)
    assert "does not say what it counts" not in spec.reason
    assert infer_objective(g.metric) == "OUTCOME_SALES"
    assert r.rewrite is None or "landing page" not in r.rewrite


def test_donor_goal_rewrite_keeps_donors_not_page_views() -> None:
    # an appeal ending on 23 December is aligned with "before Christmas": nothing to rewrite
    assert (
        _check("Raise 15000 GBP from 400 donors before Christmas", 1500, "GBP", APPEAL).rewrite
        is None
    )
    early = (APPEAL[0], date(2026, 12, 18))  # one that stops a week earlier moves the deadline
    r = _check("Raise 15000 GBP from 400 donors before Christmas", 1500, "GBP", early)
    assert r.rewrite == "Raise 15000 GBP from 400 donors by 18 December 2026."
    again = check_goal(r.rewrite, end=date(2026, 12, 18), today=TODAY)
    assert (again.parsed.metric, again.parsed.target) == ("purchases", 400)


def test_a_price_per_item_is_not_a_value_target() -> None:
    g = _p("Sell 50 courses at 499 PLN each by 31 January 2027")
    assert g.value_target is None


# --------------------------------------------------------------------- D4: cost caps


@pytest.mark.parametrize(
    ("text", "metric", "value", "currency"),
    [
        ("Zebrać 250 zapytań o mieszkania do 31 marca 2027 przy koszcie leada poniżej 80 zł", "cpl", 80, "PLN"),
        ("20 000 instalacji aplikacji w 6 tygodni przy koszcie instalacji do 4 zł", "cpi", 4, "PLN"),
        ("Book 120 qualified demo requests by 31 March 2027 at a cost per lead under 45 EUR", "cpl", 45, "EUR"),
        ("Zdobyć leady przy koszcie poniżej 60 zł za lead do 30 czerwca 2027", "cpl", 60, "PLN"),
        ("Zebrać 300 zamówień do 30 czerwca 2027 przy koszcie zakupu maksymalnie 40 zł", "cpa", 40, "PLN"),
    ],
)  # fmt: skip
def test_natural_cost_caps_become_constraints(
    text: str, metric: str, value: float, currency: str
) -> None:
    (c,) = _p(text).constraints
    assert (c.metric, c.bound, c.value, c.currency) == (metric, "max", value, currency)


def test_cap_without_count_keeps_the_cap_in_the_rewrite() -> None:
    kw = {"budget": 6000.0, "currency": "PLN", "start": date(2027, 1, 10), "end": date(2027, 6, 30)}
    text = "Zdobyć leady przy koszcie poniżej 60 zł za lead do 30 czerwca 2027"
    r = check_goal(text, today=TODAY, **kw)  # type: ignore[arg-type]
    assert (r.parsed.metric, r.parsed.target) == ("leads", None)
    assert not r.criteria["specific"].passed  # no count of leads: say how many
    assert r.rewrite and "60" in r.rewrite
    again = check_goal(r.rewrite, today=TODAY, **kw)  # type: ignore[arg-type]
    assert again.parsed.constraints and again.parsed.constraints[0].value == 60
    assert all(c.passed for c in again.criteria.values()), again.criteria


def test_cost_only_goals_stay_cost_goals() -> None:
    g = _p("Keep the cost per lead under $25 this quarter")
    assert (g.metric, g.target, g.constraints) == ("cpl", 25, ())


def test_achievable_names_the_cap_against_the_market() -> None:
    kw = {
        "budget": 24000.0,
        "currency": "PLN",
        "start": date(2027, 1, 10),
        "end": date(2027, 3, 31),
    }
    ok = check_goal(
        "Zebrać 250 zapytań o mieszkania do 31 marca 2027 przy koszcie leada poniżej 80 zł",
        today=TODAY,
        **kw,  # type: ignore[arg-type]
    ).criteria["achievable"]
    assert ok.passed and "Limit 80 zł (CPL)" in _plain(ok.reason)
    low = check_goal(
        "Get 250 leads by 31 March 2027 at a cost per lead under 5 PLN",
        today=TODAY,
        **kw,  # type: ignore[arg-type]
    ).criteria["achievable"]
    assert not low.passed and "cap of PLN 5 for CPL is below the market" in _plain(low.reason)


# ----------------------------------------------------------------- D5: cohort months


@pytest.mark.parametrize(
    ("text", "field"),
    [
        # a month naming a thing is no deadline
        ("Enrol 150 students in the March cohort", "deadline"),
        ("Enrol 150 students in the March 2027 cohort", "deadline"),
        ("Get 500 purchases in the March sale", "deadline"),
        ("Zapisać 150 kursantów do edycji marcowej", "deadline"),
        ("Zapisać 150 osób na edycję z marca 2027", "deadline"),
        ("Zapisać 150 osób na kurs w marcu", "deadline"),
        # orders (and donors) are what Meta counts, not items
        ("Sell 400 orders with a ROAS of at least 4 by 30 June 2027", "unit_kind"),
        ("Generate 600 online purchases by 15 January 2027", "unit_kind"),
        ("Zebrać 1500 zamówień w przedsprzedaży do 30 kwietnia 2027", "unit_kind"),
        ("Raise 15000 GBP from 400 donors by 23 December 2026", "unit_kind"),
    ],
)
def test_what_the_goal_does_not_say_stays_unset(text: str, field: str) -> None:
    assert getattr(_p(text), field) is None


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("Get 500 purchases in March 2027", date(2027, 3, 31)),
        ("Get 500 leads by March 2027", date(2027, 3, 31)),
        ("Sprzedać 100 miejsc na kurs do marca 2027", date(2027, 3, 31)),
        ("Zebrać 200 leadów w marcu 2027 r.", date(2027, 3, 31)),
        ("Enrol 150 students in the March cohort by 28 February 2027", date(2027, 2, 28)),
    ],
)
def test_month_deadlines_still_read(text: str, deadline: date) -> None:
    assert _p(text).deadline == deadline


def test_cohort_goal_is_bounded_by_the_schedule_not_by_the_cohorts_month() -> None:
    """ "The March cohort" is no deadline: the schedule's end (28 February) is, and the check
    says it took that date from the schedule."""
    r = _check("Enrol 150 students in the March cohort", 7500, "USD", COHORT)
    assert "31 March" not in r.criteria["achievable"].reason
    tb = r.criteria["time_bound"]
    assert tb.passed and "28 February 2027" in tb.reason and "schedule" in tb.reason
    assert r.rewrite is None
    pl = _check("Zapisać 150 kursantów do edycji marcowej", 7500, "PLN", COHORT)
    assert "28 lutego 2027" in pl.criteria["time_bound"].reason and pl.rewrite is None


# ------------------------------------------------------------------ D7: items, not orders


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Sprzedać 2000 pączków w przedsprzedaży online do 27 lutego 2027", "pączków"),
        ("Sell 2000 doughnuts in online pre-orders by 27 February 2027", "doughnuts"),
        ("Sell 40 tickets for the workshop by 12.12.2026", "tickets"),
        ("Sprzedać 1,5 tys. sztuk do końca roku", "sztuk"),
    ],
)
def test_products_counted_are_flagged_as_items(text: str, unit: str) -> None:
    g = _p(text)
    assert (g.metric, g.unit_kind, g.unit_text) == ("purchases", "items", unit)


@pytest.mark.parametrize(
    ("text", "lang", "per_item", "orders_word"),
    [
        ("Sprzedać 2000 pączków w przedsprzedaży online do 27 lutego 2027", "pl", "0,26", "zamówienia"),
        ("Sell 2000 doughnuts in online pre-orders by 27 February 2027", "en", "0.26", "orders"),
    ],
)  # fmt: skip
def test_items_target_is_judged_in_orders_not_as_a_cost_per_purchase(
    text: str, lang: str, per_item: str, orders_word: str
) -> None:
    r = _check(text, 520, "PLN", FAT_THURSDAY)
    ach = r.criteria["achievable"]
    assert ach.state == "fail"
    assert per_item not in ach.reason  # no per-item cost shown as a cost per purchase
    assert orders_word in ach.reason and "Meta" in ach.reason
    (f,) = [f for f in r.findings if f.rule == "goal.achievable"]
    assert f.suggestion and orders_word[:5] in f.suggestion


def test_items_within_reach_pass_with_the_orders_caveat() -> None:
    r = check_goal(
        "Sell 150 pairs of trail-running shoes by 24 December 2026",
        budget=6000,
        currency="USD",
        objective="OUTCOME_SALES",
        today=TODAY,
    )
    ach = r.criteria["achievable"]
    assert ach.passed and ach.checked and "orders" in ach.reason


@pytest.mark.parametrize(
    ("goal", "metric"),
    [
        ("Fill the opening week with 300 table reservations", "leads"),
        ("Zdobyć 300 rezerwacji stolików w pierwszym tygodniu", "leads"),
        # a paid reservation (a hotel room) stays a purchase
        ("Get 200 hotel reservations by June 2027", "purchases"),
    ],
)
def test_a_table_reservation_is_a_lead_not_a_purchase(goal: str, metric: str) -> None:
    from adsage.checks.goal.parse import parse_goal

    assert parse_goal(goal).metric == metric
