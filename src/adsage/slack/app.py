"""The Bolt app: Slack events in, core calls out, Block Kit back into the same thread.

Every listener acknowledges at once and does its work in a lazy listener (a worker thread),
because Slack retries anything not acknowledged within three seconds.  Retries are then
dropped by ``event_id`` so one mention never gets two answers, and every failure ends as a
short message in the thread rather than silence.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from adsage.config import Settings
from adsage.errors import AdsageError
from adsage.slack.blocks import Message, text_messages
from adsage.slack.config import SlackSettings, load_slack_settings
from adsage.slack.handoff import Handoff
from adsage.slack.safety import escape, from_slack, scrub, strip_mention
from adsage.slack.texts import t
from adsage.slack.threads import Threads, command_key, thread_key
from adsage.slack.work import Advisor, Outcome

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_sdk import WebClient

log = logging.getLogger("adsage.slack")
# Set in the context of a turn replayed from the unfinished list (see adsage.slack.worker).
RESUMED = "adsage_resumed"
# Events that may start a turn (recorded before the claim; see drop_retries).
TURN_EVENTS = ("app_mention", "message")
ACTIONS = {
    "adsage_regenerate": "regenerate",
    "adsage_shorter": "shorter",
    "adsage_export": "export",
}


def make_client(slack: SlackSettings) -> WebClient:
    """The Web API client: bot token, optional base URL, and 429 retries honouring Retry-After."""
    from slack_sdk import WebClient
    from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

    # Distribution mode has no app-wide token: Bolt gives each request its workspace's one.
    token = None if slack.oauth else slack.secret("SLACK_BOT_TOKEN")
    kwargs: dict[str, Any] = {"token": token, "timeout": 30}
    base = slack.base_url()
    if base:
        kwargs["base_url"] = base
    client = WebClient(**kwargs)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=3))
    return client


class Poster:
    """Posts into one thread; the first answer replaces the "working on it" placeholder."""

    def __init__(
        self, client: Any, channel: str, thread_ts: str | None, secrets: list[str]
    ) -> None:
        self.client = client
        self.channel = channel
        self.thread_ts = thread_ts
        self.secrets = secrets
        self.placeholder: str | None = None

    def _clean(self, value: Any) -> Any:
        if isinstance(value, str):
            return scrub(value, self.secrets)
        if isinstance(value, list):
            return [self._clean(v) for v in value]
        if isinstance(value, dict):
            return {k: self._clean(v) for k, v in value.items()}
        return value

    def _post(self, msg: Message) -> Any:
        args: dict[str, Any] = {
            "channel": self.channel,
            "text": self._clean(msg.text),
            "unfurl_links": False,
            "unfurl_media": False,
        }
        if msg.blocks:
            args["blocks"] = self._clean(msg.blocks)
        if self.thread_ts:
            args["thread_ts"] = self.thread_ts
        return self.client.chat_postMessage(**args)

    def working(self, lang: str) -> None:
        if self.placeholder is None:
            resp = self._post(Message(text=t(lang, "working")))
            self.placeholder = resp.get("ts")
            if self.thread_ts is None:  # a slash command: the answer starts its own thread
                self.thread_ts = self.placeholder

    def send(self, messages: list[Message]) -> None:
        for msg in messages:
            if self.placeholder is not None:
                ts, self.placeholder = self.placeholder, None
                self.client.chat_update(
                    channel=self.channel,
                    ts=ts,
                    text=self._clean(msg.text),
                    blocks=self._clean(msg.blocks),
                )
                continue
            resp = self._post(msg)
            if self.thread_ts is None:
                self.thread_ts = resp.get("ts")

    def upload(self, filename: str, content: bytes, comment: str) -> None:
        self.client.files_upload_v2(
            channel=self.channel,
            thread_ts=self.thread_ts,
            filename=filename,
            title=filename,
            content=content,
            initial_comment=self._clean(escape(comment)),
        )
        if self.placeholder is not None:
            self.client.chat_update(
                channel=self.channel, ts=self.placeholder, text=self._clean(escape(comment))
            )
            self.placeholder = None


def deliver(poster: Poster, lang: str, work: Callable[[Callable[[str], None]], Outcome]) -> None:
    """Run ``work`` and post its outcome; any failure becomes a short message instead."""
    try:
        outcome = work(poster.working)
        poster.send(outcome.messages)
        if outcome.upload is not None:
            up = outcome.upload
            poster.upload(up.filename, up.content, up.comment)
        return
    except AdsageError as exc:
        first = (str(exc).strip().splitlines() or ["error"])[0]
        reply = text_messages(t(lang, "error", msg=escape(first)), lang, safe=True)
    except Exception as exc:  # noqa: BLE001 - the user must hear about every failure
        log.error("slack job failed: %s", scrub(repr(exc), poster.secrets), exc_info=exc)
        reply = text_messages(t(lang, "crash", kind=type(exc).__name__), lang, safe=True)
    try:
        poster.send(reply)
    except Exception as exc:  # noqa: BLE001 - nothing more can be done than log it
        log.error("could not post the error message: %s", scrub(repr(exc), poster.secrets))


def build_app(
    settings: Settings,
    *,
    client: WebClient | None = None,
    slack: SlackSettings | None = None,
    token_verification_enabled: bool = True,
    advisor: Advisor | None = None,
    handoff: Handoff | None = None,
) -> App:
    """A configured Bolt app; nothing connects until a request arrives or a mode starts it.

    With ``handoff`` every turn is recorded in the state store until answered, so another
    worker can finish it if this one dies (see :mod:`adsage.slack.handoff`)."""
    from slack_bolt import App, BoltResponse

    from adsage.slack.deploy import oauth_options, open_shared_state

    slack = slack or load_slack_settings()
    client = client or make_client(slack)
    secrets = slack.secrets()
    secret = slack.signing_secret.get_secret_value() if slack.signing_secret else ""
    threads = advisor.threads if advisor is not None else Threads(open_shared_state(settings))
    adv = advisor or Advisor(settings, threads)
    app = App(
        client=client,
        signing_secret=secret,
        token_verification_enabled=token_verification_enabled,
        process_before_response=True,
        logger=logging.getLogger("adsage.slack.bolt"),
        **(oauth_options(settings, slack) if slack.oauth else {}),
    )

    @app.middleware
    def drop_retries(
        body: dict[str, Any], request: Any, context: Any, next: Callable[[], None]
    ) -> Any:
        """Each event is handled once: a repeat (a Slack retry) is acknowledged and dropped.
        A turn replayed from the unfinished list was claimed when it first arrived.

        With a handoff the turn is recorded before the claim: a database error in between
        is an HTTP 500 that Slack retries, never a claimed event nobody answers.  Events that
        turn out to need no answer (channel chatter) close their record in their ack."""
        if body.get("type") != "event_callback" or context.get(RESUMED):
            next()
            return None
        event_id = str(body.get("event_id") or "")
        turn = turn_key(body)
        kind = (body.get("event") or {}).get("type")
        opened = False  # False too for a repeat of a turn this worker is still answering
        if handoff is not None and event_id and kind in TURN_EVENTS:
            opened = handoff.open(turn, _request_doc(request))
        try:
            first = bool(event_id) and threads.claim_event(event_id)
        except BaseException:
            if opened:
                _close(turn)
            raise
        if not first:
            if opened:
                _close(turn)
            log.info("dropping repeated event %s", event_id or "(no id)")
            return BoltResponse(status=200, body="")
        next()
        return None

    def _close(turn: str) -> None:
        if handoff is not None:
            handoff.done(turn)

    def ack_settled(ack: Callable[..., None], body: dict[str, Any]) -> None:
        """An event that needs no answer: its record (if any) goes with the ack."""
        _close(turn_key(body))
        ack()

    def ack_turn(ack: Callable[..., None], request: Any, body: dict[str, Any]) -> None:
        """Record the turn before Slack hears it arrived: from then on it cannot be lost.
        (Events were recorded by the middleware already.)"""
        resumed = request.context.get(RESUMED)
        if handoff is not None and not resumed and body.get("type") != "event_callback":
            handoff.open(turn_key(body), _request_doc(request))
        ack()

    def finishing(fn: Callable[..., None]) -> Callable[..., None]:
        """The lazy part of a turn; its record goes once it has run, whatever the outcome.
        ``fn`` must name ``body`` among its arguments (Bolt passes only the named ones)."""

        @functools.wraps(fn)  # Bolt passes the arguments the wrapped signature names
        def run(body: dict[str, Any], **kwargs: Any) -> None:
            try:
                fn(body=body, **kwargs)
            finally:
                if handoff is not None:
                    handoff.done(turn_key(body))

        return run

    @finishing
    def converse(event: dict[str, Any], context: Any, client: Any, body: dict[str, Any]) -> None:
        channel = str(event.get("channel"))
        thread_ts = str(event.get("thread_ts") or event.get("ts"))
        text = strip_mention(from_slack(str(event.get("text") or "")), context.get("bot_user_id"))
        key = thread_key(body.get("team_id"), channel, thread_ts)
        poster = Poster(client, channel, thread_ts, secrets)
        try:
            lang = adv.lang_of(text, threads.load(key))
        except AdsageError:  # the state file: handle() will report it in the thread
            lang = adv.lang_of(text, {})
        files = event.get("files") if isinstance(event.get("files"), list) else None
        deliver(
            poster,
            lang,
            lambda progress: adv.handle(text, key, progress, files=files, client=client),
        )

    def is_dm(event: dict[str, Any]) -> bool:
        """A person's direct message, also one that shares a file (an export to analyse)."""
        return (
            event.get("channel_type") == "im"
            and event.get("subtype") in (None, "", "file_share")
            and not event.get("bot_id")
        )

    app.event("app_mention")(ack=ack_turn, lazy=[converse])
    app.event("message", matchers=[is_dm])(ack=ack_turn, lazy=[converse])
    app.event("message")(ack_settled)  # channel chatter the bot was not asked about

    def ack_command(
        ack: Callable[..., None], command: dict[str, Any], request: Any, body: dict[str, Any]
    ) -> None:
        text = from_slack(str(command.get("text") or ""))
        lang = adv.lang_of(text, {})
        words = text.split()
        if not words or words[0].lower() in ("help", "pomoc"):
            ack(text=t(lang, "help"))
        else:
            ack_turn(lambda: ack(text=t(lang, "working")), request, body)

    @finishing
    def run_command(
        command: dict[str, Any], client: Any, respond: Any, body: dict[str, Any]
    ) -> None:
        text = from_slack(str(command.get("text") or "")).strip()
        if not text.split() or text.split()[0].lower() in ("help", "pomoc"):
            return
        channel = str(command.get("channel_id"))
        key = command_key(command.get("team_id"), channel, str(command.get("user_id")))
        poster = CommandPoster(client, channel, None, secrets, respond)
        lang = adv.lang_of(text, {})
        deliver(poster, lang, lambda progress: adv.handle(text, key, lambda _lang: None))

    app.command("/adsage")(ack=ack_command, lazy=[run_command])

    @finishing
    def run_action(body: dict[str, Any], action: dict[str, Any], client: Any) -> None:
        try:
            value = json.loads(str(action.get("value") or "{}"))
            key, set_id, i = str(value["k"]), str(value["s"]), int(value["i"])
        except (ValueError, KeyError, TypeError):
            log.info("ignoring a button with an unreadable value")
            return
        message = body.get("message") or {}
        channel = str(
            (body.get("channel") or {}).get("id") or body.get("container", {}).get("channel_id")
        )
        thread_ts = str(
            message.get("thread_ts")
            or message.get("ts")
            or body.get("container", {}).get("message_ts")
        )
        poster = Poster(client, channel, thread_ts, secrets)
        try:
            lang = str(threads.load(key).get("lang") or "en")
        except AdsageError:
            lang = "en"
        kind = ACTIONS[str(action.get("action_id"))]
        deliver(poster, lang, lambda progress: adv.press(kind, key, set_id, i, progress))

    for action_id in ACTIONS:
        app.action(action_id)(ack=ack_turn, lazy=[run_action])
    return app


def _request_doc(request: Any) -> dict[str, str]:
    """What a worker needs to replay a request: the raw body and its content type."""
    ctype = (request.headers.get("content-type") or ["application/json"])[0]
    return {"body": request.raw_body, "type": ctype}


def turn_key(body: dict[str, Any]) -> str:
    """One name per Slack request: the event id, or a digest of a command's or button's body
    (the same body always names the same turn, whichever worker reads it)."""
    if body.get("event_id"):
        return str(body["event_id"])
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, default=str)
    return "req-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


class CommandPoster(Poster):
    """Slash-command answers go to the channel; where the bot is not a member, to the user."""

    def __init__(
        self, client: Any, channel: str, thread_ts: str | None, secrets: list[str], respond: Any
    ) -> None:
        super().__init__(client, channel, thread_ts, secrets)
        self.respond = respond
        self.private = False

    def _post(self, msg: Message) -> Any:
        from slack_sdk.errors import SlackApiError

        if not self.private:
            try:
                return super()._post(msg)
            except SlackApiError as exc:
                if exc.response.get("error") not in ("not_in_channel", "channel_not_found"):
                    raise
                self.private = True
        self.respond(
            text=self._clean(msg.text),
            blocks=self._clean(msg.blocks) or None,
            response_type="ephemeral",
            replace_original=False,
        )
        return {"ts": None}
