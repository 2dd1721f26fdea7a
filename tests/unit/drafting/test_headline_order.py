"""A headline says something of the brief whenever the brief has something left to say.

Six of eight reviewed plans had "Check the details before you decide" (or "Sprawdź
szczegóły, zanim zdecydujesz") as a headline, once as the A/B control, while the brief had
an offer or facts no other headline used.  The phrase bank's stock lines now come last.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from adsage.drafting.base import DraftContext
from adsage.drafting.offline import OfflineEngine
from adsage.drafting.offline.headlines import headline_lines, product_parts
from adsage.drafting.offline.phrases import load_bank, slots_of
from adsage.models.brief import load_brief

DATA = Path(__file__).resolve().parents[2] / "data"
BRIEFS = sorted(
    p
    for d in ("review5_briefs", "review2_briefs", "review_briefs")
    for p in (DATA / d).glob("*.yaml")
)


def _stock(lang: str) -> set[str]:
    bank = load_bank(lang)
    return {h.casefold() for a in bank.angles.values() for h in a.headline if not slots_of(h)}


@pytest.mark.parametrize("path", BRIEFS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_no_headline_is_a_stock_line_while_the_brief_has_a_free_fact(path: Path) -> None:
    brief = load_brief(path)
    ctx = DraftContext(brief=brief, lang=brief.language, objective=brief.objective or "")
    engine = OfflineEngine()
    drafts = engine.copy(ctx, engine.personas(ctx), 3)
    stock = _stock(ctx.lang)
    used = {d.headline.casefold() for d in drafts}
    for d in drafts:
        if d.headline.casefold() in stock:
            # only when every short brief fact is already another ad's headline
            free = [
                f
                for f in (brief.offer, *brief.benefits)
                if f and len(f) <= 40 and f.casefold() not in used
            ]
            assert not free, (d.headline, free)


def test_stock_lines_come_after_every_brief_line() -> None:
    pool = ["{b1}", "Check the details before you decide", "{name}", "{offer}", "{b3}"]
    uncut = {"_b1_whole": "Fast", "_offer_whole": "Free call", "_b3_whole": "Weekly check-ins"}
    main, spare = headline_lines(pool, uncut, frozenset({"fast"}), {pool[1]})
    assert main == ["{b1}"]
    # the product's or brand's name comes after every brief fact, the stock line last
    assert spare == [["{offer}"], ["{b3}"], ["{name}"], ["Check the details before you decide"]]


@pytest.mark.parametrize(
    ("product", "parts"),
    [
        (
            "Online 1:1 coaching with a registered dietitian - 12-week weight management programme",
            [
                "Online 1:1 coaching with a registered dietitian",
                "12-week weight management programme",
            ],
        ),
        # a bracketed list gives examples, never a headline of its own ("Ryczałt – Poznań")
        ("Księgowość dla małych firm (KPiR, ryczałt, pełna księgowość, kadry)", []),
        (
            "Wymiana opon, wyważanie kół",
            ["Wymiana opon – Rzeszów", "Wyważanie kół – Rzeszów", "Wymiana opon", "Wyważanie kół"],
        ),
    ],
)
def test_product_parts(product: str, parts: list[str]) -> None:
    assert product_parts(product, ["Rzeszów"]) == parts
