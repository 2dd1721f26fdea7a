"""A plan as a small document tree, so Markdown and HTML show exactly the same content."""

from __future__ import annotations

from dataclasses import dataclass, field

from adsage.models.plan import CampaignPlan
from adsage.planning.texts import count, money

H = {
    "en": {
        "title": "Campaign plan: {brand} – {product}",
        "goal": "Goal (SMART check)",
        "objective": "Objective and KPIs",
        "personas": "Personas",
        "targeting": "Targeting",
        "formats": "Formats",
        "copy": "Ad copy drafts",
        "ab": "A/B test plan",
        "budget": "Budget and schedule",
        "sources": "Sources",
        "provenance": "How this plan was made",
        "rewrite": "Suggested rewrite",
        "pass": "pass",
        "fail": "fail",
        "motivations": "Motivations",
        "pains": "Pains",
        "objections": "Objections",
        "scroll": "Where they scroll",
        "angle": "Message angle",
        "valid": "checks passed",
        "warn": "warnings",
        "err": "errors",
        "kpi": "KPI",
        "target": "Target",
        "note": "Note",
        "needed": "needed for the full sample",
        "lifetime": "lifetime",
        "daily": "daily",
    },
    "pl": {
        "title": "Plan kampanii: {brand} – {product}",
        "goal": "Cel (kontrola SMART)",
        "objective": "Cel kampanii i KPI",
        "personas": "Persony",
        "targeting": "Targetowanie",
        "formats": "Formaty",
        "copy": "Propozycje tekstów reklam",
        "ab": "Plan testu A/B",
        "budget": "Budżet i harmonogram",
        "sources": "Źródła",
        "provenance": "Jak powstał ten plan",
        "rewrite": "Proponowane brzmienie celu",
        "pass": "spełnia",
        "fail": "nie spełnia",
        "motivations": "Motywacje",
        "pains": "Problemy",
        "objections": "Obiekcje",
        "scroll": "Gdzie przewijają",
        "angle": "Kąt komunikacji",
        "valid": "bez uwag",
        "warn": "ostrzeżenia",
        "err": "błędy",
        "kpi": "KPI",
        "target": "Cel",
        "note": "Uwaga",
        "needed": "potrzeba na pełną próbę",
        "lifetime": "całkowity",
        "daily": "dzienny",
    },
}


@dataclass
class Block:
    kind: str  # "p" | "ul" | "table" | "h3" | "quote"
    text: str = ""
    items: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)


def _kpi_value(target: float | None, unit: str, lang: str = "en") -> str:
    if target is None:
        return ""
    if unit == "ratio":
        text = f"{target:.2%}"
        return text.replace(".", ",") if lang == "pl" else text
    if unit == "x":
        return f"{count(target, lang)}x"
    if unit:
        return money(target, unit, lang)
    return count(target, lang)


def _cites(ns: list[int]) -> str:
    return "".join(f" [{n}]" for n in ns)


def _badge(h: dict[str, str], ok: bool, n_warn: int) -> str:
    if not ok:
        return h["err"]
    return f"{h['warn']}: {n_warn}" if n_warn else h["valid"]


def plan_document(plan: CampaignPlan) -> tuple[str, list[Section]]:
    h = H[plan.lang]
    out: list[Section] = []
    g = plan.goal
    goal = Section(h["goal"], [Block("quote", g.text)])
    goal.blocks.append(
        Block(
            "table",
            rows=[["SMART", ""]]
            + [
                [name.replace("_", "-"), f"{h['pass'] if c['pass'] else h['fail']}: {c['reason']}"]
                for name, c in g.criteria.items()
            ],
        )
    )
    if g.rewrite:
        goal.blocks.append(Block("p", f"{h['rewrite']}: {g.rewrite}"))
    out.append(goal)

    o = plan.objective
    obj = Section(
        h["objective"],
        [
            Block(
                "p",
                f"{o.objective} / {o.optimization_goal} / {o.bid_strategy}. {o.reason}"
                + _cites(o.sources),
            )
        ],
    )
    obj.blocks.append(
        Block(
            "table",
            rows=[[h["kpi"], h["target"], h["note"]]]
            + [[k.name, _kpi_value(k.target, k.unit, plan.lang), k.note] for k in o.kpis],
        )
    )
    out.append(obj)

    per = Section(h["personas"])
    for p in plan.personas:
        per.blocks.append(Block("h3", p.name))
        per.blocks.append(Block("p", p.demographics))
        per.blocks.append(
            Block(
                "ul",
                items=[
                    f"{h['motivations']}: {'; '.join(p.motivations)}",
                    f"{h['pains']}: {'; '.join(p.pains)}",
                    f"{h['objections']}: {'; '.join(p.objections)}",
                    f"{h['scroll']}: {', '.join(p.where_they_scroll)}",
                    f"{h['angle']}: {p.message_angle}",
                ],
            )
        )
    out.append(per)

    tg = plan.targeting
    out.append(
        Section(
            h["targeting"],
            [
                Block(
                    "ul",
                    items=[
                        f"countries: {', '.join(tg.countries)}",
                        f"age: {tg.age_min}-{tg.age_max}",
                        f"genders: {', '.join(tg.genders)}",
                        f"interests: {', '.join(tg.interests) or '-'}",
                        f"placements: {', '.join(tg.placements)}",
                        f"special_ad_category: {tg.special_ad_category}",
                        f"custom_audiences: {', '.join(tg.custom_audiences) or '-'}",
                        "places: "
                        + (
                            ", ".join(
                                f"{p.name} (+{p.radius_km:g} km)" if p.radius_km else p.name
                                for p in tg.places
                            )
                            or "-"
                        ),
                        f"lookalikes: {'yes' if tg.lookalikes else 'no'}",
                    ]
                    + tg.notes,
                )
            ],
        )
    )

    fm = Section(h["formats"])
    for f in plan.formats:
        cites = "".join(f" [{n}]" for n in f.sources)
        fm.blocks.append(Block("h3", f"{f.rank}. {f.format} ({', '.join(f.placements)})"))
        fm.blocks.append(Block("p", f.reason + cites))
        if f.specs:
            fm.blocks.append(Block("ul", items=list(f.specs)))
    out.append(fm)

    cp = Section(h["copy"])
    for i, c in enumerate(plan.copy_drafts, 1):
        badge = _badge(h, c.report.ok, len(c.report.warnings))
        cp.blocks.append(Block("h3", f"{i}. {c.framework} · {c.persona} · {badge}"))
        cp.blocks.append(
            Block(
                "table",
                rows=[
                    ["primary_text", c.primary_text],
                    ["headline", c.headline],
                    ["description", c.description],
                    ["cta", c.cta],
                    ["link", c.link],
                ],
            )
        )
        if c.report.findings:
            cp.blocks.append(
                Block(
                    "ul", items=[f"{f.severity} {f.rule}: {f.message}" for f in c.report.findings]
                )
            )
    out.append(cp)

    ab = plan.ab_test
    ab_cur = ab.currency or plan.budget.currency
    out.append(
        Section(
            h["ab"],
            [
                Block("p", f"{ab.variable}: {ab.hypothesis}"),
                *(
                    [Block("ul", items=[f"{a.get('name')}: {a.get('headline')}" for a in ab.ads])]
                    if ab.ads
                    else []
                ),
                Block(
                    "ul",
                    items=[
                        *([] if ab.ads else ab.variants),
                        f"sample/variant: {count(ab.sample_size_per_variant, plan.lang)}; "
                        f"impressions: {count(ab.impressions_needed, plan.lang)}; "
                        f"budget: {money(ab.budget_needed, ab_cur, plan.lang)}; "
                        f"duration: {ab.duration_days} d"
                        + (
                            ""
                            if ab.days_needed is None or ab.days_needed <= ab.duration_days
                            else f" ({ab.days_needed} d {h['needed']})"
                        )
                        + _cites(ab.sources),
                        ab.verdict,
                        *ab.warnings,
                    ],
                ),
            ],
        )
    )

    b = plan.budget
    bud = Section(
        h["budget"],
        [
            Block(
                "p",
                f"{money(b.total, b.currency, plan.lang)} ({h[b.type]}), "
                f"{money(b.daily_equivalent, b.currency, plan.lang)}/d · {b.billing_event} · "
                f"{b.bid_strategy}" + _cites(b.sources),
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
                    line.purpose,
                ]
                for line in b.split
            ],
        )
    )
    bud.blocks.append(
        Block(
            "ul",
            items=[*b.schedule_notes, b.learning_phase]
            + (
                [
                    f"benchmark: {plan.numbers.benchmark.ref} ({plan.numbers.benchmark.source}, "
                    f"{plan.numbers.benchmark.as_of}, {plan.numbers.benchmark.confidence})"
                ]
                if plan.numbers and plan.numbers.benchmark
                else []
            )
            + [f"{f.severity} {f.rule}: {f.message}" for f in b.report.findings],
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
        f"engine: {pv.engine}",
        f"model: {pv.model or '-'}",
        f"attempts: {pv.attempts}",
        f"tokens: {pv.token_usage.total}",
    ]
    items += [f"repair: {r}" for r in pv.repairs] + [f"fallback: {f}" for f in pv.fallbacks]
    out.append(Section(h["provenance"], [Block("ul", items=items)]))
    return h["title"].format(brand=plan.brand, product=plan.product), out
