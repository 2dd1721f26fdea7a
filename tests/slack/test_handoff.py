"""The unfinished-turn list: exactly one worker wins each takeover, a live worker's turns are
left alone, a turn that keeps killing workers is given up, a stop hands turns back."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from adsage.slack.handoff import MAX_ATTEMPTS, NS_WORK, NS_WORKERS, Handoff
from adsage.state.store import StateStore


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> StateStore:
    if request.param == "postgresql":
        return StateStore(str(request.getfixturevalue("postgres_url")))
    return StateStore(tmp_path / "state.sqlite")


REQUEST = {"body": '{"type": "event_callback"}', "type": "application/json"}


def _went_quiet(store: StateStore, worker: str, seconds: float) -> None:
    """Age a worker's heartbeat as if it had stopped ``seconds`` ago."""
    store.put(NS_WORKERS, worker, {"beat": time.time() - seconds})


def _holder(store: StateStore, turn: str) -> list[str]:
    return [k.partition("|")[0] for k in store.keys(NS_WORK) if k.endswith("|" + turn)]


def test_a_live_worker_keeps_its_turn_and_a_dead_ones_is_taken_once(store: StateStore) -> None:
    owner = Handoff(store, lease=30.0, name="owner")
    owner.open("Ev1", REQUEST)
    others = [Handoff(store, lease=30.0, name=f"w{i}") for i in range(6)]
    assert [h.scan(lambda *_: None) for h in others] == [0] * 6  # heartbeat is fresh
    _went_quiet(store, "owner", 29)
    assert [h.scan(lambda *_: None) for h in others] == [0] * 6
    owner.beat()
    _went_quiet(store, "owner", 31)
    won: list[str] = []
    replayed: list[str] = []

    def scan(h: Handoff) -> None:
        if h.scan(lambda turn, req: replayed.append(turn)):
            won.append(h.name)

    threads = [threading.Thread(target=scan, args=(h,)) for h in others]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(won) == 1 and replayed == ["Ev1"]
    assert _holder(store, "Ev1") == won[0:1]
    winner = next(h for h in others if h.name == won[0])
    winner.done("Ev1")
    assert store.keys(NS_WORK) == [] and winner.in_flight() == []


def test_a_turn_that_keeps_failing_is_given_up(store: StateStore) -> None:
    previous = "first"
    Handoff(store, lease=30.0, name=previous).open("Ev2", REQUEST)
    for attempt in range(1, MAX_ATTEMPTS + 2):
        _went_quiet(store, previous, 60)
        previous = f"w{attempt}"
        taken = Handoff(store, lease=30.0, name=previous).scan(lambda *_: None)
        assert taken == (1 if attempt <= MAX_ATTEMPTS else 0)
    assert store.keys(NS_WORK) == []


def test_stop_waits_for_turns_then_hands_the_rest_back(store: StateStore) -> None:
    worker = Handoff(store, lease=30.0, name="stopping")
    worker.open("quick", REQUEST)
    worker.open("stuck", REQUEST)
    threading.Timer(0.3, worker.done, args=("quick",)).start()
    start = time.monotonic()
    left = worker.stop(grace=1.0)
    assert left == ["stuck"] and time.monotonic() - start >= 0.9
    assert _holder(store, "quick") == [] and _holder(store, "stuck") == ["stopping"]
    other = Handoff(store, lease=30.0, name="other")
    taken: list[tuple[str, dict[str, str]]] = []
    assert other.scan(lambda turn, req: taken.append((turn, req))) == 1  # at once
    assert taken == [("stuck", REQUEST)]


def test_a_retry_while_the_turn_runs_leaves_its_record_alone(store: StateStore) -> None:
    h = Handoff(store, lease=30.0, name="w")
    assert h.open("Ev9", REQUEST) is True
    assert h.open("Ev9", REQUEST) is False  # Slack's retry of the event being answered
    assert store.keys(NS_WORK) == ["w|Ev9"]  # a crash now still leaves the turn to resume
    h.done("Ev9")
    assert store.keys(NS_WORK) == []


def test_a_retry_landing_while_the_turn_closes_leaves_nothing_behind(
    store: StateStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The retry's record is opened in the middle of the original's close (between its delete
    and the end of ``done``); the retry then closes: no record may be left for good."""
    h = Handoff(store, lease=30.0, name="w")
    h.open("Ev7", REQUEST)
    real_delete = store.delete
    retried: list[bool] = []

    def delete_then_retry(ns: str, key: str) -> None:
        real_delete(ns, key)
        if not retried:
            retried.append(h.open("Ev7", REQUEST))

    monkeypatch.setattr(store, "delete", delete_then_retry)
    h.done("Ev7")  # the original turn finishes
    monkeypatch.setattr(store, "delete", real_delete)
    assert retried == [True]
    h.done("Ev7")  # the retry lost the event claim and closes its own record
    assert store.keys(NS_WORK) == [] and h.in_flight() == []
