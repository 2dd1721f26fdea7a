"""Findings and reports: the one shape every validator returns.

Validators are pure functions ``input -> list[Finding]``; deciding what to do about a
failure (re-ask, repair, fall back, raise) belongs to a separate policy, so the same
findings serve the CLI, the drafting loop and the Slack badges.
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from adsage.models.severity import Severity as Severity
from adsage.models.severity import kept


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
        left, ok = kept(findings, ignore)
        return cls(ok=ok, findings=left)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]
