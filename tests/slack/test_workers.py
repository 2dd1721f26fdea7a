"""Two ``adsage slack --http`` workers behind one Slack app, sharing one state database and one
``chroma run``: any worker answers any event, each event is answered once, a thread carries
on across workers, and a worker killed mid-turn loses nothing."""

from __future__ import annotations

import json
import signal
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from cluster import Cluster, Worker, chroma_binary, stop
from fake_slack import FakeSlack
from slack_support import Bot, mention_event

pytestmark = [pytest.mark.server, pytest.mark.slow]
LEASE = "3"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def cluster(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Cluster]:
    """The same deployment on one shared SQLite file and on a real PostgreSQL (skipped, with
    the reason, where PostgreSQL's binaries are missing)."""
    from adsage.config import load_settings
    from adsage.knowledge.ingest import index_paths

    if not chroma_binary():
        pytest.skip("the chroma CLI is not installed")
    root = tmp_path_factory.mktemp(f"cluster-{request.param}")
    if request.param == "postgresql":
        database_url = str(request.getfixturevalue("postgres_server").create_database())
    else:
        database_url = f"sqlite:///{root / 'shared' / 'state.sqlite'}"
    fake = FakeSlack().start()
    group = Cluster(root, fake, database_url)
    try:
        url = group.start_chroma()
        index_paths(load_settings(home=root / "indexer", chroma_url=url))
        yield group
    finally:
        group.close()
        fake.stop()


@pytest.fixture(scope="module")
def workers(cluster: Cluster) -> tuple[Worker, Worker]:
    return cluster.worker("a", ADSAGE_SLACK_LEASE=LEASE), cluster.worker(
        "b", ADSAGE_SLACK_LEASE=LEASE
    )


def _channel() -> str:
    return "C" + uuid.uuid4().hex[:10].upper()


_event = mention_event


def _texts(bot: Bot, channel: str) -> str:
    return json.dumps(bot.thread(channel), ensure_ascii=False)


def test_workers_report_health(workers: tuple[Worker, Worker], cluster: Cluster) -> None:
    for worker in workers:
        status, health = worker.health()
        assert status == 200, health
        assert health["database"] == {"ok": True}
        assert health["knowledge"] == {"ok": True, "server": cluster.chroma_url}
    # no worker keeps an index of its own
    for worker in workers:
        assert not (worker.home / "chroma").exists()


def _deliver_everywhere(a: Worker, b: Worker, channel: str) -> list[int]:
    """One event at both workers at once, then Slack's two retries, alternating workers."""
    event = _event(channel, "help", "1700000000.000001")
    event_id = "Ev" + uuid.uuid4().hex[:12]
    replies: list[int] = []

    def deliver(bot: Bot, headers: dict[str, str] | None = None) -> None:
        replies.append(bot.event(event, event_id=event_id, headers=headers)[0].status)

    both = [threading.Thread(target=deliver, args=(w.bot,)) for w in (a, b)]
    for t in both:
        t.start()
    for t in both:
        t.join()
    deliver(b.bot, {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    deliver(a.bot, {"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "http_timeout"})
    return replies


def test_one_event_at_both_workers_and_retried_gets_one_reply(
    workers: tuple[Worker, Worker], cluster: Cluster
) -> None:
    a, b = workers
    fake = a.bot.fake
    for _ in range(3):
        channel = _channel()
        assert _deliver_everywhere(a, b, channel) == [200, 200, 200, 200]
        fake.wait(lambda c=channel: fake.calls_to("chat.postMessage", c))
        time.sleep(1.5)  # time for a second answer, were one coming
        assert len(fake.calls_to("chat.postMessage", channel)) == 1
    # channel chatter the bot was not asked about: acknowledged, unanswered, nothing left open
    chatter = {"type": "message", "channel_type": "channel", "user": "U999", "text": "hi"}
    channel = _channel()
    assert a.bot.event({**chatter, "channel": channel, "ts": "1700000000.000009"})[0].status == 200
    time.sleep(1.0)
    assert fake.calls_to("chat.postMessage", channel) == []
    assert _unfinished(cluster) == []


def test_thread_started_on_one_worker_continues_on_the_other(
    workers: tuple[Worker, Worker], brief_yaml: str
) -> None:
    a, b = workers
    channel = _channel()
    root = "1700000100.000001"
    a.bot.event(_event(channel, f"plan ```{brief_yaml}```", root))
    fake = a.bot.fake
    fake.wait(lambda: "Campaign plan: SnowPeak" in _texts(a.bot, channel), timeout=120)
    # the follow-up in the same thread goes to the other worker: it knows the brief
    b.bot.event(_event(channel, "copy 2", "1700000100.000002", thread_ts=root))
    fake.wait(lambda: "Ad copy drafts" in _texts(b.bot, channel), timeout=120)
    assert "There is no brief" not in _texts(b.bot, channel)
    # and a button on worker A's plan, pressed through worker B, finds A's drafts
    plan_msg = next(
        c
        for c in fake.calls_to("chat.update", channel) + fake.calls_to("chat.postMessage", channel)
        if "adsage_regenerate" in json.dumps(c["args"].get("blocks") or [])
    )
    button = next(
        el
        for block in plan_msg["args"]["blocks"]
        if block.get("type") == "actions"
        for el in block["elements"]
        if el["action_id"] == "adsage_shorter"
    )
    message = {"ts": plan_msg["args"].get("ts") or "1700000100.000003", "thread_ts": root}
    assert b.bot.click(channel, message, "adsage_shorter", button["value"]).status == 200
    fake.wait(
        lambda: any(
            w in _texts(b.bot, channel) for w in ("Shorter version of variant", "already as short")
        ),
        timeout=60,
    )


def _unfinished(cluster: Cluster) -> list[str]:
    from adsage.config import load_settings
    from adsage.slack.handoff import NS_WORK
    from adsage.state.store import open_state

    store = open_state(load_settings(database_url=cluster.database_url))
    try:
        return store.keys(NS_WORK)
    finally:
        store.close()


@pytest.mark.parametrize("how", ["kill", "stop"])
def test_a_worker_lost_mid_turn_loses_nothing(
    how: str, workers: tuple[Worker, Worker], cluster: Cluster
) -> None:
    """Killed (SIGKILL: its heartbeat stops) or stopped (SIGTERM with a short grace: it
    hands the turn back), the worker's question is answered by a surviving worker."""
    doomed = cluster.worker(f"doomed-{how}", ADSAGE_SLACK_LEASE=LEASE, ADSAGE_SLACK_GRACE="1")
    fake = cluster.fake
    channel = _channel()
    gate = fake.hold(channel)  # the "working on it" post hangs: the turn is mid-way
    question = "How long does the learning phase last?"
    doomed.bot.event(_event(channel, question, "1700000200.000001"))
    fake.wait(lambda: fake.calls_to("chat.postMessage", channel), timeout=60)
    assert _unfinished(cluster), "the turn was not recorded before the acknowledgement"
    code = stop(doomed.proc, signal.SIGKILL if how == "kill" else signal.SIGTERM)
    assert code == (-signal.SIGKILL if how == "kill" else 0)
    gate.set()
    # a survivor takes the turn over once the lease runs out (at once when handed back)
    fake.wait(lambda: "learning" in _texts(doomed.bot, channel).lower(), timeout=60)
    answers = [
        c
        for c in fake.calls_to("chat.update", channel)
        if "learning" in json.dumps(c["args"]).lower()
    ]
    assert len(answers) == 1
    survivors = [w.bot.log.read_text(errors="replace") for w in workers]
    assert sum("resuming turn" in log for log in survivors) >= 1
    deadline = time.monotonic() + 10
    while _unfinished(cluster) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _unfinished(cluster) == []
    if how == "stop":
        assert "handed back 1 unfinished turn" in doomed.bot.log.read_text(errors="replace")


def test_unreachable_knowledge_server_makes_health_503(
    tmp_path: Path, fake_slack: FakeSlack
) -> None:
    from slack_support import free_port

    from adsage.config import load_settings
    from adsage.slack.config import load_slack_settings
    from adsage.slack.worker import assemble

    settings = load_settings(home=tmp_path / "h", chroma_url=f"http://127.0.0.1:{free_port()}")
    slack = load_slack_settings(
        bot_token="xoxb-test-0000000000-SECRETBOTTOKEN",
        signing_secret="s",
        api_url=f"{fake_slack.url}/api/",
    )
    _, worker, _ = assemble(settings, slack)
    status, health = worker.health()
    assert status == 503 and health["status"] == "unavailable"
    assert health["database"] == {"ok": True}
    assert health["knowledge"]["ok"] is False and "error" in health["knowledge"]
