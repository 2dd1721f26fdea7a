"""How the check commands print: JSON, or findings as a table (a terminal) or lines (a pipe).

Kept apart from the typer commands so the ``check goal`` fast path prints through exactly
the same code without loading typer.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from adsage.models.severity import FindingLike


def print_json(payload: Any) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def console() -> Any:
    from rich.console import Console

    return Console()


def plain_pipe() -> bool:
    """True where a default rich console would find no terminal, decided without loading
    rich (about a third of a ``check goal`` start): stdout is no tty and nothing in the
    environment (``TTY_COMPATIBLE``, ``FORCE_COLOR``, IDLE, Jupyter) could say otherwise.
    False means "ask rich", never "a terminal"."""
    if "TTY_COMPATIBLE" in os.environ or "FORCE_COLOR" in os.environ:
        return False
    if "idlelib" in sys.modules or "IPython" in sys.modules:
        return False
    try:
        return not sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _lines(title: str, findings: Sequence[FindingLike], ok: bool) -> str:
    """Pipes and logs: one finding per line, nothing squeezed."""
    lines = [f"{title}: {'OK' if ok else 'ERRORS'}"]
    for f in findings:
        where = f" [{f.field}]" if f.field else ""
        hint = f" -> {f.suggestion}" if f.suggestion else ""
        lines.append(f"  {f.severity} {f.rule}{where}: {f.message}{hint}")
    return "\n".join(lines) + "\n"


def _no_findings(title: str, ok: bool) -> str | None:
    """The line rich prints to a pipe for no findings, where it is plain text that fits the
    width rich would wrap at (its rule: ``COLUMNS``, else the first standard stream with a
    terminal size, else 80); None where rich must decide."""
    line = f"{title}: {'OK' if ok else 'ERRORS'} - no findings"
    if sys.platform == "win32" or not title.replace("_", "").replace(".", "").isalnum():
        return None
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        width = int(columns)  # exactly, 0 included
    else:
        width = 0
        for fd in (0, 1, 2):
            try:
                width = os.get_terminal_size(fd).columns
            except (AttributeError, ValueError, OSError):
                continue
            break
        width = width or 80
    return line + "\n" if len(line) <= width else None


def print_table(
    title: str, findings: Sequence[FindingLike], ok: bool, out: Any | None = None
) -> None:
    if out is None and plain_pipe():
        text = _lines(title, findings, ok) if findings else _no_findings(title, ok)
        if text is not None:
            sys.stdout.write(text)
            return
    from rich.table import Table

    out = out or console()
    status = "[green]OK[/green]" if ok else "[red]ERRORS[/red]"
    if not findings:
        out.print(f"{title}: {status} - no findings")
        return
    if not out.is_terminal:
        sys.stdout.write(_lines(title, findings, ok))
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
