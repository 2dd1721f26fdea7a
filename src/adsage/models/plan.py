"""The campaign plan: every section a marketer needs, each carrying its evidence.

Drafts carry their validation report, the plan carries its citations and provenance (engine,
model, attempts, repairs, fallbacks, tokens), so a reader can tell what was checked, what was
fixed and where each claim came from.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from adsage.models.findings import Report

Framework = Literal["AIDA", "PAS", "BAB", "FAB", "4U"]
Gender = Literal["male", "female", "all"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoalSection(_Model):
    text: str
    ok: bool
    criteria: dict[str, Any]
    parsed: dict[str, Any]
    findings: list[dict[str, Any]] = Field(default_factory=list)
    rewrite: str | None = None
    # the rewrite's target is the plan's forecast (budget over the market benchmark), not a
    # number the client gave: the plan says so beside it
    rewrite_estimated: bool = False


class KPI(_Model):
    name: str
    target: float | None = None
    unit: str = ""
    note: str = ""
    # the goal's implied cost per result, which the budget cannot buy: shown as out of reach,
    # while ``target`` and ``unit`` keep the figure and its currency for a reader of the JSON
    out_of_reach: bool = False


class ObjectiveSection(_Model):
    objective: str
    inferred: bool
    optimization_goal: str
    bid_strategy: str = "LOWEST_COST_WITHOUT_CAP"
    kpis: list[KPI]
    reason: str
    sources: list[int] = Field(default_factory=list, description="citation numbers")
    # the typical cost per purchase is most of the brief's price: the margin and average
    # order value to ask the client about, once, under the KPI table (advisor.order_margin)
    margin: str = ""


class Persona(_Model):
    name: str
    demographics: str
    motivations: list[str]
    pains: list[str]
    objections: list[str]
    where_they_scroll: list[str]
    message_angle: str


class PlaceTarget(_Model):
    """A location finer than a country: a city, region, postal area or a radius around a point."""

    kind: Literal["city", "region", "postal", "radius"]
    name: str
    country: str | None = None
    radius_km: float | None = None


class BenchmarkUsed(_Model):
    """The market table entry every figure of the plan reads (goal, KPIs, budget, A/B)."""

    market: str
    objective: str
    ref: str
    currency: str
    source: str
    as_of: str
    confidence: str


class DroppedLine(_Model):
    """A line of the structure the plan does not create: ``no_audience`` (a warm audience
    the brief does not have yet), ``under_floor`` (it would get less a day than an ad set
    needs) or ``no_sample`` (the A/B test could not reach its sample within its window, so
    the plan runs none); its share goes to the main line."""

    key: str
    reason: Literal["no_audience", "under_floor", "no_sample"]
    daily: float


class ABNumbers(_Model):
    metric: Literal["ctr", "cvr"]
    baseline_rate: float
    sample_size_per_variant: int
    impressions_needed: int
    budget_needed: float
    daily_budget: float
    days_needed: int | None
    duration_days: int
    fits: bool
    available_days: int = 0
    # days the objective's own result metric would have needed, when the test reads CTR
    # instead because that one cannot finish within the flight
    result_metric_days: int | None = None
    # what the test's own ad set spends over duration_days, and what its reserved share
    # holds beyond that (moved to the main line, shown once in the split)
    reserved: float = 0.0
    test_spend: float = 0.0
    surplus: float = 0.0
    # days of the flight the offer still runs, when a tested ad names the offer's end and the
    # offer ends before the flight does: the test runs only within them
    offer_days: int | None = None
    # what sets available_days: the flight, the offer's end, the test's own longest length
    # ("max"), or the money reserved for it at the per-ad-set minimum a day ("budget")
    window_limit: Literal["flight", "offer", "max", "budget"] = "flight"
    # False when the plan runs no test (:mod:`adsage.planning.abdecision`), and why: the
    # sample costs more than the campaign, it cannot be reached within the test's window, or
    # the budget carries one ad set only.  The figures above then describe the test ad set
    # that would make a test possible, as the A/B section words it (``fits`` is False).
    planned: bool = True
    no_test: Literal["budget", "no_sample", "one_ad_set"] | None = None
    # how many ads the figures are sized for: the plan's own test has two, ``adsage
    # variants`` sizes its own count, and the wording names it so the two never seem to
    # disagree about the same test
    variants: int = 2


class PlanNumbers(_Model):
    """Every figure of the plan, computed once; sections and renderings only read it."""

    currency: str
    total: float
    days: int
    weeks: float
    daily: float
    metric: str
    cost_per_result: float | None
    cost_unit: int = 1
    cost_low: float | None = None
    cost_high: float | None = None
    results_expected: int | None
    results_per_week: float | None
    cpm: float | None
    ctr_link: float | None
    cpc: float | None
    structure: str
    ad_sets: int
    learning_events_per_week: float | None
    benchmark: BenchmarkUsed | None = None
    ab: ABNumbers
    # the goal's own count of results and the most one may cost to reach it: the budget's
    # limit (total / target) or the goal's own cost cap, whichever is lower; the KPI a buyer
    # manages to, next to the market's typical cost
    goal_target: float | None = None
    cost_ceiling: float | None = None
    cost_cap: float | None = None
    # at one price for what is sold, the goal's minimum ROAS as a most-per-purchase (price /
    # ROAS): the plan optimises for purchases with this cost per result goal, not for value
    unit_price: float | None = None
    roas_cost_cap: float | None = None
    # the counts above are priced at the goal's cap, not the benchmark: a cap far above an
    # all-industry benchmark is this business's own cost per result (a specialist B2B lead)
    volume_at_cap: bool = False
    dropped_lines: list[DroppedLine] = Field(default_factory=list)


class TargetingSpec(_Model):
    """Shaped like the targeting validator's input, so the plan can be checked as is."""

    countries: list[str]
    age_min: int
    age_max: int
    genders: list[Gender] = Field(default_factory=lambda: list[Gender](["all"]))
    interests: list[str] = Field(default_factory=list)
    custom_audiences: list[str] = Field(default_factory=list)
    special_ad_category: str = "NONE"
    placements: list[str] = Field(default_factory=list)
    places: list[PlaceTarget] = Field(default_factory=list)
    lookalikes: bool = True
    notes: list[str] = Field(default_factory=list)
    # what the brief's content implies for the set-up (restricted category and its age limit,
    # a special ad category to declare, wording that excludes people)
    report: Report = Field(default_factory=lambda: Report(ok=True, findings=[]))


class FormatPick(_Model):
    rank: int
    format: Literal["image", "video", "carousel", "collection", "dynamic"]
    placements: list[str]
    reason: str
    specs: list[str] = Field(default_factory=list)
    sources: list[int] = Field(default_factory=list)


class CopyDraft(_Model):
    primary_text: str
    headline: str
    description: str
    cta: str
    framework: Framework
    persona: str
    link: str = ""
    report: Report = Field(default_factory=lambda: Report(ok=True, findings=[]))


class ABTestPlan(_Model):
    variable: str
    hypothesis: str
    variants: list[str]
    metric: Literal["ctr", "cvr"] = "ctr"
    baseline_rate: float
    mde: float
    alpha: float = 0.05
    power: float = 0.8
    sample_size_per_variant: int
    impressions_needed: int
    budget_needed: float
    days_needed: int | None
    duration_days: int
    verdict: str
    warnings: list[str] = Field(default_factory=list)
    ads: list[dict[str, Any]] = Field(default_factory=list)
    budget_reserved: float | None = None
    currency: str = ""
    sources: list[int] = Field(default_factory=list)
    # False when the budget cannot pay for a readable test: the section says so and what
    # to do instead, and the sizing figures stay only as the reason
    planned: bool = True


class BudgetLine(_Model):
    name: str
    share: float
    amount: float
    purpose: str
    currency: str = ""
    key: str = ""  # prospecting, retargeting, testing, advantage_sales, ...


class OfferEnd(_Model):
    """An offer that ends inside the flight: its last day (ISO) and the part of the offer that
    names it, so the bulk sheet can keep the ads that state it from running past that day."""

    date: str
    said: str


class BudgetPlan(_Model):
    total: float
    currency: str
    type: Literal["daily", "lifetime"]
    days: int
    daily_equivalent: float
    billing_event: str
    bid_strategy: str
    start: str
    end: str
    split: list[BudgetLine]
    schedule_notes: list[str] = Field(default_factory=list)
    learning_phase: str
    sources: list[int] = Field(default_factory=list)
    report: Report = Field(default_factory=lambda: Report(ok=True, findings=[]))
    # the offer's own end when it comes before the flight's (the sheet splits its ad sets there)
    offer_end: OfferEnd | None = None


class Claim(_Model):
    """One advice sentence or bullet of the plan and the citation numbers it rests on.

    ``at`` names where the plan holds it (``budget.schedule_notes.3``, ``formats.0.reason``),
    so every rendering puts the markers right after that text; ``text`` is the claim's words,
    empty for a line the renderings compose from figures (the A/B sizing, the budget line).
    Sentences from the brief or computed from the plan's numbers are not claims here.
    """

    at: str
    text: str = ""
    sources: list[int] = Field(default_factory=list)


class Citation(_Model):
    n: int
    id: str
    title: str
    section: str
    source: str


class TokenUsage(_Model):
    prompt: int = 0
    completion: int = 0
    total: int = 0


class PartTrace(_Model):
    """Who drafted one part of a model-backed plan: the model, the offline engine (with why),
    or both (some items offline); requests and tokens the part cost."""

    part: str
    source: Literal["model", "offline", "mixed"]
    reason: str | None = None
    attempts: int = 0
    tokens: int = 0


class Provenance(_Model):
    engine: Literal["offline", "openai"]
    model: str | None = None
    attempts: int = 0
    repairs: list[str] = Field(default_factory=list)
    fallbacks: list[str] = Field(default_factory=list)
    token_usage: TokenUsage = Field(default_factory=TokenUsage)
    structured_output: str | None = None
    prompts: list[dict[str, Any]] = Field(default_factory=list)
    parts: list[PartTrace] = Field(default_factory=list)


class CampaignPlan(_Model):
    lang: Literal["en", "pl"]
    brand: str
    product: str
    goal: GoalSection
    objective: ObjectiveSection
    personas: list[Persona]
    targeting: TargetingSpec
    formats: list[FormatPick]
    copy_drafts: list[CopyDraft] = Field(alias="copy")
    # What the brief should add for stronger copy (a thin brief: no offer, few benefits)
    copy_notes: list[str] = Field(default_factory=list)
    # advice in the personas and formats that a policy rule forbids, and what replaced it
    advice: Report = Field(default_factory=lambda: Report(ok=True, findings=[]))
    # the brief's own dates against the calendar and the schedule (a named day the schedule
    # has passed, an offer on a closed weekday): questions for the client, by rule id
    brief_checks: Report = Field(default_factory=lambda: Report(ok=True, findings=[]))
    # what the brief implies before any ad may run (a campaign Meta does not run in the EU,
    # alcohol under national law, permissions, the EU beneficiary and payer): the plan's
    # first section, and the bulk sheet follows it (adsage.checks.launch)
    launch: Report = Field(default_factory=lambda: Report(ok=True, findings=[]))
    # a brief too thin to plan (no offer, few benefits, no number in the goal): the questions
    # that block a real plan, shown at its top; the bulk sheet marks its rows not ready
    thin_brief: list[str] = Field(default_factory=list)
    ab_test: ABTestPlan
    budget: BudgetPlan
    citations: list[Citation]
    # each cited sentence with its citation numbers, in document order
    claims: list[Claim] = Field(default_factory=list)
    provenance: Provenance
    numbers: PlanNumbers | None = None
    structure: str = ""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)

    def cites(self, at: str) -> list[int]:
        """The citation numbers of the claim at ``at`` (none for an uncited text)."""
        return next((c.sources for c in self.claims if c.at == at), [])

    def bid_amount(self) -> float | None:
        """The cost per result goal (or bid cap) a capped bid strategy runs with, in the
        budget's currency: the goal's own cap, or the lower cost the goal needs (budget over
        its count) when the cap sits above it, since a cap met exactly would miss the target;
        None for an uncapped strategy or without a cap."""
        capped = self.budget.bid_strategy in ("COST_CAP", "LOWEST_COST_WITH_BID_CAP")
        n = self.numbers
        if capped and n is not None and n.cost_cap is None and n.roas_cost_cap is not None:
            return n.roas_cost_cap  # the ROAS floor at the one price: price / floor
        if not capped or n is None or n.cost_cap is None:
            return None
        return n.cost_ceiling if n.cost_ceiling is not None else n.cost_cap
