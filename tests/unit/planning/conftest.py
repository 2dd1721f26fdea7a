"""A six-country e-bike pre-order brief, the shape the strategy tests vary one field at a time."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from adsage.models.brief import load_brief_data


@pytest.fixture
def ebike() -> Callable[..., Any]:
    """Brief factory: keyword arguments replace fields; ``audience`` adds to the audience."""

    def make(**over: Any) -> Any:
        data: dict[str, Any] = {
            "brand": "VeloVolt",
            "product": "Foldable e-bike",
            "landing_url": "https://velovolt.example/fold2",
            "goal": "Collect 1500 preorders by 30 April 2027",
            "objective": "OUTCOME_SALES",
            "budget": {"amount": 45000, "currency": "EUR", "type": "lifetime"},
            "schedule": {"start": "2027-03-15", "end": "2027-04-30"},
            "audience": {"locations": ["NL", "BE", "IE", "DE", "FR", "ES"]},
        }
        audience = over.pop("audience", {})
        data.update(over)
        data["audience"] = {**data["audience"], **audience}
        return load_brief_data(data, "brief")

    return make
