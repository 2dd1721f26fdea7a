"""``adsage slack``: run the Slack bot in Socket Mode or behind an HTTP endpoint.

Settings are checked before anything connects, so a missing token is one line naming the
variable (exit 2) rather than a stack trace from deep inside Bolt.
"""

from __future__ import annotations

import logging
import sys
import threading
from typing import Annotated

import typer

from adsage.errors import AdsageError, ConfigError


def _logging(secrets: list[str], verbose: bool) -> None:
    """Log to stderr with every configured secret and key-shaped string redacted, whatever
    library logs it."""
    from adsage.security import RedactingFilter

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for noisy in ("slack_sdk", "slack_bolt", "urllib3", "chromadb", "httpx"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.WARNING)


def slack(
    http: Annotated[
        bool,
        typer.Option("--http", help="Serve Slack's HTTP requests (needs SLACK_SIGNING_SECRET)."),
    ] = False,
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="HTTP port.")] = 3000,
    host: Annotated[str, typer.Option("--host", help="HTTP interface to bind.")] = "0.0.0.0",
    path: Annotated[
        str, typer.Option("--path", help="HTTP path Slack posts to.")
    ] = "/slack/events",
    oauth: Annotated[
        bool,
        typer.Option(
            "--oauth",
            help="Distribution mode: workspaces install at /slack/install (needs --http, "
            "SLACK_CLIENT_ID and SLACK_CLIENT_SECRET).",
        ),
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Debug logging.")] = False,
) -> None:
    """Run the Slack bot: Socket Mode when SLACK_APP_TOKEN is set, or --http --port N."""
    from adsage.config import load_settings
    from adsage.slack.config import load_slack_settings

    slack_settings = load_slack_settings(oauth=True if oauth else None)
    if slack_settings.oauth:
        if not http:
            raise ConfigError("--oauth needs --http: Slack sends installs to an HTTP endpoint")
        slack_settings.secret("SLACK_CLIENT_ID")
        slack_settings.secret("SLACK_CLIENT_SECRET")
    else:
        slack_settings.secret("SLACK_BOT_TOKEN")
    if http:
        slack_settings.secret("SLACK_SIGNING_SECRET")
    elif not slack_settings.app_token or not slack_settings.app_token.get_secret_value().strip():
        raise ConfigError(
            "missing setting: set SLACK_APP_TOKEN for Socket Mode, "
            "or run 'adsage slack --http --port N' with SLACK_SIGNING_SECRET"
        )
    slack_settings.base_url()
    settings = load_settings()
    app, worker, advisor = _build(settings, slack_settings)
    _logging(slack_settings.secrets(), verbose)
    log = logging.getLogger("adsage.slack")
    if http:
        from adsage.slack.server import SlackHttp, listen, serve

        try:
            sock = listen(host, port)
        except OSError as exc:
            raise ConfigError(
                f"--port {port}: cannot listen on {host}:{port} ({exc.strerror})"
            ) from None
        # Load the knowledge index before the first request: a warm-up thread competing with
        # the first burst of events delayed acknowledgements past Slack's 3 s.  Requests that
        # arrive meanwhile wait in the listen backlog; /healthz answers once this is done.
        try:
            advisor.searcher()
        except AdsageError as exc:  # the bot still answers; questions then say what is wrong
            log.warning("knowledge index not loaded: %s", str(exc).splitlines()[0])
        log.info("adsage slack listening on http://%s:%d%s", host, port, path)
        secret = slack_settings.secret("SLACK_SIGNING_SECRET")
        serve(SlackHttp(app, secret, path, worker=worker), sock, verbose=verbose)
        return
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    threading.Thread(target=advisor.searcher, name="adsage-warmup", daemon=True).start()
    log.info("adsage slack connecting in Socket Mode")
    SocketModeHandler(app, slack_settings.secret("SLACK_APP_TOKEN")).start()


def _build(settings, slack_settings):  # type: ignore[no-untyped-def]
    """App and advisor; an unusable token or unreachable API becomes one line, exit 2."""
    from slack_bolt.error import BoltError

    from adsage.slack.worker import assemble

    where = slack_settings.base_url() or "https://slack.com/api/"
    try:
        return assemble(settings, slack_settings)
    except BoltError:
        raise ConfigError(
            f"SLACK_BOT_TOKEN was rejected by {where} (auth.test failed); check the bot token"
        ) from None
    except OSError as exc:
        raise ConfigError(
            f"cannot reach the Slack Web API at {where} ({exc}); check SLACK_API_URL"
        ) from None


def register(app: typer.Typer) -> None:
    app.command("slack")(slack)
