"""An offer that ends inside the flight, in the bulk sheet: two ad sets per line, one after
the other.

A bulk sheet has no end date per ad, only per ad set. So a line whose ads name an offer that
ends before the flight does becomes two ad sets: the first, with every draft, stops on the
offer's last day; the second runs from the next day to the flight's end with only the drafts
that leave the offer out. A daily budget stays the same in both (the days add up to the
flight), a lifetime budget is shared by days, so the sheet still spends the plan's figures.
When every draft names the offer, the second ad set keeps them and each of its ads is marked
for a rewrite by hand: the sheet never drops the flight's last days from the budget.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from adsage.checks.offer_end import names_offer
from adsage.export.frame import floor_cents
from adsage.i18n import t
from adsage.i18n.formatting import date as fmt_date

if TYPE_CHECKING:
    from collections.abc import Callable

    from adsage.export.frame import Frame
    from adsage.models.brief import Brief
    from adsage.models.plan import BudgetPlan, CampaignPlan, CopyDraft, OfferEnd


@dataclass(frozen=True)
class Period:
    """One ad set of a line: its frame (dates), the name part that tells it apart, the
    drafts it carries (indices into the plan's drafts), its budget, the working note its
    ads carry and the drafts in it that still name the offer (a by-hand rewrite)."""

    frame: Frame
    label: str
    drafts: tuple[int, ...]
    budget: float
    note: str = ""
    rewrite: frozenset[int] = frozenset()


def offer_end_of(plan: CampaignPlan) -> tuple[date, str] | None:
    found = plan.budget.offer_end
    return (date.fromisoformat(found.date), found.said) if found else None


def draft_names_offer(draft: CopyDraft, end: date, said: str) -> bool:
    texts = [draft.primary_text, draft.headline, draft.description]
    return names_offer([x for x in texts if x], end, said)


def offer_drafts(drafts: list[CopyDraft], end: date, said: str) -> list[bool]:
    """For each draft, whether its texts name the offer ending on ``end``."""
    return [draft_names_offer(d, end, said) for d in drafts]


def periods(
    plan: CampaignPlan,
    frame: Frame,
    budget: float,
    later: float,
    *,
    test: bool,
    name: Callable[[str, date], str],
) -> list[Period]:
    """The ad sets of one budget line. ``budget`` is the line's ad-set budget, ``later`` its
    daily budget after the A/B test ends (the main ad set gets the test's share back);
    ``name`` builds an ad set's name from its label and first day. A test line is never
    split: the plan keeps a test whose ads name the offer inside the offer's days."""
    everyone = tuple(range(len(plan.copy_drafts)))
    whole = [Period(frame, "", everyone, budget)]
    found = offer_end_of(plan)
    if found is None or test or frame.start is None or frame.end is None:
        return whole
    end, said = found
    if not frame.start <= end < frame.end:
        return whole
    named = offer_drafts(list(plan.copy_drafts), end, said)
    if not any(named):
        return whole
    lang = plan.lang
    after = end + timedelta(days=1)
    first = replace(frame, end=end)
    second = replace(frame, start=after)
    if frame.budget_type == "daily":
        money = (budget, later)
    else:
        share = floor_cents(budget * first.days / frame.days)
        money = (share, round(budget - share, 2))
    kept = tuple(i for i in everyone if not named[i])
    days = {"end": fmt_date(end, lang), "after": fmt_date(after, lang)}
    without = t("offer_end.sheet_without", lang)
    with_offer = t("offer_end.sheet_with", lang)
    return [
        Period(
            first,
            with_offer,
            everyone,
            money[0],
            t("offer_end.sheet_period_with", lang, next=name(without, after), **days),
        ),
        Period(
            second,
            without,
            kept or everyone,
            money[1],
            t("offer_end.sheet_period_without", lang, **days),
            frozenset() if kept else frozenset(everyone),
        ),
    ]


def rewrite_note(plan: CampaignPlan, period: Period) -> str:
    """The by-hand step of an ad that still names the offer in the ad set after it."""
    found = offer_end_of(plan)
    if found is None or period.frame.start is None:
        return ""
    lang = plan.lang
    return t(
        "offer_end.sheet_rewrite",
        lang,
        end=fmt_date(found[0], lang),
        after=fmt_date(period.frame.start, lang),
    )


def split_note(
    lang: str, budget: BudgetPlan, offer: OfferEnd, drafts: list[CopyDraft], lines: list[str]
) -> str:
    """The plan's one line on the split (budget notes), or "" when the sheet splits nothing:
    ``lines`` are the names of the lines the sheet splits (every line but the test)."""
    end, said = date.fromisoformat(offer.date), offer.said
    named = offer_drafts(drafts, end, said)
    if not lines or not any(named):
        return ""
    quoted = [f"„{n}”" if lang == "pl" else f"“{n}”" for n in lines]
    joiner = " i " if lang == "pl" else " and "
    names = joiner.join([", ".join(quoted[:-1]), quoted[-1]] if len(quoted) > 1 else quoted)
    which = t(f"offer_end.sheet_lines.{'many' if len(lines) > 1 else 'one'}", lang, names=names)
    kept = sum(1 for n in named if not n)
    return t(
        "offer_end.sheet_split" if kept else "offer_end.sheet_split.all_name_it",
        lang,
        lines=which,
        end=fmt_date(end, lang),
        after=fmt_date(end + timedelta(days=1), lang),
        last=fmt_date(date.fromisoformat(budget.end), lang),
        money=t(f"offer_end.sheet_split.{budget.type}", lang),
        kept=kept,
        total=len(drafts),
    )


def with_offer_end(
    brief: Brief, budget: BudgetPlan, drafts: list[CopyDraft], lang: str
) -> BudgetPlan:
    """The budget with the offer's end when it falls inside the flight, and the one note
    that says how the bulk sheet splits its ad sets there (only when a draft names it)."""
    from adsage.checks.offer_end import offer_end_in_flight
    from adsage.models.plan import OfferEnd

    found = offer_end_in_flight(brief)
    if found is None:
        return budget
    end = OfferEnd(date=found[0].isoformat(), said=found[1])
    lines = [ln.name for ln in budget.split if getattr(ln, "key", "") != "testing"]
    note = split_note(lang, budget, end, drafts, lines)
    notes = [*budget.schedule_notes, *([note] if note else [])]
    return budget.model_copy(update={"offer_end": end, "schedule_notes": notes})
