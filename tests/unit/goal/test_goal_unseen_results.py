"""Goals whose result Ads Manager does not count itself: a step after the lead (booked calls,
course enrolments), money the ad account never sees (a tax allocation, money raised) and a
counted noun the lexicon cannot map. The check names each and says how it is measured, never
reads it as plain leads or as a number that counts nothing."""

from __future__ import annotations

from datetime import date

import pytest

from adsage.checks.goal import check_goal
from adsage.checks.goal.evaluate import evaluate_goal
from adsage.render.values import verdict

START, END = date(2027, 1, 7), date(2027, 2, 28)


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _calls(lang: str, goal: str):  # type: ignore[no-untyped-def]
    return check_goal(
        goal,
        objective="OUTCOME_LEADS",
        budget=3200,
        currency="PLN",
        start=START,
        end=END,
        today=START,
        lang=lang,
    )


@pytest.mark.parametrize(
    ("lang", "goal", "step"),
    [
        ("pl", "40 umówionych rozmów z właścicielami firm do 28 lutego 2027", "umówione rozmowy"),
        ("en", "40 booked calls with business owners by 28 February 2027", "booked calls"),
        ("pl", "40 zapisów na kurs kat. B do 28 lutego 2027", "zapisy na kurs"),
        ("en", "40 course enrolments by 28 February 2027", "course enrolments"),
    ],
)
def test_a_step_after_the_lead_is_named_and_measured_after_the_lead(
    lang: str, goal: str, step: str
) -> None:
    report = _calls(lang, goal)
    spec, meas = report.criteria["specific"].reason, report.criteria["measurable"].reason
    assert step in spec and step in meas
    assert "(leady)" not in spec and "(leads)" not in spec
    assert ("po leadzie" if lang == "pl" else "after the lead") in spec + meas
    rel = report.criteria["relevant"]
    assert rel.state == "pass" and step in rel.reason


def test_the_step_s_achievability_is_the_plan_s_lead_forecast_and_the_rate_it_needs() -> None:
    """3 200 zł at the typical 25 zł a lead buys about 128 leads; 40 calls need 31.2% of
    them: a rate only the client knows, so the criterion is not shown as a pass."""
    ach = _calls("pl", "40 umówionych rozmów do 28 lutego 2027").criteria["achievable"]
    text = _plain(ach.reason)
    assert "128 leadów" in text and "31,2%" in text
    assert ach.state == "not_checked"


def test_a_step_beyond_every_lead_the_budget_buys_fails() -> None:
    ach = _calls("en", "400 booked calls by 28 February 2027").criteria["achievable"]
    assert ach.state == "fail"
    assert "even if every lead reached the step" in ach.reason


def test_a_plain_lead_goal_keeps_the_lead_wording() -> None:
    spec = _calls("en", "40 leads by 28 February 2027").criteria["specific"].reason
    assert spec == "Names a concrete result (leads) with a target of 40."


def test_a_tax_allocation_is_money_ads_manager_cannot_see_with_a_proxy_to_measure() -> None:
    report = check_goal(
        "Zebrać 180 000 zł z 1,5% podatku w rozliczeniu za 2026 rok",
        budget=9000,
        currency="PLN",
        start=date(2027, 2, 15),
        end=date(2027, 4, 30),
        today=date(2027, 2, 15),
        lang="pl",
    )
    spec = _plain(report.criteria["specific"].reason)
    meas = report.criteria["measurable"].reason
    assert "180 000 zł" in spec and "Menedżer reklam nie zmierzy" in spec
    assert "po rozliczeniu roku podatkowego" in spec
    assert "wyświetlenia strony docelowej" in meas and "KRS" in meas
    assert "nie mówi, czego ona dotyczy" not in spec
    assert report.criteria["specific"].state == "fail"


def test_money_raised_with_no_channel_named_is_still_unseen_money() -> None:
    report = check_goal("Raise GBP 15,000 for the shelter by 31 May 2027", lang="en")
    spec = report.criteria["specific"].reason
    assert "cannot measure" in spec and "tracked on the site" in spec
    assert "landing page views" in report.criteria["measurable"].reason


def test_money_the_goal_neither_raises_nor_earns_is_no_unseen_money() -> None:
    """A spend limit is money too, but no money the client receives: it keeps the plain
    message, never "Ads Manager cannot measure it"."""
    spec = check_goal("Spend no more than 5000 zł on the campaign by May 2027", lang="en")
    assert "cannot measure" not in spec.criteria["specific"].reason


def test_money_counted_by_purchases_stays_a_purchase_goal() -> None:
    """Donations Ads Manager counts ("from 400 donors") keep their own check."""
    report = check_goal("Raise 15,000 GBP from 400 donors by 31 May 2027", lang="en")
    assert report.parsed.metric == "purchases"
    assert "cannot measure" not in report.criteria["specific"].reason


@pytest.mark.parametrize(
    ("lang", "goal", "noun"),
    [
        ("en", "200 test rides booked by 30 June 2027", "test rides"),
        (
            "pl",
            "200 przejażdżek testowych nowym modelem do 30 czerwca 2027",
            "„przejażdżek testowych”",
        ),
    ],
)
def test_a_counted_noun_the_lexicon_cannot_map_is_named_and_asked_about(
    lang: str, goal: str, noun: str
) -> None:
    result = evaluate_goal(goal, today=date(2027, 1, 7), lang=lang)
    spec = result.outcomes["specific"].reason
    assert noun in spec and noun in result.outcomes["measurable"].reason
    assert ("napisz, który to wynik" if lang == "pl" else "say which result it is") in spec
    assert not result.outcomes["specific"].passed
    assert any(f.rule == "goal.specific" and noun in f.message for f in result.findings)


def test_a_vague_noun_keeps_its_own_message() -> None:
    spec = check_goal("500 new customers by 31 May 2027", lang="en").criteria["specific"].reason
    assert "customers" in spec and "cannot map" not in spec


@pytest.mark.parametrize(
    ("label", "reason", "shown"),
    [
        ("spełnia", "Wskazuje konkretny wynik.", "spełnia: wskazuje konkretny wynik."),
        ("pass", "Names a concrete result.", "pass: names a concrete result."),
        ("spełnia", "CPL na poziomie 20 zł.", "spełnia: CPL na poziomie 20 zł."),
        ("nie sprawdzono", "Nie sprawdzono: podaj --budget.", "Nie sprawdzono: podaj --budget."),
    ],
)
def test_a_smart_cell_keeps_sentence_case_after_the_colon(
    label: str, reason: str, shown: str
) -> None:
    assert verdict(label, reason) == shown


@pytest.mark.parametrize("objective", ["Kontakty", "Sprzedaż", "Ruch", "Rozpoznawalność"])
def test_the_polish_inferred_objective_line_agrees_with_any_objective_name(
    objective: str,
) -> None:
    """Objective names differ in gender and number (Kontakty, Sprzedaż, Ruch): the line puts
    them after "Cel kampanii" with an impersonal verb, never a participle that must agree."""
    from adsage.i18n import t

    line = t("plan.objective_inferred", "pl", objective=objective, metric="leady", goal="x")
    assert line.startswith(f"Cel kampanii {objective} wybrano ")
    assert "wybrany" not in line and "wybrana" not in line
