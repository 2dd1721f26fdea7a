"""The drafting policy: what to do when model output breaks the rules.

Validators stay pure (text in, findings out); this module decides the response, the same way
for every part: ask the model again with the findings (a bounded number of times), then
repair mechanically, then fall back to the offline engine for just the items that still
fail.  Every step lands in the plan's provenance, so a reader can see which drafts the model
wrote, which were patched and which came from the offline engine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from adsage.drafting.repair import MENTION, URL, host_allowed
from adsage.errors import AdsageError
from adsage.models.findings import Finding
from adsage.models.plan import Provenance, TokenUsage

T = TypeVar("T", bound=BaseModel)

# Warnings a human could wave through but a generated draft should not carry: the model can
# always write shorter, calmer text, so these are worth a re-ask and a repair.
FIX_WARNINGS = frozenset(
    {
        "copy.primary_text.length",
        "copy.headline.length",
        "copy.description.length",
        "policy.excessive_caps",
        "policy.excessive_punctuation",
        # A model may not promise what the brief does not give (a deadline, a price).
        "copy.unsupported_claim",
        "copy.unsourced_deadline",
    }
)


def must_fix(f: Finding) -> bool:
    """The default line between findings the guard acts on and ones it only reports."""
    return f.severity == "error" or f.rule in FIX_WARNINGS


class OutputUnusable(Exception):
    """Raised by a part's ``call`` when the answer could not be parsed into the schema; the
    guard re-asks with the message, then falls back."""


class SkipToFallback(Exception):
    """Raised by a part's ``call`` when asking the model again is pointless (the token budget
    is spent); the message is the reason recorded in provenance."""


class DraftingError(AdsageError):
    """No acceptable draft and no fallback: carries what was tried, so the caller can show
    or log it (the shape instructor uses for its retry error)."""

    def __init__(
        self,
        message: str,
        *,
        part: str,
        attempts: int,
        failed_attempts: list[dict[str, Any]],
        last_output: Any,
        usage: TokenUsage,
    ) -> None:
        super().__init__(message)
        self.part = part
        self.attempts = attempts
        self.failed_attempts = failed_attempts
        self.last_output = last_output
        self.usage = usage


@dataclass(frozen=True)
class Issue:
    """A finding located in the output: ``path`` is ``copy[1].headline`` style."""

    path: str
    finding: Finding

    def as_data(self) -> dict[str, Any]:
        f = self.finding
        out: dict[str, Any] = {"where": self.path, "rule": f.rule, "problem": f.message}
        if f.suggestion:
            out["fix"] = f.suggestion
        return out


@dataclass(frozen=True)
class Reask(Generic[T]):
    """What a re-ask needs: the answer being corrected and what is wrong with it."""

    part: str
    previous: list[T]
    issues: list[Issue] = field(default_factory=list)
    error: str | None = None

    def findings_data(self) -> list[dict[str, Any]]:
        if self.error:
            return [{"where": self.part, "rule": "output.schema", "problem": self.error}]
        return [i.as_data() for i in self.issues]


def output_findings(
    item: BaseModel, *, canary: str | None, allowed_hosts: Sequence[str]
) -> list[Finding]:
    """Injection symptoms in model output: the prompt canary, chat broadcast mentions and
    links to any domain but the landing page's."""
    out: list[Finding] = []
    for path, text in _strings(item.model_dump(mode="json")):
        if canary and canary in text:
            out.append(_guard("guard.canary", path, "The text repeats the confidential marker."))
        m = MENTION.search(text)
        if m:
            msg = f'"{m.group(0)}" is a chat mention; ads must not contain mentions.'
            out.append(_guard("guard.mention", path, msg, "Remove the mention."))
        for u in URL.finditer(text):
            if not host_allowed(u.group(0), allowed_hosts):
                msg = f'"{u.group(0)}" links outside the landing page domain.'
                out.append(_guard("guard.foreign_link", path, msg, "Remove the link."))
                break
    return out


def _guard(rule: str, field: str, message: str, suggestion: str | None = None) -> Finding:
    return Finding(rule=rule, severity="error", message=message, field=field, suggestion=suggestion)


def _strings(value: Any, path: str = "") -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(path, value)]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(v, f"{path}.{k}" if path else str(k))]
    if isinstance(value, list):
        return [s for i, v in enumerate(value) for s in _strings(v, f"{path}[{i}]")]
    return []


def draft_with_guard(
    part_name: str,
    call: Callable[[Reask[T] | None], Sequence[T]],
    validate: Callable[[T], list[Finding]],
    repair: Callable[[T, list[Finding]], tuple[T, list[str]]] | None,
    fallback: Callable[[], Sequence[T]] | None,
    *,
    max_reasks: int = 2,
    provenance: Provenance,
    expected: int | None = None,
    canary: str | None = None,
    allowed_hosts: Sequence[str] = (),
    fix: Callable[[Finding], bool] = must_fix,
    validate_set: Callable[[list[T]], list[tuple[int, Finding]]] | None = None,
) -> list[T]:
    """Draft one part (a list of items) until every item passes ``validate``.

    ``call(None)`` asks the model; ``call(Reask)`` asks again with the findings (the call
    builds a new message list; the original is never touched).  Items that were clean stay as
    they were across re-asks.  ``validate_set`` judges the items together (duplicates) and
    returns ``(index, finding)`` pairs.  ``expected`` fixes the item count: fewer items is a
    finding the model is asked to fix, and what is still missing comes from the fallback.
    Raises :class:`DraftingError` when an item needs the fallback and there is none.
    """
    state = _State(part_name, provenance, expected, fallback)
    state.validate_set = lambda items: [(i, f) for i, f in (validate_set or _none)(items) if fix(f)]

    def check(item: T) -> list[Finding]:
        found = validate(item) + output_findings(item, canary=canary, allowed_hosts=allowed_hosts)
        return [f for f in found if fix(f)]

    reask: Reask[T] | None = None
    skip_reason: str | None = None
    for _ in range(max_reasks + 1):
        out: list[T] = []
        try:
            out = list(call(reask))
            error = None if out else "the answer held no items"
        except SkipToFallback as exc:
            skip_reason = str(exc)
            break
        except OutputUnusable as exc:
            error = str(exc)
        provenance.attempts += 1
        if error is not None:
            state.failed.append({"attempt": provenance.attempts, "error": error})
            reask = Reask(part_name, list(state.items), error=error)
            continue
        state.merge(out, check)
        state.last_output = [o.model_dump(mode="json") for o in out]
        issues = state.issues()
        if not issues:
            return state.finish()
        state.failed.append(
            {
                "attempt": provenance.attempts,
                "output": state.last_output,
                "issues": [i.as_data() for i in issues],
            }
        )
        reask = Reask(part_name, list(state.items), issues=issues)

    if not state.items:
        reason = skip_reason or f"no usable output after {provenance.attempts} attempts"
        return state.fallback_all(reason)
    if repair is not None:
        state.repair(repair, check)
    return state.finish(skip_reason)


def _none(items: list[Any]) -> list[tuple[int, Finding]]:
    return []


class _State(Generic[T]):
    validate_set: Callable[[list[T]], list[tuple[int, Finding]]] = staticmethod(_none)

    def __init__(
        self,
        part: str,
        provenance: Provenance,
        expected: int | None,
        fallback: Callable[[], Sequence[T]] | None,
    ) -> None:
        self.part = part
        self.prov = provenance
        self.expected = expected
        self._fallback = fallback
        self._fallback_items: list[T] | None = None
        self.items: list[T] = []
        self.problems: list[list[Finding]] = []
        self.own: list[list[Finding]] = []  # each item's own findings, without set findings
        self.failed: list[dict[str, Any]] = []
        self.last_output: Any = None

    def merge(self, out: list[T], check: Callable[[T], list[Finding]]) -> None:
        limit = self.expected if self.expected is not None else len(out)
        merged: list[T] = []
        own: list[list[Finding]] = []
        for i in range(min(max(len(out), len(self.items)), limit)):
            keep = i < len(self.items) and not self.problems[i]
            if keep or i >= len(out):
                merged.append(self.items[i])
                own.append(self.own[i])
            else:
                merged.append(out[i])
                own.append(check(out[i]))
        problems = [list(found) for found in own]
        for i, f in self.validate_set(merged):
            problems[i].append(f)
        self.items, self.own, self.problems = merged, own, problems

    def issues(self) -> list[Issue]:
        out = [
            Issue(f"{self.part}[{i}]" + (f".{f.field}" if f.field else ""), f)
            for i, found in enumerate(self.problems)
            for f in found
        ]
        if self.expected is not None and len(self.items) < self.expected:
            missing = Finding(
                rule="llm.too_few",
                severity="error",
                message=f"The answer has {len(self.items)} items; {self.expected} were asked for.",
                suggestion=f"Return all {self.expected} items.",
            )
            out.append(Issue(self.part, missing))
        return out

    def repair(
        self,
        repair: Callable[[T, list[Finding]], tuple[T, list[str]]],
        check: Callable[[T], list[Finding]],
    ) -> None:
        for i, found in enumerate(self.problems):
            if not found:
                continue
            fixed, notes = repair(self.items[i], found)
            left = check(fixed)
            if not left:
                self.items[i] = fixed
                self.prov.repairs += [f"{self.part}[{i}].{n}" for n in notes]
            self.own[i], self.problems[i] = left, list(left)
        for i, f in self.validate_set(self.items):  # a repair must not leave a duplicate
            self.problems[i].append(f)

    def _fallback_item(self, i: int, reason: str) -> T:
        if self._fallback_items is None:
            self._fallback_items = self._load_fallback(reason)
        self.prov.fallbacks.append(f"{self.part}[{i}]: offline ({reason})")
        return self._fallback_items[i % len(self._fallback_items)]

    def _load_fallback(self, reason: str) -> list[T]:
        items: list[T] = []
        error = "no offline fallback is available"
        if self._fallback is not None:
            try:
                items = list(self._fallback())
            except Exception as exc:  # the fallback's own failure is reported, not raised
                error = f"the offline fallback failed ({type(exc).__name__}: {exc})"
        if not items:
            raise DraftingError(
                f"{self.part}: the model's output could not be used ({reason}) and {error}",
                part=self.part,
                attempts=self.prov.attempts,
                failed_attempts=self.failed,
                last_output=self.last_output,
                usage=self.prov.token_usage.model_copy(),
            )
        return items

    def fallback_all(self, reason: str) -> list[T]:
        items = self._load_fallback(reason)
        count = self.expected if self.expected is not None else len(items)
        self.prov.fallbacks.append(f"{self.part}: offline ({reason})")
        return [items[i % len(items)] for i in range(count)]

    def finish(self, reason: str | None = None) -> list[T]:
        out: list[T] = []
        for i, item in enumerate(self.items):
            if self.problems[i]:
                rules = ", ".join(dict.fromkeys(f.rule for f in self.problems[i]))
                out.append(self._fallback_item(i, rules))
            else:
                out.append(item)
        missing = (self.expected or 0) - len(out)
        for i in range(len(out), len(out) + max(missing, 0)):
            out.append(self._fallback_item(i, reason or "missing from the model's answer"))
        return out
