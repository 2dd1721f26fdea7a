"""Ads that are the same sentences reordered are one message, in plan copy and in variants."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_offline_copy import context

from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.copywriter import draft_copy
from adsage.drafting.offline.sameness import reordered

REVIEW3 = Path(__file__).resolve().parents[2] / "data" / "review3_briefs"


def brief(name: str) -> dict:
    return yaml.safe_load((REVIEW3 / f"{name}.yaml").read_text("utf-8"))


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (
            "Grupy do 6 dzieci. Pierwsza lekcja próbna za darmo. Zapisz się na naszej stronie.",
            "Pierwsza lekcja próbna za darmo. Grupy do 6 dzieci. Zapisz się na naszej stronie.",
            True,
        ),
        (
            "Grupy do 6 dzieci. Pierwsza lekcja próbna za darmo. Zapisz się na naszej stronie.",
            "Pierwsza lekcja próbna za darmo: grupy do 6 dzieci. Zapisz się na naszej stronie.",
            True,
        ),
        # a new closing line alone does not make a new message
        ("A one. B two. Book now.", "B two. A one. Pick a date and book online.", True),
        ("A one. B two. Book now.", "A one. C three. Book now.", False),
        ("Takes 30 seconds.", "Sign the petition in 30 seconds.", False),
    ],
)
def test_reordered_sentences_are_one_message(a: str, b: str, same: bool) -> None:
    assert reordered(a, b) is same


@pytest.mark.parametrize(
    "name", ["04_szkola_angielskiego_pl", "11_cleaning_en", "06_warehouse_jobs_en"]
)
def test_no_two_plan_drafts_are_reorderings(name: str) -> None:
    ctx = context(brief(name))
    texts = [d.primary_text for d in draft_copy(ctx, OfflineEngine().personas(ctx), 3)]
    assert len(texts) == 3
    pairs = [(a, b) for i, a in enumerate(texts) for b in texts[i + 1 :] if reordered(a, b)]
    assert not pairs, pairs


def _drafts(name: str, n: int = 3) -> list:
    ctx = context(brief(name))
    return draft_copy(ctx, OfflineEngine().personas(ctx), n)


@pytest.mark.parametrize("n", [2, 3])
@pytest.mark.parametrize(
    "name", ["07_mieszkania_wynajem_pl", "05_medycyna_estetyczna_pl", "11_cleaning_en"]
)
def test_a_plan_with_two_or_more_ads_carries_the_offer_verbatim(name: str, n: int) -> None:
    offer = brief(name)["offer"]
    ads = [f"{d.primary_text} {d.headline} {d.description}" for d in _drafts(name, n)]
    assert any(offer in " ".join(ad.split()) for ad in ads), ads


def test_the_job_ad_names_the_role_and_the_place_the_brief_gives() -> None:
    texts = [d.primary_text for d in _drafts("06_warehouse_jobs_en")]
    assert any("Warehouse operative jobs, Northampton" in t for t in texts), texts
    assert not any(t.startswith("Operative jobs") for t in texts), texts


def test_ads_of_a_thin_brief_each_get_their_own_headline() -> None:
    heads = [d.headline for d in _drafts("08_warsztat_pl")]
    assert len({h.casefold() for h in heads}) == 3, heads
    # only the brief's words: a part of its product and its own place
    assert "Mechanika samochodowa – Rzeszów" in heads, heads
