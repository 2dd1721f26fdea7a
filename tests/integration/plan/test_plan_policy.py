"""Plans read the brief's content for policy: an aesthetic clinic never gets before-and-after
advice and is told its category's rules, a petition declared NONE is told it needs the
political category, a job brief's "young, fit" is flagged and not echoed, and an alcohol
brief's age limit sits on the targeting, not on every ad."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from adsage.advisor.plan import build_plan
from adsage.models.brief import load_brief
from adsage.render.plan_md import plan_markdown

BRIEFS = Path(__file__).resolve().parents[2] / "data" / "review3_briefs"


def _plan(settings, name: str):  # type: ignore[no-untyped-def]
    return build_plan(load_brief(BRIEFS / f"{name}.yaml"), settings=settings)


def test_aesthetic_clinic_gets_no_before_and_after_advice(plan_settings) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(plan_settings, "05_medycyna_estetyczna_pl")
    advice = " ".join(
        [p.message_angle for p in plan.personas]
        + [o for p in plan.personas for o in p.objections]
        + [f.reason for f in plan.formats]
    )
    from adsage.checks.restricted import _recommends

    # the clinic's own advice may rule before-and-after images out ("bez zdjęć przed i po");
    # it never recommends them, and that compliant advice raises no policy error
    assert not any(_recommends(c) for c in re.split(r"[;.!?]", advice)), advice
    assert not [f for f in plan.advice.findings if f.rule == "policy.before_after"]
    rules = {f.rule: f.severity for f in plan.targeting.report.findings}
    assert rules.get("policy.health_appearance") == "warning"
    text = plan_markdown(plan)
    assert "toksyna botulinowa" in text and "18+" in text
    # "Raty 0%" in an ad is a credit cost claim, whatever the vertical: without the
    # representative example the drafts leave it out, and the copy notes say why
    from adsage.checks.credit import check_credit_terms

    found = check_credit_terms({"primary_text": "Raty 0%"}, "NONE", "pl")
    assert [f.rule for f in found] == ["copy.credit_cost_terms"]
    assert not [d for d in plan.copy_drafts if "0%" in d.primary_text + d.headline]
    assert any("„Raty 0%”" in n for n in plan.copy_notes)


def test_repaired_advice_is_reported_as_an_error_and_shown() -> None:
    """Whatever engine drafted it, a persona angle recommending before-and-after images is
    replaced, and the plan says so under the personas."""
    from adsage.advisor.policy_section import repaired_advice
    from adsage.models.plan import FormatPick, Persona

    brief = load_brief(BRIEFS / "05_medycyna_estetyczna_pl.yaml")
    persona = Persona(
        name="Joanna",
        demographics="30-45",
        motivations=["Efekt, który cieszy"],
        pains=["Wizyty w pośpiechu"],
        objections=["„Czy efekt będzie taki, jak chcę?” Pokaż: zdjęcia przed i po z pracy salonu."],
        where_they_scroll=["Reels"],
        message_angle="Pokaż efekt (naturalny efekt bez przerysowania); własne zdjęcia przed i po, a nie modelka ze stocku.",
    )
    fmt = FormatPick(rank=1, format="video", placements=["reels"], reason="Pokaż zabieg.")
    personas, formats, report = repaired_advice(brief, [persona], [fmt])
    assert {(f.rule, f.severity) for f in report.findings} == {("policy.before_after", "error")}
    assert {f.field for f in report.findings} == {
        "personas[0].message_angle",
        "personas[0].objections[0]",
    }
    assert "przed i po" not in personas[0].message_angle + " ".join(personas[0].objections)
    assert personas[0].objections[0] == (
        "„Czy efekt będzie taki, jak chcę?” Pokaż: zabieg i osobę, która go wykonuje, "
        "a nie porównanie efektów."
    )
    assert formats == [fmt] and not report.ok


def test_petition_declared_none_is_told_to_declare_the_political_category(plan_settings) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(plan_settings, "09_petition_en")
    found = [f for f in plan.targeting.report.findings if f.rule == "policy.social_issue"]
    assert len(found) == 1 and found[0].severity == "warning"
    text = plan_markdown(plan)
    assert "ISSUES_ELECTIONS_POLITICS" in text and "Paid for by" in text


def test_job_and_housing_wording_is_flagged_and_not_echoed(plan_settings) -> None:  # type: ignore[no-untyped-def]
    for name, words in (
        ("06_warehouse_jobs_en", ("Young", "fit people")),
        ("07_mieszkania_wynajem_pl", ("Młodzi",)),
    ):
        plan = _plan(plan_settings, name)
        found = [
            f for f in plan.targeting.report.findings if f.rule == "policy.discriminatory_wording"
        ]
        assert len(found) == 1 and found[0].field == "description", name
        personas = " ".join(p.demographics for p in plan.personas)
        for word in words:
            assert word not in personas, (name, personas)
            assert word not in " ".join(plan.targeting.notes)


def test_alcohol_age_sits_on_targeting_not_on_every_ad(plan_settings) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(plan_settings, "10_taproom_en")
    found = [f for f in plan.targeting.report.findings if f.rule == "policy.alcohol_age"]
    assert len(found) == 1 and found[0].severity == "info"
    assert "United Kingdom: 18" in found[0].message and "age-restricted" in found[0].message
    assert not any(
        f.rule == "policy.restricted_category" for d in plan.copy_drafts for f in d.report.findings
    )
    assert "permission" not in plan_markdown(plan)


@pytest.mark.parametrize(
    ("clause", "recommends"),
    [
        ("lekarz opowiada o podejściu, bez zdjęć przed i po", False),
        ("the doctor explains the approach, with no before-and-after images", False),
        ("avoid before/after shots", False),
        ("Pokaż: zdjęcia przed i po z pracy salonu", True),
        ("własne zdjęcia przed i po, a nie modelka ze stocku", True),
        ("Show before-and-after photos", True),
    ],
)
def test_only_advice_that_recommends_before_and_after_is_flagged(
    clause: str, recommends: bool
) -> None:
    from adsage.checks.restricted import _recommends, advice_findings

    assert _recommends(clause) is recommends
    found = advice_findings({"personas[0].message_angle": clause}, ["medycyna estetyczna"], "pl")
    assert bool(found) is recommends
    if found:  # the quoted clause never starts with a stray closing quote
        assert "„”" not in found[0].message
