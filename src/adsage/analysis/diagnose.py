"""CTR and conversion rate as diagnostics: they explain the verdict, they never make it.

Cost per result = CPM / 1000 / (CTR x conversion rate), so an ad with the lower CTR can still
buy results more cheaply, through a higher conversion rate or cheaper impressions. When the
CTR leader is not the leader on the metric the campaign pays for, the report says so and
names the factor that outweighs the CTR gap, with the figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from adsage.analysis.compare import Comparison
from adsage.analysis.metrics import AdMetrics
from adsage.analysis.texts import Lang, fmt_metric, num, pct, t

# metrics for which a CTR lead can be mistaken for a better ad
_EXPLAINED = frozenset({"cpa", "cpc", "roas", "cvr"})


@dataclass
class Diagnostics:
    ctr_leader: str | None = None
    cvr_leader: str | None = None
    disagree: bool = False
    text: str = ""
    metric_label: str = ""  # the metric the explanation is about

    def as_dict(self) -> dict[str, Any]:
        return {
            "ctr_leader": self.ctr_leader,
            "cvr_leader": self.cvr_leader,
            "ctr_disagrees_with_primary": self.disagree,
            "text": self.text,
        }


def _best(ads: list[AdMetrics], key: str) -> AdMetrics | None:
    scored = [a for a in ads if getattr(a, key) is not None and a.impressions > 0]
    return max(scored, key=lambda a: getattr(a, key), default=None)


def _because(lead: AdMetrics, other: AdMetrics, lang: Lang, cur: str | None) -> str:
    """The factor that outweighs the leader's lower CTR: conversion rate or cheaper CPM."""
    cvr_gain = (lead.cvr or 0) / other.cvr if other.cvr else 0.0
    cpm_gain = (other.cpm or 0) / lead.cpm if lead.cpm else 0.0
    if cvr_gain >= cpm_gain and cvr_gain > 1:
        return t(
            "diag.because_cvr", lang, name=lead.name, a=pct(lead.cvr, lang), b=pct(other.cvr, lang)
        )
    return t(
        "diag.because_cpm",
        lang,
        name=lead.name,
        a=fmt_metric("cpm", lead.cpm, lang, cur),
        b=fmt_metric("cpm", other.cpm, lang, cur),
    )


def diagnose(
    cmp: Comparison, ads: list[AdMetrics], mname: str, lang: Lang, cur: str | None
) -> Diagnostics:
    """Compare the CTR leader with the primary leader and explain any disagreement."""
    out = Diagnostics(metric_label=mname)
    compared = [a for a in ads if a.name not in cmp.excluded]
    ctr_lead = _best(compared, "ctr")
    cvr_lead = _best(compared, "cvr")
    out.ctr_leader = ctr_lead.name if ctr_lead else None
    out.cvr_leader = cvr_lead.name if cvr_lead else None
    lead = next((a for a in compared if a.name == cmp.leader), None)
    if cmp.metric in ("cpm", "cpr"):
        items = [
            t(
                "diag.reach_item",
                lang,
                name=a.name,
                reach=num(a.reach, lang, 0),
                f=num(a.frequency, lang),
            )
            for a in compared
            if a.reach is not None and a.frequency is not None
        ]
        out.text = t("diag.reach", lang, items="; ".join(items)) if items else ""
        return out
    if lead is None or ctr_lead is None or cmp.metric not in _EXPLAINED or len(compared) < 2:
        return out
    if ctr_lead.name == lead.name:
        out.text = t("diag.agree", lang, name=lead.name, ctr=pct(lead.ctr, lang))
        return out
    out.disagree = True
    m = cmp.metric
    out.text = t(
        "diag.disagree",
        lang,
        ctr_name=ctr_lead.name,
        ctr_a=pct(ctr_lead.ctr, lang),
        ctr_b=pct(lead.ctr, lang),
        name=lead.name,
        metric=mname,
        v=fmt_metric(m, getattr(lead, m), lang, cur),
        v_other=fmt_metric(m, getattr(ctr_lead, m), lang, cur),
        because=_because(lead, ctr_lead, lang, cur),
    )
    return out
