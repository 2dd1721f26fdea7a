"""Shared shape of every rule fact: a value plus where it came from and how sure we are.

Meta publishes some limits, third parties claim others, and some conflict.  Carrying the
source, the date and a confidence tag on every fact lets a checker decide how loudly to
complain: a fact we could not confirm (``UNSURE``) may warn, but must never block a campaign.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from adsage.models.findings import Finding, Severity

Confidence = Literal["META", "COPY", "3P", "UNSURE"]

# Lower is weaker; a fact built from several facts is only as sure as the weakest one.
_STRENGTH: dict[str, int] = {"UNSURE": 0, "3P": 1, "COPY": 2, "META": 3}


class Strict(BaseModel):
    """Rule files are hand-written; a typo in a key must fail loudly, not be ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Sourced(Strict):
    source: str = Field(min_length=3)
    as_of: date
    confidence: Confidence


class SourcedRule(Sourced):
    """A fact that a checker turns into a finding of ``severity`` when it is broken."""

    severity: Severity = "error"

    @model_validator(mode="after")
    def _unsure_only_warns(self) -> SourcedRule:
        if self.confidence == "UNSURE" and self.severity == "error":
            raise ValueError("an UNSURE rule may only have severity 'warning' or 'info'")
        return self


def weakest(*facts: Sourced) -> Confidence:
    """Confidence of a conclusion drawn from several facts."""
    return min((f.confidence for f in facts), key=_STRENGTH.__getitem__)


def cap_severity(severity: Severity, confidence: Confidence) -> Severity:
    """The single gate that keeps unconfirmed facts from producing errors."""
    if confidence == "UNSURE" and severity == "error":
        return "warning"
    return severity


def finding(
    rule: str,
    severity: Severity,
    message: str,
    *facts: Sourced,
    field: str | None = None,
    suggestion: str | None = None,
) -> Finding:
    """Build a finding whose severity is capped by the weakest fact it rests on."""
    if facts:
        severity = cap_severity(severity, weakest(*facts))
    # Every argument is typed and produced by our own code: skip re-validation, which is the
    # most expensive step when a checker runs in a hot loop.
    return Finding.model_construct(
        rule=rule, severity=severity, message=message, field=field, suggestion=suggestion
    )
