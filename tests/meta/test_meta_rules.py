"""The Marketing API rule data: every block sourced and dated, values the builder relies on."""

from __future__ import annotations

from datetime import date

from adsage.meta.rules import meta_rules, minor_units
from adsage.rules.base import Sourced


def test_every_block_has_source_date_and_confidence() -> None:
    rules = meta_rules()
    blocks = [rules, rules.objects, rules.bids, rules.money, rules.geo, rules.retry, rules.insights]
    for block in blocks:
        assert isinstance(block, Sourced)
        assert block.source.strip() and isinstance(block.as_of, date)


def test_only_paused_and_outcome_objectives() -> None:
    o = meta_rules().objects
    assert o.status == "PAUSED"
    assert all(obj.startswith("OUTCOME_") for obj in o.objectives) and len(o.objectives) == 6


def test_budgets_in_minor_units() -> None:
    assert minor_units(1234.5, "PLN") == 123450
    assert minor_units(19.99, "usd") == 1999
    assert minor_units(5000, "JPY") == 5000  # no minor unit
