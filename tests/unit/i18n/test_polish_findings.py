"""``adsage check copy`` with ``lang: pl`` speaks Polish; English copy stays English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adsage.cli import main

_COPY = {
    "primary_text": "Zamów teraz!!! Najlepsze buty w mieście.",
    "headline": "Najlepsze buty w mieście, tylko dziś, zamów już teraz i odbierz rabat na zakupy",
    "cta": "kup",
    "link": "http://example.com/buty",
}


def _run(tmp_path: Path, data: dict[str, str], capsys: pytest.CaptureFixture[str]) -> list[dict]:  # type: ignore[type-arg]
    path = tmp_path / "copy.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(SystemExit):
        main(["check", "copy", str(path), "--json"])
    return list(json.loads(capsys.readouterr().out)["findings"])


def test_polish_copy_gets_polish_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = _run(tmp_path, {"lang": "pl", **_COPY}, capsys)
    rules = {f["rule"] for f in found}
    assert {"copy.headline.length", "copy.cta.invalid", "copy.link.invalid"} <= rules
    assert "policy.excessive_punctuation" in rules
    by_rule = {f["rule"]: f for f in found}
    assert "znaków" in by_rule["copy.headline.length"]["message"]
    assert "przyciskiem" in by_rule["copy.cta.invalid"]["message"]
    assert "zamiast https" in by_rule["copy.link.invalid"]["message"]
    assert "interpunkcja" in by_rule["policy.excessive_punctuation"]["message"]
    for f in found:  # message and fix both Polish: no English sentence left behind
        text = f"{f['message']} {f.get('suggestion') or ''}"
        assert not any(w in text.split() for w in ("the", "is", "Use", "Meta may")), text


def test_english_copy_keeps_english_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = _run(tmp_path, {"lang": "en", **_COPY}, capsys)
    by_rule = {f["rule"]: f for f in found}
    assert "is not a call-to-action button" in by_rule["copy.cta.invalid"]["message"]


def test_polish_policy_finding_on_a_placement() -> None:
    from adsage.checks.inputs import copy_findings

    found = copy_findings(
        {"primary_text": "ZAMÓW TERAZ!!! NAJLEPSZE BUTY W CAŁYM MIEŚCIE TYLKO DZIŚ"},
        placements=["feed", "stories"],
        lang="pl",
    )
    caps = [f for f in found if f.rule == "policy.excessive_caps"]
    assert len(caps) == 1  # each distinct finding once, however many placements
    assert "wielkimi literami" in caps[0].message


def test_budget_findings_speak_the_budgets_language() -> None:
    from adsage.checks.budget import Budget, check_budget

    base = {
        "currency": "PLN",
        "daily_budget": 20,
        "optimization_goal": "OFFSITE_CONVERSIONS",
        "expected_cost_per_result": 60,
        "start": "2027-01-04",
        "end": "2027-01-31",
    }
    en = {f.rule: f for f in check_budget(Budget.model_validate(base))}
    pl = {f.rule: f for f in check_budget(Budget.model_validate({**base, "lang": "pl"}))}
    assert set(en) == set(pl) and "budget.learning_phase" in pl
    lp = pl["budget.learning_phase"]
    assert "fazy uczenia się" in lp.message and "results" not in lp.message
    assert lp.suggestion and "dziennie" in lp.suggestion and "," in lp.suggestion
    assert "learning phase" in en["budget.learning_phase"].message
