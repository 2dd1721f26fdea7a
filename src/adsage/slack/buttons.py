"""Draft sets in the thread state: what is stored with them and the export button.

Regenerate and Make shorter are core calls (:mod:`adsage.advisor.conversation.drafts`); this
module only stores a set's metadata, sums a variant set up and writes the CSV export from the
ads as they are now, after earlier edits.
"""

from __future__ import annotations

import re
from typing import Any


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


# ---- export ----------------------------------------------------------------------------------


def export_csv(s: dict[str, Any]) -> tuple[str, bytes]:
    """The set as an Ads Manager import file, with the ads as they are now."""
    from adsage.export import ads_manager_rows, csv_bytes
    from adsage.models.brief import Brief
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
    # The set's brief gives the sheet its schedule, budget type and placements, as in
    # ``adsage plan --csv``.
    rows = ads_manager_rows([vs], briefs=[Brief.model_validate(brief)])
    return f"adsage-{slug}-ads-manager.csv", csv_bytes(rows)
