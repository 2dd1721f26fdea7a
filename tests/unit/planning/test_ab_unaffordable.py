"""A test the budget cannot pay for is not planned: the A/B section says so plainly, offers
the cheaper alternative and what would make a test possible, and nothing sizes it."""

from __future__ import annotations

from typing import Any

import pytest

from adsage.advisor.ab_section import ab_section
from adsage.planning.numbers import choose_objective, plan_numbers


def _ab(brief: Any) -> Any:
    objective, _ = choose_objective(brief)
    nums, lines = plan_numbers(brief, objective, "purchases")
    ads: list[dict[str, object]] = [{"headline": "A"}, {"headline": "B"}]
    ab = ab_section(brief, nums, ads, nums.ab.reserved, len(lines) == 1, main_key=lines[0].key)
    text = " ".join([ab.verdict, *ab.warnings]).replace("\xa0", " ").replace("\u202f", " ")
    return nums, lines, ab, text


def _salon(ebike: Any, lang: str) -> Any:
    # 25 a day for 14 days: 350 in all, a third of what a readable test needs
    return ebike(
        language=lang,
        budget={"amount": 25, "currency": "PLN", "type": "daily"},
        schedule={"start": "2026-12-10", "end": "2026-12-23"},
        audience={"locations": ["PL"]},
    )


WORDS = {
    "en": {
        "none": "No A/B test at this budget",
        "instead": "read their results as directional only",
        "daily": "PLN 74.81",
        "single": "carries one ad set only",
    },
    "pl": {
        "none": "Bez testu A/B przy tym budżecie",
        "instead": "traktuj ich wyniki orientacyjnie",
        "daily": "74,81 zł",
        "single": "wystarcza na jeden zestaw reklam",
    },
}
LANGS = pytest.mark.parametrize("lang", ["en", "pl"])


@LANGS
def test_a_test_dearer_than_the_campaign_is_not_planned(ebike: Any, lang: str) -> None:
    nums, lines, ab, text = _ab(_salon(ebike, lang))
    assert nums.ab.budget_needed > nums.total and len(lines) == 1
    assert not ab.planned
    assert ab.verdict.startswith(WORDS[lang]["none"])
    assert WORDS[lang]["instead"] in text
    # what would make it possible: a test ad set's daily amount, over the days available
    assert WORDS[lang]["daily"] in text
    # none of the sizing advice of a planned test
    assert "reserved" not in text and "zarezerwowan" not in text


@LANGS
def test_two_ads_in_the_only_ad_set_are_not_called_a_test(ebike: Any, lang: str) -> None:
    gym = ebike(
        language=lang,
        budget={"amount": 30, "currency": "PLN", "type": "daily"},
        schedule={"start": "2027-01-02", "end": "2027-02-28"},
        audience={"locations": ["PL"]},
    )
    nums, lines, ab, _ = _ab(gym)
    assert len(lines) == 1 and nums.ab.budget_needed <= nums.total
    assert not ab.planned and WORDS[lang]["single"] in ab.verdict


def test_a_test_with_its_own_ad_set_stays_planned(ebike: Any) -> None:
    _, lines, ab, _ = _ab(ebike())
    assert any(ln.key == "testing" for ln in lines)
    assert ab.planned


class _NoKnowledge:
    def search(self, *args: Any, **kwargs: Any) -> list[Any]:
        return []


@LANGS
def test_the_plan_document_and_checks_skip_an_unplanned_test(
    ebike: Any, settings: Any, lang: str
) -> None:
    from adsage.advisor.plan import build_plan
    from adsage.checks.plan import check_plan
    from adsage.render.plan_md import plan_markdown

    plan = build_plan(_salon(ebike, lang), settings=settings, searcher=_NoKnowledge())
    assert not plan.ab_test.planned
    md = plan_markdown(plan)
    section = md.split("## A/B" if lang == "en" else "## Plan testu A/B")[1].split("\n## ")[0]
    assert plan.ab_test.verdict.split(":")[0] in section
    # no sizing line, no variants, no hypothesis: nothing reads as if a test were planned
    for word in ("impressions per variant", "wyświetlenia na wariant", "Hypothesis", "Hipoteza"):
        assert word not in section
    assert not [f for f in check_plan(plan) if f.field.startswith("ab_test")]


COUNT = {"en": "a readable test of {n} ads needs", "pl": "test {n} reklam, który da się odczytać"}


@LANGS
def test_the_unaffordable_test_names_how_many_ads_it_was_sized_for(ebike: Any, lang: str) -> None:
    # the plan sizes two ads and `adsage variants --n 3` three: each figure says which, so
    # the two amounts for one brief never read as a contradiction
    brief = _salon(ebike, lang)
    objective, _ = choose_objective(brief)
    for n in (2, 3):
        nums, lines = plan_numbers(brief, objective, "purchases", variants=n)
        ads: list[dict[str, object]] = [{"headline": "A"}, {"headline": "B"}]
        ab = ab_section(brief, nums, ads, nums.ab.reserved, len(lines) == 1, main_key=lines[0].key)
        assert nums.ab.variants == n
        assert COUNT[lang].format(n=n) in ab.verdict


@LANGS
def test_the_variants_verdict_names_its_count_when_the_sample_is_out_of_reach(lang: str) -> None:
    from adsage.planning.abplan import plan_ab_test

    plan = plan_ab_test(
        0.012, 0.2, variants=3, cpm=40, daily_budget=20, lang=lang, available_days=10
    )
    said = {"en": "for 3 variants in the 10 days", "pl": "dla 3 wariantów w dostępnych 10 dniach"}
    assert any(said[lang] in w for w in plan.warnings)
