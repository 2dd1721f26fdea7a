"""Campaign, ad set and ad names a buyer can scan: brand | short product | line | ad, not the
brief's whole product line repeated in every cell; still unique within the sheet."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from sheet_support import build_plan_for, errors

from adsage.export import variant_sheet
from adsage.export.names import short_product
from adsage.export.plan_rows import plan_sheet
from adsage.export.spec import export_rules
from adsage.i18n import t
from adsage.models.brief import load_brief_data
from adsage.variants import generate_variants

BRIEFS = Path(__file__).resolve().parents[1] / "data" / "review5_briefs"
NAMES = ("Campaign Name", "Ad Set Name", "Ad Name")


@pytest.mark.parametrize(
    ("product", "short"),
    [
        # a product line after a dash: the shop, not its range
        (
            "Sklep internetowy z meblami z litego drewna dębowego – sofy, stoły, komody, łóżka",
            "Sklep internetowy z meblami",
        ),
        # a bracketed list, and a cut that would end on "i"
        (
            "Księgowość dla jednoosobowych działalności i małych spółek (KPiR, ryczałt, "
            "pełna księgowość, kadry)",
            "Księgowość dla jednoosobowych działalności",
        ),
        # a name before a spaced hyphen keeps no trailing dash
        ("Lingomo - language-learning app with 10-minute lessons", "Lingomo"),
        # a cut inside a phrase ends before its joining word, not on "rescued"
        ("Winter shelter appeal for rescued dogs", "Winter shelter appeal"),
        # "do 20" of "do 20 000 zł" would state a number the cut halved
        ("Pożyczka gotówkowa online do 20 000 zł", "Pożyczka gotówkowa online"),
        # a short product stays as it is, its own numbers included
        ("Pogotowie hydrauliczne 24/7", "Pogotowie hydrauliczne 24/7"),
        ("Home solar panels", "Home solar panels"),
        # never "people over" with the age cut off
        (
            "Dating app for people over 40 looking for a serious relationship",
            "Dating app for people",
        ),
    ],
)
def test_short_product_keeps_the_first_few_words_at_a_clean_boundary(
    product: str, short: str
) -> None:
    assert short_product(export_rules(), product) == short


@pytest.mark.parametrize(
    ("product", "brand", "short"),
    [
        (
            "Lingomo - language-learning app with 10-minute lessons and AI speaking practice",
            "Lingomo",
            "language-learning app with 10-minute lessons",
        ),
        (
            "Tilefall – a relaxing tile-matching puzzle game for iOS",
            "Tilefall",
            "relaxing tile-matching puzzle game",
        ),
        # a product that is only the brand adds nothing after it
        ("Lingomo", "Lingomo", ""),
        # a brand that only starts a longer word is not the brand
        ("Lingomoapp for kids", "Lingomo", "Lingomoapp for kids"),
    ],
)
def test_short_product_does_not_repeat_the_brand(product: str, brand: str, short: str) -> None:
    assert short_product(export_rules(), product, brand) == short


def test_short_product_stays_within_the_rule_data_limits() -> None:
    rules = export_rules()
    cut = rules.names.product
    product = "Aplikacja mobilna do liczenia kroków z wyzwaniami dla znajomych i rodziny"
    short = short_product(rules, product)
    assert product.startswith(short)
    assert 1 <= len(short.split()) <= cut.max_words
    assert len(short) <= cut.max_chars
    assert short.split()[-1].lower() not in cut.trailing


def _brief(name: str, lang: str) -> Any:
    data = yaml.safe_load((BRIEFS / name).read_text(encoding="utf-8"))
    return load_brief_data({**data, "language": lang}, "brief")


@pytest.mark.parametrize("lang", ["en", "pl"])
@pytest.mark.parametrize("name", ["05_meble_pl.yaml", "06_biuro_rachunkowe_pl.yaml"])
def test_plan_sheet_names_are_short_unique_and_still_import(
    name: str, lang: str, settings: Any
) -> None:
    brief = _brief(name, lang)
    sheet = plan_sheet(build_plan_for(brief, settings))
    short = short_product(export_rules(), brief.product)
    sep = export_rules().names.separator
    for row in sheet.rows:
        for column in NAMES:
            parts = row[column].split(sep)
            assert parts[:2] == [brief.brand, short], row[column]
            assert brief.product not in row[column]
    ads = Counter((r["Campaign Name"], r["Ad Set Name"], r["Ad Name"]) for r in sheet.rows)
    assert max(ads.values()) == 1
    assert len({r["Ad Name"] for r in sheet.rows}) == len(sheet.rows)
    assert errors(sheet) == []


def test_polish_advantage_sales_line_reads_naturally(settings: Any) -> None:
    sheet = plan_sheet(build_plan_for(_brief("05_meble_pl.yaml", "pl"), settings))
    line = t("plan.advantage_sales", "pl")
    assert line == "Kampania sprzedażowa Advantage+"
    assert any(line in r["Ad Set Name"] for r in sheet.rows)
    assert not any("Advantage+ sprzedażowa" in r[c] for r in sheet.rows for c in NAMES)


def test_products_that_shorten_alike_still_get_their_own_names(
    make_brief: Any, settings: Any
) -> None:
    """Two briefs whose products differ only after the first clause: the later set is
    numbered, so its ad sets and ads never merge with the first on import."""
    boards = make_brief(product="Freeride snowboards – boards, bindings")
    boots = make_brief(product="Freeride snowboards – boots, helmets")
    sets = [generate_variants(b, "headline", 2, settings=settings) for b in (boards, boots)]
    rows = variant_sheet(sets, [boards, boots]).rows
    assert {r["Ad Name"].split(" | ")[1] for r in rows} == {"Freeride snowboards"}
    assert len({r["Ad Name"] for r in rows}) == len(rows)
    assert len({r["Campaign Name"] for r in rows}) == 2


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [
        ("pl", "skopiuj do kampanii „Kampania sprzedażowa Advantage+”", "do zestawu „Kampania"),
        ("en", "copy the winner into the Advantage+ sales campaign", "into Advantage+"),
    ],
)
def test_test_winner_goes_into_the_advantage_campaign_not_an_ad_set(
    lang: str, said: str, not_said: str, settings: Any
) -> None:
    """An Advantage+ sales campaign is a campaign: the test runs in one beside it, so the
    winning ad is copied into that campaign, not moved into an ad set of that name."""
    plan = build_plan_for(_brief("05_meble_pl.yaml", lang), settings)
    notes = " ".join(plan.ab_test.warnings)
    assert said in notes
    assert not_said not in notes
