"""Product lines and acronyms reach the ads as the brief writes them.

A product written "Lingomo - language-learning app ..." was shortened to "- language-learning
app" and labelled "Lingomo – Lingomo - ..."; "HCPC-registered" became "Hcpc-registered" and
"WORD Łódź" (the exam centre) became "word Łódź", because a lone capitalised word was taken
for shouting.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from adsage.drafting.base import DraftContext
from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.hygiene import clean_fragment, without_brand
from adsage.models.brief import load_brief

REVIEW5 = Path(__file__).resolve().parents[2] / "data" / "review5_briefs"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("HCPC-registered dietitian, not an influencer", "HCPC-registered"),
        ("Jazdy autem takim jak na egzaminie w WORD Łódź", "w WORD Łódź"),
        ("Wpisz numer KRS w zeznaniu", "KRS"),
    ],
)
def test_an_acronym_among_ordinary_words_keeps_its_capitals(text: str, kept: str) -> None:
    assert kept in clean_fragment(text)


@pytest.mark.parametrize(
    ("text", "calmed"),
    [
        ("FREE test ride", "free test ride"),
        ("AMAZING results for everyone", "amazing results"),
        ("Get FANTASTIC and AMAZING deals", "fantastic and amazing"),
    ],
)
def test_a_shouted_word_is_still_calmed(text: str, calmed: str) -> None:
    assert calmed in clean_fragment(text)


@pytest.mark.parametrize(
    ("product", "brand", "expected"),
    [
        (
            "Lingomo - language-learning app with 10-minute lessons",
            "Lingomo",
            "Language-learning app with 10-minute lessons",
        ),
        ("Dębowy Dom – sklep z meblami dębowymi", "Dębowy Dom", "Sklep z meblami dębowymi"),
        ("Lingomo Plus subscription", "Lingomo", "Lingomo Plus subscription"),
        (
            "Kurs prawa jazdy kategorii B w Łodzi",
            "OSK Zielona Fala",
            "Kurs prawa jazdy kategorii B w Łodzi",
        ),
    ],
)
def test_the_brand_and_its_dash_leave_the_product_line(
    product: str, brand: str, expected: str
) -> None:
    assert without_brand(product, brand) == expected


def _drafts(name: str) -> list[str]:
    brief = load_brief(REVIEW5 / name)
    ctx = DraftContext(brief=brief, lang=brief.language, objective=brief.objective or "")
    engine = OfflineEngine()
    drafts = engine.copy(ctx, engine.personas(ctx), 3)
    return [t for d in drafts for t in (d.primary_text, d.headline, d.description) if t]


def test_the_language_app_drafts_never_start_a_field_with_the_dash() -> None:
    texts = _drafts("03_language_app_en.yaml")
    assert not [t for t in texts if t.lstrip()[:1] in "-–—"], texts
    assert not [t for t in texts if "Lingomo -" in t or "Lingomo –" in t], texts


@pytest.mark.parametrize(
    ("name", "good", "bad"),
    [
        ("04_dietitian_en.yaml", "HCPC-registered", "Hcpc"),
        ("07_szkola_jazdy_pl.yaml", "WORD Łódź", "word Łódź"),
    ],
)
def test_the_drafts_keep_the_brief_acronym(name: str, good: str, bad: str) -> None:
    joined = " ".join(_drafts(name))
    assert good in joined and bad not in joined, joined
