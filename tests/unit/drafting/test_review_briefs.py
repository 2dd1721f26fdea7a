"""Briefs a strategist reviewed: each business gets its own kind of personas and copy, an
objection is answered only by a brief fact on its topic, nothing the brief does not give is
stated as a fact, and every draft leads with a different brief fact."""

from __future__ import annotations

import re
from typing import Any

import pytest
from test_cuts_and_deadlines import review_brief
from test_offline_copy import context

from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.categories import category_for, load_categories
from adsage.drafting.offline.copywriter import draft_copy, lead_fact
from adsage.drafting.offline.hygiene import broken_cut
from adsage.drafting.offline.objections import answering
from adsage.models.brief import Brief
from adsage.models.plan import CopyDraft, Persona

OBJECTIVES = {
    "01_saas_en": "OUTCOME_LEADS",
    "02_dental_en": "OUTCOME_LEADS",
    "03_piekarnia_pl": "OUTCOME_SALES",
    "04_fashion_en": "OUTCOME_SALES",
    "05_deweloper_pl": "OUTCOME_LEADS",
    "06_course_en": "OUTCOME_LEADS",
    "07_kierowcy_pl": "OUTCOME_LEADS",
    "08_restaurant_en": "OUTCOME_SALES",
    "09_app_pl": "OUTCOME_APP_PROMOTION",
    "10_charity_en": "OUTCOME_TRAFFIC",
    "11_multicountry_en": "OUTCOME_SALES",
    "12_multicountry_pl": "OUTCOME_SALES",
}


def data(name: str) -> dict[str, Any]:
    return review_brief(name, objective=OBJECTIVES[name])


def personas(name: str) -> list[Persona]:
    return OfflineEngine().personas(context(data(name)))


def drafts(name: str, n: int = 3) -> list[CopyDraft]:
    ctx = context(data(name))
    return draft_copy(ctx, OfflineEngine().personas(ctx), n)


def persona_text(ps: list[Persona]) -> str:
    return " ".join(" ".join([p.name, *p.motivations, *p.pains, *p.objections]) for p in ps)


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("08_restaurant_en", "restaurant"),
        ("10_charity_en", "nonprofit"),
        ("04_fashion_en", "apparel"),
    ],
)
def test_each_business_gets_its_own_category(name: str, category: str) -> None:
    brief = Brief.model_validate(data(name))
    assert category_for(brief, OBJECTIVES[name]).id == category


def test_a_restaurant_books_tables_and_invents_no_takeaway() -> None:
    ds = drafts("08_restaurant_en")
    assert {d.cta for d in ds} == {"BOOK_NOW"}
    text = " ".join(d.primary_text for d in ds) + persona_text(personas("08_restaurant_en"))
    assert not re.search(r"pick up|takeaway|order ahead|breakfast|per piece", text, re.I)
    assert all(d.primary_text.endswith(("Book your table.", "Reserve a table online.")) for d in ds)


def test_a_charity_asks_for_donations_not_a_basket() -> None:
    ds = drafts("10_charity_en")
    assert {d.cta for d in ds} == {"DONATE_NOW"}
    text = " ".join(d.primary_text for d in ds) + persona_text(personas("10_charity_en"))
    assert not re.search(r"basket|delivery|returns?\b|shop\b|full price", text, re.I)
    assert "Gift Aid adds 25%" in text


def test_knitwear_keeps_the_code_and_promises_no_delivery() -> None:
    ds = drafts("04_fashion_en")
    assert any("WINTER20" in d.primary_text for d in ds)
    text = " ".join(f"{d.primary_text} {d.headline} {d.description}" for d in ds)
    assert "winter20" not in text
    ps_text = persona_text(personas("04_fashion_en"))
    assert not re.search(r"room|free-delivery|skip the extra cost", text + ps_text, re.I)


@pytest.mark.parametrize(
    ("name", "question", "wrong"),
    [
        ("08_restaurant_en", "What is it made of?", ""),
        ("04_fashion_en", "How much is delivery?", ""),
        ("02_dental_en", "Will they push extra treatment?", "payment plans"),
        ("01_saas_en", "What does it cost", "live demo"),
        ("03_piekarnia_pl", "Z czego to jest?", "odbiór bez kolejki"),
        ("09_app_pl", "Co się stanie po darmowym okresie?", "premium za darmo"),
    ],
)
def test_no_unrelated_brief_fact_answers_an_objection(name: str, question: str, wrong: str) -> None:
    objections = [o for p in personas(name) for o in p.objections if question in o]
    assert all(not wrong or wrong not in o.casefold() for o in objections)
    if not wrong:
        assert not objections  # the template that asked it belongs to another business


def test_topic_words_match_where_a_word_starts() -> None:
    assert answering(["Machine-washable and itch-free"], ["free"]) == []
    assert answering(["Free returns within 60 days"], ["free"]) == ["Free returns within 60 days"]
    assert answering(["Odbiór bez kolejki"], ["bez "]) == ["Odbiór bez kolejki"]
    assert answering(["Bezglutenowe"], ["bez "]) == []


@pytest.mark.parametrize("name", sorted(OBJECTIVES))
def test_no_feature_the_brief_does_not_give_and_no_instruction_leak(name: str) -> None:
    text = persona_text(personas(name))
    assert "invented" not in text and "as the brief states" not in text
    assert not re.search(r"offline|trybie offline|zasady premii|languages the team speaks", text)
    assert not re.search(r"Show: the returns policy|Pokaż: (?:pełna|informacja|cena)", text)


@pytest.mark.parametrize("name", sorted(OBJECTIVES))
def test_drafts_lead_with_different_brief_facts_and_cut_nothing(name: str) -> None:
    brief = Brief.model_validate(data(name))
    facts = [f for f in (brief.offer, *brief.benefits) if f]
    ds = drafts(name)
    leads = [lead_fact(d.primary_text, facts) for d in ds]
    assert all(leads) and len(set(leads)) == len(leads), leads
    sources = [brief.product, brief.offer, *brief.benefits]
    for d in ds:
        for field in (d.headline, d.description):
            assert not broken_cut(field, sources), field
    stock = r"The result: (?:clear terms|a lower cost)|In short: terms|Efekt: darmowy"
    assert not re.search(stock, " ".join(d.primary_text for d in ds))


def test_every_category_objection_shows_or_asks() -> None:
    for cat in load_categories():
        for spec in cat.personas:
            for lang in ("en", "pl"):
                for o in spec.text(lang).objections:
                    assert bool(o.proof) != bool(o.ask), (cat.id, o.q)


@pytest.mark.parametrize("name", sorted(OBJECTIVES))
@pytest.mark.parametrize("offer", [None, "Free delivery on every order"])
def test_offline_drafts_state_no_deadline_the_brief_does_not_give(
    name: str, offer: str | None
) -> None:
    """With the brief's own offer, and with one that names no end date at all."""
    from adsage.checks.deadlines import RULE_ID, deadline_sources, unsourced_deadlines
    from adsage.checks.inputs import brief_copy_findings

    changes = data(name) if offer is None else {**data(name), "offer": offer}
    ctx = context(changes)
    brief = ctx.brief
    for d in draft_copy(ctx, OfflineEngine().personas(ctx), 5):
        texts = d.model_dump(include={"primary_text", "headline", "description"})
        assert unsourced_deadlines(texts, deadline_sources(brief)) == [], texts
        found = brief_copy_findings(d.model_dump(), brief)
        assert not [f for f in found if f.rule == RULE_ID]


def test_no_commuter_who_orders_ahead_when_the_brief_names_no_ordering() -> None:
    """A bakery that names pre-orders or pickup gets the persona who orders on the way; one
    that only sells at the counter does not (fewer personas, none invented)."""
    assert any("w drodze do pracy" in p.name for p in personas("03_piekarnia_pl"))
    counter = {
        **data("03_piekarnia_pl"),
        "goal": "Sprzedać 2000 pączków w Tłusty Czwartek",
        "landing_url": "https://podlipa.example/",
        "benefits": ["Pączki smażone na smalcu według przepisu babci"],
        "audience": {"locations": ["PL"], "age": [22, 65], "interests": ["pieczywo"]},
    }
    found = OfflineEngine().personas(context(counter))
    assert found and not any("w drodze do pracy" in p.name for p in found), found
    assert not any("zamawia" in p.demographics for p in found)


def test_the_charitys_gift_aid_reaches_the_copy_not_only_the_personas() -> None:
    ds = drafts("10_charity_en")
    assert any("Gift Aid adds 25%" in " ".join((d.primary_text, d.headline)) for d in ds), ds
    assert all(len(d.primary_text) <= 125 for d in ds)
