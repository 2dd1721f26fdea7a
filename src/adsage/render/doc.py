"""A plan as a small document tree, so Markdown and HTML show exactly the same content."""

from __future__ import annotations

from dataclasses import dataclass, field

from adsage.checks.targeting import age_range
from adsage.i18n import t
from adsage.models.plan import CampaignPlan
from adsage.planning.texts import count, money
from adsage.render import labels as lb
from adsage.render.doc_parts import (
    _ad_name,
    _benchmark,
    _days,
    _findings,
    _Labels,
    _listed,
    _variable,
    labels,
)
from adsage.render.values import (
    bid_text,
    criterion_state,
    kpi_value,
    lower_first,
    test_budget,
    verdict,
)


@dataclass
class Block:
    kind: str  # "p" | "ul" | "table" | "h3" | "quote"
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    verbatim: bool = False  # the brief's or the ads' own words: never rewritten


def _readable(sections: list[Section], lang: str) -> list[Section]:
    """Every text the plan wrote, with its codes named (see :mod:`adsage.render.labels`)."""

    def r(text: str) -> str:
        return lb.readable(text, lang)

    for s in sections:
        s.title = r(s.title)
        for b in s.blocks:
            if b.verbatim:
                continue
            b.text = r(b.text)
            b.items = [r(i) for i in b.items]
            b.rows = [[r(c) for c in row] for row in b.rows]
    return sections


@dataclass
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)


def _cites(ns: list[int]) -> str:
    return "".join(f" [{n}]" for n in sorted(ns))


def _badge(h: _Labels, ok: bool, n_warn: int) -> str:
    if not ok:
        return h["err"]
    return f"{h['warn']}: {n_warn}" if n_warn else h["valid"]


def _origin(plan: CampaignPlan, part: str) -> list[Block]:
    """A note that a model-backed plan drafted this part (or some of its items) offline."""
    h = labels(plan.lang)
    return [
        Block("p", h[f"part_{p.source}"].format(reason=p.reason or "-"))
        for p in plan.provenance.parts
        if p.part == part and p.source != "model"
    ]


def _launch(plan: CampaignPlan) -> list[Section]:
    """The plan's first section when the brief implies something before launch: a stop said
    in plain words first, then what must be in place (see :mod:`adsage.checks.launch`)."""
    from adsage.checks.launch import stops

    found = plan.launch.findings
    if not found:
        return []
    h = labels(plan.lang)
    head = [Block("p", h["launch.stop"])] if stops(found) else []
    return [Section(h["launch"], [*head, Block("ul", items=_findings(found, plan.lang, True))])]


def _thin(plan: CampaignPlan) -> list[Section]:
    """The questions a too-thin brief leaves open, beside "Before launch" at the plan's top
    (see :mod:`adsage.checks.thin_brief`)."""
    if not plan.thin_brief:
        return []
    lead = Block("p", t("doc.thin.lead", plan.lang))
    return [Section(t("doc.thin", plan.lang), [lead, Block("ul", items=list(plan.thin_brief))])]


def plan_document(plan: CampaignPlan) -> tuple[str, list[Section]]:
    """The plan's sections; each cited claim ends with its markers (``plan.claims``), which
    number the one sources list at the end."""
    h = labels(plan.lang)

    def m(at: str) -> str:
        return _cites(plan.cites(at))

    out: list[Section] = [*_launch(plan), *_thin(plan)]
    g = plan.goal
    goal = Section(h["goal"], [Block("quote", g.text, verbatim=True)])
    goal.blocks.append(
        Block(
            "table",
            rows=[["SMART", ""]]
            + [
                [h[f"criterion.{name}"], verdict(h[criterion_state(c)], str(c["reason"]))]
                for name, c in g.criteria.items()
            ],
        )
    )
    if g.rewrite:
        label = h["rewrite_estimated" if g.rewrite_estimated else "rewrite"]
        goal.blocks.append(Block("p", f"{label}: {g.rewrite}" + m("goal.rewrite")))
        goal.blocks += _origin(plan, "goal_rewrite")
    out.append(goal)

    o = plan.objective
    obj = Section(
        h["objective"],
        [
            Block(
                "p",
                t(
                    "doc.objective_line",
                    plan.lang,
                    objective=lb.coded("objective", o.objective, plan.lang),
                    goal=lb.goal_coded(o.objective, o.optimization_goal, plan.lang),
                    bid=bid_text(plan, o.bid_strategy),
                )
                + f" {o.reason}"
                + m("objective.reason"),
            )
        ],
    )
    obj.blocks.append(
        Block(
            "table",
            rows=[[h["kpi"], h["target"], h["note"]]]
            + [
                [
                    k.name,
                    kpi_value(k.target, k.unit, plan.lang, k.out_of_reach),
                    k.note + m(f"objective.kpis.{i}"),
                ]
                for i, k in enumerate(o.kpis)
            ],
        )
    )
    if o.margin:
        obj.blocks.append(Block("p", o.margin))
    out.append(obj)

    per = Section(h["personas"], _origin(plan, "personas"))
    tg_codes = list(plan.targeting.countries)
    for p in plan.personas:
        per.blocks.append(Block("h3", p.name))
        per.blocks.append(Block("p", lb.countries_in(p.demographics, tg_codes, plan.lang)))
        per.blocks.append(
            Block(
                "ul",
                items=[
                    f"{h['motivations']}: {_listed(p.motivations)}",
                    f"{h['pains']}: {_listed(p.pains)}",
                    f"{h['objections']}: {_listed(p.objections)}",
                    f"{h['scroll']}: {', '.join(p.where_they_scroll)}",
                    f"{h['angle']}: {p.message_angle}",
                ],
            )
        )
    if plan.advice.findings:
        per.blocks.append(Block("ul", items=_findings(plan.advice.findings, plan.lang)))
    out.append(per)

    tg = plan.targeting
    out.append(
        Section(
            h["targeting"],
            [
                Block(
                    "ul",
                    items=[
                        f"{h['countries']}: {lb.countries(tg.countries, plan.lang)}",
                        f"{h['age']}: {age_range(tg.age_min, tg.age_max)}",
                        f"{h['genders']}: "
                        + ", ".join(
                            h["all_genders" if g == "all" else f"gender_{g}"] for g in tg.genders
                        ),
                        f"{h['interests']}: {', '.join(tg.interests) or '-'}",
                        f"{h['placements']}: {lb.placements(tg.placements, plan.lang)}",
                        f"{h['special_ad_category']}: "
                        + (
                            h["none_category"]
                            if tg.special_ad_category == "NONE"
                            else lb.coded("category", tg.special_ad_category, plan.lang)
                        ),
                        f"{h['custom_audiences']}: {', '.join(tg.custom_audiences) or '-'}",
                        f"{h['places']}: "
                        + (
                            ", ".join(
                                f"{p.name} (+{p.radius_km:g} km)" if p.radius_km else p.name
                                for p in tg.places
                            )
                            or "-"
                        ),
                        f"{h['lookalikes']}: {h['yes'] if tg.lookalikes else h['no']}",
                    ]
                    + [n + m(f"targeting.notes.{i}") for i, n in enumerate(tg.notes)]
                    + _findings(tg.report.findings, plan.lang, fixes=True),
                )
            ],
        )
    )

    fm = Section(h["formats"], _origin(plan, "formats"))
    for i, f in enumerate(plan.formats):
        name = h[f"format.{f.format}"]
        where = lb.placements(f.placements, plan.lang)
        fm.blocks.append(Block("h3", f"{f.rank}. {name} – {where}"))
        fm.blocks.append(Block("p", f.reason + m(f"formats.{i}.reason")))
        if f.specs:
            specs = [
                lb.decimals(x, plan.lang) + m(f"formats.{i}.specs.{j}")
                for j, x in enumerate(f.specs)
            ]
            fm.blocks.append(Block("ul", items=specs))
    out.append(fm)

    cp = Section(h["copy"], [*_origin(plan, "copy"), *(Block("p", n) for n in plan.copy_notes)])
    for i, c in enumerate(plan.copy_drafts, 1):
        badge = _badge(h, c.report.ok, len(c.report.warnings))
        cp.blocks.append(Block("h3", f"{i}. {c.framework} · {c.persona} · {badge}"))
        cp.blocks.append(
            Block(
                "table",
                rows=[
                    [h["field.primary_text"], c.primary_text],
                    [h["field.headline"], c.headline],
                    [h["field.description"], c.description],
                    [h["field.cta"], lb.coded("cta", c.cta, plan.lang)],
                    [h["field.link"], c.link],
                ],
                verbatim=True,
            )
        )
        if c.report.findings:
            cp.blocks.append(
                Block(
                    "ul",
                    items=[
                        lb.finding(f.severity, f.rule, f.message, plan.lang)
                        for f in c.report.findings
                    ],
                )
            )
    out.append(cp)

    ab = plan.ab_test
    ab_cur = ab.currency or plan.budget.currency
    verdict_lines = [ab.verdict + m("ab_test.verdict")]
    verdict_lines += [w + m(f"ab_test.warnings.{i}") for i, w in enumerate(ab.warnings)]
    out.append(
        Section(
            h["ab"],
            [
                Block(
                    "p",
                    f"{h['ab.tested']}: {_variable(ab.variable, plan.lang)}. "
                    f"{h['ab.hypothesis']}: {lower_first(ab.hypothesis)}" + m("ab_test.hypothesis"),
                ),
                *(
                    [
                        Block(
                            "ul",
                            items=[
                                f"{_ad_name(str(a.get('name')), plan.lang)}: {a.get(ab.variable)}"
                                for a in ab.ads
                            ],
                        )
                    ]
                    if ab.ads
                    else []
                ),
                Block(
                    "ul",
                    items=[
                        *([] if ab.ads else ab.variants),
                        f"{h['ab.sample_' + ab.metric]}: "
                        f"{count(ab.sample_size_per_variant, plan.lang)}; "
                        f"{h['ab.impressions']}: {count(ab.impressions_needed, plan.lang)}; "
                        f"{h['ab.budget']}: {money(test_budget(plan), ab_cur, plan.lang)}; "
                        f"{h['ab.duration']}: {t('doc.days_short', plan.lang, n=ab.duration_days)}"
                        + (
                            ""
                            if ab.days_needed is None or ab.days_needed <= ab.duration_days
                            else f" ({_days(ab.days_needed, plan.lang)} {h['needed']})"
                        )
                        + m("ab_test.sizing"),
                        *verdict_lines,
                    ],
                ),
            ],
        )
    )
    if not ab.planned:  # no test the budget can pay for: only why, and what to do instead
        out[-1] = Section(h["ab"], [Block("ul", items=verdict_lines)])

    b = plan.budget
    bud = Section(
        h["budget"],
        [
            Block(
                "p",
                t(
                    f"doc.budget_line_{b.type}",
                    plan.lang,
                    total=money(b.total, b.currency, plan.lang),
                    daily=money(b.daily_equivalent, b.currency, plan.lang),
                )
                + f" · {lb.coded('billing', b.billing_event, plan.lang)}"
                + f" · {bid_text(plan, b.bid_strategy)}"
                + m("budget.line"),
            )
        ],
    )
    bud.blocks.append(
        Block(
            "table",
            rows=[["", "%", b.currency, ""]]
            + [
                [
                    line.name,
                    f"{line.share:.0%}",
                    money(line.amount, line.currency or b.currency, plan.lang),
                    line.purpose + m(f"budget.split.{i}"),
                ]
                for i, line in enumerate(b.split)
            ],
        )
    )
    bud.blocks.append(
        Block(
            "ul",
            items=[n + m(f"budget.schedule_notes.{i}") for i, n in enumerate(b.schedule_notes)]
            + [b.learning_phase + m("budget.learning_phase")]
            + _benchmark(plan)
            + [lb.finding(f.severity, f.rule, f.message, plan.lang) for f in b.report.findings],
        )
    )
    out.append(bud)

    out.append(
        Section(
            h["sources"],
            [
                Block(
                    "ul",
                    items=[f"[{c.n}] {c.title} › {c.section} ({c.source})" for c in plan.citations],
                )
            ],
        )
    )
    pv = plan.provenance
    items = [
        f"{h['engine']}: {pv.engine}",
        f"{h['model']}: {pv.model or '-'}",
        f"{h['attempts']}: {pv.attempts}",
        f"{h['tokens']}: {pv.token_usage.total}",
    ]
    items += [f"{h['repair']}: {r}" for r in pv.repairs]
    items += [f"{h['fallback']}: {f}" for f in pv.fallbacks]
    out.append(Section(h["provenance"], [Block("ul", items=items)]))
    return h["title"].format(brand=plan.brand, product=plan.product), _readable(out, plan.lang)
