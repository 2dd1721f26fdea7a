"""Each draft's headline and text serve its persona: a price checker's headline is about the
direct-booking saving, never about breakfast; a careful planner's is about reviews and terms,
never an unrelated perk; and the text adds to the headline instead of repeating it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from test_offline_copy import context

from adsage.drafting.base import DraftContext
from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.categories import category_for, load_categories
from adsage.drafting.offline.copywriter import draft_copy, limits_for
from adsage.drafting.offline.facts import gather
from adsage.drafting.offline.focus import key, restrict, serves, serving
from adsage.drafting.offline.personas import angle_of, spec_for
from adsage.drafting.offline.phrases import load_bank
from adsage.models.plan import CopyDraft, Persona

DATA = Path(__file__).resolve().parents[2] / "data"
BRIEFS = sorted(
    {p.name: p for d in ("review_briefs", "review2_briefs") for p in (DATA / d).glob("*.yaml")}
)
HOTEL = DATA / "review_briefs" / "15_hotel_pl.yaml"


def _load(name: str) -> dict[str, Any]:
    for d in ("review2_briefs", "review_briefs"):
        path = DATA / d / name
        if path.is_file():
            data: dict[str, Any] = yaml.safe_load(path.read_text("utf-8"))
            return data
    raise FileNotFoundError(name)


def _plan(data: dict[str, Any]) -> tuple[DraftContext, list[Persona], list[CopyDraft]]:
    ctx = context(data)
    personas = OfflineEngine().personas(ctx)
    return ctx, personas, draft_copy(ctx, personas, 3)


def _norm(text: str) -> str:
    return key(text.replace("–", "-").replace("—", "-"))


def _named_facts(text: str, facts: list[str], deadline: str) -> list[str]:
    """The brief facts a short field names: the whole fact, a clause of it, or the offer's
    own end date ("Oferta do 30 kwietnia 2027" names the offer)."""
    low = _norm(text)
    out = [f for f in facts if low and (low in _norm(f) or _norm(f) in low)]
    if deadline and _norm(deadline) in low and facts and facts[0] not in out:
        out.append(facts[0])
    return out


def _serving_for(ctx: DraftContext, personas: list[Persona], draft: CopyDraft) -> set[str]:
    facts = gather(ctx, load_bank(ctx.lang))
    cat = category_for(ctx.brief, facts.objective)
    j = next(i for i, p in enumerate(personas) if p.name == draft.persona)
    angle = angle_of(personas[j], j, cat, facts.lang)
    spec = spec_for(cat, angle)
    return {key(f) for f in serving(facts.offer, facts.benefits, spec, angle, facts.lang)}


def test_the_hotels_price_checker_gets_the_direct_booking_saving_not_breakfast() -> None:
    data = yaml.safe_load(HOTEL.read_text("utf-8"))
    _, personas, drafts = _plan(data)
    checker = next(d for d in drafts if "cenę u źródła" in d.persona)
    assert "Śniadania" not in checker.headline, checker
    assert checker.primary_text.startswith("10% taniej"), checker
    careful = next(d for d in drafts if "ostrożnie" in d.persona)
    benefits = data["benefits"]
    # the brief gives no reviews or terms: the headline names no unrelated perk instead
    assert not _named_facts(careful.headline, [data["offer"], *benefits], ""), careful
    assert "opini" in careful.headline.casefold(), careful


@pytest.mark.parametrize("name", BRIEFS)
def test_every_headline_names_only_facts_that_serve_its_persona(name: str) -> None:
    """Across the reviewed briefs (EN and PL): a headline that names a brief fact names one
    that answers its persona's objections (or the offer, for the offer-led persona), while
    one of those is free.  Once each is an earlier ad's headline or longer than a headline,
    another brief fact beats a stock line that could stand in any ad."""
    data = _load(name)
    ctx, personas, drafts = _plan(data)
    facts = gather(ctx, load_bank(ctx.lang))
    brief_facts = [f for f in (facts.offer, *facts.benefits) if f]
    limit = limits_for(ctx.brief.placements).headline
    for i, d in enumerate(drafts):
        mine = _serving_for(ctx, personas, d)
        named = _named_facts(d.headline, brief_facts, facts.offer_deadline)
        if all(key(f) in mine for f in named):
            continue
        earlier = {key(f) for e in drafts[:i] for f in _named_facts(e.headline, brief_facts, "")}
        free = [f for f in mine if f not in earlier and len(f) <= limit]
        assert not free, (d.persona, d.headline, free)


@pytest.mark.parametrize("name", BRIEFS)
def test_the_text_adds_to_a_headline_benefit_when_the_persona_has_more(name: str) -> None:
    """A persona with two serving benefits gets one in the headline and another in the text,
    not the same sentence twice."""
    data = _load(name)
    ctx, personas, drafts = _plan(data)
    facts = gather(ctx, load_bank(ctx.lang))
    for d in drafts:
        mine = _serving_for(ctx, personas, d)
        own = [b for b in facts.benefits if key(b) in mine]
        if len(own) > 1 and any(key(b) == key(d.headline) for b in own):
            assert key(d.headline) not in key(d.primary_text), d


def test_serving_follows_the_objections_and_the_offer() -> None:
    hotel = next(c for c in load_categories() if c.id == "hotel")
    offer = "10% taniej przy rezerwacji na naszej stronie"
    benefits = [
        "Sauna i jacuzzi z widokiem",
        "Śniadania z lokalnych produktów",
        "5 minut do Krupówek",
    ]
    by_angle = {p.angle: p for p in hotel.personas}
    assert serving(offer, benefits, by_angle["value"], "value", "pl") == (offer,)
    assert serving(offer, benefits, by_angle["trust"], "trust", "pl") == ()
    assert serving(offer, benefits, by_angle["experience"], "experience", "pl") == (
        "Sauna i jacuzzi z widokiem",
        "Śniadania z lokalnych produktów",
        "5 minut do Krupówek",
    )
    # a trust persona whose objection the brief answers gets that fact
    cancel = [*benefits, "Bezpłatne anulowanie do 3 dni przed przyjazdem"]
    got = serving(offer, cancel, by_angle["trust"], "trust", "pl")
    assert got == ("Bezpłatne anulowanie do 3 dni przed przyjazdem",)
    # without a spec (personas from elsewhere) every fact counts
    assert serving(offer, benefits, None, "trust", "pl") == (offer, *benefits)


def test_serves_and_restrict_keep_only_serving_facts() -> None:
    slots = {
        "b1": "Sauna",
        "b1l": "sauna",
        "_b1_whole": "Sauna",
        "b2": "Śniadania",
        "b2l": "śniadania",
        "_b2_whole": "Śniadania",
        "b3": "",
        "b3l": "",
        "_b3_whole": "",
        "offer": "10% taniej",
        "offer_deadline": "",
        "_offer_whole": "10% taniej",
        "name": "Hotel",
    }
    focus = frozenset({key("Śniadania")})
    assert not serves("{b1}", slots, focus)
    assert serves("{b2}", slots, focus)
    assert serves("{name}", slots, focus)
    assert serves("Sprawdź opinie gości", slots, focus)
    assert not serves("{offer}", slots, focus)
    out = restrict(slots, focus)
    assert (out["b1"], out["b1l"], out["b2"], out["offer"]) == ("Śniadania", "śniadania", "", "")
