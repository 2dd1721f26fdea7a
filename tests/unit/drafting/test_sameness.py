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
