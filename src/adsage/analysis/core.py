"""One analysis of one export: read, measure, compare, check the goal, recommend.

Surfaces (CLI, HTML report) only format what :func:`analyze_file` returns, so the JSON, the
terminal table and the HTML page can never disagree about who won.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adsage.analysis.compare import MIN_RELATIVE_LIFT, Comparison
from adsage.analysis.diagnose import Diagnostics
from adsage.analysis.metrics import AdMetrics, Metric, ad_metrics, totals
from adsage.analysis.primary import Primary, check_metric
from adsage.analysis.reading import Export, SkippedRow, read_export
from adsage.analysis.texts import Lang, fmt_metric, metric_name, pct, pvalue, t
from adsage.errors import BadInput

__all__ = ["Analysis", "analyze_file", "check_metric"]


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
    primary: Primary | None = None
    metric_label: str = ""
    second: Comparison | None = None
    diagnostics: Diagnostics = field(default_factory=Diagnostics)
    notes: list[dict[str, str]] = field(default_factory=list)
    reporting: tuple[str, str] | None = None
    attribution: list[str] = field(default_factory=list)
    totals_row: dict[str, float] | None = None

    @property
    def winner(self) -> dict[str, Any] | None:
        return self.comparison.winner

    def _second(self) -> dict[str, Any] | None:
        c = self.second
        if c is None:
            return None
        return {
            "metric": c.metric,
            "leader": c.leader,
            "winner": c.winner,
            "method": c.method,
            "prob_best": c.prob_best,
            "comparisons": [p.as_dict() for p in c.pairs],
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "lang": self.lang,
            "metric": self.metric,
            "metric_name": self.metric_label,
            "primary": self.primary.as_dict() if self.primary else None,
            "method": self.comparison.method,
            "currency": self.currency,
            "reporting": (
                {"starts": self.reporting[0], "ends": self.reporting[1]} if self.reporting else None
            ),
            "attribution": self.attribution,
            "totals_row": self.totals_row,
            "rows_per_day": self.per_day,
            "ads": [a.as_dict() for a in self.ads],
            "totals": self.totals,
            "winner": self.winner,
            "significant": self.winner is not None,
            "verdict": self.verdict,
            "comparisons": [p.as_dict() for p in self.comparison.pairs],
            "second": self._second(),
            "diagnostics": self.diagnostics.as_dict(),
            "goal": self.goal,
            "recommendations": self.recommendations,
            "skipped_rows": [s.as_dict() for s in self.skipped],
            "warnings": self.warnings,
            "notes": self.notes,
        }


def _verdict(cmp: Comparison, ads: list[AdMetrics], lang: Lang, cur: str | None, mname: str) -> str:
    m = cmp.metric
    by = {a.name: a for a in ads}
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


def _second_line(c: Comparison, ads: list[AdMetrics], lang: Lang, cur: str | None) -> str:
    """One sentence on the second metric (ROAS beside cost per purchase)."""
    by = {a.name: a for a in ads}
    lead = by.get(c.leader or "")
    others = [a for a in ads if a is not lead and a.name in c.prob_best]
    if lead is None or not others:
        return ""
    runner = max(others, key=lambda a: a.score(c.metric) or 0.0)
    pair = c.pair(lead.name, runner.name)
    sig = (
        t("sig.yes", lang, p=pvalue(pair.p_adjusted, lang))
        if pair is not None and pair.significant
        else t("sig.no", lang)
    )
    return t(
        "verdict.second",
        lang,
        metric=metric_name(c.metric, lang),
        name=lead.name,
        value=fmt_metric(c.metric, getattr(lead, c.metric), lang, cur),
        other=fmt_metric(c.metric, getattr(runner, c.metric), lang, cur),
        other_name=runner.name,
        sig=sig,
    )


def analyze_file(
    path: Path,
    *,
    metric: str | None = None,
    objective: str | None = None,
    goal: str | None = None,
    lang: str | None = None,
    searcher: Any | None = None,
    export: Export | None = None,
) -> Analysis:
    """Analyse one export; BadInput for unusable files, unsupported metrics or languages.

    The ads are judged on what the campaign pays for (see ``primary``); ``metric`` overrides
    that. ``export`` is the already-read file, for callers that validate it before paying for
    the knowledge index.
    """
    from adsage.analysis.compare import compare
    from adsage.analysis.diagnose import diagnose
    from adsage.analysis.goals import check_results
    from adsage.analysis.notices import notices, warnings
    from adsage.analysis.primary import choose
    from adsage.analysis.recommend import recommend

    if lang not in (None, "en", "pl"):
        raise BadInput(f"--lang {lang!r}: use en or pl")
    export = export or read_export(path)
    primary = choose(export, path, metric=metric, objective=objective)
    language: Lang = "pl" if (lang or export.lang) == "pl" else "en"
    mname = metric_name(primary.metric, language, primary.kind)
    ads = [ad_metrics(a, export) for a in export.ads]
    cmp = compare(ads, primary.metric)
    second = compare(ads, primary.also, fill=False) if primary.also else None
    # --metric chose another metric: the leader on what the campaign buys is still never paused
    guard = compare(ads, primary.natural, fill=False) if primary.natural else None
    currency = export.header.currency
    if guard is not None:  # explain the chosen metric against what the campaign buys
        natural = metric_name(guard.metric, language, primary.kind)
        diag = diagnose(guard, ads, natural, language, currency)
    else:
        diag = diagnose(cmp, ads, mname, language, currency)
    summary = totals(ads, export)
    goal_result = None
    if goal and goal.strip():
        ad_dicts = [a.as_dict() for a in ads]
        goal_result = check_results(goal, summary, ad_dicts, lang=language, currency=currency)
    verdict = _verdict(cmp, ads, language, currency, mname)
    extra = [_second_line(second, ads, language, currency) if second else "", diag.text]
    return Analysis(
        file=str(path),
        lang=language,
        metric=primary.metric,
        currency=currency,
        ads=ads,
        comparison=cmp,
        totals=summary,
        skipped=export.skipped,
        warnings=warnings(export, cmp, ads, language, primary, mname),
        recommendations=recommend(
            cmp,
            ads,
            lang=language,
            currency=currency,
            goal=goal_result,
            searcher=searcher,
            mname=mname,
            kind=primary.kind,
            second=second,
            diag=diag,
            guard=guard,
        ),
        goal=goal_result,
        per_day=export.per_day,
        verdict=" ".join([verdict, *(x for x in extra if x)]),
        primary=primary,
        metric_label=mname,
        second=second,
        diagnostics=diag,
        notes=notices(export, ads, language, primary, mname),
        reporting=export.reporting,
        attribution=export.attribution,
        totals_row=export.totals_row,
    )
