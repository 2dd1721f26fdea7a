"""Budget and schedule checks.

Meta's minimums follow what the ad set is charged for and are quoted in USD (the same
figure in EUR/GBP); other currencies are converted with the one dated rate table
(fx.yaml).  A conclusion is only as sure as the weakest fact behind it, so a PLN minimum
(rounded rate, currency group not confirmed) only warns.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from adsage.models.findings import Finding
from adsage.rules.base import Sourced, finding
from adsage.rules.campaign import BudgetRules, budget_rules
from adsage.rules.fx import fx_rates


class Budget(BaseModel):
    """An ad set's budget and schedule.  Amounts are in major units (12.50, not 1250)."""

    model_config = ConfigDict(extra="forbid")

    currency: str = "USD"
    daily_budget: float | None = Field(default=None, gt=0)
    lifetime_budget: float | None = Field(default=None, gt=0)
    optimization_goal: str = "LINK_CLICKS"
    billing_event: str | None = None
    start: date | None = None
    end: date | None = None
    dayparting: bool = False
    bid_cap: float | None = Field(default=None, gt=0)
    expected_cost_per_result: float | None = Field(default=None, gt=0)
    # the language findings are written in (a Polish plan reports in Polish)
    lang: Literal["en", "pl"] = "en"

    @field_validator("currency")
    @classmethod
    def _known_currency(cls, v: str) -> str:
        code = v.strip().upper()
        rules = budget_rules()
        known = {c for g in rules.currency_groups.values() for c in g.currencies}
        if code not in known:
            raise ValueError(f"unsupported currency; use one of {', '.join(sorted(known))}")
        return code

    @field_validator("optimization_goal")
    @classmethod
    def _known_goal(cls, v: str) -> str:
        goal = v.strip().upper()
        goals = budget_rules().minimums.goals
        if goal not in goals:
            raise ValueError(f"unknown optimization goal; use one of {', '.join(sorted(goals))}")
        return goal

    @field_validator("billing_event")
    @classmethod
    def _known_billing_event(cls, v: str | None) -> str | None:
        if v is None:
            return None
        event = v.strip().upper()
        events = budget_rules().minimums.billing_events
        if event not in events:
            raise ValueError(f"unknown billing event; use one of {', '.join(sorted(events))}")
        return event

    @model_validator(mode="after")
    def _has_budget(self) -> Budget:
        if self.daily_budget is None and self.lifetime_budget is None:
            raise ValueError("set daily_budget or lifetime_budget")
        return self


def check_budget(b: Budget) -> list[Finding]:
    rules = budget_rules()
    out: list[Finding] = []
    if b.daily_budget is not None and b.lifetime_budget is not None:
        out.append(
            Finding(
                rule="budget.type",
                severity="error",
                message=_t("budget.type", b),
                field="lifetime_budget",
                suggestion=_t("budget.type.fix", b),
            )
        )
    out += _schedule(b)
    days = _days(b)
    out += _minimum(rules, b, days)
    out += _maximum(rules, b)
    if b.dayparting and b.lifetime_budget is None:
        dp = rules.dayparting
        out.append(
            finding(
                "budget.dayparting_requires_lifetime",
                dp.severity,
                _t("budget.dayparting", b),
                dp,
                field="dayparting",
                suggestion=_t("budget.dayparting.fix", b),
            )
        )
    out += _bid_cap(rules, b, days)
    # the learning estimate counts both end dates (1-14 March is 14 days), as the plan's
    # results per week do, so the warning and the plan state the same figure
    out += _learning(rules, b, days + 1 if days else days)
    return out


def _t(key: str, b: Budget, **kw: object) -> str:
    from adsage.i18n import t

    return t(key, b.lang, **kw)


def _results(n: float, b: Budget) -> str:
    """ "24 results" / "24 wyniki": the count agrees with its noun in both languages."""
    from adsage.i18n import plural

    return plural("unit.result", n, b.lang)


def _num(value: float, b: Budget, decimals: int = 2) -> str:
    """English keeps the figures users copy into Ads Manager (1,234.50); Polish groups digits
    with a space and uses a decimal comma."""
    if b.lang == "pl":
        from adsage.i18n import number

        return number(value, "pl", decimals)
    return f"{value:,.{decimals}f}"


def _amt(value: float, b: Budget, currency: str | None = None, decimals: int = 2) -> str:
    """Polish amounts as the Polish plan writes them ("428,57 zł"), English ones as figures
    to copy into Ads Manager ("428.57 PLN")."""
    if b.lang == "pl":
        from babel.numbers import get_currency_symbol

        symbol = get_currency_symbol(currency or b.currency, locale="pl_PL")
        return f"{_num(value, b, decimals)}\u00a0{symbol}"
    return f"{_num(value, b, decimals)} {currency or b.currency}"


def _days(b: Budget) -> int | None:
    if b.start and b.end and b.end > b.start:
        return (b.end - b.start).days
    return None


def _schedule(b: Budget) -> list[Finding]:
    out: list[Finding] = []
    if b.start and b.end and b.end <= b.start:
        out.append(
            Finding(
                rule="schedule.dates",
                severity="error",
                message=_t("budget.dates_order", b, end=b.end, start=b.start),
                field="end",
                suggestion=_t("budget.dates_order.fix", b),
            )
        )
    if b.lifetime_budget is not None and b.end is None:
        out.append(
            Finding(
                rule="schedule.dates",
                severity="error",
                message=_t("budget.lifetime_end", b),
                field="end",
                suggestion=_t("budget.lifetime_end.fix", b),
            )
        )
    return out


def _minimum_daily(rules: BudgetRules, b: Budget) -> tuple[float, list[Sourced]] | None:
    """The daily minimum in the budget's currency and the facts it rests on; ``None`` when
    the currency has no rate to convert with."""
    mins = rules.minimums
    if b.billing_event is not None:
        tier = mins.tiers[mins.billing_events[b.billing_event]]
    else:
        tier = mins.tiers[mins.goals[b.optimization_goal]]
    group = rules.group_of(b.currency)
    if group is None:
        return None
    if group.basis == "local_figure":
        return tier.usd, [mins, group]
    fx = fx_rates()
    local = fx.from_usd(tier.other_currency_usd, b.currency)
    return None if local is None else (local, [mins, group, fx])


def _minimum(rules: BudgetRules, b: Budget, days: int | None) -> list[Finding]:
    found = _minimum_daily(rules, b)
    if found is None:
        return []
    minimum, facts = found
    out: list[Finding] = []
    mins = rules.minimums
    if b.daily_budget is not None and b.daily_budget < minimum:
        out.append(
            finding(
                "budget.daily_minimum",
                mins.severity,
                _t(
                    "budget.daily_minimum",
                    b,
                    amount=_amt(b.daily_budget, b),
                    minimum=_amt(minimum, b),
                    charged=_charged_for(b),
                ),
                *facts,
                field="daily_budget",
                suggestion=_t(
                    "budget.daily_minimum.fix", b, minimum=_amt(math.ceil(minimum * 100) / 100, b)
                ),
            )
        )
    if b.lifetime_budget is not None and days:
        cover = rules.lifetime_cover
        needed = minimum * days
        if b.lifetime_budget < needed:
            out.append(
                finding(
                    "budget.lifetime_covers_days",
                    cover.severity,
                    _t(
                        "budget.lifetime_covers",
                        b,
                        amount=_amt(b.lifetime_budget, b),
                        days=days,
                        needed=_amt(needed, b),
                    ),
                    cover,
                    *facts,
                    field="lifetime_budget",
                    suggestion=_t("budget.lifetime_covers.fix", b),
                )
            )
    return out


def _charged_for(b: Budget) -> str:
    if b.billing_event is not None:
        return _t("budget.charged_per", b, goal=b.optimization_goal, event=b.billing_event)
    return b.optimization_goal


def _maximum(rules: BudgetRules, b: Budget) -> list[Finding]:
    cap = rules.maximum
    fx = fx_rates()
    limit = fx.from_usd(cap.usd, b.currency)
    if limit is None:
        return []
    # Converting the cap leans on a rounded rate; in USD it rests on the cap alone.
    facts: list[Sourced] = [cap] if b.currency == "USD" else [cap, fx]
    out: list[Finding] = []
    for name in ("daily_budget", "lifetime_budget"):
        amount = getattr(b, name)
        if amount is not None and amount > limit:
            out.append(
                finding(
                    "budget.maximum",
                    cap.severity,
                    _t("budget.maximum", b, amount=_amt(amount, b), cap=_amt(cap.usd, b, "USD", 0))
                    if b.currency == "USD"
                    else _t(
                        "budget.maximum_converted",
                        b,
                        amount=_amt(amount, b),
                        cap=_amt(cap.usd, b, "USD", 0),
                        local=_amt(limit, b, decimals=0),
                    ),
                    *facts,
                    field=name,
                    suggestion=_t("budget.maximum.fix", b),
                )
            )
    return out


def _daily_equivalent(b: Budget, days: int | None) -> float | None:
    if b.daily_budget is not None:
        return b.daily_budget
    if b.lifetime_budget is not None and days:
        return b.lifetime_budget / days
    return None


def _bid_cap(rules: BudgetRules, b: Budget, days: int | None) -> list[Finding]:
    daily = _daily_equivalent(b, days)
    rule = rules.bid_cap
    if b.bid_cap is None or daily is None or daily >= rule.multiple * b.bid_cap:
        return []
    return [
        finding(
            "budget.bid_cap",
            rule.severity,
            _t(
                "budget.bid_cap",
                b,
                daily=_amt(daily, b),
                multiple=f"{rule.multiple:g}",
                cap=_num(b.bid_cap, b),
            ),
            rule,
            field="bid_cap",
            suggestion=_t("budget.bid_cap.fix", b, amount=_amt(rule.multiple * b.bid_cap, b)),
        )
    ]


def _learning(rules: BudgetRules, b: Budget, days: int | None) -> list[Finding]:
    from adsage.planning.rounding import round_count

    lp = rules.learning_phase
    daily = _daily_equivalent(b, days)
    if daily is None:
        return []
    if b.expected_cost_per_result is None:
        return [
            finding(
                "budget.learning_phase",
                "info",
                _t("budget.learning_unknown", b),
                lp,
                field="expected_cost_per_result",
                suggestion=_t("budget.learning_unknown.fix", b),
            )
        ]
    window = min(lp.days, days) if days else lp.days
    events = daily * window / b.expected_cost_per_result
    if events >= lp.events:
        return []
    needed = lp.events * b.expected_cost_per_result / window
    return [
        finding(
            "budget.learning_phase",
            lp.severity,
            _t(
                "budget.learning_low",
                b,
                # rounded as the plan rounds its weekly figures (4.2, not 4)
                events=_results(round_count(events), b),
                window=window,
                needed=lp.events,
                days=lp.days,
            ),
            lp,
            field="daily_budget" if b.daily_budget is not None else "lifetime_budget",
            suggestion=_t("budget.learning_low.fix", b, amount=_amt(needed, b)),
        )
    ]
