"""The errors of the model path, and which HTTP refusals stop a run.

Only what the user must fix before any model call can work (nothing listens, the key, access,
an unknown model) is a plain :class:`LLMError`; everything else that goes wrong with one
request is a :class:`PartFailed`, which the guard answers by drafting that part offline.
"""

from __future__ import annotations

from typing import Any

from adsage.drafting.guard import OutputUnusable, SkipToFallback
from adsage.drafting.llm_transport import _detail, retry_after
from adsage.errors import AdsageError


class LLMError(AdsageError):
    """The model endpoint failed in a way the user must fix (start it, fix the key, wait).

    ``attempts`` is how many requests were sent before giving up, so a log or a batch report
    can tell "down at once" from "failed after every retry".
    """

    exit_code = 2

    def __init__(self, message: str, *, attempts: int = 0) -> None:
        super().__init__(" ".join(message.split()))
        self.attempts = attempts


class PartFailed(LLMError, SkipToFallback):
    """The endpoint answers but not this request (timeout, dropped, overflow, 5xx, rate limit,
    deadline): the guard drafts the part offline and records this message as the reason."""


class TokenBudgetExceeded(PartFailed):
    """The plan's token budget is spent: the guard falls back to the offline engine."""


class StructuredOutputError(OutputUnusable):
    """The answer could not be parsed into the schema (the guard re-asks with the message)."""

    def __init__(self, message: str, *, method: str, raw: str = "") -> None:
        super().__init__(message)
        self.method = method
        self.raw = raw


def status_error(exc: Any, where: str, model: str, tries: int) -> LLMError:
    """The endpoint's refusal: the ones only the user can fix (key, access, model) stop
    the run; the rest end this part's use of the model."""
    status = int(exc.status_code)
    detail = _detail(exc)
    if status == 401:
        return LLMError("the endpoint rejected the API key; check OPENAI_API_KEY")
    if status == 403:
        return LLMError(
            f"the endpoint refused access (HTTP 403: {detail}); check OPENAI_API_KEY and "
            "the model's permissions"
        )
    if status == 404:
        return LLMError(
            f"the endpoint at {where} does not know model '{model}' (HTTP 404); "
            "check ADSAGE_MODEL and OPENAI_BASE_URL"
        )
    if status == 429:
        after = retry_after(exc.response.headers)
        wait = f" (it asks to wait {after:g} s)" if after else ""
        return PartFailed(f"the endpoint is rate limiting requests{wait}; try again later")
    if status >= 500:
        return PartFailed(
            f"the model endpoint at {where} failed with HTTP {status} after {tries} tries: {detail}"
        )
    return PartFailed(f"the model endpoint rejected the request (HTTP {status}): {detail}")
