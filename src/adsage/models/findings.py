"""Findings and reports: the one shape every validator returns.

Validators are pure functions ``input -> list[Finding]``; deciding what to do about a
failure (re-ask, repair, fall back, raise) belongs to a separate policy, so the same
findings serve the CLI, the drafting loop and the Slack badges.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict

Severity = Literal["error", "warning", "info"]


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)

    rule: str
    severity: Severity
    message: str
    field: str | None = None
    suggestion: str | None = None


class Report(BaseModel):
    """``ok`` is false exactly when an error-level finding survives ``ignore``."""

    ok: bool
    findings: list[Finding]

    @classmethod
    def from_findings(cls, findings: Iterable[Finding], ignore: Iterable[str] = ()) -> Report:
        skip = set(ignore)
        kept = [f for f in findings if not _ignored(f.rule, skip)]
        return cls(ok=not any(f.severity == "error" for f in kept), findings=kept)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]


def _ignored(rule: str, skip: set[str]) -> bool:
    """A rule is ignored by its exact id or by a family prefix such as ``policy``."""
    if rule in skip:
        return True
    parts = rule.split(".")
    return any(".".join(parts[:i]) in skip for i in range(1, len(parts)))
