"""Labels and small wording helpers of the plan document (:mod:`adsage.render.doc`)."""

from __future__ import annotations

from typing import Any

from adsage.i18n import has, source_text, t
from adsage.models.plan import CampaignPlan
from adsage.planning.texts import count
from adsage.render import labels as lb


class _Labels:
    """``h["key"]``: the ``doc.*`` message of the plan's language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __getitem__(self, key: str) -> str:
        return t(f"doc.{key}", self.lang)


def _listed(items: list[str]) -> str:
    """Items joined with "; ": an item's own full stop goes first, never "days.; Next"."""
    return "; ".join(
        i.rstrip().removesuffix(".") if n < len(items) - 1 else i for n, i in enumerate(items)
    )


def labels(lang: str) -> _Labels:
    return _Labels(lang)


def _days(n: int, lang: str) -> str:
    return t("doc.days_short", lang, n=count(n, lang))


def _variable(name: str, lang: str) -> str:
    """The tested element in the plan's language; an element without a label as it is."""
    return t(f"doc.var.{name}", lang) if has(f"doc.var.{name}") else name


def _ad_name(name: str, lang: str) -> str:
    """ "A (control)" as Meta's test tool names it, with "control" in the plan's language."""
    return name.replace("(control)", f"({t('doc.ab.control', lang)})")


def _findings(fs: list[Any], lang: str, fixes: bool = False) -> list[str]:
    """Findings as items; ``fixes`` adds the suggestion (set-up findings show it nowhere else)."""
    msg = [" ".join(filter(None, [f.message, f.suggestion if fixes else None])) for f in fs]
    return [lb.finding(f.severity, f.rule, m, lang) for f, m in zip(fs, msg, strict=True)]


def _benchmark(plan: CampaignPlan) -> list[str]:
    """The market table entry behind the plan's figures, named (its data path is in JSON)."""
    bm = plan.numbers.benchmark if plan.numbers else None
    if bm is None:
        return []
    return [
        t(
            "label.benchmark",
            plan.lang,
            market=lb.countries([bm.market], plan.lang),
            objective=lb.coded("objective", bm.objective, plan.lang),
            source=source_text(bm.source, plan.lang),
            as_of=bm.as_of,
            confidence=lb.confidence(bm.confidence, plan.lang),
        )
    ]
