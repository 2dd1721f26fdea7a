"""Fields cut where a phrase ends and keep the head noun ("Physiotherapy clinic", not
"Physiotherapy clinic for back"; no "Grafik ustalany"), every recruitment ad names the role,
and a description carries a benefit (cut at a phrase end) rather than the brand."""

from __future__ import annotations

from pathlib import Path

import pytest

from adsage.drafting.base import DraftContext
from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.cuts import phrase_cut, short_product
from adsage.drafting.offline.hygiene import clause_cut
from adsage.models.brief import load_brief

BRIEFS = Path(__file__).resolve().parents[2] / "data" / "review6_briefs"


@pytest.mark.parametrize(
    ("lang", "product", "limit", "expected"),
    [
        ("en", "Physiotherapy clinic for back, neck and sports injuries in Manchester", 30, "Physiotherapy clinic"),
        ("en", "Online shop for city and trekking e-bikes", 30, "City and trekking e-bikes"),
        ("en", "Independent mortgage broker for first-time buyers in Leeds and Bradford", 30, "Independent mortgage broker"),
        ("pl", "Praca dla pielęgniarek i pielęgniarzy w szpitalu prywatnym we Wrocławiu", 40, "Praca dla pielęgniarek i pielęgniarzy"),
        ("en", "All-mountain freeride snowboards for experienced riders", 25, "freeride snowboards"),
    ],
)  # fmt: skip
def test_a_product_is_cut_where_its_phrase_ends(
    lang: str, product: str, limit: int, expected: str
) -> None:
    assert short_product(product, limit, lang, ()) == expected


def test_a_participle_keeps_its_object_and_a_deal_its_terms() -> None:
    assert clause_cut("Grafik ustalany z miesięcznym wyprzedzeniem", 30) == ""
    assert phrase_cut("Codzienne zdjęcia dla rodziców w zamkniętej grupie", 30, "pl") == (
        "Codzienne zdjęcia dla rodziców"
    )
    assert phrase_cut("30 dni na zwrot pieniędzy bez podania przyczyny", 30, "pl") == (
        "30 dni na zwrot pieniędzy"
    )
    assert phrase_cut("Free delivery on orders over £50", 20, "en") == ""
    assert phrase_cut("Zero seller fees on every bike listed before 30 April", 20, "en") == ""


def _drafts(name: str) -> list:  # type: ignore[type-arg]
    brief = load_brief(BRIEFS / name)
    ctx = DraftContext(brief=brief, lang=brief.language, objective=brief.objective or "")
    engine = OfflineEngine()
    return engine.copy(ctx, engine.personas(ctx), 3)


def test_every_nurse_recruitment_ad_names_the_job() -> None:
    for d in _drafts("08_pielegniarki_pl.yaml"):
        assert "pielęgniar" in f"{d.headline} {d.primary_text}".casefold(), d


def test_the_camp_ads_carry_the_photos_for_parents_and_not_only_the_brand() -> None:
    ds = _drafts("06_oboz_pl.yaml")
    said = " ".join(f"{d.primary_text} {d.headline} {d.description}" for d in ds).casefold()
    assert "zdjęcia dla rodziców" in said
    assert sum(d.description == "Przygoda Mazury" for d in ds) <= 1
