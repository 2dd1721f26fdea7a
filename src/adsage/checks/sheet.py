"""Check an Ads Manager bulk sheet before it is imported.

Pure: a header and rows (text cells, as read from the CSV or the XLSX's first sheet) in,
findings out. A row is an ad row when it has an Ad Name, an ad set row when it has an Ad Set
Name, otherwise a campaign row; campaign and ad set settings may sit on any row of their
campaign or ad set, so they are merged per object and must not contradict each other.
Column names, required cells and value spellings come from ``knowledge/rules/export.yaml``;
checks resting on data tagged UNSURE there only warn.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from adsage.export.names import parse_variant
from adsage.export.spec import ExportRules, export_rules
from adsage.models.findings import Finding, Severity

Row = dict[str, str]
BUDGETS = ("Daily", "Lifetime")
NAMES = ("Campaign Name", "Ad Set Name", "Ad Name")
_SAMPLE = datetime(2026, 12, 1)  # shows the expected date format in messages


@dataclass
class _Object:
    """One campaign or ad set: its merged cells and the sheet lines it appears on."""

    name: str
    cells: dict[str, str] = field(default_factory=dict)
    lines: list[int] = field(default_factory=list)


def check_sheet(header: list[str], rows: list[Row]) -> list[Finding]:
    rules = export_rules()
    out = _header_findings(header, rules)
    if any(f.severity == "error" for f in out):
        return out
    c = rules.columns
    campaigns: dict[str, _Object] = {}
    ad_sets: dict[tuple[str, str], _Object] = {}
    ads: list[tuple[int, Row]] = []
    for i, raw in enumerate(rows):
        line = i + 2  # the spreadsheet's own line number (line 1 is the header)
        row = {k: _clean(v) for k, v in raw.items()}
        camp = row.get("Campaign Name", "")
        if not camp:
            out.append(
                _f(
                    rules,
                    "required",
                    "sheet.cell_missing",
                    f"line {line}: Campaign Name is empty; every row names its campaign",
                    "Campaign Name",
                )
            )
            continue
        out += _paused(row, line, rules)
        out += _merge(campaigns.setdefault(camp, _Object(camp)), row, c.campaign, line, rules)
        ad_set = row.get("Ad Set Name", "")
        if ad_set:
            obj = ad_sets.setdefault((camp, ad_set), _Object(ad_set))
            out += _merge(obj, row, c.ad_set, line, rules)
        if row.get("Ad Name", ""):
            ads.append((line, row))
    for obj in campaigns.values():
        out += _required(obj, "campaign", rules.required.campaign, rules)
    for (camp, _), obj in ad_sets.items():
        out += _required(obj, "ad set", rules.required.ad_set, rules)
        out += _ad_set_findings(obj, campaigns[camp], rules)
    out += _ad_findings(ads, rules)
    out += _ab_findings(ads, [h for h in header if h in set(rules.import_columns())], rules)
    return out


def _clean(value: object) -> str:
    """The cell as Ads Manager reads it (our formula guard's apostrophe is not part of it)."""
    text = "" if value is None else str(value).strip()
    return text[1:] if text.startswith("'") else text


def _severity(rules: ExportRules, section: str) -> Severity:
    return "warning" if getattr(rules, section).confidence == "UNSURE" else "error"


def _f(
    rules: ExportRules, section: str, rule: str, message: str, column: str | None = None
) -> Finding:
    return Finding(rule=rule, severity=_severity(rules, section), message=message, field=column)


def _header_findings(header: list[str], rules: ExportRules) -> list[Finding]:
    out: list[Finding] = []
    have = set(header)
    req = rules.required
    c = rules.columns
    levels = [(req.campaign, c.campaign)]
    if "Ad Set Name" in have or "Ad Name" in have:
        levels.append((req.ad_set, c.ad_set))
    if "Ad Name" in have:
        levels.append((req.ad, c.ad))
    needed = [col for cols, _ in levels for col in cols]
    needed += [s for _, cols in levels for s in rules.statuses.columns if s in cols]
    for col in dict.fromkeys(needed):
        if col not in have:
            out.append(
                _f(
                    rules,
                    "required",
                    "sheet.column_missing",
                    f"column {col!r} is missing; Ads Manager needs it to create the objects",
                    col,
                )
            )
    ours = [w for w in rules.working if w not in set(rules.import_columns())]
    for col in ours:
        if col in have:
            out.append(
                Finding(
                    rule="sheet.working_column",
                    severity="warning",
                    message=f"column {col!r} is an adsage working column, not an Ads Manager one",
                    field=col,
                    suggestion="keep working notes in the second sheet or the .adsage.csv file",
                )
            )
    return out


def _merge(obj: _Object, row: Row, cols: list[str], line: int, rules: ExportRules) -> list[Finding]:
    out: list[Finding] = []
    obj.lines.append(line)
    for col in cols:
        value = row.get(col, "")
        if not value or col in rules.statuses.columns:  # checked per row
            continue
        before = obj.cells.setdefault(col, value)
        if before != value:
            out.append(
                Finding(
                    rule="sheet.inconsistent",
                    severity="error",
                    message=f"line {line}: {col} is {value!r} but an earlier row of "
                    f"{obj.name!r} says {before!r}; one object has one setting",
                    field=col,
                )
            )
    return out


def _required(obj: _Object, kind: str, cols: list[str], rules: ExportRules) -> list[Finding]:
    return [
        _f(
            rules,
            "required",
            "sheet.cell_missing",
            f"{kind} {obj.name!r} (line {obj.lines[0]}): {col} is empty",
            col,
        )
        for col in cols
        if not obj.cells.get(col) and col not in rules.statuses.columns
    ]


def _paused(row: Row, line: int, rules: ExportRules) -> list[Finding]:
    """Each row's status cells, for every level the row reaches (campaign, ad set, ad)."""
    c = rules.columns
    levels = [(c.campaign, "Campaign Name"), (c.ad_set, "Ad Set Name"), (c.ad, "Ad Name")]
    out = []
    for cols, name in levels:
        if not row.get(name):
            continue
        for col in rules.statuses.columns:
            value = row.get(col, "")
            if col in cols and value.upper() != rules.statuses.value:
                out.append(_not_paused(f"line {line}", col, value))
    return out


def _not_paused(where: str, col: str, value: str) -> Finding:
    shown = repr(value) if value else "empty"
    return Finding(
        rule="sheet.not_paused",
        severity="error",
        message=f"{where}: {col} is {shown}; an import must create PAUSED objects so nothing "
        "starts spending",
        field=col,
        suggestion=f"set {col} to PAUSED",
    )


def _number(text: str) -> float | None:
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return None
    return value


def _ad_set_findings(obj: _Object, camp: _Object, rules: ExportRules) -> list[Finding]:
    where = f"ad set {obj.name!r} (line {obj.lines[0]})"
    out: list[Finding] = []
    set_budgets = {k: obj.cells.get(f"Ad Set {k} Budget", "") for k in BUDGETS}
    camp_budgets = {k: camp.cells.get(f"Campaign {k} Budget", "") for k in BUDGETS}
    filled = {f"Ad Set {k}": v for k, v in set_budgets.items() if v}
    filled |= {f"Campaign {k}": v for k, v in camp_budgets.items() if v}
    for name, text in filled.items():
        amount = _number(text)
        if amount is None or amount <= 0:
            out.append(_budget(f"{where}: {name} Budget {text!r} is not a positive amount"))
    if not filled:
        out.append(_budget(f"{where}: no budget; set Ad Set Daily or Lifetime Budget"))
    elif len(filled) > 1:
        out.append(
            _budget(
                f"{where}: budgets set as {' and '.join(sorted(filled))}; use exactly one "
                "(daily or lifetime, on the campaign or on the ad set)"
            )
        )
    start_text, stop_text = (
        obj.cells.get("Ad Set Time Start", ""),
        obj.cells.get("Ad Set Time Stop", ""),
    )
    if any(k.endswith("Lifetime") for k in filled) and not stop_text:
        out.append(_budget(f"{where}: a lifetime budget needs Ad Set Time Stop"))
    start, stop = rules.parse_time(start_text), rules.parse_time(stop_text)
    for col, text, moment in (
        ("Ad Set Time Start", start_text, start),
        ("Ad Set Time Stop", stop_text, stop),
    ):
        if text and moment is None:
            out.append(
                _f(
                    rules,
                    "values",
                    "sheet.date",
                    f"{where}: {col} {text!r} is not a date like {rules.format_time(_SAMPLE)}",
                    col,
                )
            )
    if start and stop and stop <= start:
        out.append(
            Finding(
                rule="sheet.date",
                severity="error",
                field="Ad Set Time Stop",
                message=f"{where}: Ad Set Time Stop is not after Ad Set Time Start",
            )
        )
    groups = rules.required.ad_set_one_of
    if not any(obj.cells.get(col) for col in groups.get("location", [])):
        cols = " or ".join(groups.get("location", []))
        out.append(
            _f(
                rules,
                "required",
                "sheet.cell_missing",
                f"{where}: no location; fill {cols}",
                "Countries",
            )
        )
    out += _ages(obj, where)
    out += _page_and_pixel(obj, where)
    level = "Ad Set" if any(k.startswith("Ad Set") for k in filled) else "Campaign"
    holder = obj if level == "Ad Set" else camp
    if filled and not holder.cells.get(f"{level} Bid Strategy"):
        out.append(
            Finding(
                rule="sheet.bid_strategy",
                severity="warning",
                field=f"{level} Bid Strategy",
                message=f"{where}: no {level} Bid Strategy; Ads Manager will pick one",
            )
        )
    return out


def _page_and_pixel(obj: _Object, where: str) -> list[Finding]:
    """What an import can leave out but a launch cannot: warnings, to fill in Ads Manager."""
    out = []
    if not obj.cells.get("Link Object ID"):
        out.append(
            Finding(
                rule="sheet.page",
                severity="warning",
                field="Link Object ID",
                message=f"{where}: no Facebook Page (Link Object ID); the ads need one",
                suggestion="pass --page ID, or choose the Page in Ads Manager",
            )
        )
    goal = obj.cells.get("Optimization Goal", "")
    if goal == "OFFSITE_CONVERSIONS" and not obj.cells.get("Optimized Conversion Tracking Pixels"):
        out.append(
            Finding(
                rule="sheet.pixel",
                severity="warning",
                field="Optimized Conversion Tracking Pixels",
                message=f"{where}: optimises for website conversions but names no pixel",
                suggestion="pass --pixel ID, or choose the dataset in Ads Manager",
            )
        )
    return out


def _budget(message: str) -> Finding:
    return Finding(rule="sheet.budget", severity="error", message=message, field="budget")


def _ages(obj: _Object, where: str) -> list[Finding]:
    texts = [obj.cells.get("Age Min", ""), obj.cells.get("Age Max", "")]
    if not all(texts):
        return []
    if not all(t.isdigit() for t in texts):
        return [
            Finding(
                rule="sheet.age",
                severity="error",
                field="Age Min",
                message=f"{where}: ages {texts[0]!r}-{texts[1]!r} are not whole numbers",
            )
        ]
    lo, hi = (int(t) for t in texts)
    if not 13 <= lo <= hi <= 65:
        return [
            Finding(
                rule="sheet.age",
                severity="error",
                field="Age Min",
                message=f"{where}: ages {lo}-{hi} must lie within 13-65, min before max",
            )
        ]
    return []


def _ad_findings(ads: list[tuple[int, Row]], rules: ExportRules) -> list[Finding]:
    out: list[Finding] = []
    seen: dict[tuple[str, str, str], int] = {}
    for line, row in ads:
        name = row["Ad Name"]
        where = f"ad {name!r} (line {line})"
        for col in rules.required.ad:
            if not row.get(col):
                out.append(
                    _f(rules, "required", "sheet.cell_missing", f"{where}: {col} is empty", col)
                )
        key = (row.get("Campaign Name", ""), row.get("Ad Set Name", ""), name)
        if key in seen:
            out.append(
                Finding(
                    rule="sheet.duplicate_ad",
                    severity="error",
                    field="Ad Name",
                    message=f"{where}: the same ad name is on line {seen[key]} of this ad "
                    "set; the import would merge or reject them",
                )
            )
        seen.setdefault(key, line)
    return out


def _ab_findings(ads: list[tuple[int, Row]], cols: list[str], rules: ExportRules) -> list[Finding]:
    """Ads named as variants of one element (``Headline B``) form a test: they may differ
    only in that element's columns, and must differ there."""
    groups: dict[tuple[str, ...], list[tuple[int, Row, str]]] = defaultdict(list)
    for line, row in ads:
        found = parse_variant(rules, row["Ad Name"])
        if found is None:
            continue
        element, letter = found
        parts = [row.get("Campaign Name", ""), element]
        if element != "audience":
            parts.append(row.get("Ad Set Name", ""))
        groups[tuple(parts)].append((line, row, letter))
    out: list[Finding] = []
    for key, members in groups.items():
        if len(members) < 2:
            continue
        element = key[1]
        allowed = set(rules.tests.changes(element)) | {"Ad Name", *rules.statuses.columns}
        line0, control, _ = members[0]
        for line, row, letter in members[1:]:
            extra = [c for c in cols if c not in allowed and row.get(c, "") != control.get(c, "")]
            if extra:
                out.append(
                    Finding(
                        rule="sheet.ab_single_variable",
                        severity="error",
                        field=extra[0],
                        message=f"line {line}: variant {letter} of the {element} test also "
                        f"differs from line {line0} in {', '.join(extra)}; a one-variable "
                        "test changes only the tested element",
                    )
                )
            tested = [c for c in rules.tests.changes(element) if c in cols and c not in NAMES]
            if tested and all(row.get(c, "") == control.get(c, "") for c in tested):
                out.append(_no_difference(rules, element, letter, line, line0, tested))
    return out


def _no_difference(
    rules: ExportRules, element: str, letter: str, line: int, line0: int, tested: list[str]
) -> Finding:
    # Image briefs and audience details live in our working notes, not in the import sheet,
    # so an image or audience test without files or sheet-level differences only warns.
    soft = element in ("image", "audience")
    hint = (
        "attach one image or video file per ad (--image/--video)"
        if element == "image"
        else "set each ad set's audience in Ads Manager (see the working notes)"
        if element == "audience"
        else None
    )
    return Finding(
        rule="sheet.ab_no_difference",
        severity="warning" if soft else "error",
        field=tested[0],
        message=f"line {line}: variant {letter} of the {element} test has the same "
        f"{' / '.join(tested)} as line {line0}; the test compares nothing in this sheet",
        suggestion=hint,
    )
