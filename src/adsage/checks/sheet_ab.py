"""One-variable A/B tests inside a bulk sheet.

Ads named as variants of one element (``Headline B``, ``Nagłówek A (kontrola)``) form a test:
within one ad set (or, for an audience test, across the ad sets of one campaign) they may
differ only in the columns that element changes, and must differ there. Image briefs and
audience details live in the working notes, not the import sheet, so an image or audience
test whose sheet shows no difference only warns.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from adsage.export.names import parse_variant
from adsage.models.findings import Finding

if TYPE_CHECKING:
    from adsage.checks.sheet import Ctx, Row

NAMES = ("Campaign Name", "Ad Set Name", "Ad Name")
SOFT = ("image", "audience")


def ab_findings(ads: list[tuple[int, Row]], cols: list[str], ctx: Ctx) -> list[Finding]:
    rules = ctx.rules
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
        element = key[1]
        changes = rules.tests.changes(element)
        allowed = {*changes, "Ad Name", *rules.statuses.columns}
        tested = [c for c in changes if c in cols and c not in NAMES]
        first, control, _ = members[0]
        for line, row, letter in members[1:]:
            label = rules.label(element, ctx.lang)
            extra = [c for c in cols if c not in allowed and row.get(c, "") != control.get(c, "")]
            if extra:
                out.append(
                    ctx.finding(
                        "sheet.ab_single_variable",
                        "sheet.ab.extra",
                        extra[0],
                        severity=rules.tests.severity,
                        line=line,
                        letter=letter,
                        element=label,
                        first=first,
                        cols=", ".join(extra),
                    )
                )
            if tested and all(row.get(c, "") == control.get(c, "") for c in tested):
                out.append(
                    ctx.finding(
                        "sheet.ab_no_difference",
                        "sheet.ab.same",
                        tested[0],
                        severity="warning" if element in SOFT else "error",
                        fix=f"sheet.ab.same.{element}" if element in SOFT else None,
                        line=line,
                        letter=letter,
                        element=label,
                        first=first,
                        cols=" / ".join(tested),
                    )
                )
    return out
