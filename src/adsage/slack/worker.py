"""One Slack worker among several: health, resuming other workers' turns, stopping cleanly.

Workers keep nothing of their own: events, buttons and threads all go through the state
database and the shared knowledge server, so a load balancer may send any request to any
worker.  What a worker adds is liveness: ``/healthz`` says whether it can reach both, and its
:class:`~adsage.slack.handoff.Handoff` makes sure a turn it cannot finish is finished by
another.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import threading
import time
import urllib.request
from collections.abc import Sequence
from typing import Any

from adsage.config import Settings
from adsage.slack.handoff import Handoff
from adsage.state.store import StateStore

log = logging.getLogger("adsage.slack.worker")
HEALTH_TTL = 2.0  # seconds a health answer is reused: probes every second cost one query
NS_HEALTH = "health"


class Worker:
    def __init__(
        self, bolt: Any, settings: Settings, store: StateStore, handoff: Handoff, secret: str
    ) -> None:
        self.bolt = bolt
        self.settings = settings
        self.store = store
        self.handoff = handoff
        self.secret = secret
        self._health: tuple[float, int, dict[str, Any]] | None = None
        self._health_lock = threading.Lock()

    # ---- resuming ------------------------------------------------------------------------

    def replay(self, key: str, request: dict[str, Any]) -> None:
        """Run a taken-over turn through Bolt again, signed afresh with the signing secret
        (Bolt checks signatures itself, and the original's timestamp may be stale)."""
        from slack_bolt.request import BoltRequest

        from adsage.slack.app import RESUMED

        body = str(request["body"])
        stamp = str(int(time.time()))
        base = f"v0:{stamp}:{body}".encode()
        signature = "v0=" + hmac.new(self.secret.encode(), base, hashlib.sha256).hexdigest()
        headers: dict[str, str | Sequence[str]] = {
            "content-type": str(request.get("type") or "application/json"),
            "x-slack-request-timestamp": stamp,
            "x-slack-signature": signature,
        }
        resp = self.bolt.dispatch(BoltRequest(body=body, headers=headers, context={RESUMED: key}))
        if int(resp.status) >= 400:
            log.error("resumed turn %s was refused (HTTP %s); dropping it", key, resp.status)
            self.handoff.done(key)

    def start(self) -> None:
        self.handoff.start(self.replay)

    def stop(self) -> list[str]:
        """Wait for this worker's turns (``slack_grace`` seconds), hand back the rest."""
        return self.handoff.stop(self.settings.slack_grace)

    # ---- health --------------------------------------------------------------------------

    def health(self) -> tuple[int, dict[str, Any]]:
        """200 with both parts reachable, else 503; each part says what failed."""
        with self._health_lock:
            now = time.monotonic()
            if self._health is not None and now - self._health[0] < HEALTH_TTL:
                return self._health[1], self._health[2]
            parts = {"database": self._database(), "knowledge": self._knowledge()}
            ok = all(p["ok"] for p in parts.values())
            body: dict[str, Any] = {
                "status": "ok" if ok else "unavailable",
                **parts,
                "worker": self.handoff.name,
                "in_flight": len(self.handoff.in_flight()),
            }
            status = 200 if ok else 503
            self._health = (now, status, body)
            return status, body

    def _database(self) -> dict[str, Any]:
        try:
            self.store.get(NS_HEALTH, "ping")
        except Exception as exc:  # noqa: BLE001 - reported, not raised
            return {"ok": False, "error": _first(exc)}
        return {"ok": True}

    def _knowledge(self) -> dict[str, Any]:
        url = self.settings.chroma_url
        if url:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2) as resp:
                    resp.read()
            except OSError as exc:
                return {"ok": False, "server": url, "error": _first(exc)}
            return {"ok": True, "server": url}
        index = self.settings.chroma_dir / "chroma.sqlite3"
        if not index.exists():
            return {"ok": False, "error": f"no index at {self.settings.chroma_dir}"}
        return {"ok": True}


def _first(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def assemble(settings: Settings, slack: Any) -> tuple[Any, Worker, Any]:
    """Bolt app, worker and advisor over the shared state database."""
    from adsage.slack.app import build_app
    from adsage.slack.deploy import open_shared_state
    from adsage.slack.threads import Threads
    from adsage.slack.work import Advisor

    store = open_shared_state(settings)
    advisor = Advisor(settings, Threads(store))
    handoff = Handoff(store, lease=settings.slack_lease)
    # Socket Mode has one connection and no signing secret: nothing to hand over to.
    secret = slack.signing_secret.get_secret_value().strip() if slack.signing_secret else ""
    bolt = build_app(settings, slack=slack, advisor=advisor, handoff=handoff if secret else None)
    return bolt, Worker(bolt, settings, store, handoff, secret), advisor
