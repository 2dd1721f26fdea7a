"""A campaign plan as an Ads Manager bulk sheet: one campaign, an ad set per budget line.

Each line of the plan's budget split becomes a paused ad set with that line's money (per day
for a daily budget), so the sheet and the plan show the same figures. The prospecting and
retargeting ad sets carry every copy draft; the test line carries the plan's A/B test as a
real one-variable test: the first draft as control, and variants that take only the tested
element from the next drafts. Audiences a sheet cannot name (site visitors, customer lists)
are left to the buyer, with the line's purpose in the working notes.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from adsage.export import frame as cells
from adsage.export import names
from adsage.export.by_hand import SheetRefused, ad_set_notes, launch_notes, roas_floor
from adsage.export.frame import Audience, Frame, floor_cents
from adsage.export.lines import ADVANTAGE_LINES, STORE_LINES
from adsage.export.offer_split import Period, periods, rewrite_note
from adsage.export.places import where
from adsage.export.rows import Sheet, ordered
from adsage.export.spec import ExportRules, SheetOptions, columns, export_rules, url_tags
from adsage.i18n import t
from adsage.planning.pace import TEST, Pace, daily_pace

if TYPE_CHECKING:
    from adsage.models.plan import BudgetLine, CampaignPlan, CopyDraft, OfferEnd

COPY_ELEMENTS = ("primary_text", "headline", "description", "cta")


__all__ = ["SheetRefused", "plan_sheet"]


def plan_sheet(plan: CampaignPlan, options: SheetOptions | None = None) -> Sheet:
    launch, stopped = launch_notes(plan.launch.findings, plan.lang)
    if plan.thin_brief:  # a plan to answer questions first, not to import as it stands
        note = t("sheet.not_ready", plan.lang, reason=t("sheet.thin", plan.lang))
        launch.insert(len(stopped), note)  # after a policy stop, before the set-up notes
        stopped.append(t("sheet.not_ready", plan.lang, reason="brief.thin"))
    marks = (launch, stopped)  # what every row's by-hand notes and checks start with
    rules = export_rules()
    opts = options or SheetOptions()
    frame = plan_frame(plan, opts)
    day = names.day(frame.start) if frame.start else ""
    label = _objective_label(plan.objective.objective, plan.lang)
    camp = opts.campaign or names.join(rules, frame.brand, frame.product, label, day)
    sheet = Sheet()
    split = list(plan.budget.split)
    test_line = _test_line(split)
    pace = _pace(plan, split)
    for line in split:
        own = _own_campaign(line, test_line, split)
        line_camp = camp
        if own:
            line_camp = (
                names.join(rules, camp, line.name)
                if opts.campaign
                else names.join(rules, frame.brand, frame.product, label, line.name, day)
            )
        line_frame = line_frame_of(frame, line, plan.ab_test.duration_days, plan.ab_test.metric)
        key = _key(line, test_line)
        budget = _line_budget(line, line_frame, pace, key)

        def set_name(part: str, first: date, line: BudgetLine = line) -> str:
            return names.join(rules, frame.brand, frame.product, line.name, part, names.day(first))

        runs = periods(
            plan,
            line_frame,
            budget,
            _later_budget(pace, key, budget, frame, plan.budget.offer_end),
            test=line is test_line,
            name=set_name,
        )
        for run in runs:
            _line_rows(sheet, plan, opts, line, line_camp, own, run, test_line, pace, marks)
    return sheet


def _line_rows(
    sheet: Sheet,
    plan: CampaignPlan,
    opts: SheetOptions,
    line: BudgetLine,
    line_camp: str,
    own: bool,
    run: Period,
    test_line: BudgetLine | None,
    pace: Pace | None,
    marks: tuple[list[str], list[str]] = ([], []),
) -> None:
    """The rows of one ad set of ``line`` (``run``: the whole line, or one side of the
    offer's end) and their working notes; ``marks``: what the brief's "before launch"
    findings add to every row's by-hand notes and checks."""
    launch, stopped = marks
    rules = export_rules()
    split = list(plan.budget.split)
    frame = run.frame
    day = names.day(frame.start) if frame.start else ""
    ad_set = names.join(rules, frame.brand, frame.product, line.name, run.label, day)
    by_hand = ad_set_notes(plan, line, ad_set, frame, line is test_line, rules)
    key = _key(line, test_line)
    audiences = _audiences(plan, line, split)
    place_notes = list(
        where(plan.targeting.places, tuple(plan.targeting.countries), plan.lang).notes
    )
    target_notes = _targeting_notes(plan)
    if line is test_line:
        ads = _test_ads(plan, rules)
    else:
        drafts = list(plan.copy_drafts)
        ads = [
            (
                names.join(
                    rules, frame.brand, frame.product, line.name, f"{i + 1}. {d.framework}", day
                ),
                d,
                "",
                "",
            )
            for i, d in enumerate(drafts)
            if i in run.drafts
        ]
    rewrite = {id(plan.copy_drafts[i]) for i in run.rewrite}
    for i, (ad_name, draft, variable, letter) in enumerate(ads):
        if line is test_line:
            ad_name = names.join(rules, frame.brand, frame.product, ad_name, day)
        row = {
            **cells.campaign_cells(frame, line_camp, rules),
            **cells.ad_set_cells(frame, ad_set, run.budget, rules),
            **audiences,
            **cells.ad_cells(
                ad_name, draft, cells.media_for(opts.images, opts.videos, i), frame, draft.link
            ),
        }
        sheet.rows.append(ordered(row, columns()))
        hand = [*by_hand, *([rewrite_note(plan, run)] if id(draft) in rewrite else [])]
        notes = {
            "Campaign Name": line_camp,
            "Ad Set Name": ad_set,
            "Ad Name": ad_name,
            "Test Variable": variable,
            "Variant": letter,
            "Test Angle": f"{draft.framework} · {draft.persona}",
            "Budget Line": f"{line.name}: {line.purpose}" + (f". {run.note}" if run.note else ""),
            "Interests": ", ".join(plan.targeting.interests),
            "Brief Audiences": ", ".join(plan.targeting.custom_audiences),
            "Audience Notes": " ".join(
                [
                    *_audience_to_attach(plan, line, split),
                    *(
                        [t("sheet.test_own_campaign", plan.lang)]
                        if own and line is test_line
                        else []
                    ),
                    *_pace_note(plan, key, pace, frame, split=bool(run.label)),
                    *place_notes,
                    *target_notes,
                ]
            ),
            "Set Up By Hand": " ".join([*launch, *hand]),
            "Checks": " ".join([*stopped, _badge(draft)]),
        }
        sheet.notes.append(ordered(notes, rules.working))


def plan_frame(plan: CampaignPlan, opts: SheetOptions) -> Frame:
    t, b = plan.targeting, plan.budget
    regions, cities = cells.locations(t)
    places = where(t.places, tuple(t.countries), plan.lang)
    flag = getattr(t, "advantage_audience", None)
    advantage = export_rules().values.advantage_audience
    link = plan.copy_drafts[0].link if plan.copy_drafts else ""
    return Frame(
        brand=plan.brand,
        product=names.short_product(export_rules(), plan.product, plan.brand),
        lang=plan.lang,
        objective=plan.objective.objective,
        start=date.fromisoformat(b.start),
        end=date.fromisoformat(b.end),
        budget_type=b.type,
        optimization_goal=plan.objective.optimization_goal,
        billing_event=b.billing_event,
        bid_strategy=b.bid_strategy,
        bid_amount=plan.bid_amount(),
        roas_floor=roas_floor(plan),
        special_ad_category=t.special_ad_category,
        placements=tuple(t.placements),
        audience=Audience(
            countries=places.countries,
            regions=regions,
            cities=cities + places.cities,
            age_min=t.age_min,
            age_max=t.age_max,
            genders=tuple(g for g in t.genders if g != "all"),
        ),
        advantage_audience=advantage["default"] if flag is None else ("1" if flag else "0"),
        url_tags=url_tags(opts, link),
        page=opts.page,
        pixel=opts.pixel,
    )


def line_frame_of(
    frame: Frame, line: BudgetLine, test_days: int | None = None, metric: str = "ctr"
) -> Frame:
    """A testing line's ad set runs for the test's duration (its budget is what the test
    spends) and bids for the test's own metric (``metric``: ctr or cvr), not the campaign's
    cost or ROAS target; every other line runs the whole flight as the plan sets it."""
    if getattr(line, "key", None) != "testing":
        return frame
    window = cells.in_test_window(frame, test_days)
    return cells.as_test_ad_set(window, metric, export_rules())


def _own_campaign(line: BudgetLine, test: BudgetLine | None, split: list[BudgetLine]) -> bool:
    """Whether ``line`` is the manual test beside an Advantage+ campaign, which cannot hold
    it (nor share its budget with it): the test then gets a campaign of its own."""
    main = getattr(split[0], "key", "") if split else ""
    if getattr(line, "key", "") in STORE_LINES:
        return True
    return line is test and len(split) > 1 and main in ADVANTAGE_LINES


def _test_line(split: list[BudgetLine]) -> BudgetLine | None:
    """The split line that funds the A/B test: one keyed ``testing`` when the model says so,
    else the last of several lines (where the plan puts it)."""
    keyed = [line for line in split if getattr(line, "key", None) == "testing"]
    if keyed:
        return keyed[0]
    return split[-1] if len(split) > 1 else None


def _pace(plan: CampaignPlan, split: list[BudgetLine]) -> Pace | None:
    """Daily ad-set budgets as the plan's budget notes state them (daily budgets only)."""
    b = plan.budget
    if b.type != "daily" or len(split) < 2:
        return None
    test = _test_line(split)
    lines = [(_key(ln, test), ln.amount) for ln in split]
    return daily_pace(b.daily_equivalent, b.days, lines, plan.ab_test.duration_days)


def _key(line: BudgetLine, test: BudgetLine | None) -> str:
    """The line's key in the pace: the test line is ``testing`` even in a plan without keys."""
    return TEST if line is test else (getattr(line, "key", "") or line.name)


def _line_budget(line: BudgetLine, frame: Frame, pace: Pace | None, key: str) -> float:
    """The line's ad-set budget; under a daily budget the main ad set gives up the test's
    daily amount while the test runs, so the ad sets never spend more than the day's budget."""
    if frame.budget_type == "daily" and pace is not None:
        return pace.main_during if pace.is_main(key) else pace.others[key]
    if frame.budget_type == "daily" and frame.days:
        return floor_cents(line.amount / frame.days)
    return floor_cents(line.amount)


def _raise_day(pace: Pace, start: date) -> date:
    """The day the main ad set gets the test's share back (the day after the test)."""
    from datetime import timedelta

    return start + timedelta(days=pace.test_days)


def _later_budget(
    pace: Pace | None, key: str, budget: float, frame: Frame, offer_end: OfferEnd | None
) -> float:
    """The line's daily budget in an ad set that starts the day after the offer ends: the
    main ad set's after-test amount once the test is over by then, else its own."""
    if pace is None or not pace.is_main(key) or frame.start is None or offer_end is None:
        return budget
    after = date.fromisoformat(offer_end.date).toordinal() + 1
    return pace.main_after if _raise_day(pace, frame.start).toordinal() <= after else budget


def _pace_note(
    plan: CampaignPlan, key: str, pace: Pace | None, frame: Frame, *, split: bool = False
) -> list[str]:
    """The main ad set's budget change when the test ends: the sheet can hold one amount.
    An ad set of a line split at the offer's end says it only when the change falls on one
    of its later days (the one after already holds the new amount)."""
    if pace is None or not pace.changes or frame.start is None or not pace.is_main(key):
        return []
    from adsage.planning.texts import cents

    day = _raise_day(pace, date.fromisoformat(plan.budget.start))
    if split and (frame.end is None or not frame.start < day <= frame.end):
        return []
    return [
        t(
            "sheet.raise_after_test",
            plan.lang,
            during=cents(pace.main_during, plan.budget.currency, plan.lang),
            after=cents(pace.main_after, plan.budget.currency, plan.lang),
            date=day.isoformat(),
        )
    ]


def _targeting_notes(plan: CampaignPlan) -> list[str]:
    """The plan's targeting notes, less the radius ones the sheet's place notes say better
    (what the import leaves out and what the ad set reaches until it is set by hand)."""
    from adsage.planning.texts import tr

    hand = {
        tr(plan.lang, "radius_by_hand", place=p.name, km=f"{p.radius_km:g}")
        for p in plan.targeting.places
        if p.radius_km
    }
    return [n for n in plan.targeting.notes if n not in hand]


def _has_warm_line(split: list[BudgetLine]) -> bool:
    return any(getattr(ln, "key", "") == "retargeting" for ln in split)


def _audiences(plan: CampaignPlan, line: BudgetLine, split: list[BudgetLine]) -> dict[str, str]:
    """The plan's custom audiences in the sheet: the retargeting ad set targets them (with
    Advantage+ audience off, so they are not treated as mere suggestions) and every other ad
    set excludes them, so prospecting and the test reach new people only."""
    cols = export_rules().audiences
    named = ", ".join(plan.targeting.custom_audiences)
    if not named or not _has_warm_line(split):
        return {}
    if getattr(line, "key", "") == "retargeting":
        return {cols.include: named, "Advantage Audience": cols.advantage_off}
    return {cols.exclude: named}


def _test_ads(plan: CampaignPlan, rules: ExportRules) -> list[tuple[str, Any, str, str]]:
    """Control plus variants that differ from it only in the plan's tested element."""
    drafts = list(plan.copy_drafts)
    if not drafts:
        return []
    variable = plan.ab_test.variable
    control = drafts[0]
    if plan.ab_test.ads and variable in COPY_ELEMENTS:
        # the plan's own test ads: identical but for the tested element
        fields = [f for f in COPY_ELEMENTS if f in plan.ab_test.ads[0]]
        return [
            (
                names.variant(rules, variable, i, plan.lang),
                control.model_copy(update={f: ad[f] for f in fields}),
                variable,
                chr(ord("A") + i),
            )
            for i, ad in enumerate(plan.ab_test.ads)
        ]
    if variable not in COPY_ELEMENTS:
        return [(names.variant(rules, "headline", 0, plan.lang), control, "", "A")]
    wanted = max(2, len(plan.ab_test.variants))
    values = [getattr(control, variable)]
    ads: list[tuple[str, Any, str, str]] = [
        (names.variant(rules, variable, 0, plan.lang), control, variable, "A")
    ]
    for d in drafts[1:]:
        value = getattr(d, variable)
        if len(ads) >= wanted or value in values:
            continue
        values.append(value)
        i = len(ads)
        variant = control.model_copy(update={variable: value})
        ads.append(
            (names.variant(rules, variable, i, plan.lang), variant, variable, chr(ord("A") + i))
        )
    return ads


def _audience_to_attach(plan: CampaignPlan, line: BudgetLine, split: list[BudgetLine]) -> list[str]:
    """A retargeting ad set reaches its people only through a custom audience: the sheet
    names the plan's (the buyer checks it exists under that name), or, when the plan names
    none, tells the buyer one must be attached; other ad sets say what they exclude."""

    named = ", ".join(plan.targeting.custom_audiences)
    if getattr(line, "key", "") != "retargeting":
        if named and _has_warm_line(split):
            return [t("sheet.audience_excluded", plan.lang, names=named)]
        return []
    if named:
        return [t("sheet.retargeting_named", plan.lang, names=named)]
    return [t("sheet.retargeting_attach", plan.lang, purpose=line.purpose)]


def _objective_label(objective: str, lang: str) -> str:
    from adsage.rules.objectives import load_objectives

    obj = load_objectives().objectives.get(objective)
    return obj.label.get(lang, objective) if obj else objective  # type: ignore[call-overload]


def _badge(draft: CopyDraft) -> str:
    if not draft.report.findings:
        return "ok"
    rules = ", ".join(dict.fromkeys(f.rule for f in draft.report.findings))
    return f"{'warnings' if draft.report.ok else 'errors'}: {rules}"
