"""A flight that runs only while the offer lasts is there for the offer, so the ads name it.

A furniture shop's campaign ran exactly the two weeks of its spring sale and linked to the
sale page, yet two of three ads never mentioned the sale.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from adsage.drafting.base import DraftContext
from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.facts import offer_throughout
from adsage.models.brief import Brief, load_brief

REVIEW5 = Path(__file__).resolve().parents[2] / "data" / "review5_briefs"


def _brief(name: str) -> Brief:
    return load_brief(REVIEW5 / name)


def test_the_offer_lasts_the_flight_only_when_its_own_end_is_not_before_the_flights() -> None:
    sale = _brief("05_meble_pl.yaml")  # sale until 14 March, flight 1-14 March
    assert offer_throughout(sale)
    longer = sale.model_copy(
        update={"schedule": sale.schedule.model_copy(update={"end": dt.date(2027, 3, 31)})}
    )
    assert not offer_throughout(longer)  # the flight outlasts the sale
    assert not offer_throughout(_brief("04_dietitian_en.yaml"))  # the offer names no end


def _naming(name: str, words: str) -> int:
    brief = _brief(name)
    ctx = DraftContext(brief=brief, lang=brief.language, objective=brief.objective or "")
    engine = OfflineEngine()
    drafts = engine.copy(ctx, engine.personas(ctx), 3)
    return sum(words.casefold() in f"{d.primary_text} {d.headline}".casefold() for d in drafts)


def test_more_than_one_ad_names_the_sale_the_flight_is_for() -> None:
    assert _naming("05_meble_pl.yaml", "Wiosenna wyprzedaż") >= 2
    assert _naming("02_bike_marketplace_en.yaml", "Zero seller fees") == 3
