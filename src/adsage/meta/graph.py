"""The Marketing API through the official ``facebook-business`` SDK, pointed at any Graph host.

The SDK keeps the host on ``FacebookSession.GRAPH``; its object calls build URLs from the
session instance, so a session with its own ``GRAPH`` reaches ``ADSAGE_GRAPH_URL`` (a proxy,
the test stand-in). Two things are set up differently from ``FacebookAdsApi.init``:
- the token travels in the ``Authorization`` header, never in a URL, so no URL the SDK or
  ``requests`` prints can carry it; errors are redacted as well;
- no crash reporter and no process-wide default API (``init`` enables both), and the
  targeting search goes through ``api.call`` because ``TargetingSearch.search`` always uses
  the class-level host.
Retries: the rate-limit and transient codes of the rule data and HTTP 5xx, with backoff that
waits at least what ``X-Business-Use-Case-Usage`` says.
"""

from __future__ import annotations

import base64
import json
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from adsage.errors import AdsageError
from adsage.meta.rules import meta_rules
from adsage.security import redact

DEFAULT_GRAPH = "https://graph.facebook.com"


class GraphError(AdsageError):
    """A request Meta refused for good: names the object, the field, Meta's message and code."""

    def __init__(self, message: str, *, code: int | None = None, retryable: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.retryable = retryable


@dataclass
class Failure:
    code: int | None
    subcode: int | None
    status: int | None
    message: str
    field: str
    wait: float  # seconds the usage headers ask for before the next call
    transient: bool = False  # Meta's own is_transient flag


class Graph:
    """Creates, reads and deletes objects; ``sleep`` is injectable so tests never wait."""

    def __init__(
        self,
        token: str,
        *,
        graph_url: str | None = None,
        version: str | None = None,
        timeout: float = 60.0,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        from facebook_business.api import FacebookAdsApi
        from facebook_business.session import FacebookSession

        session = FacebookSession(timeout=timeout)
        session.requests.params.pop("access_token", None)  # the token never goes in a URL
        session.requests.headers["Authorization"] = f"OAuth {token}"
        host = (graph_url or DEFAULT_GRAPH).rstrip("/")
        if host != DEFAULT_GRAPH:
            session.GRAPH = host  # instance attribute: this session only
            session.requests.verify = True  # a proxy's certificate, not Meta's pinned bundle
        graph = self

        class _Api(FacebookAdsApi):  # type: ignore[misc]
            """Keeps the usage headers of every answer, so the next call can wait its turn."""

            def call(self, *args: Any, **kwargs: Any) -> Any:
                response = super().call(*args, **kwargs)
                graph.usage = dict(response.headers() or {})
                return response

        self.usage: dict[str, str] = {}
        self.api = _Api(session, api_version=version or None)
        self._token = token
        self._sleep = sleep
        self.calls = 0

    # -- the calls publish and insights make -------------------------------------------
    def create(self, kind: str, account: str, params: dict[str, Any], image: Path | None) -> str:
        """Create one object on the account and return its id (an image: its hash)."""
        from facebook_business.adobjects.adaccount import AdAccount

        acct = AdAccount(account, api=self.api)
        if kind == "image":
            assert image is not None
            params = {**params, "bytes": base64.b64encode(image.read_bytes()).decode()}
            made = self.retry(lambda: acct.create_ad_image(params=params))
            return str(made["hash"])
        method = {
            "campaign": acct.create_campaign,
            "adset": acct.create_ad_set,
            "creative": acct.create_ad_creative,
            "ad": acct.create_ad,
        }[kind]
        made = self.retry(lambda: method(params=params))
        return str(made["id"])

    def geo_key(self, params: dict[str, Any]) -> str | None:
        """The first location key a targeting search finds, or None."""
        resp = self.retry(lambda: self.api.call("GET", ("search",), params=params))
        data = resp.json().get("data") or []
        return str(data[0]["key"]) if data else None

    def delete(self, kind: str, object_id: str, account: str) -> None:
        if kind == "image":
            self.retry(
                lambda: self.api.call("DELETE", (account, "adimages"), params={"hash": object_id})
            )
        else:
            self.retry(lambda: self.api.call("DELETE", (object_id,)))

    def get(self, path: tuple[str, ...], params: dict[str, Any]) -> dict[str, Any]:
        resp = self.retry(lambda: self.api.call("GET", path, params=params))
        body = resp.json()
        return body if isinstance(body, dict) else {}

    def post(self, path: tuple[str, ...], params: dict[str, Any]) -> dict[str, Any]:
        resp = self.retry(lambda: self.api.call("POST", path, params=params))
        body = resp.json()
        return body if isinstance(body, dict) else {}

    # -- retries and errors ---------------------------------------------------------------
    def retry(self, call: Callable[[], Any]) -> Any:
        rules = meta_rules().retry
        for attempt in range(1, rules.attempts + 1):
            self.calls += 1
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # the SDK's type hints, not the user's
                    result = call()
                self._pace()
                return result
            except Exception as exc:  # noqa: BLE001 - the SDK raises several families
                failure = self.failure(exc)
                retryable = (
                    failure.code in rules.codes or failure.transient or (failure.status or 0) >= 500
                )
                if not retryable or attempt == rules.attempts:
                    raise GraphError(self.describe(failure), code=failure.code) from None
                backoff = min(rules.max_seconds, rules.base_seconds * 2 ** (attempt - 1))
                wait = max(backoff, failure.wait)
                if wait > rules.max_seconds * 10:
                    raise GraphError(
                        self.describe(failure) + f"; Meta asks to wait {wait / 60:.0f} min, "
                        "try again then",
                        code=failure.code,
                    ) from None
                (self._sleep or time.sleep)(wait)
        raise AssertionError("unreachable")

    def _pace(self) -> None:
        """Near the limit (usage at the rule data's threshold) wait before the next call,
        rather than spend the remaining calls and get blocked."""
        rules = meta_rules().retry
        usage = _usage_peak(self.usage)
        if usage >= rules.pace_percent:
            (self._sleep or time.sleep)(max(rules.base_seconds, _usage_wait(self.usage)))
        self.usage = {}

    def failure(self, exc: Exception) -> Failure:
        from facebook_business.exceptions import FacebookRequestError

        if isinstance(exc, FacebookRequestError):
            blame = exc.api_blame_field_specs() or []
            field = ".".join(str(p) for p in blame[0]) if blame and blame[0] else ""
            body = exc.body() if isinstance(exc.body(), dict) else {}
            err = body.get("error", {}) if isinstance(body, dict) else {}
            msg = err.get("error_user_msg") or exc.api_error_message() or "request failed"
            return Failure(
                code=exc.api_error_code(),
                subcode=exc.api_error_subcode(),
                status=exc.http_status(),
                message=self._clean(str(msg)),
                field=field,
                wait=_usage_wait(exc.http_headers() or {}),
                transient=bool(exc.api_transient_error()),
            )
        # connection reset, timeout, DNS: transient, like a 5xx
        return Failure(None, None, 503, self._clean(type(exc).__name__), "", 0.0)

    def describe(self, f: Failure) -> str:
        if f.code == 190:  # expired, revoked or wrong token: the fix is a new one
            return (
                f"{f.message} (code 190): the access token is invalid or expired; create a new "
                "one with ads_management and ads_read and set META_ACCESS_TOKEN"
            )
        code = f"code {f.code}" + (f", subcode {f.subcode}" if f.subcode else "")
        if f.code is None:
            code = f"HTTP {f.status}"
        return f"{f.message} ({code})" + (f" [field {f.field}]" if f.field else "")

    def _clean(self, text: str) -> str:
        return redact(" ".join(text.split()), extra=[self._token])


def _usage_entries(headers: Any) -> list[dict[str, Any]]:
    """Every usage record of the app, ad account and business use case headers."""
    out: list[dict[str, Any]] = []
    for name in ("x-business-use-case-usage", "x-ad-account-usage", "x-app-usage"):
        raw = next((v for k, v in dict(headers).items() if k.lower() == name), None)
        if not raw:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        if not isinstance(data, dict):
            continue
        if name == "x-business-use-case-usage":
            for value in data.values():
                out += [
                    e
                    for e in (value if isinstance(value, list) else [value])
                    if isinstance(e, dict)
                ]
        else:
            out.append(data)
    return out


def _usage_peak(headers: Any) -> float:
    """The highest usage percentage any header reports."""
    keys = ("call_count", "total_cputime", "total_time", "acc_id_util_pct")
    return max((float(e.get(k) or 0) for e in _usage_entries(headers) for k in keys), default=0.0)


def _usage_wait(headers: Any) -> float:
    """Seconds Meta asks to wait: the largest ``estimated_time_to_regain_access`` (minutes)."""
    minutes = [
        float(e.get("estimated_time_to_regain_access") or 0) for e in _usage_entries(headers)
    ]
    return max(minutes, default=0.0) * 60
