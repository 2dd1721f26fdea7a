"""How the check commands print: JSON, or findings as a table (a terminal) or lines (a pipe).

Kept apart from the typer commands so the ``check goal`` fast path prints through exactly
the same code without loading typer.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from adsage.models.findings import Finding


def print_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def console() -> Any:
    from rich.console import Console

    return Console()


def print_table(title: str, findings: Sequence[Finding], ok: bool, out: Any | None = None) -> None:
    from rich.table import Table

    out = out or console()
    status = "[green]OK[/green]" if ok else "[red]ERRORS[/red]"
    if not findings:
        out.print(f"{title}: {status} - no findings")
        return
    if not out.is_terminal:  # pipes and logs: one finding per line, nothing squeezed
        lines = [f"{title}: {'OK' if ok else 'ERRORS'}"]
        for f in findings:
            where = f" [{f.field}]" if f.field else ""
            hint = f" -> {f.suggestion}" if f.suggestion else ""
            lines.append(f"  {f.severity} {f.rule}{where}: {f.message}{hint}")
        sys.stdout.write("\n".join(lines) + "\n")
        return
    table = Table(title=f"{title}: {status}", title_justify="left", show_lines=False)
    table.add_column("severity", no_wrap=True)
    table.add_column("rule", no_wrap=True)
    table.add_column("field", no_wrap=True)
    table.add_column("message", overflow="fold", ratio=3)
    table.add_column("suggestion", overflow="fold", ratio=2)
    colours = {"error": "red", "warning": "yellow", "info": "cyan"}
    for f in findings:
        table.add_row(
            f"[{colours[f.severity]}]{f.severity}[/]",
            f.rule,
            f.field or "",
            f.message,
            f.suggestion or "",
        )
    out.print(table)
