"""Warnings and notes of an analysis: what a reader must know before acting on the verdict.

Kept apart from the verdict so adding a check never touches how the winner is decided.
"""

from __future__ import annotations

from adsage.analysis.compare import (
    MAX_COMPARED,
    MIN_RELATIVE_LIFT,
    MIN_SUCCESSES,
    MIN_TRIALS,
    Comparison,
)
from adsage.analysis.metrics import AdMetrics
from adsage.analysis.primary import Primary
from adsage.analysis.reading import AdTotals, Export
from adsage.analysis.texts import Lang, num, pct, result_unit, t, units


def _warn(out: list[dict[str, str]], code: str, message: str) -> None:
    out.append({"code": code, "message": message})


def warnings(
    export: Export,
    cmp: Comparison,
    ads: list[AdMetrics],
    lang: Lang,
    primary: Primary,
    mname: str,
) -> list[dict[str, str]]:
    """Problems with the data or the comparison a reader must know before acting."""
    from adsage.analysis.recommend import HIGH_FREQUENCY

    out: list[dict[str, str]] = []
    m = cmp.metric
    success, base = units(m, primary.kind, lang)
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
        key = "warn.low_volume" if n else "warn.low_volume_count"
        _warn(
            out,
            "low_volume",
            t(key, lang, names=names, x=x, unit=success, n=unit_n, base=base),
        )
    if cmp.excluded:
        names = ", ".join(cmp.excluded)
        _warn(
            out,
            "not_compared",
            t("warn.excluded", lang, metric=mname, names=names, base=base),
        )
    if cmp.negligible:
        lead = cmp.leader or ""
        lift = pct(MIN_RELATIVE_LIFT, lang, 0)
        _warn(
            out,
            "near_tie",
            t("verdict.negligible", lang, name=lead, metric=mname, lift=lift),
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
    _result_warnings(out, export, lang, primary, mname)
    return out


def _kind_names(kinds: list[str], lang: Lang) -> str:
    return ", ".join(result_unit(k, lang) or k.replace("_", " ") for k in kinds)


def _result_warnings(
    out: list[dict[str, str]], export: Export, lang: Lang, primary: Primary, mname: str
) -> None:
    found = list(primary.indicator_kinds)
    if primary.source == "objective" and found and primary.kind not in found:
        _warn(
            out,
            "objective_mismatch",
            t(
                "warn.objective_mismatch",
                lang,
                found=_kind_names(found, lang),
                objective=primary.objective,
                metric=mname,
            ),
        )
    if len(found) > 1:
        kinds = _kind_names(found, lang)
        _warn(out, "mixed_results", t("warn.mixed_results", lang, kinds=kinds, metric=mname))
    if len(export.attribution) > 1:
        values = "; ".join(export.attribution)
        _warn(out, "attribution_mixed", t("warn.attribution_mixed", lang, values=values))
    if not export.has("spend"):
        _warn(out, "no_spend", t("warn.no_spend", lang, metric=mname))
    for ad in ads_with_blanks(export):
        cols = ", ".join(ad.blanks)
        _warn(out, "blank_cells", t("warn.blank", lang, name=ad.name, cols=cols))


def ads_with_blanks(export: Export) -> list[AdTotals]:
    return [a for a in export.ads if a.blanks]


def notices(
    export: Export, ads: list[AdMetrics], lang: Lang, primary: Primary, mname: str
) -> list[dict[str, str]]:
    """What the analysis assumed, stated once: the metric's source and the totals row."""
    out: list[dict[str, str]] = []
    if primary.source in ("columns", "fallback"):
        _warn(out, "metric_guessed", t("note.guessed", lang, metric=mname))
    else:
        why = t(f"why.{primary.source}", lang, objective=primary.objective or "")
        _warn(out, "metric_source", t("note.source", lang, metric=mname, why=why))
    if export.totals_row:
        row = int(export.totals_row["row"])
        _warn(out, "totals_row", t("note.totals_row", lang, row=row))
    return out
