"""The Marketing API rule data (``knowledge/rules/meta_api.yaml``) as typed objects.

Enum values, retry codes and the insights column mapping change with API versions, so they
live in rule data with their source and date; the request builder, the client, the insights
reader and the test stand-in all read them from here.
"""

from __future__ import annotations

from typing import Literal

from adsage.rules.base import Sourced as _Sourced
from adsage.rules.loader import load_rules


class Objects(_Sourced):
    objectives: list[str]
    special_ad_categories: list[str]
    bid_strategies: list[str]
    billing_events: list[str]
    buying_type: str
    status: Literal["PAUSED"]  # adsage never sends any other status
    targeting_keys: list[str]
    genders: dict[str, int]
    placements: dict[str, dict[str, str]]
    custom_event: dict[str, str]


class Bids(_Sourced):
    cost_cap: list[str]
    roas_floor: list[str]
    roas_scale: int


class Money(_Sourced):
    zero_decimal: list[str]


class Geo(_Sourced):
    lookup: dict[str, str]
    distance_unit: str
    radius_km: dict[str, float]


class Retry(_Sourced):
    codes: list[int]
    attempts: int
    base_seconds: float
    pace_percent: float
    max_seconds: float


class Insights(_Sourced):
    fields: list[str]
    async_days: int
    poll_seconds: float
    max_wait_seconds: float
    page_limit: int
    counts: dict[str, list[str]]
    value: dict[str, list[str]]


class MetaApiRules(_Sourced):
    version: int
    objects: Objects
    bids: Bids
    money: Money
    geo: Geo
    retry: Retry
    insights: Insights


def meta_rules() -> MetaApiRules:
    return load_rules("meta_api.yaml", MetaApiRules)


def minor_units(amount: float, currency: str) -> int:
    """A budget in the account currency's minor unit, as the API takes it (12.34 PLN -> 1234)."""
    factor = 1 if currency.upper() in meta_rules().money.zero_decimal else 100
    return int(round(amount * factor))
