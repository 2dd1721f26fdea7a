"""Check an Ads Manager bulk sheet before it is imported.

Pure: a header and rows (text cells, as read from the CSV or the XLSX's first sheet) in,
findings out. A row is an ad row when it has an Ad Name, an ad set row when it has an Ad Set
Name, otherwise a campaign row; campaign and ad set settings may sit on any row of their
campaign or ad set, so they are merged per object and must not contradict each other.
Column names, required cells and value spellings come from ``knowledge/rules/export.yaml``;
checks resting on data tagged UNSURE there only warn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from adsage.checks.sheet_bid import roas_findings
from adsage.export.spec import ExportRules, export_rules
from adsage.i18n import t
from adsage.models.findings import Finding, Severity

Row = dict[str, str]
BUDGETS = ("Daily", "Lifetime")
PIXEL_GOALS = ("OFFSITE_CONVERSIONS", "VALUE")  # website conversions: a pixel and event
_SAMPLE = datetime(2026, 12, 1)  # shows the expected date format in messages


@dataclass
class _Object:
    """One campaign or ad set: its merged cells and the sheet lines it appears on."""

    kind: str
    name: str
    cells: dict[str, str] = field(default_factory=dict)
    lines: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Ctx:
    """Rule data and the language findings are written in."""

    rules: ExportRules
    lang: str = "en"

    def msg(self, key: str, **kw: Any) -> str:
        return t(key, self.lang, **kw)

    def where(self, obj: _Object) -> str:
        kind = self.msg(f"sheet.kind.{obj.kind}")
        return self.msg("sheet.where.object", kind=kind, name=obj.name, line=obj.lines[0])

    def line(self, line: int) -> str:
        return self.msg("sheet.where.line", line=line)

    def finding(
        self,
        rule: str,
        key: str,
        column: str | None = None,
        *,
        severity: Severity | None = None,
        section: str | None = None,
        fix: str | None = None,
        **kw: Any,
    ) -> Finding:
        """``section`` names the rule data the finding rests on: UNSURE data only warns."""
        if severity is None:
            unsure = section is not None and getattr(self.rules, section).confidence == "UNSURE"
            severity = "warning" if unsure else "error"
        return Finding(
            rule=rule,
            severity=severity,
            message=self.msg(key, **kw),
            field=column,
            suggestion=self.msg(fix, col=column) if fix else None,
        )


def check_sheet(header: list[str], rows: list[Row], lang: str = "en") -> list[Finding]:
    from adsage.checks.sheet_ab import ab_findings

    ctx = Ctx(export_rules(), lang)
    out = _header_findings(header, ctx)
    if any(f.severity == "error" for f in out):
        return out
    c = ctx.rules.columns
    campaigns: dict[str, _Object] = {}
    ad_sets: dict[tuple[str, str], _Object] = {}
    ads: list[tuple[int, Row]] = []
    for i, raw in enumerate(rows):
        line = i + 2  # the spreadsheet's own line number (line 1 is the header)
        row = {k: clean(v) for k, v in raw.items()}
        camp = row.get("Campaign Name", "")
        if not camp:
            out.append(
                ctx.finding(
                    "sheet.cell_missing",
                    "sheet.campaign_unnamed",
                    "Campaign Name",
                    section="required",
                    where=ctx.line(line),
                )
            )
            continue
        out += _paused(row, line, ctx)
        obj = campaigns.setdefault(camp, _Object("campaign", camp))
        out += _merge(obj, row, c.campaign, line, ctx)
        if row.get("Ad Set Name", ""):
            obj = ad_sets.setdefault(
                (camp, row["Ad Set Name"]), _Object("ad_set", row["Ad Set Name"])
            )
            out += _merge(obj, row, c.ad_set, line, ctx)
        if row.get("Ad Name", ""):
            ads.append((line, row))
    for obj in campaigns.values():
        out += _required(obj, ctx.rules.required.campaign, ctx)
    for (camp, _), obj in ad_sets.items():
        out += _required(obj, ctx.rules.required.ad_set, ctx)
        out += _ad_set_findings(obj, campaigns[camp], ctx)
    out += _ad_findings(ads, ctx)
    known = set(ctx.rules.import_columns())
    out += ab_findings(ads, [h for h in header if h in known], ctx)
    return out


def clean(value: object) -> str:
    """The cell as Ads Manager reads it (our formula guard's apostrophe is not part of it)."""
    text = "" if value is None else str(value).strip()
    return text[1:] if text.startswith("'") else text


def _header_findings(header: list[str], ctx: Ctx) -> list[Finding]:
    out: list[Finding] = []
    have = set(header)
    req, c = ctx.rules.required, ctx.rules.columns
    levels = [(req.campaign, c.campaign)]
    if "Ad Set Name" in have or "Ad Name" in have:
        levels.append((req.ad_set, c.ad_set))
    if "Ad Name" in have:
        levels.append((req.ad, c.ad))
    needed = [col for cols, _ in levels for col in cols]
    needed += [s for _, cols in levels for s in ctx.rules.statuses.columns if s in cols]
    for col in dict.fromkeys(needed):
        if col not in have:
            out.append(
                ctx.finding(
                    "sheet.column_missing", "sheet.column_missing", col, section="required", col=col
                )
            )
    known = set(ctx.rules.import_columns())
    for col in (w for w in ctx.rules.working if w not in known and w in have):
        out.append(
            ctx.finding(
                "sheet.working_column",
                "sheet.working_column",
                col,
                severity="warning",
                fix="sheet.working_column.fix",
                col=col,
            )
        )
    return out


def _merge(obj: _Object, row: Row, cols: list[str], line: int, ctx: Ctx) -> list[Finding]:
    out: list[Finding] = []
    obj.lines.append(line)
    for col in cols:
        value = row.get(col, "")
        if not value or col in ctx.rules.statuses.columns:  # statuses are checked per row
            continue
        before = obj.cells.setdefault(col, value)
        if before != value:
            out.append(
                ctx.finding(
                    "sheet.inconsistent",
                    "sheet.inconsistent",
                    col,
                    where=ctx.line(line),
                    col=col,
                    value=value,
                    name=obj.name,
                    before=before,
                )
            )
    return out


def _required(obj: _Object, cols: list[str], ctx: Ctx) -> list[Finding]:
    empty = [c for c in cols if not obj.cells.get(c) and c not in ctx.rules.statuses.columns]
    return _missing(obj, empty, ctx)


def _missing(obj: _Object, cols: list[str], ctx: Ctx) -> list[Finding]:
    """One ``sheet.cell_missing`` finding per empty required column of ``obj``."""
    return [
        ctx.finding(
            "sheet.cell_missing",
            "sheet.cell_missing",
            col,
            section="required",
            where=ctx.where(obj),
            col=col,
        )
        for col in cols
    ]


def _paused(row: Row, line: int, ctx: Ctx) -> list[Finding]:
    """Each row's status cells, for every level the row reaches (campaign, ad set, ad)."""
    c, st = ctx.rules.columns, ctx.rules.statuses
    levels = [(c.campaign, "Campaign Name"), (c.ad_set, "Ad Set Name"), (c.ad, "Ad Name")]
    return [
        ctx.finding(
            "sheet.not_paused",
            "sheet.not_paused",
            col,
            fix="sheet.not_paused.fix",
            where=ctx.line(line),
            col=col,
            value=row.get(col, ""),
        )
        for cols, name in levels
        if row.get(name)
        for col in st.columns
        if col in cols and row.get(col, "").upper() != st.value
    ]


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _ad_set_findings(obj: _Object, camp: _Object, ctx: Ctx) -> list[Finding]:
    where = ctx.where(obj)
    out: list[Finding] = []
    filled = {f"Ad Set {k} Budget": obj.cells.get(f"Ad Set {k} Budget", "") for k in BUDGETS}
    filled |= {f"Campaign {k} Budget": camp.cells.get(f"Campaign {k} Budget", "") for k in BUDGETS}
    filled = {k: v for k, v in filled.items() if v}
    for col, text in filled.items():
        amount = _number(text)
        if amount is None or amount <= 0:
            out.append(_budget(ctx, "sheet.budget.amount", where, col=col, value=text))
    if not filled:
        out.append(_budget(ctx, "sheet.budget.none", where))
    elif len(filled) > 1:
        out.append(_budget(ctx, "sheet.budget.two", where, cols=" + ".join(sorted(filled))))
    start_text = obj.cells.get("Ad Set Time Start", "")
    stop_text = obj.cells.get("Ad Set Time Stop", "")
    if any("Lifetime" in k for k in filled) and not stop_text:
        out.append(_budget(ctx, "sheet.budget.stop", where))
    start, stop = ctx.rules.parse_time(start_text), ctx.rules.parse_time(stop_text)
    for col, text, moment in (
        ("Ad Set Time Start", start_text, start),
        ("Ad Set Time Stop", stop_text, stop),
    ):
        if text and moment is None:
            sample = ctx.rules.format_time(_SAMPLE)
            out.append(
                ctx.finding(
                    "sheet.date",
                    "sheet.date.unreadable",
                    col,
                    section="values",
                    where=where,
                    col=col,
                    value=text,
                    sample=sample,
                )
            )
    if start and stop and stop <= start:
        out.append(ctx.finding("sheet.date", "sheet.date.order", "Ad Set Time Stop", where=where))
    locations = ctx.rules.required.ad_set_one_of.get("location", [])
    if not any(obj.cells.get(col) for col in locations):
        out.append(
            ctx.finding(
                "sheet.cell_missing",
                "sheet.location",
                "Countries",
                section="required",
                where=where,
                cols=" / ".join(locations),
            )
        )
    out += _ages(obj, where, ctx)
    out += _page_and_pixel(obj, where, ctx)
    level = "Ad Set" if any(k.startswith("Ad Set") for k in filled) else "Campaign"
    holder = obj if level == "Ad Set" else camp
    if filled and not holder.cells.get(f"{level} Bid Strategy"):
        col = f"{level} Bid Strategy"
        out.append(
            ctx.finding(
                "sheet.bid_strategy",
                "sheet.bid_strategy",
                col,
                severity="warning",
                where=where,
                col=col,
            )
        )
    strategy = holder.cells.get(f"{level} Bid Strategy", "")
    out += _bid_amount(ctx, strategy, obj, where) + roas_findings(ctx, strategy, obj, where)
    return out


def _bid_amount(ctx: Ctx, strategy: str, obj: _Object, where: str) -> list[Finding]:
    """A cost per result goal or bid cap without its amount: the import has no cap to set."""
    capped = ("COST_CAP", "LOWEST_COST_WITH_BID_CAP")
    names = {v for k, v in ctx.rules.values.bid_strategy.items() if k in capped}
    if strategy not in names | set(capped) or obj.cells.get("Bid Amount"):
        return []
    return [
        ctx.finding(
            "sheet.bid_amount", "sheet.bid_amount", "Bid Amount", section="values", where=where
        )
    ]


def _budget(ctx: Ctx, key: str, where: str, **kw: Any) -> Finding:
    return ctx.finding("sheet.budget", key, "budget", where=where, **kw)


def _ages(obj: _Object, where: str, ctx: Ctx) -> list[Finding]:
    lo, hi = obj.cells.get("Age Min", ""), obj.cells.get("Age Max", "")
    if not (lo and hi):
        return []
    if not (lo.isdigit() and hi.isdigit()):
        return [ctx.finding("sheet.age", "sheet.age.numbers", "Age Min", where=where, lo=lo, hi=hi)]
    if not 13 <= int(lo) <= int(hi) <= 65:
        return [ctx.finding("sheet.age", "sheet.age.range", "Age Min", where=where, lo=lo, hi=hi)]
    return []


def _page_and_pixel(obj: _Object, where: str, ctx: Ctx) -> list[Finding]:
    """What an import can leave out but a launch cannot: warnings, to fill in Ads Manager."""
    out = []
    if not obj.cells.get("Link Object ID"):
        out.append(
            ctx.finding(
                "sheet.page",
                "sheet.page",
                "Link Object ID",
                severity="warning",
                fix="sheet.page.fix",
                where=where,
            )
        )
    pixel = "Optimized Conversion Tracking Pixels"
    if obj.cells.get("Optimization Goal") in PIXEL_GOALS and not obj.cells.get(pixel):
        out.append(
            ctx.finding(
                "sheet.pixel",
                "sheet.pixel",
                pixel,
                severity="warning",
                fix="sheet.pixel.fix",
                where=where,
            )
        )
    return out


def _ad_findings(ads: list[tuple[int, Row]], ctx: Ctx) -> list[Finding]:
    out: list[Finding] = []
    seen: dict[tuple[str, str, str], int] = {}
    for line, row in ads:
        obj = _Object("ad", row["Ad Name"], lines=[line])
        out += _missing(obj, [c for c in ctx.rules.required.ad if not row.get(c)], ctx)
        key = (row.get("Campaign Name", ""), row.get("Ad Set Name", ""), row["Ad Name"])
        if key in seen:
            out.append(
                ctx.finding(
                    "sheet.duplicate_ad",
                    "sheet.duplicate_ad",
                    "Ad Name",
                    where=ctx.where(obj),
                    first=seen[key],
                )
            )
        seen.setdefault(key, line)
    return out
