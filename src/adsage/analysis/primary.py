"""Which metric judges the ads: the one the campaign pays for, not the one that is easiest to read.

A sales campaign buys purchases, so an ad with a high CTR and few purchases is the worse ad;
judging it by CTR is how a best seller gets paused. The choice, strongest first:

1. ``--metric`` (the marketer asks for a metric by name);
2. the objective from ``--objective`` or a saved plan (what the marketer says the campaign is
   for; a disagreeing "Result indicator" in the export is reported);
3. the export's own "Result indicator" / "Result type" cells (what Ads Manager optimised for);
4. the columns the export has (a "Purchases" column means purchases are counted);
5. CTR, only when the export has no spend to compute a cost from.

The result kinds, their columns and their metrics are data in ``ads_manager_headers.yaml``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adsage.analysis.headers import ResultKind, header_data
from adsage.analysis.metrics import METRICS, Metric
from adsage.analysis.reading import Export
from adsage.errors import BadInput

_NEEDS: dict[str, tuple[str, ...]] = {
    "ctr": ("clicks",),
    "cvr": ("clicks", "conversions"),
    "cpa": ("spend", "conversions"),
    "roas": ("spend", "value"),
    "cpc": ("spend", "clicks"),
    "cpm": ("spend",),
    "cpr": ("spend", "reach"),
}
_EXAMPLES = {
    "clicks": "Link clicks / Kliknięcia linku",
    "conversions": "Results, Purchases or Leads / Wyniki, Zakupy lub Kontakty",
    "spend": "Amount spent / Wydana kwota",
    "value": "Purchases conversion value / Wartość konwersji zakupów",
    "reach": "Reach / Zasięg",
}
# columns that count a conversion-type result, in the order they are trusted
_COLUMN_KINDS = (("purchases", "purchase"), ("leads", "lead"), ("installs", "install"))


@dataclass(frozen=True)
class Primary:
    """The metric the ads are judged on, what it counts, and why it was chosen."""

    metric: Metric
    kind: str | None  # result kind id; None = a generic "result" / conversion
    source: str  # option | objective | export | columns | fallback
    objective: str | None
    also: Metric | None  # a second metric shown beside the primary one (sales: ROAS)
    natural: Metric | None = None  # what the campaign buys, when --metric chose another
    indicator_kinds: tuple[str, ...] = ()  # what the export's result columns named

    def as_dict(self) -> dict[str, Any]:
        return {
            "metric": self.metric,
            "result": self.kind,
            "source": self.source,
            "objective": self.objective,
            "also": self.also,
            "campaign_metric": self.natural,
            "export_result_kinds": list(self.indicator_kinds),
        }


def _fold(text: str) -> str:
    """ "Promocja aplikacji" -> "promocja_aplikacji", "sprzedaż" -> "sprzedaz"."""
    from adsage.lang.folding import fold

    return "_".join(fold(text).replace("-", " ").split())


def normalize_objective(value: str | None, where: str = "--objective") -> str | None:
    """OUTCOME_SALES, "sales" or "sprzedaż" -> OUTCOME_SALES; BadInput for anything else."""
    if value is None or not value.strip():
        return None
    data = header_data().objectives
    if data is None:
        raise BadInput(f"{where}: objectives are missing from ads_manager_headers.yaml")
    key = _fold(value)
    found = key.upper() if key.upper() in data.kinds else data.aliases.get(key)
    if found is None:
        names = ", ".join(sorted({a for a in data.aliases if a.isascii()} - {"conversions"}))
        raise BadInput(f"{where} {value!r}: use one of {names} (or {', '.join(data.kinds)})")
    return found


def objective_from_plan(path: Path) -> str:
    """The objective of a plan saved with ``adsage plan --out plan.json``."""
    try:
        data = json.loads(path.read_text("utf-8"))
        objective = data["objective"]["objective"]
    except OSError as exc:
        raise BadInput(f"--plan {path}: cannot read ({exc.strerror or exc})") from None
    except (ValueError, KeyError, TypeError):
        raise BadInput(
            f"--plan {path}: not a saved plan (JSON with objective.objective); "
            "save one with adsage plan BRIEF --out plan.json"
        ) from None
    found = normalize_objective(str(objective), f"--plan {path}")
    assert found is not None
    return found


def check_metric(metric: str, export: Export, path: Path) -> Metric:
    """The metric, if this export can answer it; BadInput naming the missing column if not."""
    if metric not in METRICS:
        raise BadInput(f"--metric {metric!r}: use one of {', '.join(METRICS)}")
    missing = [f for f in _NEEDS[metric] if not export.has(f)]
    if missing:
        need = "; ".join(_EXAMPLES[f] for f in missing)
        raise BadInput(f"{path}: --metric {metric} needs a column for {need}")
    return metric  # type: ignore[return-value]


def _kind_from_columns(export: Export) -> str | None:
    for column, kind in _COLUMN_KINDS:
        if export.header.has(column):
            return kind
    return None


def _pick_kind(export: Export, objective: str | None) -> tuple[str | None, str]:
    data = header_data()
    if objective and data.objectives:
        return data.objectives.kinds.get(objective), "objective"
    if export.kinds:
        return export.kinds.most_common(1)[0][0], "export"
    kind = _kind_from_columns(export)
    if kind:
        return kind, "columns"
    if export.header.has("conversions") or export.header.has("results"):
        return None, "columns"
    if export.has("spend") and export.has("clicks"):
        return "link_click", "columns"
    return None, "fallback"


def _count_field(kind: ResultKind | None) -> str | None:
    """The column whose count becomes ``conversions``; None leaves the default in place."""
    if kind is None:
        return None
    return kind.count if kind.metric == "cpa" else None


def choose(
    export: Export, path: Path, *, metric: str | None = None, objective: str | None = None
) -> Primary:
    """Decide the primary metric and point the export's ``conversions`` at what it counts."""
    objective = normalize_objective(objective)
    kinds = header_data().result_kinds
    kind_id, source = _pick_kind(export, objective)
    kind = kinds.get(kind_id or "")
    field = _count_field(kind)
    if field and not export.header.has(field):
        # e.g. a sales export with only "Results": trust Results when it counts this kind
        counts_this = not export.kinds or kind_id in export.kinds
        field = "results" if export.header.has("results") and counts_this else None
    if field:
        export.use_result(field)
    elif kind is not None and kind.metric != "cpa" and export.result_field == "results":
        export.use_result(None)  # Results counts clicks or people reached, not conversions
    natural = _default_metric(export, kind)
    if metric:
        chosen = check_metric(metric.strip().lower(), export, path)
        source = "option"
    else:
        chosen = natural
    also: Metric | None = None
    if kind and kind.also and chosen != kind.also and export.has("spend") and export.has("value"):
        also = kind.also
    return Primary(
        metric=chosen,
        kind=kind_id,
        source=source,
        objective=objective or (kind.objective if kind else None),
        also=also,
        natural=natural if natural != chosen else None,
        indicator_kinds=tuple(k for k, _ in export.kinds.most_common()),
    )


def _default_metric(export: Export, kind: ResultKind | None) -> Metric:
    wanted: Metric = kind.metric if kind else ("cpa" if export.has("conversions") else "ctr")
    if all(export.has(f) for f in _NEEDS[wanted]):
        return wanted
    # no spend: a cost cannot be computed, the rate behind it can
    if wanted == "cpa" and export.has("clicks") and export.has("conversions"):
        return "cvr"
    return "ctr"
