"""Check measured results against the campaign goal, read with the SMART goal parser.

Count and money goals ("200 purchases", "revenue 10,000 PLN") are about the campaign, so they
are checked on the totals; rate and cost goals ("CTR above 1.5%", "CPA below 40 PLN") hold for
the campaign and are also shown per ad, since one weak ad can hide behind a strong one.
Anything the export cannot answer is reported as unchecked with the reason, never guessed.
"""

from __future__ import annotations

from typing import Any

from adsage.analysis.texts import Lang, fmt_metric, num, t

# goal metric (from the goal lexicon) -> (analysis field, kind)
GOAL_FIELDS: dict[str, tuple[str, str]] = {
    "purchases": ("conversions", "count"),
    "leads": ("conversions", "count"),
    "signups": ("conversions", "count"),
    "signatures": ("conversions", "count"),
    "calls": ("conversions", "count"),
    "installs": ("conversions", "count"),
    "revenue": ("value", "money"),
    "clicks": ("clicks", "count"),
    "traffic": ("clicks", "count"),
    "reach": ("reach", "count"),
    "impressions": ("impressions", "count"),
    "ctr": ("ctr", "rate"),
    "conversion_rate": ("cvr", "rate"),
    "cpc": ("cpc", "cost"),
    "cpm": ("cpm", "cost"),
    "cpa": ("cpa", "cost"),
    "cpl": ("cpa", "cost"),
    "cpi": ("cpa", "cost"),
    "roas": ("roas", "ratio"),
}


def _fmt(field: str, kind: str, value: float, lang: Lang, currency: str | None) -> str:
    if kind == "rate":
        return fmt_metric("ctr", value, lang, None)
    if kind == "ratio":
        return fmt_metric("roas", value, lang, None)
    if kind in ("money", "cost"):
        return fmt_metric("cpa", value, lang, currency)
    return num(value, lang, 0)


def check_results(
    goal: str,
    totals: dict[str, Any],
    ads: list[dict[str, Any]],
    *,
    lang: Lang,
    currency: str | None,
) -> dict[str, Any]:
    """``met`` is True/False when the export answers the goal, None (with ``reason``) if not."""
    from adsage.checks.goal import parse_goal

    parsed = parse_goal(goal, lang=lang)
    out: dict[str, Any] = {
        "text": goal,
        "metric": parsed.metric,
        "target": parsed.target,
        "direction": parsed.direction,
        "field": None,
        "actual": None,
        "met": None,
        "per_ad": [],
        "reason": None,
    }
    spec = GOAL_FIELDS.get(parsed.metric or "")
    if spec is None or parsed.target is None or totals.get(spec[0]) is None:
        out["reason"] = t("goal.unchecked", lang, why=t("goal.why.metric", lang))
        return out
    field, kind = spec
    if parsed.target_kind in ("percent", "multiplier"):  # "by 20%" needs a baseline
        out["reason"] = t("goal.unchecked", lang, why=t("goal.why.relative", lang))
        return out
    goal_cur = parsed.currency or parsed.budget_currency
    if kind in ("money", "cost") and goal_cur and currency and goal_cur != currency:
        why = t("goal.why.currency", lang, a=goal_cur, b=currency)
        out["reason"] = t("goal.unchecked", lang, why=why)
        return out
    target = parsed.target / 100 if kind == "rate" else parsed.target
    lower_is_better = kind == "cost" or parsed.direction == "decrease"

    def met(value: float | None) -> bool | None:
        if value is None:
            return None
        return value <= target if lower_is_better else value >= target

    actual = totals[field]
    out.update(field=field, target=target, actual=actual, met=met(actual))
    if kind in ("rate", "cost", "ratio"):
        out["per_ad"] = [{"name": a["name"], "value": a[field], "met": met(a[field])} for a in ads]
    shown = {
        "actual": _fmt(field, kind, actual, lang, currency),
        "target": ("≤ " if lower_is_better else "≥ ") + _fmt(field, kind, target, lang, currency),
    }
    out["summary"] = t("goal.met" if out["met"] else "goal.missed", lang, **shown)
    out["shown"] = shown
    return out
