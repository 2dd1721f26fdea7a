"""SMART judgements for goals whose result Ads Manager does not count itself.

Three kinds, each told plainly instead of being read as something else:

* a step after the lead (booked calls, course enrolments; ``after_lead`` in the goal
  lexicon): named as the client names it, measured in the client's records after the lead,
  and judged on the leads the budget buys and the share of them the goal needs;
* money the ad account never sees (money raised, a tax allocation; ``untracked_money``):
  said to be unmeasurable in Ads Manager, with why and the countable step to measure instead;
* a count of a noun the lexicon cannot map ("200 test rides"): named, and the user asked
  which result it is, instead of a number that "counts nothing".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from adsage.checks.goal.assess import GoalContext, Issue, Outcome, target_text
from adsage.checks.goal.costs import affordable_count, cost_range, prov
from adsage.checks.goal.lexicon import AfterLeadStep, Lexicon, MoneyChannel
from adsage.checks.goal.parse import ParsedGoal
from adsage.checks.goal.wording import fmt_money, fmt_num, msg

if TYPE_CHECKING:
    from adsage.rules.objectives import BenchmarksData

LEAD_METRICS = ("leads", "calls")


def after_lead_step(p: ParsedGoal, lex: Lexicon, text: str) -> AfterLeadStep | None:
    """The step after the lead a lead goal counts, if its words name one."""
    if p.metric not in LEAD_METRICS:
        return None
    found = lex.step_in(text, p.lang)
    return found[1] if found else None


def step_specific(p: ParsedGoal, lex: Lexicon, step: AfterLeadStep, base: Outcome) -> Outcome:
    """Specific with the client's own step named ("umówione rozmowy"), not "leads"."""
    if not base.passed or p.target is None:
        return base
    name = step.name[p.lang]
    return Outcome(True, msg("spec.after_lead", p.lang, step=name, target=target_text(p, lex)))


def step_measurable(p: ParsedGoal, lex: Lexicon, step: AfterLeadStep, base: Outcome) -> Outcome:
    """Measurable after the lead: the client counts the step, Ads Manager the leads."""
    if not base.passed or p.target is None:
        return base
    name = step.name[p.lang]
    return Outcome(True, msg("meas.after_lead", p.lang, step=name, target=target_text(p, lex)))


def step_relevant(p: ParsedGoal, ctx: GoalContext, step: AfterLeadStep, base: Outcome) -> Outcome:
    """A leads objective serves the lead before the step; other verdicts stand as judged."""
    if not (base.passed and base.checked) or ctx.objective is None:
        return base
    reason = msg("rel.after_lead", p.lang, step=step.name[p.lang], objective=ctx.objective)
    return replace(base, reason=reason)


def step_size(
    p: ParsedGoal, ctx: GoalContext, lex: Lexicon, bench: BenchmarksData, step: AfterLeadStep
) -> Outcome | None:
    """The leads the budget buys at the market's typical cost per lead and the share of them
    the goal's count needs: a rate only the client knows, so it is never judged a pass; a
    count above all the leads fails even at every lead converting. None where the budget,
    currency or benchmark is missing (the lead check then says what it needs)."""
    from adsage.i18n import percent

    lang, currency = p.lang, ctx.currency
    if p.target is None or p.target_kind != "absolute" or ctx.budget is None or not currency:
        return None
    rng = cost_range(bench, "leads", currency, ctx.market, ctx.objective)
    if rng is None or rng.per != 1:
        return None
    leads = affordable_count(ctx.budget, rng.per, rng.typical)
    kw = {
        "budget": fmt_money(ctx.budget, currency, lang),
        "leads": fmt_num(leads, lang),
        "typical": fmt_money(round(rng.typical, 2), currency, lang),
        "target": target_text(p, lex),
        "step": step.name[lang],
        **prov(rng.figure_low, lang),
    }
    if p.target > leads:
        text = msg("ach.after_lead_short", lang, **kw)
        needed = fmt_money(round(p.target * rng.typical), currency, lang)
        hint = msg("suggest.ambitious", lang, expected=fmt_num(leads, lang), needed=needed)
        return Outcome(False, text, issues=[Issue("warning", text, "budget", "budget", hint)])
    text = msg("ach.after_lead", lang, rate=percent(p.target / leads, lang), **kw)
    return Outcome(True, text, checked=False)


def money_channel(p: ParsedGoal, lex: Lexicon, folded: str) -> MoneyChannel | None:
    """How a money goal's amount reaches the client when Ads Manager cannot see it: any
    money target that names no result, or revenue through a channel named in the lexicon
    (a tax allocation); None for a result Ads Manager counts."""
    if p.target is None or p.target_kind != "absolute" or not p.currency:
        return None
    if p.metric is None:
        return lex.money_channel(folded)
    if p.metric == "revenue":
        channel = lex.money_channel(folded)
        um = lex.data.untracked_money
        return channel if um is not None and channel is not um.default else None
    return None


def money_outcomes(p: ParsedGoal, lex: Lexicon, channel: MoneyChannel) -> tuple[Outcome, Outcome]:
    """Specific and measurable for money the ad account never sees: both fail, with why and
    the countable step (``proxy``) to measure in its place."""
    lang = p.lang
    amount = fmt_money(p.target or 0, p.currency, lang)
    why = msg(f"money.why.{channel.why}", lang)
    spec = msg("spec.money", lang, target=amount, why=why)
    proxy = lex.entry(channel.proxy).name[lang]
    meas = msg(f"meas.money.{channel.why}", lang, proxy=proxy)
    return (
        Outcome(False, spec, issues=[Issue("error", spec, "goal")]),
        Outcome(False, meas, issues=[Issue("error", meas, "goal")]),
    )


def unmapped_outcomes(p: ParsedGoal, lex: Lexicon) -> tuple[Outcome, Outcome] | None:
    """Specific and measurable for a count of a noun the lexicon cannot map: the noun is
    named and the user asked which result it is. None when no such noun was read."""
    if p.metric is not None or p.count_text is None or p.vague_terms or p.target is None:
        return None
    lang, kw = p.lang, {"noun": p.count_text, "target": target_text(p, lex)}
    spec, meas = msg("spec.unmapped", lang, **kw), msg("meas.unmapped", lang, **kw)
    return (
        Outcome(False, spec, issues=[Issue("error", spec, "goal")]),
        Outcome(False, meas, issues=[Issue("error", meas, "goal")]),
    )
