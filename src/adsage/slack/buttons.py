"""What the buttons under drafts do: regenerate one, make one shorter, export the set.

Drafts live in the thread state as plain records (the fields of an Ads Manager ad plus its
check report), so a button pressed minutes later works on exactly what the user sees, after
earlier edits, and the export writes the same ads.  Every changed ad is re-checked here,
because a shortened or regenerated ad must carry a fresh badge, not the old one.
"""

from __future__ import annotations

import re
from typing import Any

from adsage.config import Settings
from adsage.models.findings import Report

TEXT_FIELDS = ("primary_text", "headline", "description")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
MIN_PRIMARY = 40


def draft_record(draft: Any, i: int) -> dict[str, Any]:
    """A CopyDraft as the ad record the buttons and the export work on."""
    return {
        "name": f"{i + 1} · {draft.framework} · {draft.persona}",
        "primary_text": draft.primary_text,
        "headline": draft.headline,
        "description": draft.description,
        "cta": draft.cta,
        "link": draft.link,
        "angle": draft.framework,
        "report": draft.report.model_dump(mode="json"),
    }


def variant_record(variant: Any) -> dict[str, Any]:
    return dict(variant.model_dump(mode="json"))


def set_meta(brief: Any, origin: str, **extra: Any) -> dict[str, Any]:
    return {"origin": origin, "brief": brief.model_dump(mode="json"), **extra}


def set_summary(vs: Any, lang: str) -> str:
    """The set-level findings and the A/B sizing verdict, escaped, for under the variants."""
    from adsage.slack.quick import findings_text
    from adsage.slack.safety import escape

    lines = []
    verdict = vs.ab_plan.get("verdict") if isinstance(vs.ab_plan, dict) else None
    if verdict:
        lines.append(f"*A/B:* {escape(str(verdict))}")
    if vs.set_report.findings:
        lines.append(findings_text(vs.set_report.findings))
    return "\n".join(lines)


def recheck(record: dict[str, Any], brief: Any) -> dict[str, Any]:
    from adsage.checks.copy import AdCopy, check_copy

    copy = AdCopy(
        primary_text=record.get("primary_text"),
        headline=record.get("headline"),
        description=record.get("description"),
        cta=record.get("cta"),
        link=record.get("link") or brief.landing_url,
        placement=brief.placements[0],
        lang=brief.language,
    )
    return {**record, "report": Report.from_findings(check_copy(copy)).model_dump(mode="json")}


# ---- make shorter ----------------------------------------------------------------------------


def _shorter(text: str, target: int) -> str:
    """Whole sentences up to ``target`` characters when possible, else a cut at a word."""
    from adsage.drafting.repair import trim_to_length

    if len(text) <= target:
        return text
    kept = ""
    for sentence in _SENTENCE.split(text.strip()):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > target:
            break
        kept = candidate
    if len(kept) >= target // 2:
        return kept
    return trim_to_length(text, target)[0]


def shorten(record: dict[str, Any], brief: Any) -> dict[str, Any] | None:
    """About a third shorter and within the recommended lengths; None when already minimal."""
    from adsage.rules.text import copy_rules

    lengths = copy_rules().lengths
    placement = brief.placements[0]
    out = dict(record)
    for name in TEXT_FIELDS:
        text = str(record.get(name) or "")
        floor = MIN_PRIMARY if name == "primary_text" else 15
        if len(text) <= floor:
            continue
        target = max(floor, min(lengths.recommended_for(name, placement), int(len(text) * 0.7)))
        out[name] = _shorter(text, target)
    if all(out[n] == record.get(n) for n in TEXT_FIELDS):
        return None
    return recheck(out, brief)


# ---- regenerate ------------------------------------------------------------------------------


def regenerate(
    s: dict[str, Any], i: int, settings: Settings, searcher: Any
) -> dict[str, Any] | None:
    """A new ad for slot ``i`` that the set does not already contain (None when exhausted).

    Variant sets keep their one-variable design: only the tested element changes, taken
    from a larger set drafted for the same brief.  Copy drafts draw from more drafts.
    """
    from adsage.models.brief import Brief

    brief = Brief.model_validate(s["brief"])
    current = s["variants"]
    if s.get("origin") == "variants":
        from adsage.variants import generate_variants
        from adsage.variants.models import MAX_ADS

        vary = s.get("vary") or "primary_text"
        seen = {str(v.get(vary)) for v in current}
        vs = generate_variants(brief, vary, MAX_ADS, settings=settings, searcher=searcher)
        for cand in vs.variants[1:]:
            value = getattr(cand, vary)
            if str(value) not in seen:
                new = {**current[i], vary: value, "angle": cand.angle}
                if vary == "cta" or vary in TEXT_FIELDS:
                    return recheck(new, brief)
                return {**new, "report": cand.report.model_dump(mode="json")}
        return None
    from adsage.advisor.plan import draft_copy, prepare

    seen = {str(v.get("primary_text")) for v in current}
    ctx, engine = prepare(brief, settings=settings, searcher=searcher)
    for d in draft_copy(ctx, engine, 10):
        if d.primary_text not in seen:
            return {**draft_record(d, i), "name": current[i].get("name", f"{i + 1}")}
    return None


# ---- export ----------------------------------------------------------------------------------


def export_csv(s: dict[str, Any]) -> tuple[str, bytes]:
    """The set as an Ads Manager import file, with the ads as they are now."""
    from adsage.export import ads_manager_rows, csv_bytes
    from adsage.variants.models import VariantSet

    brief = s["brief"]
    raw = dict(s.get("raw") or {})
    ads = []
    for i, v in enumerate(s["variants"]):
        keep = ("name", "primary_text", "headline", "description", "cta", "link", "image")
        ad = {k: v.get(k) for k in keep if v.get(k) is not None}
        ad.update(
            audience=v.get("audience"), angle=str(v.get("angle") or ""), report=v.get("report")
        )
        ad.setdefault("name", f"{i + 1}")
        ad.setdefault("link", brief.get("landing_url", ""))
        ads.append(ad)
    raw.update(
        brief_name=raw.get("brief_name") or f"{brief.get('brand')} {brief.get('product')}",
        brand=raw.get("brand") or brief.get("brand", ""),
        vary=raw.get("vary") or s.get("vary") or "primary_text",
        lang=brief.get("language", "en"),
        variants=ads,
    )
    vs = VariantSet.model_validate(raw)
    slug = re.sub(r"[^a-z0-9]+", "-", str(vs.brand or "ads").lower()).strip("-") or "ads"
    return f"adsage-{slug}-ads-manager.csv", csv_bytes(ads_manager_rows([vs]))
