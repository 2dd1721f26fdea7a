"""The single exchange-rate table (knowledge/rules/fx.yaml).

Several features turn USD-quoted figures (budget minimums, the spend cap, US benchmarks)
into local currency.  Two tables drifted apart once and gave two answers for the same
figure; every conversion now reads this one, and carries its date and confidence.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from adsage.rules.base import Sourced
from adsage.rules.loader import load_rules


class FxRates(Sourced):
    """Units of each currency per 1 USD, with one source, date and confidence."""

    base: Literal["USD"]
    per_usd: dict[str, float] = Field(min_length=1)

    @model_validator(mode="after")
    def _usd_is_one_and_rates_positive(self) -> FxRates:
        if self.per_usd.get("USD") != 1.0:
            raise ValueError("per_usd needs USD: 1.0")
        bad = [code for code, rate in self.per_usd.items() if rate <= 0 or code != code.upper()]
        if bad:
            raise ValueError(f"rate for {bad[0]!r} must be positive under an upper-case code")
        return self

    def rate(self, currency: str) -> float | None:
        """Units of ``currency`` per USD, or ``None`` for a currency the table lacks."""
        return self.per_usd.get(currency.strip().upper())

    def from_usd(self, amount: float, currency: str) -> float | None:
        rate = self.rate(currency)
        return None if rate is None else amount * rate


def fx_rates() -> FxRates:
    return load_rules("fx.yaml", FxRates)
