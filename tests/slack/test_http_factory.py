"""``create_app`` is a stateless factory: two instances (two workers behind a load balancer)
built from the same environment share event de-duplication through the state store, and
each answers a signed request as the CLI's server does."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import Any

import pytest
from fake_slack import FakeSlack
from slack_support import asgi, server_env, signed_json

from adsage.slack.server import create_app


def _call(app: Any, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    status, _, answer = asgi(app, "POST", "/slack/events", headers=headers, body=body)
    return status, answer


_signed = signed_json


def test_two_factory_apps_answer_one_event_once(
    fake_slack: FakeSlack, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in server_env(fake_slack, home).items():
        monkeypatch.setenv(key, value)
    first, second = create_app(), create_app()
    assert first is not second
    challenge, headers = _signed({"type": "url_verification", "challenge": "c-123"})
    status, answer = _call(first, challenge, headers)
    assert status == 200 and json.loads(answer)["challenge"] == "c-123"
    channel = "C" + uuid.uuid4().hex[:10].upper()
    event = {
        "token": "legacy",
        "team_id": "T1",
        "api_app_id": "A1",
        "type": "event_callback",
        "event_id": "Ev" + uuid.uuid4().hex[:12],
        "event_time": int(time.time()),
        "event": {
            "type": "app_mention",
            "user": "U999",
            "text": "<@UBOT> help",
            "ts": "1700000000.000001",
            "channel": channel,
        },
        "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
    }
    body, headers = _signed(event)
    assert _call(first, body, headers)[0] == 200
    assert _call(second, body, headers)[0] == 200  # the same event at the other worker
    fake_slack.wait(lambda: fake_slack.calls_to("chat.postMessage", channel), timeout=60)
    time.sleep(1.0)
    assert len(fake_slack.calls_to("chat.postMessage", channel)) == 1
    # an unsigned request is refused by every instance
    assert _call(second, body, {"Content-Type": "application/json"})[0] == 401
