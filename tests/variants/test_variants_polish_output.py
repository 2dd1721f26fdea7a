"""A Polish brief gets a Polish ``variants`` summary: the header, the badges, the severities
and the A/B test findings, with Polish number formatting; ``abplan --lang pl`` likewise.
The A/B design checks speak both languages wherever a plan or a set is checked."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from adsage.checks.abtest import AbTest, Variant, check_abtest
from adsage.cli import main
from adsage.i18n.messages import MESSAGES

REVIEW = Path(__file__).resolve().parents[1] / "data" / "review_briefs"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    out, _ = capsys.readouterr()
    code = exc.value.code
    return (code if isinstance(code, int) else 0), out


def test_a_polish_brief_gets_a_polish_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADSAGE_HOME", str(tmp_path / "home"))
    data = yaml.safe_load((REVIEW / "03_piekarnia_pl.yaml").read_text("utf-8"))
    brief = tmp_path / "piekarnia.yaml"
    brief.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    _, out = run(["variants", str(brief), "--vary", "headline", "--n", "5"], capsys)
    first = out.splitlines()[0]
    assert first == "piekarnia: testowany element: headline (reklamy: 5, pl)"
    for english in (
        "testing",
        " ads,",
        "warning:",
        "warnings]",
        "errors]",
        "days is",
        "impressions",
    ):
        assert english not in out, (english, out)
    test_lines = [line for line in out.splitlines() if line.startswith("  test")]
    assert all(line.startswith("  test, ") for line in test_lines), test_lines


def test_abplan_in_polish_formats_numbers_the_polish_way(
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["--baseline-ctr", "0.012", "--mde", "0.15", "--cpm", "12.5", "--daily-budget", "1500"]
    _, out = run(["abplan", *args, "--lang", "pl"], capsys)
    assert "Próba na wariant: 61\u00a0693 wyświetleń" in out
    assert "przy CPM 12,5" in out and "1\u00a0500 dziennie" in out
    _, out = run(["abplan", *args], capsys)
    assert "Sample per variant: 61,693 impressions" in out and "at CPM 12.5" in out


def _test(**kw: object) -> AbTest:
    base: dict[str, object] = {
        "vary": "headline",
        "variants": [Variant(headline="A"), Variant(headline="B", cta="SHOP_NOW")],
        "duration_days": 58,
        "baseline_rate": 0.012,
        "mde": 0.15,
        "daily_impressions": 1875,
    }
    return AbTest.model_validate({**base, **kw})


def test_every_design_finding_is_worded_in_both_languages() -> None:
    tests = [
        _test(),
        _test(variants=[Variant(headline="A")]),
        _test(variants=[Variant(headline=str(i)) for i in range(7)]),
        _test(variants=[Variant(headline="A", budget=10), Variant(headline="B", budget=50)]),
        _test(variants=[Variant(headline="A", budget=10), Variant(headline="B")]),
        _test(duration_days=3),
        _test(baseline_rate=None),
        _test(daily_impressions=None),
        _test(variants=[Variant(headline="A"), Variant(headline="A"), Variant(headline="B")]),
    ]
    seen = set()
    for test in tests:
        en, pl = check_abtest(test, "en"), check_abtest(test, "pl")
        assert [f.rule for f in en] == [f.rule for f in pl]
        for a, b in zip(en, pl, strict=True):
            assert a.message != b.message and (a.suggestion or "") != (b.suggestion or "x")
            seen.add(a.rule)
    assert seen >= {
        "abtest.variant_count",
        "abtest.single_variable",
        "abtest.budget_split",
        "abtest.duration",
        "abtest.sample_size",
    }
    long = check_abtest(_test(), "pl")
    assert any("58 dni to dłużej niż zwykłe 7–30 dni" in f.message for f in long)
    assert all(k in MESSAGES for k in ("abtest.too_long", "abtest.sample_short.fix"))


LOAN = {
    "brand": "Finansa",
    "product": "Pożyczka gotówkowa online do 20 000 zł",
    "offer": "Pierwsza pożyczka do 3000 zł bez prowizji",
    "landing_url": "https://finansa.example/wniosek",
    "language": "pl",
    "goal": "3000 złożonych wniosków w styczniu 2027",
    "objective": "OUTCOME_LEADS",
    "budget": {"amount": 45000, "currency": "PLN", "type": "lifetime"},
    "schedule": {"start": "2027-01-01", "end": "2027-01-31"},
    "audience": {
        "locations": ["PL"],
        "age": [25, 50],
        "interests": ["zakupy", "kredyt", "oszczędzanie"],
        "description": "Osoby pracujące na etacie w Łodzi",
    },
    "benefits": ["Decyzja w 15 minut", "Pieniądze na koncie tego samego dnia"],
    "tone": "rzeczowy",
    "special_ad_category": "FINANCIAL_PRODUCTS_SERVICES",
    "placements": ["feed", "stories"],
}


def test_a_special_category_set_speaks_to_no_interest_and_the_plan_says_they_went(
    tmp_path: Path,
) -> None:
    from adsage.advisor.targeting import targeting_section
    from adsage.config import load_settings
    from adsage.models.brief import Brief
    from adsage.variants.generate import generate_variants

    brief = Brief.model_validate(LOAN)
    vs = generate_variants(brief, "headline", 5, settings=load_settings(home=tmp_path))
    assert vs.variants and all(ad.angle != "interest" for ad in vs.variants)
    assert not any("zakupy" in ad.headline.lower() for ad in vs.variants)
    spec = targeting_section(brief)
    assert spec.interests == []
    assert any("zakupy, kredyt, oszczędzanie" in n for n in spec.notes), spec.notes
    plain = Brief.model_validate({**LOAN, "special_ad_category": "NONE"})
    assert "zakupy" in targeting_section(plain).interests
    assert not any("Pominięte zainteresowania" in n for n in targeting_section(plain).notes)
