"""A rendered plan names its codes in the plan's language; JSON and the sheet keep the codes;
``check plan`` speaks the plan's language."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from adsage.advisor.plan import build_plan
from adsage.models.brief import Brief, load_brief
from adsage.render.plan_md import plan_markdown

ROOT = Path(__file__).resolve().parents[3]


def _plan(settings: Any, brief: str, **changes: Any) -> Any:
    b = load_brief(ROOT / brief)
    if changes:
        b = Brief.model_validate({**b.model_dump(mode="json"), **changes})
    return build_plan(b, settings=settings)


def test_polish_plan_reads_in_polish_with_codes_kept_beside(plan_settings: Any) -> None:
    plan = _plan(
        plan_settings,
        "examples/brief.pl.yaml",
        audience={"locations": ["PL", "BE", "NL", "IE"], "age": [25, 54]},
        # enough a day for a test ad set of its own, so the A/B section sizes a test
        budget={"amount": 200, "currency": "PLN", "type": "daily"},
    )
    md = plan_markdown(plan)
    o = plan.objective
    assert f"({o.objective})" in md and f"({o.optimization_goal})" in md
    assert f"{o.objective} / {o.optimization_goal}" not in md  # the bare code line is gone
    cta = plan.copy_drafts[0].cta
    assert re.search(rf"\| przycisk \| [^|(]+ \({cta}\) \|", md), cta
    assert "kraje: Polska, Belgia, Holandia, Irlandia" in md
    assert "miejsca docelowe: aktualności (feed)" in md
    assert "UNSURE)" not in md and "niepotwierdzone" in md
    assert "benchmarks.yaml" not in md
    assert not re.search(r"\d\.\d+:1", md)  # "1.91:1" -> "1,91:1" in Polish specs
    assert "opisany niżej" not in md
    assert "wyświetlenia na wariant" in md or "kliknięcia linku na wariant" in md
    # a finding reads message first, its rule id after it
    for line in md.splitlines():
        assert not re.match(r"- (ostrzeżenie|błąd) [a-z_]+\.[a-z_]+:", line), line
    # JSON keeps the codes
    data = plan.to_json_dict()
    assert data["objective"]["objective"] == o.objective
    assert data["targeting"]["countries"] == ["PL", "BE", "NL", "IE"]
    assert data["copy"][0]["cta"] == cta


def test_english_plan_names_codes_and_markets(plan_settings: Any) -> None:
    plan = _plan(plan_settings, "examples/brief.yaml")
    md = plan_markdown(plan)
    assert f"({plan.budget.bid_strategy})" in md
    assert f"· {plan.budget.bid_strategy}" not in md
    market = plan.numbers.benchmark.market
    assert f"market benchmark {market} " not in md and f"Benchmark {market}:" not in md
    assert "impressions per variant" in md or "link clicks per variant" in md
    assert "described below" not in md


@pytest.mark.parametrize(
    ("code", "lang", "name"), [("UK", "en", "United Kingdom"), ("BE", "pl", "Belgia")]
)
def test_one_country_table(code: str, lang: str, name: str) -> None:
    from adsage.i18n import country_name

    assert country_name(code, lang) == name


def test_check_plan_speaks_the_plans_language(plan_settings: Any) -> None:
    from adsage.checks.abtest import check_reach
    from adsage.checks.plan import check_plan

    plan = _plan(plan_settings, "examples/brief.pl.yaml")
    broken = plan.model_copy(
        update={"copy_drafts": plan.copy_drafts[:1], "budget": plan.budget.model_copy()}
    )
    messages = {f.rule: f.message for f in check_plan(broken)}
    assert messages["plan.copy_count"] == (
        "liczba propozycji tekstu w planie: 1; potrzebne są co najmniej 3"
    )
    pl = check_reach(32731, 27, 13, "impressions", "pl")
    assert [f.rule for f in pl] == ["abtest.sample_size"]
    assert pl[0].message.startswith("Test potrzebuje 27 dni, by zebrać 32\u00a0731 wyświetleń")
    en = check_reach(32731, 27, 13)
    assert en[0].message == (
        "The test needs 27 days to reach 32,731 impressions per variant but runs 13; it will "
        "likely end inconclusive."
    )


@pytest.mark.parametrize(("lang_file", "shown"), [("examples/brief.pl.yaml", "płeć: kobiety")])
def test_a_gender_reads_in_the_plans_language(
    plan_settings: Any, lang_file: str, shown: str
) -> None:
    plan = _plan(plan_settings, lang_file, audience={"locations": ["PL"], "genders": ["female"]})
    md = plan_markdown(plan)
    assert shown in md and "female" not in md
    assert plan.to_json_dict()["targeting"]["genders"] == ["female"]  # JSON keeps the code
    assert ".;" not in md  # persona lists never double a full stop before "; "
