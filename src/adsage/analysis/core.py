"""One analysis of one export: read, measure, compare, check the goal, recommend.

Surfaces (CLI, HTML report) only format what :func:`analyze_file` returns, so the JSON, the
terminal table and the HTML page can never disagree about who won.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adsage.analysis.compare import (
    MAX_COMPARED,
    MIN_RELATIVE_LIFT,
    MIN_SUCCESSES,
    MIN_TRIALS,
    Comparison,
)
from adsage.analysis.metrics import METRICS, AdMetrics, Metric, ad_metrics, totals
from adsage.analysis.reading import Export, SkippedRow, read_export
from adsage.analysis.texts import UNITS, Lang, fmt_metric, metric_name, num, pct, pvalue, t
from adsage.errors import BadInput

_NEEDS: dict[str, tuple[str, ...]] = {
    "ctr": ("clicks",),
    "cvr": ("clicks", "conversions"),
    "cpa": ("spend", "conversions"),
    "roas": ("spend", "value"),
}
_EXAMPLES = {
    "clicks": "Link clicks / Kliknięcia linku",
    "conversions": "Purchases / Zakupy",
    "spend": "Amount spent / Wydana kwota",
    "value": "Purchases conversion value / Wartość konwersji zakupów",
}


@dataclass
class Analysis:
    file: str
    lang: Lang
    metric: Metric
    currency: str | None
    ads: list[AdMetrics]
    comparison: Comparison
    totals: dict[str, Any]
    skipped: list[SkippedRow]
    warnings: list[dict[str, str]] = field(default_factory=list)
    recommendations: list[dict[str, Any]] = field(default_factory=list)
    goal: dict[str, Any] | None = None
    per_day: bool = False
    verdict: str = ""

    @property
    def winner(self) -> dict[str, Any] | None:
        return self.comparison.winner

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "lang": self.lang,
            "metric": self.metric,
            "currency": self.currency,
            "rows_per_day": self.per_day,
            "ads": [a.as_dict() for a in self.ads],
            "totals": self.totals,
            "winner": self.winner,
            "significant": self.winner is not None,
            "verdict": self.verdict,
            "comparisons": [p.as_dict() for p in self.comparison.pairs],
            "goal": self.goal,
            "recommendations": self.recommendations,
            "skipped_rows": [s.as_dict() for s in self.skipped],
            "warnings": self.warnings,
        }


def check_metric(metric: str, export: Export, path: Path) -> Metric:
    """The metric, if this export can answer it; BadInput naming the missing column if not."""
    if metric not in METRICS:
        raise BadInput(f"--metric {metric!r}: use one of {', '.join(METRICS)}")
    missing = [f for f in _NEEDS[metric] if not export.has(f)]
    if missing:
        need = "; ".join(_EXAMPLES[f] for f in missing)
        raise BadInput(f"{path}: --metric {metric} needs a column for {need}")
    return metric  # type: ignore[return-value]


def _verdict(cmp: Comparison, ads: list[AdMetrics], lang: Lang, cur: str | None) -> str:
    m = cmp.metric
    by = {a.name: a for a in ads}
    mname = metric_name(m, lang)
    lead = by.get(cmp.leader or "")
    if lead is None:
        return t("verdict.empty", lang, metric=mname)
    if not cmp.pairs:
        return t("verdict.single", lang, name=lead.name)
    if cmp.negligible:
        return t(
            "verdict.negligible",
            lang,
            name=lead.name,
            metric=mname,
            lift=pct(MIN_RELATIVE_LIFT, lang, 0),
        )
    pb = pct(lead.prob_best, lang, 1)
    value = fmt_metric(m, getattr(lead, m), lang, cur)
    if cmp.winner:
        others = [a for a in ads if a.name != lead.name and a.name not in cmp.excluded]
        runner = max(others, key=lambda a: a.score(m) or 0.0)
        return t(
            "verdict.winner",
            lang,
            name=lead.name,
            metric=mname,
            value=value,
            other=fmt_metric(m, getattr(runner, m), lang, cur),
            other_name=runner.name,
            p=pvalue(cmp.winner["p_value"], lang),
            pb=pb,
        )
    return t("verdict.none", lang, name=lead.name, metric=mname, value=value, pb=pb)


def _warn(out: list[dict[str, str]], code: str, message: str) -> None:
    out.append({"code": code, "message": message})


def _warnings(
    export: Export, cmp: Comparison, ads: list[AdMetrics], lang: Lang
) -> list[dict[str, str]]:
    from adsage.analysis.recommend import HIGH_FREQUENCY

    out: list[dict[str, str]] = []
    m = cmp.metric
    success, base = UNITS[m][lang]
    if export.skipped:
        _warn(out, "skipped_rows", t("warn.skipped", lang, n=len(export.skipped)))
    if not export.has("clicks"):
        _warn(out, "no_clicks", t("warn.no_clicks", lang))
    elif not export.header.has("link_clicks"):
        _warn(
            out, "all_clicks", t("warn.clicks_all", lang, label=export.header.labels["clicks_all"])
        )
    if cmp.low_volume:
        x, n = MIN_SUCCESSES, MIN_TRIALS.get(m)
        unit_n = num(n, lang, 0) if n else "-"
        names = ", ".join(cmp.low_volume)
        _warn(
            out,
            "low_volume",
            t("warn.low_volume", lang, names=names, x=x, unit=success, n=unit_n, base=base),
        )
    if cmp.excluded:
        names = ", ".join(cmp.excluded)
        _warn(
            out,
            "not_compared",
            t("warn.excluded", lang, metric=metric_name(m, lang), names=names, base=base),
        )
    if cmp.negligible:
        lead = cmp.leader or ""
        lift = pct(MIN_RELATIVE_LIFT, lang, 0)
        _warn(
            out,
            "near_tie",
            t("verdict.negligible", lang, name=lead, metric=metric_name(m, lang), lift=lift),
        )
    if cmp.crowded:
        names = ", ".join(cmp.crowded[:10]) + (" …" if len(cmp.crowded) > 10 else "")
        _warn(out, "too_many_ads", t("warn.crowded", lang, n=MAX_COMPARED, names=names))
    if len(cmp.pairs) > 1:
        _warn(out, "many_ads", t("warn.many_ads", lang, n=len(ads)))
    if export.per_day and export.has("reach"):
        _warn(out, "reach_per_day", t("warn.per_day_reach", lang))
    tired = [a.name for a in ads if a.frequency is not None and a.frequency > HIGH_FREQUENCY]
    if tired:
        _warn(
            out,
            "high_frequency",
            t("warn.frequency", lang, f=num(HIGH_FREQUENCY, lang, 0), names=", ".join(tired)),
        )
    cur, vcur = export.header.currency, export.header.value_currency
    if cur and vcur and cur != vcur:
        _warn(out, "currency_mismatch", t("warn.currency", lang, a=cur, b=vcur))
    return out


def analyze_file(
    path: Path,
    *,
    metric: str = "ctr",
    goal: str | None = None,
    lang: str | None = None,
    searcher: Any | None = None,
    export: Export | None = None,
) -> Analysis:
    """Analyse one export; BadInput for unusable files, unsupported metrics or languages.

    ``export`` is the already-read file, for callers that validate it before paying for the
    knowledge index.
    """
    from adsage.analysis.compare import compare
    from adsage.analysis.goals import check_results
    from adsage.analysis.recommend import recommend

    if lang not in (None, "en", "pl"):
        raise BadInput(f"--lang {lang!r}: use en or pl")
    export = export or read_export(path)
    chosen = check_metric(metric, export, path)
    language: Lang = "pl" if (lang or export.lang) == "pl" else "en"
    ads = [ad_metrics(a, export) for a in export.ads]
    cmp = compare(ads, chosen)
    currency = export.header.currency
    summary = totals(ads, export)
    goal_result = None
    if goal and goal.strip():
        ad_dicts = [a.as_dict() for a in ads]
        goal_result = check_results(goal, summary, ad_dicts, lang=language, currency=currency)
    return Analysis(
        file=str(path),
        lang=language,
        metric=chosen,
        currency=currency,
        ads=ads,
        comparison=cmp,
        totals=summary,
        skipped=export.skipped,
        warnings=_warnings(export, cmp, ads, language),
        recommendations=recommend(
            cmp, ads, lang=language, currency=currency, goal=goal_result, searcher=searcher
        ),
        goal=goal_result,
        per_day=export.per_day,
        verdict=_verdict(cmp, ads, language, currency),
    )
