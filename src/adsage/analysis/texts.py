"""The analysis' words and figures: its messages come from the one catalogue (``analysis.*``),
numbers are formatted here because "1.8%" and "1,8%" are part of the language, not the maths.
"""

from __future__ import annotations

from typing import Any, Literal

from adsage.i18n.catalogue import has
from adsage.i18n.catalogue import t as _t

Lang = Literal["en", "pl"]


def units(metric: str, kind: str | None, lang: Lang) -> tuple[str, str]:
    """(successes, trials) in words; a cost per result counts what the campaign buys."""
    success = _t(f"analysis.units.{metric}.success", lang)
    base = _t(f"analysis.units.{metric}.trials", lang)
    if metric in ("cpa", "cvr", "roas"):
        success = result_unit(kind, lang) or _t("analysis.result.any", lang)
    return success, base


def result_unit(kind: str | None, lang: Lang) -> str | None:
    """What a result count is called after a number ("under 10 purchases"); None if unknown."""
    key = f"analysis.result.{kind or 'any'}"
    return _t(key, lang) if has(key) else None


def t(key: str, lang: Lang, **kw: Any) -> str:
    return _t(f"analysis.{key}", lang, **kw)


def metric_name(metric: str, lang: Lang, kind: str | None = None) -> str:
    if metric == "cpa" and has(f"analysis.cost.{kind}"):
        return _t(f"analysis.cost.{kind}", lang)
    return _t(f"analysis.metric.{metric}", lang) if has(f"analysis.metric.{metric}") else metric


def num(x: float, lang: Lang, digits: int = 2) -> str:
    text = f"{x:,.{digits}f}"
    if lang == "pl":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return text


def pct(x: float | None, lang: Lang, digits: int = 2) -> str:
    return "-" if x is None else num(x * 100, lang, digits) + "%"


def pvalue(p: float, lang: Lang) -> str:
    """ "p = 0.014" or "p < 0.001": three decimals are all a reader can act on."""
    return ("p < 0,001" if lang == "pl" else "p < 0.001") if p < 0.001 else "p = " + num(p, lang, 3)


def fmt_metric(metric: str, value: float | None, lang: Lang, currency: str | None) -> str:
    """A metric value as a reader expects it: rates in %, costs with currency, ROAS as x."""
    if value is None:
        return "-"
    if metric in ("ctr", "cvr", "frequency"):
        return pct(value, lang) if metric != "frequency" else num(value, lang)
    if metric == "roas":
        return num(value, lang) + "x"
    return num(value, lang) + (f" {currency}" if currency else "")
