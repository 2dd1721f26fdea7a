"""Offline personas: two or three distinct people per brief, in the brief's language, seen
on the placements the brief buys and the surfaces that suit their age."""

from __future__ import annotations

import re
from typing import Any

import pytest
from test_offline_copy import ALL, SNOWPEAK, ZAKWAS, context, variant

from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.phrases import load_bank
from adsage.models.plan import Persona


def personas_for(data: dict[str, Any]) -> list[Persona]:
    return OfflineEngine().personas(context(data))


def placements_of(persona: Persona, lang: str) -> list[str]:
    surfaces = {v: k for k, v in load_bank(lang).personas.surfaces.items()}
    return [surfaces[s] for s in persona.where_they_scroll]


@pytest.mark.parametrize("name", sorted(ALL))
def test_two_or_three_complete_personas(name: str) -> None:
    data = ALL[name]
    personas = personas_for(data)
    assert 2 <= len(personas) <= 3
    assert len({p.name.split(",")[0] for p in personas}) == len(personas)
    assert len({p.message_angle for p in personas}) == len(personas)
    for p in personas:
        assert p.demographics and p.message_angle
        assert p.motivations and p.pains and p.objections and p.where_they_scroll
        assert set(placements_of(p, data["language"])) <= set(data["placements"])
        text = " ".join([p.name, p.demographics, p.message_angle, *p.motivations, *p.objections])
        assert "@" not in text and "<" not in text


def test_age_range_is_split_into_bands() -> None:
    personas = personas_for(SNOWPEAK)
    bands = [re.search(r"(\d+)-(\d+)", p.demographics) for p in personas]
    spans = [(int(m.group(1)), int(m.group(2))) for m in bands if m]
    assert spans == [(18, 23), (24, 29), (30, 35)]


def test_narrow_age_range_gives_two_personas() -> None:
    narrow = variant(SNOWPEAK, audience={"locations": ["PL"], "age": [25, 30]})
    assert len(personas_for(narrow)) == 2


def test_angles_cover_price_quality_and_trust() -> None:
    objections = " ".join(o for p in personas_for(SNOWPEAK) for o in p.objections).lower()
    assert "discount" in objections and "price" in objections and "trust" in objections


def test_polish_brief_gets_polish_personas() -> None:
    personas = personas_for(ZAKWAS)
    bank = load_bank("pl").personas
    polish_names = {n for pool in bank.names.values() for n in pool}
    for p in personas:
        first, label = p.name.split(", ", 1)
        assert first in polish_names
        assert label in {v for labels in bank.labels.values() for v in labels.values()}
        assert "lat" in p.demographics and "Polska" in p.demographics
        assert all(o.startswith("„") and o.endswith("”") for o in p.objections)
    joined = " ".join(p.message_angle for p in personas)
    assert re.search("[ąćęłńóśźż]", joined)
    assert not re.search(r"\b(?:the|and|with|lead)\b", joined, re.IGNORECASE)


def test_polish_labels_agree_with_gender() -> None:
    women = variant(ZAKWAS, audience={"locations": ["PL"], "age": [25, 55], "genders": ["female"]})
    labels = [p.name.split(", ", 1)[1] for p in personas_for(women)]
    assert all(not label.startswith(("łowca", "zaangażowany", "ostrożny")) for label in labels)
    assert all("kobiety" in p.demographics for p in personas_for(women))


def test_young_bands_scroll_reels_first_older_bands_the_feed() -> None:
    young = personas_for(SNOWPEAK)[0]
    assert placements_of(young, "en")[0] == "reels"
    older = personas_for(ALL["older_en"])
    for p in older:
        where = placements_of(p, "en")
        assert where[0] == "feed"
        assert "reels" not in where


def test_personas_use_the_brief() -> None:
    personas = personas_for(SNOWPEAK)
    text = " ".join(" ".join([p.demographics, p.message_angle, *p.motivations]) for p in personas)
    assert "30% off all boards" in text
    assert "poplar core" in text
    assert "off-piste" in text


def test_personas_are_deterministic() -> None:
    for data in (SNOWPEAK, ZAKWAS, ALL["hostile_en"]):
        assert [p.model_dump() for p in personas_for(data)] == [
            p.model_dump() for p in personas_for(data)
        ]
