"""Distribution mode: workspaces install the app through Bolt's OAuth flow, each install's bot
token is kept in the state database by Bolt's SQLAlchemy stores, and each workspace's events
are answered with its own token, by any worker on that database."""

from __future__ import annotations

import re
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
from fake_slack import CLIENT_ID, CLIENT_SECRET, FakeSlack
from slack_support import asgi, mention_event, server_env, signed_json

from adsage.slack.server import SlackHttp, create_app

REDIRECT = "https://bot.example.com/slack/oauth_redirect"


def _asgi(app: SlackHttp, method: str, path: str, **kw: Any) -> tuple[int, dict[str, str], str]:
    status, head, body = asgi(app, method, path, **kw)
    return status, head, body.decode()


@pytest.fixture(params=["sqlite", "postgresql"])
def oauth_env(
    request: pytest.FixtureRequest,
    fake_slack: FakeSlack,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    """Distribution mode on a shared SQLite file, and on a real PostgreSQL."""
    if request.param == "postgresql":
        url = str(request.getfixturevalue("postgres_url"))
    else:
        url = f"sqlite:///{home.parent / 'shared' / 'state.sqlite'}"
    env = server_env(
        fake_slack,
        home,
        SLACK_OAUTH="1",
        SLACK_CLIENT_ID=CLIENT_ID,
        SLACK_CLIENT_SECRET=CLIENT_SECRET,
        SLACK_REDIRECT_URI=REDIRECT,
        ADSAGE_DATABASE_URL=url,
    )
    env.pop("SLACK_BOT_TOKEN")
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return url


def _install(app: SlackHttp, fake: FakeSlack, team_id: str) -> tuple[int, str]:
    """What a workspace admin's browser does: open the install page, approve at Slack (the
    stand-in grants a code), come back to the redirect URL with the state cookie."""
    status, head, page = _asgi(app, "GET", "/slack/install")
    assert status == 200 and "text/html" in head["content-type"]
    link = re.search(r'<a href="([^"]+)"', page)
    assert link is not None
    authorize = urlparse(link.group(1).replace("&amp;", "&"))
    params = parse_qs(authorize.query)
    assert authorize.netloc == "slack.com" and params["client_id"] == [CLIENT_ID]
    assert "chat:write" in params["scope"][0].split(",")
    assert params["redirect_uri"] == [REDIRECT]
    state = params["state"][0]
    cookie = head["set-cookie"].split(";")[0]
    code = fake.grant(team_id, f"Workspace {team_id}", redirect_uri=REDIRECT)
    status, _, page = _asgi(
        app,
        "GET",
        "/slack/oauth_redirect",
        query=urlencode({"code": code, "state": state}),
        headers={"cookie": cookie},
    )
    return status, page


def _signed_event(team_id: str, channel: str, text: str) -> tuple[bytes, dict[str, str]]:
    return signed_json(
        {
            "token": "legacy",
            "team_id": team_id,
            "api_app_id": "A1",
            "type": "event_callback",
            "event_id": "Ev" + uuid.uuid4().hex[:12],
            "event_time": int(time.time()),
            "event": mention_event(channel, text, "1700000000.000001", bot=f"U{team_id}BOT"),
            "authorizations": [{"team_id": team_id, "user_id": f"U{team_id}BOT", "is_bot": True}],
        }
    )


def test_two_workspaces_install_and_each_is_answered_with_its_own_token(
    oauth_env: str, fake_slack: FakeSlack
) -> None:
    one, two = ("T" + uuid.uuid4().hex[:8].upper() for _ in range(2))
    first = create_app()
    assert _install(first, fake_slack, one)[0] == 200
    second = create_app()  # another worker on the same database
    assert _install(second, fake_slack, two)[0] == 200
    for team, app in ((one, second), (two, first)):
        channel = "C" + uuid.uuid4().hex[:10].upper()
        body, headers = _signed_event(team, channel, "help")
        assert _asgi(app, "POST", "/slack/events", headers=headers, body=body)[0] == 200
        posts = fake_slack.wait(lambda c=channel: fake_slack.calls_to("chat.postMessage", c))
        assert posts[0]["auth"] == f"Bearer {fake_slack.token_of(team)}"
    # a workspace that never installed the app gets nothing posted
    channel = "C" + uuid.uuid4().hex[:10].upper()
    body, headers = _signed_event("T9", channel, "help")
    _asgi(first, "POST", "/slack/events", headers=headers, body=body)
    time.sleep(1.0)
    assert fake_slack.calls_to("chat.postMessage", channel) == []


def test_a_redirect_without_a_valid_state_or_code_installs_nothing(
    oauth_env: str, fake_slack: FakeSlack
) -> None:
    app = create_app()
    status, head, _ = _asgi(app, "GET", "/slack/install")
    state = parse_qs(urlparse(re.sub("&amp;", "&", head.get("location", "")) or "").query)
    assert status == 200 and not state  # an install page, not a bare redirect
    # no cookie, made-up state: refused before Slack is asked
    team = "T" + uuid.uuid4().hex[:8].upper()
    code = fake_slack.grant(team)
    status, _, _ = _asgi(
        app, "GET", "/slack/oauth_redirect", query=urlencode({"code": code, "state": "forged"})
    )
    assert status in (400, 401)
    assert not [c for c in fake_slack.calls_to("oauth.v2.access") if c["args"]["code"] == code]
    assert fake_slack.token_of(team) is None
    # the user cancelled at Slack
    status, _, _ = _asgi(app, "GET", "/slack/oauth_redirect", query="error=access_denied")
    assert status == 200 and fake_slack.token_of(team) is None


def test_oauth_mode_names_each_missing_setting(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from adsage.cli import main

    for var in ("SLACK_BOT_TOKEN", "SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_OAUTH"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "x")
    for present, missing in ((None, "SLACK_CLIENT_ID"), ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET")):
        if present:
            monkeypatch.setenv(present, "1.2")
        with pytest.raises(SystemExit) as exc:
            main(["slack", "--http", "--oauth", "--port", "3999"])
        err = capsys.readouterr().err
        assert exc.value.code == 2 and missing in err and "--oauth" in err, err
    with pytest.raises(SystemExit) as exc:
        main(["slack", "--oauth"])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "--oauth needs --http" in err
