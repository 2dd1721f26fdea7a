"""A petition plan asks for one free signature: the form has no qualifying questions, the
plan asks signers to share, and with no sourced cost per signature it forecasts nothing
from a borrowed sign-up or lead benchmark. Format hints follow the category: a person the
issue affects for a petition, the place and the pour for a taproom, a real wedding for a
wedding photographer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from adsage.advisor.plan import build_plan
from adsage.models.brief import load_brief
from adsage.render.plan_md import plan_markdown

DATA = Path(__file__).resolve().parents[2] / "data"
PETITIONS = {"en": "review3_briefs/09_petition_en", "pl": "petition_briefs/09_petycja_pl"}


def _plan(settings, name: str):  # type: ignore[no-untyped-def]
    return build_plan(load_brief(DATA / f"{name}.yaml"), settings=settings)


def _notes(plan) -> str:  # type: ignore[no-untyped-def]
    return " ".join(plan.budget.schedule_notes)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_petition_form_is_short_and_signers_are_asked_to_share(plan_settings, lang: str) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(plan_settings, PETITIONS[lang])
    notes = _notes(plan)
    # the enquiry form's advice would cost signers
    for wrong in ("qualifying questions", "higher intent", "pytaniami kwalifikującymi", "CRM"):
        assert wrong not in notes, notes
    form = {"en": "no custom questions", "pl": "bez pytań dodatkowych"}[lang]
    share = {"en": "Ask every signer to share", "pl": "Poproś każdą podpisującą osobę"}[lang]
    assert form in notes and share in notes, notes
    # both rest on the knowledge section written for petitions, in the plan's language
    heading = {"en": "Petitions and signatures", "pl": "Petycje i podpisy"}[lang]
    cited = {c.n: c.section for c in plan.citations}
    for claim in plan.claims:
        if claim.text.startswith(("A signature needs", "Podpis nie wymaga", share)):
            assert any(heading in cited[n] for n in claim.sources), (claim, cited)
    # the social-issue warning stays
    assert any(f.rule == "policy.social_issue" for f in plan.targeting.report.findings)


@pytest.mark.parametrize("lang", ["en", "pl"])
def test_signatures_are_not_forecast_from_a_borrowed_benchmark(plan_settings, lang: str) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(plan_settings, PETITIONS[lang])
    nums = plan.numbers
    assert nums is not None
    assert nums.cost_per_result is None and nums.benchmark is None and not nums.results_expected
    text = plan_markdown(plan)
    # no sign-up price, no "would need about GBP 1,200,000", no "cost per sign-up" row
    borrowed_words = ("| cost per sign-up", "(sign-ups)", "| koszt rejestracji", "(rejestracje)")
    for borrowed in (*borrowed_words, "1,200,000", "1 500 000", "Out of reach", "Poza zasięgiem"):
        assert borrowed not in text, borrowed
    ask = {
        "en": "Ask the client: what did a signature cost in their past campaigns?",
        "pl": "Zapytaj klienta: ile kosztował podpis w jego poprzednich kampaniach?",
    }[lang]
    assert ask in _notes(plan)
    target = {"en": "| signatures | 100,000 |", "pl": "| podpisy | 100 000 |"}[lang]
    assert target in text.replace("\xa0", " ")


def test_a_signature_goal_without_a_number_gets_no_made_up_count(plan_settings) -> None:  # type: ignore[no-untyped-def]
    """With no benchmark to size it, the rewrite would invent a count; the plan asks instead."""
    plan = _plan(plan_settings, "petition_briefs/09_petition_vague_en")
    rewrite = plan.goal.rewrite or ""
    assert not re.search(r"\d[\d,]*\s+(?:signatures|sign-ups)", rewrite), rewrite
    reasons = " ".join(f.reason for f in plan.formats)
    # the video keeps the benefit's parenthetical but shows no goal the brief never gave
    assert "(petitions over 100,000 signatures are considered for debate)" in reasons
    assert "goal on screen" not in reasons and "goal on the image" not in reasons


@pytest.mark.parametrize(
    ("name", "video", "image", "carousel"),
    [
        (
            PETITIONS["en"],
            "Open on someone the issue affects, speaking in their own words",
            "Show a person the issue affects",
            "A carousel tells the case card by card",
        ),
        (
            PETITIONS["pl"],
            "Zacznij od osoby, której sprawa dotyczy, mówiącej własnymi słowami",
            "Pokaż osobę, której sprawa dotyczy",
            "Karuzela opowiada sprawę karta po karcie",
        ),
        (
            "review3_briefs/10_taproom_en",
            "Open on the bar itself",
            "Show the place and the pour",
            "A carousel walks through an evening at the venue",
        ),
        (
            "petition_briefs/10_pijalnia_pl",
            "Zacznij od samego lokalu",
            "Pokaż lokal i nalewanie",
            "Karuzela prowadzi przez wieczór w lokalu",
        ),
        (
            "review3_briefs/01_fotograf_slubny_pl",
            None,
            "Pokaż jedną prawdziwą chwilę z wesela",
            "Karuzela opowiada jeden prawdziwy ślub",
        ),
        (
            "petition_briefs/01_wedding_photographer_en",
            None,
            "Show one real moment from a wedding you worked on",
            "A carousel tells one real wedding card by card",
        ),
    ],
)
def test_format_hints_follow_the_category(
    plan_settings, name: str, video: str | None, image: str, carousel: str
) -> None:  # type: ignore[no-untyped-def]
    plan = _plan(plan_settings, name)
    by_format = {f.format: f.reason for f in plan.formats}
    if video is not None:
        assert video in by_format["video"], by_format
    assert image in by_format["image"], by_format
    assert by_format["carousel"].startswith(carousel), by_format
    for generic in ("one card per benefit", "jedna karta na korzyść", "the product doing its job"):
        assert generic not in " ".join(by_format.values())


def test_the_signature_goal_goes_on_screen_only_as_the_brief_gives_it(plan_settings) -> None:  # type: ignore[no-untyped-def]
    en = {f.format: f.reason for f in _plan(plan_settings, PETITIONS["en"]).formats}
    pl = {f.format: f.reason for f in _plan(plan_settings, PETITIONS["pl"]).formats}
    assert "(the goal on screen: 100,000 signatures)" in en["video"]
    assert "(cel na ekranie: 100 000 podpisów)" in pl["video"].replace("\xa0", " ")
