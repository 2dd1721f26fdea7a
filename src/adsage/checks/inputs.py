"""One mapping from a brief (validated or still being written) to every checker's input.

Plan, variants, chat, Slack and ``adsage check plan`` all check the same things, so they must
feed the checkers the same facts: the goal is checked against the campaign's *total* budget
(a daily budget times the campaign's days; unknown when the days are unknown, never the daily
amount passed off as a total) and against the campaign window, measured from its start; copy
is checked on *every* placement the campaign runs on, not only the first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from adsage.lang.dates import today as calendar_today

if TYPE_CHECKING:
    from adsage.checks.copy import AdCopy
    from adsage.models.brief import Brief
    from adsage.models.findings import Finding

COPY_FIELDS = ("primary_text", "headline", "description", "cta", "link")
DEFAULT_PLACEMENTS = ("feed",)


def _iso(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def brief_dict(brief: Brief | Mapping[str, Any] | None) -> dict[str, Any]:
    if brief is None:
        return {}
    if isinstance(brief, Mapping):
        return dict(brief)
    return brief.model_dump(mode="json", exclude_none=True)


def total_budget(brief: Brief | Mapping[str, Any] | None) -> float | None:
    """The whole campaign's budget: lifetime as given, daily times the days; None if unknown."""
    data = brief_dict(brief)
    budget = data.get("budget") or {}
    amount = budget.get("amount")
    if not amount:
        return None
    if budget.get("type", "lifetime") != "daily":  # the Brief model defaults to lifetime
        return float(amount)
    sched = data.get("schedule") or {}
    start, end = _iso(sched.get("start")), _iso(sched.get("end"))
    if start is None or end is None or end < start:
        return None
    return float(amount) * ((end - start).days + 1)


def goal_inputs(brief: Brief | Mapping[str, Any] | None) -> dict[str, Any]:
    """Keyword arguments for :func:`adsage.checks.goal.check_goal` taken from a brief.

    The campaign window only counts when both ends are known; deadlines are measured from the
    campaign start, as the plan does.
    """
    data = brief_dict(brief)
    budget = total_budget(data)
    sched = data.get("schedule") or {}
    start, end = _iso(sched.get("start")), _iso(sched.get("end"))
    window = start is not None and end is not None
    out: dict[str, Any] = {
        "objective": data.get("objective"),
        "budget": budget,
        "currency": (data.get("budget") or {}).get("currency") if budget else None,
        "start": start if window else None,
        "end": end if window else None,
    }
    if start is not None and end is not None:
        # dates resolve from the start, but a schedule already over must fail time-bound
        out["today"] = max(start, calendar_today())
    if data.get("language") in ("en", "pl"):
        out["lang"] = data["language"]
    countries = (data.get("audience") or {}).get("locations") or []
    if countries:
        # priced where the ads run, as the plan is: a GB brief with a EUR budget reads the
        # UK table (converted), never the EU one its currency would point to
        from adsage.rules.objectives import load_benchmarks

        out["market"] = load_benchmarks().market_for([str(c) for c in countries])
    category = brief_category(brief)
    if category:
        out["category"] = category
    price = _one_price(brief)
    if price is not None:
        out["price"] = price
    return out


def _one_price(brief: Brief | Mapping[str, Any] | None) -> float | None:
    """The one price a brief for one product sells at, in its budget's currency (None for a
    catalogue, several products, no single price or another currency): the goal check reads
    a count with a minimum ROAS against it."""
    from adsage.models.brief import Brief
    from adsage.planning.single_price import sold_price

    if not isinstance(brief, Brief) or brief.catalog or brief.product_count != 1:
        return None
    price = sold_price([brief.product, brief.offer, *brief.benefits])
    if price is None or price.currency != brief.budget.currency.upper():
        return None
    return price.amount


def brief_category(brief: Brief | Mapping[str, Any] | None) -> str | None:
    """The business category whose nouns the goal check uses (a hotel counts bookings);
    None for a brief still being written, which the category match cannot read yet."""
    from adsage.models.brief import Brief

    if not isinstance(brief, Brief):
        return None
    from adsage.drafting.offline.categories import category_for
    from adsage.planning.numbers import choose_objective

    return category_for(brief, choose_objective(brief)[0]).id


def goal_lang(goal: str, conversation_lang: str | None) -> str:
    """A goal is judged in the language it is written in; the conversation's breaks a tie."""
    from adsage.lang.detect import detect_lang

    return detect_lang(goal, default="pl" if conversation_lang == "pl" else "en")


def placements_of(brief: Brief | Mapping[str, Any] | None) -> tuple[str, ...]:
    data = brief_dict(brief)
    return tuple(dict.fromkeys(data.get("placements") or DEFAULT_PLACEMENTS))


def copy_inputs(
    fields: Mapping[str, Any],
    *,
    placements: Iterable[str],
    lang: str | None,
    link: str | None = None,
    facts: list[str] | None = None,
    deadlines: list[str] | None = None,
) -> list[AdCopy]:
    """One :class:`AdCopy` per placement (duplicates dropped); ``link`` fills a missing link;
    ``facts`` (the brief's own words) turn on the unsupported-claim check."""
    from adsage.checks.copy import AdCopy

    values = {k: fields.get(k) or None for k in COPY_FIELDS}
    values["link"] = values["link"] or link
    code = lang if lang in ("en", "pl") else None
    return [
        AdCopy(**values, placement=p, lang=code, facts=facts, deadlines=deadlines)  # type: ignore[arg-type]
        for p in dict.fromkeys(placements)
    ]


def copy_findings(
    fields: Mapping[str, Any],
    *,
    placements: Iterable[str],
    lang: str | None,
    link: str | None = None,
    facts: list[str] | None = None,
    deadlines: list[str] | None = None,
) -> list[Finding]:
    """Copy and policy findings on every placement, each distinct finding once."""
    from adsage.checks.copy import check_copy

    out: list[Finding] = []
    seen: set[tuple[str, str | None, str]] = set()
    for copy in copy_inputs(
        fields, placements=placements, lang=lang, link=link, facts=facts, deadlines=deadlines
    ):
        for f in check_copy(copy):
            key = (f.rule, f.field, f.message)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def brief_copy_findings(
    fields: Mapping[str, Any], brief: Brief | Mapping[str, Any] | None
) -> list[Finding]:
    """:func:`copy_findings` on the brief's placements, language and landing page; a
    validated brief also supplies the facts the copy may claim."""
    from adsage.models.brief import Brief

    data = brief_dict(brief)
    facts = deadlines = None
    if isinstance(brief, Brief):
        from adsage.checks.claims import brief_facts
        from adsage.checks.deadlines import deadline_sources

        facts = brief_facts(brief)
        deadlines = deadline_sources(brief)
    from adsage.checks.credit import check_credit_terms, check_income_claims
    from adsage.checks.restricted import rx_findings

    texts = {f: fields.get(f) for f in ("primary_text", "headline", "description")}
    category = data.get("special_ad_category")
    return (
        copy_findings(
            fields,
            placements=placements_of(data),
            lang=data.get("language"),
            link=data.get("landing_url"),
            facts=facts,
            deadlines=deadlines,
        )
        + check_credit_terms(texts, category, data.get("language"))
        + check_income_claims(texts, category, data.get("language"))
        + rx_findings(texts, data.get("language") or "en")
    )
