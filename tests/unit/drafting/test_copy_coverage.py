"""What a plan's ads say as a set: objections answered by the part of a fact that answers
them, openers taken from the brief rather than stock lines, every benefit and the product's
material named somewhere, the season in every draft an A/B test may pick, and descriptions
that do not repeat one another."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_offline_copy import context

from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.categories import category_for, load_categories
from adsage.drafting.offline.copywriter import draft_copy
from adsage.drafting.offline.objections import clauses
from adsage.drafting.offline.phrases import load_bank, slots_of
from adsage.drafting.offline.seasonal import season_line
from adsage.models.plan import CopyDraft, Persona

DATA = Path(__file__).resolve().parents[2] / "data"
REVIEWS = sorted(
    f"{p.parent.name}/{p.stem}"
    for d in ("review_briefs", "review2_briefs", "review3_briefs", "review5_briefs")
    for p in (DATA / d).glob("*.yaml")
)
# The objective each review brief's plan runs under when the brief names none.
_OBJECTIVE = {"review5_briefs/08_opp_pl": "OUTCOME_TRAFFIC"}


def brief(name: str) -> dict[str, Any]:
    out: dict[str, Any] = yaml.safe_load((DATA / f"{name}.yaml").read_text("utf-8"))
    out.setdefault("objective", _OBJECTIVE.get(name, "OUTCOME_TRAFFIC"))
    return out


def personas(name: str) -> list[Persona]:
    return OfflineEngine().personas(context(brief(name)))


def drafts(name: str, n: int = 3) -> list[CopyDraft]:
    ctx = context(brief(name))
    return draft_copy(ctx, OfflineEngine().personas(ctx), n)


def said(ds: list[CopyDraft]) -> str:
    return " ".join(f"{d.primary_text} {d.headline} {d.description}" for d in ds).casefold()


def objection(people: list[Persona], question: str) -> str:
    found = [o for p in people for o in p.objections if question in o]
    assert found, question
    return found[0]


def test_a_compound_fact_splits_at_its_semicolons() -> None:
    assert clauses("Kurs za 3400 zł, w 3 ratach; zapisy na wakacyjne grupy") == [
        "Kurs za 3400 zł, w 3 ratach",
        "zapisy na wakacyjne grupy",
    ]
    assert clauses("Free returns within 60 days") == ["Free returns within 60 days"]


def test_when_are_the_lessons_is_answered_by_the_dates_not_the_price() -> None:
    people = personas("review5_briefs/07_szkola_jazdy_pl")
    when = objection(people, "Kiedy są jazdy?")
    assert "wakacyjne grupy" in when
    assert "zł" not in when and "rat" not in when
    price = objection(people, "czy można płacić w ratach?")
    assert "3400" in price and "3 ratach" in price
    assert "wakacyjne" not in price


def _stock_lines(lang: str) -> set[str]:
    """The lines that know nothing of any business: the phrase bank's angle lines and the
    fallback category's, without a brief slot."""
    bank = load_bank(lang)
    general = next(c for c in load_categories() if c.id == "general")
    lines = {
        line
        for a in bank.angles.values()
        for kind in ("hooks", "problem", "agitate", "before", "after")
        for line in getattr(a, kind)
    }
    for own in general.lines(lang).values():
        for kind in ("hooks", "problem", "agitate", "before", "after"):
            lines.update(getattr(own, kind))
    return {" ".join(line.split()) for line in lines if not slots_of(line)}


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[^\W\d_]{5,}", text.casefold())}


@pytest.mark.parametrize("name", REVIEWS)
def test_no_ad_opens_with_a_stock_line_that_names_nothing_of_the_brief(name: str) -> None:
    d = brief(name)
    stock = _stock_lines(d["language"])
    words = _stems(
        " ".join(
            [d["brand"], d["product"], d.get("offer", ""), *d.get("benefits", [])]
            + [d["audience"].get("description", ""), *d["audience"].get("interests", [])]
        )
    )
    for draft in drafts(name):
        opening = re.split(r"(?<=[.!?])\s+", draft.primary_text)[0]
        if opening in stock:
            assert _stems(opening) & words, (name, draft.primary_text)


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("review5_briefs/03_language_app_en", "Good intentions, no plan."),
        ("review_briefs/09_app_pl", "Dobre chęci, brak planu."),
        ("review5_briefs/06_biuro_rachunkowe_pl", "Zainteresowanie jest"),
        ("review5_briefs/04_dietitian_en", "Waiting for the right moment"),
    ],
)
def test_the_reviewed_stock_openers_are_gone(name: str, line: str) -> None:
    assert not any(d.primary_text.startswith(line) for d in drafts(name))


def test_the_oak_of_an_oak_furniture_shop_reaches_an_ad() -> None:
    assert "drewna dębowego" in said(drafts("review5_briefs/05_meble_pl"))


@pytest.mark.parametrize(
    "name",
    ["review5_briefs/03_language_app_en", "review5_briefs/04_dietitian_en"],
)
def test_each_benefit_reaches_at_least_one_ad(name: str) -> None:
    text = " ".join(said(drafts(name)).split())
    for benefit in brief(name)["benefits"]:
        probe = " ".join(benefit.casefold().split()[:3])
        assert probe in text, (name, benefit)


@pytest.mark.parametrize(
    "name", ["review3_briefs/02_jewellery_en", "review3_briefs/01_fotograf_slubny_pl"]
)
def test_every_draft_names_the_season_so_a_text_test_varies_one_thing(name: str) -> None:
    ctx = context(brief(name))
    ds = draft_copy(ctx, OfflineEngine().personas(ctx), 3)
    cat = category_for(ctx.brief, ctx.objective)
    lines = [" ".join(s.split()) for s in season_line(ctx.brief, cat.id, ctx.lang)]
    assert lines, name  # the flight is seasonal
    for d in ds:
        text = " ".join(d.primary_text.split())
        assert any(s in text for s in lines), (name, d.primary_text)


@pytest.mark.parametrize(
    "name",
    [
        "review_briefs/04_fashion_en",
        "review_briefs/13_silownia_pl",
        "review_briefs/17_hydraulik_pl",
        "review3_briefs/06_warehouse_jobs_en",
        "review5_briefs/07_szkola_jazdy_pl",
    ],
)
def test_descriptions_differ_across_the_ads(name: str) -> None:
    ds = drafts(name)
    described = [" ".join(d.description.casefold().split()) for d in ds]
    assert len(set(described)) == len(described), (name, described)


@pytest.mark.parametrize("name", REVIEWS)
def test_no_description_repeats_its_own_headline(name: str) -> None:
    for d in drafts(name):
        assert d.description.casefold() != d.headline.casefold(), (name, d.headline)
