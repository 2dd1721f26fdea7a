"""A plan whose flight falls in a season of its business (Valentine's week for a jeweller,
tyre season for a garage, September for a language school, the wedding-booking months)
names the occasion in at least one ad, from data, without a date, deadline or price the
brief does not give; outside the season no ad mentions it."""

from __future__ import annotations

import re
from typing import Any

import pytest
import yaml
from test_review3_categories import brief_data, drafts

from adsage.checks.copy import AdCopy, check_copy
from adsage.drafting.offline.seasonal import lines_for, season_copy
from adsage.models.brief import load_brief_data
from adsage.paths import rules_dir
from adsage.planning.seasons import seasons_data
from adsage.variants import generate_variants

# The reviewed briefs whose flights fall in a season, and words naming that occasion.
IN_SEASON = {
    "review3_briefs/02_jewellery_en": r"valentine['’]s day",
    "review3_briefs/08_warsztat_pl": r"opon\w* (?:na )?letni",
    "review3_briefs/04_szkola_angielskiego_pl": r"\bwrzesień\b",
    "review3_briefs/01_fotograf_slubny_pl": r"\bślubu\b",
}
OFF_SEASON = {  # the same briefs flown in June: no season of theirs applies
    key: {"schedule": {"start": "2027-06-01", "end": "2027-06-30"}} for key in IN_SEASON
}


def _text(ds: list[Any]) -> str:
    return " ".join(f"{d.headline} {d.primary_text} {d.description}" for d in ds).casefold()


def test_every_season_has_lines_in_both_languages_without_figures() -> None:
    for season in seasons_data().seasons:
        found = lines_for(season.key)
        assert found is not None, season.key
        for line in (*found.en, *found.pl):
            # an occasion only: a figure would be a date, a price or a deadline
            assert not re.search(r"\d", line), line
            assert not re.search(r"\border by\b|zamów do|\bdo \d", line, re.IGNORECASE)
    raw = yaml.safe_load((rules_dir() / "season_copy.yaml").read_text("utf-8"))
    assert set(raw["lines"]) == set(season_copy().lines)


@pytest.mark.parametrize(("key", "words"), sorted(IN_SEASON.items()))
def test_an_ad_names_the_season_the_flight_falls_in(key: str, words: str) -> None:
    data = brief_data(key)
    out = drafts(data, n=3)
    assert re.search(words, _text(out)), [d.primary_text for d in out]
    # the first ad carries it, and it passes the copy checks with the brief's own facts
    assert re.search(words, out[0].primary_text.casefold())
    brief = load_brief_data(data, "test")
    for place in brief.placements:
        ad = AdCopy(
            primary_text=out[0].primary_text,
            headline=out[0].headline,
            description=out[0].description,
            placement=place,
            lang=brief.language,
        )
        assert not [f for f in check_copy(ad) if f.severity == "error"]


@pytest.mark.parametrize("key", sorted(OFF_SEASON))
def test_no_season_outside_its_dates(key: str) -> None:
    out = drafts(brief_data(key, **OFF_SEASON[key]), n=3)
    said = [s for k in season_copy().lines for s in season_copy().lines[k].en]
    said += [s for k in season_copy().lines for s in season_copy().lines[k].pl]
    for d in out:
        assert not any(s.rstrip(".") in d.primary_text for s in said), d.primary_text


def test_the_control_of_a_variant_set_names_the_season(settings: Any) -> None:
    data = brief_data("review3_briefs/02_jewellery_en")
    brief = load_brief_data(data, "test")
    vs = generate_variants(brief, "headline", 3, settings=settings)
    assert all(re.search(r"valentine['’]s day", v.primary_text.casefold()) for v in vs.variants)
    assert vs.ok


def test_plan_three_drafts_are_a_prefix_of_five() -> None:
    data = brief_data("review3_briefs/08_warsztat_pl")
    three, five = drafts(data, n=3), drafts(data, n=5)
    assert [d.primary_text for d in three] == [d.primary_text for d in five[:3]]


# Briefs whose offer or goal names the occasion the campaign is for, and its words.
NAMED_OCCASION = {
    "review7_briefs/05_kwiaciarnia_pl": r"dzień matki",
    "review7_briefs/01_winnica_pl": r"\bświęta\b",
}


def _named(key: str) -> dict[str, Any]:
    from test_review3_categories import DATA

    from adsage.planning.numbers import choose_objective

    data: dict[str, Any] = yaml.safe_load((DATA / f"{key}.yaml").read_text("utf-8"))
    data.setdefault("objective", choose_objective(load_brief_data(data, "test"))[0])
    return data


@pytest.mark.parametrize(("key", "words"), sorted(NAMED_OCCASION.items()))
def test_every_draft_names_the_occasion_the_brief_gives(key: str, words: str) -> None:
    out = drafts(_named(key), n=3)
    for d in out:
        assert re.search(words, d.primary_text.casefold()), d.primary_text
    # through the offer where a draft carries it, never the offer and the line side by side
    for d in out:
        assert not re.search(rf"{words}.*\. na {words}", d.primary_text.casefold())


def test_a_brief_naming_no_occasion_gets_no_occasion_line() -> None:
    out = drafts(_named("review7_briefs/02_dating_en"), n=3)
    lines = [s for o in season_copy().occasions.values() for s in (*o.en, *o.pl)]
    assert not any(s in d.primary_text for d in out for s in lines)


def test_headline_variants_share_the_control_text_with_its_occasion(settings: Any) -> None:
    brief = load_brief_data(_named("review7_briefs/05_kwiaciarnia_pl"), "test")
    vs = generate_variants(brief, "headline", 3, settings=settings)
    texts = {v.primary_text for v in vs.variants}
    assert len(texts) == 1 and "dzień matki" in texts.pop().casefold()
