"""Insights from the Marketing API as the Ads Manager export table ``adsage analyze`` reads.

The rows are written with the English Ads Manager column names, so the API path and an
exported CSV go through the same reader and the same analysis: one verdict for one set of
numbers. Every page is followed; ranges longer than the rule data's limit run as an async
report, polled until Meta finishes it.
"""

from __future__ import annotations

import csv
import io
import json
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from adsage.errors import AdsageError, BadInput
from adsage.meta.rules import meta_rules

if TYPE_CHECKING:
    from adsage.meta.graph import Graph

Level = Literal["ad", "adset", "campaign"]
_NAMES = {"campaign": "Campaign name", "adset": "Ad set name", "ad": "Ad name"}
_DONE = object()


def pull(
    graph: Graph,
    account: str,
    *,
    campaign: str | None = None,
    since: date | None = None,
    until: date | None = None,
    level: Level = "ad",
    force_async: bool = False,
) -> list[dict[str, Any]]:
    """Every insights row of the account (or one campaign) over the range, all pages."""
    from facebook_business.adobjects.adaccount import AdAccount

    rules = meta_rules().insights
    params: dict[str, Any] = {"level": level, "limit": rules.page_limit}
    if since and until:
        if until < since:
            raise BadInput(f"--until {until} is before --since {since}")
        params["time_range"] = {"since": since.isoformat(), "until": until.isoformat()}
    elif since or until:
        raise BadInput("--since and --until: give both dates, or neither (the whole lifetime)")
    else:
        params["date_preset"] = "maximum"
    if campaign:
        params["filtering"] = [{"field": "campaign.id", "operator": "IN", "value": [campaign]}]
    acct = AdAccount(account, api=graph.api)
    long = bool(since and until and (until - since).days + 1 > rules.async_days)
    if long or force_async:
        report = graph.retry(lambda: acct.get_insights(rules.fields, params, is_async=True))
        _wait(graph, report)
        cursor = graph.retry(lambda: report.get_insights(fields=rules.fields))
    else:
        cursor = graph.retry(lambda: acct.get_insights(fields=rules.fields, params=params))
    rows: list[dict[str, Any]] = []
    it = iter(cursor)
    while (item := graph.retry(lambda: next(it, _DONE))) is not _DONE:
        rows.append(dict(item.export_all_data()))
    return rows


def _wait(graph: Graph, report: Any) -> None:
    rules = meta_rules().insights
    waited = 0.0
    while True:
        graph.retry(lambda: report.api_get(fields=["async_status", "async_percent_completion"]))
        status = str(report.get("async_status") or "")
        if status == "Job Completed":
            return
        if status in ("Job Failed", "Job Skipped"):
            raise AdsageError(f"Meta's insights report {report.get('id')} ended: {status}")
        if waited >= rules.max_wait_seconds:
            raise AdsageError(
                f"Meta's insights report {report.get('id')} is still running after "
                f"{waited:.0f} s; try a shorter range"
            )
        time.sleep(rules.poll_seconds)
        waited += rules.poll_seconds


def _first(items: Any, types: list[str]) -> float | None:
    """The value of the first listed action type a row has (the types overlap)."""
    values = {str(a.get("action_type")): a.get("value") for a in items or [] if isinstance(a, dict)}
    for t in types:
        if t in values:
            return float(values[t] or 0)
    return None


def _any(rows: list[dict[str, Any]], key: str, types: list[str]) -> bool:
    return any(_first(r.get(key), types) is not None for r in rows)


def table(rows: list[dict[str, Any]], level: Level = "ad") -> list[list[str]]:
    """Header plus one line per row, as an English Ads Manager export writes them."""
    rules = meta_rules().insights
    currency = next((str(r["account_currency"]) for r in rows if r.get("account_currency")), "")
    order = list(_NAMES)
    names = [_NAMES[lv] for lv in order[: order.index(level) + 1]]
    counts = [c for c, t in rules.counts.items() if _any(rows, "actions", t)]
    values = [c for c, t in rules.value.items() if _any(rows, "action_values", t)]
    spend = f"Amount spent ({currency})" if currency else "Amount spent"
    head = [*names, "Reporting starts", "Reporting ends", "Impressions", "Reach", "Link clicks"]
    head += ["Clicks (all)", spend, *counts, *values]
    out = [head]
    for r in rows:
        line = [str(r.get(k, "")) for k in ("campaign_name", "adset_name", "ad_name")[: len(names)]]
        line += [str(r.get("date_start", "")), str(r.get("date_stop", ""))]
        line += [_num(r.get(k)) for k in ("impressions", "reach", "inline_link_clicks", "clicks")]
        line.append(_num(r.get("spend")))
        line += [_num(_first(r.get("actions"), rules.counts[c]) or 0) for c in counts]
        line += [_num(_first(r.get("action_values"), rules.value[c]) or 0) for c in values]
        out.append(line)
    return out


def _num(value: Any) -> str:
    if value in (None, ""):
        return "0"
    number = float(value)
    return str(int(number)) if number == int(number) else f"{number:.2f}"


def csv_text(rows: list[dict[str, Any]], level: Level = "ad") -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(table(rows, level))
    return buf.getvalue()


def saved_rows(path: Path) -> tuple[list[dict[str, Any]], Level]:
    """Rows saved by ``adsage insights --out FILE.json``."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise BadInput(
            f"{path}: not an insights file from `adsage insights --out FILE.json` ({exc})"
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("rows"), list):
        raise BadInput(f"{path}: no rows; save them with `adsage insights --out FILE.json`")
    level = data.get("level", "ad")
    if level not in _NAMES:
        raise BadInput(f"{path}: level {level!r} is not ad, adset or campaign")
    return data["rows"], level


def table_file(path: Path, home: Path) -> Path:
    """The saved rows as an export CSV under ADSAGE_HOME, for the export reader."""
    from adsage.atomic_files import write_text_atomic
    from adsage.config import ensure_home

    rows, level = saved_rows(path)
    out = ensure_home(home / "insights") / f"{path.stem}.csv"
    write_text_atomic(out, csv_text(rows, level))
    return out
