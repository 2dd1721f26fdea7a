"""Rule data: every fact is sourced and dated, UNSURE facts never produce errors, and broken
rule files fail with a message naming the file and the field."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from adsage.checks.abtest import AbTest, check_abtest
from adsage.checks.budget import Budget, check_budget
from adsage.checks.copy import AdCopy, check_copy
from adsage.checks.creative import Creative, check_creative
from adsage.checks.deadlines import deadline_rule
from adsage.errors import BadInput
from adsage.paths import rules_dir
from adsage.rules.ad_text import copy_rules, policy_rules
from adsage.rules.base import Sourced, SourcedRule, cap_severity, finding
from adsage.rules.campaign import abtest_rules, budget_rules, creative_rules, targeting_rules
from adsage.rules.fx import fx_rates
from adsage.rules.loader import clear_caches

OUR_FILES = [
    "fx.yaml",
    "copy.yaml",
    "policy.yaml",
    "creative.yaml",
    "targeting.yaml",
    "budget.yaml",
    "abtest.yaml",
    "deadlines.yaml",
    "seasons.yaml",
    "gift_delivery.yaml",
]
LOADERS = [
    fx_rates,
    copy_rules,
    policy_rules,
    creative_rules,
    targeting_rules,
    budget_rules,
    abtest_rules,
    deadline_rule,
]


def _facts(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every mapping that carries a fact: it has a source, or it sits where one is expected."""
    if isinstance(node, dict):
        if "source" in node or "confidence" in node or "as_of" in node:
            yield path, node
        for key, value in node.items():
            yield from _facts(value, f"{path}.{key}" if path else str(key))


@pytest.mark.parametrize("name", OUR_FILES)
def test_every_fact_has_source_date_and_confidence(name: str) -> None:
    data = yaml.safe_load((rules_dir() / name).read_text("utf-8"))
    facts = list(_facts(data))
    assert facts, name
    for path, fact in facts:
        assert str(fact.get("source", "")).strip(), f"{name}:{path} has no source"
        assert isinstance(fact.get("as_of"), date), f"{name}:{path} has no as_of date"
        assert fact.get("confidence") in {"META", "COPY", "3P", "UNSURE"}, f"{name}:{path}"
        if fact["confidence"] == "UNSURE":
            assert fact.get("severity", "warning") != "error", f"{name}:{path}"
            assert fact.get("ratio_severity", "warning") != "error", f"{name}:{path}"


def _top_level_rules_have_sources(model: Any) -> Iterator[Sourced]:
    if isinstance(model, Sourced):
        yield model
    if hasattr(model, "__pydantic_fields__"):
        for name in type(model).model_fields:
            yield from _top_level_rules_have_sources(getattr(model, name))
    elif isinstance(model, dict):
        for value in model.values():
            yield from _top_level_rules_have_sources(value)


@pytest.mark.parametrize("loader", LOADERS)
def test_models_load_and_unsure_rules_never_error(loader: Any) -> None:
    facts = list(_top_level_rules_have_sources(loader()))
    assert facts
    for fact in facts:
        if isinstance(fact, SourcedRule) and fact.confidence == "UNSURE":
            assert fact.severity != "error"


def test_loader_caches() -> None:
    assert copy_rules() is copy_rules()


def test_cta_enum_excludes_send_message() -> None:
    values = copy_rules().cta.values
    assert "SEND_MESSAGE" not in values and {"LEARN_MORE", "SHOP_NOW", "MESSAGE_PAGE"} <= set(
        values
    )
    assert len(values) == len(set(values)) >= 80


def test_unsure_rule_cannot_be_declared_an_error() -> None:
    with pytest.raises(ValueError, match="UNSURE"):
        SourcedRule(source="x" * 5, as_of=date(2026, 1, 1), confidence="UNSURE", severity="error")


def test_findings_on_unsure_facts_are_capped() -> None:
    fact = Sourced(source="someone said", as_of=date(2026, 1, 1), confidence="UNSURE")
    assert finding("x.y", "error", "m", fact).severity == "warning"
    assert cap_severity("error", "META") == "error"
    sure = Sourced(source="meta page", as_of=date(2026, 1, 1), confidence="META")
    assert finding("x.y", "error", "m", sure, fact).severity == "warning"  # weakest wins


def test_checkers_never_error_on_unsure_facts() -> None:
    """Break every UNSURE fact on purpose and check the findings are not errors."""
    copy = check_copy(AdCopy(primary_text="a" * 2000, headline="b" * 300, description="c" * 300))
    reels = check_creative(
        Creative.model_validate(
            {
                "format": "video",
                "placement": "reels",
                "video": {"duration_s": 300, "width": 1920, "height": 1080},
            }
        )
    )
    right = check_creative(
        Creative.model_validate(
            {"format": "image", "placement": "right_column", "image": {"width": 100, "height": 900}}
        )
    )
    pln = check_budget(Budget(daily_budget=1, currency="PLN"))
    ab = check_abtest(
        AbTest.model_validate(
            {
                "vary": "headline",
                "duration_days": 90,
                "variants": [{"headline": str(i)} for i in range(8)],
            }
        )
    )
    groups = {"copy": copy, "reels": reels, "right": right, "pln": pln, "ab": ab}
    for name, found in groups.items():
        assert found, name
        assert all(f.severity != "error" for f in found), (name, found)


@pytest.fixture
def broken_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    kdir = tmp_path / "knowledge"
    shutil.copytree(rules_dir(), kdir / "rules")
    monkeypatch.setenv("ADSAGE_KNOWLEDGE_DIR", str(kdir))
    clear_caches()
    from adsage.checks import policy

    policy._engine.cache_clear()
    yield kdir / "rules"
    monkeypatch.undo()
    clear_caches()
    policy._engine.cache_clear()


def test_malformed_field_names_file_and_field(broken_rules: Path) -> None:
    path = broken_rules / "targeting.yaml"
    path.write_text(path.read_text("utf-8").replace("min: 13", "min: thirteen"), "utf-8")
    with pytest.raises(BadInput) as exc:
        targeting_rules()
    assert "targeting.yaml" in str(exc.value) and "age.min" in str(exc.value)


def test_missing_source_is_rejected(broken_rules: Path) -> None:
    path = broken_rules / "abtest.yaml"
    lines = path.read_text("utf-8").splitlines(keepends=True)
    at = lines.index("duration:\n")
    drop = next(i for i in range(at, len(lines)) if lines[i].strip().startswith("source:"))
    path.write_text("".join(lines[:drop] + lines[drop + 1 :]), "utf-8")
    with pytest.raises(BadInput, match=r"abtest.yaml.*duration\.source"):
        abtest_rules()


def test_unsure_error_in_file_is_rejected(broken_rules: Path) -> None:
    path = broken_rules / "copy.yaml"
    text = path.read_text("utf-8")
    head, tail = text.split("confidence: UNSURE\n    severity: warning", 1)
    path.write_text(head + "confidence: UNSURE\n    severity: error" + tail, "utf-8")
    with pytest.raises(BadInput, match=r"copy.yaml.*lengths.ceiling.*UNSURE"):
        copy_rules()


def test_bad_lexicon_entry_names_field(broken_rules: Path) -> None:
    path = broken_rules / "policy.yaml"
    path.write_text(path.read_text("utf-8").replace("    - fuck\\w*", "    - '[a-z]+'"), "utf-8")
    from adsage.checks.policy import check_policy

    with pytest.raises(BadInput, match=r"policy.yaml.*profanity\.terms\[0\]"):
        check_policy({"primary_text": "hello"})


def test_invalid_yaml_names_file(broken_rules: Path) -> None:
    (broken_rules / "budget.yaml").write_text("minimums: [unclosed\n", "utf-8")
    with pytest.raises(BadInput, match=r"budget.yaml.*not valid YAML"):
        budget_rules()


def _edit(path: Path, old: str, new: str) -> None:
    """Break one value of a copied rule file; the value must be there to break."""
    text = path.read_text("utf-8")
    assert old in text, (path.name, old)
    path.write_text(text.replace(old, new), "utf-8")


def test_error_path_keeps_mapping_keys(broken_rules: Path) -> None:
    _edit(broken_rules / "budget.yaml", "clicks: {usd: 5.0,", "clicks: {usd: -1,")
    with pytest.raises(BadInput, match=r"budget.yaml: field 'minimums\.tiers\.clicks\.usd'"):
        budget_rules()


def test_fx_table_is_the_one_rate_source(broken_rules: Path) -> None:
    _edit(broken_rules / "fx.yaml", "PLN: 3.63", "PLN: -1")
    with pytest.raises(BadInput, match=r"fx.yaml"):
        fx_rates()


def test_every_converted_currency_has_a_rate() -> None:
    rates = fx_rates()
    for name, group in budget_rules().currency_groups.items():
        if group.basis == "usd_equivalent":
            assert all(rates.rate(c) for c in group.currencies), name


def test_a_currency_in_two_groups_is_rejected(broken_rules: Path) -> None:
    _edit(broken_rules / "budget.yaml", "currencies: [PLN]", "currencies: [PLN, EUR]")
    with pytest.raises(BadInput, match=r"budget.yaml.*EUR is in more than one group"):
        budget_rules()
