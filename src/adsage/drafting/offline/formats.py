"""Ranked format picks from decision rules, with specs read from the creative rule data.

Each format earns a score from what the brief says (catalog, product count, objective,
placements, video, age); the top picks are returned in score order.  Specs come from
``creative.yaml`` through the rule loaders, so a spec change in the data shows up here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from adsage.checks.targeting import age_range
from adsage.drafting.base import DraftContext
from adsage.drafting.offline.format_reasons import (
    benefit_cards,
    fill,
    image_subject,
    plain_cards,
    product_slots,
)
from adsage.drafting.offline.phrases import FormatBank, load_bank
from adsage.models.brief import Brief
from adsage.models.plan import FormatPick
from adsage.rules.campaign import CreativeRules, creative_rules

MOBILE = ("feed", "stories", "reels", "in_stream")
VERTICAL = ("stories", "reels")
MAX_PICKS = 4
MIN_PICKS = 2
OLDER_FROM = 45
YOUNG_BELOW = 35
DYNAMIC_FROM = 20
# " (the goal on screen: {signatures})": a parenthetical that holds one slot
_SLOT_PARENS = re.compile(r"\s*\([^(){}]*\{(\w+)\}[^(){}]*\)")
# Common ratios written the way designers say them.
_RATIOS = ((0.5625, "9:16"), (0.8, "4:5"), (1.0, "1:1"), (1.7778, "16:9"), (1.91, "1.91:1"))


@dataclass(frozen=True)
class _Scored:
    score: int
    order: int
    format: str
    placements: list[str]
    reason: str
    specs: list[str]


def pick_formats(ctx: DraftContext) -> list[FormatPick]:
    brief = ctx.brief
    bank = load_bank(ctx.lang).formats
    rules = creative_rules()
    placements: list[str] = [str(p) for p in dict.fromkeys(brief.placements)]
    objective = ctx.objective
    age_lo, age_hi = _ages(brief)
    older = age_lo >= OLDER_FROM
    count = brief.product_count
    sources = [s.n for s in ctx.snippets("formats")]
    slots = product_slots(ctx)  # the brief's own product, offer and first benefit
    scored: list[_Scored] = []

    def add(score: int, fmt: str, where: list[str], reason: str, specs: list[str]) -> None:
        if where:
            scored.append(_Scored(score, len(scored), fmt, where, reason, specs))

    many = count >= DYNAMIC_FROM
    if brief.catalog:
        add(100, "dynamic", placements, bank.dynamic.format(count=count), _dynamic_specs(bank))
    carousel_where = [p for p in placements if p in ("feed", "stories", "right_column")]
    carousel_specs = _carousel_specs(bank, rules)
    if many and not brief.catalog:
        add(
            90,
            "carousel",
            carousel_where,
            bank.carousel_catalog.format(count=count),
            carousel_specs,
        )
    elif 2 <= count <= rules.formats.carousel.max_cards:
        add(
            80,
            "carousel",
            carousel_where,
            fill(bank.carousel_products, {**slots, "count": str(count)}),
            carousel_specs,
        )
    elif len(brief.benefits) >= 3:
        own = category_hint(ctx, "carousel")  # "one card per benefit" is not every category's
        cards = own or benefit_cards(ctx, bank, rules.formats.carousel.max_cards)
        add(60, "carousel", carousel_where, cards, carousel_specs)
    collection = rules.formats.collection
    mobile = [p for p in placements if p in MOBILE and p not in collection.unsupported_placements]
    if objective == "OUTCOME_SALES" and mobile and count >= collection.min_products:
        add(
            75 if brief.catalog else 70,
            "collection",
            [p for p in mobile if p != "in_stream"],
            bank.collection.format(count=count),
            [bank.specs["collection"].format(n=collection.min_products)],
        )
    video_where = _video_placements(placements, older)
    why = _video_why(bank, placements, objective, age_lo, age_hi)
    video_low = fill(bank.video_low, {**slots, "ages": age_range(age_lo, age_hi)})
    if brief.has_video:
        hook = video_hook(ctx, bank)
        if why and not older:
            add(
                85,
                "video",
                video_where,
                f"{bank.video_high.format(why=why)} {hook}",
                _video_specs(bank, rules, video_where),
            )
        else:
            add(
                45 if older else 50,
                "video",
                video_where,
                f"{video_low} {hook}",
                _video_specs(bank, rules, video_where),
            )
    image_where = [p for p in placements if p != "in_stream"]
    # the category's own picture, else what this business's image shows, from the brief
    picture = category_hint(ctx, "image") or image_subject(ctx, bank)
    if older:
        add(
            88,
            "image",
            image_where,
            _joined(bank.image_older.format(lo=age_lo), picture),
            _image_specs(bank, rules, image_where),
        )
    else:
        base = 65 if objective in ("OUTCOME_TRAFFIC", "OUTCOME_LEADS") else 55
        plain = _joined(bank.image_plain, picture)
        add(base, "image", image_where, plain, _image_specs(bank, rules, image_where))
    if len(scored) < MIN_PICKS and not any(s.format == "carousel" for s in scored):
        plain = plain_cards(ctx, bank, rules.formats.carousel.max_cards)
        cards = category_hint(ctx, "carousel") or plain
        add(30, "carousel", carousel_where or placements, cards, carousel_specs)
    ranked = sorted(scored, key=lambda s: (-s.score, s.order))[:MAX_PICKS]
    return [
        FormatPick(
            rank=i + 1,
            format=s.format,  # type: ignore[arg-type]
            placements=s.placements,
            reason=s.reason,
            specs=s.specs,
            sources=sources,
        )
        for i, s in enumerate(ranked)
    ]


def video_hook(ctx: DraftContext, bank: FormatBank) -> str:
    """How the video should open, by category: a clinic or a job shows a real person
    speaking, an app or software a demo, a small shop creator-style footage; the first
    brief benefit gives it something concrete to show."""
    from adsage.drafting.offline.categories import category_for

    cat = category_for(ctx.brief, ctx.objective)
    own = cat.video_open.get("pl" if ctx.lang == "pl" else "en")
    return _filled(ctx, own or bank.video_hooks[cat.video_hook])


def category_hint(ctx: DraftContext, fmt: str) -> str:
    """The category's own advice on what an image or a carousel shows ("the room and the
    pour", "one real wedding told card by card"), or "" where the generic line fits: a
    venue, a wedding supplier or a petition is not sold benefit by benefit."""
    from adsage.drafting.offline.categories import category_for

    cat = category_for(ctx.brief, ctx.objective)
    hints = cat.image_hint if fmt == "image" else cat.carousel_hint
    own = hints.get("pl" if ctx.lang == "pl" else "en")
    return _filled(ctx, own) if own else ""


def _filled(ctx: DraftContext, text: str) -> str:
    """``text`` with the first brief benefit in place of {b1l} and the goal's signature
    target in place of {signatures}; a part whose slot the brief leaves empty is dropped, so
    a hint never invents a benefit or a goal."""
    from adsage.drafting.offline.hygiene import clean_fragment, decapitalise
    from adsage.drafting.offline.objections import loose_fill

    benefits = [clean_fragment(b) for b in ctx.brief.benefits]
    slots = {"b1l": decapitalise(benefits[0]) if benefits else ""}
    if "{signatures}" in text:
        slots["signatures"] = _signature_goal(ctx)
    # only the parenthetical whose own slot is empty goes; a filled one beside it stays
    text = _SLOT_PARENS.sub(lambda m: m[0] if slots.get(m[1]) else "", text)
    return loose_fill(text, slots)


def _signature_goal(ctx: DraftContext) -> str:
    """The goal's own number of signatures ("100,000 signatures"), or "" when the goal
    names no signature target."""
    from adsage.checks.goal.parse import parse_goal
    from adsage.i18n.formatting import plural

    brief = ctx.brief
    parsed = parse_goal(brief.goal, today=brief.schedule.start, lang=brief.language)
    if parsed.metric != "signatures" or not parsed.target or parsed.target_kind != "absolute":
        return ""
    return plural("unit.signature", parsed.target, ctx.lang)


def _joined(reason: str, hint: str) -> str:
    """The generic reason followed by the category's hint, as one paragraph."""
    if not hint:
        return reason
    return f"{reason} {hint}" if reason.rstrip().endswith((".", "!", "?")) else f"{reason}. {hint}"


def _video_placements(placements: list[str], older: bool) -> list[str]:
    where = [p for p in placements if p != "right_column"]
    if older:
        # Feed first for older audiences, and no reels-first pick: reels go last if at all.
        where = sorted(where, key=lambda p: (p != "feed", p == "reels"))
        if len(where) > 1 and "reels" in where:
            where.remove("reels")
    return where


def _ages(brief: Brief) -> tuple[int, int]:
    """The ages the ads are for, as the plan's targeting works them out: a special ad
    category opens them to 18-65+, an alcohol brief starts at the legal drinking age, an
    out-of-range age is clamped; an app campaign's ads keep the brief's ages although its
    targeting takes none. One figure, so a format reason never names other ages."""
    from adsage.advisor.targeting import audience_ages

    return audience_ages(brief)


def _video_why(
    bank: FormatBank, placements: list[str], objective: str, age_lo: int, age_hi: int
) -> str:
    """Why video fits this campaign: its vertical placements and the ages that watch them,
    its goal, or a young audience (by its ages)."""
    ages = age_range(age_lo, age_hi)
    vertical = [bank.placement_names.get(p, p) for p in placements if p in VERTICAL]
    if vertical:
        return bank.video_why_vertical.format(names=", ".join(vertical), ages=ages)
    if objective in ("OUTCOME_AWARENESS", "OUTCOME_ENGAGEMENT"):
        return bank.video_why_goal
    # "a younger audience" only when the whole range is young: 18-65 or 28-60 is not
    if age_lo < YOUNG_BELOW and age_hi < OLDER_FROM:
        return bank.video_why_young.format(ages=ages)
    return ""


def ratio_label(value: float) -> str:
    for known, label in _RATIOS:
        if abs(value - known) <= 0.01:
            return label
    return f"{value:.2f}:1"


def _ratio_range(lo: float, hi: float) -> str:
    a, b = ratio_label(lo), ratio_label(hi)
    return a if a == b else f"{a}–{b}"


def _image_specs(bank: FormatBank, rules: CreativeRules, where: list[str]) -> list[str]:
    out: list[str] = []
    for p in where:
        spec = rules.images.get(p)
        if spec is None:
            continue
        name = bank.placement_names.get(p, p)
        line = bank.specs["image"].format(
            placement=name, ratio=_ratio_range(spec.ratio_min, spec.ratio_max)
        )
        if spec.best_width and spec.best_height and spec.recommended_width:
            line += bank.specs["image_best"].format(
                ratio=ratio_label(spec.best_width / spec.best_height),
                bw=spec.best_width,
                bh=spec.best_height,
                w=spec.recommended_width,
                h=spec.recommended_height,
            )
        elif spec.recommended_width and spec.recommended_height:
            line += bank.specs["image_size"].format(
                w=spec.recommended_width, h=spec.recommended_height
            )
        if spec.min_width and spec.min_height:
            line += bank.specs["image_min"].format(w=spec.min_width, h=spec.min_height)
        out.append(line)
    return out


def _video_specs(bank: FormatBank, rules: CreativeRules, where: list[str]) -> list[str]:
    out: list[str] = []
    for p in where:
        spec = rules.videos.get(p)
        if spec is None:
            continue
        out.append(
            bank.specs["video"].format(
                placement=bank.placement_names.get(p, p),
                ratio=_ratio_range(spec.ratio_min, spec.ratio_max),
                duration=_duration(bank, spec.min_duration_s, spec.max_duration_s),
            )
        )
    return out


def _carousel_specs(bank: FormatBank, rules: CreativeRules) -> list[str]:
    c = rules.formats.carousel
    return [bank.specs["carousel"].format(lo=c.min_cards, hi=c.max_cards)]


def _dynamic_specs(bank: FormatBank) -> list[str]:
    return [bank.specs["dynamic"]]


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _duration(bank: FormatBank, lo: float, hi: float) -> str:
    """Seconds as an editor reads them: "1–120 s" in one unit; a limit of minutes names both
    units in words ("1 s to 241 min", "od 1 s do 241 min"), since "1 s-241 min" reads as a
    subtraction.  The figures are the rule data's own (creative.yaml), only converted to minutes."""
    if hi >= 600:
        return bank.specs["duration_minutes"].format(lo=_num(lo), hi=_num(round(hi / 60, 1)))
    return bank.specs["duration_range"].format(lo=_num(lo), hi=_num(hi))
