"""Model-written alternatives for the tested element, under the same guard as plan drafting.

The model writes only the element under test; the control and every other field stay the
offline engine's, so model mode changes the ideas being tested and nothing else.  Items go
through :func:`draft_with_guard` (re-ask with the findings, repair, then offline fallback
item by item) and a near-copy of the control counts as a failure, because a variant that
repeats the control wastes its share of the test budget.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ConfigDict

from adsage.drafting.base import DraftContext, Engine
from adsage.drafting.guard import FIX_WARNINGS, Reask, draft_with_guard
from adsage.drafting.llm import LANGUAGES, landing_hosts
from adsage.models.findings import Finding
from adsage.models.plan import CopyDraft
from adsage.prompts import data_block, render
from adsage.variants.bank import VariantBank
from adsage.variants.models import TEXT_ELEMENTS, AdVariant
from adsage.variants.offline import RESTRICTED, Candidate, pick_distinct, too_close
from adsage.variants.validate import MAX_IMAGE_BRIEF, image_findings

AUDIENCE_KINDS = (
    "interests",
    "broad",
    "lookalike_1",
    "lookalike_5",
    "visitors_30",
    "engagers",
    "customer_list",
    "visitors_180",
)
_WHAT = {
    "primary_text": "primary texts (the main text above the image)",
    "headline": "headlines",
    "description": "link descriptions (the line under the headline)",
    "cta": "call-to-action buttons",
    "image": "creative briefs for the image (what the picture shows, for a designer)",
    "audience": "targeting variations (who sees the ad)",
}
_PROMPT = (
    "Write {count} alternative {what} for an A/B test of the control ad below, as a JSON "
    'object {{"variants": [...]}}.\n\n'
    "Only this element changes between the ads; everything else stays as in the control. "
    "Each alternative must test a different idea (angle) from the control and from the other "
    "alternatives, not a synonym or a rewording. Ideas to choose from: {angles}.\n"
    "{item}\n"
    "Use the brief's tone, offer and benefits; do not invent prices, discounts, numbers, "
    "reviews or guarantees the brief does not state. No links, e-mail addresses or @mentions.\n"
    "Objective: {objective}.\n\n"
    "Campaign brief:\n{brief}\n\n"
    "Control ad:\n{control}\n"
)
_ITEM = {
    "text": 'Each item has "text" (at most {limit} characters) and "angle" (a few words naming '
    "its idea).",
    "cta": 'Each item has "text" (exactly one of: {values}) and "angle" (a few words naming '
    "what the button asks for).",
    "image": 'Each item has "text" (a creative brief of at most {limit} characters: the visual '
    'concept in one or two sentences) and "angle" (a few words, e.g. product close-up, '
    "lifestyle in use, UGC style, offer graphic).",
    "audience": 'Each item has "kind" (one of: {values}; not "{control_kind}", the '
    'control\'s), "interests" (a list of interest names, only for kind "interests", else []) '
    'and "note" (one sentence on why this audience could win).',
}


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TextAlt(_Out):
    """One alternative of the tested element."""

    text: str
    angle: str


class TextAlts(_Out):
    """Alternatives of the tested element."""

    variants: list[TextAlt]


class AudienceAlt(_Out):
    """One targeting variation."""

    kind: str
    interests: list[str]
    note: str


class AudienceAlts(_Out):
    """Targeting variations."""

    variants: list[AudienceAlt]


def llm_alternatives(
    engine: Engine,
    ctx: DraftContext,
    vary: str,
    control: AdVariant,
    current: Candidate,
    k: int,
    offline_pool: Callable[[], list[Candidate]],
    bank: VariantBank,
) -> list[Candidate]:
    """``k`` alternatives of ``vary`` from the model, guarded, deduplicated, as candidates."""
    llm: Any = engine
    lang_name = LANGUAGES.get(ctx.lang, ctx.lang)
    base = [
        ("system", render("system", canary=llm.canary, lang=ctx.lang, language_name=lang_name)),
        ("user", _prompt(vary, ctx, control, current, k, offline_pool(), bank)),
    ]
    schema: type[BaseModel] = AudienceAlts if vary == "audience" else TextAlts
    prov = ctx.provenance

    def call(reask: Reask[Any] | None) -> list[Any]:
        msgs = list(base)
        if reask is not None:
            if reask.previous:
                shown = {"variants": [i.model_dump(mode="json") for i in reask.previous]}
                msgs.append(("assistant", json.dumps(shown, ensure_ascii=False)))
            repair = render(
                "repair", part=reask.part, findings=reask.findings_data(), language_name=lang_name
            )
            msgs.append(("user", repair))
        prov.engine, prov.model = "openai", llm.model
        result = llm.caller().invoke(
            msgs, schema, usage=prov.token_usage, budget=llm.max_tokens_per_plan
        )
        prov.structured_output = result.method
        return list(result.value.variants)

    offline = pick_distinct(current, offline_pool(), k)

    def fallback() -> list[Any]:
        return [_item(vary, c) for c in offline]

    checker = _Checker(vary, ctx, current)
    items = draft_with_guard(
        "variants",
        call=call,
        validate=checker.validate,
        repair=checker.repair,
        fallback=fallback,
        max_reasks=llm.max_reasks,
        provenance=prov,
        expected=k,
        canary=llm.canary,
        allowed_hosts=landing_hosts(ctx),
        fix=lambda f: f.severity == "error" or f.rule in _FIX,
    )
    chosen = [_candidate(vary, item, control, offline_pool(), bank) for item in items]
    return _dedupe(chosen, current, offline, prov.fallbacks)


_FIX = FIX_WARNINGS | {"variants.image_brief_length"}


def _prompt(
    vary: str,
    ctx: DraftContext,
    control: AdVariant,
    current: Candidate,
    k: int,
    pool: list[Candidate],
    bank: VariantBank,
) -> str:
    from adsage.drafting.offline.copywriter import limits_for
    from adsage.rules.ad_text import copy_rules

    angles = list(dict.fromkeys(c.angle for c in pool if c.angle))[:8]
    if vary in TEXT_ELEMENTS:
        item = _ITEM["text"].format(limit=limits_for(ctx.brief.placements).of(vary))
        angles = angles if vary != "primary_text" else ["AIDA", "PAS", "BAB", "FAB", "4U"]
    elif vary == "cta":
        item = _ITEM["cta"].format(values=", ".join(copy_rules().cta.values))
    elif vary == "image":
        item = _ITEM["image"].format(limit=MAX_IMAGE_BRIEF)
    else:
        kind = (control.audience or {}).get("kind", "")
        item = _ITEM["audience"].format(values=", ".join(AUDIENCE_KINDS), control_kind=kind)
    shown = control.model_dump(mode="json", exclude={"report", "name"})
    return _PROMPT.format(
        count=k,
        what=_WHAT[vary],
        angles=", ".join(angles) or current.angle,
        item=item,
        objective=ctx.objective,
        brief=data_block(ctx.brief.model_dump(mode="json", exclude_none=True), "brief"),
        control=data_block(shown, "control"),
    )


def _item(vary: str, c: Candidate) -> BaseModel:
    if vary == "audience":
        a = dict(c.value)
        return AudienceAlt(kind=a["kind"], interests=list(a["interests"]), note=a["note"])
    return TextAlt(text=str(c.value), angle=c.angle)


class _Checker:
    """Validation and repair for one element's items, in the guard's terms."""

    def __init__(self, vary: str, ctx: DraftContext, current: Candidate) -> None:
        self.vary, self.ctx, self.current = vary, ctx, current
        self.brief = ctx.brief

    def validate(self, item: Any) -> list[Finding]:
        if self.vary == "audience":
            return self._audience(item)
        text: str = item.text
        out: list[Finding] = []
        if self.vary in TEXT_ELEMENTS:
            from adsage.checks.claims import brief_facts
            from adsage.checks.copy import AdCopy, check_copy

            ad = AdCopy(
                **{self.vary: text},  # type: ignore[arg-type]
                placement=self.brief.placements[0],
                lang=self.brief.language,
                facts=brief_facts(self.brief),
            )
            out += [
                f.model_copy(update={"field": "text"})
                for f in check_copy(ad)
                if f.field == self.vary
            ]
        elif self.vary == "cta":
            from adsage.rules.ad_text import copy_rules

            if text not in copy_rules().cta.values:
                out.append(_err("copy.cta.invalid", f'"{text}" is not a call-to-action value.'))
        else:
            out += [f.model_copy(update={"field": "text"}) for f in image_findings(text, "x")]
        if too_close(text, self.current.value):
            out.append(_same())
        return out

    def _audience(self, item: AudienceAlt) -> list[Finding]:
        out: list[Finding] = []
        if item.kind not in AUDIENCE_KINDS:
            out.append(
                _err(
                    "variants.audience_kind",
                    f'"{item.kind}" is not a known audience kind.',
                    "kind",
                    f"Use one of: {', '.join(AUDIENCE_KINDS)}.",
                )
            )
        elif item.kind.startswith("lookalike") and self.brief.special_ad_category in RESTRICTED:
            out.append(
                _err(
                    "targeting.special_category",
                    "Lookalike audiences are not allowed for this special ad category.",
                    "kind",
                )
            )
        if item.kind == "interests" and not item.interests:
            out.append(
                _err(
                    "variants.audience_interests",
                    "An interest audience needs interests.",
                    "interests",
                )
            )
        if item.kind == (self.current.value or {}).get("kind"):
            out.append(_same("kind"))
        from adsage.checks.policy import check_policy

        out += [f.model_copy(update={"field": "note"}) for f in check_policy({"note": item.note})]
        return out

    def repair(self, item: Any, found: list[Finding]) -> tuple[Any, list[str]]:
        if self.vary == "audience":
            return item, []
        from adsage.drafting.repair import repair_copy, trim_to_length

        text: str = item.text
        if self.vary == "image":
            fixed, note = trim_to_length(text, MAX_IMAGE_BRIEF)
            return item.model_copy(update={"text": fixed}), [f"text: {note}"] if note else []
        field = self.vary if self.vary in TEXT_ELEMENTS else "cta"
        carrier = CopyDraft(
            primary_text="x",
            headline="x",
            description="x",
            cta="LEARN_MORE",
            framework="AIDA",
            persona="",
        ).model_copy(update={field: text})
        moved = [f.model_copy(update={"field": field}) for f in found]
        fixed_draft, notes = repair_copy(
            carrier,
            moved,
            placement=self.brief.placements[0],
            keep_caps=self.brief.brand.split(),
            allowed_hosts=landing_hosts(self.ctx),
        )
        notes = [n.replace(f"{field}:", "text:", 1) for n in notes]
        return item.model_copy(update={"text": getattr(fixed_draft, field)}), notes


def _err(rule: str, message: str, field: str = "text", suggestion: str | None = None) -> Finding:
    return Finding(rule=rule, severity="error", message=message, field=field, suggestion=suggestion)


def _same(field: str = "text") -> Finding:
    return _err(
        "variants.not_distinct",
        "This alternative repeats the control's idea; the test would measure nothing.",
        field,
        "Use a different angle from the control and from the other alternatives.",
    )


def _candidate(
    vary: str, item: Any, control: AdVariant, pool: list[Candidate], bank: VariantBank
) -> Candidate:
    if vary == "cta":
        return Candidate(item.text, bank.cta.get(item.text, item.angle.strip() or vary))
    if vary != "audience":
        return Candidate(item.text, item.angle.strip() or vary)
    template = next((c.value for c in pool if c.value.get("kind") == item.kind), None)
    data = dict(template or control.audience or {})
    if template is None:
        label = bank.audience.interests.label.format(interests=", ".join(item.interests[:4]))
        data.update(kind=item.kind, label=label, lookalike=None, custom_audiences=[])
    if item.kind == "interests":
        data["interests"] = [i.strip() for i in item.interests if i.strip()][:10]
    data["note"] = item.note.strip() or data.get("note", "")
    return Candidate(data, str(data.get("label", item.kind)))


def _dedupe(
    chosen: list[Candidate], current: Candidate, offline: list[Candidate], log: list[str]
) -> list[Candidate]:
    """Replace items that repeat the control or an earlier item with unused offline ideas."""
    out: list[Candidate] = []
    spare = list(offline)
    for i, c in enumerate(chosen):
        if any(too_close(c.value, o.value) for o in (current, *out)):
            swap = next(
                (s for s in spare if not any(too_close(s.value, o.value) for o in (current, *out))),
                None,
            )
            if swap is not None:
                spare.remove(swap)
                log.append(f"variants[{i}]: offline (variants.not_distinct)")
                c = swap
        out.append(c)
    return out


__all__ = ["AudienceAlt", "AudienceAlts", "TextAlt", "TextAlts", "llm_alternatives"]
