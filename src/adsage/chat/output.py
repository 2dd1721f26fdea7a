"""Rendering for the chat: rich on a terminal, plain text with no control codes in a pipe.

Every piece of text also lands in ``transcript`` so the turn can be saved to the session
history exactly as the user saw it (minus styling).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

    from adsage.models.findings import Finding


# Terminal control: ANSI escapes, bells, backspaces and bidi overrides in echoed user or model
# text could recolour, rewrite or reorder what the user sees; newlines and tabs are kept.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class Output:
    def __init__(self, file: IO[str] | None = None, *, plain: bool | None = None) -> None:
        self.file = file or sys.stdout
        is_tty = bool(getattr(self.file, "isatty", lambda: False)())
        self.plain = (not is_tty) if plain is None else plain
        self.transcript: list[str] = []
        self._console: Console | None = None

    @property
    def console(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(file=self.file, highlight=False, soft_wrap=False)
        return self._console

    def take_transcript(self) -> str:
        text = "\n".join(self.transcript)
        self.transcript = []
        return text

    def _raw(self, text: str) -> None:
        self.file.write(_CONTROL.sub("", text))
        self.file.flush()

    def say(self, text: str, *, style: str | None = None) -> None:
        self.transcript.append(text)
        if self.plain:
            self._raw(text + "\n")
        else:
            from rich.text import Text

            self.console.print(Text(text, style=style or ""))

    def hint(self, text: str) -> None:
        self.say(text, style="dim")

    def error(self, text: str) -> None:
        self.say(text, style="red")

    def markdown(self, text: str) -> None:
        self.transcript.append(text)
        if self.plain:
            self._raw(text.rstrip("\n") + "\n")
        else:
            from rich.markdown import Markdown

            self.console.print(Markdown(text))

    def stream(self, pieces: Iterable[str]) -> str:
        """Write tokens as they arrive; returns everything written (also on Ctrl-C)."""
        got: list[str] = []
        try:
            for piece in pieces:
                got.append(piece)
                self._raw(piece)
        finally:
            self._raw("\n")
            self.transcript.append("".join(got))
        return "".join(got)

    def footnotes(self, citations: Sequence[Any]) -> None:
        """Citations under an answer, numbered like the [n] markers in it."""
        for c in citations:
            line = f"[{c.n}] {c.title} - {c.section} ({c.source})"
            self.say(line, style="cyan")

    def report(self, title: str, findings: Sequence[Finding], ok: bool, lang: str = "en") -> None:
        """A validation report: a table on a terminal, one finding per line otherwise."""
        from adsage.i18n import t

        status = t("chat.report.ok" if ok else "chat.report.errors", lang)
        none = "" if findings else f" - {t('chat.report.no_findings', lang)}"
        lines = [f"{title}: {status}{none}"]
        for f in findings:
            where = f" [{f.field}]" if f.field else ""
            tip = f" -> {f.suggestion}" if f.suggestion else ""
            lines.append(f"  {f.severity} {f.rule}{where}: {f.message}{tip}")
        if self.plain or not findings:
            for line in lines:
                self.say(line, style=None if ok else "red")
            return
        from rich.table import Table

        self.transcript.extend(lines)
        table = Table(title=f"{title}: {status}", title_justify="left")
        for col in ("severity", "rule", "field"):
            table.add_column(col, no_wrap=True)
        table.add_column("message", overflow="fold", ratio=3)
        table.add_column("suggestion", overflow="fold", ratio=2)
        colours = {"error": "red", "warning": "yellow", "info": "cyan"}
        for f in findings:
            table.add_row(
                f"[{colours.get(f.severity, 'white')}]{f.severity}[/]",
                f.rule,
                f.field or "",
                f.message,
                f.suggestion or "",
            )
        self.console.print(table)

    def table(self, title: str, rows: Sequence[tuple[str, str]]) -> None:
        """Two-column key/value listing (the brief)."""
        if self.plain:
            self.say(title)
            for k, v in rows:
                self.say(f"  {k}: {v}")
            return
        from rich.table import Table

        self.transcript.append(title)
        self.transcript.extend(f"  {k}: {v}" for k, v in rows)
        table = Table(title=title, title_justify="left", show_header=False)
        table.add_column("field", style="bold", no_wrap=True)
        table.add_column("value", overflow="fold")
        for k, v in rows:
            table.add_row(k, v)
        self.console.print(table)
