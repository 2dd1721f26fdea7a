"""A SMART goal sentence from the brief, checked by the same goal checker the plan uses.

The checker's own suggestion wins when there is one: it already weighs budget and benchmarks.
Otherwise the sentence keeps the user's number and uses the campaign end as the deadline;
it is returned only if the checker agrees it is specific, measurable and time-bound, because
a rewrite that fails the check would be worse than none.
"""

from __future__ import annotations

from adsage.checks.goal import CriterionName, check_goal, parse_goal
from adsage.checks.goal.lexicon import load_lexicon
from adsage.checks.goal.wording import Lang, fmt_date, fmt_money, fmt_num, msg
from adsage.drafting.base import DraftContext
from adsage.errors import BadInput
from adsage.rules.objectives import load_objectives

_REQUIRED: tuple[CriterionName, ...] = ("specific", "measurable", "time_bound")


def rewrite_goal(ctx: DraftContext, suggestion: str | None) -> str | None:
    if suggestion:
        return suggestion
    brief = ctx.brief
    lang: Lang = "pl" if ctx.lang == "pl" else "en"
    start, end = brief.schedule.start, brief.schedule.end
    parsed = parse_goal(brief.goal, today=start, lang=lang)
    objective = load_objectives().objectives.get(ctx.objective)
    metric = parsed.metric
    if objective is not None and (metric is None or not objective.serves(metric)):
        metric = objective.default_metric
    # The client's number stays: a count whose noun the lexicon does not know ("60 tastings")
    # is a count of the objective's result, never a figure to resize from the budget.
    same = metric == parsed.metric or parsed.metric is None
    target = parsed.target if same and parsed.target_kind == "absolute" else None
    candidate: str | None = None
    if metric is not None and target is not None and target > 0:
        head = _head(metric, target, lang, brief.budget.currency)
        candidate = f"{head} {msg('deadline.prefix', lang)} {fmt_date(end, lang)}."
    total = brief.budget.amount * (brief.days if brief.budget.type == "daily" else 1)
    try:
        if candidate is None:
            # No number to keep: the checker's rewrite sizes the target from the budget.
            candidate = check_goal(
                brief.goal,
                objective=ctx.objective,
                budget=total,
                currency=brief.budget.currency,
                start=start,
                end=end,
                today=start,
                lang=lang,
            ).rewrite
        if candidate is None:
            return None
        report = check_goal(
            candidate,
            objective=ctx.objective,
            budget=total,
            currency=brief.budget.currency,
            start=start,
            end=end,
            today=start,
            lang=lang,
        )
    except BadInput:
        return None
    passed = all(report.criteria[name].passed for name in _REQUIRED)
    return candidate if passed else None


def _head(metric: str, target: float, lang: Lang, currency: str) -> str:
    entry = load_lexicon().entry(metric)
    kind = entry.kind
    if kind in ("money", "cost"):
        n = fmt_money(target, currency, lang)
    elif kind == "rate":
        n = f"{fmt_num(target, lang)}%"
    else:
        n = fmt_num(target, lang)
    if lang != "pl":
        return entry.phrase["en"].format(n=n)
    whole = int(target) if target == int(target) else -1
    few = kind == "count" and whole % 10 in (2, 3, 4) and whole % 100 not in (12, 13, 14)
    return entry.phrase["pl_few" if few else "pl_many"].format(n=n)
