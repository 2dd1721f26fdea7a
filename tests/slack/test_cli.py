"""``adsage slack`` settings: a missing variable is one line naming it, exit 2."""

from __future__ import annotations

import pytest

from adsage.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    with pytest.raises(SystemExit) as exc:
        main(["slack", *args])
    return int(exc.value.code or 0), capsys.readouterr().err


@pytest.fixture(autouse=True)
def _no_slack_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL"):
        monkeypatch.delenv(var, raising=False)


def test_missing_bot_token(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _run(capsys, "--http", "--port", "3999")
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("error:")
    assert "SLACK_BOT_TOKEN" in err


def test_missing_signing_secret_in_http_mode(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1-secret")
    code, err = _run(capsys, "--http", "--port", "3999")
    assert code == 2 and "SLACK_SIGNING_SECRET" in err and "xoxb-1-secret" not in err


def test_socket_mode_needs_an_app_token(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1-secret")
    code, err = _run(capsys)
    assert code == 2 and "SLACK_APP_TOKEN" in err and err.count("\n") == 1


def test_bad_api_url(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1-secret")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "x")
    monkeypatch.setenv("SLACK_API_URL", "ftp://nope")
    code, err = _run(capsys, "--http", "--port", "3999")
    assert code == 2 and "SLACK_API_URL" in err


def test_rejected_token_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Deny(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            body = json.dumps({"ok": False, "error": "invalid_auth"}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Deny)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1-secret")
        monkeypatch.setenv("SLACK_SIGNING_SECRET", "x")
        monkeypatch.setenv("SLACK_API_URL", f"http://127.0.0.1:{server.server_address[1]}/api")
        code, err = _run(capsys, "--http", "--port", "3999")
    finally:
        server.shutdown()
        server.server_close()
    assert code == 2 and "SLACK_BOT_TOKEN" in err and "xoxb-1-secret" not in err
